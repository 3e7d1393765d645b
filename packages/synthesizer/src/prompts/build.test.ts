import type { Transition } from "@worldcoder/core";
import { describe, expect, it } from "vitest";
import { sokobanDomain } from "../domains/sokoban.js";
import { initPrompt, optimismPrompt, refinePrompt } from "./build.js";
import { renderExperiences } from "./experiences.js";

const goal = { text: "push every box onto a target" };
const g0 = ["#####", "#@$.#", "#####"];
const g1 = ["#####", "# @*#", "#####"];
const step: Transition = { state: { grid: g0 }, action: 4, nextState: { grid: g1 }, reward: 10.9, done: true, goal };
const bump: Transition = { state: { grid: g0 }, action: 7, nextState: { grid: g0 }, reward: -0.1, done: false, goal };
const domain = sokobanDomain();

describe("prompts", () => {
  it("the first prompt is self-contained: format, actions by number, contract, diffs, reply format", () => {
    const [system, user] = initPrompt({ domain, transitions: [bump, step] });
    expect(system!.role).toBe("system");
    const text = user!.content;
    for (const part of ["`$` box", "4: push right", "function reward(state, action, nextState, goal)", "within 1e-6", "```javascript", '"push every box onto a target"']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('grid[1]: "#@$.#" -> "# @*#"');
    expect(text).toContain("reward 10.9, done true");
    // Diffs, not dumps: the after-state never appears as a full grid.
    expect(text).not.toContain('"# @*#",\n');
  });

  it("keeps the experiences under the budget, informative ones first", () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ ...bump, state: { grid: g0, i }, nextState: { grid: g0, i } }));
    const { text, shown } = renderExperiences([...many, step], domain, { maxChars: 1_500 });
    expect(text.length).toBeLessThanOrEqual(1_500);
    expect(shown).toContain(200);
    expect(shown.length).toBeLessThan(20);
  });

  it("the refine prompt shows at most 3 explained transitions and the one failure", () => {
    const transitions = [bump, bump, bump, bump, step];
    const [, user] = refinePrompt({
      domain,
      transitions,
      program: "function transition(s, a) { return s; }",
      explained: [0, 1, 2, 3],
      failure: { transition: step, predicted: { nextState: { grid: g0 }, reward: -0.1, done: false } },
    });
    expect((user!.content.match(/action 7 \(move left\)/g) ?? []).length).toBe(3);
    expect(user!.content).toContain("Wrong: reward (predicted -0.1, observed 10.9) and done (predicted false, observed true)");
  });

  it("the optimism prompt names the goal, the unsolved start and similar earlier goals", () => {
    const [, user] = optimismPrompt({
      domain,
      transitions: [bump],
      program: "function transition(s, a) { return s; }",
      initial: { state: { grid: g0 }, goal },
      searchSummary: "searched 10 states",
      unseenGoal: true,
      neighbours: [{ goal: "push the box", transitions: [step], success: true }],
    });
    expect(user!.content).toContain("most optimistic program");
    expect(user!.content).toContain("has not appeared in any experience");
    expect(user!.content).toContain('Earlier goal 1: "push the box" (reached)');
  });
});
