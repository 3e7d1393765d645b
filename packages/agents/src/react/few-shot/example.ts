import type { Action, Env, State } from "@worldcoder/core";
import { describeDiff, type DomainSpec } from "@worldcoder/synthesizer";

/** One step of a solved episode, as the ReAct prompt shows it. */
export interface FewShotStep {
  thought: string;
  action: Action;
  /** What the step changed (symbolic envs) or the observation text (text envs). */
  outcome: string;
  reward: number;
  done: boolean;
}

/** A solved episode of one of this project's envs, recorded by replaying a solver's plan in the env. */
export interface FewShotExample {
  envId: string;
  seed: number;
  goal: string;
  /** The start as the prompt shows it (rendered state, or the first observation of a text env). */
  start: string;
  steps: FewShotStep[];
}

/** What a step changed, as the ReAct history shows it: a state diff, or the observation of a text env. */
export function outcomeText(domain: DomainSpec, before: State, after: State, observation: unknown): string {
  if (typeof observation === "string") return observation;
  return describeDiff(before, after);
}

export function startText(domain: DomainSpec, state: State, observation: unknown): string {
  return typeof observation === "string" ? observation : domain.renderState(state);
}

/** Plays `actions` from `reset(seed)` and records what the env really did, with a thought per step. */
export function recordExample(
  env: Env,
  seed: number,
  actions: readonly Action[],
  domain: DomainSpec,
  thought: (index: number, actions: readonly Action[]) => string,
): FewShotExample {
  const reset = env.reset(seed);
  let state = env.symbolicState();
  const start = startText(domain, state, reset.observation);
  const steps: FewShotStep[] = actions.map((action, i) => {
    const step = env.step(action);
    const next = env.symbolicState();
    const outcome = outcomeText(domain, state, next, step.observation);
    state = next;
    return { thought: thought(i, actions), action, outcome, reward: step.reward, done: step.terminated || step.truncated };
  });
  return { envId: env.id, seed, goal: env.goal().text, start, steps };
}

/** Thoughts of a planner's solution: the whole plan first, then each next step of it. */
export function planThought(domain: DomainSpec, goal: string): (index: number, actions: readonly Action[]) => string {
  return (index, actions) => {
    const name = domain.actionName(actions[index]!);
    if (index === 0) {
      return `To ${goal.replace(/\.$/, "")}, my plan is: ${actions.map((a) => domain.actionName(a)).join(", ")}. First: ${name}.`;
    }
    if (index === actions.length - 1) return `The last step of my plan: ${name}.`;
    return `Next in my plan: ${name}.`;
  };
}

/** The example as a block of the ReAct prompt, in the same format as the agent's own history. */
export function renderExample(domain: DomainSpec, example: FewShotExample): string {
  return [
    `Goal: "${example.goal}"`,
    "Start:",
    "```",
    example.start,
    "```",
    ...example.steps.map((s, i) =>
      [`Step ${i + 1}`, `Thought: ${s.thought}`, `Action: ${formatAction(s.action)}`, `Outcome: ${indentOutcome(s.outcome)}`, `   reward ${s.reward}, done ${s.done}`].join("\n"),
    ),
  ].join("\n");
}

export function formatAction(action: Action): string {
  return typeof action === "number" ? String(action) : action;
}

export function indentOutcome(outcome: string): string {
  const lines = outcome.split("\n");
  return lines.length === 1 ? lines[0]! : `\n${lines.map((l) => `   ${l}`).join("\n")}`;
}
