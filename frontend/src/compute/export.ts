/**
 * The current grid as CSV or JSON, a safe file name for the download, and the title text of
 * an exported picture (`pngTitle`, `wrapTitle`; `render/png.ts` draws it). Pure: no DOM.
 *
 * CSV: a header `x,y,<metric1>,<metric2>,...` (1D: `x,<metrics>`), then one row per grid
 * point in C order (y outer, x inner); non-finite values are written `NaN`, `inf`, `-inf`.
 *
 * JSON: `{run, tag, step, wall_time, dims, metrics, axes: [{label, unit, coords}], values:
 * {metric: [ny][nx] nested arrays (1D: [nx])}, non_finite: [{metric, index, value}],
 * trajectory}`; JSON has no NaN or infinity, so they are written null in `values` and
 * listed with their grid index (`[iy, ix]`, 1D `[ix]`) and kind in `non_finite`.
 */

import { metricValues, type Frame, type Trajectory } from "./frame";

/** The shortest decimal that reads back as the same float32 (at most 9 digits). */
export function float32Text(v: number): string {
  if (v !== v) return "NaN";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const f = Math.fround(v);
  for (let p = 1; p <= 9; p++) {
    const s = Number(f.toPrecision(p));
    if (Math.fround(s) === f) return String(s);
  }
  return String(f);
}

/** A float64 number (a coordinate) as CSV text: shortest round-trip decimal. */
export function float64Text(v: number): string {
  if (v !== v) return "NaN";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  return String(v);
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function frameToCsv(frame: Frame): string {
  const { nx, ny, header } = frame;
  const dims = header.dims;
  const columns = [...(dims === 2 ? ["x", "y"] : ["x"]), ...header.metrics];
  const lines = [columns.map(csvField).join(",")];
  const metrics = header.metrics.map((_, m) => metricValues(frame, m));
  const xs = header.axes[0].coords;
  const ys = dims === 2 ? header.axes[1].coords : null;
  for (let iy = 0; iy < ny; iy++) {
    for (let ix = 0; ix < nx; ix++) {
      const i = iy * nx + ix;
      const row = ys ? [float64Text(xs[ix]), float64Text(ys[iy])] : [float64Text(xs[ix])];
      for (const values of metrics) row.push(float32Text(values[i]));
      lines.push(row.join(","));
    }
  }
  return lines.join("\n") + "\n";
}

type NonFiniteKind = "NaN" | "inf" | "-inf";

function nonFiniteKind(v: number): NonFiniteKind | null {
  if (v !== v) return "NaN";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  return null;
}

/** A finite float32 as the number whose shortest text reads back the same; null otherwise. */
function jsonFloat32(v: number): number | null {
  return Number.isFinite(v) ? Number(float32Text(v)) : null;
}

function jsonArray(a: ArrayLike<number> | null): (number | null)[] | null {
  return a ? Array.from(a, (v) => (Number.isFinite(v) ? v : null)) : null;
}

export interface ExportJson {
  run: string;
  tag: string;
  step: number;
  wall_time: number | null;
  dims: 1 | 2;
  metrics: string[];
  axes: { label: string; unit: string; coords: (number | null)[] }[];
  values: Record<string, unknown[]>;
  non_finite: { metric: string; index: number[]; value: NonFiniteKind }[];
  trajectory: Record<string, unknown> | null;
}

function trajectoryJson(t: Trajectory | null): Record<string, unknown> | null {
  if (!t) return null;
  return {
    steps: t.steps.slice(),
    x: jsonArray(t.x),
    y: jsonArray(t.y),
    plane_loss: jsonArray(t.plane_loss),
    true_loss: jsonArray(t.true_loss),
    residual: jsonArray(t.residual),
  };
}

export function frameToJsonObject(frame: Frame): ExportJson {
  const { nx, ny, header } = frame;
  const values: Record<string, unknown[]> = {};
  const nonFinite: ExportJson["non_finite"] = [];
  header.metrics.forEach((name, m) => {
    const v = metricValues(frame, m);
    const rows: (number | null)[][] = [];
    for (let iy = 0; iy < ny; iy++) {
      const row: (number | null)[] = new Array(nx);
      for (let ix = 0; ix < nx; ix++) {
        const x = v[iy * nx + ix];
        const kind = nonFiniteKind(x);
        if (kind) nonFinite.push({ metric: name, index: header.dims === 2 ? [iy, ix] : [ix], value: kind });
        row[ix] = jsonFloat32(x);
      }
      rows.push(row);
    }
    values[name] = header.dims === 2 ? rows : rows[0];
  });
  return {
    run: header.run,
    tag: header.tag,
    step: header.step,
    wall_time: Number.isFinite(header.wall_time) ? header.wall_time : null,
    dims: header.dims,
    metrics: header.metrics.slice(),
    axes: header.axes.map((a) => ({ label: a.label, unit: a.unit, coords: jsonArray(a.coords) ?? [] })),
    values,
    non_finite: nonFinite,
    trajectory: trajectoryJson(header.trajectory),
  };
}

export function frameToJson(frame: Frame): string {
  return JSON.stringify(frameToJsonObject(frame));
}

/**
 * `run_tag_step.ext` made safe as a file name on every OS: characters other than letters,
 * digits, `.`, `-`, `=`, `+` become `_` (so `/`, `\`, `:`, `<`, `>`, quotes, spaces,
 * control characters never reach the file system), runs of `_` collapse, no leading dot,
 * at most 150 characters before the extension.
 */
export function exportFilename(parts: (string | number)[], ext: string): string {
  let base = parts
    .map((p) => String(p))
    .join("_")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}.=+-]+/gu, "_")
    .replace(/_+/g, "_")
    .replace(/^[._]+/, "")
    .replace(/[._]+$/, "");
  base = Array.from(base).slice(0, 150).join("");
  if (!base) base = "landscape";
  return `${base}.${ext}`;
}

