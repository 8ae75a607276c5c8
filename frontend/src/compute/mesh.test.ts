import { describe, expect, it } from "vitest";
import { Colormap } from "./colormap";
import { contourLines } from "./contours";
import {
  allocSurface,
  coordToIndex,
  fillSurface,
  floorSegments,
  type HeightScale,
  heightScale,
  heightOf,
  indexToCoord,
  MARK_NAN,
  MARK_NEG_INF,
  MARK_POS_INF,
  nonFiniteMarks,
  placePath,
  pickOrder,
  planeLayout,
  pointVisible,
  raySpheres,
  raySurface,
  shadeSurface,
  SRGB_TO_LINEAR,
  surfaceHeightAt,
  transform,
  valueAtHit,
  worldToData,
  worldX,
  worldY,
} from "./mesh";
import { linspace, sampleGrid } from "./testing";
import type { PathPoint } from "./trajectory";

const lin = (lo: number, hi: number, height = 1): HeightScale => ({ lo, hi, log: false, height });

describe("planeLayout", () => {
  it("keeps the data aspect when both axes share a unit", () => {
    const l = planeLayout(linspace(-1, 1, 5), linspace(-0.5, 0.5, 3), true);
    expect(l.halfX).toBe(1);
    expect(l.halfY).toBeCloseTo(0.5);
  });

  it("is square when the units differ, and clamps thin aspects", () => {
    const l = planeLayout(linspace(-1, 1, 5), linspace(-0.5, 0.5, 3), false);
    expect([l.halfX, l.halfY]).toEqual([1, 1]);
    const thin = planeLayout(linspace(0, 100, 5), linspace(0, 1, 3), true);
    expect(thin.halfX).toBe(1);
    expect(thin.halfY).toBeCloseTo(0.25);
    const tall = planeLayout(linspace(0, 1, 5), linspace(0, 3, 3), true);
    expect(tall.halfY).toBe(1);
    expect(tall.halfX).toBeCloseTo(1 / 3);
  });

  it("maps the grid ends to the plane's edges and back", () => {
    const l = planeLayout([0, 1, 4], [10, 20], false);
    expect(worldX(l, 0)).toBe(-1);
    expect(worldX(l, 4)).toBe(1);
    expect(worldX(l, 1)).toBeCloseTo(-0.5); // uneven spacing kept
    expect(worldY(l, 15)).toBeCloseTo(0);
    const [x, y] = worldToData(l, 0.5, -1);
    expect(x).toBeCloseTo(3);
    expect(y).toBeCloseTo(10);
  });

  it("puts a one-point axis at 0", () => {
    const l = planeLayout([3], [1, 2], false);
    expect(worldX(l, 3)).toBe(0);
    expect(Number.isFinite(worldToData(l, 0, 0)[0])).toBe(true);
  });
});

describe("index <-> coordinate", () => {
  const c = [0, 1, 4];
  it("interpolates piecewise linearly and clamps", () => {
    expect(indexToCoord(c, 1.5)).toBeCloseTo(2.5);
    expect(coordToIndex(c, 2.5)).toBeCloseTo(1.5);
    expect(coordToIndex(c, -5)).toBe(0);
    expect(coordToIndex(c, 9)).toBe(2);
    expect(coordToIndex(c, 4)).toBe(2);
  });
});

