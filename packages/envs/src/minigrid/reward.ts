/**
 * MiniGrid's success reward `1 - 0.9 * (step_count / max_steps)`, in exactly this order of
 * operations: the recorded rewards (e.g. 0.9369999999999999 at step 7 of 100) depend on it.
 */
export function successReward(stepCount: number, maxSteps: number): number {
  return 1 - 0.9 * (stepCount / maxSteps);
}
