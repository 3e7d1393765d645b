import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ProgramVersion, TaskResult } from "@worldcoder/agents";
import type { JobRecord } from "../runner/results-schema.js";
import { buildReport } from "./build.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";

const baselinesDir = fileURLToPath(new URL("../../../baselines", import.meta.url));

const version = (v: Partial<ProgramVersion> & Pick<ProgramVersion, "id" | "parent" | "origin">): ProgramVersion => ({
  llmCall: v.id + 1, envStep: 10, fit: 1, transitions: 10, optimism: null, accepted: false, loadError: null, rechecks: [], mispredictedAt: [], source: null, diff: null, ...v,
});

/** A root that fits but fails optimism, its accepted optimism child, and a refinement that did not load. */
const HISTORY: ProgramVersion[] = [
  version({ id: 0, parent: null, origin: "init", optimism: { solved: 0, starts: 1 }, source: "function transition(s) { return s; }\n" }),
  version({ id: 1, parent: 0, origin: "optimism", optimism: { solved: 1, starts: 1 }, accepted: true, diff: "--- v0\n+++ v1\n@@ -1,1 +1,1 @@\n-function transition(s) { return s; }\n+function transition(s) { return step(s); }\n" }),
  version({ id: 2, parent: 0, origin: "refine", fit: 0, loadError: "syntax: Unexpected token", diff: "--- v0\n+++ v2\n@@ -1,1 +1,1 @@\n-function transition(s) { return s; }\n+function transition(s) {\n" }),
];

function record(history: ProgramVersion[] | undefined): JobRecord {
  const task = {
    envId: "Sokoban-v0", episodes: [{ envId: "Sokoban-v0", seed: 0, steps: 30, success: true, return: 10, llmCalls: 3 }], envSteps: 30, successes: 1,
    llmCalls: 3, promptTokens: 100, completionTokens: 100, dollars: 0.1, envStepsToFirstModel: 10, envStepsToFirstReward: 30, episodesToFirstSuccess: 1,
    llmCallsAfterLearning: 0, actionsAfterLearning: 20, program: "p", programLines: 1, refinements: 2, invalidActions: 0, stopReason: null,
    ...(history ? { programHistory: history, optimismRejections: 1, envStepsToCorrectModel: 10 } : {}),
  } as TaskResult;
  return { schema: 1, suite: "x", suiteHash: "h", jobId: "worldcoder/sokoban/0", index: 0, agent: "worldcoder", track: "sokoban", seed: 0, status: "ok", error: null, llm: null, tasks: [task] };
}

describe("learning section of the report", () => {
  it("counts programs tried, refinements, optimism rejections and the steps to the first and the correct model", () => {
    const report = buildReport([record(HISTORY)], { baselinesDir });
    expect(report.learning).toHaveLength(1);
    expect(report.learning[0]).toMatchObject({ jobId: "worldcoder/sokoban/0", envId: "Sokoban-v0", programsTried: 3, refinements: 2, optimismRejections: 1, envStepsToFirstModel: 10, envStepsToCorrectModel: 10 });
    expect(renderMarkdown(report)).toContain("| worldcoder/sokoban/0 | Sokoban-v0 | 3 | 2 | 1 | 10 | 10 |");
    expect(renderMarkdown(report)).toContain("- v1 optimism of v0 (LLM call 2, step 10): fit 1.000 of 10, optimism 1/1 passed, accepted");
  });

  it("draws the refinement tree in HTML: children under their parent, marked diffs, prev/next links", () => {
    const html = renderHtml(buildReport([record(HISTORY)], { baselinesDir }), { successByEnv: new Map(), tokensPerSolved: null } as never);
    const tree = html.slice(html.indexOf('<h2 id="learning">'), html.indexOf('<h2 id="programs">'));
    // v1 and v2 sit in the list under v0's node, in the order they were produced.
    expect(tree).toMatch(/<details id="learn-0-v0">.*?<\/details><ul class="tree"><li><details id="learn-0-v1">.*<li><details id="learn-0-v2">/s);
    expect(tree).toMatch(/id="learn-0-v0"><summary><b>v0<\/b><span class="badge">init<\/span>.*optimism 0\/1 ✗/);
    expect(tree).toMatch(/id="learn-0-v1">.*accepted ✓/);
    expect(tree).toContain('<span class="del">-function transition(s) { return s; }</span><span class="add">+function transition(s) { return step(s); }</span>');
    expect(tree).toContain('<a href="#learn-0-v0">◀ v0</a><a href="#learn-0-v2">v2 ▶</a>');
    expect(tree).toContain("did not load");
    // The one script is inline; nothing leaves the page.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it("leaves the section out for results written before program histories were kept", () => {
    const report = buildReport([record(undefined)], { baselinesDir });
    expect(report.learning).toEqual([]);
    expect(renderMarkdown(report)).not.toContain("## Learning");
  });
});
