/**
 * Value -> colour, and grid -> RGBA image. Pure: no DOM.
 *
 *     new Colormap(domain, { scale, palette })      // both optional
 *
 * - `domain`: `[lo, hi]` in data units. For `scale: "log"` pass a domain with `lo > 0`
 *   (`scales.ts:effectiveDomain` makes one: the smallest positive finite value replaces a
 *   `lo <= 0`); a `lo <= 0` that still reaches the constructor is replaced by `hi * 1e-6`.
 * - `scale`: "linear" (default) or "log" (log10 positions; values <= 0 take the lowest colour).
 * - `palette`: "sequential" (default, viridis: low = dark) or "diverging" (RdBu reversed:
 *   blue low / negative, white in the middle, red high / positive; give it a domain
 *   symmetric around 0 for difference maps).
 * - `size` (256) and `interpolate` (a d3 interpolator, overriding the palette) for tests.
 *
 * Members: `position(v)` in [0, 1] (clamped; NaN for non-finite), `color(v)`,
 * `lutOffset(v)` (index into `lut` of a finite value's colour), `colorAt(t)` (colour at
 * a position), `valueAt(t)` (inverse of `position`), `lut` (`size` RGB triples, lowest
 * first), `domain`, `scale`, `palette`.
 *
 * The finite values map through the palette over the domain (values outside it take the
 * end colours); NaN, +inf and -inf never take a palette colour (which would read as
 * "lowest" or "highest"): they get marked colours that neither palette contains, and the
 * renderer hatches them.
 */

import { interpolateRdBu, interpolateViridis } from "d3-scale-chromatic";

export type Rgb = readonly [number, number, number];

/** How values map to colour positions (the same union as `render/types.ts:ColorScaleKind`). */
export type ScaleKind = "linear" | "log";
/** The colour palettes (the same union as `render/types.ts:Palette`). */
export type PaletteName = "sequential" | "diverging";

/** Marked colours for values outside the colormap: none is in viridis or RdBu. */
export const NAN_COLOR: Rgb = [150, 150, 150]; // mid grey
export const POS_INF_COLOR: Rgb = [230, 0, 230]; // magenta
export const NEG_INF_COLOR: Rgb = [0, 200, 255]; // cyan-blue, for -inf (rare in a loss)

