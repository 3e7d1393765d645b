export { meanInterval, wilsonInterval, sampleSd, INTERVAL_METHOD, type MeanInterval, type RateInterval } from "./intervals.js";
export { pairedTest, signFlipP, seedsNeeded, tTestPower, ALPHA, POWER, MAX_EXACT_PAIRS, type PairedTest } from "./paired.js";
export { tQuantile, tCdf, Z_975 } from "./distributions.js";
