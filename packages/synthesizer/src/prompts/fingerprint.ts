import { stableHash, type State, type Transition } from "@worldcoder/core";
import type { ChatMessage } from "@worldcoder/llm";
import { alfworldDomain } from "../domains/alfworld.js";
import type { DomainName, DomainSpec } from "../domains/domain.js";
import { genericDomain } from "../domains/generic.js";
import { minigridDomain } from "../domains/minigrid.js";
import { sokobanDomain } from "../domains/sokoban.js";
import { initPrompt, optimismPrompt, refinePrompt } from "./build.js";
import { SYSTEM_PROMPT } from "./contract.js";

/**
 * Small fixed states of each domain, in its real format: rendering every prompt template on them
 * exercises the templates' text and the domains' state rendering without an env.
 */
const PROBES: { domain: DomainSpec; states: [State, State]; action: Transition["action"]; goal: string }[] = [
  { domain: sokobanDomain(), states: [{ grid: ["#####", "#@$.#", "#####"] }, { grid: ["#####", "# @*#", "#####"] }], action: 4, goal: "push every box onto a target" },
  {
    domain: minigridDomain(),
    states: [
      { width: 4, height: 3, agent: { x: 1, y: 1, dir: 0, carrying: null }, walls: ["####", "#..#", "####"], objects: { "2,1": { type: "goal" } } },
      { width: 4, height: 3, agent: { x: 2, y: 1, dir: 0, carrying: null }, walls: ["####", "#..#", "####"], objects: { "2,1": { type: "goal" } } },
    ],
    action: 2,
    goal: "get to the green goal square",
  },
  {
    domain: alfworldDomain(["go to countertop 1", "take apple 1 from countertop 1"]),
    states: [
      { location: "middle of room", receptacles: { "countertop 1": { type: "countertop", openable: false, contents: { "apple 1": { type: "apple" } } } }, inventory: {} },
      { location: "countertop 1", receptacles: { "countertop 1": { type: "countertop", openable: false, contents: { "apple 1": { type: "apple" } } } }, inventory: {} },
    ],
    action: "go to countertop 1",
    goal: "put an apple in the fridge",
  },
  { domain: genericDomain({ kind: "discrete", n: 2, names: ["left", "right"] }), states: [{ x: 0 }, { x: 1 }], action: 1, goal: "reach x = 1" },
];

type Template = "init" | "refine" | "optimism";

function probeRenders(probe: (typeof PROBES)[number]): Record<Template, ChatMessage[][]> {
  const renders = { init: [] as ChatMessage[][], refine: [] as ChatMessage[][], optimism: [] as ChatMessage[][] };
  const { domain, states, action, goal } = probe;
  const [before, after] = states;
  const step: Transition = { state: before, action, reward: 0, nextState: after, goal: { text: goal }, done: false };
  const last: Transition = { state: after, action, reward: 1, nextState: after, goal: { text: goal }, done: true };
  const transitions = [step, last];
  const program = "function transition(state, action) { return state; }\nfunction reward() { return { reward: 0, done: false }; }";
  renders.init.push(initPrompt({ domain, transitions }));
  renders.refine.push(
    refinePrompt({ domain, transitions, program, explained: [0], failure: { transition: last, predicted: { nextState: before, reward: 0, done: false } } }),
    refinePrompt({ domain, transitions, program, explained: [], failure: { transition: step, predicted: { error: "TypeError: x is undefined" } } }),
  );
  const initial = { state: before, goal: { text: goal } };
  renders.optimism.push(
    optimismPrompt({ domain, transitions, program, initial, searchSummary: "searched 10 states, no plan" }),
    optimismPrompt({ domain, transitions, program, initial, searchSummary: "searched 10 states, no plan", unseenGoal: true, neighbours: [{ goal, transitions, success: true }] }),
  );
  return renders;
}

const cached = new Map<DomainName, Record<string, string>>();

function domainHashes(probe: (typeof PROBES)[number]): Record<string, string> {
  const name = probe.domain.name;
  if (!cached.has(name)) {
    const renders = probeRenders(probe);
    const hash = (template: Template) => stableHash(renders[template]).slice(0, 16);
    cached.set(name, { [`synthesizer/init/${name}`]: hash("init"), [`synthesizer/refine/${name}`]: hash("refine"), [`synthesizer/optimism/${name}`]: hash("optimism") });
  }
  return cached.get(name)!;
}

/**
 * A stable fingerprint of every prompt the synthesizer sends, per template and domain: each
 * template is rendered on fixed probe inputs of the domain and the messages are hashed
 * (`synthesizer/refine/sokoban`, …; `synthesizer/system` for the system prompt). Any change of
 * wording changes the hash of the template it is in, whatever the build (sources or dist), which
 * is what a run manifest needs to tell comparable runs from incomparable ones; a change to one
 * domain's rendering leaves the other domains' hashes alone. `domains` limits it to the domains a
 * run plays (default: all).
 */
export function promptTemplateHashes(domains?: readonly DomainName[]): Record<string, string> {
  const hashes: Record<string, string> = { "synthesizer/system": stableHash(SYSTEM_PROMPT).slice(0, 16) };
  for (const probe of PROBES) if (!domains || domains.includes(probe.domain.name)) Object.assign(hashes, domainHashes(probe));
  return hashes;
}