describe("heights", () => {
  it("takes the domain's ends, log10 for log", () => {
    expect(heightScale([1, 3], false, 2)).toEqual({ lo: 1, hi: 3, log: false, height: 2 });
    expect(heightScale([0.01, 100], true, 1)).toEqual({ lo: -2, hi: 2, log: true, height: 1 });
    expect(transform(100, true)).toBe(2);
    expect(transform(0, true)).toBe(-Infinity);
    expect(Number.isNaN(transform(NaN, true))).toBe(true);
  });

  it("widens a degenerate or unusable domain", () => {
    const a = heightScale([5, 5], false, 1);
    expect(a.lo).toBeLessThan(5);
    expect(a.hi).toBeGreaterThan(5);
    const b = heightScale([0, 10], true, 1); // log10(0) = -inf
    expect(Number.isFinite(b.lo)).toBe(true);
    expect(b.hi).toBeGreaterThan(b.lo);
  });

  it("clamps to the domain so a clip range flattens a spike", () => {
    const hs = lin(0, 10, 2);
    expect(heightOf(hs, 5)).toBe(1);
    expect(heightOf(hs, 1e6)).toBe(2);
    expect(heightOf(hs, -3)).toBe(0);
    expect(Number.isNaN(heightOf(hs, NaN))).toBe(true);
    expect(Number.isNaN(heightOf(hs, Infinity))).toBe(true);
    expect(Number.isNaN(heightOf(hs, -Infinity))).toBe(true);
  });

  it("maps log values, non-positive ones to the bottom", () => {
    const hs: HeightScale = { lo: -2, hi: 2, log: true, height: 1 };
    expect(heightOf(hs, 1)).toBeCloseTo(0.5);
    expect(heightOf(hs, 100)).toBeCloseTo(1);
    expect(heightOf(hs, 0)).toBe(0);
    expect(heightOf(hs, -5)).toBe(0);
  });
});

