// Random-action steps per second for every domain, on the built package (run `pnpm build` first):
//   pnpm --filter @worldcoder/envs bench
// "TS steps/s" includes the resets (Sokoban's room generation dominates it); "w/o resets" leaves
// them out. Same workload for each env: uniformly random actions from a fixed LCG (ALFWorld: a random
// admissible command, as agents pick them), reset without a seed when an episode ends. When
// python3 can import the originals (numpy, gymnasium, minigrid, gym_sokoban), bench/perf_python.py
// runs the same loop on them and the ratio is printed; otherwise the missing modules are named.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { makeEnv } from "../dist/index.js";

const SECONDS = Number(process.env.ENVS_BENCH_SECONDS ?? 1);
const CASES = [
  { id: "Sokoban-v0", domain: "sokoban" },
  { id: "MiniGrid-Empty-8x8-v0", domain: "minigrid" },
  { id: "MiniGrid-DoorKey-8x8-v0", domain: "minigrid" },
  { id: "MiniGrid-MultiRoom-N2-S4-v0", domain: "minigrid" },
  { id: "ALFWorld-PickHeatThenPlace-v0", domain: "alfworld" },
  { id: "ALFWorld-PickTwoObjAndPlace-v0", domain: "alfworld" },
];

/** Steps per second of random play, timed for about SECONDS after a short warm-up. */
function measure(id) {
  const env = makeEnv(id);
  env.reset(0);
  let a = 12345;
  const next = (n) => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return (a >>> 16) % n;
  };
  const text = env.actionSpace.kind === "text";
  const n = text ? 0 : env.actionSpace.n;
  let steps = 0;
  let resets = 0;
  let resetNs = 0n;
  const run = (count) => {
    for (let i = 0; i < count; i++) {
      let action;
      if (text) {
        const commands = env.admissibleCommands();
        action = commands[next(commands.length)];
      } else {
        action = next(n);
      }
      const r = env.step(action);
      if (r.terminated || r.truncated) {
        const t = process.hrtime.bigint();
        env.reset();
        resetNs += process.hrtime.bigint() - t;
        resets++;
      }
    }
    steps += count;
  };
  run(1000);
  steps = 0;
  resets = 0;
  resetNs = 0n;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < SECONDS) {
    run(1000);
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  const resetSeconds = Number(resetNs) / 1e9;
  return {
    steps: steps / elapsed,
    stepsOnly: steps / (elapsed - resetSeconds),
    resets,
    msPerReset: resets ? (resetSeconds * 1e3) / resets : 0,
  };
}

function python() {
  const probe = spawnSync("python3", ["-c", "import numpy, gymnasium, minigrid, gym_sokoban"], { encoding: "utf8" });
  if (probe.error) return { missing: "python3 not found" };
  if (probe.status !== 0) {
    const missing = [];
    for (const mod of ["numpy", "gymnasium", "minigrid", "gym_sokoban"]) {
      if (spawnSync("python3", ["-c", `import ${mod}`]).status !== 0) missing.push(mod);
    }
    return { missing: `python3 lacks ${missing.join(", ")} (PyPI is not reachable here)` };
  }
  const script = fileURLToPath(new URL("./perf_python.py", import.meta.url));
  const run = spawnSync("python3", [script, String(SECONDS)], { encoding: "utf8" });
  if (run.status !== 0) return { missing: `perf_python.py failed: ${run.stderr.trim().split("\n").pop()}` };
  return { rates: JSON.parse(run.stdout) };
}

const py = python();
console.log(`random-action steps/s, ~${SECONDS}s per env (node ${process.version})`);
console.log(`${"env".padEnd(32)} ${"TS steps/s".padStart(12)} ${"w/o resets".padStart(12)} ${"resets".padStart(7)} ${"ms/reset".padStart(9)}${py.rates ? `${"Python steps/s".padStart(16)} ${"ratio".padStart(7)}` : ""}`);
for (const c of CASES) {
  const { steps, stepsOnly, resets, msPerReset } = measure(c.id);
  const fmt = (x) => Math.round(x).toLocaleString("en-US").padStart(12);
  let line = `${c.id.padEnd(32)} ${fmt(steps)} ${fmt(stepsOnly)} ${String(resets).padStart(7)} ${msPerReset.toFixed(3).padStart(9)}`;
  const p = py.rates?.[c.id];
  if (p) line += `${Math.round(p).toLocaleString("en-US").padStart(16)} ${`${(steps / p).toFixed(1)}x`.padStart(7)}`;
  console.log(line);
}
if (py.missing) console.log(`Python originals: not measured, ${py.missing}.`);
