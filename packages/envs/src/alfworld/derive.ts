import { UserInputError } from "@worldcoder/core";
import { OPENABLE_TYPES, typeOfName } from "./catalog.js";
import { type AlfworldScene, type AlfworldTaskType, SCENE_FORMAT, type SceneObject, type SceneReceptacle } from "./scene.js";
import { parseTaskSentence } from "./task.js";

/** One ReAct transcript as stored in the golden data (`react_alfworld_*.jsonl`). */
export interface AlfworldTranscript {
  id: string;
  task_type: AlfworldTaskType;
  goal: string;
  initial_observation: string;
  steps: Array<{ kind: "env" | "think"; action: string; observation: string }>;
  [key: string]: unknown;
}

export class TranscriptReadError extends UserInputError {
  constructor(id: string, message: string) {
    super("ALFWORLD_TRANSCRIPT_UNREADABLE", `${id}: ${message}`);
  }
}

const START = "You are in the middle of a room. Looking quickly around you, you see ";

/** "nothing" | "a X 1" | "a X 2, and a Y 1" → names. */
function parseList(text: string, article = "a "): string[] {
  if (text === "nothing") return [];
  return text.split(", ").map((item) => {
    let s = item.startsWith("and ") ? item.slice(4) : item;
    if (article && s.startsWith(article)) s = s.slice(article.length);
    return s;
  });
}

type ReceptacleView = { name: string; openable: boolean; open: boolean; contents: string[] | null };

/** Reads examine-receptacle text (what `go to`, `open` and `examine` show). */
function parseReceptacleText(text: string): ReceptacleView | null {
  let m = /^The (.+?) is closed\.$/.exec(text);
  if (m) return { name: m[1], openable: true, open: false, contents: null };
  m = /^The (.+?) is open\. In it, you see (.+)\.$/.exec(text);
  if (m) return { name: m[1], openable: true, open: true, contents: parseList(m[2]) };
  m = /^On the (.+?), you see (.+)\.$/.exec(text);
  if (m) return { name: m[1], openable: false, open: true, contents: parseList(m[2]) };
  return null;
}

/**
 * Derives the scene a transcript implies: receptacles from the opening look, each receptacle's
 * openable/open state and contents from its first observation (minus what the agent had put there),
 * shared locations from "Nothing happens." on `go to` and from `look`. Receptacles the transcript
 * never looks into stay empty, closed if their type opens.
 */
export function deriveSceneFromTranscript(t: AlfworldTranscript): AlfworldScene {
  const firstLine = t.initial_observation.split("\n")[0];
  if (!firstLine.startsWith(START) || !firstLine.endsWith(".")) {
    throw new TranscriptReadError(t.id, "the initial observation is not a room description");
  }
  const names = parseList(firstLine.slice(START.length, -1));
  const known = new Map<string, { openable?: boolean; open?: boolean; initial?: string[] }>();
  for (const n of names) known.set(n, {});
  // Union-find over receptacle names for shared locations.
  const parent = new Map(names.map((n) => [n, n]));
  const find = (n: string): string => (parent.get(n) === n ? n : find(parent.get(n)!));
  const union = (a: string, b: string): void => {
    parent.set(find(a), find(b));
  };

  const putBy = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  let at: string | null = null;
  const need = (name: string, step: number): void => {
    if (!known.has(name)) throw new TranscriptReadError(t.id, `step ${step}: unknown receptacle "${name}"`);
  };
  const observe = (view: ReceptacleView, step: number): void => {
    need(view.name, step);
    const k = known.get(view.name)!;
    if (k.openable === undefined) {
      k.openable = view.openable;
      k.open = view.open;
    }
    if (view.contents && k.initial === undefined) {
      const putHere = putBy.get(view.name)!;
      k.initial = view.contents.filter((o) => !putHere.has(o));
    }
  };

  t.steps.forEach((s, step) => {
    if (s.kind !== "env") return;
    const action = s.action.trim();
    const obs = s.observation;
    let m: RegExpExecArray | null;
    if ((m = /^go to (.+)$/.exec(action))) {
      need(m[1], step);
      if (obs === "Nothing happens.") {
        if (at !== null) union(m[1], at);
        return;
      }
      const view = parseReceptacleText(obs);
      if (!view) throw new TranscriptReadError(t.id, `step ${step}: cannot read "${obs}"`);
      observe(view, step);
      at = m[1];
    } else if ((m = /^open (.+)$/.exec(action))) {
      const body = obs.startsWith(`You open the ${m[1]}. `) ? obs.slice(`You open the ${m[1]}. `.length) : null;
      const view = body === null ? null : parseReceptacleText(body);
      if (!view) return;
      need(m[1], step);
      const k = known.get(m[1])!;
      if (k.openable === undefined) {
        k.openable = true;
        k.open = false;
      }
      observe(view, step);
    } else if ((m = /^put (.+) in\/on (.+)$/.exec(action)) && obs.startsWith("You put")) {
      need(m[2], step);
      putBy.get(m[2])!.add(m[1]);
    } else if (action === "look" && obs.startsWith("You are facing the ")) {
      const list = /^You are facing the (.+?)\. Next to it/.exec(obs);
      const here = list ? parseList(list[1], "") : [];
      for (const r of here) {
        need(r, step);
        if (here[0] !== r) union(r, here[0]);
      }
    }
  });

  const receptacles: SceneReceptacle[] = names.map((name) => {
    const k = known.get(name)!;
    const r: SceneReceptacle = { name };
    const openable = k.openable ?? OPENABLE_TYPES.has(typeOfName(name));
    if (openable !== OPENABLE_TYPES.has(typeOfName(name))) r.openable = openable;
    if (openable && k.open) r.open = true;
    const root = find(name);
    if (root !== name || names.some((n) => n !== name && find(n) === root)) r.location = root;
    return r;
  });
  const objects: SceneObject[] = [];
  for (const name of names) {
    for (const o of known.get(name)!.initial ?? []) objects.push({ name: o, in: name });
  }
  const goalLine = t.initial_observation.split("\n")[1] ?? "";
  const goal = goalLine.startsWith("Your task is to: ") ? goalLine.slice("Your task is to: ".length) : t.goal;
  return {
    format: SCENE_FORMAT,
    name: t.id,
    task: parseTaskSentence(t.task_type, goal),
    receptacles,
    objects,
  };
}
