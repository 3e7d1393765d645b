import type { Action, State } from "@worldcoder/core";
import type { PlanOptions } from "@worldcoder/sandbox";
import { tokenize } from "../bm25.js";
import type { DomainSpec } from "./domain.js";

const TEMPLATES = [
  "go to <receptacle>",
  "open <receptacle>",
  "close <receptacle>",
  "take <object> from <receptacle>",
  "put <object> in/on <receptacle>   (literally \"in/on\")",
  "heat <object> with <receptacle>",
  "cool <object> with <receptacle>",
  "clean <object> with <receptacle>",
  "use <object>",
  "examine <object or receptacle>",
  "inventory",
  "look",
];

interface AlfState {
  location: string;
  receptacles: Record<string, { type: string; openable: boolean; on?: boolean; contents: Record<string, { type: string }> }>;
  inventory: Record<string, { type: string }>;
}

/**
 * The commands worth searching from a start: `go to` and `open` for the places that matter (where an
 * object of a type the goal names lies, receptacles of a type it names, the tool its adjective needs:
 * microwave, fridge, sinkbasin), and take/put/heat/cool/clean/use on the objects whose type it names.
 * Object and receptacle names never change during an episode, so the start state fixes the list;
 * restricting objects to the goal's types keeps breadth-first search within budget.
 */
export function alfworldPlanActions(state: State, goal: string): string[] {
  const s = state as unknown as AlfState;
  if (!s || typeof s !== "object" || !s.receptacles) return [];
  const words = new Set(tokenize(goal));
  const recs = Object.entries(s.receptacles).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const objects: { name: string; type: string; in: string | null }[] = [];
  for (const [r, rec] of recs) for (const [name, o] of Object.entries(rec.contents)) objects.push({ name, type: o.type, in: r });
  for (const [name, o] of Object.entries(s.inventory ?? {})) objects.push({ name, type: o.type, in: null });
  const goalObjects = objects.filter((o) => words.has(o.type));
  const goalRecTypes = new Set(recs.map(([, r]) => r.type).filter((t) => words.has(t)));
  const tools = new Set<string>();
  if (words.has("hot") || words.has("heat") || words.has("heated")) tools.add("microwave");
  if (words.has("cool") || words.has("cold")) tools.add("fridge");
  if (words.has("clean")) tools.add("sinkbasin");
  // Only places that matter: where a goal object lies, where it must go, and the tool the goal needs.
  const relevant = recs.filter(([r, rec]) => goalObjects.some((o) => o.in === r) || goalRecTypes.has(rec.type) || tools.has(rec.type));
  const commands: string[] = [];
  for (const [r] of relevant) commands.push(`go to ${r}`);
  for (const [r, rec] of relevant) if (rec.openable) commands.push(`open ${r}`);
  // Powered variant: appliances with a switch (`on` present, absent in ALFWorld's states) start off.
  for (const [r, rec] of relevant) if (rec.on === false) commands.push(`turn on ${r}`);
  for (const o of goalObjects) {
    if (o.in !== null) commands.push(`take ${o.name} from ${o.in}`);
    for (const [r, rec] of relevant) {
      if (goalRecTypes.has(rec.type)) commands.push(`put ${o.name} in/on ${r}`);
      if (rec.type === "microwave" && tools.has("microwave")) commands.push(`heat ${o.name} with ${r}`);
      if (rec.type === "fridge" && tools.has("fridge")) commands.push(`cool ${o.name} with ${r}`);
      if (rec.type === "sinkbasin" && tools.has("sinkbasin")) commands.push(`clean ${o.name} with ${r}`);
    }
    if (o.type.endsWith("lamp")) commands.push(`use ${o.name}`);
  }
  return [...new Set(commands)];
}

// The powered variant names its new verbs and field; what a switch does is for the agent to learn.
const POWER_TEMPLATES = ["turn on <receptacle>", "turn off <receptacle>"];
const POWER_LINE = "- Receptacles with a power switch (appliances) also have `\"on\"`.";

/** ALFWorld's text household; `powered`: the variant whose appliances have power switches. */
export function alfworldDomain(examples: readonly string[], options: { powered?: boolean } = {}): DomainSpec {
  const planner = (actions: Action[]): PlanOptions => ({
    planner: "bfs",
    // ALFWorld states are large, so expansions are slow (1–8 ms). With the hand-written
    // reference model the hardest generated households need under 2,000 expansions; 3,000
    // keeps a margin and keeps a failing search to seconds. maxMillis is only a safety net
    // that must never bind: results have to depend on expansions alone to replay anywhere.
    budget: { maxExpansions: 3_000, maxMillis: 180_000, maxDepth: 14 },
    actions,
  });
  const spec: Omit<DomainSpec, "plannersFor"> = {
    name: "alfworld",
    title: "ALFWorld (a text household: receptacles, objects, and commands in English)",
    stateFormat: [
      "The state is a JSON object describing the whole household:",
      '- `location`: the receptacle the agent last went to (e.g. "countertop 1"), or "middle of room" at the start.',
      "- `receptacles`: a map from receptacle name (e.g. \"fridge 1\") to `{ \"type\", \"loc\", \"openable\", \"open\", \"contents\" }`.",
      "  `loc` names the spot it stands at (receptacles with the same `loc` stand together); `open` is always true",
      "  for receptacles that cannot be opened; `contents` maps object names (e.g. \"apple 1\") to objects.",
      "- `inventory`: a map from object name to object, for what the agent carries (at most one object).",
      "- An object is `{ \"type\", \"hot\", \"cold\", \"clean\" }`, and lamps also have `\"on\"`.",
      ...(options.powered ? [POWER_LINE] : []),
      "Names are `<type> <number>`. Commands that do not apply change nothing.",
    ].join("\n"),
    actionList: [
      "Actions are text commands built from these templates with the names in the state:",
      ...[...TEMPLATES, ...(options.powered ? POWER_TEMPLATES : [])].map((t) => `- ${t}`),
      ...(examples.length > 0 ? ["For example:", ...examples.slice(0, 6).map((e) => `- ${e}`)] : []),
    ].join("\n"),
    rewardNote:
      "The reward is 1 on the step that completes the task of the goal text and 0 otherwise; `done` is true exactly then.",
    actionName: (a: Action) => JSON.stringify(a),
    renderState: (state: State) => JSON.stringify(state),
    modelReward: (r) => (r > 0 ? 1 : 0),
    planActions: [...examples],
    optimism: true,
    planners: [planner([...examples])],
  };
  return { ...spec, plannersFor: (state, goal) => [planner(alfworldPlanActions(state, goal))] };
}
