import { diffWordsWithSpace, type ChangeObject } from "diff";
import type { WireRequest } from "./request-key.js";

/** One place where a message's text changed: the words removed and added, with a little text around them. */
export interface TextHunk {
  /** 1-based line of the message (as now requested) where the change starts. */
  line: number;
  before: string;
  removed: string;
  added: string;
  after: string;
}

/** How one message differs between the recorded request and the one made now. */
export interface MessageChange {
  /** 0-based position in `messages`. */
  index: number;
  /** The role now requested (the recorded one for a message that is gone). */
  role: string;
  kind: "changed" | "added" | "removed";
  /** Set when the role itself differs. */
  recordedRole?: string;
  /** The first differing places (at most MAX_HUNKS), for `changed`. */
  hunks: TextHunk[];
  /** Hunks beyond those shown. */
  moreHunks: number;
}

/** A request parameter (model, temperature, max_tokens, seed, stop) that differs. */
export interface ParamChange {
  field: Exclude<keyof WireRequest, "messages">;
  recorded: unknown;
  requested: unknown;
}

export interface RequestDiff {
  messages: MessageChange[];
  params: ParamChange[];
}

const PARAMS = ["model", "temperature", "max_tokens", "seed", "stop"] as const;
const MAX_HUNKS = 3;
/** Characters of unchanged text shown on each side of a change. */
const CONTEXT = 48;
/** Word edits beyond which a message counts as rewritten, not edited (bounds the diff's time). */
const MAX_EDIT_LENGTH = 1_000;

/** Field by field: which parameters differ, which messages were added, removed or changed, and where. */
export function diffRequests(recorded: WireRequest, requested: WireRequest): RequestDiff {
  const params: ParamChange[] = [];
  for (const field of PARAMS) {
    const a = recorded[field];
    const b = requested[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) params.push({ field, recorded: a, requested: b });
  }
  const messages: MessageChange[] = [];
  const count = Math.max(recorded.messages.length, requested.messages.length);
  for (let index = 0; index < count; index++) {
    const old = recorded.messages[index];
    const now = requested.messages[index];
    if (old === undefined && now !== undefined) {
      messages.push({ index, role: now.role, kind: "added", hunks: [], moreHunks: 0 });
    } else if (now === undefined && old !== undefined) {
      messages.push({ index, role: old.role, kind: "removed", hunks: [], moreHunks: 0 });
    } else if (old !== undefined && now !== undefined && (old.role !== now.role || old.content !== now.content)) {
      const hunks = textHunks(old.content, now.content);
      const change: MessageChange = { index, role: now.role, kind: "changed", hunks: hunks.slice(0, MAX_HUNKS), moreHunks: Math.max(0, hunks.length - MAX_HUNKS) };
      if (old.role !== now.role) change.recordedRole = old.role;
      messages.push(change);
    }
  }
  return { messages, params };
}

/** Word-level hunks of two texts; one hunk for the whole text when they differ too much to diff. */
export function textHunks(recorded: string, requested: string): TextHunk[] {
  if (recorded === requested) return [];
  const changes = diffWordsWithSpace(recorded, requested, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) return [{ line: 1, before: "", removed: clip(recorded, 2 * CONTEXT), added: clip(requested, 2 * CONTEXT), after: "" }];
  const hunks: TextHunk[] = [];
  let requestedSoFar = "";
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as ChangeObject<string>;
    if (!change.added && !change.removed) {
      requestedSoFar += change.value;
      continue;
    }
    // A run of removed/added parts is one hunk.
    const line = requestedSoFar.split("\n").length;
    let removed = "";
    let added = "";
    while (i < changes.length && (changes[i]!.added || changes[i]!.removed)) {
      const part = changes[i]!;
      if (part.removed) removed += part.value;
      else {
        added += part.value;
        requestedSoFar += part.value;
      }
      i += 1;
    }
    i -= 1;
    const previous = changes[i - countRun(changes, i)];
    const next = changes[i + 1];
    hunks.push({
      line,
      before: previous && !previous.added && !previous.removed ? tail(previous.value) : "",
      removed,
      added,
      after: next && !next.added && !next.removed ? head(next.value) : "",
    });
  }
  return hunks;
}

/** How many change parts (added or removed) end at `end`, counting back. */
function countRun(changes: readonly ChangeObject<string>[], end: number): number {
  let n = 0;
  while (end - n >= 0 && (changes[end - n]!.added || changes[end - n]!.removed)) n += 1;
  return n;
}

function tail(text: string): string {
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(-CONTEXT);
  const space = cut.search(/\s/);
  return `…${space >= 0 && space < CONTEXT / 2 ? cut.slice(space + 1) : cut}`;
}

function head(text: string): string {
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(0, CONTEXT);
  const space = cut.search(/\s\S*$/);
  return `${space > CONTEXT / 2 ? cut.slice(0, space) : cut}…`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Shows line breaks as ⏎ so that a hunk stays on one line of the error message. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, "⏎");
}

/** Human-readable lines: `message 1 (user) changed at line 12: …keep [-plain-]{+modern+} JavaScript…`. */
export function formatRequestDiff(diff: RequestDiff): string[] {
  const lines: string[] = [];
  for (const m of diff.messages) {
    const name = `message ${m.index} (${m.role})`;
    if (m.kind === "added") lines.push(`${name} is new: the recorded request had ${m.index} message(s)`);
    else if (m.kind === "removed") lines.push(`${name} is gone: the request now has ${m.index} message(s)`);
    else {
      if (m.recordedRole !== undefined) lines.push(`${name} was recorded with role ${m.recordedRole}`);
      for (const h of m.hunks) {
        const removed = h.removed ? `[-${oneLine(h.removed)}-]` : "";
        const added = h.added ? `{+${oneLine(h.added)}+}` : "";
        lines.push(`${name} changed at line ${h.line}: ${oneLine(h.before)}${removed}${added}${oneLine(h.after)}`);
      }
      if (m.moreHunks > 0) lines.push(`${name}: ${m.moreHunks} more change(s)`);
    }
  }
  for (const p of diff.params) {
    lines.push(`parameter ${p.field}: recorded ${show(p.recorded)}, now ${show(p.requested)}`);
  }
  return lines;
}

function show(value: unknown): string {
  return value === undefined ? "(not set)" : JSON.stringify(value);
}
