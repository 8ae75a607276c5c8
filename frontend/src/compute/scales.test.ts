import { describe, expect, it } from "vitest";
import {
  cellExtent,
  chartDomain,
  colorDomain,
  contourThresholds,
  dataToIndex,
  effectiveDomain,
  indexToData,
  indexToPixel,
  levelThresholds,
  logThresholds,
  logTicks,
  minPositive,
  niceDomain,
  pixelToIndex,
  plotSize,
  scaleTicks,
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

describe("logTicks", () => {
  const values = (ts: { value: number }[]) => ts.map((t) => t.value);
  const labels = (ts: { label: string }[]) => ts.map((t) => t.label);

  it("puts ticks on the powers of ten over several decades", () => {
    const t = logTicks([1, 1000], 5);
    expect(values(t)).toEqual([1, 10, 100, 1000]);
    expect(labels(t)).toEqual(["1", "10", "100", "1000"]);
  });

  it("thins the decades of a wide domain, with exponent labels", () => {
    const t = logTicks([1e-9, 1e3], 5);
    expect(t.length).toBeLessThanOrEqual(5);
    expect(t.length).toBeGreaterThanOrEqual(3);
    expect(labels(t)).toContain("1e-6");
    for (const x of t) expect(Math.log10(x.value) % 1).toBeCloseTo(0, 9);
  });

  it("uses 1-2-5 over a decade or two, and 1..9 within a decade", () => {
    expect(values(logTicks([0.9, 25], 5))).toEqual([1, 2, 5, 10, 20]);
    expect(values(logTicks([0.015, 0.6], 6))).toEqual([0.02, 0.05, 0.1, 0.2, 0.5]);
    expect(values(logTicks([2.5, 9.5], 6))).toEqual([3, 4, 5, 6, 7, 8, 9]);
    // Two 1-2-5 ticks only: 1..9 when they are few enough.
    expect(values(logTicks([0.6, 2.5], 6))).toEqual([0.6, 0.7, 0.8, 0.9, 1, 2]);
  });

  it("gives at least three ticks when two decades would be all (1-5 when 1-2-5 are too many)", () => {
    // Powers of 10 inside: 0.1 and 1 only; 1-2-5 gives 8, more than count + 2.
    expect(values(logTicks([0.011, 9], 5))).toEqual([0.05, 0.1, 0.5, 1, 5]);
    expect(values(logTicks([0.2, 30], 5))).toEqual([0.2, 0.5, 1, 2, 5, 10, 20]);
    // A small count still gets three where the domain allows.
    expect(logTicks([0.011, 9], 2).length).toBeGreaterThanOrEqual(3);
    expect(values(logTicks([1, 1e4], 2))).toEqual([1, 100, 1e4]);
  });

  it("has at least three ascending ticks inside any domain wider than 1.5x, for any count", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 500; i++) {
      const lo = Math.pow(10, -8 + 12 * rand());
      const hi = lo * Math.pow(10, Math.log10(1.5) + 10 * rand() ** 2);
      const count = 2 + Math.floor(rand() * 8);
      const t = values(logTicks([lo, hi], count));
      expect(t.length, `${lo} ${hi} ${count}`).toBeGreaterThanOrEqual(3);
      for (let k = 0; k < t.length; k++) {
        expect(t[k]).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
        expect(t[k]).toBeLessThanOrEqual(hi * (1 + 1e-9));
        if (k > 0) expect(t[k]).toBeGreaterThan(t[k - 1]);
      }
      expect(t.length).toBeLessThanOrEqual(Math.max(2 * count, 9));
    }
  });

  it("falls back to linear ticks on a narrow domain", () => {
    const t = logTicks([2.1, 2.9], 5);
    expect(t.length).toBeGreaterThanOrEqual(2);
    for (const x of t) expect(x.value >= 2.1 && x.value <= 2.9).toBe(true);
  });

  it("has no ticks for a domain that is not positive", () => {
    expect(logTicks([0, 10])).toEqual([]);
    expect(logTicks([-1, 10])).toEqual([]);
  });

  it("scaleTicks picks the scale", () => {
    expect(values(scaleTicks([1, 100], "log", 5))).toEqual([1, 10, 100]);
    expect(values(scaleTicks([0, 100], "linear", 2))).toEqual([0, 50, 100]);
  });
});

