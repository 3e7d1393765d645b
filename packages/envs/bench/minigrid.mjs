// Prints MiniGrid steps and resets per second (run after `pnpm build`): node bench/minigrid.mjs
// Random actions from a fixed LCG; an episode that ends is reset without a seed, as in the traces.
import { makeMinigridEnv, minigridSymbolicState } from "../dist/index.js";

const IDS = ["MiniGrid-Empty-8x8-v0", "MiniGrid-DoorKey-8x8-v0", "MiniGrid-KeyCorridorS3R1-v0", "MiniGrid-MultiRoom-N2-S4-v0", "MiniGrid-Fetch-6x6-N2-v0"];

function time(fn) {
  fn(); // warm-up
  const t0 = process.hrtime.bigint();
  const n = fn();
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}

for (const id of IDS) {
  const env = makeMinigridEnv(id);
  const steps = time(() => {
    env.reset(0);
    let a = 12345;
    const N = 200_000;
    for (let i = 0; i < N; i++) {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      const r = env.step((a >>> 16) % 7);
      if (r.terminated || r.truncated) env.reset();
    }
    return N;
  });
  const resets = time(() => {
    env.reset(0);
    const N = 20_000;
    for (let i = 0; i < N; i++) env.reset();
    return N;
  });
  const symbolic = time(() => {
    env.reset(0);
    const N = 100_000;
    let s = 0;
    for (let i = 0; i < N; i++) s += minigridSymbolicState(env).walls.length;
    return N;
  });
  console.log(
    `${id.padEnd(32)} step ${(steps / 1e3).toFixed(0).padStart(6)} k/s   reset ${(resets / 1e3).toFixed(1).padStart(6)} k/s   symbolicState ${(symbolic / 1e3).toFixed(0).padStart(5)} k/s`,
  );
}
