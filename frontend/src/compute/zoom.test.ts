import { describe, expect, it } from "vitest";
import {
  clampWindow,
  fullWindow,
  isFullWindow,
  panWindow,
  pixelToWindow,
  sameCoords,
  windowToPixel,
  windowTransform,
  zoomWindow,
} from "./zoom";

const full = fullWindow(41, 31); // u in [-0.5, 40.5], v in [-0.5, 30.5]

describe("zoomWindow", () => {
  it("keeps the point under the cursor fixed and scales both spans", () => {
    const w = zoomWindow(full, full, 10, 20, 2);
    expect(w.u1 - w.u0).toBeCloseTo(20.5, 12);
    expect(w.v1 - w.v0).toBeCloseTo(15.5, 12);
    // (10, 20) keeps its relative place in the window.
    expect((10 - w.u0) / (w.u1 - w.u0)).toBeCloseTo((10 - full.u0) / 41, 12);
    expect((20 - w.v0) / (w.v1 - w.v0)).toBeCloseTo((20 - full.v0) / 31, 12);
  });

  it("zooms back out to the full window, never beyond", () => {
    const w = zoomWindow(zoomWindow(full, full, 10, 20, 4), full, 10, 20, 0.1);
    expect(isFullWindow(w, full)).toBe(true);
    expect(isFullWindow(zoomWindow(full, full, 0, 0, 0.5), full)).toBe(true);
  });

  it("stops at the minimum span", () => {
    let w = full;
    for (let i = 0; i < 50; i++) w = zoomWindow(w, full, 20, 15, 2, 3);
    expect(Math.min(w.u1 - w.u0, w.v1 - w.v0)).toBeCloseTo(3, 9);
    const again = zoomWindow(w, full, 20, 15, 2, 3);
    expect(again).toEqual(w);
  });

  it("stays inside the full window when zooming near an edge", () => {
    const w = zoomWindow(zoomWindow(full, full, 40, 30, 3), full, -0.5, -0.5, 0.8);
    expect(w.u0).toBeGreaterThanOrEqual(full.u0);
    expect(w.u1).toBeLessThanOrEqual(full.u1 + 1e-9);
    expect(w.v0).toBeGreaterThanOrEqual(full.v0);
    expect(w.v1).toBeLessThanOrEqual(full.v1 + 1e-9);
  });

  it("ignores bad factors", () => {
    expect(zoomWindow(full, full, 1, 1, NaN)).toBe(full);
    expect(zoomWindow(full, full, 1, 1, 0)).toBe(full);
  });
});

describe("panWindow / clampWindow", () => {
  it("pans and clamps at the edges without resizing", () => {
    const w = zoomWindow(full, full, 20, 15, 2);
    const p = panWindow(w, full, 5, -3);
    expect(p.u0).toBeCloseTo(w.u0 + 5, 12);
    expect(p.v0).toBeCloseTo(w.v0 - 3, 12);
    const far = panWindow(w, full, 1000, -1000);
    expect(far.u1).toBe(full.u1);
    expect(far.v0).toBe(full.v0);
    expect(far.u1 - far.u0).toBeCloseTo(w.u1 - w.u0, 12);
  });

  it("shrinks a window larger than the full one", () => {
    expect(clampWindow({ u0: -10, u1: 100, v0: 0, v1: 5 }, full)).toEqual({ u0: -0.5, u1: 40.5, v0: 0, v1: 5 });
  });
});

describe("window mappings", () => {
  it("maps the full window as scales.ts:indexToPixel does", () => {
    expect(windowToPixel(full, 410, 310, -0.5, -0.5)).toEqual([0, 310]);
    expect(windowToPixel(full, 410, 310, 40.5, 30.5)).toEqual([410, 0]);
    expect(windowToPixel(full, 410, 310, 0, 0)).toEqual([5, 305]);
  });

  it("inverts, and agrees with the affine transform", () => {
    const w = { u0: 3, u1: 13, v0: 2, v1: 7 };
    const [a, b, c, d, e, f] = windowTransform(w, 200, 100);
    for (const [u, v] of [[3, 2], [5.5, 6], [13, 7]]) {
      const [px, py] = windowToPixel(w, 200, 100, u, v);
      expect(a * u + c * v + e).toBeCloseTo(px, 9);
      expect(b * u + d * v + f).toBeCloseTo(py, 9);
      const [u2, v2] = pixelToWindow(w, 200, 100, px, py);
      expect(u2).toBeCloseTo(u, 12);
      expect(v2).toBeCloseTo(v, 12);
    }
  });
});

describe("sameCoords", () => {
  it("compares coordinate arrays by value", () => {
    expect(sameCoords([1, 2, 3], new Float64Array([1, 2, 3]))).toBe(true);
    expect(sameCoords([1, 2, 3], [1, 2])).toBe(false);
    expect(sameCoords([1, 2, 3], [1, 2, 4])).toBe(false);
  });
});
