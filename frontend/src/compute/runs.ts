/**
 * The Runs view's numbers: one point per run, x, y and colour each from a hyperparameter, a
 * landscape scalar (its final value or its value at a chosen step) or a user scalar (its
 * final value). Pure: no DOM.
 *
 * An axis is written `<kind>:<name>`: `h:lr` (hyperparameter), `l:sharpness` (landscape
 * scalar), `s:train/loss` (user scalar). Values that are not numbers: booleans count 0 / 1,
 * strings are categories (placed at 0, 1, 2, ... in natural order); "NaN" and the infinities
 * (how JSON carries them) and missing values leave the run out of the plot.
 */

import type { HparamValue, RunsResponse, RunRow } from "../api";
import { naturalCompare } from "./natural";

export type AxisKind = "h" | "l" | "s";

export interface AxisRef {
  kind: AxisKind;
  name: string;
}

const KIND_TEXT: Record<AxisKind, string> = { h: "hparam", l: "landscape", s: "scalar" };

export function parseAxis(text: string): AxisRef | null {
  const m = /^([hls]):(.+)$/s.exec(text);
  return m ? { kind: m[1] as AxisKind, name: m[2] } : null;
}

export function formatAxis(a: AxisRef): string {
  return `${a.kind}:${a.name}`;
}

/** Text of an axis for menus and titles: "lr (hparam)". */
export function axisText(text: string): string {
  const a = parseAxis(text);
  return a ? `${a.name} (${KIND_TEXT[a.kind]})` : text;
}

/** Every axis the table offers, as [value, text]: hparams, then landscape scalars, then user scalars. */
export function axisChoices(table: RunsResponse): [string, string][] {
  const out: [string, string][] = [];
  for (const [kind, names] of [["h", table.hparams], ["l", table.landscape], ["s", table.scalars]] as const) {
    for (const n of names) out.push([formatAxis({ kind, name: n }), axisText(formatAxis({ kind, name: n }))]);
  }
  return out;
}

/** The number of distinct values `axis` takes over the runs that have it. */
function distinct(table: RunsResponse, axis: string): number {
  const values = Object.values(table.runs).map((r) => rawValue(r, axis, null)).filter((v) => v !== undefined && v !== null);
  return new Set(values.map((v) => JSON.stringify(v))).size;
}

/**
 * Default x, y: the first hparam that varies between runs (else the first hparam, else the
 * first axis) against center_loss (else another landscape scalar, else any other axis).
 */
export function defaultAxes(table: RunsResponse): { x: string | null; y: string | null } {
  const all = axisChoices(table).map(([v]) => v);
  const hp = all.filter((a) => a.startsWith("h:"));
  const x = hp.find((a) => distinct(table, a) > 1) ?? hp[0] ?? all[0] ?? null;
  const y = all.includes("l:center_loss") ? "l:center_loss" : (all.find((a) => a !== x && a.startsWith("l:")) ?? all.find((a) => a !== x) ?? null);
  return { x, y };
}

/** Steps of the landscape scalars, ascending, without repeats (the step menu). */
export function landscapeSteps(table: RunsResponse): number[] {
  const steps = new Set<number>();
  for (const row of Object.values(table.runs)) for (const series of Object.values(row.landscape)) for (const [s] of series) steps.add(s);
  return [...steps].sort((a, b) => a - b);
}

/** The raw value of `axis` for `row`; for landscape scalars the last one at or before `step` (null: the final one). */
export function rawValue(row: RunRow, axis: string, step: number | null): HparamValue | undefined {
  const a = parseAxis(axis);
  if (!a) return undefined;
  if (a.kind === "h") return row.hparams[a.name];
  if (a.kind === "s") return row.scalars[a.name];
  const series = row.landscape[a.name];
  if (!series || series.length === 0) return undefined;
  if (step === null) return series[series.length - 1][1];
  let found: HparamValue | undefined;
  for (const [s, v] of series) if (s <= step) found = v;
  return found;
}

/** A JSON number as a number: "NaN", "Infinity", "-Infinity" are how non-finite values travel. */
function jsonNumber(v: number | string): number {
  if (typeof v === "number") return v;
  return v === "Infinity" ? Infinity : v === "-Infinity" ? -Infinity : NaN;
}

const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);

/** An axis of the plot: how each run's value maps to a number, and the category names if any. */
export interface AxisScale {
  axis: string;
  /** Category names (string values), in order; empty for a numeric axis. */
  categories: string[];
  /** The plotted number of `v`, or null when the run has no finite one. */
  toNumber(v: HparamValue | undefined): number | null;
  /** Log10 spacing: every value positive and spread over a factor of 20 or more. */
  log: boolean;
}

