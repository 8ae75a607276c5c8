import { describe, expect, it } from "vitest";
import {
  cellExtent,
  colorDomain,
  contourThresholds,
  dataToIndex,
  indexToData,
  indexToPixel,
  niceDomain,
  pixelToIndex,
  plotSize,
  ticks,
} from "./scales";
import { linspace } from "./testing";

describe("indexToData / dataToIndex", () => {
  it("maps evenly spaced coordinates linearly", () => {
    const xs = linspace(-1, 1, 41);
    expect(indexToData(xs, 0)).toBe(-1);
    expect(indexToData(xs, 20)).toBeCloseTo(0, 12);
    expect(indexToData(xs, 40)).toBe(1);
    expect(indexToData(xs, 10.5)).toBeCloseTo(-0.475, 12);
    expect(dataToIndex(xs, -0.475)).toBeCloseTo(10.5, 12);
  });

  it("is piecewise linear on unevenly spaced coordinates", () => {
    const xs = [0, 1, 3, 7];
    expect(indexToData(xs, 1.5)).toBe(2);
    expect(indexToData(xs, 2.25)).toBe(4);
    expect(dataToIndex(xs, 2)).toBe(1.5);
    expect(dataToIndex(xs, 4)).toBe(2.25);
    // Extrapolates with the end segments' spacing.
    expect(indexToData(xs, -0.5)).toBe(-0.5);
    expect(indexToData(xs, 3.5)).toBe(9);
    expect(dataToIndex(xs, 9)).toBe(3.5);
    for (const u of [-0.5, 0, 0.3, 1, 1.7, 2.9, 3, 3.5]) {
      expect(dataToIndex(xs, indexToData(xs, u))).toBeCloseTo(u, 12);
    }
  });

  it("handles a single coordinate", () => {
    expect(indexToData([5], 0)).toBe(5);
    expect(dataToIndex([5], 5)).toBe(0);
    expect(cellExtent([5])).toEqual([4.5, 5.5]);
  });

  it("gives the extent the cells cover", () => {
    expect(cellExtent(linspace(-1, 1, 5))).toEqual([-1.25, 1.25]);
  });
});

describe("indexToPixel", () => {
  // 4 points along x, 2 along y, in a 400 x 100 plot: cells are 100 x 50 pixels.
  const layout = { nx: 4, ny: 2, width: 400, height: 100 };

  it("centres grid points in their cells, x right, y up", () => {
    expect(indexToPixel(layout, 0, 0)).toEqual([50, 75]); // bottom left point
    expect(indexToPixel(layout, 3, 0)).toEqual([350, 75]); // bottom right
    expect(indexToPixel(layout, 0, 1)).toEqual([50, 25]); // top left: largest y at the top
    expect(indexToPixel(layout, 3, 1)).toEqual([350, 25]);
  });

  it("puts the half-cell borders on the plot edges", () => {
    expect(indexToPixel(layout, -0.5, -0.5)).toEqual([0, 100]);
    expect(indexToPixel(layout, 3.5, 1.5)).toEqual([400, 0]);
  });

  it("inverts", () => {
    for (const [u, v] of [[0, 0], [1.25, 0.75], [3, 1], [-0.5, 1.5]]) {
      const [px, py] = indexToPixel(layout, u, v);
      const [u2, v2] = pixelToIndex(layout, px, py);
      expect(u2).toBeCloseTo(u, 12);
      expect(v2).toBeCloseTo(v, 12);
    }
  });
});

describe("plotSize", () => {
  it("keeps equal data scales for the same unit, whatever nx and ny", () => {
    // 41 x 31 points over the same [-1, 1] range: nearly square (the cells reach half a
    // cell past the ends: 2.05 wide, 2.0667 high), not 41:31.
    expect(plotSize(cellExtent(linspace(-1, 1, 41)), cellExtent(linspace(-1, 1, 31)), true))
      .toEqual({ width: 476, height: 480 });
    expect(plotSize([0, 2], [0, 1], true)).toEqual({ width: 480, height: 240 });
    expect(plotSize([0, 1], [0, 2], true)).toEqual({ width: 240, height: 480 });
  });

  it("clamps extreme aspect ratios and squares different units", () => {
    expect(plotSize([0, 100], [0, 1], true)).toEqual({ width: 480, height: 120 });
    expect(plotSize([0, 100], [0, 1], false)).toEqual({ width: 480, height: 480 });
  });
});

describe("colorDomain", () => {
  it("widens a constant colour domain", () => {
    const [lo, hi] = colorDomain([2, 2])!;
    expect(lo).toBeLessThan(2);
    expect(hi).toBeGreaterThan(2);
    expect(colorDomain([0, 0])![0]).toBeLessThan(0);
    expect(colorDomain(null)).toBeNull();
    expect(colorDomain([0.5, 4])).toEqual([0.5, 4]);
  });
});

describe("ticks", () => {
  it("gives round values inside the domain with matching labels", () => {
    const t = ticks([0.13, 2.71], 5);
    expect(t.map((x) => x.value)).toEqual([0.5, 1, 1.5, 2, 2.5]);
    expect(t.map((x) => x.label)).toEqual(["0.5", "1.0", "1.5", "2.0", "2.5"]);
    for (const x of t) {
      expect(x.value).toBeGreaterThanOrEqual(0.13);
      expect(x.value).toBeLessThanOrEqual(2.71);
    }
  });

  it("labels small values without losing precision", () => {
    const t = ticks([0.001, 0.005], 4);
    expect(t.map((x) => x.label)).toEqual(["0.001", "0.002", "0.003", "0.004", "0.005"]);
  });

  it("gives one tick for a degenerate domain and none for a non-finite one", () => {
    expect(ticks([3, 3]).map((x) => x.value)).toEqual([3]);
    expect(ticks([NaN, 1])).toEqual([]);
  });

  it("puts contour levels strictly inside the extent", () => {
    expect(contourThresholds([0, 2], 4)).toEqual([0.5, 1, 1.5]);
    expect(contourThresholds([0.05, 0.95], 10)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(contourThresholds([1, 1])).toEqual([]);
  });

  it("nices a 1D chart domain", () => {
    expect(niceDomain([0.13, 2.71])).toEqual([0, 3]);
    expect(niceDomain([2, 2])).toEqual([1.9, 2.1]);
  });
});
