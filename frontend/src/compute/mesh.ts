/**
 * The maths of the 3D surface, on plain typed arrays (the renderer copies them into
 * three.js buffers). Pure: no DOM, no three.js.
 *
 * World space is z-up. The grid lies in the rectangle [-halfX, halfX] x [-halfY, halfY]
 * (data coordinates mapped linearly, so unevenly spaced axes keep their true spacing),
 * the surface runs from z = 0 (the bottom of the height domain) to z = height (its top),
 * and the floor, where contours and the marks of non-finite points go, lies below it.
 *
 * Heights: the metric in data units (linear) or log10 of it (log), clamped to the height
 * domain, so a clip range flattens a spike instead of stretching everything else flat.
 * NaN, +inf and -inf have no height: no triangle touches them, and they are marked on the
 * floor instead.
 */

import type { ContourLevel } from "./contours";
import type { PathPoint } from "./trajectory";

// ---------------------------------------------------------------------------------------
// Plane layout: data (x, y) <-> world (X, Y)

export interface PlaneLayout {
  /** Data coordinates of the grid points, strictly increasing. */
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** The grid spans [-halfX, halfX] x [-halfY, halfY] in world units. */
  halfX: number;
  halfY: number;
}

/**
 * The plane's world extent: the longer side is `side`; with the same unit on both axes the
 * data aspect is kept (clamped to [minAspect, 1 / minAspect]), otherwise it is square.
 */
export function planeLayout(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  sameUnit: boolean,
  side = 2,
  minAspect = 0.25,
): PlaneLayout {
  const dx = span(xs);
  const dy = span(ys);
  let aspect = sameUnit && dx > 0 && dy > 0 ? dy / dx : 1; // y extent / x extent
  aspect = Math.min(Math.max(aspect, minAspect), 1 / minAspect);
  const w = aspect <= 1 ? side : side / aspect;
  const h = aspect <= 1 ? side * aspect : side;
  return { xs, ys, halfX: w / 2, halfY: h / 2 };
}

function span(c: ArrayLike<number>): number {
  return c.length > 1 ? c[c.length - 1] - c[0] : 0;
}

function toWorld(c: ArrayLike<number>, half: number, v: number): number {
  const d = span(c);
  return d > 0 ? ((v - c[0]) / d) * 2 * half - half : 0;
}

function fromWorld(c: ArrayLike<number>, half: number, w: number): number {
  const d = span(c);
  return d > 0 && half > 0 ? c[0] + ((w + half) / (2 * half)) * d : c.length ? c[0] : 0;
}

/** World X of data x. */
export function worldX(l: PlaneLayout, x: number): number {
  return toWorld(l.xs, l.halfX, x);
}

/** World Y of data y. */
export function worldY(l: PlaneLayout, y: number): number {
  return toWorld(l.ys, l.halfY, y);
}

/** Data (x, y) of world (X, Y); the inverse of worldX / worldY. */
export function worldToData(l: PlaneLayout, X: number, Y: number): [number, number] {
  return [fromWorld(l.xs, l.halfX, X), fromWorld(l.ys, l.halfY, Y)];
}

/** Data coordinate at fractional grid index `u` (piecewise linear; clamped extrapolation). */
export function indexToCoord(c: ArrayLike<number>, u: number): number {
  const n = c.length;
  if (n === 0) return 0;
  if (n === 1) return c[0];
  const i = Math.min(Math.max(Math.floor(u), 0), n - 2);
  return c[i] + (u - i) * (c[i + 1] - c[i]);
}

/** Fractional grid index of data coordinate `x`, clamped to [0, n - 1]. */
export function coordToIndex(c: ArrayLike<number>, x: number): number {
  const n = c.length;
  if (n <= 1 || !(x > c[0])) return 0;
  if (x >= c[n - 1]) return n - 1;
  let lo = 0;
  let hi = n - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo + (x - c[lo]) / (c[lo + 1] - c[lo]);
}

