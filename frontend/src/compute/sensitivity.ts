/**
 * Per-layer sensitivity (the `sensitivity` route's steps x groups matrices) made ready to
 * draw: numbers parsed, the bars of one step, the domain of a bar axis or of the heatmap's
 * colours. Pure: no DOM.
 *
 * NaN and missing values: a `null` entry (the step lacks the group or the measure) and the
 * strings "NaN" / "Infinity" parse to NaN / +-Infinity; a bar or a heatmap cell whose value
 * is not finite is drawn as missing, never as the lowest or highest value. On a log scale a
 * value <= 0 has no position either: it is missing there too (a Hutchinson trace estimate
 * can be negative when the true trace is near 0).
 */

import type { JsonNumber, SensitivityResponse } from "../api";

export type Measure = "trace" | "top_eigenvalue";
export type AxisScale = "linear" | "log";

/** A JSON number of the API as a number: null -> NaN, "NaN" / "Infinity" / "-Infinity" parsed. */
export function num(v: JsonNumber | null | undefined): number {
  if (v === null || v === undefined) return NaN;
  return typeof v === "number" ? v : Number(v);
}

/** The matrix of `measure` as numbers: [step index][group index]. */
export function matrix(r: SensitivityResponse, measure: Measure): number[][] {
  return r[measure].map((row) => r.groups.map((_, k) => num(row[k])));
}

export interface Bars {
  groups: string[];
  values: number[];
  /** Standard errors (trace only; NaN where unknown or for the top eigenvalue). */
  errors: number[];
}

/** The bars of step index `i`. */
export function barsAt(r: SensitivityResponse, i: number, measure: Measure): Bars {
  const values = r.groups.map((_, k) => num(r[measure][i]?.[k]));
  const errors = r.groups.map((_, k) => (measure === "trace" ? num(r.trace_std_error[i]?.[k]) : NaN));
  return { groups: [...r.groups], values, errors };
}

/** Whether `v` has a position on `scale`. */
export function drawable(v: number, scale: AxisScale): boolean {
  return Number.isFinite(v) && (scale === "linear" || v > 0);
}

/**
 * The value axis of bars (with their whiskers): linear from min(0, lowest) to the highest
 * end of a whisker; log over the positive values (whisker ends included where positive),
 * widened by a factor 2 at each side. null when nothing is drawable.
 */
export function barDomain(values: readonly number[], errors: readonly number[], scale: AxisScale): [number, number] | null {
  const ends: number[] = [];
  values.forEach((v, i) => {
    if (!drawable(v, scale)) return;
    ends.push(v);
    const e = errors[i];
    if (Number.isFinite(e) && e > 0) ends.push(v + e, v - e);
  });
  const ok = ends.filter((v) => drawable(v, scale));
  if (ok.length === 0) return null;
  let lo = Math.min(...ok);
  let hi = Math.max(...ok);
  if (scale === "log") return [lo / 2, hi * 2];
  lo = Math.min(0, lo);
  hi = Math.max(0, hi);
  if (lo === hi) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  return [lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0];
}

/** The colour domain of the whole matrix (every step, every group): its drawable extent. */
export function matrixDomain(m: readonly (readonly number[])[], scale: AxisScale): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of m) {
    for (const v of row) {
      if (!drawable(v, scale)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(hi >= lo)) return null;
  if (lo === hi) return scale === "log" ? [lo / 2, hi * 2] : [lo - 1, hi + 1];
  return [lo, hi];
}

/** The position of `v` in [0, 1] along `domain` on `scale`, clamped; NaN when not drawable. */
export function position(v: number, domain: readonly [number, number], scale: AxisScale): number {
  if (!drawable(v, scale)) return NaN;
  const [lo, hi] = domain;
  const t = scale === "log" ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v - lo) / (hi - lo);
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** Read-out text of one bar. */
export function barText(group: string, size: number | undefined, step: number, measure: Measure, v: number, se: number): string {
  const what = measure === "trace" ? "trace" : "top eigenvalue";
  const fmt = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(4))) : x !== x ? "not measured" : String(x));
  const err = measure === "trace" && Number.isFinite(se) ? ` ± ${fmt(se)}` : "";
  const n = size !== undefined ? ` (${size} parameters)` : "";
  return `${group}${n} · step ${step} · ${what} ${fmt(v)}${err}`;
}
