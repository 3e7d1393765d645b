import type { Env, StepResult } from "@worldcoder/core";
import type { EnvOptions } from "@worldcoder/envs";
import { UserInputError } from "@worldcoder/core";

/**
 * A stand-in env registry for the bench's own tests: corridors whose end pays 1. The runner
 * and reports are tested against it so their tests do not depend on the real envs' speed.
 */
const lengths: Record<string, number> = { "Toy-Corridor-3-v0": 3, "Toy-Corridor-5-v0": 5 };

export const toyEnvs = {
  listEnvIds: (): string[] => Object.keys(lengths).sort(),
  makeEnv(id: string, options: EnvOptions = {}): Env {
    const length = lengths[id];
    if (length === undefined) throw new UserInputError("UNKNOWN_ENV", `unknown env id "${id}"`);
    return corridor(id, length, options.maxSteps ?? 4 * length);
  },
};

function corridor(id: string, length: number, maxSteps: number): Env<number, number> {
  let position = 0;
  let steps = 0;
  return {
    id,
    actionSpace: { kind: "discrete", n: 2, names: ["left", "right"] },
    reset: () => {
      position = 0;
      steps = 0;
      return { observation: position, info: {} };
    },
    step: (action): StepResult<number> => {
      steps += 1;
      position = Math.max(0, position + (action === 1 ? 1 : -1));
      const done = position === length;
      return { observation: position, reward: done ? 1 : 0, terminated: done, truncated: !done && steps >= maxSteps, info: {} };
    },
    symbolicState: () => ({ position, length }),
    goal: () => ({ text: "reach the end of the corridor" }),
    render: (mode) =>
      mode === "svg"
        ? `<svg xmlns="http://www.w3.org/2000/svg" width="${20 * (length + 1)}" height="20">${Array.from({ length: length + 1 }, (_, x) => `<rect x="${20 * x}" y="0" width="19" height="19" fill="${x === position ? "#36c" : x === length ? "#3a3" : "#ddd"}"/>`).join("")}</svg>`
        : `${".".repeat(position)}@${".".repeat(length - position)}`,
  } as Env<number, number>;
}
