/**
 * The current grid as CSV or JSON, and a safe file name for the download. Pure: no DOM.
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
