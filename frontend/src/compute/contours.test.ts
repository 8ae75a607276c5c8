import { describe, expect, it } from "vitest";
import { contourLines, type Point } from "./contours";
import { indexToData } from "./scales";
import { linspace, sampleGrid } from "./testing";

// A grid with nx != ny over different ranges, so any swap of x and y shows.
const xs = linspace(-2, 2, 41); // spacing 0.1
const ys = linspace(-1.5, 1.5, 31); // spacing 0.1
const cone = (x: number, y: number) => Math.hypot(x - 0.3, y + 0.2); // centre (0.3, -0.2)

function toData(p: Point): Point {
  return [indexToData(xs, p[0]), indexToData(ys, p[1])];
}

/** Shoelace area of a closed polyline. */
function area(line: Point[]): number {
  let a = 0;
  for (let i = 0; i + 1 < line.length; i++) a += line[i][0] * line[i + 1][1] - line[i + 1][0] * line[i][1];
  return Math.abs(a) / 2;
}

function isClosed(line: Point[]): boolean {
  const a = line[0];
  const b = line[line.length - 1];
  return a[0] === b[0] && a[1] === b[1];
}

describe("contourLines", () => {
  it("draws a cone's level r as one closed circle of radius r around its centre", () => {
    const values = sampleGrid(xs, ys, cone);
    const [level] = contourLines(values, xs.length, ys.length, [0.8]);
    expect(level.value).toBe(0.8);
    expect(level.lines).toHaveLength(1);
    const line = level.lines[0].map(toData);
    expect(isClosed(line)).toBe(true);
    for (const [x, y] of line) {
      expect(Math.hypot(x - 0.3, y + 0.2)).toBeCloseTo(0.8, 2);
    }
    // Area of the inscribed polygon: within 1% of pi r^2.
    expect(area(line) / (Math.PI * 0.64)).toBeGreaterThan(0.99);
    expect(area(line) / (Math.PI * 0.64)).toBeLessThan(1.001);
    // The circle spans x in [-0.5, 1.1] and y in [-1.0, 0.6].
    const px = line.map((p) => p[0]);
    const py = line.map((p) => p[1]);
    expect(Math.min(...px)).toBeCloseTo(-0.5, 2);
    expect(Math.max(...px)).toBeCloseTo(1.1, 2);
    expect(Math.min(...py)).toBeCloseTo(-1.0, 2);
    expect(Math.max(...py)).toBeCloseTo(0.6, 2);
  });

  it("encloses pi r^2 on a paraboloid at level r^2", () => {
    const values = sampleGrid(xs, ys, (x, y) => x * x + y * y);
    const levels = contourLines(values, xs.length, ys.length, [0.25, 1]);
    for (const { value, lines } of levels) {
      expect(lines).toHaveLength(1);
      const ratio = area(lines[0].map(toData)) / (Math.PI * value);
      expect(ratio).toBeGreaterThan(0.98);
      expect(ratio).toBeLessThan(1.02);
    }
  });

  it("does not trace the grid border where a level leaves the grid", () => {
    const values = sampleGrid(xs, ys, cone);
    // r = 1.5 leaves the grid at the bottom (y = -1.5) and the right is inside: an arc.
    const [level] = contourLines(values, xs.length, ys.length, [1.5]);
    for (const line of level.lines) {
      expect(isClosed(line)).toBe(false);
      for (const p of line) {
        const [x, y] = toData(p);
        expect(Math.hypot(x - 0.3, y + 0.2)).toBeCloseTo(1.5, 2);
        expect(y).toBeGreaterThanOrEqual(-1.5);
      }
    }
    expect(level.lines.length).toBeGreaterThan(0);
  });

  it("treats NaN and infinities as holes: no line in a square touching them", () => {
    const values = sampleGrid(xs, ys, cone);
    const nx = xs.length;
    // Knock out grid points on the r = 0.8 circle: (1.1, -0.2) NaN, (0.3, 0.6) +inf,
    // (-0.5, -0.2) -inf, and a block of NaN far from the circle.
    const at = (x: number, y: number) => Math.round((y + 1.5) / 0.1) * nx + Math.round((x + 2) / 0.1);
    values[at(1.1, -0.2)] = NaN;
    values[at(0.3, 0.6)] = Infinity;
    values[at(-0.5, -0.2)] = -Infinity;
    for (let x = -1.9; x < -1.45; x += 0.1) for (let y = 1.0; y < 1.45; y += 0.1) values[at(x, y)] = NaN;

    const [level] = contourLines(values, nx, ys.length, [0.8]);
    // The circle is cut at three places into three arcs; the NaN block adds no line.
    expect(level.lines).toHaveLength(3);
    for (const line of level.lines) {
      expect(isClosed(line)).toBe(false);
      for (const p of line) {
        const [x, y] = toData(p);
        expect(Math.hypot(x - 0.3, y + 0.2)).toBeCloseTo(0.8, 2);
        // Every point stays at least one grid step (Chebyshev) away from a hole.
        for (const [hx, hy] of [[1.1, -0.2], [0.3, 0.6], [-0.5, -0.2]]) {
          expect(Math.max(Math.abs(x - hx), Math.abs(y - hy))).toBeGreaterThanOrEqual(0.1 - 1e-9);
        }
      }
    }
  });

  it("draws nothing for levels outside the values or degenerate grids", () => {
    const values = sampleGrid(xs, ys, cone);
    expect(contourLines(values, xs.length, ys.length, [-1, 100]).map((l) => l.lines.length)).toEqual([0, 0]);
    expect(contourLines([1, 2, 3], 3, 1, [1.5])).toEqual([{ value: 1.5, lines: [] }]);
    expect(() => contourLines([1, 2, 3], 2, 2, [1])).toThrow(/expected ny \* nx/);
  });

  it("keeps x and y apart on a tilted plane", () => {
    // value = x: lines are vertical (constant x), whatever the grid's shape.
    const values = sampleGrid(xs, ys, (x) => x);
    const [level] = contourLines(values, xs.length, ys.length, [0.55]);
    expect(level.lines).toHaveLength(1);
    const pts = level.lines[0].map(toData);
    for (const [x] of pts) expect(x).toBeCloseTo(0.55, 9);
    const py = pts.map((p) => p[1]);
    expect(Math.min(...py)).toBeCloseTo(-1.5, 9);
    expect(Math.max(...py)).toBeCloseTo(1.5, 9);
  });
});
