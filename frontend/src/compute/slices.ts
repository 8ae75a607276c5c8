/**
 * The 1D series of a frame, as the curve view draws them: a 1D landscape's curve, or the
 * two slices of a 2D landscape through its centre (along direction 1 at the grid line
 * nearest the centre's y, along direction 2 at the grid line nearest its x). Pure: no DOM.
 */

import { type Frame, metricValues } from "./frame";
import { formatValue } from "./labels";
import { dataToIndex } from "./scales";

export interface Slice {
  /** What the slice is: the metric (1D) or "direction 1 at direction 2 = 0" (2D). */
  label: string;
  /** 0: along the frame's x axis; 1: along its y axis. */
  axis: 0 | 1;
  coords: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** Index of the grid point of `coords` nearest to `x` (clamped to the grid). */
export function nearestIndex(coords: ArrayLike<number>, x: number): number {
  const n = coords.length;
  if (!Number.isFinite(x)) return Math.floor((n - 1) / 2);
  return Math.min(n - 1, Math.max(0, Math.round(dataToIndex(coords, x))));
}

/** The metric `m` of `frame` as 1D series: one for a 1D frame, two slices for a 2D one. */
export function frameSlices(frame: Frame, m: number): Slice[] {
  const values = metricValues(frame, m);
  const axes = frame.header.axes;
  if (frame.header.dims === 1) {
    return [{ label: frame.header.metrics[m], axis: 0, coords: axes[0].coords, values }];
  }
  const { nx, ny } = frame;
  const [cx, cy] = frame.header.center;
  const xs = axes[0].coords;
  const ys = axes[1].coords;
  const iy = nearestIndex(ys, cy);
  const ix = nearestIndex(xs, cx);
  const column = new Float32Array(ny);
  for (let j = 0; j < ny; j++) column[j] = values[j * nx + ix];
  const name = (i: number) => axes[i].label || (i === 0 ? "x" : "y");
  return [
    { label: `${name(0)} at ${name(1)} = ${formatValue(ys[iy])}`, axis: 0, coords: xs, values: values.subarray(iy * nx, (iy + 1) * nx) },
    { label: `${name(1)} at ${name(0)} = ${formatValue(xs[ix])}`, axis: 1, coords: ys, values: column },
  ];
}

/** The index of metric `name` in `frame`, else `fallback` when in range, else -1. */
export function metricIndex(frame: Frame, name: string, fallback: number): number {
  const i = frame.header.metrics.indexOf(name);
  if (i >= 0) return i;
  return fallback >= 0 && fallback < frame.metricCount ? fallback : -1;
}

/** The value of a series at its grid point nearest to `x` (NaN outside its coordinates' range by more than half a step). */
export function valueNear(coords: ArrayLike<number>, values: ArrayLike<number>, x: number): { x: number; value: number } {
  const n = coords.length;
  if (n === 0) return { x: NaN, value: NaN };
  const u = dataToIndex(coords, x);
  if (u < -0.5 || u > n - 0.5) return { x: NaN, value: NaN };
  const i = Math.min(n - 1, Math.max(0, Math.round(u)));
  return { x: coords[i], value: values[i] };
}

/** Linear interpolation of a series at `x` (NaN outside its range or next to a non-finite value). */
export function interpolateAt(coords: ArrayLike<number>, values: ArrayLike<number>, x: number): number {
  const n = coords.length;
  if (n === 0 || !(x >= coords[0] && x <= coords[n - 1])) return NaN;
  if (n === 1) return values[0];
  const u = dataToIndex(coords, x);
  const i = Math.min(n - 2, Math.max(0, Math.floor(u)));
  const t = u - i;
  return values[i] + t * (values[i + 1] - values[i]);
}
