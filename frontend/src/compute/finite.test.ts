import { describe, expect, it } from "vitest";
import { clipCounts, countNonFinite, finiteExtent, finiteRuns } from "./finite";

describe("finiteExtent", () => {
  it("ignores NaN and infinities", () => {
    expect(finiteExtent([NaN, 3, -Infinity, 1, Infinity, 2])).toEqual([1, 3]);
    expect(finiteExtent(new Float32Array([Infinity, 5]))).toEqual([5, 5]);
    expect(finiteExtent([NaN, Infinity, -Infinity])).toBeNull();
    expect(finiteExtent([])).toBeNull();
  });
});

describe("countNonFinite", () => {
  it("counts non-finite values by kind", () => {
    expect(countNonFinite([NaN, 1, Infinity, -Infinity, NaN, -0])).toEqual({ nan: 2, posInf: 1, negInf: 1 });
  });
});

describe("finiteRuns", () => {
  it("splits a series at every non-finite value", () => {
    expect(finiteRuns([1, 2, NaN, 3, Infinity, -Infinity, 4, 5, 6])).toEqual([[0, 2], [3, 4], [6, 9]]);
    expect(finiteRuns([NaN, 1])).toEqual([[1, 2]]);
    expect(finiteRuns([NaN])).toEqual([]);
    expect(finiteRuns([])).toEqual([]);
  });
});

describe("clipCounts", () => {
  it("counts the finite values below and above the domain", () => {
    expect(clipCounts([0, 1, 2, 3, 4, 5, NaN, Infinity, -Infinity], [1, 3.5])).toEqual({ below: 1, above: 2 });
    expect(clipCounts([1, 2], [1, 2])).toEqual({ below: 0, above: 0 });
    // On a log domain, values <= 0 are below it.
    expect(clipCounts([-1, 0, 0.5, 2], [0.5, 2])).toEqual({ below: 2, above: 0 });
  });
});