describe("fillSurface", () => {
  const xs = [0, 1, 2];
  const ys = [0, 1, 2];
  const layout = planeLayout(xs, ys, true);

  it("triangulates a finite grid completely", () => {
    const values = sampleGrid(xs, ys, (x, y) => x + y);
    const buf = allocSurface(3, 3);
    fillSurface(buf, values, layout, lin(0, 4), null);
    expect(buf.indexCount).toBe(4 * 6);
    expect(buf.vertexCount).toBe(9);
    // Point (ix=2, iy=1) = value 3 at world (1, 0, 0.75).
    const k = (1 * 3 + 2) * 3;
    expect([buf.positions[k], buf.positions[k + 1], buf.positions[k + 2]]).toEqual([1, 0, 0.75]);
  });

  it("leaves out every triangle touching a non-finite point", () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const values = sampleGrid(xs, ys, (x, y) => x + y);
      values[4] = bad; // the centre
      const buf = allocSurface(3, 3);
      fillSurface(buf, values, layout, lin(0, 4), null);
      const tris = Array.from(buf.index.subarray(0, buf.indexCount));
      expect(tris).not.toContain(4);
      // Each of the 4 squares keeps the one triangle of its 3 finite corners.
      expect(buf.indexCount).toBe(4 * 3);
      expect(buf.vertexCount).toBe(8);
      expect(Array.from(buf.finite)).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 1]);
    }
  });

  it("drops squares with two or more bad corners", () => {
    const values = sampleGrid(xs, ys, (x, y) => x + y);
    values[0] = NaN;
    values[4] = NaN;
    const buf = allocSurface(3, 3);
    fillSurface(buf, values, layout, lin(0, 4), null);
    expect(buf.indexCount).toBe(3 * 3); // the lower-left square is gone, 3 squares keep one each
    expect(Array.from(buf.index.subarray(0, buf.indexCount))).not.toContain(0);
  });

  it("winds triangles counter-clockwise seen from above", () => {
    const values = sampleGrid(xs, ys, () => 1);
    values[8] = NaN;
    const buf = allocSurface(3, 3);
    fillSurface(buf, values, layout, lin(0, 4), null);
    const P = buf.positions;
    for (let t = 0; t < buf.indexCount; t += 3) {
      const [a, b, c] = [buf.index[t], buf.index[t + 1], buf.index[t + 2]];
      const cross =
        (P[b * 3] - P[a * 3]) * (P[c * 3 + 1] - P[a * 3 + 1]) -
        (P[b * 3 + 1] - P[a * 3 + 1]) * (P[c * 3] - P[a * 3]);
      expect(cross).toBeGreaterThan(0);
    }
  });

  it("gives unit normals tilted against the slope", () => {
    const values = sampleGrid(xs, ys, (x) => x); // rises along x
    const buf = allocSurface(3, 3);
    fillSurface(buf, values, layout, lin(0, 2, 2), null); // world slope 1 along X
    const o = 4 * 3;
    const n = [buf.normals[o], buf.normals[o + 1], buf.normals[o + 2]];
    expect(Math.hypot(n[0], n[1], n[2])).toBeCloseTo(1);
    expect(n[0]).toBeCloseTo(-Math.SQRT1_2);
    expect(n[1]).toBeCloseTo(0);
    expect(n[2]).toBeCloseTo(Math.SQRT1_2);
  });

  it("colours vertices through the colormap (linear or sRGB)", () => {
    const values = sampleGrid(xs, ys, (x, y) => x + y);
    const cmap = new Colormap([0, 4]);
    const buf = allocSurface(3, 3);
    fillSurface(buf, values, layout, lin(0, 4), cmap, false);
    expect(Array.from(buf.colors.subarray(0, 3)).map((c) => Math.round(c * 255))).toEqual([68, 1, 84]);
    fillSurface(buf, values, layout, lin(0, 4), cmap, true);
    expect(buf.colors[0]).toBeCloseTo(SRGB_TO_LINEAR[68]);
    expect(SRGB_TO_LINEAR[255]).toBeCloseTo(1);
    expect(SRGB_TO_LINEAR[0]).toBe(0);
  });

  it("says whether the index changed since the last fill", () => {
    const values = sampleGrid(xs, ys, (x, y) => x + y);
    const buf = allocSurface(3, 3);
    fillSurface(buf, values, layout, lin(0, 4), null);
    expect(buf.indexChanged).toBe(true);
    const before = Array.from(buf.index.subarray(0, buf.indexCount));
    values[0] = 3; // a new height, the same finite points
    fillSurface(buf, values, layout, lin(0, 4), null);
    expect(buf.indexChanged).toBe(false);
    expect(Array.from(buf.index.subarray(0, buf.indexCount))).toEqual(before);
    expect(buf.vertexCount).toBe(9);
    values[0] = NaN;
    fillSurface(buf, values, layout, lin(0, 4), null);
    expect(buf.indexChanged).toBe(true);
    expect(buf.indexCount).toBe(3 * 6 + 3);
    expect(buf.vertexCount).toBe(8);
    const empty = allocSurface(2, 2);
    fillSurface(empty, [NaN, NaN, NaN, NaN], planeLayout([0, 1], [0, 1], true), lin(0, 1), null);
    expect(empty.indexChanged).toBe(true);
    expect(empty.indexCount).toBe(0);
  });

  it("bakes a light into the colours by the normals", () => {
    const values = sampleGrid(xs, ys, (x) => x);
    const buf = allocSurface(3, 3);
    fillSurface(buf, values, layout, lin(0, 2, 2), null); // normals (-1, 0, 1) / sqrt 2
    buf.colors.fill(0.5);
    shadeSurface(buf, { dir: [0, 0, 2], ambient: 0.2, diffuse: 0.8 });
    expect(buf.colors[4 * 3]).toBeCloseTo(0.5 * (0.2 + 0.8 * Math.SQRT1_2));
    buf.colors.fill(0.5);
    shadeSurface(buf, { dir: [1, 0, 0], ambient: 0.2, diffuse: 0.8 }); // facing away: ambient only
    expect(buf.colors[4 * 3 + 1]).toBeCloseTo(0.1);
  });

  it("rejects a grid of the wrong size", () => {
    expect(() => fillSurface(allocSurface(3, 3), [1, 2], layout, lin(0, 1), null)).toThrow(/expected/);
  });
});

describe("nonFiniteMarks", () => {
  it("marks each non-finite point on the floor with its kind", () => {
    const layout = planeLayout([0, 1], [0, 1], true);
    const m = nonFiniteMarks([1, NaN, Infinity, -Infinity], layout, -0.1);
    expect(m.count).toBe(3);
    expect(Array.from(m.kinds)).toEqual([MARK_NAN, MARK_POS_INF, MARK_NEG_INF]);
    expect(Array.from(m.positions)).toEqual([1, -1, -0.1, -1, 1, -0.1, 1, 1, -0.1].map((v) => Math.fround(v)));
  });
});

