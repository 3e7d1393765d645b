import { applyPatch, createTwoFilesPatch } from "diff";
import { UserInputError } from "@worldcoder/core";
import type { ProgramNode } from "@worldcoder/synthesizer";
import type { ProgramScore, ProgramVersion } from "../types.js";

/** Where a synthesis ran, in the task's own counts. */
export interface SynthesisMoment {
  /** The task's env steps when the synthesis ran. */
  envStep: number;
  /** LLM calls the task had made before it. */
  llmCallsBefore: number;
  /** Transitions the programs were scored on. */
  transitions: number;
}

/**
 * Records, for one task, every program the synthesizer tried: pure bookkeeping beside the agent,
 * never read by it, so it cannot change what the agent asks or does.
 *
 * Each synthesis restarts its node ids and starts from the agent's current program as a "given"
 * node; that node is the same program as a version already recorded, so it becomes a re-check of
 * that version instead of a new one. Everything else becomes a new version, linked to the version
 * of its parent node.
 */
export class ProgramHistory {
  private readonly versions: ProgramVersion[] = [];
  private readonly sources: string[] = [];
  /** The version the agent holds as its program. */
  private current: number | null = null;
  /** Since when (env step) the current program has been accepted without a misprediction. */
  private correctSince: number | null = null;
  private correctVersion: number | null = null;
  private rejections = 0;

  /**
   * Folds one synthesis in: its nodes (all of them, or those scored before it threw), `kept` the
   * program the agent holds afterwards and whether that one is accepted.
   */
  record(nodes: readonly ProgramNode[], at: SynthesisMoment, kept: string | null, accepted: boolean): void {
    const idOf = new Map<number, number>();
    for (const node of nodes) idOf.set(node.id, this.add(node, idOf, at));
    const keptNode = nodes.find((n) => n.source === kept && idOf.has(n.id));
    if (keptNode) this.current = idOf.get(keptNode.id)!;
    if (!accepted) {
      this.correctSince = null;
      this.correctVersion = null;
    } else if (this.correctVersion !== this.current) {
      this.correctSince = at.envStep;
      this.correctVersion = this.current;
    }
  }

  /** The agent's program mispredicted a real transition at this env step of the task. */
  mispredicted(envStep: number): void {
    if (this.current !== null) this.versions[this.current]!.mispredictedAt.push(envStep);
    this.correctSince = null;
    this.correctVersion = null;
  }

  /** The history for TaskResult; `stillAccepted` is whether the task ended with an accepted program. */
  result(stillAccepted: boolean): { programHistory: ProgramVersion[]; optimismRejections: number; envStepsToCorrectModel: number | null } {
    return {
      programHistory: this.versions,
      optimismRejections: this.rejections,
      envStepsToCorrectModel: stillAccepted ? this.correctSince : null,
    };
  }

  private add(node: ProgramNode, idOf: ReadonlyMap<number, number>, at: SynthesisMoment): number {
    const score = scoreOf(node, at);
    if (this.isOptimismRejection(node, score)) this.rejections += 1;
    if (node.origin === "given" && this.current !== null && this.sources[this.current] === node.source) {
      this.versions[this.current]!.rechecks.push(score);
      return this.current;
    }
    const parent = node.parent === null ? null : (idOf.get(node.parent) ?? null);
    const id = this.versions.length;
    this.versions.push({
      id,
      parent,
      origin: node.origin,
      llmCall: node.llmCall === null ? null : at.llmCallsBefore + node.llmCall,
      ...score,
      loadError: node.evaluation.loadError,
      rechecks: [],
      mispredictedAt: [],
      source: parent === null ? node.source : null,
      diff: parent === null ? null : programDiff(this.sources[parent]!, node.source, parent, id),
    });
    this.sources.push(node.source);
    return id;
  }

  private isOptimismRejection(node: ProgramNode, score: ProgramScore): boolean {
    return score.fit === 1 && node.evaluation.loadError === null && score.optimism !== null && !score.accepted;
  }
}

function scoreOf(node: ProgramNode, at: SynthesisMoment): ProgramScore {
  const e = node.evaluation;
  // An empty `solved` means the check was skipped (optimism off, or no stored start).
  const optimism = e.solved === null || e.solved.length === 0 ? null : { solved: e.solved.filter(Boolean).length, starts: e.solved.length };
  return { envStep: at.envStep, fit: e.fitScore, transitions: at.transitions, optimism, accepted: e.perfect };
}

/** Unified diff from the parent's source to the child's (3 lines of context), without jsdiff's `===` rule. */
export function programDiff(parentSource: string, childSource: string, parentId: number, childId: number): string {
  return createTwoFilesPatch(`v${parentId}`, `v${childId}`, parentSource, childSource, "", "", { context: 3 }).replace(/^=+\n/, "");
}

/** Every version's full source, rebuilt from the roots' sources by applying the diffs in order. */
export function programSources(history: readonly ProgramVersion[]): string[] {
  const sources: string[] = [];
  for (const version of history) {
    if (version.source !== null) {
      sources.push(version.source);
      continue;
    }
    const parent = version.parent === null ? undefined : sources[version.parent];
    const rebuilt = parent === undefined || version.diff === null ? false : applyPatch(parent, version.diff);
    if (rebuilt === false) throw new UserInputError("MALFORMED_PROGRAM_HISTORY", `program version ${version.id}: its diff does not apply to version ${version.parent}`);
    sources.push(rebuilt);
  }
  return sources;
}
