import { describe, expect, it } from "vitest";
import { nearestPathPoint, pathColor, pathPoints } from "./trajectory";

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
