import { describe, expect, it } from "vitest";
import { diffFrames, gridMismatch, subtract, symmetricDomain } from "./diff";
import { decodeFrame } from "./frame";
import { encodeFrame, header2d } from "./testing";

const xs = [0, 0.5, 1];
const ys = [0, 1];

function frame(values: number[], opts: { xs?: number[]; ys?: number[]; metrics?: string[] } = {}) {
  return decodeFrame(encodeFrame(header2d(opts.xs ?? xs, opts.ys ?? ys, opts.metrics ?? ["loss"]), values));
}

function frame1d(values: number[], coords: number[]) {
  const h = {
    ...header2d(coords, [0]),
    dims: 1,
    shape: [1, coords.length],
    axes: [{ label: "alpha", unit: "", coords, explained_variance: null }],
    center: [0],
  };
  return decodeFrame(encodeFrame(h, values));
}

describe("subtract", () => {
  it("propagates NaN and follows IEEE for infinities", () => {
    const out = subtract([1, NaN, 2, Infinity, Infinity, -Infinity, 5], [0.5, 1, NaN, Infinity, 3, 3, -Infinity]);
    expect(Array.from(out)).toEqual([0.5, NaN, NaN, NaN, Infinity, -Infinity, Infinity]);
  });

  it("refuses arrays of different lengths", () => {
    expect(() => subtract([1, 2], [1])).toThrow(RangeError);
  });
});

describe("symmetricDomain", () => {
  it("is [-m, m] over the finite values", () => {
    expect(symmetricDomain([-0.5, 2, NaN, Infinity])).toEqual([-2, 2]);
    expect(symmetricDomain([-3, 1])).toEqual([-3, 3]);
    expect(symmetricDomain([0, 0])).toEqual([-1, 1]);
    expect(symmetricDomain([NaN, -Infinity])).toBeNull();
  });
});

describe("gridMismatch", () => {
  it("accepts equal grids and names what differs otherwise", () => {
    const a = frame([1, 2, 3, 4, 5, 6]);
    expect(gridMismatch(a, frame([0, 0, 0, 0, 0, 0]))).toBeNull();
    expect(gridMismatch(a, frame([1, 2, 3, 4], { xs: [0, 1] }))).toMatch(/3 x 2 points, B has 2 x 2/);
    expect(gridMismatch(a, frame([1, 2, 3, 4, 5, 6], { xs: [0, 0.4, 1] }))).toMatch(/x coordinates differ \(point 1/);
    expect(gridMismatch(a, frame([1, 2, 3, 4, 5, 6], { ys: [0, 2] }))).toMatch(/y coordinates differ/);
    expect(gridMismatch(a, frame1d([1, 2, 3], xs))).toMatch(/2D and B is 1D/);
  });
});

describe("diffFrames", () => {
  it("subtracts the named metric and gives a symmetric domain", () => {
    const a = frame([1, 2, 3, 4, 5, 6, 10, 10, 10, 10, 10, 10], { metrics: ["loss", "acc"] });
    const b = frame([1, 1, 1, 1, 1, NaN]);
    const r = diffFrames(a, b, "loss", { a: "run A", b: "run B" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Array.from(r.frame.values)).toEqual([0, 1, 2, 3, 4, NaN]);
    expect(r.frame.header.metrics).toEqual(["loss (run A − run B)"]);
    expect(r.frame.header.shape).toEqual([1, 2, 3]);
    expect(r.frame.metricCount).toBe(1);
    expect(r.frame.header.trajectory).toBeNull();
    expect(r.domain).toEqual([-4, 4]);
  });

  it("says why when the shapes or metrics do not match", () => {
    const a = frame([1, 2, 3, 4, 5, 6]);
    const r = diffFrames(a, frame([1, 2, 3, 4], { xs: [0, 1] }), "loss", { a: "step 100", b: "step 200" });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Cannot subtract step 200 from step 100: the grids differ: step 100 has 3 x 2/) });
    const m = diffFrames(a, frame([1, 2, 3, 4, 5, 6], { metrics: ["acc"] }), "loss");
    expect(m).toEqual({ ok: false, error: 'Cannot subtract: B has no metric "loss".' });
  });

  it("works on 1D frames", () => {
    const r = diffFrames(frame1d([3, 2, 1], xs), frame1d([1, 1, 1], xs), "loss");
    expect(r.ok && Array.from(r.frame.values)).toEqual([2, 1, 0]);
    expect(r.ok && r.frame.header.shape).toEqual([1, 3]);
  });
});
