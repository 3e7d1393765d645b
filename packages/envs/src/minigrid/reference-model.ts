import type { Action, RewardResult, State, WorldModel } from "@worldcoder/core";
import { DIR_DX, DIR_DY } from "./constants.js";
import type { MinigridSymbolicObject, MinigridSymbolicState } from "./symbolic.js";

/**
 * A correct world model written against the symbolic state: what a perfect LLM program would
 * compute. It lets planners, the sandbox and the optimism check be tested without an LLM, and it
 * is checked against the real env on every golden step.
 */
export function minigridTransition(state: MinigridSymbolicState, action: number): MinigridSymbolicState {
  const { agent } = state;
  const fx = agent.x + DIR_DX[agent.dir];
  const fy = agent.y + DIR_DY[agent.dir];
  const key = `${fx},${fy}`;
  const front = state.objects[key];
  const frontWall = isWall(state, fx, fy);
  switch (action) {
    case 0:
      return { ...state, agent: { ...agent, dir: (agent.dir + 3) % 4 } };
    case 1:
      return { ...state, agent: { ...agent, dir: (agent.dir + 1) % 4 } };
    case 2:
      if (frontWall || (front && !canOverlap(front))) return state;
      return { ...state, agent: { ...agent, x: fx, y: fy } };
    case 3: {
      if (!front || agent.carrying || !(front.type === "key" || front.type === "ball" || front.type === "box")) return state;
      const objects = { ...state.objects };
      delete objects[key];
      return { ...state, agent: { ...agent, carrying: front }, objects };
    }
    case 4:
      if (frontWall || front || !agent.carrying) return state;
      return { ...state, agent: { ...agent, carrying: null }, objects: { ...state.objects, [key]: agent.carrying } };
    case 5: {
      if (!front) return state;
      if (front.type === "door" && front.locks !== undefined && front.locks.length > 0) {
        // TwoKeyDoor: a key of a remaining lock's colour is used up and removes that lock; the
        // door is closed (not open) once no lock is left.
        const c = agent.carrying;
        if (front.state !== "locked" || !c || c.type !== "key" || !front.locks.includes(c.color)) return state;
        const locks = front.locks.filter((k) => k !== c.color);
        const door: MinigridSymbolicObject =
          locks.length > 0 ? { ...front, locks } : { type: "door", color: front.color, state: "closed" };
        return { ...state, agent: { ...agent, carrying: null }, objects: { ...state.objects, [key]: door } };
      }
      if (front.type === "door") {
        let next = front.state;
        if (front.state === "locked") {
          const c = agent.carrying;
          if (c && c.type === "key" && c.color === front.color) next = "open";
        } else next = front.state === "open" ? "closed" : "open";
        return { ...state, objects: { ...state.objects, [key]: { ...front, state: next } } };
      }
      if (front.type === "box") {
        const objects = { ...state.objects };
        delete objects[key];
        return { ...state, objects };
      }
      return state;
    }
    default:
      return state;
  }
}

/**
 * The learner's reward, as WorldCoder trains on it: 1 on success, 0 otherwise (the env's
 * `1 - 0.9·t/T` scaling is dropped); `done` when the episode terminates (truncation excluded).
 * The success rule follows from the mission text, one family of envs per sentence pattern.
 */
export function minigridReward(state: MinigridSymbolicState, action: number, next: MinigridSymbolicState, mission: string): RewardResult {
  let reward = 0;
  let done = false;
  if (action === 2) {
    const at = next.objects[`${next.agent.x},${next.agent.y}`];
    const moved = next.agent.x !== state.agent.x || next.agent.y !== state.agent.y;
    if (moved && at?.type === "goal") {
      reward = 1;
      done = true;
    }
    if (moved && at?.type === "lava") done = true;
  }
  let m: RegExpMatchArray | null;
  if (mission === "open the door") {
    if (action === 5 && Object.values(next.objects).some((o) => o.type === "door" && o.state === "open")) {
      reward = 1;
      done = true;
    }
  } else if ((m = mission.match(/^pick up the (\w+) (\w+)$/))) {
    const c = next.agent.carrying;
    if (action === 3 && !state.agent.carrying && c && "color" in c && c.color === m[1] && c.type === m[2]) {
      reward = 1;
      done = true;
    }
  } else if ((m = mission.match(/^(?:get a|go get a|fetch a|go fetch a|you must fetch a) (\w+) (\w+)$/))) {
    const c = next.agent.carrying;
    if (c) {
      done = true;
      reward = "color" in c && c.color === m[1] && c.type === m[2] ? 1 : 0;
    }
  } else if ((m = mission.match(/^go to the (\w+) door$/))) {
    if (action === 5) done = true;
    if (action === 6) {
      done = true;
      const { x, y } = next.agent;
      const adjacent = [`${x + 1},${y}`, `${x - 1},${y}`, `${x},${y + 1}`, `${x},${y - 1}`].some((k) => {
        const o = next.objects[k];
        return o?.type === "door" && o.color === m![1];
      });
      if (adjacent) reward = 1;
    }
  } else if ((m = mission.match(/^put the (\w+) (\w+) near the (\w+) (\w+)$/))) {
    const c = next.agent.carrying;
    if (action === 3 && c && !("color" in c && c.color === m[1] && c.type === m[2])) done = true;
    if (action === 4 && state.agent.carrying) {
      done = true;
      if (!c) {
        const fx = next.agent.x + DIR_DX[next.agent.dir], fy = next.agent.y + DIR_DY[next.agent.dir];
        const near = Object.entries(next.objects).some(([k, o]) => {
          if (!("color" in o) || o.color !== m![3] || o.type !== m![4]) return false;
          const [tx, ty] = k.split(",").map(Number);
          return Math.abs(fx - tx) <= 1 && Math.abs(fy - ty) <= 1;
        });
        if (near) reward = 1;
      }
    }
  }
  return { reward, done };
}

/** The pair above as a `WorldModel` (states are `MinigridSymbolicState`, actions 0–6). */
export const minigridReferenceModel: WorldModel = {
  transition: (state: State, action: Action) => minigridTransition(state as MinigridSymbolicState, action as number),
  reward: (state: State, action: Action, next: State, goal: string) =>
    minigridReward(state as MinigridSymbolicState, action as number, next as MinigridSymbolicState, goal),
};

function isWall(state: MinigridSymbolicState, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= state.width || y >= state.height) return true;
  return state.walls[y][x] === "#";
}

function canOverlap(o: MinigridSymbolicObject): boolean {
  return o.type === "goal" || o.type === "lava" || o.type === "floor" || (o.type === "door" && o.state === "open");
}
