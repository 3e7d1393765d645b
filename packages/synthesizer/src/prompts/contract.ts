import type { DomainSpec } from "../domains/domain.js";

export const SYSTEM_PROMPT = [
  "You are an expert programmer who models the rules of deterministic environments as JavaScript programs.",
  "You read an agent's experiences in an environment and write code that predicts exactly what each action does,",
  "what reward it gives and whether the episode ends. Your program is run by a computer and checked for exact",
  "equality with what really happened, and a planner uses it to find actions that reach the goal.",
].join(" ");

/** The program contract: what the sandbox loads and how it is checked. */
export function programContract(domain: DomainSpec): string {
  return [
    "Write plain JavaScript (a script: no `import`, `export` or `require`; no I/O, no randomness, no global state)",
    "that defines exactly these two functions, plus any helpers you need:",
    "",
    "```javascript",
    "function transition(state, action) {",
    "  // state: a state in the format above (do not modify it: build and return a new object)",
    "  // action: the action taken",
    "  // returns: the next state, in exactly the same format",
    "}",
    "",
    "function reward(state, action, nextState, goal) {",
    "  // goal: the goal text of the episode (a string), e.g. the one shown above",
    "  // returns: { reward: <number>, done: <boolean> } for taking `action` in `state` and arriving in `nextState`",
    "}",
    "```",
    "",
    domain.rewardNote,
    "Checks: for every experience, `transition` must return a state equal to the observed next state (same keys,",
    "same values, same types; key order does not matter), `reward` must match the observed reward within 1e-6, and",
    "`done` must match exactly. A planner then searches action sequences with your two functions: from each start",
    "state it must be able to find a sequence whose last step your `reward` function scores with reward > 0 and",
    "done = true for that episode's goal.",
  ].join("\n");
}

export const REPLY_FORMAT =
  "Reply with your reasoning first (keep it short), then the complete program (both functions and all helpers) in one ```javascript code block. Only the last ```javascript block is used.";

export function environmentSection(domain: DomainSpec): string {
  return [
    `# The environment: ${domain.title}`,
    "",
    "## State format",
    domain.stateFormat,
    "",
    "## Actions",
    domain.actionList,
  ].join("\n");
}

export const EXPERIENCE_LEGEND =
  "Each experience starts from the state shown; every numbered step starts from the state the previous step produced. Under each action you see what changed (one line per changed field, `path: before -> after`; \"no change\" when the state stayed the same), then the reward and done.";
