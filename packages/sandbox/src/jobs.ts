import type { Action, InitialCondition, State, Transition } from "@worldcoder/core";
import { jsonEqual } from "@worldcoder/core";
import { isPlannerName, planners, type SearchModel, type SearchResult } from "@worldcoder/planners";
import { jsonDiffLines } from "./fit-diff.js";
import type { Backend, LoadedProgram } from "./loaded-program.js";
import { shortJson } from "./loaded-program.js";
import { failure, failureFrom, ProgramError, programError } from "./program-error.js";
import type {
  FitMismatch,
  FitResult,
  OptimismResult,
  PlanOptions,
  PlanResult,
  RolloutOptions,
  RolloutResult,
  SandboxFailure,
  SandboxResult,
} from "./types.js";

/** Rewards within this distance count as equal, as in the original's check. */
const REWARD_TOLERANCE = 1e-6;
/** Mismatches carried back per fit; `explained` still covers every transition. */
const MAX_MISMATCHES = 50;

/** One job as the host posts it to a worker. */
export type Job =
  | { kind: "load"; program: string }
  | { kind: "fit"; program: string; transitions: readonly Transition[] }
  | { kind: "plan"; program: string; state: State; goal: string; options: PlanOptions }
  | { kind: "optimism"; program: string; initials: readonly InitialCondition[]; options: PlanOptions }
  | { kind: "evaluate"; program: string; state: State; action: Action; goal: string }
  | { kind: "rollout"; program: string; state: State; goal: string; options: RolloutOptions };

/** Runs one job where the program lives; every failure comes back as a value. */
export function runJob(backend: Backend, job: Job, deadline: number): SandboxResult<unknown> {
  const loaded = backend.load(job.program, deadline);
  if ("ok" in loaded) return loaded;
  try {
    switch (job.kind) {
      case "load":
        return { ok: true };
      case "fit":
        return scoreFit(loaded, job.transitions);
      case "plan":
        return plan(backend, loaded, job.state, job.goal, job.options, "");
      case "optimism":
        return optimism(backend, loaded, job.initials, job.options);
      case "evaluate":
        return evaluate(loaded, job.state, job.action, job.goal);
      case "rollout":
        return rollout(loaded, job.state, job.goal, job.options);
    }
  } catch (error) {
    return failureFrom(error);
  } finally {
    loaded.dispose();
  }
}

/**
 * Scores a loaded program on transitions: which it reproduces exactly, a per-part score for REx,
 * and a readable diff per failure. Exported so that in-process test doubles score exactly as the
 * worker does.
 */
export function scoreFit(program: LoadedProgram, transitions: readonly Transition[]): FitResult {
  const explained: boolean[] = [];
  const mismatches: FitMismatch[] = [];
  let partial = 0;
  transitions.forEach((t, index) => {
    const predicted: FitMismatch["predicted"] = {};
    const errors: string[] = [];
    let stateOk = false;
    let rewardOk = false;
    let doneOk = false;
    try {
      predicted.nextState = program.transition(t.state, t.action);
      stateOk = jsonEqual(predicted.nextState, t.nextState);
    } catch (error) {
      errors.push(stopOnTimeout(error).message);
    }
    try {
      // Scored on the observed next state, so a wrong transition does not also fail the reward.
      const r = program.reward(t.state, t.action, t.nextState, t.goal.text);
      predicted.reward = r.reward;
      predicted.done = r.done;
      rewardOk = Math.abs(r.reward - t.reward) <= REWARD_TOLERANCE;
      doneOk = r.done === t.done;
    } catch (error) {
      errors.push(stopOnTimeout(error).message);
    }
    partial += ((stateOk ? 1 : 0) + (rewardOk ? 1 : 0) + (doneOk ? 1 : 0)) / 3;
    const ok = stateOk && rewardOk && doneOk;
    explained.push(ok);
    if (ok || mismatches.length >= MAX_MISMATCHES) return;
    if (errors.length) predicted.error = errors.join("; ");
    const lines: string[] = [...errors];
    if (!stateOk && predicted.nextState !== undefined) lines.push(...jsonDiffLines(t.nextState, predicted.nextState, "nextState"));
    if (!rewardOk && predicted.reward !== undefined) lines.push(`reward: expected ${t.reward}, predicted ${predicted.reward}`);
    if (!doneOk && predicted.done !== undefined) lines.push(`done: expected ${t.done}, predicted ${predicted.done}`);
    mismatches.push({ index, transition: t, predicted, diff: lines.join("\n") });
  });
  const n = transitions.length;
  return {
    ok: true,
    score: n === 0 ? 1 : explained.filter(Boolean).length / n,
    explained,
    partialScore: n === 0 ? 1 : partial / n,
    mismatches,
  };
}

