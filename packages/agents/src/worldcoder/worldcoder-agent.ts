import { jsonEqual, WorldCoderError, type Action, type Env, type Goal, type State, type StepResult, type Transition } from "@worldcoder/core";
import { createSandbox, type PlanResult, type Sandbox } from "@worldcoder/sandbox";
import { createRng, domainFor, domainOf, synthesize, type DomainSpec, type Rng } from "@worldcoder/synthesizer";
import { trackCallsLeft } from "../shared/budget.js";
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
    };
    // A carried program must prove itself on this env before "learned" counts here.
    memory.accepted = false;
    memory.failedAtSize = null;
    for (const seed of task.seeds) {
      if (this.stepsLeft <= 0) {
        progress.result.stopReason = "budget:env-steps";
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
    const reset = env.reset(seed);
    let info = reset.info;
    let state: State = env.symbolicState();
    const goal: Goal = env.goal();
    memory.buffer.addInitial(state, goal);
    // A new start (maybe a new goal): the program must still plan from it, or be refined.
    if (memory.program !== null) await this.improve(domain, memory, progress, "episode start", 0);

    const maxSteps = Math.min(this.stepsLeft, task.maxStepsPerEpisode ?? FALLBACK_MAX_STEPS);
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
        plan = await this.plan(program, state, goal, domain);
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
    r.envSteps += steps;
    r.episodes.push({ envId: task.envId, seed, steps, success, return: total, llmCalls: ledgerSince(this.context.llm, episodeMark).calls });
    if (success) {
      r.successes += 1;
      r.episodesToFirstSuccess ??= r.episodes.length;
    }
  }

  /** Plans with the program from `state`, trying the domain's planners in order; [] when none solves. */
  private async plan(program: string, state: State, goal: Goal, domain: DomainSpec): Promise<Action[]> {
    for (const options of domain.plannersFor(state, goal.text)) {
      const result = await this.sandbox.plan(program, state, goal.text, options);
      if (result.ok && (result as PlanResult).status === "solved") return [...result.actions];
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
    const taskCalls = ledgerSince(llm, progress.ledgerStart).calls;
    const callsLeft = Math.max(
      0,
      Math.min(this.o.maxLlmCallsPerTask - taskCalls, trackCallsLeft(llm, this.context.budget, this.trackMark)),
    );
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
        },
      );
      progress.refinements += outcome.refinements;
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
      progress.history.record(outcome, moment, memory.program, memory.accepted);
      this.log(`${reason}: ${outcome.llmCalls} LLM calls, program ${memory.accepted ? "accepted" : "not accepted"}`);
    } catch (error) {
      const e = WorldCoderError.fromUnknown(error);
      if (e.code === "LLM_BUDGET_EXCEEDED") {
        progress.llmStopped = true;
        progress.result.stopReason ??= "budget:llm-calls";
        return;
      }
      throw e;
    }
  }
}

/** Stands in when the runner gives no LLM: synthesis then only re-checks the carried program. */
const noLlm = {
  complete(): never {
    throw new WorldCoderError("NO_LLM", "the worldcoder agent needs context.llm to write programs");
  },
  ledgerEntries: () => [],
  totals: () => ({ calls: 0, promptTokens: 0, completionTokens: 0, dollars: 0 }),
};
