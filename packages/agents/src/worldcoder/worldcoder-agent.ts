import { jsonEqual, WorldCoderError, type Action, type Env, type Goal, type State, type StepResult, type Transition } from "@worldcoder/core";
import { createSandbox, type PlanResult, type Sandbox } from "@worldcoder/sandbox";
import { createRng, domainFor, domainOf, synthesize, type DomainSpec, type ProgramNode, type Rng, type SynthesisResult } from "@worldcoder/synthesizer";
import { trackCallsLeft } from "../shared/budget.js";
import { episodeOutcome, isSandboxViolation, unplayedEpisodes, type EpisodeEnd } from "../shared/outcome.js";
import { randomAction } from "../shared/random-action.js";
import { emptyTaskResult, FALLBACK_MAX_STEPS, isSuccess, ledgerMark, ledgerSince } from "../shared/task-result.js";
import type { Agent, RunContext, TaskResult, TaskSpec } from "../types.js";
import { DomainMemory } from "./domain-memory.js";
import { ProgramHistory } from "./program-history.js";
import { resolveWorldCoderOptions, type ResolvedWorldCoderOptions, type WorldCoderOptions } from "./options.js";

/** Mutable bookkeeping of one task; folded into its TaskResult at the end. */
interface TaskProgress {
  result: TaskResult;
  envId: string;
  ledgerStart: number;
  /** LLM calls made by this task so far (its own budget). */
  callsAtLearning: number | null;
  refinements: number;
  llmStopped: boolean;
  /** Every program tried on this task: recorded beside the agent, never read by it. */
  history: ProgramHistory;
  /** The latest problem with the agent's own output in the current episode (its outcome, if it fails). */
  problem: EpisodeEnd["problem"];
}

/**
 * WorldCoder: collects a few random transitions, asks the synthesizer for a world-model program,
 * then plans with it and acts. Every transition is checked against the program's prediction; a
 * mismatch (or a new episode start the program cannot plan from) triggers refinement. The program,
 * the replay buffer and the goals seen are kept per domain across episodes, levels and env ids, so
 * a later task starts from the earlier program and costs no LLM call when it already explains it.
 */
export class WorldCoderAgent implements Agent {
  readonly name = "worldcoder";
  private readonly options: ResolvedWorldCoderOptions;

  constructor(options: WorldCoderOptions = {}) {
    this.options = resolveWorldCoderOptions(options);
  }

  async runTrack(tasks: TaskSpec[], context: RunContext): Promise<TaskResult[]> {
    const sandbox = this.options.sandbox ?? createSandbox({ backend: "ses" });
    const ownsSandbox = this.options.sandbox === undefined;
    const run = new TrackRun(this.options, context, sandbox);
    try {
      const results: TaskResult[] = [];
      for (const task of tasks) results.push(await run.task(task));
      return results;
    } finally {
      if (ownsSandbox) await sandbox.close();
    }
  }
}

class TrackRun {
  private readonly memories = new Map<string, DomainMemory>();
  private readonly rng: Rng;
  private readonly trackMark: number;
  private stepsLeft: number;

  constructor(
    private readonly o: ResolvedWorldCoderOptions,
    private readonly context: RunContext,
    private readonly sandbox: Sandbox,
  ) {
    this.rng = createRng(context.seed);
    this.trackMark = ledgerMark(context.llm);
    this.stepsLeft = context.budget.maxEnvSteps ?? Number.POSITIVE_INFINITY;
  }

  private log(message: string): void {
    this.context.log?.(`worldcoder: ${message}`);
  }

