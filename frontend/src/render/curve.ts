/**
 * 1D view, in SVG: the selected metric's curve of a 1D landscape, or the two slices of a
 * 2D landscape through its centre (`compute/slices.ts`), with more series overlaid (other
 * steps or runs: `opts.overlays`) in distinct colours (`compute/series.ts`) and a legend of
 * their labels; the centre is a dashed line in a neutral grey that no series takes. The y
 * axis is linear or log (`opts.scale`); `opts.domain` fixes its range. Non-finite points
 * break the line and are marked along the top edge in their legend colour. The optimizer's
 * path of a 1D landscape is drawn as points at (x, on-plane loss) coloured by step.
 *
 * `opts.allMetrics`: one panel per metric, stacked (`compute/panels.ts`), sharing the x
 * range, each with its own y axis and the same series (colours by series, one legend);
 * `opts.domain` then fixes the selected metric's panel only, and the path goes in the
 * loss panel (the metric named "loss", else the selected one).
 *
 * `opts.palette` "diverging" (a difference A − B): a y = 0 line, and the frame's own
 * curve red above 0 and blue below (the diverging palette's ends).
 *
 * Hooks for tests: `data-testid` curve (the svg), readout, legend, path-overlay (the
 * path's group), barrier-marker and barrier-chord (`render/barrier.ts`); on `element`:
 * `data-series` (series drawn, all panels), `data-panels`, `data-path-points`, `data-barriers`.
 *
 * `opts.barriers` (paths between two models): each series' barrier marked, and written in
 * the legend after its name (`opts.ownLabel` names the frame's own series).
 */

import { cssColor, interpolateBuWhRd, NAN_COLOR, NEG_INF_COLOR, POS_INF_COLOR } from "../compute/colormap";
import { clipCounts, countNonFinite, finiteRuns, type NonFiniteCounts } from "../compute/finite";
import type { Frame } from "../compute/frame";
import { axisTitleText } from "../compute/labels";
import { panelAt, panelLayout, type PlotBox } from "../compute/panels";
import { barrier, sameCurve } from "../compute/paths";
import { chartDomain, scaleTicks, ticks } from "../compute/scales";
import { CENTER_LINE_COLOR, seriesColor } from "../compute/series";
import { frameSlices, interpolateAt, metricIndex, nearestIndex, type Slice, valueNear } from "../compute/slices";
import { nearestPathPoint, type PathPoint, pathPoints, type PathSpread, pathSpread } from "../compute/trajectory";
import { axis } from "./axes";
import { formatValue, h, rasterize, s } from "./dom";
import { barrierLabel, barrierMarks } from "./barrier";
import { legend } from "./legend";
import { pathColors, pathReadout, pathSvg, tinyPathText } from "./path";
import type { LandscapeRenderer, ViewOptions } from "./types";

const MARGIN = { top: 14, right: 16, bottom: 44, left: 64 };
/** Height of the plot area relative to its width. */
const ASPECT = 0.55;
const HOVER_RADIUS = 8;
/** Vertical room between stacked panels (tick marks of the upper one's x axis). */
const PANEL_GAP = 24;
/** A difference's curve: red above 0 (A higher), blue below (A lower). */
const ABOVE_ZERO = interpolateBuWhRd(0.9);
const BELOW_ZERO = interpolateBuWhRd(0.1);

interface Series {
  label: string;
  coords: ArrayLike<number>;
  values: ArrayLike<number>;
  color: string;
  /** Coloured by sign (a difference): red above 0, blue below. */
  signed?: boolean;
  /** The label without its barrier (`opts.barriers`). */
  name: string;
}

