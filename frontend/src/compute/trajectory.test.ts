import { describe, expect, it } from "vitest";
import { nearestPathPoint, pathColor, pathPoints, pathSpread, percentText } from "./trajectory";

const luminance = ([r, g, b]: readonly number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

describe("pathColor", () => {
  it("goes from light (early) to dark (late)", () => {
    let prev = Infinity;
    for (let i = 0; i < 10; i++) {
      const l = luminance(pathColor(i, 10));
      expect(l).toBeLessThan(prev);
      prev = l;
    }
    expect(luminance(pathColor(0, 10)) - luminance(pathColor(9, 10))).toBeGreaterThan(100);
    expect(pathColor(0, 1)).toEqual(pathColor(9, 10)); // a single point is the current one
  });
});

describe("pathPoints", () => {
  it("keeps the points with finite coordinates, with their losses", () => {
    const pts = pathPoints({
      steps: [0, 100, 200],
      x: new Float64Array([-0.8, NaN, 0]),
      y: new Float64Array([0.5, 0.2, 0]),
      plane_loss: new Float64Array([2.3, 0.9, 0.4]),
      true_loss: null,
      residual: new Float64Array([1.2, 0.4, 0]),
    });
    expect(pts.map((p) => p.step)).toEqual([0, 200]);
    expect(pts[0]).toMatchObject({ x: -0.8, y: 0.5, planeLoss: 2.3, residual: 1.2 });
    expect(Number.isNaN(pts[0].trueLoss)).toBe(true);
    expect(pathPoints(null)).toEqual([]);
  });
});

describe("nearestPathPoint", () => {
  it("finds the nearest point within the radius, the latest on ties", () => {
    const px: [number, number][] = [[0, 0], [10, 0], [10, 0], [50, 50]];
    expect(nearestPathPoint(px, 9, 1, 8)).toBe(2);
    expect(nearestPathPoint(px, 30, 30, 8)).toBe(-1);
    expect(nearestPathPoint(px, 48, 49, 8)).toBe(3);
  });
});

describe("pathSpread", () => {
  const pts = (xy: [number, number][]) =>
    xy.map(([x, y], i) => ({ step: i, x, y, planeLoss: NaN, trueLoss: NaN, residual: NaN }));
  const axis = (lo: number, hi: number, n = 11) => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

  it("is the path's larger extent over the plane's span along that axis", () => {
    // x moves 0.008 of a span of 2; y moves 0.003 of a span of 3.
    const s = pathSpread(pts([[0, 0], [0.008, 0.001], [0.004, 0.003]]), axis(-1, 1), axis(-1.5, 1.5));
    expect(s).not.toBeNull();
    expect(s!.count).toBe(3);
    expect(s!.fraction).toBeCloseTo(0.004, 12);
    expect(s!.tiny).toBe(true);
  });

  it("is not tiny for a path that crosses a good part of the plane", () => {
    const s = pathSpread(pts([[-0.8, 0.5], [0, 0]]), axis(-1, 1), axis(-1, 1));
    expect(s!.fraction).toBeCloseTo(0.4, 12);
    expect(s!.tiny).toBe(false);
    // The threshold is a parameter: 2% by default.
    expect(pathSpread(pts([[0, 0], [0.05, 0]]), axis(-1, 1), axis(-1, 1))!.tiny).toBe(false);
    expect(pathSpread(pts([[0, 0], [0.039, 0]]), axis(-1, 1), axis(-1, 1))!.tiny).toBe(true);
    expect(pathSpread(pts([[0, 0], [0.05, 0]]), axis(-1, 1), axis(-1, 1), 0.05)!.tiny).toBe(true);
  });

  it("uses x only on a line, and says 0 for points that coincide", () => {
    const s = pathSpread(pts([[0.2, 5], [0.3, -5]]), axis(0, 1), null);
    expect(s!.fraction).toBeCloseTo(0.1, 12);
    expect(pathSpread(pts([[0.1, 0.1], [0.1, 0.1]]), axis(0, 1), axis(0, 1))).toEqual({ count: 2, fraction: 0, tiny: true });
  });

  it("is null with fewer than two points or an axis without span", () => {
    expect(pathSpread(pts([[0, 0]]), axis(-1, 1), axis(-1, 1))).toBeNull();
    expect(pathSpread([], axis(-1, 1), axis(-1, 1))).toBeNull();
    expect(pathSpread(pts([[0, 0], [1, 1]]), [0], axis(-1, 1))).toBeNull();
    expect(pathSpread(pts([[0, 0], [1, 1]]), axis(-1, 1), [2, 2])).toBeNull();
  });
});

describe("percentText", () => {
  it("writes short percentages", () => {
    expect(percentText(0.004)).toBe("0.4%");
    expect(percentText(0.0196)).toBe("2%");
    expect(percentText(0.015)).toBe("1.5%");
    expect(percentText(0.123)).toBe("12%");
    expect(percentText(0.0004)).toBe("<0.1%");
    expect(percentText(0)).toBe("<0.1%");
  });
});
