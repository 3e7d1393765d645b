import { describe, expect, it } from "vitest";
import { cloneJson, toPlainJson, toPlainJsonFast } from "./plain-json.js";

describe("toPlainJson", () => {
  it("copies plain JSON", () => {
    const value = { a: [1, "x", true, null, { b: 2 }] };
    const copy = toPlainJson(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
  });

  it.each([
    ["a function", { f: () => 1 }, "a function at f"],
    ["undefined", { u: undefined }, "a undefined at u"],
    ["NaN", [1, NaN], "NaN at [1]"],
    ["Infinity", Infinity, "Infinity at the top level"],
    ["a Map", { m: new Map() }, "a Map"],
    ["a Date", new Date(0), "a Date"],
    ["a bigint", 1n, "a bigint"],
  ])("refuses %s", (_name, value, message) => {
    expect(() => toPlainJson(value)).toThrow(message);
  });

  it("refuses cycles with a readable message", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => toPlainJson(a)).toThrow(/nesting deeper than 64/);
  });

  it("reads getters once and copies their values, never the accessor", () => {
    let reads = 0;
    const value = Object.defineProperty({}, "x", { enumerable: true, get: () => ++reads });
    const copy = toPlainJson(value) as { x: number };
    expect(copy.x).toBe(1);
    expect(copy.x).toBe(1);
    expect(Object.getOwnPropertyDescriptor(copy, "x")?.get).toBeUndefined();
  });

  it("keeps a __proto__ key as data, not as a prototype", () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}}');
    const copy = toPlainJson(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__"]);
    expect(cloneJson(parsed)).toEqual(copy);
  });
});

describe("toPlainJsonFast", () => {
  it("copies like toPlainJson and refuses with the same messages", () => {
    const value = { grid: ["#@ #", "#  #"], agent: { x: 1, carrying: null }, n: [1, [2, 3]] };
    expect(toPlainJsonFast(value)).toEqual(toPlainJson(value));
    expect(toPlainJsonFast(value)).not.toBe(value);
    expect(() => toPlainJsonFast({ a: [1, NaN] })).toThrow("non-JSON output: NaN at a[1]");
    expect(toPlainJsonFast(JSON.parse('{"__proto__": 1}'))).toEqual(JSON.parse('{"__proto__": 1}'));
  });

  it("builds packed arrays, which programs read faster than holey ones", () => {
    const copy = toPlainJsonFast([1, 2, 3]) as number[];
    expect(Object.keys(copy)).toEqual(["0", "1", "2"]);
    expect(cloneJson([1, 2])).toEqual([1, 2]);
  });
});
