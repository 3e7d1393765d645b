import { COLOR_NAMES, type ColorName } from "../constants.js";
import { GOAL, WALL, door } from "../cell.js";
import type { LevelSpec } from "../level.js";
import type { LevelBuilder } from "../level-builder.js";

interface RoomRect {
  top: [number, number];
  size: [number, number];
  entryDoorPos: [number, number];
}

const SIZE = 25;

/** `MultiRoomEnv`: a chain of rooms joined by closed doors; the goal is in the last room. */
export function multiRoomLevel(minNumRooms: number, maxNumRooms: number, maxRoomSize: number): LevelSpec {
  return {
    width: SIZE,
    height: SIZE,
    maxSteps: maxNumRooms * 20,
    seeThroughWalls: false,
    generate(b) {
      let roomList: RoomRect[] = [];
      const numRooms = b.randInt(minNumRooms, maxNumRooms + 1);
      while (roomList.length < numRooms) {
        const cur: RoomRect[] = [];
        // The original draws both coordinates of the first entry with `width - 2`.
        const entry: [number, number] = [b.randInt(0, SIZE - 2), b.randInt(0, SIZE - 2)];
        placeRoom(b, numRooms, cur, 4, maxRoomSize, 2, entry);
        if (cur.length > roomList.length) roomList = cur;
      }
      let prevColor: ColorName | null = null;
      roomList.forEach((room, idx) => {
        const [tx, ty] = room.top;
        const [sx, sy] = room.size;
        for (let i = 0; i < sx; i++) {
          b.grid.set(tx + i, ty, WALL);
          b.grid.set(tx + i, ty + sy - 1, WALL);
        }
        for (let j = 0; j < sy; j++) {
          b.grid.set(tx, ty + j, WALL);
          b.grid.set(tx + sx - 1, ty + j, WALL);
        }
        if (idx > 0) {
          const choices = prevColor ? COLOR_NAMES.filter((c) => c !== prevColor) : COLOR_NAMES;
          const color = b.randElem(choices);
          b.grid.set(room.entryDoorPos[0], room.entryDoorPos[1], door(color, "closed"));
          prevColor = color;
        }
      });
      const first = roomList[0], last = roomList[roomList.length - 1];
      b.placeAgent(first.top, first.size);
      b.placeObj(GOAL, last.top, last.size);
      return { mission: "traverse the rooms to get to the goal" };
    },
  };
}

/** `_placeRoom`: a recursive random walk of rooms; returns false when this room does not fit. */
function placeRoom(
  b: LevelBuilder,
  numLeft: number,
  roomList: RoomRect[],
  minSz: number,
  maxSz: number,
  entryDoorWall: number,
  entryDoorPos: [number, number],
): boolean {
  const sizeX = b.randInt(minSz, maxSz + 1);
  const sizeY = b.randInt(minSz, maxSz + 1);
  let topX: number, topY: number;
  const [ex, ey] = entryDoorPos;
  if (roomList.length === 0) {
    [topX, topY] = entryDoorPos;
  } else if (entryDoorWall === 0) {
    topX = ex - sizeX + 1;
    topY = b.randInt(ey - sizeY + 2, ey);
  } else if (entryDoorWall === 1) {
    topX = b.randInt(ex - sizeX + 2, ex);
    topY = ey - sizeY + 1;
  } else if (entryDoorWall === 2) {
    topX = ex;
    topY = b.randInt(ey - sizeY + 2, ey);
  } else {
    topX = b.randInt(ex - sizeX + 2, ex);
    topY = ey;
  }
  if (topX < 0 || topY < 0) return false;
  // The original's bounds test is asymmetric (> for x, >= for y); kept as is.
  if (topX + sizeX > SIZE || topY + sizeY >= SIZE) return false;
  for (let k = 0; k < roomList.length - 1; k++) {
    const room = roomList[k];
    const nonOverlap =
      topX + sizeX < room.top[0] ||
      room.top[0] + room.size[0] <= topX ||
      topY + sizeY < room.top[1] ||
      room.top[1] + room.size[1] <= topY;
    if (!nonOverlap) return false;
  }
  roomList.push({ top: [topX, topY], size: [sizeX, sizeY], entryDoorPos });
  if (numLeft === 1) return true;
  for (let i = 0; i < 8; i++) {
    const walls = [0, 1, 2, 3].filter((w) => w !== entryDoorWall);
    const exitDoorWall = b.randElem(walls);
    const nextEntryWall = (exitDoorWall + 2) % 4;
    let exitDoorPos: [number, number];
    if (exitDoorWall === 0) exitDoorPos = [topX + sizeX - 1, topY + b.randInt(1, sizeY - 1)];
    else if (exitDoorWall === 1) exitDoorPos = [topX + b.randInt(1, sizeX - 1), topY + sizeY - 1];
    else if (exitDoorWall === 2) exitDoorPos = [topX, topY + b.randInt(1, sizeY - 1)];
    else exitDoorPos = [topX + b.randInt(1, sizeX - 1), topY];
    if (placeRoom(b, numLeft - 1, roomList, minSz, maxSz, nextEntryWall, exitDoorPos)) break;
  }
  return true;
}