describe("logThresholds", () => {
  it("spaces levels 1-2-5 per decade, strictly inside", () => {
    expect(logThresholds([0.01, 10], 10)).toEqual([0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5]);
  });

  it("keeps only decades on a wide domain", () => {
    const l = logThresholds([1e-8, 1e4], 10);
    expect(l.length).toBeLessThanOrEqual(10);
    expect(l.length).toBeGreaterThanOrEqual(5);
    for (const v of l) expect(Math.log10(v) % 1).toBeCloseTo(0, 9);
  });

  it("uses 1..9 per decade, or linear levels, on a narrow domain", () => {
    expect(logThresholds([1.5, 9], 10)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const narrow = logThresholds([2.01, 2.09], 10);
    expect(narrow.length).toBeGreaterThanOrEqual(3);
    for (const v of narrow) expect(v > 2.01 && v < 2.09).toBe(true);
  });

  it("levelThresholds picks the scale", () => {
    expect(levelThresholds([0, 2], "linear", 4)).toEqual([0.5, 1, 1.5]);
    expect(levelThresholds([1, 100], "log", 10)).toEqual([2, 5, 10, 20, 50]);
  });
});

describe("effectiveDomain", () => {
  it("uses the finite extent when nothing is requested", () => {
    expect(effectiveDomain([3, NaN, 1, Infinity, 2], null, "linear")).toEqual([1, 3]);
    expect(effectiveDomain([NaN], null, "linear")).toBeNull();
  });

  it("uses the requested domain, ends in order", () => {
    expect(effectiveDomain([1, 2, 3], [0, 10], "linear")).toEqual([0, 10]);
    expect(effectiveDomain([1, 2, 3], [10, 0], "linear")).toEqual([0, 10]);
    expect(effectiveDomain([NaN], [0, 10], "linear")).toEqual([0, 10]);
  });

  it("starts a log domain at the smallest positive value", () => {
    expect(effectiveDomain([0, -1, 0.5, 2, 8], null, "log")).toEqual([0.5, 8]);
    expect(effectiveDomain([0, 0.5, 2, 8], [-1, 4], "log")).toEqual([0.5, 4]);
    expect(effectiveDomain([0, 0.5, 2, 8], [1, 4], "log")).toEqual([1, 4]);
    expect(effectiveDomain([-2, -1], null, "log")).toEqual([0.1, 1]);
    expect(effectiveDomain([-2, 0], [-1, 5], "log")).toEqual([0.5, 5]);
    const [lo, hi] = effectiveDomain([3, 3], null, "log")!;
    expect(lo).toBeLessThan(3);
    expect(hi).toBeGreaterThan(3);
    expect(lo).toBeGreaterThan(0);
  });

  it("minPositive finds the smallest value > 0", () => {
    expect(minPositive([0, -1, 3, 0.25, NaN, Infinity])).toBe(0.25);
    expect(minPositive([0, -1, NaN])).toBeNull();
  });
});

describe("chartDomain", () => {
  it("nices a linear extent, keeps a requested one", () => {
    expect(chartDomain([0.13, 2.71], null, "linear")).toEqual([0, 3]);
    expect(chartDomain([0.13, 2.71], [0, 1], "linear")).toEqual([0, 1]);
  });

  it("pads a log extent in log space and keeps it positive", () => {
    const [lo, hi] = chartDomain([1, 100], null, "log");
    expect(lo).toBeCloseTo(Math.pow(10, -0.1), 9);
    expect(hi).toBeCloseTo(Math.pow(10, 2.1), 9);
    expect(chartDomain(null, null, "log")).toEqual([0.1, 1]);
    const [a, b] = chartDomain([0.5, 8], [-1, 4], "log");
    expect(a).toBe(0.5);
    expect(b).toBe(4);
  });
});
