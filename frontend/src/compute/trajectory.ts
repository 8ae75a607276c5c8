/**
 * The optimizer's path as the renderers draw it: one point per logged step, coloured by
 * step (early = light, late = dark red), the last point the current one. Pure: no DOM.
 */

import { interpolateYlOrRd } from "d3-scale-chromatic";
import type { Trajectory } from "./frame";
import { parseColor, type Rgb } from "./colormap";

export interface PathPoint {
  step: number;
  x: number;
  /** 0 for a 1D landscape. */
  y: number;
  /** Loss on the plane at (x, y): what the surface shows there (NaN when not recorded). */
  planeLoss: number;
  /** Loss of the real weights at that step (NaN when not recorded). */
  trueLoss: number;
  /** Distance of the real weights from the plane (NaN when not recorded). */
  residual: number;
}

/** The path's points in order; points whose x (or y in 2D) is not finite are left out. */
export function pathPoints(traj: Trajectory | null): PathPoint[] {
  if (!traj) return [];
  const out: PathPoint[] = [];
  for (let i = 0; i < traj.x.length; i++) {
    const x = traj.x[i];
    const y = traj.y ? traj.y[i] : 0;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    out.push({
      step: traj.steps[i],
      x,
      y,
      planeLoss: traj.plane_loss ? traj.plane_loss[i] : NaN,
      trueLoss: traj.true_loss ? traj.true_loss[i] : NaN,
      residual: traj.residual ? traj.residual[i] : NaN,
    });
  }
  return out;
}

/** Colour of point `i` of `n` (by order of step): light yellow early to dark red late. */
export function pathColor(i: number, n: number): Rgb {
  const t = n <= 1 ? 1 : i / (n - 1);
  return parseColor(interpolateYlOrRd(0.25 + 0.75 * t));
}

/**
 * Index of the point of `pixels` nearest to (px, py) within `radius` pixels, -1 when none
 * is; on a tie the later point wins (it is drawn on top).
 */
export function nearestPathPoint(pixels: readonly (readonly [number, number])[], px: number, py: number, radius: number): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < pixels.length; i++) {
    const dx = pixels[i][0] - px;
    const dy = pixels[i][1] - py;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}

/** A path whose extent is below this fraction of the plane's span "barely moves" on it. */
export const TINY_PATH_FRACTION = 0.02;

/** How far the path moves on the plane (or line), relative to the plane's span. */
export interface PathSpread {
  /** Points of the path. */
  count: number;
  /**
   * The path's extent along each axis (max - min of its coordinates) divided by the span
   * of the plane along that axis (max - min of the axis' coordinates); the larger of the
   * two (the only one in 1D). 0 when all points coincide.
   */
  fraction: number;
  /** `fraction` < the threshold: the path collapses onto a dot in this view. */
  tiny: boolean;
}

/**
 * The spread of `points` over a plane whose axes have coordinates `xs` and `ys` (null for a
 * 1D landscape: x only). Null with fewer than two points (nothing to move) or when an axis
 * has no span (one coordinate, or not finite).
 */
export function pathSpread(
  points: readonly PathPoint[],
  xs: ArrayLike<number>,
  ys: ArrayLike<number> | null,
  threshold = TINY_PATH_FRACTION,
): PathSpread | null {
  if (points.length < 2) return null;
  const span = (c: ArrayLike<number>) => (c.length > 1 ? c[c.length - 1] - c[0] : NaN);
  const sx = span(xs);
  const sy = ys ? span(ys) : 1;
  if (!(sx > 0 && Number.isFinite(sx) && sy > 0 && Number.isFinite(sy))) return null;
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  const fraction = Math.max((x1 - x0) / sx, ys ? (y1 - y0) / sy : 0);
  return { count: points.length, fraction, tiny: fraction < threshold };
}

/** A fraction as a short percentage: "0.4%", "12%", "<0.1%" below a thousandth. */
export function percentText(fraction: number): string {
  if (!(fraction >= 0.001)) return "<0.1%";
  const pct = fraction * 100;
  return `${pct < 10 ? Number(pct.toFixed(1)) : Math.round(pct)}%`;
}
