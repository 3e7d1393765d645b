import { canonicalJson } from "./canonical-json.js";
import type { Goal, InitialCondition, State, Transition } from "./types.js";

/**
 * Everything the agent has seen: every transition (duplicates kept once) and the initial
 * state and goal of every episode, which the optimism check plans from.
 */
export class ReplayBuffer {
  private readonly transitionList: Transition[] = [];
  private readonly transitionKeys = new Set<string>();
  private readonly initialList: InitialCondition[] = [];
  private readonly initialKeys = new Set<string>();

  /** Adds a transition; returns false when an identical one is already stored. */
  addTransition(transition: Transition): boolean {
    const key = canonicalJson(transition);
    if (this.transitionKeys.has(key)) return false;
    this.transitionKeys.add(key);
    this.transitionList.push(transition);
    return true;
  }

  /** Records the start of an episode; returns false when the same (state, goal) is known. */
  addInitial(state: State, goal: Goal): boolean {
    const key = canonicalJson({ state, goal });
    if (this.initialKeys.has(key)) return false;
    this.initialKeys.add(key);
    this.initialList.push({ state, goal });
    return true;
  }

  get transitions(): readonly Transition[] {
    return this.transitionList;
  }

  get initials(): readonly InitialCondition[] {
    return this.initialList;
  }

  /** The distinct goal texts seen so far, in order of first appearance. */
  goals(): string[] {
    const seen = new Set<string>();
    for (const t of this.transitionList) seen.add(t.goal.text);
    for (const i of this.initialList) seen.add(i.goal.text);
    return [...seen];
  }

  get size(): number {
    return this.transitionList.length;
  }
}
