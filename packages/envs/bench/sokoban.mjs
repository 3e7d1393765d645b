// Prints Sokoban steps, room generations and symbolic states per second (run after `pnpm build`):
//   node bench/sokoban.mjs
// Random actions from a fixed LCG on one room (stepping never draws random numbers); generation
// is timed over seeds 0..N-1 with gym-sokoban's retries included.
import { makeEnv } from "../dist/index.js";

function time(fn) {
  fn(); // warm-up
  const t0 = process.hrtime.bigint();
  const n = fn();
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}

function randomSteps(env, n) {
  env.reset(0);
  let a = 12345;
  for (let i = 0; i < n; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    env.step((a >>> 16) % 9);
  }
  return n;
}

for (const id of ["Sokoban-v0", "Sokoban-small-v0", "Sokoban-large-v0", "Boxoban-v0"]) {
  const fast = makeEnv(id, { observation: "none", maxSteps: 1e9 });
  const withGrid = makeEnv(id, { maxSteps: 1e9 });
  const raw = time(() => randomSteps(fast, 500_000));
  const symbolic = time(() => randomSteps(withGrid, 200_000));
  const states = time(() => {
    withGrid.reset(0);
    let s = 0;
    for (let i = 0; i < 200_000; i++) s += withGrid.symbolicState().grid.length;
    return 200_000;
  });
  let gen = "";
  if (id.startsWith("Sokoban")) {
    const seeds = Number(process.env.SOKOBAN_BENCH_SEEDS ?? 20);
    const t0 = process.hrtime.bigint();
    for (let s = 0; s < seeds; s++) fast.reset(s);
    gen = `   generate ${(Number(process.hrtime.bigint() - t0) / 1e6 / seeds).toFixed(1).padStart(6)} ms/room`;
  }
  console.log(
    `${id.padEnd(18)} step ${(raw / 1e6).toFixed(2)} M/s (observation none), ${(symbolic / 1e6).toFixed(2)} M/s (grid observation)` +
      `   symbolicState ${(states / 1e6).toFixed(2)} M/s${gen}`,
  );
}
