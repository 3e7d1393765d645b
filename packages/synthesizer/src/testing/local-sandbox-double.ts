import { canonicalJson, type Action, type InitialCondition, type JsonValue, type State, type Transition } from "@worldcoder/core";
import {
  scoreFit,
  type FitResult,
  type OptimismResult,
  type PlanOptions,
  type PlanResult,
  type Sandbox,
  type SandboxFailure,
  type SandboxResult,
} from "@worldcoder/sandbox";

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
    // Score exactly as the sandbox's worker does; the double only swaps the isolation for clones.
    return scoreFit(
      {
        transition: (state, action) => clone(m.transition(clone(state), action)),
        reward: (state, action, nextState, goal) => m.reward(clone(state), action, clone(nextState), goal),
        dispose: () => undefined,
      },
      transitions,
    );
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
