/**
 * Coordinate mappings and ticks. Three spaces appear in the views:
 *
 * - data: the axis coordinates of http_api.md (`axes[i].coords`), strictly increasing;
 * - index: fractional grid index, `u` in [0, nx - 1] along x and `v` in [0, ny - 1] along
 *   y; grid point (ix, iy) sits at (u, v) = (ix, iy);
 * - pixel: CSS pixels of the plot area, origin at the top left, y down. Each grid point
 *   owns one cell of `width / nx` by `height / ny` pixels, centred on the point, with
 *   increasing y (iy) drawn upwards.
 *
 * Index and data are related piecewise linearly through `coords`, which is exact for
 * marching squares (linear along every grid edge) and for unevenly spaced axes.
 * Pure: no DOM.
 */

import { scaleLinear } from "d3-scale";

/** Data coordinate of fractional index `u`; linear extrapolation outside [0, n - 1]. */
export function indexToData(coords: ArrayLike<number>, u: number): number {
  const n = coords.length;
  if (n === 1) return coords[0] + u;
  const i = Math.min(Math.max(Math.floor(u), 0), n - 2);
  return coords[i] + (u - i) * (coords[i + 1] - coords[i]);
}

/** Fractional index of data coordinate `x`; the inverse of `indexToData`. */
export function dataToIndex(coords: ArrayLike<number>, x: number): number {
  const n = coords.length;
  if (n === 1) return x - coords[0];
  // Binary search for the segment [coords[lo], coords[lo + 1]] holding x (clamped to the ends).
  let lo = 0;
  let hi = n - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (coords[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo + (x - coords[lo]) / (coords[lo + 1] - coords[lo]);
}

/** The plot area of a grid in pixels, and the grid's shape. */
export interface GridLayout {
  nx: number;
  ny: number;
  width: number;
  height: number;
}

/** Pixel position (x right, y down) of fractional grid index (u, v). */
export function indexToPixel(layout: GridLayout, u: number, v: number): [number, number] {
  return [
    ((u + 0.5) * layout.width) / layout.nx,
    ((layout.ny - 0.5 - v) * layout.height) / layout.ny,
  ];
}

/** Fractional grid index of pixel (px, py); the inverse of `indexToPixel`. */
export function pixelToIndex(layout: GridLayout, px: number, py: number): [number, number] {
  return [(px * layout.nx) / layout.width - 0.5, layout.ny - 0.5 - (py * layout.ny) / layout.height];
}

/**
 * The data extent a grid's cells cover along one axis: from half a cell before the first
 * point to half a cell after the last (what the heatmap shows), as `[lo, hi]`.
 */
export function cellExtent(coords: ArrayLike<number>): [number, number] {
  return [indexToData(coords, -0.5), indexToData(coords, coords.length - 0.5)];
}

/**
 * Size in pixels of a 2D plot area whose longer side is `maxSide`. With the same unit on
 * both axes the plot keeps equal data scales (a round basin stays round, whatever nx and
 * ny are), unless that would make it thinner than `minAspect`; otherwise it is square.
 */
export function plotSize(
  xExtent: [number, number],
  yExtent: [number, number],
  sameUnit: boolean,
  maxSide = 480,
  minAspect = 0.25,
): { width: number; height: number } {
  const dx = Math.abs(xExtent[1] - xExtent[0]);
  const dy = Math.abs(yExtent[1] - yExtent[0]);
  let aspect = sameUnit && dx > 0 && dy > 0 ? dy / dx : 1; // height / width
  aspect = Math.min(Math.max(aspect, minAspect), 1 / minAspect);
  return aspect <= 1
    ? { width: maxSide, height: Math.round(maxSide * aspect) }
    : { width: Math.round(maxSide / aspect), height: maxSide };
}

/** A tick: where it goes in data units, and its label. */
export interface Tick {
  value: number;
  label: string;
}

/**
 * Ticks for the data interval `domain`, only those inside it. A degenerate domain (one
 * value) gets a single tick.
 */
export function ticks(domain: [number, number], count = 5): Tick[] {
  const [a, b] = domain;
  if (!(Number.isFinite(a) && Number.isFinite(b))) return [];
  if (a === b) {
    const fmt = scaleLinear().domain([a - 1, a + 1]).tickFormat(count);
    return [{ value: a, label: fmt(a) }];
  }
  const s = scaleLinear().domain([Math.min(a, b), Math.max(a, b)]);
  const fmt = s.tickFormat(count);
  return s.ticks(count).map((value) => ({ value, label: fmt(value) }));
}

/**
 * The colour domain for values whose finite extent is `extent`: the extent itself, widened
 * to a small interval around the value when all finite values are equal. Null when no
 * value is finite.
 */
export function colorDomain(extent: [number, number] | null): [number, number] | null {
  if (!extent) return null;
  if (extent[0] === extent[1]) {
    const pad = Math.abs(extent[0]) * 1e-6 || 1e-6;
    return [extent[0] - pad, extent[1] + pad];
  }
  return extent;
}

/**
 * Contour levels for the finite extent `domain`: "nice" round values strictly inside it,
 * about `count` of them.
 */
export function contourThresholds(domain: [number, number], count = 10): number[] {
  const [lo, hi] = domain;
  if (!(lo < hi)) return [];
  return scaleLinear().domain([lo, hi]).ticks(count).filter((t) => t > lo && t < hi);
}

/** A linear scale for a 1D chart axis, niced to round ends. */
export function niceDomain(domain: [number, number], count = 5): [number, number] {
  const [a, b] = domain;
  if (a === b) {
    const pad = Math.abs(a) * 0.05 || 1;
    return [a - pad, b + pad];
  }
  const d = scaleLinear().domain([a, b]).nice(count).domain();
  return [d[0], d[1]];
}
