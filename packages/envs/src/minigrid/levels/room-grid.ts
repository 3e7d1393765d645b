import { COLOR_NAMES, type ColorName } from "../constants.js";
import { EMPTY, T_WALL, cellType, door, item, type Cell } from "../cell.js";
import { PlacementError, type LevelBuilder } from "../level-builder.js";

type Pos = [number, number];

/** One room of a `RoomGrid`; side indices 0 right, 1 down, 2 left, 3 up. */
export class Room {
  /** null: no door; true: wall removed; a position: the door placed there. */
  readonly doors: Array<null | true | Pos> = [null, null, null, null];
  readonly doorPos: Array<Pos | null> = [null, null, null, null];
  readonly neighbors: Array<Room | null> = [null, null, null, null];
  locked = false;
  constructor(
    readonly top: Pos,
    readonly size: Pos,
  ) {}
}

/**
 * `RoomGrid`: square rooms of `roomSize` sharing walls, with MiniGrid's door slots, object and
 * door placement and `connect_all`, drawing exactly what the original draws.
 */
export class RoomGrid {
  readonly rooms: Room[][] = [];

  constructor(
    readonly b: LevelBuilder,
    readonly roomSize: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {
    const s = roomSize;
    for (let j = 0; j < numRows; j++) {
      const row: Room[] = [];
      for (let i = 0; i < numCols; i++) {
        const room = new Room([i * (s - 1), j * (s - 1)], [s, s]);
        row.push(room);
        b.grid.wallRect(room.top[0], room.top[1], s, s);
      }
      this.rooms.push(row);
    }
    for (let j = 0; j < numRows; j++) {
      for (let i = 0; i < numCols; i++) {
        const room = this.rooms[j][i];
        const xl = room.top[0] + 1, yl = room.top[1] + 1;
        const xm = room.top[0] + room.size[0] - 1, ym = room.top[1] + room.size[1] - 1;
        if (i < numCols - 1) {
          room.neighbors[0] = this.rooms[j][i + 1];
          room.doorPos[0] = [xm, b.randInt(yl, ym)];
        }
        if (j < numRows - 1) {
          room.neighbors[1] = this.rooms[j + 1][i];
          room.doorPos[1] = [b.randInt(xl, xm), ym];
        }
        if (i > 0) {
          room.neighbors[2] = this.rooms[j][i - 1];
          room.doorPos[2] = room.neighbors[2].doorPos[0];
        }
        if (j > 0) {
          room.neighbors[3] = this.rooms[j - 1][i];
          room.doorPos[3] = room.neighbors[3].doorPos[1];
        }
      }
    }
    // The default agent position matters: place_obj refuses it and reject_next_to keeps objects
    // placed before place_agent away from it.
    b.agentX = (numCols >> 1) * (s - 1) + (s >> 1);
    b.agentY = (numRows >> 1) * (s - 1) + (s >> 1);
    b.agentDir = 0;
  }

  room(i: number, j: number): Room {
    return this.rooms[j][i];
  }

  roomFromPos(x: number, y: number): Room {
    return this.rooms[Math.floor(y / (this.roomSize - 1))][Math.floor(x / (this.roomSize - 1))];
  }

  placeInRoom(i: number, j: number, cell: Cell): Pos {
    const room = this.room(i, j);
    return this.b.placeObj(cell, room.top, room.size, rejectNextTo, 1000);
  }

  /** `add_object`: draws the kind, then the colour, for each one not given. Returns the cell and its position. */
  addObject(i: number, j: number, kind?: "key" | "ball" | "box", color?: ColorName): { cell: Cell; pos: Pos; color: ColorName } {
    const k = kind ?? this.b.randElem(["key", "ball", "box"] as const);
    const c = color ?? this.b.randColor();
    const cell = item(k, c);
    return { cell, pos: this.placeInRoom(i, j, cell), color: c };
  }

  /** Marks the object at `pos` as the episode's target (stands in for Python object identity). */
  markTarget(pos: Pos, bit: number): void {
    this.b.grid.set(pos[0], pos[1], this.b.grid.get(pos[0], pos[1]) | bit);
  }

  /** `add_door`: draws the side, colour and lock state for each one not given. */
  addDoor(i: number, j: number, doorIdx?: number, color?: ColorName, locked?: boolean): { pos: Pos; color: ColorName } {
    const room = this.room(i, j);
    let idx = doorIdx;
    if (idx === undefined) {
      for (;;) {
        idx = this.b.randInt(0, 4);
        if (room.neighbors[idx] && room.doors[idx] === null) break;
      }
    }
    const c = color ?? this.b.randColor();
    const isLocked = locked ?? this.b.randBool();
    room.locked = isLocked;
    const pos = room.doorPos[idx]!;
    this.b.grid.set(pos[0], pos[1], door(c, isLocked ? "locked" : "closed"));
    room.doors[idx] = pos;
    room.neighbors[idx]!.doors[(idx + 2) % 4] = pos;
    return { pos, color: c };
  }

  removeWall(i: number, j: number, wallIdx: number): void {
    const room = this.room(i, j);
    const [tx, ty] = room.top;
    const [w, h] = room.size;
    const g = this.b.grid;
    if (wallIdx === 0) for (let k = 1; k < h - 1; k++) g.set(tx + w - 1, ty + k, EMPTY);
    else if (wallIdx === 1) for (let k = 1; k < w - 1; k++) g.set(tx + k, ty + h - 1, EMPTY);
    else if (wallIdx === 2) for (let k = 1; k < h - 1; k++) g.set(tx, ty + k, EMPTY);
    else for (let k = 1; k < w - 1; k++) g.set(tx + k, ty, EMPTY);
    room.doors[wallIdx] = true;
    room.neighbors[wallIdx]!.doors[(wallIdx + 2) % 4] = true;
  }

  /** `RoomGrid.place_agent`: retries until the agent does not face an object (walls are fine). */
  placeAgent(i?: number, j?: number): void {
    const ri = i ?? this.b.randInt(0, this.numCols);
    const rj = j ?? this.b.randInt(0, this.numRows);
    const room = this.rooms[rj][ri];
    const DX = [1, 0, -1, 0], DY = [0, 1, 0, -1];
    for (;;) {
      this.b.placeAgent(room.top, room.size, true, 1000);
      const front = this.b.grid.get(this.b.agentX + DX[this.b.agentDir], this.b.agentY + DY[this.b.agentDir]);
      if (front === EMPTY || cellType(front) === T_WALL) break;
    }
  }

  /** `connect_all`: adds unlocked doors until every room is reachable from the agent's room. */
  connectAll(maxIterations = 5000): void {
    const start = this.roomFromPos(this.b.agentX, this.b.agentY);
    const total = this.numRows * this.numCols;
    let iterations = 0;
    for (;;) {
      if (iterations > maxIterations) throw new PlacementError("connect_all failed");
      iterations++;
      if (this.reachable(start) === total) break;
      const i = this.b.randInt(0, this.numCols);
      const j = this.b.randInt(0, this.numRows);
      const k = this.b.randInt(0, 4);
      const room = this.room(i, j);
      if (!room.doorPos[k] || room.doors[k] !== null) continue;
      if (room.locked || room.neighbors[k]!.locked) continue;
      const color = this.b.randElem(COLOR_NAMES);
      this.addDoor(i, j, k, color, false);
    }
  }

  private reachable(start: Room): number {
    const seen = new Set<Room>();
    const stack = [start];
    while (stack.length > 0) {
      const room = stack.pop()!;
      if (seen.has(room)) continue;
      seen.add(room);
      for (let k = 0; k < 4; k++) if (room.doors[k] !== null) stack.push(room.neighbors[k]!);
    }
    return seen.size;
  }
}

function rejectNextTo(b: LevelBuilder, x: number, y: number): boolean {
  return Math.abs(b.agentX - x) + Math.abs(b.agentY - y) < 2;
}