/** One plot of the 1D view: a metric's series, its y range and place. */
interface Panel {
  name: string;
  series: Series[];
  /** The frame's own slices of the metric (non-finite marks, path). */
  main: Slice[];
  plot: PlotBox;
  py: (y: number) => number;
  clipId: string;
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
  private panels: Panel[] = [];
  private xLabel = "x";
  private px: (x: number) => number = (x) => x;
  private ix: (px: number) => number = (x) => x;
  private drawable: (v: number) => boolean = Number.isFinite;
  private path: PathPoint[] = [];
  private spread: PathSpread | null = null;
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
    this.element.dataset.panels = "0";
    this.element.dataset.pathPoints = "0";
  }

  draw(frame: Frame, opts: ViewOptions): void {
    const t0 = performance.now();
    this.frame = frame;
    this.metric = opts.metric;
    const header = frame.header;
    const log = opts.scale === "log";
    const multi = Boolean(opts.allMetrics) && header.metrics.length > 1;
    const shown = multi ? header.metrics.map((_, m) => m) : [opts.metric];
    const signed = opts.palette === "diverging";

    // The series of each panel: the frame's own, then the overlays'. Stacked panels give a
    // series the colour of its place (an overlay without a metric leaves its colour unused),
    // so that one legend holds for all.
    const overlays = opts.overlays ?? [];
    const otherRun = overlays.some((o) => o.frame.header.run !== header.run);
    const own = opts.ownLabel ?? (overlays.length ? (otherRun ? `${header.run}, step ${header.step}` : `step ${header.step}`) : "");
    const legendSeries = new Map<number, { label: string; color: string }>();
    const built = shown.map((m) => {
      const metricName = header.metrics[m];
      const series: Series[] = [];
      let slot = 0;
      const add = (label: string, sl: Slice, isOwn: boolean) => {
        const color = seriesColor(multi ? slot : series.length);
        const name = label;
        if (opts.barriers) {
          label = barrierLabel(name, barrier(sl.coords, sl.values));
          const same = series.find((p) => sameCurve(p.values, sl.values));
          if (same) label += ` · same curve as ${same.name}`; // drawn over it
        }
        series.push({ label, name, coords: sl.coords, values: sl.values, color, signed: signed && isOwn });
        if (!legendSeries.has(slot)) legendSeries.set(slot, { label, color });
        slot++;
      };
      const main = frameSlices(frame, m);
      for (const sl of main) add(own ? (header.dims === 1 ? own : `${own}: ${sl.label}`) : sl.label, sl, true);
      for (const o of overlays) {
        const om = metricIndex(o.frame, metricName, multi && m !== opts.metric ? -1 : opts.metric);
        if (om < 0) {
          slot += o.frame.header.dims === 1 ? 1 : 2;
          continue;
        }
        for (const sl of frameSlices(o.frame, om)) add(o.frame.header.dims === 1 ? o.label : `${o.label}: ${sl.label}`, sl, false);
      }
      return { m, name: metricName, series, main };
    });

    // Domains and mappings: one x range for all panels, a y range each.
    this.drawable = log ? (v: number) => Number.isFinite(v) && v > 0 : Number.isFinite;
    let x0 = Infinity;
    let x1 = -Infinity;
    const yDomains = built.map(({ m, series }) => {
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
      return chartDomain(y0 <= y1 ? [y0, y1] : null, m === opts.metric ? opts.domain : null, opts.scale);
    });
    const xDomain: [number, number] = x0 < x1 ? [x0, x1] : Number.isFinite(x0) ? [x0 - 1, x0 + 1] : [-1, 1];
    const plotWidth = opts.fit ? opts.fit.width - MARGIN.left - MARGIN.right : opts.maxSide;
    const layout = panelLayout(built.length, plotWidth, MARGIN, ASPECT, PANEL_GAP, opts.fit?.height);
    const w = layout.plots[0].width;
    const px = (x: number) => MARGIN.left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0])) * w;
    const ix = (p: number) => xDomain[0] + ((p - MARGIN.left) / w) * (xDomain[1] - xDomain[0]);
    this.px = px;
    this.ix = ix;
    this.svg.setAttribute("width", String(layout.width));
    this.svg.setAttribute("height", String(layout.height));
    const panels: Panel[] = built.map((b, k) => {
      const plot = layout.plots[k];
      const yDomain = yDomains[k];
      const ht = plot.height;
      const l0 = log ? Math.log10(yDomain[0]) : 0;
      const l1 = log ? Math.log10(yDomain[1]) : 0;
      const py = log
        ? (y: number) => plot.top + ((l1 - Math.log10(y)) / (l1 - l0)) * ht
        : (y: number) => plot.top + ((yDomain[1] - y) / (yDomain[1] - yDomain[0])) * ht;
      return { name: b.name, series: b.series, main: b.main, plot, py, clipId: k === 0 ? this.clipId : `${this.clipId}-${k}` };
    });
    this.panels = panels;

    // The x axis, the same for all panels (tick labels and title under the last one).
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

    // The optimizer's path on a 1D landscape: (x, on-plane loss), coloured by step, in the
    // panel of the loss.
    const lossAt = built.findIndex((b) => b.name === "loss");
    const pathPanel = !multi ? 0 : lossAt >= 0 ? lossAt : Math.max(0, built.findIndex((b) => b.m === opts.metric));

    const defs = s("defs");
    const children: SVGElement[] = [defs];
    const counts: NonFiniteCounts = { nan: 0, posInf: 0, negInf: 0 };
    let clip = { below: 0, above: 0 };
    this.path = [];
    this.pathPixels = [];
    let barriers = 0;
    panels.forEach((panel, k) => {
      const { plot, py, main } = panel;
      const top = plot.top;
      const ht = plot.height;
      const last = k === panels.length - 1;
      defs.append(s("clipPath", { id: panel.clipId }, [s("rect", { x: MARGIN.left, y: top - 1, width: w, height: ht + 2 })]));
      children.push(s("rect", { class: "tbl-frame", x: MARGIN.left - 0.5, y: top - 0.5, width: w + 1, height: ht + 1 }));

      // The centre: one dashed line per distinct centre coordinate along the abscissa.
      // (None on paths between two models: their "centre" is model A, at t = 0.)
      const centres = opts.barriers ? [] : [...new Set(header.center.slice(0, main.length))];
      for (const c of centres) {
        if (Number.isFinite(c) && c >= xDomain[0] && c <= xDomain[1]) {
          // A neutral grey (inline: it wins over the page's stylesheet), never a series' colour.
          children.push(s("line", { class: "tbl-center-line", x1: px(c), x2: px(c), y1: top, y2: top + ht, style: `stroke: ${CENTER_LINE_COLOR}` }));
        }
      }

      // A difference: its zero.
      let zero = NaN;
      if (signed && !log) {
        const yDomain = yDomains[k];
        zero = Math.min(top + ht, Math.max(top, py(0)));
        if (yDomain[0] < 0 && yDomain[1] > 0) {
          children.push(s("line", { class: "tbl-zero-line", x1: MARGIN.left, x2: MARGIN.left + w, y1: py(0), y2: py(0) }));
        }
        defs.append(
          s("clipPath", { id: `${panel.clipId}-above` }, [s("rect", { x: MARGIN.left, y: top - 1, width: w, height: Math.max(0, zero - top + 1) })]),
          s("clipPath", { id: `${panel.clipId}-below` }, [s("rect", { x: MARGIN.left, y: zero, width: w, height: Math.max(0, top + ht + 1 - zero) })]),
        );
      }

      // The series, clipped to the plot (a fixed y range may cut them).
      const lines = s("g", { "clip-path": `url(#${panel.clipId})` });
      panel.series.forEach((sr, i) => {
        let d = "";
        const dots: SVGElement[] = [];
        for (const [a, b] of runs(sr.values, this.drawable)) {
          if (b - a === 1) {
            const color = sr.signed ? (sr.values[a] >= 0 ? ABOVE_ZERO : BELOW_ZERO) : sr.color;
            dots.push(s("circle", { class: "tbl-curve-series-dot", cx: px(sr.coords[a]), cy: py(sr.values[a]), r: 2.5, style: `fill: ${color}` }));
            continue;
          }
          for (let j = a; j < b; j++) d += `${j === a ? "M" : "L"}${px(sr.coords[j]).toFixed(2)},${py(sr.values[j]).toFixed(2)}`;
        }
        const cls = i === 0 ? "tbl-curve-line tbl-curve-series" : "tbl-curve-series";
        if (sr.signed && Number.isFinite(zero)) {
          lines.append(
            s("g", { "clip-path": `url(#${panel.clipId}-above)` }, [s("path", { class: cls, "data-series": i, d, style: `stroke: ${ABOVE_ZERO}` })]),
            s("g", { "clip-path": `url(#${panel.clipId}-below)` }, [s("path", { class: "tbl-curve-series", d, style: `stroke: ${BELOW_ZERO}` })]),
            ...dots,
          );
        } else {
          lines.append(s("path", { class: cls, "data-series": i, d, style: `stroke: ${sr.color}` }), ...dots);
        }
      });
      children.push(lines);
      // Paths between two models: each one's barrier (the selected metric's panel).
      if (opts.barriers && built[k].m === opts.metric) {
        const marks = barrierMarks(panel.series, px, py, this.drawable, panel.clipId, [top, top + ht]);
        barriers += marks.querySelectorAll("circle").length;
        children.push(marks);
      }

      // Non-finite points of the frame's own series: a small mark on the top edge.
      for (const sl of main) {
        const c = countNonFinite(sl.values);
        counts.nan += c.nan;
        counts.posInf += c.posInf;
        counts.negInf += c.negInf;
        for (let i = 0; i < sl.values.length; i++) {
          const v = sl.values[i];
          if (Number.isFinite(v)) continue;
          const color = v !== v ? NAN_COLOR : v > 0 ? POS_INF_COLOR : NEG_INF_COLOR;
          children.push(s("rect", { class: "tbl-nonfinite-mark", x: px(sl.coords[i]) - 2, y: top, width: 4, height: 8, fill: cssColor(color) }));
        }
      }
      // Values beyond a fixed range (the selected metric's panel).
      if (opts.domain && built[k].m === opts.metric) {
        for (const sl of main) {
          const c = clipCounts(sl.values, yDomains[k]);
          clip = { below: clip.below + c.below, above: clip.above + c.above };
        }
      }

      if (k === pathPanel && opts.path && header.dims === 1 && header.trajectory) {
        const all = pathPoints(header.trajectory);
        const colors = pathColors(all.length);
        const first = main[0];
        const drawnAt: number[] = [];
        all.forEach((p, i) => {
          const y = Number.isFinite(p.planeLoss) ? p.planeLoss : interpolateAt(first.coords, first.values, p.x);
          if (!this.drawable(y)) return;
          drawnAt.push(i);
          this.path.push(p);
          this.pathPixels.push([px(p.x), py(y)]);
        });
        const g = pathSvg(this.pathPixels, drawnAt.map((i) => colors[i]), this.path.map((p) => p.step));
        g.setAttribute("clip-path", `url(#${panel.clipId})`);
        children.push(g);
      }

      const yTicks = scaleTicks(yDomains[k], opts.scale, Math.max(2, Math.round(ht / 50))).map((t) => ({ pos: py(t.value) - top, label: t.label }));
      children.push(
        axis({
          side: "bottom",
          x: MARGIN.left,
          y: top + ht + 0.5,
          length: w,
          ticks: last ? xTicks : xTicks.map((t) => ({ ...t, label: "" })),
          title: last ? xTitle : undefined,
          titleOffset: 36,
        }),
        axis({ side: "left", x: MARGIN.left - 0.5, y: top, length: ht, ticks: yTicks, title: panel.name + (log ? " (log)" : ""), titleOffset: 52 }),
      );
    });
    this.hoverGroup = s("g", { class: "tbl-curve-hover", visibility: "hidden" });
    children.push(this.hoverGroup);
    this.svg.replaceChildren(...children);

    // Legend: series, non-finite points, values beyond a fixed range, centre, path.
    const n = this.path.length;
    const pc = pathColors(n);
    this.spread = pathSpread(this.path, header.axes[0].coords, null);
    const nMain = panels[0].main.length;
    const series = signed && panels[0].series.length === 1
      ? [{ label: "above 0", color: ABOVE_ZERO }, { label: "below 0", color: BELOW_ZERO }]
      : multi
        ? [...legendSeries.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v)
        : panels[0].series.map((sr) => ({ label: sr.label, color: sr.color }));
    this.legendSlot.replaceChildren(
      legend(counts, {
        hatched: false,
        note: "line broken",
        center: opts.barriers ? null : { text: `centre (${header.center.slice(0, nMain).map(formatValue).join(", ")})`, mark: "line" },
        series,
        clip: opts.domain ? { ...clip, range: "y range" } : null,
        path:
          n > 0
            ? { count: n, first: this.path[0].step, last: this.path[n - 1].step, early: pc[0], late: pc[n - 1], tiny: tinyPathText(this.spread, 1) }
            : null,
      }),
    );
    this.readout.textContent = "\u00a0";
    this.element.dataset.series = String(panels.reduce((a, p) => a + p.series.length, 0));
    this.element.dataset.panels = String(panels.length);
    this.element.dataset.pathPoints = String(n);
    this.element.dataset.barriers = String(barriers);
    this.element.dataset.pathSpread = this.spread ? String(this.spread.fraction) : "";
    this.element.dataset.scale = opts.scale;
    this.element.dataset.drawMs = (performance.now() - t0).toFixed(1);
  }

  private clearHover(): void {
    this.hoverGroup.setAttribute("visibility", "hidden");
    this.readout.textContent = "\u00a0";
  }

  private onHover(e: MouseEvent): void {
    const frame = this.frame;
    const panels = this.panels;
    const first = panels[0]?.series[0];
    if (!frame || !first) return;
    const r = this.svg.getBoundingClientRect();
    const mx = e.clientX - r.left;
    const my = e.clientY - r.top;
    if (panelAt(panels.map((p) => p.plot), mx, my) < 0) {
      this.clearHover();
      return;
    }
    const hp = nearestPathPoint(this.pathPixels, mx, my, HOVER_RADIUS);
    if (hp >= 0) {
      this.hoverGroup.setAttribute("visibility", "hidden");
      this.readout.textContent = pathReadout(this.path[hp], 1, hp === this.path.length - 1, this.spread);
      return;
    }
    const x = this.ix(mx);
    const ref = valueNear(first.coords, first.values, x);
    const at = Number.isFinite(ref.x) ? ref.x : x;
    const groups: string[] = [];
    const marks: SVGElement[] = [];
    const gx = this.px(at);
    for (const panel of panels) {
      const parts: string[] = [];
      for (const sr of panel.series) {
        const { x: sx, value } = valueNear(sr.coords, sr.values, at);
        if (!Number.isFinite(sx)) continue;
        parts.push(`${sr.name} = ${formatValue(value)}${sx !== at ? ` (at ${formatValue(sx)})` : ""}`);
        const color = sr.signed ? (value >= 0 ? ABOVE_ZERO : BELOW_ZERO) : sr.color;
        if (this.drawable(value)) marks.push(s("circle", { cx: this.px(sx), cy: panel.py(value), r: 3.5, style: `fill: ${color}` }));
      }
      marks.push(s("line", { x1: gx, x2: gx, y1: panel.plot.top, y2: panel.plot.top + panel.plot.height }));
      // A 1D frame's other metrics at the same point (stacked panels show them all already).
      if (panels.length === 1 && frame.header.dims === 1 && frame.metricCount > 1 && Number.isFinite(ref.x)) {
        const i = nearestIndex(first.coords, ref.x);
        frame.header.metrics.forEach((name, m) => {
          if (m !== this.metric) parts.push(`${name} = ${formatValue(frame.values[m * frame.nx + i])}`);
        });
      }
      if (panels.length === 1) groups.push(parts.join(", "));
      else if (parts.length === 1 && panel.series[0].name === panel.name) groups.push(parts[0]);
      else if (parts.length) groups.push(`${panel.name}: ${parts.join(", ")}`);
    }
    this.readout.textContent = `${this.xLabel} = ${formatValue(at)}: ${groups.join("; ")}`;
    // The hover line first, then the marks over it (as before for one panel).
    marks.sort((a, b) => (a.tagName === "line" ? 0 : 1) - (b.tagName === "line" ? 0 : 1));
    this.hoverGroup.replaceChildren(...marks);
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
    this.panels = [];
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
