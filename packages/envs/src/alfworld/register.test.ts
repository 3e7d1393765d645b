import { describe, expect, it } from "vitest";
import { listEnvIds, makeEnv } from "../registry.js";
import type { AlfworldEnv } from "./env.js";
import { ALFWORLD_IDS, ALFWORLD_SCENE_ID } from "./ids.js";

describe("ALFWorld registration", () => {
  it("registers one id per task type plus the scene player", () => {
    const ids = listEnvIds();
    for (const id of [...Object.values(ALFWORLD_IDS), ALFWORLD_SCENE_ID]) expect(ids).toContain(id);
    const env = makeEnv("ALFWorld-PickCoolThenPlace-v0") as AlfworldEnv;
    expect(env.actionSpace.kind).toBe("text");
    env.reset(3);
    expect(env.task().type).toBe("pick_cool_then_place_in_recep");
  });

  it("plays a golden transcript's derived scene by id", () => {
    const env = makeEnv(ALFWORLD_SCENE_ID, { scene: "react_put_2" });
    expect(env.reset().observation).toContain("Your task is to: put a soapbottle in garbagecan.");
    expect(env.step("go to countertop 1").observation).toBe("On the countertop 1, you see a soapbottle 2, and a spraybottle 1.");
  });

  it("explains a missing or unknown scene", () => {
    expect(() => makeEnv(ALFWORLD_SCENE_ID)).toThrow(/needs a scene/);
    expect(() => makeEnv(ALFWORLD_SCENE_ID, { scene: "no-such-transcript" })).toThrow(/neither a scene file/);
  });
});
