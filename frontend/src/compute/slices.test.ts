import { describe, expect, it } from "vitest";
import { decodeFrame } from "./frame";
import { frameSlices, interpolateAt, metricIndex, nearestIndex, valueNear } from "./slices";
import { encodeFrame, header2d, linspace, sampleGrid } from "./testing";

const xs = linspace(-1, 1, 5);
const ys = linspace(-2, 2, 9);

describe("frameSlices", () => {
  it("slices a 2D frame through its centre along both directions", () => {
    const f = (x: number, y: number) => 10 * x + y;
    const values = sampleGrid(xs, ys, f);
    const frame = decodeFrame(encodeFrame(header2d(xs, ys, ["loss"], { center: [0.5, -1] }), values));
    const [a, b] = frameSlices(frame, 0);
    expect(a.axis).toBe(0);
    expect(Array.from(a.coords)).toEqual(xs);
    expect(Array.from(a.values)).toEqual(xs.map((x) => f(x, -1)));
    expect(a.label).toBe("direction 1 at direction 2 = -1");
    expect(b.axis).toBe(1);
    expect(Array.from(b.values)).toEqual(ys.map((y) => f(0.5, y)));
    expect(b.label).toBe("direction 2 at direction 1 = 0.5");
  });

  it("uses the grid line nearest an off-grid centre", () => {
    const values = sampleGrid(xs, ys, (x, y) => x + 100 * y);
    const frame = decodeFrame(encodeFrame(header2d(xs, ys, ["loss"], { center: [0.3, 0.1] }), values));
    const [a, b] = frameSlices(frame, 0);
    expect(Array.from(a.values)).toEqual(xs.map((x) => Math.fround(x + 0)));
    expect(Array.from(b.values)).toEqual(ys.map((y) => Math.fround(0.5 + 100 * y)));
  });

  it("gives a 1D frame's curve, labelled by the metric", () => {
    const header = {
      ...header2d(xs, [0], ["loss", "acc"]),
      dims: 1,
      shape: [2, 5],
      axes: [{ label: "alpha", unit: "", coords: xs, explained_variance: null }],
      center: [0],
    };
    const frame = decodeFrame(encodeFrame(header, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const s = frameSlices(frame, 1);
    expect(s).toHaveLength(1);
    expect(s[0].label).toBe("acc");
    expect(Array.from(s[0].values)).toEqual([6, 7, 8, 9, 10]);
    expect(metricIndex(frame, "acc", 0)).toBe(1);
    expect(metricIndex(frame, "nope", 0)).toBe(0);
    expect(metricIndex(frame, "nope", 5)).toBe(-1);
  });
});

describe("lookups", () => {
  it("finds the nearest grid point", () => {
    expect(nearestIndex(xs, 0.3)).toBe(3);
    expect(nearestIndex(xs, -9)).toBe(0);
    expect(nearestIndex(xs, NaN)).toBe(2);
    expect(valueNear(xs, [1, 2, 3, 4, 5], 0.3)).toEqual({ x: 0.5, value: 4 });
    expect(Number.isNaN(valueNear(xs, [1, 2, 3, 4, 5], 3).value)).toBe(true);
  });

  it("interpolates inside the range only", () => {
    expect(interpolateAt(xs, [0, 1, 2, 3, 4], 0.25)).toBeCloseTo(2.5, 12);
    expect(Number.isNaN(interpolateAt(xs, [0, 1, 2, 3, 4], 1.5))).toBe(true);
  });
});
