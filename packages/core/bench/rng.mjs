// Prints draws per second of the seeded RNGs (run after `pnpm build`): node bench/rng.mjs
import { NumpyGenerator, NumpyRandomState, PyRandom } from "../dist/index.js";

function rate(label, n, fn) {
  fn(Math.min(n, 10_000)); // warm-up
  const t0 = process.hrtime.bigint();
  const sink = fn(n);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(36)} ${(n / s / 1e6).toFixed(2).padStart(8)} M/s  (sink ${String(sink).slice(0, 8)})`);
}

const N = 2_000_000;
rate("NumpyGenerator.random()", N, (n) => { const g = NumpyGenerator.fromSeed(1); let s = 0; for (let i = 0; i < n; i++) s += g.random(); return s; });
rate("NumpyGenerator.integers(0, 7)", N, (n) => { const g = NumpyGenerator.fromSeed(1); let s = 0; for (let i = 0; i < n; i++) s += g.integers(0, 7); return s; });
rate("NumpyGenerator.fromSeed(i)", 100_000, (n) => { let s = 0; for (let i = 0; i < n; i++) s += NumpyGenerator.fromSeed(i).integers(0, 3); return s; });
rate("PyRandom.random()", N, (n) => { const r = new PyRandom(1); let s = 0; for (let i = 0; i < n; i++) s += r.random(); return s; });
rate("PyRandom.randint(1, 8)", N, (n) => { const r = new PyRandom(1); let s = 0; for (let i = 0; i < n; i++) s += r.randint(1, 8); return s; });
rate("NumpyRandomState.randint(50)", N, (n) => { const r = new NumpyRandomState(1); let s = 0; for (let i = 0; i < n; i++) s += r.randint(50); return s; });
