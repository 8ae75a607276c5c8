import { describe, expect, it } from "vitest";
import { naturalCompare, naturalTokens } from "./natural";

const sorted = (xs: string[]) => [...xs].sort(naturalCompare);

describe("naturalCompare", () => {
  it("orders learning rates by value, decimals included", () => {
    expect(sorted(["lr=0.2", "lr=0.05", "lr=0.01", "lr=0.1"])).toEqual(["lr=0.01", "lr=0.05", "lr=0.1", "lr=0.2"]);
    expect(sorted(["lr=1e-2", "lr=1e-4", "lr=3e-3"])).toEqual(["lr=1e-4", "lr=3e-3", "lr=1e-2"]);
  });

  it("orders integers inside names by value", () => {
    expect(sorted(["run10", "run2", "run1", "run20", "run3"])).toEqual(["run1", "run2", "run3", "run10", "run20"]);
    expect(sorted(["seed=10/lr=0.1", "seed=2/lr=0.1", "seed=2/lr=0.05"])).toEqual([
      "seed=2/lr=0.05",
      "seed=2/lr=0.1",
      "seed=10/lr=0.1",
    ]);
    expect(sorted(["v1.2.10", "v1.2.9"])).toEqual(["v1.2.9", "v1.2.10"]);
  });

  it("is case-insensitive first, then breaks ties by code units (0 only for the same string)", () => {
    expect(sorted(["b", "A", "a", "B"])).toEqual(["A", "a", "B", "b"]);
    expect(naturalCompare("run01", "run1")).not.toBe(0);
    expect(Math.sign(naturalCompare("run01", "run1")) + Math.sign(naturalCompare("run1", "run01"))).toBe(0);
    expect(naturalCompare("lr=0.001", "lr=1e-3")).not.toBe(0);
    expect(naturalCompare("x", "x")).toBe(0);
    expect(naturalCompare("", "")).toBe(0);
    expect(naturalCompare("", "a")).toBeLessThan(0);
  });

  it("puts numbers before text, and a prefix before its extensions", () => {
    expect(sorted(["b", "10", "a", "9"])).toEqual(["9", "10", "a", "b"]);
    expect(sorted(["run1_b", "run1", "run1_a"])).toEqual(["run1", "run1_a", "run1_b"]);
    expect(sorted(["seed-2", "seed-10", "seed-1"])).toEqual(["seed-1", "seed-2", "seed-10"]);
  });

  it("splits names into numbers and lower-cased texts", () => {
    expect(naturalTokens("LR=0.05/Seed-3")).toEqual(["lr=", 0.05, "/seed-", 3]);
    expect(naturalTokens("v1.")).toEqual(["v", 1, "."]);
    expect(naturalTokens("x1e")).toEqual(["x", 1, "e"]);
    expect(naturalTokens("")).toEqual([]);
  });

  it("is a total order: antisymmetric and transitive over many names", () => {
    const names = [
      "", "a", "A", "a1", "a01", "a1.5", "a1.50", "a2", "a10", "a1e1", "a1e-1", "b", "lr=0.01", "lr=0.1",
      "lr=.1", "lr=1e-3", "lr=0.001", "run 2", "run2", "run10", "1", "01", "1.0", "x.y", "x1.2.3", "Z", "z",
      "\u00e9t\u00e9", "99999999999999999999", "99999999999999999998",
    ];
    for (const a of names) {
      for (const b of names) {
        const ab = naturalCompare(a, b);
        expect(Math.sign(ab) + Math.sign(naturalCompare(b, a))).toBe(0);
        expect(ab === 0).toBe(a === b);
        for (const c of names) {
          if (ab < 0 && naturalCompare(b, c) < 0) expect(naturalCompare(a, c)).toBeLessThan(0);
        }
      }
    }
    // Sorting is deterministic whatever the input order.
    const once = sorted(names);
    expect(sorted([...names].reverse())).toEqual(once);
  });
});
