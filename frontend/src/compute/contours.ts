/**
 * Contour lines of a `[ny, nx]` grid, by d3-contour's marching squares.
 *
 * d3-contour returns the *regions* where value >= level as MultiPolygons in its own
 * "pixel" space (grid point (ix, iy) at (ix + 0.5, iy + 0.5), the grid padded with a
 * virtual border below every level). Here only the *lines* matter, so each ring is cut
 * into polylines made of the segments that lie in a grid square whose four corners are
 * real, finite grid points:
 *
 * - segments along the outside of the grid (where a region touches the border) are
 *   dropped, so the plot frame is not drawn as a contour;
 * - NaN, +inf and -inf are holes: the squares touching them have no contour (as with a
 *   masked array in matplotlib), so no line runs around a marked cell and no infinity
 *   bends a line. d3-contour would otherwise treat NaN as below every level.
 *
 * Output points are in fractional grid index (u, v) (see scales.ts): (ix, iy) is grid
 * point [iy, ix]. Pure: no DOM.
 */

import { contours as d3Contours } from "d3-contour";

export type Point = [number, number];

/** The lines of one level; a closed line repeats its first point at the end. */
export interface ContourLevel {
  value: number;
  lines: Point[][];
}

/**
 * Contour lines of `values` (`[ny, nx]`, C order) at each of `thresholds`, in grid index
 * coordinates. Non-finite values are holes (see the module comment).
 */
export function contourLines(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  thresholds: readonly number[],
): ContourLevel[] {
  if (values.length !== nx * ny) {
    throw new Error(`grid has ${values.length} values, expected ny * nx = ${ny} * ${nx}`);
  }
  if (nx < 2 || ny < 2 || thresholds.length === 0) {
    return thresholds.map((value) => ({ value, lines: [] }));
  }
  const squareOk = finiteSquares(values, nx, ny);
  const generator = d3Contours().size([nx, ny]).smooth(true);
  // d3 wants plain numbers; a typed array works as its indexable input.
  const grid = values as unknown as number[];
  return thresholds.map((value) => ({
    value,
    lines: regionLines(generator.contour(grid, value).coordinates as Point[][][], nx, squareOk),
  }));
}

/**
 * The contour lines bounding d3-contour's region polygons (`MultiPolygon.coordinates`, in
 * d3's coordinates) that lie in squares `squareOk` marks as good (see `finiteSquares`),
 * in grid index coordinates. `pad`: the polygons are those of the grid padded with `pad`
 * points on every side.
 */
export function regionLines(polygons: Point[][][], nx: number, squareOk: Uint8Array, pad = 0): Point[][] {
  const lines: Point[][] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) cutRing(ring, nx, squareOk, lines, 0.5 + pad);
  }
  return lines;
}

/**
 * `ok[j * (nx - 1) + i]` is 1 when the square with corners (i, j) .. (i + 1, j + 1) has
 * four finite values.
 */
export function finiteSquares(values: ArrayLike<number>, nx: number, ny: number): Uint8Array {
  const finite = new Uint8Array(nx * ny);
  for (let k = 0; k < finite.length; k++) finite[k] = Number.isFinite(values[k]) ? 1 : 0;
  const ok = new Uint8Array((nx - 1) * (ny - 1));
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const k = j * nx + i;
      ok[j * (nx - 1) + i] = finite[k] & finite[k + 1] & finite[k + nx] & finite[k + nx + 1];
    }
  }
  return ok;
}

/**
 * Appends to `out` the polylines of a d3 ring (d3 pixel coordinates) that lie in good
 * squares, converted to grid index coordinates.
 */
function cutRing(ring: Point[], nx: number, squareOk: Uint8Array, out: Point[][], shift = 0.5): void {
  const ny1 = squareOk.length / (nx - 1);
  // Ring as a cycle of distinct points (d3 closes rings by repeating the first point).
  let n = ring.length;
  if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) n--;
  if (n < 2) return;
  const pts: Point[] = new Array(n);
  for (let k = 0; k < n; k++) pts[k] = [ring[k][0] - shift, ring[k][1] - shift];

  const ok = (i: number, j: number): boolean =>
    i >= 0 && j >= 0 && i < nx - 1 && j < ny1 && squareOk[j * (nx - 1) + i] === 1;
  const keep = (a: Point, b: Point): boolean => {
    // Both ends lie on the edges of one square, so their midpoint lies inside it, or on
    // the grid line between two squares when the segment runs along it (d3 puts a point
    // on a grid point next to an infinity or a value equal to the level). Such a segment
    // is kept only if both squares beside it are good.
    const mx = (a[0] + b[0]) / 2;
    const my = (a[1] + b[1]) / 2;
    const i = Math.floor(mx);
    const j = Math.floor(my);
    if (!ok(i, j)) return false;
    if (mx === i && !ok(i - 1, j)) return false;
    if (my === j && !ok(i, j - 1)) return false;
    return true;
  };

  const lines: Point[][] = [];
  let current: Point[] | null = null;
  let allKept = true;
  for (let k = 0; k < n; k++) {
    const a = pts[k];
    const b = pts[(k + 1) % n];
    if (keep(a, b)) {
      if (!current) {
        current = [a];
        lines.push(current);
      }
      current.push(b);
    } else {
      allKept = false;
      current = null;
    }
  }
  if (!allKept && lines.length > 1) {
    // The ring's first and last kept runs meet at point 0: join them into one line.
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first[0] === pts[0] && last[last.length - 1] === pts[0]) {
      lines.pop();
      lines[0] = last.concat(first.slice(1));
    }
  }
  for (const line of lines) out.push(line);
}
