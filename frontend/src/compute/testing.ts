/**
 * Test builders (not part of the bundle): hand-built frames and grids for the unit tests.
 */

import { MAGIC } from "./frame";

/** JSON with non-finite numbers written as "NaN" / "Infinity" / "-Infinity", as the server does. */
export function headerJson(header: unknown): string {
  return JSON.stringify(header, (_key, v: unknown) =>
    typeof v === "number" && !Number.isFinite(v) ? String(v) : v,
  );
}

/**
 * Builds a `TBL1` frame: magic, uint32 LE header length, space-padded JSON header, float32
 * LE values. `values` may be a `Uint32Array` of raw bit patterns (for NaN payloads, -0.0).
 */
export function encodeFrame(
  header: unknown,
  values: ArrayLike<number> | Uint32Array,
  opts: { pad?: boolean } = {},
): Uint8Array<ArrayBuffer> {
  let text = headerJson(header);
  const enc = new TextEncoder();
  let head = enc.encode(text);
  if (opts.pad !== false) {
    while ((8 + head.length) % 4 !== 0) {
      text += " ";
      head = enc.encode(text);
    }
  }
  const out = new Uint8Array(8 + head.length + values.length * 4);
  out.set(enc.encode(MAGIC), 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(4, head.length, true);
  out.set(head, 8);
  const base = 8 + head.length;
  for (let i = 0; i < values.length; i++) {
    if (values instanceof Uint32Array) dv.setUint32(base + i * 4, values[i], true);
    else dv.setFloat32(base + i * 4, values[i], true);
  }
  return out;
}

/** `n` evenly spaced numbers from `a` to `b` inclusive, like numpy.linspace. */
export function linspace(a: number, b: number, n: number): number[] {
  if (n === 1) return [a];
  return Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
}

/** A 2D header for a grid with the given coordinates and metric names. */
export function header2d(xs: number[], ys: number[], metrics = ["loss"], extra: object = {}) {
  return {
    run: "exp1/lr=0.1",
    tag: "train/landscape",
    step: 200,
    wall_time: 1732451750.0,
    version: 1,
    dims: 2,
    shape: [metrics.length, ys.length, xs.length],
    metrics,
    axes: [
      { label: "direction 1", unit: "filter-normalized units", coords: xs, explained_variance: null },
      { label: "direction 2", unit: "filter-normalized units", coords: ys, explained_variance: null },
    ],
    center: [0, 0],
    method: "random",
    normalization: "filter",
    seed: 0,
    bn_mode: "frozen",
    data_description: "",
    frame_id: "a1b2c3",
    extra: {},
    trajectory: null,
    ...extra,
  };
}

/** Samples `f(x, y)` on the grid, C order `[ny, nx]`. */
export function sampleGrid(xs: number[], ys: number[], f: (x: number, y: number) => number): Float64Array {
  const out = new Float64Array(xs.length * ys.length);
  ys.forEach((y, iy) => xs.forEach((x, ix) => (out[iy * xs.length + ix] = f(x, y))));
  return out;
}