  async task(task: TaskSpec): Promise<TaskResult> {
    const env = this.context.makeEnv(task);
    const domain = domainFor(task.envId, env.actionSpace);
    const memoryKey = domainOf(task.envId);
    let memory = this.memories.get(memoryKey);
    if (!memory) {
      memory = new DomainMemory();
      this.memories.set(memoryKey, memory);
    }
    const progress: TaskProgress = {
      result: emptyTaskResult(task.envId),
      envId: task.envId,
      ledgerStart: ledgerMark(this.context.llm),
      callsAtLearning: null,
      refinements: 0,
      llmStopped: false,
      history: new ProgramHistory(),
      problem: null,
    };
    // A carried program must prove itself on this env before "learned" counts here.
    memory.accepted = false;
    memory.failedAtSize = null;
    for (const [index, seed] of task.seeds.entries()) {
      if (this.stepsLeft <= 0) {
        progress.result.stopReason = "budget:env-steps";
        progress.result.episodes.push(...unplayedEpisodes(task.envId, task.seeds.slice(index), "gave_up"));
        break;
      }
      await this.episode(env, task, seed, domain, memory, progress);
    }
    const spent = ledgerSince(this.context.llm, progress.ledgerStart);
    const r = progress.result;
    r.llmCalls = spent.calls;
    r.promptTokens = spent.promptTokens;
    r.completionTokens = spent.completionTokens;
    r.dollars = spent.dollars;
    r.llmCallsAfterLearning = progress.callsAtLearning === null ? 0 : spent.calls - progress.callsAtLearning;
    r.program = memory.program;
    r.programLines = memory.program === null ? null : memory.program.split("\n").length;
    r.refinements = progress.refinements;
    Object.assign(r, progress.history.result(memory.accepted));
    this.log(`${task.envId}: ${r.successes}/${r.episodes.length} solved, ${r.llmCalls} LLM calls, program ${memory.accepted ? "accepted" : "not accepted"}`);
    return r;
  }

  private async episode(env: Env, task: TaskSpec, seed: number, domain: DomainSpec, memory: DomainMemory, progress: TaskProgress): Promise<void> {
    const r = progress.result;
    const episodeMark = ledgerMark(this.context.llm);
    const exploreRng = this.rng.fork(`explore:${task.envId}:${seed}:${r.episodes.length}`);
    progress.problem = null;
    const reset = env.reset(seed);
    let info = reset.info;
    let state: State = env.symbolicState();
    const goal: Goal = env.goal();
    memory.buffer.addInitial(state, goal);
    // A new start (maybe a new goal): the program must still plan from it, or be refined.
    if (memory.program !== null) await this.improve(domain, memory, progress, "episode start", 0);

    const ownLimit = task.maxStepsPerEpisode ?? FALLBACK_MAX_STEPS;
    const maxSteps = Math.min(this.stepsLeft, ownLimit);
    const trajectory: Transition[] = [];
    let plan: Action[] = [];
    let planFor: string | null = null;
    let lastPlanStep = Number.NEGATIVE_INFINITY;
    let planFailed = false;
    let steps = 0;
    let total = 0;
    let last: StepResult | null = null;
    while (steps < maxSteps) {
      const program = memory.program;
      // A failed search is deterministic for the same program and nearby states: wait a few steps
      // (or for a new program) before searching again; a used-up or abandoned plan replans at once.
      const throttled = planFailed && planFor === program && steps - lastPlanStep < this.o.replanEvery;
      if (program !== null && plan.length === 0 && !throttled) {
        plan = await this.plan(program, state, goal, domain, progress);
        planFor = program;
        lastPlanStep = steps;
        planFailed = plan.length === 0;
      }
      const explore = exploreRng.next() < this.o.epsilon;
      let action: Action;
      if (!explore && plan.length > 0) action = plan.shift()!;
      else {
        action = randomAction(env, info, exploreRng);
        plan = [];
      }
      const prediction = program === null ? null : await this.sandbox.evaluate(program, state, action, goal.text);
      if (prediction !== null && !prediction.ok && isSandboxViolation(prediction)) progress.problem = "sandbox_violation";
      if (memory.accepted) r.actionsAfterLearning += 1;

      last = env.step(action);
      steps += 1;
      this.stepsLeft -= 1;
      total += last.reward;
      info = last.info;
      if (last.reward > 0 && r.envStepsToFirstReward === null) r.envStepsToFirstReward = r.envSteps + steps;
      const nextState = env.symbolicState();
      const transition: Transition = {
        state,
        action,
        reward: domain.modelReward(last.reward),
        nextState,
        goal,
        // Step limits are not part of the world: only termination is modelled.
        done: last.terminated,
      };
      trajectory.push(transition);
      memory.buffer.addTransition(transition);
      state = nextState;

      const predictedRight =
        prediction !== null &&
        prediction.ok &&
        jsonEqual(prediction.nextState, transition.nextState) &&
        Math.abs(prediction.reward - transition.reward) <= 1e-6 &&
        prediction.done === transition.done;
      if (program !== null && !predictedRight) {
        plan = [];
        planFor = null;
        this.log(`${task.envId} seed ${seed} step ${steps}: the program mispredicted action ${domain.actionName(action)}`);
        progress.history.mispredicted(r.envSteps + steps);
        await this.improve(domain, memory, progress, "misprediction", steps);
      } else if (program === null && memory.buffer.size >= this.o.minTransitions) {
        await this.improve(domain, memory, progress, "first model", steps);
      }
      if (last.terminated || last.truncated) break;
    }
    const success = last !== null && isSuccess(last);
    memory.goalLibrary.push({ goal: goal.text, transitions: trajectory, success });
    const ended = last !== null && (last.terminated || last.truncated);
    const outcome = episodeOutcome({
      success,
      budgetCut: !ended && maxSteps < ownLimit,
      problem: progress.problem,
      llmBudgetSpent: !memory.accepted && this.context.llm !== undefined && (progress.llmStopped || this.callsLeft(progress) === 0),
    });
    r.envSteps += steps;
    r.episodes.push({ envId: task.envId, seed, steps, success, return: total, llmCalls: ledgerSince(this.context.llm, episodeMark).calls, outcome });
    if (success) {
      r.successes += 1;
      r.episodesToFirstSuccess ??= r.episodes.length;
    }
  }

