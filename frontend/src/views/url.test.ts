import { describe, expect, it } from "vitest";
import { formatHash, parseHash } from "./url";

describe("parseHash / formatHash", () => {
  it("reads the tab and the keys as TensorBoard writes them", () => {
    const d = parseHash("#landscape&p.landscape.run=exp1%2Flr%3D0.1&_smoothingWeight=0.6");
    expect(d.tab).toBe("landscape");
    expect([...d.entries]).toEqual([
      ["p.landscape.run", "exp1/lr=0.1"],
      ["_smoothingWeight", "0.6"],
    ]);
    expect(formatHash(d)).toBe("#landscape&p.landscape.run=exp1%2Flr%3D0.1&_smoothingWeight=0.6");
  });

  it("skips items that do not decode or have a raw =", () => {
    const d = parseHash("#t&a=%E0%A4%A&b=1=2&c=3");
    expect([...d.entries]).toEqual([["c", "3"]]);
    expect(parseHash("").tab).toBeNull();
    expect(formatHash({ tab: null, entries: new Map() })).toBe("");
  });
});
