import type { Action, ActionSpace } from "@worldcoder/core";
import type { ChatMessage } from "@worldcoder/llm";
import type { DomainSpec } from "@worldcoder/synthesizer";
import { formatAction, indentOutcome, renderExample, type FewShotExample } from "./few-shot/example.js";

export const REACT_SYSTEM_PROMPT =
  "You are an agent acting in an environment to achieve a goal. At every step you see the goal, what happened so far and the current state; you reply with one short thought and exactly one action.";

/** One turn of the agent's own episode, as the prompt shows it. */
export interface ReactTurn {
  thought: string;
  /** The action taken, or null when the answer named no valid action. */
  action: Action | null;
  /** What the env did (diff or observation), or why the answer was rejected. */
  outcome: string;
  reward: number | null;
  done: boolean | null;
}

function actionFormat(space: ActionSpace): string {
  return space.kind === "discrete"
    ? `Action: <one action number from 0 to ${space.n - 1}>`
    : "Action: <one command, written exactly as the commands above are written>";
}

export function reactPrompt(input: {
  domain: DomainSpec;
  space: ActionSpace;
  goal: string;
  start: string;
  current: string | null;
  turns: readonly ReactTurn[];
  historySteps: number;
  example: FewShotExample | null;
  admissible: readonly string[] | null;
}): ChatMessage[] {
  const { domain, turns } = input;
  const shownFrom = Math.max(0, turns.length - input.historySteps);
  const history = turns.slice(shownFrom).map((t, k) => {
    const i = shownFrom + k + 1;
    const lines = [`Step ${i}`, `Thought: ${t.thought || "(none)"}`, `Action: ${t.action === null ? "(invalid)" : formatAction(t.action)}`];
    lines.push(`Outcome: ${indentOutcome(t.outcome)}`);
    if (t.reward !== null) lines.push(`   reward ${t.reward}, done ${t.done}`);
    return lines.join("\n");
  });
  // Text envs show observations, never the JSON state: its format would only confuse.
  const textObservations = input.current === null;
  const user = [
    `# The environment: ${domain.title}`,
    "",
    ...(textObservations ? [] : ["## State format", domain.stateFormat, ""]),
    "## Actions",
    domain.actionList,
    "",
    textObservations
      ? "Each step shows your thought, your action and what you observed after it; then the reward and whether the episode is done."
      : "Each step shows your thought, your action and what changed in the state (`path: before -> after`, or \"no change\"); then the reward and whether the episode is done.",
    ...(input.example ? ["", "# Example: a solved episode", renderExample(domain, input.example)] : []),
    "",
    "# Your episode",
    `Goal: "${input.goal}"`,
    "Start:",
    "```",
    input.start,
    "```",
    ...(shownFrom > 0 ? [`(${shownFrom} earlier steps not shown)`] : []),
    ...history,
    ...(input.current !== null && turns.length > 0 ? ["", "Current state:", "```", input.current, "```"] : []),
    ...(input.admissible ? ["", "Valid commands now:", ...input.admissible.map((c) => `- ${c}`)] : []),
    "",
    "Reply in exactly this format (two lines):",
    "Thought: <your reasoning in one or two sentences>",
    actionFormat(input.space),
  ].join("\n");
  return [
    { role: "system", content: REACT_SYSTEM_PROMPT },
    { role: "user", content: user },
  ];
}