// ---------------------------------------------------------------------------------------
// Heights

export interface HeightScale {
  /** The height domain in transformed units (log10 of the data when `log`), lo < hi. */
  lo: number;
  hi: number;
  log: boolean;
  /** World z of the domain's top; its bottom is at 0. */
  height: number;
}

/**
 * The height scale of a colour domain `[lo, hi]` in data units (as `scales.ts:
 * effectiveDomain` makes it: lo < hi, and lo > 0 for log): its transformed ends.
 */
export function heightScale(domain: readonly [number, number], log: boolean, height: number): HeightScale {
  let lo = log ? Math.log10(domain[0]) : domain[0];
  let hi = log ? Math.log10(domain[1]) : domain[1];
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) {
    // A degenerate or unusable domain: widen it around what is there.
    const mid = Number.isFinite(lo) ? lo : Number.isFinite(hi) ? hi : 0;
    const pad = Math.abs(mid) * 1e-6 || 1e-6;
    lo = mid - pad;
    hi = mid + pad;
  }
  return { lo, hi, log, height };
}

/** Transformed value of `v`: itself, or log10 (-Infinity for v <= 0). NaN stays NaN. */
export function transform(v: number, log: boolean): number {
  return log ? (v > 0 ? Math.log10(v) : v === v ? -Infinity : NaN) : v;
}

/**
 * World z of a data value: its transformed value mapped from [lo, hi] to [0, height] and
 * clamped there. NaN for non-finite values; in log, finite values <= 0 lie at 0.
 */
export function heightOf(s: HeightScale, v: number): number {
  if (!Number.isFinite(v)) return NaN;
  const t = s.log ? (v > 0 ? Math.log10(v) : -Infinity) : v;
  const p = (t - s.lo) / (s.hi - s.lo);
  return (p <= 0 ? 0 : p >= 1 ? 1 : p) * s.height;
}

// ---------------------------------------------------------------------------------------
// Surface buffers

/** A colormap as the surface uses it (the `Colormap` of colormap.ts fits). */
export interface ColorLookup {
  /** RGB triples, 0-255 sRGB. */
  readonly lut: Uint8Array;
  /** Offset in `lut` of the colour of a finite value. */
  lutOffset(v: number): number;
}

