import { WorldCoderError, type NumpyRandomState, type PyRandom } from "@worldcoder/core";
import { BOX, BOX_ON_TARGET, FIXED_FLOOR, PLAYER, TARGET } from "./constants.js";
import { reversePlay } from "./reverse-play.js";
import type { BoxMappingEntry, SokobanRoom } from "./room.js";
import { roomTopology } from "./topology.js";

/**
 * What gym-sokoban's generator raises (`RuntimeError` for too few floors, `RuntimeWarning` after
 * four tries with score 0); its `reset` catches both and generates again.
 */
export class RoomGenerationError extends WorldCoderError {
  constructor(code: "GEN_TOO_FEW_FLOORS" | "GEN_SCORE_ZERO", message: string) {
    super(code, message, { fault: "system" });
  }
}

export interface GenerateRoomOptions {
  rows: number;
  cols: number;
  numSteps: number;
  numBoxes: number;
  /** Topology + placement + reverse play attempts before giving up (gym-sokoban: 4). */
  tries?: number;
}

/**
 * gym-sokoban's `generate_room`, bit for bit: the topology walk draws from CPython's global
 * `random`, placement from numpy's global legacy `RandomState`; reverse play draws nothing.
 */
export function generateRoom(options: GenerateRoomOptions, py: PyRandom, np: NumpyRandomState): SokobanRoom {
  const { rows, cols, numSteps, numBoxes } = options;
  const tries = options.tries ?? 4;
  for (let t = 0; t < tries; t++) {
    const room = roomTopology(rows, cols, numSteps, py);
    placeBoxesAndPlayer(room, numBoxes, np);
    const fixed = room.slice();
    const start = room.slice();
    for (let i = 0; i < room.length; i++) {
      if (fixed[i] === PLAYER) fixed[i] = FIXED_FLOOR;
      if (start[i] === TARGET) start[i] = BOX;
    }
    const result = reversePlay(start, fixed, rows, cols);
    if (result.score > 0) {
      const state = result.state;
      for (let i = 0; i < state.length; i++) if (state[i] === BOX_ON_TARGET) state[i] = BOX;
      const boxMapping: BoxMappingEntry[] = result.targetCells.map((target, k) => {
        const box = result.boxCells[k];
        return [
          [Math.floor(target / cols), target % cols],
          [Math.floor(box / cols), box % cols],
        ];
      });
      return { rows, cols, fixed, state, boxMapping };
    }
  }
  throw new RoomGenerationError("GEN_SCORE_ZERO", "Generated Model with score == 0");
}

/** `place_boxes_and_player`: the player, then one target per box, on free floor cells (row-major). */
function placeBoxesAndPlayer(room: Uint8Array, numBoxes: number, np: NumpyRandomState): void {
  const floors: number[] = [];
  const collect = (): void => {
    floors.length = 0;
    for (let i = 0; i < room.length; i++) if (room[i] === FIXED_FLOOR) floors.push(i);
  };
  collect();
  if (floors.length <= numBoxes + 1) {
    throw new RoomGenerationError(
      "GEN_TOO_FEW_FLOORS",
      `Not enough free spots (#${floors.length}) to place 1 player and ${numBoxes} boxes.`,
    );
  }
  room[floors[np.randint(floors.length)]] = PLAYER;
  for (let n = 0; n < numBoxes; n++) {
    collect();
    room[floors[np.randint(floors.length)]] = TARGET;
  }
}
