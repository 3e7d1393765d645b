import type { InitialCondition, State, Transition } from "@worldcoder/core";
import type { ChatMessage } from "@worldcoder/llm";
import type { DomainSpec } from "../domains/domain.js";
import { describeDiff } from "../state-diff.js";
import { EXPERIENCE_LEGEND, REPLY_FORMAT, SYSTEM_PROMPT, environmentSection, programContract } from "./contract.js";
import { renderChains, renderExperiences } from "./experiences.js";

/** Roughly four characters per token: enough to keep prompts under a token budget without a tokenizer. */
const CHARS_PER_TOKEN = 4;

export interface PromptBase {
  domain: DomainSpec;
  transitions: readonly Transition[];
  /** Token budget for the experiences part of the prompt. */
  experienceTokens?: number;
}

/** A transition the program gets wrong, and what it predicted instead. */
export interface FailureCase {
  transition: Transition;
  predicted: { nextState?: State; reward?: number; done?: boolean; error?: string };
}

/** An earlier goal and a trajectory under it, shown as an example for a new goal. */
export interface GoalExample {
  goal: string;
  transitions: readonly Transition[];
  success: boolean;
}

function messages(user: string): ChatMessage[] {
  return [
    { role: "system", content: SYSTEM_PROMPT },
    { role: "user", content: user },
  ];
}

function fence(program: string): string {
  return ["```javascript", program.trim(), "```"].join("\n");
}

function budget(base: PromptBase): number {
  return (base.experienceTokens ?? 2_500) * CHARS_PER_TOKEN;
}

function goalsOf(transitions: readonly Transition[]): string[] {
  return [...new Set(transitions.map((t) => t.goal.text))];
}

/** First synthesis: the environment, the contract and the experiences. */
export function initPrompt(base: PromptBase): ChatMessage[] {
  const experiences = renderExperiences(base.transitions, base.domain, { maxChars: budget(base) });
  const goals = goalsOf(base.transitions);
  return messages(
    [
      "Write a world model of the environment below as a JavaScript program, from the agent's experiences.",
      "",
      environmentSection(base.domain),
      "",
      "# Goals",
      ...goals.map((g) => `- "${g}"`),
      "",
      "# Program contract",
      programContract(base.domain),
      "",
      "# Experiences",
      EXPERIENCE_LEGEND,
      "",
      experiences.text,
      "",
      "# What to do",
      "Work out the rules step by step: what each action does, when it is blocked, what changes, how the reward and done are decided. Generalize from the experiences to every situation the rules imply, not just the ones shown.",
      REPLY_FORMAT,
    ].join("\n"),
  );
}

function failureSection(domain: DomainSpec, failure: FailureCase): string {
  const t = failure.transition;
  const p = failure.predicted;
  const lines = [
    `Goal: "${t.goal.text}"`,
    "Start state:",
    "```",
    domain.renderState(t.state),
    "```",
    `Action: ${domain.actionName(t.action)}`,
    "Observed outcome (what really happened):",
    indent(describeDiff(t.state, t.nextState)),
    `   reward ${t.reward}, done ${t.done}`,
  ];
  if (p.error !== undefined) {
    lines.push("Your program's prediction: it failed with this error:", indent(p.error));
  } else {
    lines.push("Your program's prediction:");
    if (p.nextState !== undefined) lines.push(indent(describeDiff(t.state, p.nextState)));
    lines.push(`   reward ${p.reward ?? "(not computed)"}, done ${p.done ?? "(not computed)"}`);
    if (p.nextState !== undefined) {
      const wrong = describeDiff(p.nextState, t.nextState);
      lines.push(
        "Wrong fields of the predicted next state (`path: predicted -> observed`):",
        indent(wrong === "no change" ? "none: the next state is right" : wrong),
      );
    }
    const rewardWrong = p.reward === undefined || Math.abs(p.reward - t.reward) > 1e-6;
    const doneWrong = p.done !== t.done;
    if (rewardWrong || doneWrong) {
      lines.push(
        `Wrong: ${[rewardWrong ? `reward (predicted ${p.reward}, observed ${t.reward})` : "", doneWrong ? `done (predicted ${p.done}, observed ${t.done})` : ""].filter(Boolean).join(" and ")}`,
      );
    }
  }
  return lines.join("\n");
}

