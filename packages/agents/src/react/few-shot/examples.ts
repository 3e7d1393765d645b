import type { Action, Env, State } from "@worldcoder/core";
import { alfworldExpertAction, makeEnv, minigridReferenceModel, type AlfworldEnv, type AlfworldSymbolicState } from "@worldcoder/envs";
import { bfs } from "@worldcoder/planners";
import { domainFor, type DomainName } from "@worldcoder/synthesizer";
import { planThought, recordExample, type FewShotExample } from "./example.js";

/**
 * The few-shot example of each domain: a solved episode of this project's own env, solved by this
 * project's own solver (BFS on the MiniGrid reference model, the ALFWorld expert) and recorded by
 * replaying the plan in the real env. Seeds lie outside the benchmark's so the example never gives
 * a task's answer away. Built on first use, deterministic, cached per process.
 */
const SOURCES: Partial<Record<DomainName, { envId: string; seed: number; solve: (env: Env) => Action[] }>> = {
  minigrid: { envId: "MiniGrid-DoorKey-5x5-v0", seed: 1000, solve: solveMinigrid },
  alfworld: { envId: "ALFWorld-PickAndPlace-v0", seed: 1000, solve: solveAlfworld },
};

const cache = new Map<DomainName, FewShotExample | null>();

export function fewShotExample(domain: DomainName): FewShotExample | null {
  if (cache.has(domain)) return cache.get(domain)!;
  const source = SOURCES[domain];
  let example: FewShotExample | null = null;
  if (source) {
    const env = makeEnv(source.envId);
    env.reset(source.seed);
    const actions = source.solve(env);
    const spec = domainFor(source.envId, env.actionSpace);
    example = recordExample(env, source.seed, actions, spec, planThought(spec, env.goal().text));
  }
  cache.set(domain, example);
  return example;
}

function solveMinigrid(env: Env): Action[] {
  const goal = env.goal().text;
  const result = bfs({
    model: {
      step(state: State, action: Action) {
        const nextState = minigridReferenceModel.transition(state, action);
        const r = minigridReferenceModel.reward(state, action, nextState, goal);
        return { nextState, reward: r.reward, done: r.done };
      },
    },
    start: env.symbolicState(),
    actions: [0, 1, 2, 3, 4, 5],
    budget: { maxExpansions: 50_000, maxMillis: 60_000 },
  });
  return result.actions;
}

/** Asks the expert for each next command, playing a scratch copy of the env (same seed, same scene). */
function solveAlfworld(env: Env): Action[] {
  const scratch = makeEnv(env.id) as AlfworldEnv;
  scratch.reset(1000);
  const task = scratch.task();
  const actions: Action[] = [];
  for (let i = 0; i < 30; i++) {
    const command = alfworldExpertAction(scratch.symbolicState() as AlfworldSymbolicState, task);
    actions.push(command);
    const step = scratch.step(command);
    if (step.terminated || step.truncated) break;
  }
  return actions;
}
