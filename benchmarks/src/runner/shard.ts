import { UserInputError } from "@worldcoder/core";

/** Shard k of n, 1-based as in `--shard 2/4` (vitest and Playwright count the same way). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UserInputError("BAD_SHARD", `--shard must be k/n with 1 <= k <= n (e.g. 2/4), got "${text}"`);
  }
  return { index, count };
}

/**
 * Round-robin over the job order: deterministic, needs no coordination, and spreads each
 * agent's tracks over the shards so shards take similar time.
 */
export function inShard<T extends { index: number }>(jobs: readonly T[], shard: Shard): T[] {
  return jobs.filter((job) => job.index % shard.count === shard.index - 1);
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