// ---------------------------------------------------------------------------------------
// The title band of an exported picture (render/png.ts draws it).

/** Collapses whitespace and control characters (names come from users' logs) to one space. */
function oneLine(s: string): string {
  return s.replace(/[\s\p{Cc}]+/gu, " ").trim();
}

/**
 * The title of an exported picture, as the page titles the view: "run · tag · step N ·
 * metric". Parts that are empty (or a step that is not a finite number) are left out;
 * newlines and control characters in names become spaces.
 */
export function pngTitle(run: string, tag: string, step: number | null, metric: string): string {
  const parts = [oneLine(run), oneLine(tag), typeof step === "number" && Number.isFinite(step) ? `step ${step}` : "", oneLine(metric)];
  return parts.filter(Boolean).join(" \u00b7 ");
}

/**
 * `text` broken into lines no wider than `maxWidth` (as `measure` says, in any unit): at
 * the " · " separators first, then at spaces, then inside a word that alone is too wide;
 * at most `maxLines`, the last one cut with an ellipsis when text is left over.
 */
export function wrapTitle(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 3): string[] {
  const words = text.split(/(?<= )/); // keep each word's trailing space, so joins are exact
  const lines: string[] = [];
  let line = "";
  const push = (l: string) => lines.push(l.trimEnd());
  for (const word of words) {
    if (measure((line + word).trimEnd()) <= maxWidth) {
      line += word;
      continue;
    }
    if (line) push(line);
    line = "";
    // A word wider than a line on its own: broken by characters.
    let rest = word;
    while (measure(rest.trimEnd()) > maxWidth && rest.length > 1) {
      let k = 1;
      while (k < rest.length && measure(rest.slice(0, k + 1)) <= maxWidth) k++;
      push(rest.slice(0, k));
      rest = rest.slice(k);
    }
    line = rest;
  }
  if (line.trim()) push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.length > 0 && measure(`${last}\u2026`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}\u2026`;
  return kept;
}
