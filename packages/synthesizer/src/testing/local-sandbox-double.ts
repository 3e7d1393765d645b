import { canonicalJson, jsonEqual, type Action, type InitialCondition, type JsonValue, type State, type Transition } from "@worldcoder/core";
import type {
  FitResult,
  OptimismResult,
  PlanOptions,
  PlanResult,
  Sandbox,
  SandboxFailure,
  SandboxResult,
} from "@worldcoder/sandbox";
import { describeDiff } from "../state-diff.js";

interface Loaded {
  transition(state: State, action: Action): State;
  reward(state: State, action: Action, nextState: State, goal: string): { reward: number; done: boolean };
}

/**
 * A test double of the sandbox: runs trusted test programs in-process with `new Function` and plans
 * with a plain breadth-first search. No isolation whatsoever — for tests only, never for LLM code.
 * It counts its jobs so tests can assert what was (not) run.
 */
export class LocalSandboxDouble implements Sandbox {
  readonly jobs = { fit: 0, plan: 0, checkOptimism: 0, evaluate: 0 };

  private load(program: string): Loaded | SandboxFailure {
    try {
      const factory = new Function(
        `${program}\nreturn { transition: typeof transition === "function" ? transition : undefined, reward: typeof reward === "function" ? reward : undefined };`,
      ) as () => Partial<Loaded>;
      const m = factory();
      if (!m.transition || !m.reward) return { ok: false, kind: "missing-function", message: "transition or reward is missing" };
      return m as Loaded;
    } catch (error) {
      return { ok: false, kind: "syntax", message: String(error) };
    }
  }

  async fit(program: string, transitions: readonly Transition[]): Promise<SandboxResult<FitResult>> {
    this.jobs.fit += 1;
    const m = this.load(program);
    if ("ok" in m) return m;
    const explained: boolean[] = [];
    const mismatches: FitResult["mismatches"] = [];
    let partial = 0;
    transitions.forEach((t, index) => {
      try {
        const nextState = clone(m.transition(clone(t.state), t.action));
        const r = m.reward(clone(t.state), t.action, clone(t.nextState), t.goal.text);
        const okState = jsonEqual(nextState, t.nextState);
        const okReward = Math.abs(r.reward - t.reward) <= 1e-6;
        const okDone = r.done === t.done;
        partial += (Number(okState) + Number(okReward) + Number(okDone)) / 3;
        const ok = okState && okReward && okDone;
        explained.push(ok);
        if (!ok) {
          mismatches.push({
            index,
            transition: t,
            predicted: { nextState, reward: r.reward, done: r.done },
            diff: okState ? `reward/done: expected ${t.reward}/${t.done}, predicted ${r.reward}/${r.done}` : describeDiff(nextState, t.nextState),
          });
        }
      } catch (error) {
        explained.push(false);
        mismatches.push({ index, transition: t, predicted: { error: String(error) }, diff: String(error) });
      }
    });
    const n = transitions.length;
    return {
      ok: true,
      score: n === 0 ? 1 : explained.filter(Boolean).length / n,
      explained,
      partialScore: n === 0 ? 1 : partial / n,
      mismatches,
    };
  }

  async plan(program: string, state: State, goal: string, options: PlanOptions): Promise<SandboxResult<PlanResult>> {
    this.jobs.plan += 1;
    const m = this.load(program);
    if ("ok" in m) return m;
    try {
      return bfs(m, state, goal, options);
    } catch (error) {
      return { ok: false, kind: "thrown", message: String(error) };
    }
  }

  async checkOptimism(
    program: string,
    initials: readonly InitialCondition[],
    options: PlanOptions,
  ): Promise<SandboxResult<OptimismResult>> {
    this.jobs.checkOptimism += 1;
    const m = this.load(program);
    if ("ok" in m) return m;
    const plans: PlanResult[] = [];
    try {
      for (const i of initials) plans.push(bfs(m, i.state, i.goal.text, options));
    } catch (error) {
      return { ok: false, kind: "thrown", message: String(error) };
    }
    return { ok: true, optimistic: plans.every((p) => p.status === "solved"), plans };
  }

  async evaluate(
    program: string,
    state: State,
    action: Action,
    goal: string,
  ): Promise<SandboxResult<{ ok: true; nextState: JsonValue; reward: number; done: boolean }>> {
    this.jobs.evaluate += 1;
    const m = this.load(program);
    if ("ok" in m) return m;
    try {
      const nextState = clone(m.transition(clone(state), action));
      const r = m.reward(clone(state), action, nextState, goal);
      return { ok: true, nextState, reward: r.reward, done: r.done };
    } catch (error) {
      return { ok: false, kind: "thrown", message: String(error) };
    }
  }

  async close(): Promise<void> {}
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function bfs(m: Loaded, start: State, goal: string, options: PlanOptions): PlanResult {
  const maxDepth = options.budget.maxDepth ?? Number.POSITIVE_INFINITY;
  const seen = new Set([canonicalJson(start)]);
  let frontier: { state: State; actions: Action[] }[] = [{ state: start, actions: [] }];
  let expansions = 0;
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const node of frontier) {
      if (expansions >= options.budget.maxExpansions) return { ok: true, status: "exhausted", actions: [], expansions, finalReward: null };
      if (node.actions.length >= maxDepth) continue;
      expansions += 1;
      for (const action of options.actions) {
        const s2 = clone(m.transition(clone(node.state), action));
        const r = m.reward(node.state, action, s2, goal);
        const actions = [...node.actions, action];
        if (r.reward > 0 && r.done) return { ok: true, status: "solved", actions, expansions, finalReward: r.reward };
        if (r.done) continue;
        const key = canonicalJson(s2);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push({ state: s2, actions });
      }
    }
    frontier = next;
  }
  return { ok: true, status: "no-plan", actions: [], expansions, finalReward: null };
}
