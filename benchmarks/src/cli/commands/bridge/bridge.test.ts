import { describe, expect, it } from "vitest";
import { buildProgram } from "../../main.js";

describe("worldcoder bridge", () => {
  it("is registered with its documented options", () => {
    const bridge = buildProgram().commands.find((command) => command.name() === "bridge");
    expect(bridge).toBeDefined();
    const flags = bridge!.options.map((option) => option.long);
    expect(flags).toEqual(expect.arrayContaining(["--inbox", "--port", "--model-id", "--answered-by", "--timeout", "--json"]));
  });
});
