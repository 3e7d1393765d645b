import type { Action, ActionSpace } from "@worldcoder/core";

export type ParsedTurn =
  | { ok: true; thought: string; action: Action }
  | { ok: false; thought: string; reason: string };

/**
 * Reads a ReAct answer: the last `Action:` line names the action (a number, or an action's name
 * for discrete spaces; the command for text envs). Anything else is an invalid action, counted by
 * the agent, never a crash.
 */
export function parseTurn(answer: string, space: ActionSpace): ParsedTurn {
  const thoughts = [...answer.matchAll(/^\s*[*_]*thought[*_]*\s*:[*_]*\s*(.*)$/gim)].map((m) => m[1]!.trim());
  const thought = thoughts[thoughts.length - 1] ?? "";
  const actions = [...answer.matchAll(/^\s*[*_]*action[*_]*\s*:[*_]*\s*(.*)$/gim)].map((m) => m[1]!.trim());
  const raw = actions[actions.length - 1];
  if (raw === undefined || raw === "") return { ok: false, thought, reason: "no `Action:` line" };
  const text = raw.replace(/^[`*"']+|[`*"'.]+$/g, "").trim();
  if (space.kind === "text") return text === "" ? { ok: false, thought, reason: "empty command" } : { ok: true, thought, action: text };
  const number = /^(\d+)\b/.exec(text);
  if (number) {
    const a = Number(number[1]);
    return a < space.n ? { ok: true, thought, action: a } : { ok: false, thought, reason: `action ${a} is not between 0 and ${space.n - 1}` };
  }
  const byName = space.names.findIndex((n) => n.toLowerCase() === text.toLowerCase());
  if (byName >= 0) return { ok: true, thought, action: byName };
  return { ok: false, thought, reason: `"${raw}" is not an action` };
}