export function cssColor(c: Rgb): string {
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** Parses the "rgb(r, g, b)" or "#rrggbb" strings that d3 interpolators return. */
export function parseColor(s: string): Rgb {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(s);
  if (m) return [+m[1], +m[2], +m[3]];
  const h = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(s);
  if (h) return [parseInt(h[1], 16), parseInt(h[2], 16), parseInt(h[3], 16)];
  throw new Error(`unrecognised colour ${JSON.stringify(s)}`);
}

/** Diverging: d3's RdBu reversed, so t = 0 is blue (negative), 0.5 white, 1 red (positive). */
export function interpolateBuWhRd(t: number): string {
  return interpolateRdBu(1 - t);
}

/** The d3 interpolator of a palette. */
export function paletteInterpolator(palette: PaletteName): (t: number) => string {
  return palette === "diverging" ? interpolateBuWhRd : interpolateViridis;
}

/**
 * Position in [0, 1] of `v` along `domain` (clamped): linear, or by log10 (then values
 * <= 0 are at 0, and `domain[0]` must be > 0). NaN for non-finite values; 0.5 for a
 * degenerate domain.
 */
export function colorPosition(v: number, domain: readonly [number, number], scale: ScaleKind = "linear"): number {
  if (!Number.isFinite(v)) return NaN;
  const [lo, hi] = domain;
  if (!(hi > lo)) return 0.5;
  let t: number;
  if (scale === "log") {
    if (v <= 0) return 0;
    const l0 = Math.log10(lo);
    t = (Math.log10(v) - l0) / (Math.log10(hi) - l0);
  } else {
    t = (v - lo) / (hi - lo);
  }
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** The value at position `t` in [0, 1] of `domain`: the inverse of `colorPosition`. */
export function positionValue(t: number, domain: readonly [number, number], scale: ScaleKind = "linear"): number {
  const [lo, hi] = domain;
  if (scale === "log") {
    const l0 = Math.log10(lo);
    return Math.pow(10, l0 + t * (Math.log10(hi) - l0));
  }
  return lo + t * (hi - lo);
}

export interface ColormapOptions {
  scale?: ScaleKind;
  palette?: PaletteName;
  /** Entries in the lookup table (256). */
  size?: number;
  /** A d3 interpolator over [0, 1], replacing the palette's. */
  interpolate?: (t: number) => string;
}

/** A colormap over `domain`, sampled into a lookup table. See the module comment. */
export class Colormap {
  /** `size` RGB triples, lowest first. */
  readonly lut: Uint8Array;
  readonly domain: readonly [number, number];
  readonly scale: ScaleKind;
  readonly palette: PaletteName;
  readonly size: number;
  readonly interpolate: (t: number) => string;
  private readonly l0: number;
  private readonly lspan: number;

  constructor(domain: readonly [number, number], opts: ColormapOptions = {}) {
    this.scale = opts.scale ?? "linear";
    this.palette = opts.palette ?? "sequential";
    this.size = opts.size ?? 256;
    this.interpolate = opts.interpolate ?? paletteInterpolator(this.palette);
    let [lo, hi] = domain;
    if (this.scale === "log" && !(lo > 0)) {
      lo = hi > 0 ? hi * 1e-6 : 1e-6;
      if (!(hi > lo)) hi = lo * 10;
    }
    this.domain = [lo, hi];
    this.l0 = lo > 0 ? Math.log10(lo) : 0;
    this.lspan = lo > 0 && hi > lo ? Math.log10(hi) - this.l0 : 0;
    this.lut = new Uint8Array(this.size * 3);
    for (let i = 0; i < this.size; i++) {
      this.lut.set(parseColor(this.interpolate(i / (this.size - 1))), i * 3);
    }
  }

  /** Position of `v` in [0, 1] along the domain (clamped); NaN for non-finite values. */
  position(v: number): number {
    if (!Number.isFinite(v)) return NaN;
    const [lo, hi] = this.domain;
    if (!(hi > lo)) return 0.5;
    let t: number;
    if (this.scale === "log") {
      if (v <= 0) return 0;
      t = (Math.log10(v) - this.l0) / this.lspan;
    } else {
      t = (v - lo) / (hi - lo);
    }
    return t < 0 ? 0 : t > 1 ? 1 : t;
  }

  /** The value at position `t` in [0, 1]: the inverse of `position` inside the domain. */
  valueAt(t: number): number {
    return positionValue(t, this.domain, this.scale);
  }

  /** The colour of `v`: the colormap's for finite values, a marked colour otherwise. */
  color(v: number): Rgb {
    if (v !== v) return NAN_COLOR;
    if (v === Infinity) return POS_INF_COLOR;
    if (v === -Infinity) return NEG_INF_COLOR;
    const i = this.lutOffset(v);
    return [this.lut[i], this.lut[i + 1], this.lut[i + 2]];
  }

  /** The colour at position `t` in [0, 1] (clamped). */
  colorAt(t: number): Rgb {
    const c = t < 0 ? 0 : t > 1 ? 1 : t;
    const i = Math.round(c * (this.size - 1)) * 3;
    return [this.lut[i], this.lut[i + 1], this.lut[i + 2]];
  }

  /** Offset in `lut` of the colour of finite `v`. */
  lutOffset(v: number): number {
    return Math.round(this.position(v) * (this.size - 1)) * 3;
  }
}

/**
 * An RGBA image of a `[ny, nx]` grid (C order), one pixel per grid point, ready for
 * `ImageData`. Image row 0 is the top, i.e. the largest y index: grid point (ix, iy) lands
 * at image pixel (ix, ny - 1 - iy). `mask` is 255 where the value is not finite, else 0,
 * so the renderer can hatch those cells. `out` (optional) are arrays of the right size to
 * fill instead of allocating new ones.
 */
export function gridToRgba(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  cmap: Colormap,
  out?: { rgba: Uint8ClampedArray<ArrayBuffer>; mask: Uint8ClampedArray<ArrayBuffer> },
): { rgba: Uint8ClampedArray<ArrayBuffer>; mask: Uint8ClampedArray<ArrayBuffer>; nonFinite: number } {
  if (values.length !== nx * ny) {
    throw new Error(`grid has ${values.length} values, expected ny * nx = ${ny} * ${nx}`);
  }
  const reuse = out && out.rgba.length === nx * ny * 4 && out.mask.length === nx * ny * 4;
  const rgba = reuse ? out.rgba : new Uint8ClampedArray(nx * ny * 4);
  const mask = reuse ? out.mask : new Uint8ClampedArray(nx * ny * 4);
  const lut = cmap.lut;
  let nonFinite = 0;
  for (let iy = 0; iy < ny; iy++) {
    const row = ny - 1 - iy;
    for (let ix = 0; ix < nx; ix++) {
      const v = values[iy * nx + ix];
      const o = (row * nx + ix) * 4;
      if (Number.isFinite(v)) {
        const i = cmap.lutOffset(v);
        rgba[o] = lut[i];
        rgba[o + 1] = lut[i + 1];
        rgba[o + 2] = lut[i + 2];
        mask[o + 3] = 0;
      } else {
        const c = cmap.color(v);
        rgba[o] = c[0];
        rgba[o + 1] = c[1];
        rgba[o + 2] = c[2];
        mask[o + 3] = 255;
        nonFinite++;
      }
      rgba[o + 3] = 255;
    }
  }
  return { rgba, mask, nonFinite };
}
