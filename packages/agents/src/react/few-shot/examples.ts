import type { Action, Env, State } from "@worldcoder/core";
import { alfworldExpertAction, makeEnv, minigridReferenceModel, type AlfworldEnv, type AlfworldSymbolicState } from "@worldcoder/envs";
import { astar, bfs } from "@worldcoder/planners";
import { domainFor, SOKOBAN_HEURISTIC_SOURCE, type DomainName } from "@worldcoder/synthesizer";
import { planThought, recordExample, type FewShotExample } from "./example.js";

/**
 * The few-shot example of each domain: a solved episode of this project's own env, solved by this
 * project's own solver (A* over the Sokoban env itself, BFS on the MiniGrid reference model, the
 * ALFWorld expert) and recorded by
 * replaying the plan in the real env. Seeds lie outside the benchmark's so the example never gives
 * a task's answer away. Built on first use, deterministic, cached per process.
 */
const SOURCES: Partial<Record<DomainName, { envId: string; seed: number; solve: (env: Env) => Action[] }>> = {
  sokoban: { envId: "Sokoban-small-v0", seed: 1000, solve: solveSokoban },
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

/**
 * A* whose model is the Sokoban env itself: each step loads the grid as a level and steps it, so the
 * plan follows the real rules. Goal = `terminated` (all boxes on targets).
 */
function solveSokoban(env: Env): Action[] {
  const heuristic = new Function(`${SOKOBAN_HEURISTIC_SOURCE}\nreturn heuristic;`)() as (state: State, goal: string) => number;
  const result = astar({
    model: {
      step(state: State, action: Action) {
        const grid = (state as { grid: string[] }).grid;
        const scratch = makeEnv("Boxoban-v0", { levelText: grid.join("\n") });
        scratch.reset(0);
        const step = scratch.step(action);
        return { nextState: scratch.symbolicState(), reward: step.terminated ? 1 : 0, done: step.terminated };
      },
    },
    start: env.symbolicState(),
    // Moves before pushes: a push with no box moves too, and the example should read as the rules do.
    actions: [5, 6, 7, 8, 1, 2, 3, 4],
    heuristic: (state) => heuristic(state, ""),
    budget: { maxExpansions: 50_000, maxMillis: 60_000 },
  });
  return result.actions;
}
