/** One finished training (or evaluation) episode of an RL log, in the order episodes ended. */
export interface LogEpisode {
  /** The run's env-step counter at the episode's last step (all env copies together). */
  endStep: number;
  return: number;
  success: boolean;
}