export function axisScale(table: RunsResponse, axis: string, step: number | null): AxisScale {
  const values = Object.values(table.runs).map((r) => rawValue(r, axis, step));
  const strings = values.filter((v): v is string => typeof v === "string" && !NON_FINITE.has(v));
  const categories = [...new Set(strings)].sort(naturalCompare);
  const toNumber = (v: HparamValue | undefined): number | null => {
    if (v === undefined || v === null) return null;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "string" && !NON_FINITE.has(v)) return categories.length ? categories.indexOf(v) : null;
    if (categories.length) return null; // a number among categories: left out
    const n = jsonNumber(v);
    return Number.isFinite(n) ? n : null;
  };
  const nums = values.map(toNumber).filter((n): n is number => n !== null);
  const lo = Math.min(...nums);
  const hi = Math.max(...nums);
  const log = categories.length === 0 && nums.length > 1 && lo > 0 && hi / lo >= 20;
  return { axis, categories, toNumber, log };
}

export interface RunPoint {
  run: string;
  x: number;
  y: number;
  /** Colour value; null when no colour axis or the run has none. */
  c: number | null;
  /** The run has landscape records (a click opens them). */
  openable: boolean;
}

export interface RunPoints {
  points: RunPoint[];
  x: AxisScale;
  y: AxisScale;
  color: AxisScale | null;
  /** Runs without a finite x or y value (not drawn). */
  missing: string[];
}

/** One point per run with finite x and y, in natural run order. */
export function runPoints(table: RunsResponse, x: string, y: string, color: string | null, step: number | null): RunPoints {
  const sx = axisScale(table, x, step);
  const sy = axisScale(table, y, step);
  const sc = color ? axisScale(table, color, step) : null;
  const points: RunPoint[] = [];
  const missing: string[] = [];
  for (const run of Object.keys(table.runs).sort(naturalCompare)) {
    const row = table.runs[run];
    const px = sx.toNumber(rawValue(row, x, step));
    const py = sy.toNumber(rawValue(row, y, step));
    if (px === null || py === null) {
      missing.push(run);
      continue;
    }
    const c = sc && color ? sc.toNumber(rawValue(row, color, step)) : null;
    points.push({ run, x: px, y: py, c, openable: row.landscape_records });
  }
  return { points, x: sx, y: sy, color: sc, missing };
}

/** A value as read-out text: numbers to 4 significant digits, strings and booleans as they are. */
export function valueText(v: HparamValue | undefined): string {
  if (v === undefined || v === null) return "–";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : Number(v.toPrecision(4)).toString();
  return String(v);
}

/** The read-out of a run: its name, then `name: value` for every hparam, landscape scalar and user scalar. */
export function readout(table: RunsResponse, run: string, step: number | null): string[] {
  const row = table.runs[run];
  if (!row) return [];
  const lines = [run];
  for (const [value, text] of axisChoices(table)) {
    const v = rawValue(row, value, step);
    if (v !== undefined) lines.push(`${text}: ${valueText(v)}`);
  }
  return lines;
}

/** A plotted axis: data range (log10 units for a log axis), where a value goes, and its ticks. */
export interface AxisMap {
  /** Position in [0, 1] along the axis of a plotted number. */
  at(v: number): number;
  ticks: { at: number; label: string }[];
}

/**
 * The axis for `values` (the plotted numbers of one axis), padded by 5% on each side; a
 * single value gets a unit-wide range around it. Categories tick at their indices with their
 * names; a log axis at powers of ten (and 2, 5 between them), others at d3's nice steps.
 */
export function axisMap(scale: AxisScale, values: readonly number[], tickList: (lo: number, hi: number, log: boolean) => { value: number; label: string }[]): AxisMap {
  const f = scale.log ? Math.log10 : (v: number) => v;
  const t = values.map(f);
  let lo = Math.min(...t);
  let hi = Math.max(...t);
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  if (scale.categories.length) [lo, hi] = [0, Math.max(0, scale.categories.length - 1)];
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(lo))) [lo, hi] = [lo - 0.5, hi + 0.5];
  const pad = (hi - lo) * 0.05;
  [lo, hi] = [lo - pad, hi + pad];
  const at = (v: number) => (f(v) - lo) / (hi - lo);
  const ticks = scale.categories.length
    ? scale.categories.map((c, i) => ({ at: at(i), label: c }))
    : tickList(scale.log ? 10 ** lo : lo, scale.log ? 10 ** hi : hi, scale.log).map((k) => ({ at: at(k.value), label: k.label }));
  return { at, ticks: ticks.filter((k) => k.at >= -1e-9 && k.at <= 1 + 1e-9) };
}
