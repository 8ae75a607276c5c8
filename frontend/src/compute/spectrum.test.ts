import { describe, expect, it } from "vitest";
import type { SpectrumStep } from "../api";
import { DECADES, densityDomain, densityText, eigenDomain, linspace, nearestIndex, resample, topEigenvalue } from "./spectrum";

function step(s: number, grid: number[], ln: number[], outliers: number[] = [], top: number | null = null): SpectrumStep {
  return { step: s, wall_time: 0, grid, log_density: ln, sigma: 0.1, outliers, outlier_weights: outliers.map(() => 0.01), top_eigenvalue: top, num_parameters: 10 };
}

describe("spectrum", () => {
  const a = step(0, [0, 1, 2], [0, Math.LN10, 0], [3]);
  const b = step(100, [-1, 1], [-Math.LN10, -Math.LN10], [], 5);

  it("eigenDomain(steps) spans every grid and outlier", () => {
    expect(eigenDomain([a, b])).toEqual([-1, 5]);
    expect(eigenDomain([])).toBeNull();
  });

  it("densityDomain(steps) is DECADES below the highest log10 density", () => {
    const [lo, hi] = densityDomain([a, b])!;
    expect(hi).toBeCloseTo(1.25);
    expect(lo).toBeCloseTo(1 - DECADES);
    expect(densityDomain([])).toBeNull();
  });

  it("nearestIndex(grid, x) finds the closest point, clamped at the ends", () => {
    expect(nearestIndex([0, 1, 2], 1.4)).toBe(1);
    expect(nearestIndex([0, 1, 2], 1.6)).toBe(2);
    expect(nearestIndex([0, 1, 2], -5)).toBe(0);
    expect(nearestIndex([0, 1, 2], 50)).toBe(2);
    expect(nearestIndex([], 1)).toBe(-1);
  });

  it("resample(step, xs) interpolates log10 density and is NaN outside the grid", () => {
    const r = Array.from(resample(a, [-0.5, 0, 0.5, 2, 2.5]));
    expect(r[0]).toBeNaN();
    expect(r[1]).toBeCloseTo(0);
    expect(r[2]).toBeCloseTo(0.5);
    expect(r[3]).toBeCloseTo(0);
    expect(r[4]).toBeNaN();
  });

  it("linspace and the read-out", () => {
    expect(linspace([0, 1], 3)).toEqual([0, 0.5, 1]);
    expect(densityText(a, 1)).toBe("step 0 · eigenvalue 1 · density 10^1.00");
  });

  it("topEigenvalue(step) is the recorded one, else the largest outlier, else NaN", () => {
    expect(topEigenvalue(b)).toBe(5);
    expect(topEigenvalue(a)).toBe(3);
    expect(topEigenvalue(step(1, [0, 1], [0, 0]))).toBeNaN();
  });
});
