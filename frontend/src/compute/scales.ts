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
import { finiteExtent } from "./finite";

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

// ---------------------------------------------------------------------------------------
// Log scales and colour domains.

/** How values map to colour / y positions (the same union as `render/types.ts`). */
export type ScaleKind = "linear" | "log";

/** A decimal `m * 10^e` as the exact nearest double (no 0.30000000000000004). */
function decimal(m: number, e: number): number {
  return Number(`${m}e${e}`);
}

/** Label of `m * 10^e`: plain between 1e-3 and 1e5, else "2e-5" / "1e6". */
function decimalLabel(m: number, e: number): string {
  const v = decimal(m, e);
  return e >= -3 && e < 5 ? String(v) : `${m}e${e}`;
}

/**
 * The values `m * 10^e` (m in `mantissas`) that lie in [lo, hi] (a relative 1e-9 slack at
 * the ends), ascending, with their labels.
 */
function decadeValues(lo: number, hi: number, mantissas: readonly number[]): Tick[] {
  const out: Tick[] = [];
  const e0 = Math.floor(Math.log10(lo)) - 1;
  const e1 = Math.ceil(Math.log10(hi)) + 1;
  for (let e = e0; e <= e1; e++) {
    for (const m of mantissas) {
      const v = decimal(m, e);
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push({ value: v, label: decimalLabel(m, e) });
    }
  }
  return out;
}

const mod = (a: number, k: number) => ((a % k) + k) % k;

const ONE = [1];
const ONE_TWO_FIVE = [1, 2, 5];
const ONE_FIVE = [1, 5];
const ALL_NINE = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Fewest ticks a log axis gets when its domain allows them (see `logTicks`). */
export const MIN_LOG_TICKS = 3;

/**
 * Ticks of a log10 axis over `domain` (both ends > 0), about `count` of them, and at least
 * `MIN_LOG_TICKS` whenever some nice set gives that many:
 * - three or more powers of 10 inside: the decades, every k-th when there are more than
 *   `count` (exponents multiples of k, k as large as keeps three);
 * - fewer (the domain spans a few decades at most): 1-2-5 per decade, else 1-5, else
 *   1..9, the first that gives 3 to `count + 2` ticks; if none does, the sparsest of
 *   them that gives at least 3;
 * - a domain too narrow for any of these (within a decade, few integers of it inside):
 *   linear ticks.
 */
export function logTicks(domain: [number, number], count = 5): Tick[] {
  const lo = Math.min(domain[0], domain[1]);
  const hi = Math.max(domain[0], domain[1]);
  if (!(lo > 0 && Number.isFinite(hi))) return [];
  if (lo === hi) return ticks([lo, hi], count);
  const decades = decadeValues(lo, hi, ONE);
  if (decades.length >= MIN_LOG_TICKS) {
    if (decades.length <= count) return decades;
    // Thin to every k-th decade, keeping the exponents multiples of k.
    for (let k = Math.ceil(decades.length / Math.max(1, count)); k > 1; k--) {
      const kept = decades.filter((t) => mod(Math.round(Math.log10(t.value)), k) === 0);
      if (kept.length >= MIN_LOG_TICKS) return kept;
    }
    return decades;
  }
  const sets = [ONE_TWO_FIVE, ONE_FIVE, ALL_NINE].map((m) => decadeValues(lo, hi, m));
  const fit = sets.find((t) => t.length >= MIN_LOG_TICKS && t.length <= count + 2);
  if (fit) return fit;
  const enough = sets.filter((t) => t.length >= MIN_LOG_TICKS).sort((a, b) => a.length - b.length)[0];
  if (enough) return enough;
  // Linear ticks, asked for more until they are three (d3's steps get finer with the count).
  let linear: Tick[] = [];
  for (let c = Math.max(count, MIN_LOG_TICKS); c <= 4 * MIN_LOG_TICKS && linear.length < MIN_LOG_TICKS; c++) {
    linear = ticks([lo, hi], c).filter((t) => t.value > 0);
  }
  return linear.length >= sets[2].length ? linear : sets[2];
}

/**
 * Contour levels of a log10 colour scale over `domain` (both ends > 0), strictly inside
 * it: 1-2-5 per decade, only the powers of 10 (every k-th) when that gives more than
 * about 1.5 `count`, 1..9 per decade when it gives fewer than 3, and linear levels when
 * even those are fewer than 3 (a domain much narrower than a decade).
 */