/** The environment, the contract and the program being repaired: the common head of the refine prompts. */
function currentProgramSections(domain: DomainSpec, program: string): string[] {
  return [environmentSection(domain), "", "# Program contract", programContract(domain), "", "# Your current program", fence(program), ""];
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `   ${l}`)
    .join("\n");
}

/** Refinement after a misprediction: the program, up to 3 experiences it explains, one it gets wrong. */
export function refinePrompt(
  base: PromptBase & { program: string; explained: readonly number[]; failure: FailureCase },
): ChatMessage[] {
  const explained = base.explained.slice(0, 3);
  const explainedText =
    explained.length === 0
      ? "(none yet)"
      : renderChains(base.transitions, [...explained].sort((a, b) => a - b), base.domain, true);
  return messages(
    [
      "You wrote a world model of the environment below as a JavaScript program. It is partly correct: it reproduces some experiences but not all. Fix it.",
      "",
      ...currentProgramSections(base.domain, base.program),
      "# Experiences your program reproduces correctly",
      EXPERIENCE_LEGEND,
      "",
      explainedText,
      "",
      "# An experience your program gets wrong",
      failureSection(base.domain, base.failure),
      "",
      "# What to do",
      "Answer briefly: What is different between the observed and the predicted outcome? Which rule of the environment explains the observation? Which part of the code is wrong, and how should it change? Keep everything the program already gets right. If the code is long, make it shorter and more general.",
      REPLY_FORMAT,
    ].join("\n"),
  );
}

function exampleSection(domain: DomainSpec, examples: readonly GoalExample[]): string {
  return examples
    .map((ex, i) => {
      // The end of a trajectory is where its goal shows: keep the last few steps.
      const tail = ex.transitions.slice(-8);
      const body = tail.length === 0 ? "(no steps recorded)" : renderChains(tail, tail.map((_, k) => k), domain, false);
      return [`## Earlier goal ${i + 1}: "${ex.goal}" (${ex.success ? "reached" : "not reached"})`, body].join("\n");
    })
    .join("\n\n");
}

/**
 * Optimism (WorldCoder's refine-to-plan): the program explains the data but, by its own reward,
 * the goal cannot be reached from a start state. Asks for the most optimistic model consistent with
 * the data. With `unseenGoal`, the goal never appeared in an experience (the original's
 * guess-reward case) and the nearest earlier goals are shown as examples.
 */
export function optimismPrompt(
  base: PromptBase & {
    program: string;
    initial: InitialCondition;
    searchSummary: string;
    neighbours?: readonly GoalExample[];
    unseenGoal?: boolean;
  },
): ChatMessage[] {
  const experiences = renderExperiences(base.transitions, base.domain, { maxChars: budget(base) });
  const neighbours = base.neighbours ?? [];
  return messages(
    [
      "You wrote a world model of the environment below as a JavaScript program. It reproduces every experience observed so far, but it cannot be used to reach the goal: a planner that searched with your `transition` and `reward` functions found no sequence of actions, from the start state below, whose last step your `reward` function scores with reward > 0 and done = true.",
      "",
      ...currentProgramSections(base.domain, base.program),
      "# The start state the planner could not solve",
      `Goal: "${base.initial.goal.text}"`,
      "```",
      base.domain.renderState(base.initial.state),
      "```",
      `Planner: ${base.searchSummary}`,
      ...(base.unseenGoal
        ? [
            "",
            "This goal has not appeared in any experience yet, so your `reward` function must recognise it from its text. Keep the behaviour for earlier goals unchanged.",
          ]
        : []),
      ...(neighbours.length > 0
        ? ["", "# Earlier goals most similar to this one, with the end of a trajectory under each", exampleSection(base.domain, neighbours)]
        : []),
      "",
      "# Experiences observed so far (your program must keep reproducing them)",
      EXPERIENCE_LEGEND,
      "",
      experiences.text,
      "",
      "# What to do",
      "Be optimistic: where the experiences say nothing (an event the agent has not seen yet, such as reaching the goal, finishing the puzzle, using an object in a new way), assume the environment works in the natural way the goal text suggests, so that the goal can be reached. List the subgoals needed to reach the goal from the start state, say which of them your program cannot achieve and why, then write the most optimistic program that is still consistent with every experience.",
      REPLY_FORMAT,
    ].join("\n"),
  );
}
