import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { NumpyRandomState, PyRandom } from "@worldcoder/core";
import { goldenDir } from "@worldcoder/core/testing";
import { expect, it } from "vitest";
import { generateRoom, RoomGenerationError } from "./generator.js";
import { layerRows } from "./room.js";

it("generates the golden rooms", () => {
  const text = gunzipSync(readFileSync(join(goldenDir(), "sokoban", "traces.jsonl.gz"))).toString("utf8");
  const records = text.trim().split("\n").map((l) => JSON.parse(l));
  let n = 0;
  for (const rec of records) {
    const py = new PyRandom(rec.seed);
    const np = new NumpyRandomState(rec.seed);
    let retries = 0;
    for (;;) {
      try {
        const [rows, cols] = rec.dim_room;
        const room = generateRoom({ rows, cols, numSteps: rec.num_gen_steps, numBoxes: rec.num_boxes }, py, np);
        expect(layerRows(room.fixed, rows, cols), `${rec.env} ${rec.seed}`).toEqual(rec.room_fixed);
        expect(layerRows(room.state, rows, cols), `${rec.env} ${rec.seed}`).toEqual(rec.room_state);
        expect(room.boxMapping).toEqual(rec.box_mapping);
        expect(retries).toBe(rec.generation_retries);
        break;
      } catch (e) {
        if (!(e instanceof RoomGenerationError)) throw e;
        retries++;
      }
    }
    n++;
  }
  expect(n).toBe(120);
});