describe("surfaceHeightAt and placePath", () => {
  const xs = [0, 1, 2];
  const ys = [0, 1];
  const layout = planeLayout(xs, ys, false);
  const values = [0, 1, 2, 2, 3, NaN];
  const hs = lin(0, 4, 4); // height = value

  it("interpolates bilinearly", () => {
    expect(surfaceHeightAt(values, layout, hs, 0.5, 0.5)).toBeCloseTo(1.5);
    expect(surfaceHeightAt(values, layout, hs, 1, 0)).toBeCloseTo(1);
    expect(surfaceHeightAt(values, layout, hs, -3, 0)).toBeCloseTo(0); // clamped into the grid
  });

  it("renormalises over finite corners, NaN when none has weight", () => {
    // Square (1..2) x (0..1) has corners 1, 2, 3, NaN: at its centre (1, 2, 3) average.
    expect(surfaceHeightAt(values, layout, hs, 1.5, 0.5)).toBeCloseTo(2);
    expect(Number.isNaN(surfaceHeightAt(values, layout, hs, 2, 1))).toBe(true);
  });

  it("places points at the plane loss, else on the surface, else at the fallback", () => {
    const pt = (x: number, y: number, planeLoss: number): PathPoint => ({
      step: 0, x, y, planeLoss, trueLoss: NaN, residual: NaN,
    });
    const pos = placePath([pt(0, 0, 3), pt(0.5, 0.5, NaN), pt(2, 1, NaN), pt(1, 0, 1e9)], values, layout, hs, -0.5);
    expect(pos[2]).toBeCloseTo(3);
    expect(pos[5]).toBeCloseTo(1.5);
    expect(pos[8]).toBe(-0.5);
    expect(pos[11]).toBe(4); // clamped to the top
    expect(pos[0]).toBe(-1);
    expect(pos[1]).toBe(-1);
  });
});

describe("floor contours", () => {
  it("puts contour segments on the floor in world coordinates", () => {
    const xs = linspace(-1, 1, 21);
    const ys = linspace(-1, 1, 21);
    const values = sampleGrid(xs, ys, (x, y) => x * x + y * y);
    const layout = planeLayout(xs, ys, true);
    const levels = contourLines(values, 21, 21, [0.25]);
    const f = floorSegments(levels, layout, -0.2);
    expect(f.segments).toBeGreaterThan(8);
    for (let s = 0; s < f.segments; s++) {
      for (const o of [0, 3]) {
        const X = f.positions[s * 6 + o];
        const Y = f.positions[s * 6 + o + 1];
        expect(Math.hypot(X, Y)).toBeCloseTo(0.5, 1); // radius sqrt(0.25) in a [-1, 1] world
        expect(f.positions[s * 6 + o + 2]).toBeCloseTo(-0.2);
      }
      expect(f.level[s]).toBe(0);
    }
  });
});

