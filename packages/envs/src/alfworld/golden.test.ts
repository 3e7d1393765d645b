import { join } from "node:path";
import { goldenDir } from "@worldcoder/core/testing";
import { describe, expect, it } from "vitest";
import { deriveSceneFromTranscript } from "./derive.js";
import { readAlfworldTranscripts, verifyAlfworldTranscripts } from "./golden.js";

const consistent = readAlfworldTranscripts(join(goldenDir(), "alfworld", "react_alfworld_consistent.jsonl"));

describe("ALFWorld golden transcripts", () => {
  it("replays all 37 consistent ReAct transcripts observation for observation", () => {
    const result = verifyAlfworldTranscripts(consistent);
    expect(result.firstMismatch).toBeNull();
    expect(result.records).toBe(37);
    expect(result.recordsMatched).toBe(37);
    expect(result.stepsMatched).toBe(result.steps);
    expect(Object.keys(result.byEnv)).toHaveLength(6);
  });

  it("derives shared locations from 'Nothing happens.' on go to and from look", () => {
    const record = consistent.find((r) => r.id.endsWith("#react_puttwo_2"))!;
    const scene = deriveSceneFromTranscript(record);
    const cab1 = scene.receptacles.find((r) => r.name === "cabinet 1")!;
    const cab2 = scene.receptacles.find((r) => r.name === "cabinet 2")!;
    expect(cab1.location).toBeDefined();
    expect(cab1.location).toBe(cab2.location);
  });

  it("reports the first differing observation of an edited transcript", () => {
    const record = structuredClone(consistent[0]);
    const step = record.steps.findIndex((s) => s.kind === "env" && s.action.startsWith("take "));
    record.steps[step].observation = "You pick up nothing.";
    const result = verifyAlfworldTranscripts([record]);
    expect(result.recordsMatched).toBe(0);
    expect(result.firstMismatch).toMatchObject({ record: record.id, step, field: "observation" });
  });

  it("names the unreadable part of a flagged transcript", () => {
    const flagged = readAlfworldTranscripts(join(goldenDir(), "alfworld", "react_alfworld_flagged.jsonl"));
    const result = verifyAlfworldTranscripts(flagged);
    expect(result.recordsMatched).toBeLessThan(flagged.length);
    expect(result.firstMismatch).not.toBeNull();
  });
});
