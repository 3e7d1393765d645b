import { UserInputError } from "@worldcoder/core";
import type { EnvSpec } from "../spec.js";
import { MinigridEnv } from "./env.js";
import type { LevelSpec } from "./level.js";
import { crossingLevel } from "./levels/crossing.js";
import { doorKeyLevel } from "./levels/doorkey.js";
import { emptyLevel } from "./levels/empty.js";
import { fetchLevel } from "./levels/fetch.js";
import { goToDoorLevel } from "./levels/go-to-door.js";
import { keyCorridorLevel } from "./levels/key-corridor.js";
import { multiRoomLevel } from "./levels/multi-room.js";
import { putNearLevel } from "./levels/put-near.js";
import { twoKeyDoorLevel } from "./levels/two-key-door.js";
import { unlockLevel } from "./levels/unlock.js";
import { unlockPickupLevel } from "./levels/unlock-pickup.js";
import { numpyRandom } from "./numpy-random.js";

/** Registered MiniGrid ids with their level (constructor arguments of the original registration). */
const LEVELS: Array<[name: string, description: string, level: () => LevelSpec]> = [
  ["Empty-5x5", "empty 5x5 room, reach the goal", () => emptyLevel(5)],
  ["Empty-8x8", "empty 8x8 room, reach the goal", () => emptyLevel(8)],
  ["DoorKey-5x5", "pick up the key, unlock the door, reach the goal (5x5)", () => doorKeyLevel(5)],
  ["DoorKey-8x8", "pick up the key, unlock the door, reach the goal (8x8)", () => doorKeyLevel(8)],
  ["Unlock", "open the locked door with the key of its colour", () => unlockLevel()],
  ["UnlockPickup", "unlock the door and pick up the box behind it", () => unlockPickupLevel(false)],
  ["BlockedUnlockPickup", "move the ball blocking the door, unlock it, pick up the box", () => unlockPickupLevel(true)],
  ["Fetch-5x5-N2", "pick up the named object among 2 (5x5)", () => fetchLevel(5, 2)],
  ["Fetch-6x6-N2", "pick up the named object among 2 (6x6)", () => fetchLevel(6, 2)],
  ["KeyCorridorS3R1", "find the key, unlock the room, pick up the ball (3 rooms of size 3)", () => keyCorridorLevel(3, 1)],
  ["LavaCrossingS9N1", "cross one river of lava to the goal (9x9)", () => crossingLevel(9, 1, "lava")],
  ["SimpleCrossingS9N1", "find the opening in one wall to the goal (9x9)", () => crossingLevel(9, 1, "wall")],
  ["GoToDoor-5x5", "stand next to the named door and say done (5x5)", () => goToDoorLevel(5)],
  ["PutNear-6x6-N2", "put the named object next to the other (6x6)", () => putNearLevel(6, 2)],
  ["MultiRoom-N2-S4", "traverse two small rooms to the goal (25x25)", () => multiRoomLevel(2, 2, 4)],
  // Variants of this project with rules no Farama env has (envs README, "Novel variants").
  ["TwoKeyDoor-6x6", "novel variant: a door with two locks, each opened by using up a key of its colour (6x6)", () => twoKeyDoorLevel(6)],
  ["TwoKeyDoor-7x7", "novel variant: a door with two locks, each opened by using up a key of its colour (7x7)", () => twoKeyDoorLevel(7)],
];

/** Every minigrid env id this package registers. */
export const minigridEnvSpecs: EnvSpec[] = LEVELS.map(([name, description, level]) => {
  const id = `MiniGrid-${name}-v0`;
  return {
    id,
    domain: "minigrid",
    description,
    create: (options) =>
      new MinigridEnv(id, level(), {
        maxSteps: typeof options.maxSteps === "number" ? options.maxSteps : undefined,
        createRandom: numpyRandom,
      }),
  };
});

/** Builds a MiniGrid env with its concrete type (what the golden replay and benches use). */
export function makeMinigridEnv(id: string, options: { maxSteps?: number } = {}): MinigridEnv {
  const spec = minigridEnvSpecs.find((s) => s.id === id);
  if (!spec) throw new UserInputError("UNKNOWN_ENV", `unknown MiniGrid env id "${id}"`);
  return spec.create(options) as MinigridEnv;
}
