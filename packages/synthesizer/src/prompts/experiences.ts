import { canonicalJson, type Transition } from "@worldcoder/core";
import type { DomainSpec } from "../domains/domain.js";
import { describeDiff } from "../state-diff.js";

/**
 * Experiences as the prompts show them: transitions grouped into chains (a start state, then each
 * action with what changed, the reward and done), so a trajectory costs one state dump plus a few
 * lines per step. When the buffer is larger than the budget, the most informative transitions are
 * kept: rewarding or terminal ones first, then one of each kind of outcome per action.
 */
export function renderExperiences(
  transitions: readonly Transition[],
  domain: DomainSpec,
  options: { maxChars: number; showGoal?: boolean; indices?: readonly number[] } = { maxChars: 12_000 },
): { text: string; shown: number[] } {
  const candidates = options.indices ?? priorityOrder(transitions, domain);
  const shown: number[] = [];
  let text = "";
  for (const index of candidates.slice(0, 400)) {
    const trial = [...shown, index].sort((a, b) => a - b);
    const rendered = renderChains(transitions, trial, domain, options.showGoal ?? true);
    if (rendered.length > options.maxChars && shown.length > 0) break;
    shown.splice(0, shown.length, ...trial);
    text = rendered;
  }
  return { text, shown };
}

/** Transition indices, most informative first. */
export function priorityOrder(transitions: readonly Transition[], domain: DomainSpec): number[] {
  const rewards = new Map<number, number>();
  for (const t of transitions) rewards.set(t.reward, (rewards.get(t.reward) ?? 0) + 1);
  const commonReward = [...rewards.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const first: number[] = [];
  const second: number[] = [];
  const rest: number[] = [];
  const kinds = new Set<string>();
  transitions.forEach((t, i) => {
    if (t.done || t.reward !== commonReward) {
      first.push(i);
      return;
    }
    const changed = canonicalJson(t.state) !== canonicalJson(t.nextState);
    const kind = `${domain.actionName(t.action)}|${changed}`;
    if (!kinds.has(kind)) {
      kinds.add(kind);
      second.push(i);
    } else rest.push(i);
  });
  return [...first, ...second, ...rest];
}

function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
}

/** One step's outcome line(s), indented under its action. */
export function outcomeLines(t: Transition): string {
  const diff = describeDiff(t.state, t.nextState)
    .split("\n")
    .map((l) => `   ${l}`)
    .join("\n");
  return `${diff}\n   reward ${formatNumber(t.reward)}, done ${t.done}`;
}

export function renderChains(
  transitions: readonly Transition[],
  indices: readonly number[],
  domain: DomainSpec,
  showGoal: boolean,
): string {
  const parts: string[] = [];
  let chain = 0;
  let previous: Transition | null = null;
  let step = 0;
  for (const index of indices) {
    const t = transitions[index]!;
    const continues =
      previous !== null && previous.goal.text === t.goal.text && canonicalJson(previous.nextState) === canonicalJson(t.state);
    if (!continues) {
      chain += 1;
      step = 0;
      parts.push(
        [
          `## Experience ${chain}`,
          ...(showGoal ? [`Goal: "${t.goal.text}"`] : []),
          "Start state:",
          "```",
          domain.renderState(t.state),
          "```",
        ].join("\n"),
      );
    }
    step += 1;
    parts.push(`${step}. action ${domain.actionName(t.action)}:\n${outcomeLines(t)}`);
    previous = t;
  }
  return parts.join("\n");
}