/** sRGB byte -> linear [0, 1] (three.js wants linear vertex colours). */
export const SRGB_TO_LINEAR: Float32Array = (() => {
  const t = new Float32Array(256);
  for (let i = 0; i < 256; i++) {
    const c = i / 255;
    t[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
  return t;
})();

export interface SurfaceBuffers {
  nx: number;
  ny: number;
  /** XYZ per grid point, point (ix, iy) at index iy * nx + ix. Non-finite points lie at z = 0. */
  positions: Float32Array;
  /** Unit normals per grid point. */
  normals: Float32Array;
  /** RGB per grid point: linear, or sRGB in [0, 1] when `linear` was false. */
  colors: Float32Array;
  /** Triangles (counter-clockwise seen from +z); only the first `indexCount` are used. */
  index: Uint32Array;
  indexCount: number;
  /** Grid points used by at least one triangle. */
  vertexCount: number;
  /** 1 where the value is finite. */
  finite: Uint8Array;
  /**
   * False when the last fill left `index` as it was (the same points are finite as in the
   * fill before): the renderer need not upload it again.
   */
  indexChanged: boolean;
  /** Whether `fillSurface` has run on these buffers. */
  filled: boolean;
}

/** Buffers for an `nx` x `ny` grid (index capacity for every square as two triangles). */
export function allocSurface(nx: number, ny: number): SurfaceBuffers {
  const n = nx * ny;
  return {
    nx,
    ny,
    positions: new Float32Array(n * 3),
    normals: new Float32Array(n * 3),
    colors: new Float32Array(n * 3),
    index: new Uint32Array(Math.max(0, nx - 1) * Math.max(0, ny - 1) * 6),
    indexCount: 0,
    vertexCount: 0,
    finite: new Uint8Array(n),
    indexChanged: true,
    filled: false,
  };
}

/**
 * Fills `buf` from `values` (`[ny, nx]`, C order): positions, normals, colours (when
 * `cmap` is given) and triangles. A grid square with four finite corners gives two
 * triangles; with three, the one triangle of those three (so a hole hugs the bad point);
 * with fewer, none.
 */
export function fillSurface(
  buf: SurfaceBuffers,
  values: ArrayLike<number>,
  layout: PlaneLayout,
  hs: HeightScale,
  cmap: ColorLookup | null,
  linear = true,
): void {
  const { nx, ny, positions: P, normals: N, colors: C, index, finite } = buf;
  if (values.length !== nx * ny) {
    throw new Error(`grid has ${values.length} values, expected ny * nx = ${ny} * ${nx}`);
  }
  const wx = new Float32Array(nx);
  const wy = new Float32Array(ny);
  for (let ix = 0; ix < nx; ix++) wx[ix] = worldX(layout, layout.xs[ix]);
  for (let iy = 0; iy < ny; iy++) wy[iy] = worldY(layout, layout.ys[iy]);

  const lut = cmap ? cmap.lut : null;
  const conv = linear ? SRGB_TO_LINEAR : null;
  let same = buf.filled; // a first fill always builds the index
  for (let iy = 0, k = 0; iy < ny; iy++) {
    for (let ix = 0; ix < nx; ix++, k++) {
      const v = values[k];
      const z = heightOf(hs, v);
      const ok = z === z;
      const f = ok ? 1 : 0;
      if (finite[k] !== f) same = false;
      finite[k] = f;
      const o = k * 3;
      P[o] = wx[ix];
      P[o + 1] = wy[iy];
      P[o + 2] = ok ? z : 0;
      if (lut && cmap) {
        if (ok) {
          const c = cmap.lutOffset(v);
          if (conv) {
            C[o] = conv[lut[c]];
            C[o + 1] = conv[lut[c + 1]];
            C[o + 2] = conv[lut[c + 2]];
          } else {
            C[o] = lut[c] / 255;
            C[o + 1] = lut[c + 1] / 255;
            C[o + 2] = lut[c + 2] / 255;
          }
        } else {
          C[o] = C[o + 1] = C[o + 2] = 0.5;
        }
      }
    }
  }

  // Normals from finite differences over the finite neighbours, in world units.
  for (let iy = 0, k = 0; iy < ny; iy++) {
    for (let ix = 0; ix < nx; ix++, k++) {
      const o = k * 3;
      let gx = 0;
      let gy = 0;
      if (finite[k]) {
        const l = ix > 0 && finite[k - 1] ? k - 1 : k;
        const r = ix < nx - 1 && finite[k + 1] ? k + 1 : k;
        if (l !== r) gx = (P[r * 3 + 2] - P[l * 3 + 2]) / (P[r * 3] - P[l * 3]);
        const d = iy > 0 && finite[k - nx] ? k - nx : k;
        const u = iy < ny - 1 && finite[k + nx] ? k + nx : k;
        if (d !== u) gy = (P[u * 3 + 2] - P[d * 3 + 2]) / (P[u * 3 + 1] - P[d * 3 + 1]);
        if (!Number.isFinite(gx)) gx = 0;
        if (!Number.isFinite(gy)) gy = 0;
      }
      const len = Math.sqrt(gx * gx + gy * gy + 1);
      N[o] = -gx / len;
      N[o + 1] = -gy / len;
      N[o + 2] = 1 / len;
    }
  }

  buf.indexChanged = !same;
  buf.filled = true;
  if (same) return;

  // Triangles. Corners of square (ix, iy): a = (ix, iy), b = (ix+1, iy), c = (ix, iy+1), d = (ix+1, iy+1).
  let m = 0;
  const used = new Uint8Array(nx * ny);
  const tri = (p: number, q: number, r: number) => {
    index[m++] = p;
    index[m++] = q;
    index[m++] = r;
    used[p] = used[q] = used[r] = 1;
  };
  for (let iy = 0; iy < ny - 1; iy++) {
    for (let ix = 0; ix < nx - 1; ix++) {
      const a = iy * nx + ix;
      const b = a + 1;
      const c = a + nx;
      const d = c + 1;
      const fa = finite[a];
      const fb = finite[b];
      const fc = finite[c];
      const fd = finite[d];
      const count = fa + fb + fc + fd;
      if (count === 4) {
        tri(a, b, d);
        tri(a, d, c);
      } else if (count === 3) {
        if (!fa) tri(b, d, c);
        else if (!fb) tri(a, d, c);
        else if (!fc) tri(a, b, d);
        else tri(a, b, c);
      }
    }
  }
  let vc = 0;
  for (let k = 0; k < used.length; k++) vc += used[k];
  buf.indexCount = m;
  buf.vertexCount = vc;
}

/** A fixed light: colour * (ambient + diffuse * max(0, normal . dir)), `dir` towards the light. */
export interface Light {
  dir: readonly [number, number, number];
  ambient: number;
  diffuse: number;
}

/**
 * Bakes `light` into the colours of `buf` (Gouraud shading, done once per fill instead of
 * per pixel: the same picture as a Lambert material, as the light does not move with the
 * camera, and much cheaper on a software rasteriser). Run right after `fillSurface`.
 */
export function shadeSurface(buf: SurfaceBuffers, light: Light): void {
  const { normals: N, colors: C } = buf;
  const [lx, ly, lz] = light.dir;
  const len = Math.hypot(lx, ly, lz) || 1;
  const ax = lx / len;
  const ay = ly / len;
  const az = lz / len;
  for (let o = 0; o < C.length; o += 3) {
    const d = N[o] * ax + N[o + 1] * ay + N[o + 2] * az;
    const f = light.ambient + light.diffuse * (d > 0 ? d : 0);
    C[o] *= f;
    C[o + 1] *= f;
    C[o + 2] *= f;
  }
}

// ---------------------------------------------------------------------------------------
// Marks for non-finite points

export const MARK_NAN = 0;
export const MARK_POS_INF = 1;
export const MARK_NEG_INF = 2;

export interface Marks {
  /** XYZ per mark, at z = `z`. */
  positions: Float32Array;
  /** MARK_NAN, MARK_POS_INF or MARK_NEG_INF per mark. */
  kinds: Uint8Array;
  count: number;
}

/** A mark at every non-finite grid point, at height `z` (the floor). */
export function nonFiniteMarks(values: ArrayLike<number>, layout: PlaneLayout, z: number): Marks {
  const nx = layout.xs.length;
  let count = 0;
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k])) count++;
  const positions = new Float32Array(count * 3);
  const kinds = new Uint8Array(count);
  let m = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (Number.isFinite(v)) continue;
    const ix = k % nx;
    const iy = (k - ix) / nx;
    positions[m * 3] = worldX(layout, layout.xs[ix]);
    positions[m * 3 + 1] = worldY(layout, layout.ys[iy]);
    positions[m * 3 + 2] = z;
    kinds[m] = v !== v ? MARK_NAN : v > 0 ? MARK_POS_INF : MARK_NEG_INF;
    m++;
  }
  return { positions, kinds, count };
}