/** A time-out or memory failure inside one call ends the whole job, not just that transition. */
function stopOnTimeout(error: unknown): ProgramError {
  const pe = programError("the program", error);
  if (pe.kind === "timeout" || pe.kind === "heap") throw pe;
  return pe;
}

function searchModel(program: LoadedProgram, goal: string): SearchModel {
  if (program.step) {
    const step = program.step.bind(program);
    return { step: (state, action) => step(state, action, goal) };
  }
  return {
    step(state, action) {
      const nextState = program.transition(state, action);
      const { reward, done } = program.reward(state, action, nextState, goal);
      return { nextState, reward, done };
    },
  };
}

function plan(
  backend: Backend,
  program: LoadedProgram,
  start: State,
  goal: string,
  options: PlanOptions,
  where: string,
): PlanResult | SandboxFailure {
  if (!isPlannerName(options.planner)) return failure("thrown", `unknown planner "${String(options.planner)}"`);
  const heuristic = options.heuristicSource ? backend.loadHeuristic(options.heuristicSource) : undefined;
  let result: SearchResult;
  try {
    result = planners[options.planner]({
      model: searchModel(program, goal),
      start,
      actions: options.actions,
      budget: options.budget,
      heuristic: heuristic && ((s) => heuristic(s, goal)),
      heuristicWeight: options.heuristicWeight,
      explorationConstant: options.explorationConstant,
      seed: options.seed,
      goalText: goal,
    });
  } catch (error) {
    return failureFrom(error, `while planning${where} from ${shortJson(start, 200)}`);
  }
  return { ok: true, ...result };
}

function optimism(
  backend: Backend,
  program: LoadedProgram,
  initials: readonly InitialCondition[],
  options: PlanOptions,
): OptimismResult | SandboxFailure {
  const plans: PlanResult[] = [];
  for (let i = 0; i < initials.length; i++) {
    const { state, goal } = initials[i];
    const result = plan(backend, program, state, goal.text, options, ` for initial condition ${i} (goal "${goal.text}")`);
    if (!result.ok) return result;
    plans.push(result);
  }
  return { ok: true, optimistic: plans.every((p) => p.status === "solved"), plans };
}

function evaluate(program: LoadedProgram, state: State, action: Action, goal: string) {
  const nextState = program.transition(state, action);
  const { reward, done } = program.reward(state, action, nextState, goal);
  return { ok: true as const, nextState, reward, done };
}

function rollout(program: LoadedProgram, start: State, goal: string, options: RolloutOptions): RolloutResult {
  let seed = options.seed >>> 0;
  const random = () => {
    // mulberry32, as the planners' MCTS uses: reproducible walks, no shared generator
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const model = searchModel(program, goal);
  const began = performance.now();
  let state = start;
  let restarts = 0;
  for (let i = 0; i < options.steps; i++) {
    const action = options.actions[Math.floor(random() * options.actions.length)];
    const { nextState, done } = model.step(state, action);
    if (done) {
      state = start;
      restarts += 1;
    } else state = nextState;
  }
  const millis = performance.now() - began;
  return { ok: true, steps: options.steps, restarts, millis, transitionsPerSecond: options.steps / (millis / 1000) };
}
