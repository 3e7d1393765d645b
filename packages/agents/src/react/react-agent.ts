import type { Env, StepResult } from "@worldcoder/core";
import { WorldCoderError } from "@worldcoder/core";
import { domainFor, domainOf, type DomainSpec } from "@worldcoder/synthesizer";
import { trackCallsLeft } from "../shared/budget.js";
import { admissibleCommands } from "../shared/random-action.js";
import { episodeOutcome, unplayedEpisodes } from "../shared/outcome.js";
import { emptyTaskResult, isSuccess, ledgerMark, ledgerSince } from "../shared/task-result.js";
import type { Agent, RunContext, TaskResult, TaskSpec } from "../types.js";
import { outcomeText, startText } from "./few-shot/example.js";
import { fewShotExample } from "./few-shot/examples.js";
import { resolveReactOptions, type ReactOptions, type ResolvedReactOptions } from "./options.js";
import { parseTurn } from "./parse-action.js";
import { reactPrompt, type ReactTurn } from "./prompt.js";

/**
 * ReAct: at every step the LLM sees the goal, a solved example, the episode so far and the current
 * state, and answers with a thought and an action. It learns nothing across steps, so every action
 * costs a call: the baseline WorldCoder's "no calls once the model is right" is measured against.
 * Answers without a valid action are counted and cost a turn, but take no env step.
 */
export class ReactAgent implements Agent {
  readonly name = "react";
  private readonly o: ResolvedReactOptions;

  constructor(options: ReactOptions = {}) {
    this.o = resolveReactOptions(options);
  }

  async runTrack(tasks: TaskSpec[], context: RunContext): Promise<TaskResult[]> {
    if (!context.llm) throw new WorldCoderError("NO_LLM", "the react agent needs context.llm", { fault: "user" });
    const trackMark = ledgerMark(context.llm);
    let stepsLeft = context.budget.maxEnvSteps ?? Number.POSITIVE_INFINITY;
    const results: TaskResult[] = [];
    for (const task of tasks) {
      const env = context.makeEnv(task);
      const domain = domainFor(task.envId, env.actionSpace);
      const result = emptyTaskResult(task.envId);
      const taskMark = ledgerMark(context.llm);
      for (const [index, seed] of task.seeds.entries()) {
        if (stepsLeft <= 0) {
          result.stopReason ??= "budget:env-steps";
          result.episodes.push(...unplayedEpisodes(task.envId, task.seeds.slice(index), "gave_up"));
          break;
        }
        const callsLeft = Math.min(
          this.o.maxLlmCallsPerTask - ledgerSince(context.llm, taskMark).calls,
          trackCallsLeft(context.llm, context.budget, trackMark),
        );
        if (callsLeft <= 0) {
          result.stopReason ??= "budget:llm-calls";
          result.episodes.push(...unplayedEpisodes(task.envId, task.seeds.slice(index), "gave_up"));
          break;
        }
        const maxTurns = Math.min(this.o.maxStepsPerEpisode, task.maxStepsPerEpisode ?? Number.POSITIVE_INFINITY, callsLeft);
        const steps = await this.episode(env, task, seed, domain, context, result, Math.min(maxTurns, stepsLeft));
        stepsLeft -= steps;
      }
      const spent = ledgerSince(context.llm, taskMark);
      result.llmCalls = spent.calls;
      result.promptTokens = spent.promptTokens;
      result.completionTokens = spent.completionTokens;
      result.dollars = spent.dollars;
      // ReAct never learns a model: every action it takes is paid for with a call.
      result.llmCallsAfterLearning = spent.calls;
      result.actionsAfterLearning = result.envSteps;
      context.log?.(`react: ${task.envId} ${result.successes}/${result.episodes.length} solved, ${spent.calls} LLM calls, ${result.invalidActions} invalid actions`);
      results.push(result);
    }
    return results;
  }

  /** Plays one episode; returns the env steps taken. */
  private async episode(
    env: Env,
    task: TaskSpec,
    seed: number,
    domain: DomainSpec,
    context: RunContext,
    result: TaskResult,
    maxTurns: number,
  ): Promise<number> {
    const llm = context.llm!;
    const mark = ledgerMark(llm);
    const reset = env.reset(seed);
    let info = reset.info;
    let state = env.symbolicState();
    const goal = env.goal().text;
    const start = startText(domain, state, reset.observation);
    const example = this.o.fewShot ? fewShotExample(domainOf(task.envId)) : null;
    const turns: ReactTurn[] = [];
    let steps = 0;
    let total = 0;
    let last: StepResult | null = null;
    let budgetStopped = false;
    let lastTurnInvalid = false;
    for (let turn = 0; turn < maxTurns; turn++) {
      const admissible = admissibleCommands(info);
      const messages = reactPrompt({
        domain,
        space: env.actionSpace,
        goal,
        start,
        current: typeof reset.observation === "string" ? null : domain.renderState(state),
        turns,
        historySteps: this.o.historySteps,
        example,
        admissible,
      });
      let answer: string;
      try {
        answer = (await llm.complete({ messages, temperature: this.o.temperature, maxTokens: this.o.maxTokens }, "react-step")).content;
      } catch (error) {
        const e = WorldCoderError.fromUnknown(error);
        if (e.code === "LLM_BUDGET_EXCEEDED") {
          result.stopReason ??= "budget:llm-calls";
          budgetStopped = true;
          break;
        }
        if (e.fault !== "model") throw e;
        answer = "";
      }
      const parsed = parseTurn(answer, env.actionSpace);
      lastTurnInvalid = !parsed.ok;
      if (!parsed.ok) {
        result.invalidActions += 1;
        turns.push({ thought: parsed.thought, action: null, outcome: `invalid answer: ${parsed.reason}; no action was taken`, reward: null, done: null });
        continue;
      }
      if (admissible && typeof parsed.action === "string" && !admissible.includes(parsed.action)) result.invalidActions += 1;
      last = env.step(parsed.action);
      steps += 1;
      total += last.reward;
      info = last.info;
      if (last.reward > 0 && result.envStepsToFirstReward === null) result.envStepsToFirstReward = result.envSteps + steps;
      const next = env.symbolicState();
      turns.push({
        thought: parsed.thought,
        action: parsed.action,
        outcome: outcomeText(domain, state, next, last.observation),
        reward: last.reward,
        done: last.terminated || last.truncated,
      });
      state = next;
      if (last.terminated || last.truncated) break;
    }
    const success = last !== null && isSuccess(last);
    // The turn limit was the budget's, not the episode's own: the episode was cut short.
    const ended = last !== null && (last.terminated || last.truncated);
    const ownLimit = Math.min(this.o.maxStepsPerEpisode, task.maxStepsPerEpisode ?? Number.POSITIVE_INFINITY);
    const budgetCut = budgetStopped || (!ended && turns.length >= maxTurns && maxTurns < ownLimit);
    const outcome = episodeOutcome({ success, budgetCut, problem: lastTurnInvalid && !ended ? "invalid_output" : null });
    result.envSteps += steps;
    result.episodes.push({ envId: task.envId, seed, steps, success, return: total, llmCalls: ledgerSince(llm, mark).calls, outcome });
    if (success) {
      result.successes += 1;
      result.episodesToFirstSuccess ??= result.episodes.length;
    }
    return steps;
  }
}
