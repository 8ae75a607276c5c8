/**
 * Paths between two solutions (`tb-landscape connect`): a family of 1D records of one run,
 * tags `<prefix>/<path>` (`connect/linear`, `connect/aligned`, `connect/curve`), each the
 * loss over t from model A (t = 0) to model B (t = 1), and each path's barrier: the largest
 * rise of the loss over the straight line between its end values (Frankle et al. 2020, as
 * `engine/connect.py:barrier_height` computes it). Pure: no DOM.
 */

/** The order `tb-landscape connect` writes its paths in; other names follow, sorted. */
export const PATH_ORDER: readonly string[] = ["linear", "aligned", "curve"];

/** The prefix of a tag: everything before its last "/"; null without one. */
export function tagPrefix(tag: string): string | null {
  const i = tag.lastIndexOf("/");
  return i > 0 ? tag.slice(0, i) : null;
}

/** The name of a path: its tag after the last "/" (`connect/aligned` -> "aligned"). */
export function pathName(tag: string): string {
  return tag.slice(tag.lastIndexOf("/") + 1);
}

/**
 * The family of `tag` among `tags`: every tag with its prefix, `tag` included, in path order
 * (linear, aligned, curve, then by name); [] when no other tag shares the prefix.
 */
export function pathFamily(tag: string | null, tags: readonly string[]): string[] {
  const prefix = tag === null ? null : tagPrefix(tag);
  if (prefix === null) return [];
  const family = tags.filter((t) => tagPrefix(t) === prefix);
  if (family.length < 2 || !family.includes(tag!)) return [];
  const rank = (t: string) => {
    const i = PATH_ORDER.indexOf(pathName(t));
    return i < 0 ? PATH_ORDER.length : i;
  };
  return family.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** A path's barrier, and the straight line between its end values that it rises over. */
export interface Barrier {
  /** Largest rise of the value over the line between the ends (can be <= 0: no barrier). */
  height: number;
  /** Where it is: t, and the value there. */
  t: number;
  value: number;
  /** The ends: (t, value) at the first and the last point. */
  start: [number, number];
  end: [number, number];
}

/**
 * The barrier of the curve `values` over `ts` (ascending): the largest rise of the value over
 * the straight line between its first and last value, and where it is (the first such point).
 * null when the ends are not finite or fewer than two points; non-finite points in between
 * are skipped (`engine/connect.py` says NaN instead: the record's `extra` keeps its value).
 */
export function barrier(ts: ArrayLike<number>, values: ArrayLike<number>): Barrier | null {
  const n = Math.min(ts.length, values.length);
  if (n < 2) return null;
  const t0 = ts[0];
  const t1 = ts[n - 1];
  const v0 = values[0];
  const v1 = values[n - 1];
  if (![t0, t1, v0, v1].every(Number.isFinite) || t1 === t0) return null;
  let best = -Infinity;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const f = (ts[i] - t0) / (t1 - t0);
    const rise = v - ((1 - f) * v0 + f * v1);
    if (rise > best) {
      best = rise;
      at = i;
    }
  }
  return { height: best, t: ts[at], value: values[at], start: [t0, v0], end: [t1, v1] };
}

/** Three significant digits, as the legend writes a barrier: 0.183, 12.3, 1.23e-4. */
export function shortNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return "0";
  const a = Math.abs(v);
  return a >= 1e-3 && a < 1e5 ? String(Number(v.toPrecision(3))) : v.toExponential(2);
}

/** "barrier 0.183 at t=0.50": the legend's text of a barrier. */
export function barrierText(b: Barrier): string {
  return `barrier ${shortNumber(b.height)} at t=${b.t.toFixed(2)}`;
}

/**
 * Whether two paths' curves are the same (each value within `tol` of the other, relative to
 * its size; non-finite values equal where they are the same): one is drawn over the other, e.g.
 * the aligned path of two runs from the same initialization, where weight matching keeps B.
 */
export function sameCurve(a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-6): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (Math.abs(x - y) > tol * Math.max(1, Math.abs(x), Math.abs(y))) return false;
    } else if (!Object.is(x, y) && !(x !== x && y !== y)) return false;
  }
  return true;
}
