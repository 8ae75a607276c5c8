/**
 * Value -> colour, and grid -> RGBA image. The finite values map through a perceptual
 * colormap (viridis) over a domain of finite values; NaN, +inf and -inf never take a
 * colormap colour (which would read as "lowest" or "highest"): they get marked colours
 * that viridis does not contain, and the renderer hatches them. Pure: no DOM.
 */

import { interpolateViridis } from "d3-scale-chromatic";

export type Rgb = readonly [number, number, number];

/** Marked colours for values outside the colormap: neither is in viridis. */
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

/** A sequential colormap over `domain`, sampled into a lookup table. */
export class Colormap {
  /** `size` RGB triples, lowest first. */
  readonly lut: Uint8Array;

  constructor(
    readonly domain: readonly [number, number],
    readonly interpolate: (t: number) => string = interpolateViridis,
    readonly size = 256,
  ) {
    this.lut = new Uint8Array(size * 3);
    for (let i = 0; i < size; i++) {
      this.lut.set(parseColor(interpolate(i / (size - 1))), i * 3);
    }
  }

  /** Position of `v` in [0, 1] along the domain (clamped); NaN for non-finite values. */
  position(v: number): number {
    if (!Number.isFinite(v)) return NaN;
    const [lo, hi] = this.domain;
    if (!(hi > lo)) return 0.5;
    return Math.min(Math.max((v - lo) / (hi - lo), 0), 1);
  }

  /** The colour of `v`: the colormap's for finite values, a marked colour otherwise. */
  color(v: number): Rgb {
    if (v !== v) return NAN_COLOR;
    if (v === Infinity) return POS_INF_COLOR;
    if (v === -Infinity) return NEG_INF_COLOR;
    const i = this.lutOffset(v);
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
 * so the renderer can hatch those cells.
 */
export function gridToRgba(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  cmap: Colormap,
): { rgba: Uint8ClampedArray<ArrayBuffer>; mask: Uint8ClampedArray<ArrayBuffer>; nonFinite: number } {
  if (values.length !== nx * ny) {
    throw new Error(`grid has ${values.length} values, expected ny * nx = ${ny} * ${nx}`);
  }
  const rgba = new Uint8ClampedArray(nx * ny * 4);
  const mask = new Uint8ClampedArray(nx * ny * 4);
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