  /** LLM calls the task may still make: its own budget and the track's, whichever is spent first. */
  private callsLeft(progress: TaskProgress): number {
    const llm = this.context.llm;
    const taskCalls = ledgerSince(llm, progress.ledgerStart).calls;
    return Math.max(0, Math.min(this.o.maxLlmCallsPerTask - taskCalls, trackCallsLeft(llm, this.context.budget, this.trackMark)));
  }

  /** Plans with the program from `state`, trying the domain's planners in order; [] when none solves. */
  private async plan(program: string, state: State, goal: Goal, domain: DomainSpec, progress: TaskProgress): Promise<Action[]> {
    for (const options of domain.plannersFor(state, goal.text)) {
      const result = await this.sandbox.plan(program, state, goal.text, options);
      if (result.ok && (result as PlanResult).status === "solved") return [...result.actions];
      if (!result.ok && isSandboxViolation(result)) progress.problem = "sandbox_violation";
    }
    return [];
  }

  /**
   * Runs the synthesizer from the current program. It spends nothing when the program already
   * satisfies the data and the optimism check; otherwise it refines within the task's budget.
   * `stepsInEpisode` dates the first accepted model.
   */
  private async improve(
    domain: DomainSpec,
    memory: DomainMemory,
    progress: TaskProgress,
    reason: "episode start" | "misprediction" | "first model",
    stepsInEpisode: number,
  ): Promise<void> {
    const llm = this.context.llm;
    const callsLeft = this.callsLeft(progress);
    const waiting = memory.failedAtSize !== null && memory.buffer.size - memory.failedAtSize < this.o.retryAfterTransitions;
    const maxLlmCalls = llm === undefined || progress.llmStopped || waiting ? 0 : Math.min(this.o.maxLlmCallsPerSynthesis, callsLeft);
    if (llm !== undefined && callsLeft === 0 && reason !== "episode start") progress.result.stopReason ??= "budget:llm-calls";
    if (maxLlmCalls === 0) {
      // Nothing to spend: a program that just mispredicted is known to be wrong, and without a
      // program there is nothing to check. Only an episode start re-checks the program for free.
      if (reason === "misprediction") memory.accepted = false;
      if (reason !== "episode start" || memory.program === null) return;
    }
    memory.syntheses += 1;
    // Collected as they are scored, so a synthesis cut short by the LLM budget still leaves its programs in the history.
    const scored: ProgramNode[] = [];
    const moment = { envStep: progress.result.envSteps + stepsInEpisode, llmCallsBefore: ledgerSince(llm, progress.ledgerStart).calls, transitions: memory.buffer.size };
    try {
      const outcome = await synthesize(
        {
          domain,
          transitions: memory.buffer.transitions,
          initials: memory.buffer.initials.slice(-this.o.maxInitialsForOptimism),
          startPrograms: memory.program === null ? [] : [memory.program],
          goalLibrary: memory.goalLibrary,
        },
        {
          llm: llm ?? noLlm,
          sandbox: this.sandbox,
          rng: this.rng.fork(`synthesis:${memory.syntheses}`),
          maxLlmCalls,
          c: this.o.rexC,
          temperature: this.o.temperature,
          experienceTokens: this.o.experienceTokens,
          checkOptimism: this.o.optimism,
          solvedCache: memory.solvedCache,
          log: (m) => this.context.log?.(m),
          onNode: (node) => scored.push(node),
        },
      );
      progress.refinements += outcome.refinements;
      progress.problem = synthesisProblem(outcome);
      if (outcome.program !== null) {
        memory.program = outcome.program;
        memory.accepted = true;
        memory.failedAtSize = null;
        if (progress.callsAtLearning === null) {
          progress.callsAtLearning = ledgerSince(llm, progress.ledgerStart).calls;
          progress.result.envStepsToFirstModel = progress.result.envSteps + stepsInEpisode;
        }
      } else {
        memory.program = outcome.best?.source ?? memory.program;
        memory.accepted = false;
        if (maxLlmCalls > 0) memory.failedAtSize = memory.buffer.size;
      }
      progress.history.record(scored, moment, memory.program, memory.accepted);
      this.log(`${reason}: ${outcome.llmCalls} LLM calls, program ${memory.accepted ? "accepted" : "not accepted"}`);
    } catch (error) {
      const e = WorldCoderError.fromUnknown(error);
      if (e.code === "LLM_BUDGET_EXCEEDED") {
        progress.history.record(scored, moment, memory.program, memory.accepted);
        progress.llmStopped = true;
        progress.result.stopReason ??= "budget:llm-calls";
        return;
      }
      throw e;
    }
  }
}

/**
 * What a synthesis that accepted no program says about the agent's output: no answer held a usable
 * program, or the program it keeps broke a sandbox limit; null when it merely mispredicts.
 */
function synthesisProblem(outcome: SynthesisResult): EpisodeEnd["problem"] {
  if (outcome.program !== null) return null;
  if (outcome.llmCalls > 0 && outcome.failedAnswers === outcome.llmCalls) return "invalid_output";
  const evaluation = outcome.best?.evaluation;
  // A program that loads but throws on a transition has no failure, only mismatches that carry the error.
  const thrown = evaluation?.mismatches[0]?.predicted.error;
  const failure = evaluation?.failure ?? (thrown === undefined ? null : { kind: "thrown" as const, message: thrown });
  return failure !== null && failure !== undefined && isSandboxViolation(failure) ? "sandbox_violation" : null;
}

/** Stands in when the runner gives no LLM: synthesis then only re-checks the carried program. */
const noLlm = {
  complete(): never {
    throw new WorldCoderError("NO_LLM", "the worldcoder agent needs context.llm to write programs");
  },
  ledgerEntries: () => [],
  totals: () => ({ calls: 0, promptTokens: 0, completionTokens: 0, dollars: 0 }),
};
