import { describe, expect, it } from "vitest";
import { canonicalJson, jsonEqual, stableHash } from "./canonical-json.js";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: null }], c: "x" }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[1,{"y":null,"z":0}]},"b":1}',
    );
  });

  it("gives equal hashes for equal states built in a different key order", () => {
    expect(stableHash({ x: 1, y: [2, 3] })).toBe(stableHash({ y: [2, 3], x: 1 }));
    expect(stableHash({ x: 1 })).not.toBe(stableHash({ x: 2 }));
    expect(jsonEqual([1, { a: 2 }], [1, { a: 2 }])).toBe(true);
  });

  it("refuses values JSON cannot hold", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/not representable/);
    expect(() => canonicalJson([() => 1])).toThrow(/not a JSON value/);
  });
});