// ---------------------------------------------------------------------------------------
// Sampling the surface, and the optimizer's path on it

/**
 * World z of the surface at data (x, y) (clamped into the grid): bilinear over the grid
 * square's corners that are finite, their weights renormalised; NaN when none is.
 */
export function surfaceHeightAt(
  values: ArrayLike<number>,
  layout: PlaneLayout,
  hs: HeightScale,
  x: number,
  y: number,
): number {
  const nx = layout.xs.length;
  const ny = layout.ys.length;
  const u = coordToIndex(layout.xs, x);
  const v = coordToIndex(layout.ys, y);
  const i0 = Math.min(Math.floor(u), Math.max(nx - 2, 0));
  const j0 = Math.min(Math.floor(v), Math.max(ny - 2, 0));
  const fu = nx > 1 ? u - i0 : 0;
  const fv = ny > 1 ? v - j0 : 0;
  let sum = 0;
  let wsum = 0;
  for (let dj = 0; dj <= 1; dj++) {
    for (let di = 0; di <= 1; di++) {
      const i = Math.min(i0 + di, nx - 1);
      const j = Math.min(j0 + dj, ny - 1);
      const w = (di ? fu : 1 - fu) * (dj ? fv : 1 - fv);
      if (w <= 0) continue;
      const z = heightOf(hs, values[j * nx + i]);
      if (z === z) {
        sum += w * z;
        wsum += w;
      }
    }
  }
  if (wsum > 0) return sum / wsum;
  // Every weighted corner is non-finite; a point exactly on a grid point has weight only there.
  return NaN;
}

