import { ReplayBuffer } from "@worldcoder/core";
import type { GoalExample } from "@worldcoder/synthesizer";

/**
 * What the agent carries from task to task within one domain: every transition and episode start
 * it has seen, the current program (and whether it satisfied the specification when last checked),
 * and the goals met so far with a trajectory each.
 */
export class DomainMemory {
  readonly buffer = new ReplayBuffer();
  program: string | null = null;
  accepted = false;
  readonly goalLibrary: GoalExample[] = [];
  /** Buffer size when the last synthesis failed to accept a program (null: none failed since). */
  failedAtSize: number | null = null;
  /** (program, start) pairs the optimism check already solved. */
  readonly solvedCache = new Set<string>();
  /** Counts syntheses, to fork one RNG stream per synthesis. */
  syntheses = 0;
}
