import { stableHash, type InitialCondition, type Transition } from "@worldcoder/core";
import type { FitMismatch, PlanOptions, PlanResult, Sandbox, SandboxFailure } from "@worldcoder/sandbox";

/** How one program fares on the specification: the data, then optimism. */
export interface ProgramEvaluation {
  /** Fraction of transitions reproduced exactly; 0 when the program does not even load. */
  fitScore: number;
  explained: boolean[];
  mismatches: FitMismatch[];
  /** Set when the program failed to load or run as a whole (syntax, missing function, time-out). */
  loadError: string | null;
  /** The sandbox's own report of the first failure, loading or planning: the agent tells limits broken from bugs by its kind. */
  failure: SandboxFailure | null;
  /** Per initial condition: solved by some planner (only computed when every transition fits). */
  solved: boolean[] | null;
  /** For each unsolved initial condition, what the planner reported. */
  searchSummaries: string[];
  /** Fraction of initial conditions solved (0 until computed). */
  planRatio: number;
  optimistic: boolean;
  /** Fits every transition and is optimistic: the whole specification. */
  perfect: boolean;
}

function summarize(result: PlanResult): string {
  if (result.status === "exhausted") {
    return `searched ${result.expansions} states (its budget) without finding such a sequence`;
  }
  if (result.status === "no-plan") {
    return `explored every state reachable with your transition function (${result.expansions} states) without finding such a sequence`;
  }
  return "solved";
}

/**
 * Scores a program: fit on every stored transition; then, only when all fit (planning is the
 * expensive part), the optimism check from every stored initial condition, trying each planner
 * setting in order on the conditions the previous ones left unsolved.
 */
export async function evaluateProgram(
  sandbox: Sandbox,
  program: string,
  transitions: readonly Transition[],
  initials: readonly InitialCondition[],
  plannersFor: (initial: InitialCondition) => readonly PlanOptions[],
  options: {
    checkOptimism: boolean;
    /**
     * Keys of (program, initial condition) pairs already solved: planning is deterministic, so a
     * program that solved a start once solves it again, and the check skips it (the original keeps
     * a plan cache for the same reason).
     */
    solvedCache?: Set<string>;
  },
): Promise<ProgramEvaluation> {
  const fit = transitions.length === 0 ? null : await sandbox.fit(program, transitions);
  const evaluation: ProgramEvaluation = {
    fitScore: 1,
    explained: [],
    mismatches: [],
    loadError: null,
    failure: null,
    solved: null,
    searchSummaries: [],
    planRatio: 0,
    optimistic: false,
    perfect: false,
  };
  if (fit !== null) {
    if (!fit.ok) {
      return { ...evaluation, fitScore: 0, explained: transitions.map(() => false), loadError: `${fit.kind}: ${fit.message}`, failure: fit };
    }
    evaluation.fitScore = fit.score;
    evaluation.explained = fit.explained;
    evaluation.mismatches = fit.mismatches;
  }
  if (evaluation.fitScore < 1) return evaluation;
  if (!options.checkOptimism || initials.length === 0) {
    return { ...evaluation, solved: [], planRatio: 1, optimistic: true, perfect: true };
  }
  const cache = options.solvedCache;
  const keys = cache ? initials.map((i) => stableHash({ program, state: i.state, goal: i.goal.text })) : [];
  const solved = initials.map((_, i) => cache?.has(keys[i]!) ?? false);
  const summaries = initials.map(() => "not searched");
  // Starts that share planner settings are checked in one sandbox job; settings are tried in order.
  const settings = initials.map((i) => plannersFor(i));
  const rounds = Math.max(0, ...settings.map((p) => p.length));
  for (let round = 0; round < rounds; round++) {
    const groups = new Map<string, { options: PlanOptions; indices: number[] }>();
    initials.forEach((_, i) => {
      const options = settings[i]![round];
      if (solved[i] || options === undefined) return;
      const key = JSON.stringify(options);
      const group = groups.get(key) ?? { options, indices: [] };
      group.indices.push(i);
      groups.set(key, group);
    });
    let crashed = false;
    for (const { options: planner, indices } of groups.values()) {
      const result = await sandbox.checkOptimism(
        program,
        indices.map((i) => initials[i]!),
        planner,
      );
      if (!result.ok) {
        for (const i of indices) summaries[i] = `your program failed while planning (${result.kind}: ${result.message})`;
        evaluation.failure ??= result;
        crashed = true;
        continue;
      }
      result.plans.forEach((plan, k) => {
        const i = indices[k]!;
        if (plan.status === "solved") solved[i] = true;
        else summaries[i] = summarize(plan);
      });
    }
    // A program that crashes while planning is not optimistic; other planners would crash alike.
    if (crashed) break;
  }
  if (cache) solved.forEach((ok, i) => ok && cache.add(keys[i]!));
  const count = solved.filter(Boolean).length;
  const optimistic = count === initials.length;
  return {
    ...evaluation,
    solved,
    searchSummaries: summaries,
    planRatio: count / initials.length,
    optimistic,
    perfect: optimistic,
  };
}

/**
 * REx's heuristic with the plan objective: d·h_data + (1 − d)·h_plan, where d weighs the data by
 * how many transitions there are against how many start states must be planned from.
 */
export function heuristicOf(e: ProgramEvaluation, transitions: number, initials: number): number {
  if (initials === 0) return e.fitScore;
  const d = transitions / (transitions + initials);
  return d * e.fitScore + (1 - d) * e.planRatio;
}
