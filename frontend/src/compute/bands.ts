/**
 * Filled contour bands of a `[ny, nx]` grid, by d3-contour's marching squares, and the
 * plan of which colour each band takes. Pure: no DOM.
 *
 * A filled plot is painted bottom up: a base colour over the whole plot, then for each
 * layer value (ascending) the region where value >= layer in that layer's colour. The
 * layers are the contour levels, plus the colour domain's ends when some finite value lies
 * beyond them (so values outside the domain take the end colours, as in the cell heatmap).
 *
 * NaN, +inf and -inf are excluded: before contouring each is replaced by the mean of its
 * finite neighbours (`fillNonFinite`), so no band bends towards an infinity or around a
 * hole, and the renderer paints the non-finite cells over the bands (marked colour and
 * hatching). The contour *lines* still skip every square that touches a non-finite value
 * (`contours.ts`).
 *
 * Regions are d3 polygons (`[exterior, ...holes]`) in grid index coordinates (see
 * scales.ts). They cover more than the cell extent (-0.5 .. n - 0.5 on each axis), up to
 * -1.5 .. n + 0.5 (the grid is padded by its edge values, so no corner is cut): the
 * renderer clips them to the plot.
 */

import { contours as d3Contours } from "d3-contour";
import { type ContourLevel, finiteSquares, type Point, regionLines } from "./contours";

/**
 * A copy of `values` with every non-finite value replaced by the mean of its finite
 * 4-neighbours, repeated outwards until none is left (a grid with no finite value becomes
 * zeros).
 */
export function fillNonFinite(values: ArrayLike<number>, nx: number, ny: number): Float64Array {
  const out = Float64Array.from(values as ArrayLike<number>);
  const n = nx * ny;
  let todo: number[] = [];
  for (let k = 0; k < n; k++) if (!Number.isFinite(out[k])) todo.push(k);
  if (todo.length === n) return out.fill(0);
  const known = new Uint8Array(n);
  for (let k = 0; k < n; k++) known[k] = Number.isFinite(out[k]) ? 1 : 0;
  while (todo.length > 0) {
    const next: number[] = [];
    const filled: [number, number][] = [];
    for (const k of todo) {
      const ix = k % nx;
      const iy = (k - ix) / nx;
      let sum = 0;
      let cnt = 0;
      if (ix > 0 && known[k - 1]) (sum += out[k - 1]), cnt++;
      if (ix < nx - 1 && known[k + 1]) (sum += out[k + 1]), cnt++;
      if (iy > 0 && known[k - nx]) (sum += out[k - nx]), cnt++;
      if (iy < ny - 1 && known[k + nx]) (sum += out[k + nx]), cnt++;
      if (cnt > 0) filled.push([k, sum / cnt]);
      else next.push(k);
    }
    // Apply a whole ring at once, so the result does not depend on the visiting order.
    for (const [k, v] of filled) {
      out[k] = v;
      known[k] = 1;
    }
    todo = next;
  }
  return out;
}

/** One layer of a filled plot: the region value >= `value`, painted at colour position `t`. */
export interface BandLayer {
  value: number;
  /** Colour position in [0, 1]. */
  t: number;
}

export interface BandPlan {
  /** Colour position of the base (everything below the first layer). */
  base: number;
  layers: BandLayer[];
}

/**
 * Which colour each band takes. `thresholds` are the contour levels strictly inside
 * `domain` (ascending); `position` maps a value to its colour position. Each band between
 * two successive boundaries (domain ends and levels) takes the colour of its middle
 * position; when `clip.below` (`clip.above`) is non-zero the values below (above) the
 * domain form a band of their own in the end colour.
 */
export function bandPlan(
  thresholds: readonly number[],
  domain: readonly [number, number],
  clip: { below: number; above: number },
  position: (v: number) => number,
): BandPlan {
  const bounds = [domain[0], ...thresholds, domain[1]];
  const mid = (i: number) => (position(bounds[i]) + position(bounds[i + 1])) / 2;
  const layers: BandLayer[] = [];
  let base = mid(0);
  if (clip.below > 0) {
    base = 0;
    layers.push({ value: domain[0], t: mid(0) });
  }
  thresholds.forEach((value, i) => layers.push({ value, t: mid(i + 1) }));
  if (clip.above > 0) layers.push({ value: domain[1], t: 1 });
  return { base, layers };
}

/** The region value >= `value`: d3 polygons in grid index coordinates. */
export interface BandRegion {
  value: number;
  polygons: Point[][][];
}

/**
 * Filled regions of `values` (`[ny, nx]`, C order) at each of `layers`, and the contour
 * lines at each of `lineLevels`, from one pass of marching squares per distinct value.
 * Non-finite values are excluded as the module comment says.
 */
export function contourBands(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  layers: readonly number[],
  lineLevels: readonly number[],
): { regions: BandRegion[]; lines: ContourLevel[] } {
  if (values.length !== nx * ny) {
    throw new Error(`grid has ${values.length} values, expected ny * nx = ${ny} * ${nx}`);
  }
  if (nx < 2 || ny < 2) {
    return { regions: layers.map((value) => ({ value, polygons: [] })), lines: lineLevels.map((value) => ({ value, lines: [] })) };
  }
  // Contour the grid padded with a copy of its edge points on every side, so the regions
  // reach the plot's edges and corners (d3 cuts the corners of an unpadded grid).
  const filled = fillNonFinite(values, nx, ny);
  const px = nx + 2;
  const py = ny + 2;
  const grid = new Float64Array(px * py);
  for (let j = 0; j < py; j++) {
    const iy = Math.min(Math.max(j - 1, 0), ny - 1);
    for (let i = 0; i < px; i++) grid[j * px + i] = filled[iy * nx + Math.min(Math.max(i - 1, 0), nx - 1)];
  }
  const squareOk = finiteSquares(values, nx, ny);
  const generator = d3Contours().size([px, py]).smooth(true);
  const raw = new Map<number, Point[][][]>();
  const polygonsAt = (value: number): Point[][][] => {
    let p = raw.get(value);
    if (!p) {
      p = generator.contour(grid as unknown as number[], value).coordinates as Point[][][];
      raw.set(value, p);
    }
    return p;
  };
  const lines = lineLevels.map((value) => ({ value, lines: regionLines(polygonsAt(value), nx, squareOk, 1) }));
  const regions = layers.map((value) => ({
    value,
    polygons: polygonsAt(value).map((polygon) =>
      polygon.map((ring) => ring.map(([x, y]): Point => [x - 1.5, y - 1.5])),
    ),
  }));
  return { regions, lines };
}
