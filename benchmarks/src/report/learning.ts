import type { ProgramVersion } from "@worldcoder/agents";
import type { JobRecord } from "../runner/results-schema.js";

/** How one WorldCoder run learned one task: the counts of the report table and the program tree. */
export interface LearningRun {
  jobId: string;
  agent: string;
  track: string;
  seed: number;
  envId: string;
  /** Program versions produced on this task (re-checks of the same program not counted again). */
  programsTried: number;
  refinements: number | null;
  optimismRejections: number;
  envStepsToFirstModel: number | null;
  envStepsToCorrectModel: number | null;
  history: ProgramVersion[];
}

/**
 * Every task that kept a program history (WorldCoder's), in job order then task order. Results
 * written before histories existed have none and contribute nothing.
 */
export function learningRuns(records: readonly JobRecord[]): LearningRun[] {
  return records.flatMap((record) =>
    record.tasks.flatMap((task): LearningRun[] => {
      const history = task.programHistory;
      if (history === null || history === undefined) return [];
      return [
        {
          jobId: record.jobId,
          agent: record.agent,
          track: record.track,
          seed: record.seed,
          envId: task.envId,
          programsTried: history.length,
          refinements: task.refinements,
          optimismRejections: task.optimismRejections ?? 0,
          envStepsToFirstModel: task.envStepsToFirstModel,
          envStepsToCorrectModel: task.envStepsToCorrectModel ?? null,
          history,
        },
      ];
    }),
  );
}

export const LEARNING_COLUMNS = ["job", "env", "programs tried", "refinements", "optimism rejections", "env steps to first model", "env steps to correct model"] as const;

export function learningRow(run: LearningRun): string[] {
  const steps = (v: number | null) => (v === null ? "—" : String(v));
  return [run.jobId, run.envId, String(run.programsTried), run.refinements === null ? "—" : String(run.refinements), String(run.optimismRejections), steps(run.envStepsToFirstModel), steps(run.envStepsToCorrectModel)];
}

export const LEARNING_NOTE =
  "Programs tried: versions the synthesizer produced on the task (a program carried in from the previous task counts once, re-checks do not add versions). " +
  "Optimism rejections: scorings where a program fit every stored transition but no plan reached the goal's reward from some stored episode start. " +
  "Env steps to correct model: steps of the task until the program it ended with was accepted, provided it never mispredicted afterwards (— when the task ended without an accepted program).";

/** One line about a version: origin, when, fit, optimism, accepted. */
export function versionSummary(v: ProgramVersion): string {
  const when = v.llmCall === null ? `carried in, step ${v.envStep}` : `LLM call ${v.llmCall}, step ${v.envStep}`;
  const fit = v.loadError !== null ? `did not load (${v.loadError.split("\n")[0]!.slice(0, 80)})` : `fit ${v.fit.toFixed(3)} of ${v.transitions}`;
  const optimism = v.optimism === null ? "optimism not checked" : `optimism ${v.optimism.solved}/${v.optimism.starts}${v.optimism.solved === v.optimism.starts ? " passed" : " failed"}`;
  const mispredicted = v.mispredictedAt.length ? `, mispredicted at step ${v.mispredictedAt.join(", ")}` : "";
  return `v${v.id} ${v.origin}${v.parent === null ? "" : ` of v${v.parent}`} (${when}): ${fit}, ${optimism}${v.accepted ? ", accepted" : ", rejected"}${mispredicted}`;
}
