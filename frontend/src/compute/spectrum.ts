/**
 * The eigenvalue density over training (the `spectrum` route) made ready to draw: one
 * eigenvalue axis for all steps, each step's log density resampled onto it for the step x
 * eigenvalue heatmap, the density axis, and hover look-ups. Pure: no DOM.
 *
 * The density is stored as a natural log, floored by the writer far below its peak; the
 * views show log10 of it (decades read more easily), clipped at `DECADES` below the highest
 * value of all steps so that the floor does not squash the bulk. Outside a step's own grid
 * its density is missing (NaN), not zero.
 */

import type { SpectrumStep } from "../api";

/** Decades of density shown below the highest. */
export const DECADES = 8;

/** log10 of a natural-log density. */
export function log10Density(ln: number): number {
  return ln / Math.LN10;
}

/** [lowest, highest] eigenvalue over every step's grid, outliers and top eigenvalue; null without steps. */
export function eigenDomain(steps: readonly SpectrumStep[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of steps) {
    const g = s.grid;
    if (g.length) {
      lo = Math.min(lo, g[0]);
      hi = Math.max(hi, g[g.length - 1]);
    }
    for (const o of [...s.outliers, s.top_eigenvalue ?? NaN]) {
      if (Number.isFinite(o)) {
        lo = Math.min(lo, o);
        hi = Math.max(hi, o);
      }
    }
  }
  if (!(hi > lo)) return hi === lo && Number.isFinite(lo) ? [lo - 1, hi + 1] : null;
  return [lo, hi];
}

/** [floor, top] of log10 density over every step: top = the highest, floor DECADES below. */
export function densityDomain(steps: readonly SpectrumStep[]): [number, number] | null {
  let top = -Infinity;
  for (const s of steps) for (const v of s.log_density) if (Number.isFinite(v)) top = Math.max(top, log10Density(v));
  if (!Number.isFinite(top)) return null;
  return [top - DECADES, top + 0.25];
}

/** Index of the grid point nearest to `x` (grid increasing); -1 for an empty grid. */
export function nearestIndex(grid: readonly number[], x: number): number {
  const n = grid.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (grid[mid] <= x) lo = mid;
    else hi = mid;
  }
  return Math.abs(grid[lo] - x) <= Math.abs(grid[hi] - x) ? lo : hi;
}

/**
 * log10 density of `step` at each of `xs` (linear interpolation of the log between grid
 * points; NaN outside the step's grid).
 */
export function resample(step: SpectrumStep, xs: readonly number[]): Float64Array {
  const g = step.grid;
  const d = step.log_density;
  const out = new Float64Array(xs.length).fill(NaN);
  if (g.length < 2) return out;
  let j = 0;
  xs.forEach((x, i) => {
    if (!(x >= g[0] && x <= g[g.length - 1])) return;
    while (j < g.length - 2 && g[j + 1] < x) j++;
    while (j > 0 && g[j] > x) j--;
    const t = (x - g[j]) / (g[j + 1] - g[j]);
    out[i] = log10Density(d[j] + t * (d[j + 1] - d[j]));
  });
  return out;
}

/** `n` evenly spaced values over `domain`. */
export function linspace(domain: readonly [number, number], n: number): number[] {
  const [a, b] = domain;
  return Array.from({ length: n }, (_, i) => (n === 1 ? a : a + ((b - a) * i) / (n - 1)));
}

/** Read-out text at eigenvalue index `i` of `step`. */
export function densityText(step: SpectrumStep, i: number): string {
  const x = step.grid[i];
  const d = log10Density(step.log_density[i]);
  const fmt = (v: number) => String(Number(v.toPrecision(4)));
  return `step ${step.step} · eigenvalue ${fmt(x)} · density 10^${d.toFixed(2)}`;
}

/** The top eigenvalue of a step: recorded, else its largest outlier; NaN when neither. */
export function topEigenvalue(step: SpectrumStep): number {
  if (step.top_eigenvalue !== null && Number.isFinite(step.top_eigenvalue)) return step.top_eigenvalue;
  return step.outliers.length ? Math.max(...step.outliers) : NaN;
}