describe("rays", () => {
  // A tilted plane z = (x + 1) / 2 over [-1, 1]^2 on an uneven grid, heights in [0, 1].
  const xs = [-1, -0.7, -0.2, 0.1, 0.6, 1];
  const ys = [-1, -0.4, 0, 0.3, 1];
  const layout = planeLayout(xs, ys, true);
  const values = sampleGrid(xs, ys, (x) => (x + 1) / 2);
  const make = (vals: ArrayLike<number>) => {
    const buf = allocSurface(xs.length, ys.length);
    fillSurface(buf, vals, layout, lin(0, 1), null);
    return buf;
  };
  const buf = make(values);

  it("meets the surface where the plane is, with weights interpolating the value", () => {
    for (const [x, y] of [[0.33, -0.71], [-0.95, 0.9], [0.1, 0.3], [0.8, -0.05]]) {
      const z = (x + 1) / 2;
      const hit = raySurface(buf, [x, y, 5], [0, 0, -1])!;
      expect(hit.t).toBeCloseTo(5 - z, 5);
      expect(hit.wa + hit.wb + hit.wc).toBeCloseTo(1, 9);
      expect(valueAtHit(values, hit, false)).toBeCloseTo(z, 5);
      // From below too (both sides), and obliquely.
      expect(raySurface(buf, [x, y, -3], [0, 0, 1])!.t).toBeCloseTo(3 + z, 5);
      const o = [x - 3, y + 2, z + 4];
      const len = Math.hypot(3, 2, 4);
      const h2 = raySurface(buf, o, [3 / len, -2 / len, -4 / len])!;
      expect(h2.t).toBeCloseTo(len, 4);
      expect(valueAtHit(values, h2, false)).toBeCloseTo(z, 4);
    }
  });

  it("takes the first crossing of a folded surface and respects tMax", () => {
    // A ridge: the ray from the side crosses it twice.
    const ridge = sampleGrid(xs, ys, (x) => 1 - Math.abs(x));
    const rb = make(ridge);
    const hit = raySurface(rb, [-3, 0.1, 0.5], [1, 0, 0])!;
    expect(-3 + hit.t).toBeCloseTo(-0.5, 5);
    expect(raySurface(rb, [-3, 0.1, 0.5], [1, 0, 0], 2)).toBeNull();
    expect(raySurface(rb, [-3, 0.1, 2], [1, 0, 0])).toBeNull(); // above it
    expect(raySurface(rb, [3, 3, 0.5], [0, 1, 0])).toBeNull(); // beside the grid
  });

  it("sees through holes where values are not finite", () => {
    const holed = Float32Array.from(values);
    holed[2 * xs.length + 3] = NaN; // (x = 0.1, y = 0)
    const hb = make(holed);
    expect(raySurface(hb, [0.1, 0, 5], [0, 0, -1])).toBeNull();
    expect(raySurface(hb, [0.55, 0.2, 5], [0, 0, -1])).not.toBeNull();
  });

  it("interpolates in log space on a log scale", () => {
    const hit = { t: 1, a: 0, b: 1, c: 2, wa: 0.5, wb: 0.5, wc: 0 };
    expect(valueAtHit([1, 100, 5], hit, true)).toBeCloseTo(10, 9);
    expect(valueAtHit([1, 100, 5], hit, false)).toBeCloseTo(50.5, 9);
    expect(valueAtHit([0, 100, 5], hit, true)).toBeCloseTo(50, 9);
  });

  it("tells visible points from those the surface hides", () => {
    const pts = new Float32Array([0.2, 0, (0.2 + 1) / 2 + 0.01, 0.2, 0, 0.1]); // 0.01 above, far below
    expect(pointVisible(buf, [0.2, 0, 5], pts, 0, 0.03)).toBe(true); // on top, seen from above
    expect(pointVisible(buf, [0.2, 0, 5], pts, 1, 0.03)).toBe(false); // under the surface
    expect(pointVisible(buf, [0.2, 0, -5], pts, 1, 0.03)).toBe(true); // seen from below
    expect(pointVisible(buf, [0.2, 0, -5], pts, 0, 0.005)).toBe(false);
    expect(pointVisible(buf, [0.2, 0, -5], pts, 0, 0.03)).toBe(true); // its marker pokes through
  });

  it("picks the sphere the ray meets first, and orders screen candidates", () => {
    const c = new Float32Array([0, 0, 0, 0, 0, 1, 0.5, 0, 0]);
    expect(raySpheres(c, 3, () => 0.1, [0, 0, 5], [0, 0, -1])).toBe(1);
    expect(raySpheres(c, 3, () => 0.1, [0, 0, 5], [0, 0, -1], 3.5)).toBe(-1);
    expect(raySpheres(c, 3, () => 0.1, [0.5, 0.05, 5], [0, 0, -1])).toBe(2);
    expect(raySpheres(c, 3, () => 0.1, [0.3, 0, 5], [0, 0, -1])).toBe(-1);
    expect(raySpheres(c, 2, () => 0.1, [0, 0, -5], [0, 0, 1])).toBe(0);
    const px = [10, 10, 13, 10, 10, 10, Infinity, Infinity, 30, 30];
    expect(pickOrder(px, 10, 10, 9)).toEqual([2, 0, 1]);
    expect(pickOrder(px, 100, 100, 9)).toEqual([]);
  });
});
