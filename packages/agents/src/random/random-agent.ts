import type { Action, Env, StepResult } from "@worldcoder/core";
import { episodeOutcome, unplayedEpisodes } from "../shared/outcome.js";
import { emptyTaskResult, isSuccess } from "../shared/task-result.js";
import type { Agent, EpisodeResult, RunContext, TaskResult, TaskSpec } from "../types.js";
import { mulberry32 } from "@worldcoder/core";

/**
 * Episodes of envs that never truncate on their own would otherwise run forever; the
 * registered envs all carry a step limit, so this only guards hand-made ones.
 */
const FALLBACK_MAX_STEPS = 1000;

/**
 * The floor every other agent must beat: uniform actions, no model, no LLM. It learns
 * nothing, so the "after learning" counters stay at zero.
 */
export class RandomAgent implements Agent {
  readonly name = "random";

  async runTrack(tasks: TaskSpec[], context: RunContext): Promise<TaskResult[]> {
    const uniform = mulberry32(context.seed);
    let stepsLeft = context.budget.maxEnvSteps ?? Number.POSITIVE_INFINITY;
    const results: TaskResult[] = [];
    for (const task of tasks) {
      const result = emptyTaskResult(task.envId);
      const env = context.makeEnv(task);
      for (const [index, seed] of task.seeds.entries()) {
        if (stepsLeft <= 0) {
          result.stopReason = "budget:env-steps";
          result.episodes.push(...unplayedEpisodes(task.envId, task.seeds.slice(index), "gave_up"));
          break;
        }
        const episode = playEpisode(env, task, seed, uniform, stepsLeft);
        stepsLeft -= episode.result.steps;
        if (result.envStepsToFirstReward === null && episode.stepOfFirstReward !== null) {
          result.envStepsToFirstReward = result.envSteps + episode.stepOfFirstReward;
        }
        result.envSteps += episode.result.steps;
        result.episodes.push(episode.result);
        if (episode.result.success) {
          result.successes += 1;
          result.episodesToFirstSuccess ??= result.episodes.length;
        }
      }
      context.log?.(`random: ${task.envId} ${result.successes}/${result.episodes.length} solved`);
      results.push(result);
    }
    return results;
  }
}

interface PlayedEpisode {
  result: EpisodeResult;
  /** 1-based step of the first positive reward inside the episode. */
  stepOfFirstReward: number | null;
}

function playEpisode(env: Env, task: TaskSpec, seed: number, uniform: () => number, stepsLeft: number): PlayedEpisode {
  const ownLimit = task.maxStepsPerEpisode ?? FALLBACK_MAX_STEPS;
  const maxSteps = Math.min(stepsLeft, ownLimit);
  const reset = env.reset(seed);
  let info = reset.info;
  let steps = 0;
  let total = 0;
  let stepOfFirstReward: number | null = null;
  let last: StepResult | null = null;
  while (steps < maxSteps) {
    last = env.step(pickAction(env, info, uniform));
    steps += 1;
    total += last.reward;
    if (last.reward > 0 && stepOfFirstReward === null) stepOfFirstReward = steps;
    info = last.info;
    if (last.terminated || last.truncated) break;
  }
  const success = last !== null && isSuccess(last);
  const ended = last !== null && (last.terminated || last.truncated);
  const outcome = episodeOutcome({ success, budgetCut: !ended && maxSteps < ownLimit, problem: null });
  return {
    result: { envId: task.envId, seed, steps, success, return: total, llmCalls: 0, outcome },
    stepOfFirstReward,
  };
}

/** Text envs list the commands valid now (ALFWorld's admissible commands); use them when given. */
function pickAction(env: Env, info: Record<string, unknown>, uniform: () => number): Action {
  const space = env.actionSpace;
  if (space.kind === "discrete") return Math.floor(uniform() * space.n);
  const admissible = info.admissibleCommands ?? info.admissible_commands;
  const choices = Array.isArray(admissible) && admissible.length > 0 ? (admissible as string[]) : space.examples;
  return choices[Math.floor(uniform() * choices.length)] ?? "look";
}
