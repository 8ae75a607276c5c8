/**
 * 1D view, in SVG: the selected metric's curve of a 1D landscape, or the two slices of a
 * 2D landscape through its centre (`compute/slices.ts`), with more series overlaid (other
 * steps or runs: `opts.overlays`) in distinct colours and a legend of their labels. The y
 * axis is linear or log (`opts.scale`); `opts.domain` fixes its range. Non-finite points
 * break the line and are marked along the top edge in their legend colour. The optimizer's
 * path of a 1D landscape is drawn as points at (x, on-plane loss) coloured by step.
 *
 * Hooks for tests: `data-testid` curve (the svg), readout, legend, path-overlay (the
 * path's group); on `element`: `data-series` (series drawn), `data-path-points`.
 */

import { schemeTableau10 } from "d3-scale-chromatic";
import { cssColor, NAN_COLOR, NEG_INF_COLOR, POS_INF_COLOR } from "../compute/colormap";
import { clipCounts, countNonFinite, finiteRuns, type NonFiniteCounts } from "../compute/finite";
import type { Frame } from "../compute/frame";
import { axisTitleText } from "../compute/labels";
import { chartDomain, scaleTicks, ticks } from "../compute/scales";
import { frameSlices, interpolateAt, metricIndex, nearestIndex, valueNear } from "../compute/slices";
import { nearestPathPoint, type PathPoint, pathPoints } from "../compute/trajectory";
import { axis } from "./axes";
import { formatValue, h, rasterize, s } from "./dom";
import { legend } from "./legend";
import { pathColors, pathReadout, pathSvg } from "./path";
import type { LandscapeRenderer, ViewOptions } from "./types";

const MARGIN = { top: 14, right: 16, bottom: 44, left: 64 };
/** Height of the plot area relative to its width. */
const ASPECT = 0.55;
const HOVER_RADIUS = 8;

/** Colour of series `i`: the theme's line colour first, then Tableau 10. */
export function seriesColor(i: number): string {
  return i === 0 ? "var(--tbl-line)" : schemeTableau10[i % schemeTableau10.length];
}

interface Series {
  label: string;
  coords: ArrayLike<number>;
  values: ArrayLike<number>;
  color: string;
}

let clipIds = 0;

export class Curve implements LandscapeRenderer {
  readonly element = h("div", { class: "tbl-curve" });
  private readonly svg = s("svg", { "data-testid": "curve", class: "tbl-curve-svg" });
  private readonly readout = h("div", { class: "tbl-readout", "data-testid": "readout" }, ["\u00a0"]);
  private readonly legendSlot = h("div");
  private readonly clipId = `tbl-curve-clip-${++clipIds}`;
  private hoverGroup: SVGGElement = s("g");
  private readonly cleanups: (() => void)[] = [];

  // What the last draw showed, for the hover read-out.
  private frame: Frame | null = null;
  private metric = 0;
  private series: Series[] = [];
  private xLabel = "x";
  private px: (x: number) => number = (x) => x;
  private py: (y: number) => number = (y) => y;
  private ix: (px: number) => number = (x) => x;
  private plot = { left: 0, top: 0, width: 0, height: 0 };
  private drawable: (v: number) => boolean = Number.isFinite;
  private path: PathPoint[] = [];
  private pathPixels: [number, number][] = [];

  constructor() {
    this.element.append(this.svg, this.readout, this.legendSlot);
    const move = (e: Event) => this.onHover(e as MouseEvent);
    const leave = () => this.clearHover();
    this.svg.addEventListener("mousemove", move);
    this.svg.addEventListener("mouseleave", leave);
    this.cleanups.push(
      () => this.svg.removeEventListener("mousemove", move),
      () => this.svg.removeEventListener("mouseleave", leave),
    );
    this.element.dataset.series = "0";
    this.element.dataset.pathPoints = "0";
  }