export function logThresholds(domain: [number, number], count = 10): number[] {
  const [lo, hi] = domain;
  if (!(lo > 0 && hi > lo && Number.isFinite(hi))) return [];
  const inside = (ts: Tick[]) => ts.map((t) => t.value).filter((v) => v > lo && v < hi);
  let levels = inside(decadeValues(lo, hi, ONE_TWO_FIVE));
  if (levels.length > Math.ceil(count * 1.5)) {
    levels = inside(decadeValues(lo, hi, ONE));
    if (levels.length > count) {
      const k = Math.ceil(levels.length / count);
      levels = levels.filter((v) => mod(Math.round(Math.log10(v)), k) === 0);
    }
    return levels;
  }
  if (levels.length >= 3) return levels;
  const nine = inside(decadeValues(lo, hi, ALL_NINE));
  if (nine.length >= 3) return nine;
  return contourThresholds(domain, count).filter((v) => v > 0);
}

/** Ticks of a colour bar (or a y axis) over `domain` on `scale`. */
export function scaleTicks(domain: [number, number], scale: ScaleKind, count = 5): Tick[] {
  return scale === "log" ? logTicks(domain, count) : ticks(domain, count);
}

/** Contour levels strictly inside `domain` on `scale`. */
export function levelThresholds(domain: [number, number], scale: ScaleKind, count = 10): number[] {
  return scale === "log" ? logThresholds(domain, count) : contourThresholds(domain, count);
}

/** The smallest finite value > 0 of `values`, or null when there is none. */
export function minPositive(values: ArrayLike<number>): number | null {
  let m = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v > 0 && v < m) m = v;
  }
  return m < Infinity ? m : null;
}

/**
 * The colour domain a renderer uses: `requested` (the view's clip / fixed / shared range,
 * ends swapped if reversed) or else the finite extent of `values` (`colorDomain`). A
 * degenerate domain is widened a little. On a log scale a `lo <= 0` becomes the smallest
 * positive finite value (at most `hi`); with no positive value at all, `[hi / 10, hi]`
 * when `hi > 0`, else `[0.1, 1]` (every value then takes the lowest colour). Null only
 * when nothing was requested and no value is finite.
 */
export function effectiveDomain(
  values: ArrayLike<number>,
  requested: readonly [number, number] | null,
  scale: ScaleKind,
): [number, number] | null {
  let d: [number, number] | null = null;
  if (requested && Number.isFinite(requested[0]) && Number.isFinite(requested[1])) {
    d = colorDomain([Math.min(requested[0], requested[1]), Math.max(requested[0], requested[1])]);
  } else {
    d = colorDomain(finiteExtent(values));
  }
  if (!d || scale !== "log") return d;
  let [lo, hi] = d;
  if (lo <= 0) {
    let m = Infinity;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v > 0 && v < m && v <= hi) m = v;
    }
    if (m < Infinity) lo = m;
    else if (hi > 0) lo = hi / 10;
    else return [0.1, 1];
  }
  if (lo === hi) return [lo * (1 - 1e-6), hi * (1 + 1e-6)];
  return [lo, hi];
}

/**
 * A y-axis domain for a 1D chart: `requested` when given, else the `extent` niced
 * (linear) or widened by 5% on each side in log10 space (log; `extent[0]` > 0).
 */
export function chartDomain(
  extent: [number, number] | null,
  requested: readonly [number, number] | null,
  scale: ScaleKind,
): [number, number] {
  if (requested && Number.isFinite(requested[0]) && Number.isFinite(requested[1])) {
    const lo = Math.min(requested[0], requested[1]);
    const hi = Math.max(requested[0], requested[1]);
    if (scale === "log") {
      const h = hi > 0 ? hi : 1;
      const l = lo > 0 ? lo : extent && extent[0] > 0 && extent[0] < h ? extent[0] : h / 10;
      return l < h ? [l, h] : [l / 1.1, h * 1.1];
    }
    return lo < hi ? [lo, hi] : niceDomain([lo, hi]);
  }
  if (scale === "log") {
    if (!extent || !(extent[0] > 0)) return [0.1, 1];
    const [a, b] = extent;
    if (a === b) return [a / 1.25, b * 1.25];
    const la = Math.log10(a);
    const lb = Math.log10(b);
    const pad = (lb - la) * 0.05;
    return [Math.pow(10, la - pad), Math.pow(10, lb + pad)];
  }
  return niceDomain(extent ?? [0, 1]);
}
