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