/**
 * World positions of the path's points: at (x, y) and the height of the on-plane loss,
 * or where that is not finite, of the surface there (`surfaceHeightAt`); `fallbackZ` when
 * neither is known. Out-of-grid points keep their (x, y), outside the plotted square.
 */
export function placePath(
  points: readonly PathPoint[],
  values: ArrayLike<number>,
  layout: PlaneLayout,
  hs: HeightScale,
  fallbackZ: number,
): Float32Array {
  const out = new Float32Array(points.length * 3);
  points.forEach((p, i) => {
    let z = heightOf(hs, p.planeLoss);
    if (z !== z) z = surfaceHeightAt(values, layout, hs, p.x, p.y);
    if (z !== z) z = fallbackZ;
    out[i * 3] = worldX(layout, p.x);
    out[i * 3 + 1] = worldY(layout, p.y);
    out[i * 3 + 2] = z;
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Rays: what the camera sees under the mouse (picking without a GPU read-back)

/** Where a ray meets the surface: at origin + t * dir, inside triangle (a, b, c). */
export interface SurfaceHit {
  t: number;
  /** The triangle's grid points (index iy * nx + ix) and their barycentric weights (sum 1). */
  a: number;
  b: number;
  c: number;
  wa: number;
  wb: number;
  wc: number;
}

/**
 * The first point, with 0 <= t <= tMax, where the ray origin + t * dir meets the surface
 * of `buf` (as `fillSurface` triangulated it; both sides count), or null. Walks the grid
 * squares the ray crosses, in order (a 2D DDA over the possibly uneven grid lines), so it
 * costs O(nx + ny) instead of one test per triangle.
 */
export function raySurface(
  buf: SurfaceBuffers,
  origin: ArrayLike<number>,
  dir: ArrayLike<number>,
  tMax = Infinity,
): SurfaceHit | null {
  const { nx, ny, positions: P, finite } = buf;
  if (nx < 2 || ny < 2 || !buf.filled || buf.indexCount === 0) return null;
  const [ox, oy, oz] = [origin[0], origin[1], origin[2]];
  const [dx, dy, dz] = [dir[0], dir[1], dir[2]];
  const gx = (i: number) => P[i * 3];
  const gy = (j: number) => P[j * nx * 3 + 1];
  // Clip the ray to the grid's rectangle (slabs in x and y).
  let t0 = 0;
  let t1 = tMax;
  const slab = (o: number, d: number, lo: number, hi: number): boolean => {
    if (d === 0) return o >= lo && o <= hi;
    let a = (lo - o) / d;
    let b = (hi - o) / d;
    if (a > b) [a, b] = [b, a];
    if (a > t0) t0 = a;
    if (b < t1) t1 = b;
    return t0 <= t1;
  };
  if (!slab(ox, dx, gx(0), gx(nx - 1)) || !slab(oy, dy, gy(0), gy(ny - 1))) return null;
  // The square the clipped ray starts in.
  const cell = (c: (i: number) => number, n: number, v: number): number => {
    let lo = 0;
    let hi = n - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (c(mid) <= v) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  let ix = cell(gx, nx, ox + t0 * dx);
  let iy = cell(gy, ny, oy + t0 * dy);
  const sx = dx > 0 ? 1 : dx < 0 ? -1 : 0;
  const sy = dy > 0 ? 1 : dy < 0 ? -1 : 0;

  let best: SurfaceHit | null = null;
  const tri = (p: number, q: number, r: number) => {
    // Möller–Trumbore, two-sided.
    const px = P[p * 3], py = P[p * 3 + 1], pz = P[p * 3 + 2];
    const e1x = P[q * 3] - px, e1y = P[q * 3 + 1] - py, e1z = P[q * 3 + 2] - pz;
    const e2x = P[r * 3] - px, e2y = P[r * 3 + 1] - py, e2z = P[r * 3 + 2] - pz;
    const hx = dy * e2z - dz * e2y, hy = dz * e2x - dx * e2z, hz = dx * e2y - dy * e2x;
    const det = e1x * hx + e1y * hy + e1z * hz;
    if (Math.abs(det) < 1e-14) return;
    const inv = 1 / det;
    const tx = ox - px, ty = oy - py, tz = oz - pz;
    const u = (tx * hx + ty * hy + tz * hz) * inv;
    if (u < -1e-7 || u > 1 + 1e-7) return;
    const qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x;
    const v = (dx * qx + dy * qy + dz * qz) * inv;
    if (v < -1e-7 || u + v > 1 + 1e-7) return;
    const t = (e2x * qx + e2y * qy + e2z * qz) * inv;
    if (t < 0 || t > tMax || (best && t >= best.t)) return;
    best = { t, a: p, b: q, c: r, wa: 1 - u - v, wb: u, wc: v };
  };

  for (let guard = nx + ny + 4; guard > 0; guard--) {
    // This square's triangles, as fillSurface makes them.
    const a = iy * nx + ix;
    const b = a + 1;
    const c = a + nx;
    const d = c + 1;
    const count = finite[a] + finite[b] + finite[c] + finite[d];
    if (count === 4) {
      tri(a, b, d);
      tri(a, d, c);
    } else if (count === 3) {
      if (!finite[a]) tri(b, d, c);
      else if (!finite[b]) tri(a, d, c);
      else if (!finite[c]) tri(a, b, d);
      else tri(a, b, c);
    }
    if (best) return best; // squares come in order along the ray: the first hit is the nearest
    const tx = sx > 0 ? (gx(ix + 1) - ox) / dx : sx < 0 ? (gx(ix) - ox) / dx : Infinity;
    const ty = sy > 0 ? (gy(iy + 1) - oy) / dy : sy < 0 ? (gy(iy) - oy) / dy : Infinity;
    const tNext = Math.min(tx, ty);
    if (!(tNext < t1)) break;
    if (tx <= tNext) ix += sx;
    if (ty <= tNext) iy += sy;
    if (ix < 0 || iy < 0 || ix > nx - 2 || iy > ny - 2) break;
  }
  return best;
}

/**
 * The metric at a surface hit: its triangle's corner values interpolated with the hit's
 * weights, in the space the heights use (log10 when `log` and all corners are > 0), so the
 * value belongs to the point of the surface under the mouse.
 */
export function valueAtHit(values: ArrayLike<number>, hit: SurfaceHit, log: boolean): number {
  const va = values[hit.a];
  const vb = values[hit.b];
  const vc = values[hit.c];
  if (log && va > 0 && vb > 0 && vc > 0) {
    return Math.pow(10, hit.wa * Math.log10(va) + hit.wb * Math.log10(vb) + hit.wc * Math.log10(vc));
  }
  return hit.wa * va + hit.wb * vb + hit.wc * vc;
}

/**
 * Whether nothing of the surface lies between `eye` and the point `p` (XYZ at
 * `positions[3 * i]`), up to `slack` world units before it (the marker's radius: a
 * marker whose front pokes out of the surface is visible).
 */
export function pointVisible(
  buf: SurfaceBuffers,
  eye: ArrayLike<number>,
  positions: ArrayLike<number>,
  i: number,
  slack: number,
): boolean {
  const dx = positions[i * 3] - eye[0];
  const dy = positions[i * 3 + 1] - eye[1];
  const dz = positions[i * 3 + 2] - eye[2];
  const len = Math.hypot(dx, dy, dz);
  if (!(len > slack)) return true;
  return raySurface(buf, eye, [dx / len, dy / len, dz / len], len - slack) === null;
}

/**
 * The nearest (smallest t >= 0, ties to the later point) of the spheres centred at
 * `positions` (XYZ per point) with radius `radius(i)` that the ray origin + t * dir (dir a
 * unit vector) meets before `tMax`; -1 when none.
 */
export function raySpheres(
  positions: ArrayLike<number>,
  count: number,
  radius: (i: number) => number,
  origin: ArrayLike<number>,
  dir: ArrayLike<number>,
  tMax = Infinity,
): number {
  let best = -1;
  let bestT = tMax;
  for (let i = 0; i < count; i++) {
    const cx = positions[i * 3] - origin[0];
    const cy = positions[i * 3 + 1] - origin[1];
    const cz = positions[i * 3 + 2] - origin[2];
    const r = radius(i);
    const along = cx * dir[0] + cy * dir[1] + cz * dir[2];
    const d2 = cx * cx + cy * cy + cz * cz - along * along;
    if (d2 > r * r) continue;
    const half = Math.sqrt(r * r - d2);
    const t = along - half >= 0 ? along - half : along + half; // the eye may be inside
    if (t >= 0 && t <= bestT) {
      best = i;
      bestT = t;
    }
  }
  return best;
}

/**
 * Indices of the screen positions within `radius` of (px, py), nearest first (ties to
 * the later index); non-finite positions never qualify.
 */
export function pickOrder(pixels: ArrayLike<number>, px: number, py: number, radius: number): number[] {
  const found: [number, number][] = [];
  const r2 = radius * radius;
  for (let i = 0; i * 2 < pixels.length; i++) {
    const dx = pixels[i * 2] - px;
    const dy = pixels[i * 2 + 1] - py;
    const d = dx * dx + dy * dy;
    if (d <= r2) found.push([d, i]);
  }
  found.sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  return found.map((f) => f[1]);
}

// ---------------------------------------------------------------------------------------
// Contours on the floor

export interface FloorLines {
  /** XYZ pairs: each two points one segment. */
  positions: Float32Array;
  /** Index into the levels of each segment's level, one per segment. */
  level: Uint16Array;
  segments: number;
}

/**
 * The contour lines (grid index coordinates, as `contourLines` returns them) as line
 * segments on the floor plane z = `z`.
 */
export function floorSegments(levels: readonly ContourLevel[], layout: PlaneLayout, z: number): FloorLines {
  let segments = 0;
  for (const l of levels) for (const line of l.lines) segments += Math.max(0, line.length - 1);
  const positions = new Float32Array(segments * 6);
  const level = new Uint16Array(segments);
  let s = 0;
  levels.forEach((l, li) => {
    for (const line of l.lines) {
      let px = 0;
      let py = 0;
      line.forEach(([u, v], k) => {
        const X = worldX(layout, indexToCoord(layout.xs, u));
        const Y = worldY(layout, indexToCoord(layout.ys, v));
        if (k > 0) {
          const o = s * 6;
          positions[o] = px;
          positions[o + 1] = py;
          positions[o + 2] = z;
          positions[o + 3] = X;
          positions[o + 4] = Y;
          positions[o + 5] = z;
          level[s++] = li;
        }
        px = X;
        py = Y;
      });
    }
  });
  return { positions, level, segments };
}
