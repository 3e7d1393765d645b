import { existsSync, readFileSync } from "node:fs";
import type { Action, Transition } from "@worldcoder/core";
import { UserInputError } from "@worldcoder/core";
import { makeEnv } from "@worldcoder/envs";
import { createSandbox, type SandboxErrorKind } from "@worldcoder/sandbox";

export interface ModelCheckOptions {
  file: string;
  envId: string;
  backend: "ses" | "quickjs";
  steps: number;
  seed: number;
  timeoutMs: number;
}

export interface ModelCheckReport {
  /** The program loaded and ran (fit and throughput jobs both finished). */
  ok: boolean;
  file: string;
  envId: string;
  backend: "ses" | "quickjs";
  seed: number;
  error: { stage: "load" | "fit" | "throughput"; kind: SandboxErrorKind; message: string } | null;
  fit: { transitions: number; explained: number; score: number; partialScore: number; firstMismatches: string[] } | null;
  throughput: { steps: number; transitionsPerSecond: number } | null;
}

const THROUGHPUT_STEPS = 20_000;

function rng(seed: number): () => number {
  let s = (seed ^ 0x9e3779b9) >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A seeded random rollout of the real env; a new episode starts whenever one ends. */
function rollout(envId: string, seed: number, steps: number): { transitions: Transition[]; actions: Action[] } {
  const env = makeEnv(envId);
  if (env.actionSpace.kind !== "discrete") {
    throw new UserInputError("MODEL_CHECK_ACTIONS", `${envId} has text actions; model check needs a discrete action space`);
  }
  const actions = Array.from({ length: env.actionSpace.n }, (_, i) => i);
  const random = rng(seed);
  const transitions: Transition[] = [];
  env.reset(seed);
  for (let i = 0; i < steps; i++) {
    const state = env.symbolicState();
    const goal = env.goal();
    const action = actions[Math.floor(random() * actions.length)];
    const step = env.step(action);
    transitions.push({ state, action, reward: step.reward, nextState: env.symbolicState(), goal, done: step.terminated });
    if (step.terminated || step.truncated) env.reset();
  }
  return { transitions, actions };
}

/** Loads a program in the sandbox and runs it on a rollout of the real env. Never throws for a bad program. */
export async function checkModel(options: ModelCheckOptions): Promise<ModelCheckReport> {
  if (!existsSync(options.file)) throw new UserInputError("MODEL_FILE", `no program file at ${options.file}`);
  const program = readFileSync(options.file, "utf8");
  const { transitions, actions } = rollout(options.envId, options.seed, options.steps);
  const report: ModelCheckReport = {
    ok: false,
    file: options.file,
    envId: options.envId,
    backend: options.backend,
    seed: options.seed,
    error: null,
    fit: null,
    throughput: null,
  };
  const sandbox = createSandbox({ backend: options.backend, timeoutMs: options.timeoutMs });
  try {
    const loaded = await sandbox.load(program);
    if (!loaded.ok) {
      report.error = { stage: "load", kind: loaded.kind, message: loaded.message };
      return report;
    }
    const fit = await sandbox.fit(program, transitions);
    if (!fit.ok) {
      report.error = { stage: "fit", kind: fit.kind, message: fit.message };
      return report;
    }
    report.fit = {
      transitions: transitions.length,
      explained: fit.explained.filter(Boolean).length,
      score: fit.score,
      partialScore: fit.partialScore,
      firstMismatches: fit.mismatches.slice(0, 3).map((m) => `transition ${m.index} (action ${m.transition.action}):\n${m.diff}`),
    };
    const start = transitions[0].state;
    const walk = await sandbox.rollout(program, start, transitions[0].goal.text, { steps: THROUGHPUT_STEPS, actions, seed: options.seed });
    if (!walk.ok) {
      report.error = { stage: "throughput", kind: walk.kind, message: walk.message };
      return report;
    }
    report.throughput = { steps: walk.steps, transitionsPerSecond: walk.transitionsPerSecond };
    report.ok = true;
    return report;
  } finally {
    await sandbox.close();
  }
}

export function formatModelCheck(r: ModelCheckReport): string {
  const lines = [`${r.file} on ${r.envId} (seed ${r.seed}, ${r.backend} sandbox)`];
  if (r.fit) {
    lines.push(
      `  fit: ${r.fit.explained}/${r.fit.transitions} transitions explained (${(100 * r.fit.score).toFixed(1)} %; ` +
        `state/reward/done agreement ${(100 * r.fit.partialScore).toFixed(1)} %)`,
    );
    for (const m of r.fit.firstMismatches) lines.push(...m.split("\n").map((l, i) => (i === 0 ? `  ✗ ${l}` : `      ${l}`)));
  }
  if (r.throughput) lines.push(`  throughput: ${Math.round(r.throughput.transitionsPerSecond).toLocaleString("en-US")} transitions/s in the sandbox`);
  if (r.error) lines.push(`  error while ${r.error.stage === "load" ? "loading" : r.error.stage === "fit" ? "fitting" : "measuring"} (${r.error.kind}): ${r.error.message}`);
  lines.push(r.ok ? "  ok: the program loads and runs" : "  failed: the program does not load or run");
  return `${lines.join("\n")}\n`;
}
