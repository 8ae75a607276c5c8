/**
 * Difference of two landscapes (two runs at one step, or one run at two steps): A - B,
 * point by point, for the "diverging" difference map. Pure: no DOM.
 *
 * Non-finite values follow IEEE arithmetic: NaN on either side gives NaN, inf - inf gives
 * NaN, inf - (finite) gives inf. They keep their marked colours in the renderer and never
 * enter the symmetric colour domain.
 */

import { finiteExtent } from "./finite";
import { metricValues, type Frame } from "./frame";

/** Relative tolerance when comparing the coordinates of two grids. */
const COORD_TOLERANCE = 1e-9;

/**
 * Why two frames cannot be subtracted, or null when their grids match: same number of
 * dimensions, same nx (and ny), same coordinates along each axis.
 */
export function gridMismatch(a: Frame, b: Frame): string | null {
  if (a.header.dims !== b.header.dims) {
    return `A is ${a.header.dims}D and B is ${b.header.dims}D`;
  }
  if (a.nx !== b.nx || a.ny !== b.ny) {
    const shape = (f: Frame) => (f.header.dims === 2 ? `${f.nx} x ${f.ny}` : `${f.nx}`);
    return `the grids differ: A has ${shape(a)} points, B has ${shape(b)}`;
  }
  const names = ["x", "y"];
  for (let i = 0; i < a.header.axes.length; i++) {
    const ca = a.header.axes[i].coords;
    const cb = b.header.axes[i].coords;
    for (let j = 0; j < ca.length; j++) {
      const scale = Math.max(1, Math.abs(ca[j]), Math.abs(cb[j]));
      if (!(Math.abs(ca[j] - cb[j]) <= COORD_TOLERANCE * scale)) {
        return `the ${names[i]} coordinates differ (point ${j}: ${ca[j]} in A, ${cb[j]} in B)`;
      }
    }
  }
  return null;
}

/** a - b element by element (IEEE: NaN propagates, inf - inf is NaN), as float32. */
export function subtract(a: ArrayLike<number>, b: ArrayLike<number>): Float32Array {
  if (a.length !== b.length) throw new RangeError(`lengths differ: ${a.length} and ${b.length}`);
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}

/** [-m, m] with m the largest finite |value|; null when no value is finite; [-1, 1] when all are 0. */
export function symmetricDomain(values: ArrayLike<number>): [number, number] | null {
  const ext = finiteExtent(values);
  if (!ext) return null;
  const m = Math.max(Math.abs(ext[0]), Math.abs(ext[1]));
  return m > 0 ? [-m, m] : [-1, 1];
}

export type DiffResult =
  | { ok: true; frame: Frame; domain: [number, number] | null }
  | { ok: false; error: string };

/**
 * The difference frame A - B of metric `metric` (by name): a one-metric frame on A's grid,
 * its header A's with the metric named e.g. "loss (A − B)", no trajectory. `labels` name A
 * and B in messages (e.g. run names or "step 200").
 */
export function diffFrames(
  a: Frame,
  b: Frame,
  metric: string,
  labels: { a: string; b: string } = { a: "A", b: "B" },
): DiffResult {
  const mismatch = gridMismatch(a, b);
  if (mismatch) {
    return {
      ok: false,
      error: `Cannot subtract ${labels.b} from ${labels.a}: ${mismatch.replace(/\bA\b/g, labels.a).replace(/\bB\b/g, labels.b)}.`,
    };
  }
  const ia = a.header.metrics.indexOf(metric);
  const ib = b.header.metrics.indexOf(metric);
  if (ia < 0 || ib < 0) {
    const missing = ia < 0 ? labels.a : labels.b;
    return { ok: false, error: `Cannot subtract: ${missing} has no metric "${metric}".` };
  }
  const values = subtract(metricValues(a, ia), metricValues(b, ib));
  const header = {
    ...a.header,
    metrics: [`${metric} (${labels.a} − ${labels.b})`],
    shape: a.header.dims === 2 ? [1, a.ny, a.nx] : [1, a.nx],
    trajectory: null,
  };
  return {
    ok: true,
    frame: { header, values, metricCount: 1, nx: a.nx, ny: a.ny },
    domain: symmetricDomain(values),
  };
}
