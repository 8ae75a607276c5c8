import { describe, expect, it } from "vitest";
import { barrier, barrierText, pathFamily, pathName, sameCurve, shortNumber, tagPrefix } from "./paths";

describe("path families", () => {
  it("groups tags by the prefix before the last slash, in connect's order", () => {
    const tags = ["connect/curve", "connect/linear", "landscape", "connect/aligned", "other/linear", "connect/barrier_x/y"];
    expect(pathFamily("connect/curve", tags)).toEqual(["connect/linear", "connect/aligned", "connect/curve"]);
    expect(pathFamily("connect/linear", [...tags, "connect/zeta", "connect/beta"])).toEqual([
      "connect/linear", "connect/aligned", "connect/curve", "connect/beta", "connect/zeta",
    ]);
    expect(pathFamily("other/linear", tags)).toEqual([]); // alone under its prefix
    expect(pathFamily("landscape", tags)).toEqual([]); // no prefix
    expect(pathFamily(null, tags)).toEqual([]);
    expect(pathFamily("connect/missing", tags)).toEqual([]); // not among the tags
    expect(tagPrefix("a/b/c")).toBe("a/b");
    expect(tagPrefix("/x")).toBe(null);
    expect(pathName("connect/aligned")).toBe("aligned");
    expect(pathName("plain")).toBe("plain");
  });
});

describe("barrier", () => {
  it("is the largest rise over the line between the end values, as engine/connect.py", () => {
    const ts = [0, 0.25, 0.5, 0.75, 1];
    const b = barrier(ts, [1, 2, 3.5, 2.5, 2])!;
    // the line: 1, 1.25, 1.5, 1.75, 2 -> rises 0, 0.75, 2, 0.75, 0
    expect(b.height).toBeCloseTo(2);
    expect(b.t).toBe(0.5);
    expect(b.value).toBe(3.5);
    expect(b.start).toEqual([0, 1]);
    expect(b.end).toEqual([1, 2]);
    expect(barrierText(b)).toBe("barrier 2 at t=0.50");
  });

  it("is 0 at an end for a curve under its chord, skips inner non-finite points, and is null without ends", () => {
    const convex = barrier([0, 0.5, 1], [1, 0.2, 1])!;
    expect(convex.height).toBe(0);
    expect(convex.t).toBe(0);
    expect(barrier([0, 0.5, 1], [1, NaN, 1])!.height).toBe(0);
    expect(barrier([0, 0.5, 1], [NaN, 1, 1])).toBeNull();
    expect(barrier([0], [1])).toBeNull();
    expect(barrier(new Float32Array([0, 1, 2]), new Float32Array([0, 1, 0]))!.t).toBe(1); // any t range
  });

  it("writes three significant digits", () => {
    expect(shortNumber(0.18345)).toBe("0.183");
    expect(shortNumber(12.345)).toBe("12.3");
    expect(shortNumber(0.0001234)).toBe("1.23e-4");
    expect(shortNumber(0)).toBe("0");
  });
});

describe("sameCurve", () => {
  it("tells a path drawn exactly over another one", () => {
    expect(sameCurve([1, 2, NaN, Infinity], new Float32Array([1, 2, NaN, Infinity]))).toBe(true);
    expect(sameCurve([1, 2.0000001], [1, 2])).toBe(true);
    expect(sameCurve([1, 2.01], [1, 2])).toBe(false);
    expect(sameCurve([1, Infinity], [1, -Infinity])).toBe(false);
    expect(sameCurve([1, 2], [1, 2, 3])).toBe(false);
    expect(sameCurve([], [])).toBe(false);
  });
});