  draw(frame: Frame, opts: ViewOptions): void {
    const t0 = performance.now();
    this.frame = frame;
    this.metric = opts.metric;
    const header = frame.header;
    const metricName = header.metrics[opts.metric];
    const log = opts.scale === "log";

    // The series: the frame's own, then the overlays'.
    const overlays = opts.overlays ?? [];
    const otherRun = overlays.some((o) => o.frame.header.run !== header.run);
    const own = overlays.length ? (otherRun ? `${header.run}, step ${header.step}` : `step ${header.step}`) : "";
    const series: Series[] = [];
    const add = (label: string, coords: ArrayLike<number>, values: ArrayLike<number>) =>
      series.push({ label, coords, values, color: seriesColor(series.length) });
    const mainSlices = frameSlices(frame, opts.metric);
    for (const sl of mainSlices) {
      add(own ? (header.dims === 1 ? own : `${own}: ${sl.label}`) : sl.label, sl.coords, sl.values);
    }
    for (const o of overlays) {
      const m = metricIndex(o.frame, metricName, opts.metric);
      if (m < 0) continue;
      for (const sl of frameSlices(o.frame, m)) {
        add(o.frame.header.dims === 1 ? o.label : `${o.label}: ${sl.label}`, sl.coords, sl.values);
      }
    }
    this.series = series;

    // Domains and mappings.
    this.drawable = log ? (v: number) => Number.isFinite(v) && v > 0 : Number.isFinite;
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const sr of series) {
      const n = sr.coords.length;
      if (n === 0) continue;
      x0 = Math.min(x0, sr.coords[0]);
      x1 = Math.max(x1, sr.coords[n - 1]);
      for (let i = 0; i < sr.values.length; i++) {
        const v = sr.values[i];
        if (this.drawable(v)) {
          if (v < y0) y0 = v;
          if (v > y1) y1 = v;
        }
      }
    }
    const xDomain: [number, number] = x0 < x1 ? [x0, x1] : Number.isFinite(x0) ? [x0 - 1, x0 + 1] : [-1, 1];
    const yDomain = chartDomain(y0 <= y1 ? [y0, y1] : null, opts.domain, opts.scale);
    const w = Math.max(120, Math.round(opts.maxSide));
    const ht = Math.max(80, Math.round(w * ASPECT));
    const W = MARGIN.left + w + MARGIN.right;
    const H = MARGIN.top + ht + MARGIN.bottom;
    this.plot = { left: MARGIN.left, top: MARGIN.top, width: w, height: ht };
    const px = (x: number) => MARGIN.left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0])) * w;
    const ix = (p: number) => xDomain[0] + ((p - MARGIN.left) / w) * (xDomain[1] - xDomain[0]);
    const l0 = log ? Math.log10(yDomain[0]) : 0;
    const l1 = log ? Math.log10(yDomain[1]) : 0;
    const py = log
      ? (y: number) => MARGIN.top + ((l1 - Math.log10(y)) / (l1 - l0)) * ht
      : (y: number) => MARGIN.top + ((yDomain[1] - y) / (yDomain[1] - yDomain[0])) * ht;
    this.px = px;
    this.py = py;
    this.ix = ix;
    this.svg.setAttribute("width", String(W));
    this.svg.setAttribute("height", String(H));

    const children: SVGElement[] = [
      s("defs", {}, [
        s("clipPath", { id: this.clipId }, [s("rect", { x: MARGIN.left, y: MARGIN.top - 1, width: w, height: ht + 2 })]),
      ]),
      s("rect", { class: "tbl-frame", x: MARGIN.left - 0.5, y: MARGIN.top - 0.5, width: w + 1, height: ht + 1 }),
    ];

    // The centre: one dashed line per distinct centre coordinate along the abscissa.
    const centres = [...new Set(header.center.slice(0, mainSlices.length))];
    for (const c of centres) {
      if (Number.isFinite(c) && c >= xDomain[0] && c <= xDomain[1]) {
        children.push(s("line", { class: "tbl-center-line", x1: px(c), x2: px(c), y1: MARGIN.top, y2: MARGIN.top + ht }));
      }
    }

    // The series, clipped to the plot (a fixed y range may cut them).
    const lines = s("g", { "clip-path": `url(#${this.clipId})` });
    series.forEach((sr, k) => {
      let d = "";
      const dots: SVGElement[] = [];
      for (const [a, b] of runs(sr.values, this.drawable)) {
        if (b - a === 1) {
          dots.push(s("circle", { class: "tbl-curve-series-dot", cx: px(sr.coords[a]), cy: py(sr.values[a]), r: 2.5, style: `fill: ${sr.color}` }));
          continue;
        }
        for (let i = a; i < b; i++) d += `${i === a ? "M" : "L"}${px(sr.coords[i]).toFixed(2)},${py(sr.values[i]).toFixed(2)}`;
      }
      lines.append(
        s("path", { class: k === 0 ? "tbl-curve-line tbl-curve-series" : "tbl-curve-series", "data-series": k, d, style: `stroke: ${sr.color}` }),
        ...dots,
      );
    });
    children.push(lines);

    // Non-finite points of the frame's own series: a small mark on the top edge.
    const counts: NonFiniteCounts = { nan: 0, posInf: 0, negInf: 0 };
    for (const sl of mainSlices) {
      const c = countNonFinite(sl.values);
      counts.nan += c.nan;
      counts.posInf += c.posInf;
      counts.negInf += c.negInf;
      for (let i = 0; i < sl.values.length; i++) {
        const v = sl.values[i];
        if (Number.isFinite(v)) continue;
        const color = v !== v ? NAN_COLOR : v > 0 ? POS_INF_COLOR : NEG_INF_COLOR;
        children.push(
          s("rect", { class: "tbl-nonfinite-mark", x: px(sl.coords[i]) - 2, y: MARGIN.top, width: 4, height: 8, fill: cssColor(color) }),
        );
      }
    }

    // The optimizer's path on a 1D landscape: (x, on-plane loss), coloured by step.
    this.path = [];
    this.pathPixels = [];
    if (opts.path && header.dims === 1 && header.trajectory) {
      const all = pathPoints(header.trajectory);
      const colors = pathColors(all.length);
      const main = mainSlices[0];
      const shown: number[] = [];
      all.forEach((p, i) => {
        const y = Number.isFinite(p.planeLoss) ? p.planeLoss : interpolateAt(main.coords, main.values, p.x);
        if (!this.drawable(y)) return;
        shown.push(i);
        this.path.push(p);
        this.pathPixels.push([px(p.x), py(y)]);
      });
      const g = pathSvg(this.pathPixels, shown.map((i) => colors[i]), this.path.map((p) => p.step));
      g.setAttribute("clip-path", `url(#${this.clipId})`);
      children.push(g);
    }

    // Axes.
    const [ax0, ax1] = header.axes;
    this.xLabel =
      header.dims === 1
        ? ax0.label || "x"
        : `${ax0.label || "x"} / ${ax1.label || "y"}`;
    const xTitle =
      header.dims === 1
        ? axisTitleText(ax0, header.method)
        : axisTitleText({ label: this.xLabel, unit: ax0.unit === ax1.unit ? ax0.unit : "", explained_variance: null }, header.method);
    const xTicks = ticks(xDomain, Math.max(2, Math.round(w / 70))).map((t) => ({ pos: px(t.value) - MARGIN.left, label: t.label }));
    const yTicks = scaleTicks(yDomain, opts.scale, Math.max(2, Math.round(ht / 50))).map((t) => ({ pos: py(t.value) - MARGIN.top, label: t.label }));
    this.hoverGroup = s("g", { class: "tbl-curve-hover", visibility: "hidden" });
    children.push(
      axis({ side: "bottom", x: MARGIN.left, y: MARGIN.top + ht + 0.5, length: w, ticks: xTicks, title: xTitle, titleOffset: 36 }),
      axis({ side: "left", x: MARGIN.left - 0.5, y: MARGIN.top, length: ht, ticks: yTicks, title: metricName + (log ? " (log)" : ""), titleOffset: 52 }),
      this.hoverGroup,
    );
    this.svg.replaceChildren(...children);

    // Legend: series, non-finite points, values beyond a fixed range, centre, path.
    let clip = { below: 0, above: 0 };
    if (opts.domain) {
      for (const sl of mainSlices) {
        const c = clipCounts(sl.values, yDomain);
        clip = { below: clip.below + c.below, above: clip.above + c.above };
      }
    }
    const n = this.path.length;
    const pc = pathColors(n);
    this.legendSlot.replaceChildren(
      legend(counts, {
        hatched: false,
        note: "line broken",
        center: { text: `centre (${header.center.slice(0, mainSlices.length).map(formatValue).join(", ")})`, mark: "line" },
        series: series.map((sr) => ({ label: sr.label, color: sr.color })),
        clip: opts.domain ? { ...clip, range: "y range" } : null,
        path: n > 0 ? { count: n, first: this.path[0].step, last: this.path[n - 1].step, early: pc[0], late: pc[n - 1] } : null,
      }),
    );
    this.readout.textContent = "\u00a0";
    this.element.dataset.series = String(series.length);
    this.element.dataset.pathPoints = String(n);
    this.element.dataset.scale = opts.scale;
    this.element.dataset.drawMs = (performance.now() - t0).toFixed(1);
  }

  private clearHover(): void {
    this.hoverGroup.setAttribute("visibility", "hidden");
    this.readout.textContent = "\u00a0";
  }

  private onHover(e: MouseEvent): void {
    const frame = this.frame;
    if (!frame || this.series.length === 0) return;
    const r = this.svg.getBoundingClientRect();
    const mx = e.clientX - r.left;
    const my = e.clientY - r.top;
    const p = this.plot;
    if (mx < p.left - 4 || mx > p.left + p.width + 4 || my < p.top - 4 || my > p.top + p.height + 4) {
      this.clearHover();
      return;
    }
    const hp = nearestPathPoint(this.pathPixels, mx, my, HOVER_RADIUS);
    if (hp >= 0) {
      this.hoverGroup.setAttribute("visibility", "hidden");
      this.readout.textContent = pathReadout(this.path[hp], 1, hp === this.path.length - 1);
      return;
    }
    const x = this.ix(mx);
    const ref = valueNear(this.series[0].coords, this.series[0].values, x);
    const at = Number.isFinite(ref.x) ? ref.x : x;
    const parts: string[] = [];
    const marks: SVGElement[] = [];
    this.series.forEach((sr) => {
      const { x: sx, value } = valueNear(sr.coords, sr.values, at);
      if (!Number.isFinite(sx)) return;
      parts.push(`${sr.label} = ${formatValue(value)}${sx !== at ? ` (at ${formatValue(sx)})` : ""}`);
      if (this.drawable(value)) marks.push(s("circle", { cx: this.px(sx), cy: this.py(value), r: 3.5, style: `fill: ${sr.color}` }));
    });
    // A 1D frame's other metrics at the same point.
    if (frame.header.dims === 1 && frame.metricCount > 1 && Number.isFinite(ref.x)) {
      const i = nearestIndex(this.series[0].coords, ref.x);
      frame.header.metrics.forEach((name, m) => {
        if (m !== this.metric) parts.push(`${name} = ${formatValue(frame.values[m * frame.nx + i])}`);
      });
    }
    this.readout.textContent = `${this.xLabel} = ${formatValue(at)}: ${parts.join(", ")}`;
    const gx = this.px(at);
    this.hoverGroup.replaceChildren(s("line", { x1: gx, x2: gx, y1: p.top, y2: p.top + p.height }), ...marks);
    this.hoverGroup.setAttribute("visibility", "visible");
  }

  toPng(): Promise<Blob> {
    this.hoverGroup.setAttribute("visibility", "hidden");
    return rasterize(this.element, (el) => el === this.readout);
  }

  resetView(): void {}

  dispose(): void {
    for (const f of this.cleanups.splice(0)) f();
    this.frame = null;
    this.series = [];
  }
}

/** The runs of consecutive points for which `ok` holds, as index ranges [start, end). */
function runs(values: ArrayLike<number>, ok: (v: number) => boolean): [number, number][] {
  if (ok === Number.isFinite) return finiteRuns(values);
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= values.length; i++) {
    const good = i < values.length && ok(values[i]);
    if (good && start < 0) start = i;
    if (!good && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  return out;
}
