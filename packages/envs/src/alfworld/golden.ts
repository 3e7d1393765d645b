import { readFileSync } from "node:fs";
import { type AlfworldTranscript, deriveSceneFromTranscript } from "./derive.js";
import { AlfworldEnv } from "./env.js";
import { alfworldIdForTaskType } from "./ids.js";

/** Where a replay first differed from the transcript. */
export interface AlfworldMismatch {
  record: string;
  /** Index into `steps`, or -1 for the initial observation. */
  step: number;
  field: "observation" | "won" | "derive";
  expected: unknown;
  actual: unknown;
}

export interface AlfworldVerification {
  /** Per registered env id (one per task type). */
  byEnv: Record<string, { records: number; recordsMatched: number; steps: number; stepsMatched: number }>;
  records: number;
  recordsMatched: number;
  steps: number;
  stepsMatched: number;
  firstMismatch: AlfworldMismatch | null;
}

/** Reads a `react_alfworld_*.jsonl` file. */
export function readAlfworldTranscripts(path: string): AlfworldTranscript[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as AlfworldTranscript);
}

/**
 * Replays every transcript in the scene derived from it (ReAct presentation) and compares the
 * initial observation, every step's observation, and that the task is won at the last step and not
 * before. Thoughts are stepped too: the harness sent them to the env and showed "OK.".
 */
export function verifyAlfworldTranscripts(records: readonly AlfworldTranscript[]): AlfworldVerification {
  const result: AlfworldVerification = {
    byEnv: {},
    records: 0,
    recordsMatched: 0,
    steps: 0,
    stepsMatched: 0,
    firstMismatch: null,
  };
  for (const record of records) {
    const envId = alfworldIdForTaskType(record.task_type);
    const group = (result.byEnv[envId] ??= { records: 0, recordsMatched: 0, steps: 0, stepsMatched: 0 });
    group.records++;
    result.records++;
    group.steps += record.steps.length;
    result.steps += record.steps.length;
    const mismatch = replay(record, (n) => {
      group.stepsMatched += n;
      result.stepsMatched += n;
    });
    if (mismatch) {
      result.firstMismatch ??= mismatch;
    } else {
      group.recordsMatched++;
      result.recordsMatched++;
    }
  }
  return result;
}

/**
 * One source prompt (`act_examine_0`) keeps an "OK. " line after the task line, the answer to a
 * thought deleted from an Act prompt; it is prompt text, not env output.
 */
function withoutThoughtLeftovers(observation: string): string {
  const lines = observation.split("\n");
  while (lines.length > 2 && lines[lines.length - 1].trim() === "OK.") lines.pop();
  return lines.join("\n");
}

function replay(record: AlfworldTranscript, matched: (n: number) => void): AlfworldMismatch | null {
  let env: AlfworldEnv;
  try {
    env = new AlfworldEnv({ id: "ALFWorld-Scene-v0", scene: deriveSceneFromTranscript(record), maxSteps: Infinity });
  } catch (error) {
    return { record: record.id, step: -1, field: "derive", expected: "a scene", actual: String(error) };
  }
  const start = env.reset().observation;
  const expectedStart = withoutThoughtLeftovers(record.initial_observation);
  if (start !== expectedStart) {
    return { record: record.id, step: -1, field: "observation", expected: expectedStart, actual: start };
  }
  for (let i = 0; i < record.steps.length; i++) {
    const expected = record.steps[i];
    const got = env.step(expected.action);
    if (got.observation !== expected.observation) {
      return { record: record.id, step: i, field: "observation", expected: expected.observation, actual: got.observation };
    }
    const last = i === record.steps.length - 1;
    if (got.terminated !== last) {
      return { record: record.id, step: i, field: "won", expected: last, actual: got.terminated };
    }
    matched(1);
  }
  return null;
}
