import { describe, expect, it } from "vitest";
import { buildProgram } from "./main.js";

describe("worldcoder CLI", () => {
  it("reports the package version and lists its commands in --help", () => {
    const program = buildProgram();
    expect(program.version()).toMatch(/^\d+\.\d+\.\d+/);
    expect(program.helpInformation()).toContain("Usage: worldcoder");
  });
});
