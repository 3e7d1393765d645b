import { stableHash } from "@worldcoder/core";
import { makeEnv } from "@worldcoder/envs";
import { domainFor, type DomainName } from "@worldcoder/synthesizer";
import { admissibleCommands } from "../shared/random-action.js";
import { outcomeText, startText } from "./few-shot/example.js";
import { fewShotExample } from "./few-shot/examples.js";
import { resolveReactOptions } from "./options.js";
import { REACT_SYSTEM_PROMPT, reactPrompt, type ReactTurn } from "./prompt.js";

/** One env per domain, at a seed outside the benchmark's, probed for the ReAct prompt. */
const PROBES: { domain: DomainName; envId: string; action: number | null }[] = [
  { domain: "sokoban", envId: "Sokoban-small-v0", action: 8 },
  { domain: "minigrid", envId: "MiniGrid-DoorKey-5x5-v0", action: 2 },
  { domain: "alfworld", envId: "ALFWorld-PickAndPlace-v0", action: null },
];

const cached = new Map<DomainName, string>();

/**
 * A stable fingerprint of what ReAct sends: its system prompt (`react/system`), and its step
 * prompt rendered for each domain (`react/step/<domain>`) from a real env start with the domain's
 * few-shot example, one valid turn and one invalid one, under the default options. Any change of
 * wording, example or default request parameter changes it. `domains` limits it to the domains a
 * run plays (default: all).
 */
export function reactPromptHashes(domains?: readonly DomainName[]): Record<string, string> {
  const hashes: Record<string, string> = { "react/system": stableHash(REACT_SYSTEM_PROMPT).slice(0, 16) };
  for (const probe of PROBES) {
    if (domains && !domains.includes(probe.domain)) continue;
    if (!cached.has(probe.domain)) cached.set(probe.domain, stepHash(probe));
    hashes[`react/step/${probe.domain}`] = cached.get(probe.domain)!;
  }
  return hashes;
}

function stepHash({ domain: name, envId, action }: (typeof PROBES)[number]): string {
  const options = resolveReactOptions();
  const env = makeEnv(envId);
  const reset = env.reset(2_000);
  const domain = domainFor(envId, env.actionSpace);
  const state = env.symbolicState();
  const admissible = admissibleCommands(reset.info);
  const command = action ?? admissible?.[0] ?? "look";
  const step = env.step(command);
  const next = env.symbolicState();
  const turns: ReactTurn[] = [
    { thought: "Move towards the goal.", action: command, outcome: outcomeText(domain, state, next, step.observation), reward: step.reward, done: step.terminated },
    { thought: "", action: null, outcome: "invalid answer: no action line; no action was taken", reward: null, done: null },
  ];
  const render = reactPrompt({
    domain,
    space: env.actionSpace,
    goal: env.goal().text,
    start: startText(domain, state, reset.observation),
    current: typeof reset.observation === "string" ? null : domain.renderState(next),
    turns,
    historySteps: options.historySteps,
    example: options.fewShot ? fewShotExample(name) : null,
    admissible: admissibleCommands(step.info),
  });
  return stableHash({ render, request: { temperature: options.temperature, maxTokens: options.maxTokens } }).slice(0, 16);
}
