import { stableHash, type State, type Transition } from "@worldcoder/core";
import type { ChatMessage } from "@worldcoder/llm";
import { alfworldDomain } from "../domains/alfworld.js";
import type { DomainSpec } from "../domains/domain.js";
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

function probeRenders(): Record<"init" | "refine" | "optimism", ChatMessage[][]> {
  const renders = { init: [] as ChatMessage[][], refine: [] as ChatMessage[][], optimism: [] as ChatMessage[][] };
  for (const { domain, states, action, goal } of PROBES) {
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
  }
  return renders;
}

let cached: Record<string, string> | null = null;

/**
 * A stable fingerprint of every prompt the synthesizer sends, per template: each template is
 * rendered on fixed probe inputs of every domain and the messages are hashed. Any change of
 * wording changes the hash of the template it is in, whatever the build (sources or dist),
 * which is what a run manifest needs to tell comparable runs from incomparable ones.
 */
export function promptTemplateHashes(): Record<string, string> {
  if (cached) return { ...cached };
  const renders = probeRenders();
  cached = {
    "synthesizer/system": stableHash(SYSTEM_PROMPT).slice(0, 16),
    "synthesizer/init": stableHash(renders.init).slice(0, 16),
    "synthesizer/refine": stableHash(renders.refine).slice(0, 16),
    "synthesizer/optimism": stableHash(renders.optimism).slice(0, 16),
  };
  return { ...cached };
}
