/**
 * The Runs view's picture, in SVG: one point per run at (x, y), coloured by a third value
 * (viridis, with a small colour bar) or in the line colour; the hovered run's values in a
 * read-out; a click on a run with landscape records calls `onOpen(run)`. Colours of axes and
 * text come from CSS (light and dark themes).
 *
 * Hooks for tests: `data-testid` runs-scatter (the svg), runs-readout, runs-colorbar; each
 * point is a `circle.tbl-run-point` with `data-run`; `element.dataset.points` counts them.
 */

import { Colormap, cssColor } from "../compute/colormap";
import { axisMap, type AxisMap, type RunPoints } from "../compute/runs";
import { logTicks, ticks } from "../compute/scales";
import { axis } from "./axes";
import { formatValue, h, s } from "./dom";

const MARGIN = { top: 14, right: 20, bottom: 46, left: 70 };
const RADIUS = 6;
const HOVER_RADIUS = 14;
/** Up to this many runs, each point carries its run's name. */
const MAX_LABELS = 20;

export interface ScatterOptions {
  xTitle: string;
  yTitle: string;
  colorTitle: string | null;
  width: number;
  height: number;
  /** The read-out lines of a run (hover). */
  readout(run: string): string[];
}

function tickList(lo: number, hi: number, log: boolean) {
  return log ? logTicks([lo, hi], 6) : ticks([lo, hi], 6);
}

export class ScatterPlot {
  readonly element = h("div", { class: "tbl-scatter" });
  private readonly svg = s("svg", { "data-testid": "runs-scatter", class: "tbl-scatter-svg", role: "img" });
  private readonly readoutEl = h("div", { class: "tbl-readout tbl-runs-readout", "data-testid": "runs-readout" });
  private readonly colorbar = h("div", { class: "tbl-runs-colorbar", "data-testid": "runs-colorbar", hidden: true });
  private placed: { run: string; px: number; py: number; openable: boolean; el: SVGCircleElement }[] = [];
  private opts: ScatterOptions | null = null;
  private hovered: string | null = null;

  constructor(private readonly onOpen: (run: string) => void) {
    this.element.append(this.svg, this.colorbar, this.readoutEl);
    this.svg.addEventListener("mousemove", (e) => this.hover(this.nearest(e)));
    this.svg.addEventListener("mouseleave", () => this.hover(null));
    this.svg.addEventListener("click", (e) => {
      const p = this.nearest(e);
      if (p?.openable) this.onOpen(p.run);
    });
  }

  draw(data: RunPoints, opts: ScatterOptions): void {
    this.opts = opts;
    const w = Math.max(200, opts.width - MARGIN.left - MARGIN.right);
    const hgt = Math.max(150, opts.height - MARGIN.top - MARGIN.bottom);
    this.svg.setAttribute("width", String(w + MARGIN.left + MARGIN.right));
    this.svg.setAttribute("height", String(hgt + MARGIN.top + MARGIN.bottom));
    const mx = axisMap(data.x, data.points.map((p) => p.x), tickList);
    const my = axisMap(data.y, data.points.map((p) => p.y), tickList);
    const cmap = this.colors(data);
    this.svg.replaceChildren(
      s("rect", { class: "tbl-frame", x: MARGIN.left, y: MARGIN.top, width: w, height: hgt }),
      axis({ side: "bottom", x: MARGIN.left, y: MARGIN.top + hgt, length: w, ticks: placeTicks(mx, w, false), title: opts.xTitle, titleOffset: 34 }),
      axis({ side: "left", x: MARGIN.left, y: MARGIN.top, length: hgt, ticks: placeTicks(my, hgt, true), title: opts.yTitle, titleOffset: 54 }),
    );
    this.placed = data.points.map((p) => {
      const px = MARGIN.left + mx.at(p.x) * w;
      const py = MARGIN.top + (1 - my.at(p.y)) * hgt;
      const fill = cmap && p.c !== null ? cssColor(cmap.color(p.c)) : null;
      const el = s("circle", {
        class: `tbl-run-point${p.openable ? " tbl-openable" : ""}${fill ? "" : " tbl-run-plain"}`,
        cx: px.toFixed(1), cy: py.toFixed(1), r: RADIUS, "data-run": p.run, style: fill ? `fill:${fill}` : null,
      }, [s("title", {}, [p.openable ? `${p.run} (click: open its landscape)` : p.run])]);
      this.svg.append(el);
      if (data.points.length <= MAX_LABELS) {
        this.svg.append(s("text", { class: "tbl-run-label", x: (px + RADIUS + 3).toFixed(1), y: (py - RADIUS).toFixed(1) }, [p.run]));
      }
      return { run: p.run, px, py, openable: p.openable, el };
    });
    this.element.dataset.points = String(this.placed.length);
    this.hover(this.placed.some((p) => p.run === this.hovered) ? this.hovered : null);
  }

  private colors(data: RunPoints): Colormap | null {
    const cs = data.points.map((p) => p.c).filter((c): c is number => c !== null);
    const show = data.color !== null && cs.length > 0;
    this.colorbar.hidden = !show;
    if (!show) return null;
    let [lo, hi] = [Math.min(...cs), Math.max(...cs)];
    if (hi === lo) [lo, hi] = [lo - 0.5, hi + 0.5];
    const cmap = new Colormap([lo, hi], { scale: data.color!.log ? "log" : "linear" });
    const text = (v: number) => (data.color!.categories.length ? (data.color!.categories[Math.round(v)] ?? "") : formatValue(v));
    const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => cmap.interpolate(t)).join(",");
    this.colorbar.replaceChildren(
      h("span", {}, [this.opts?.colorTitle ?? ""]),
      h("span", {}, [text(Math.min(...cs))]),
      h("span", { class: "tbl-runs-gradient", style: `background:linear-gradient(to right,${stops})` }),
      h("span", {}, [text(Math.max(...cs))]),
    );
    return cmap;
  }

  private nearest(e: MouseEvent) {
    const r = this.svg.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    let best: (typeof this.placed)[number] | null = null;
    let bestD = HOVER_RADIUS ** 2;
    for (const p of this.placed) {
      const d = (p.px - x) ** 2 + (p.py - y) ** 2;
      if (d <= bestD) [best, bestD] = [p, d];
    }
    return best;
  }

  private hover(target: { run: string } | string | null): void {
    const run = typeof target === "string" ? target : (target?.run ?? null);
    this.hovered = run;
    for (const p of this.placed) p.el.classList.toggle("tbl-hovered", p.run === run);
    this.svg.style.cursor = this.placed.find((p) => p.run === run)?.openable ? "pointer" : "";
    const lines = run && this.opts ? this.opts.readout(run) : [];
    this.readoutEl.replaceChildren(...lines.map((l, i) => h(i === 0 ? "strong" : "span", {}, [l])));
    this.readoutEl.dataset.run = run ?? "";
  }

  dispose(): void {
    this.element.remove();
  }
}

function placeTicks(m: AxisMap, length: number, flip: boolean) {
  return m.ticks.map((t) => ({ pos: flip ? (1 - t.at) * length : t.at * length, label: t.label }));
}
