import { describe, expect, it } from "vitest";
import { bandPlan, contourBands, fillNonFinite } from "./bands";
import { contourLines, type Point } from "./contours";
import { indexToData } from "./scales";
import { linspace, sampleGrid } from "./testing";

const xs = linspace(-2, 2, 41);
const ys = linspace(-1.5, 1.5, 31);
const cone = (x: number, y: number) => Math.hypot(x - 0.3, y + 0.2);

/** Signed shoelace area of a ring in grid index units. */
function ringArea(ring: Point[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % ring.length];
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/** Area of a region (exteriors minus holes), in grid cells. */
function regionArea(polygons: Point[][][]): number {
  let a = 0;
  for (const polygon of polygons) {
    a += Math.abs(ringArea(polygon[0]));
    for (const hole of polygon.slice(1)) a -= Math.abs(ringArea(hole));
  }
  return a;
}

describe("fillNonFinite", () => {
  it("replaces non-finite values by the mean of their finite neighbours", () => {
    // 3 x 3 grid, the centre NaN: its 4 neighbours are 1, 3, 5, 7.
    const out = fillNonFinite([0, 1, 2, 3, NaN, 5, 6, 7, 8], 3, 3);
    expect(out[4]).toBe(4);
    expect(Array.from(out).every(Number.isFinite)).toBe(true);
  });

  it("fills holes from the outside in, and all-non-finite grids with zeros", () => {
    const v = [1, Infinity, -Infinity, NaN];
    const out = fillNonFinite(v, 4, 1);
    expect(Array.from(out)).toEqual([1, 1, 1, 1]);
    expect(Array.from(fillNonFinite([NaN, Infinity], 2, 1))).toEqual([0, 0]);
    expect(v[1]).toBe(Infinity); // input untouched
  });
});

describe("bandPlan", () => {
  const pos = (v: number) => v / 10; // domain [0, 10]

  it("colours each band by the middle of its two bounds", () => {
    const plan = bandPlan([2, 5], [0, 10], { below: 0, above: 0 }, pos);
    expect(plan.base).toBeCloseTo(0.1, 12);
    expect(plan.layers).toEqual([
      { value: 2, t: 0.35 },
      { value: 5, t: 0.75 },
    ]);
  });

  it("adds end-coloured bands for values beyond a clipped domain", () => {
    const plan = bandPlan([5], [0, 10], { below: 3, above: 1 }, pos);
    expect(plan.base).toBe(0);
    expect(plan.layers.map((l) => l.value)).toEqual([0, 5, 10]);
    expect(plan.layers[0].t).toBeCloseTo(0.25, 12);
    expect(plan.layers[2].t).toBe(1);
  });

  it("uses the middle of the domain without levels", () => {
    expect(bandPlan([], [0, 10], { below: 0, above: 0 }, pos)).toEqual({ base: 0.5, layers: [] });
  });
});

describe("contourBands", () => {
  const values = sampleGrid(xs, ys, cone);

  it("fills the region under a level of a cone as a disc with a circular hole", () => {
    // value >= 0.5 is the whole extent minus a disc of radius 0.5 (5 cells) around the tip.
    const { regions } = contourBands(values, xs.length, ys.length, [0.5], []);
    const full = 43 * 33 - 0.5; // the padded extent (see below)
    expect(regionArea(regions[0].polygons)).toBeGreaterThan(full - Math.PI * 25 - 3);
    expect(regionArea(regions[0].polygons)).toBeLessThan(full - Math.PI * 25 + 3);
  });

  it("covers the whole cell extent below the minimum and nothing above the maximum", () => {
    const { regions } = contourBands(values, xs.length, ys.length, [-1, 100], []);
    // The padded grid's region: -1.5 .. n + 0.5 less its four cut corners (1/8 cell each).
    expect(regionArea(regions[0].polygons)).toBeCloseTo(43 * 33 - 0.5, 6);
    expect(regions[1].polygons).toEqual([]);
    for (const ring of regions[0].polygons[0]) {
      for (const [u, v] of ring) {
        expect(u).toBeGreaterThanOrEqual(-1.5);
        expect(u).toBeLessThanOrEqual(41.5);
        expect(v).toBeGreaterThanOrEqual(-1.5);
        expect(v).toBeLessThanOrEqual(31.5);
      }
    }
  });

  it("gives the same lines as contourLines", () => {
    const { lines } = contourBands(values, xs.length, ys.length, [], [0.5, 1]);
    const direct = contourLines(values, xs.length, ys.length, [0.5, 1]);
    // The same segments (the rings may start at other points).
    const segments = (ls: Point[][]) =>
      ls.flatMap((l) => l.slice(1).map((p, i) => [l[i], p].map((q) => q.map((c) => c.toFixed(9)).join(",")).sort().join(" "))).sort();
    for (let k = 0; k < 2; k++) expect(segments(lines[k].lines)).toEqual(segments(direct[k].lines));
    const [u, v] = lines[0].lines[0][0];
    expect(Math.hypot(indexToData(xs, u) - 0.3, indexToData(ys, v) + 0.2)).toBeCloseTo(0.5, 1);
  });

  it("keeps infinities from bending the bands, and no lines next to them", () => {
    const holed = Float64Array.from(values);
    holed[15 * 41 + 23] = Infinity; // next to the tip (grid point (23, 15) is at (0.3, 0))
    const plain = contourBands(values, 41, 31, [0.5], [0.5]);
    const marked = contourBands(holed, 41, 31, [0.5], [0.5]);
    expect(Math.abs(regionArea(marked.regions[0].polygons) - regionArea(plain.regions[0].polygons))).toBeLessThan(1.5);
    const lines = marked.lines[0].lines.flat();
    for (const [u, v] of lines) expect(Math.hypot(u - 23, v - 15) >= 0.99).toBe(true);
  });
});
