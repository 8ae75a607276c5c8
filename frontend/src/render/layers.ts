/**
 * The Layers chart of per-layer sensitivity: one row per parameter group, shared by a bar
 * chart of the chosen step (the trace with standard-error whiskers, or the top eigenvalue;
 * linear or log axis) and, beside it, a heatmap of group x step (how sensitivity moves
 * through training) with the chosen step outlined and a colour bar. Hover either for a
 * read-out; a click on the heatmap picks that step. Missing or non-drawable values (NaN, or
 * <= 0 on a log scale) are hatched, never coloured.
 */

import type { SensitivityResponse } from "../api";
import { type AxisScale, barDomain, barsAt, barText, matrix, matrixDomain, type Measure, position } from "../compute/sensitivity";
import { scaleTicks, ticks } from "../compute/scales";
import { colourAt, colourBar, drawAxes, fitText, FONT, hatch, inside, type Rect, themeOf } from "./chart";
import { ensureCanvas, h, rasterize } from "./dom";
import type { ChartRenderer } from "./types";

export interface LayersOptions {
  measure: Measure;
  scale: AxisScale;
  /** Index of the chosen step in `data.steps`. */
  index: number;
  width: number;
  height: number;
  /** Called with a step index when the heatmap is clicked. */
  onStep?: (index: number) => void;
}

interface Layout {
  labels: Rect;
  bars: Rect;
  heat: Rect;
  bar: Rect;
  rowH: number;
}

const MEASURE_TEXT: Record<Measure, string> = { trace: "Hessian trace", top_eigenvalue: "top eigenvalue" };

function layout(width: number, height: number, groups: number): Layout {
  const top = 26;
  const labelW = Math.min(170, Math.max(70, width * 0.16));
  const rowH = Math.max(8, Math.min(34, (height - top - 48) / Math.max(1, groups)));
  const h = rowH * groups;
  const rest = width - labelW - 90;
  const barsW = Math.max(120, rest * 0.4);
  const heatX = labelW + barsW + 24;
  const heatW = Math.max(80, width - heatX - 70);
  return {
    labels: { x: 0, y: top, w: labelW - 6, h },
    bars: { x: labelW, y: top, w: barsW, h },
    heat: { x: heatX, y: top, w: heatW, h },
    bar: { x: heatX + heatW + 12, y: top, w: 12, h },
    rowH,
  };
}

export class LayersChart implements ChartRenderer<SensitivityResponse, LayersOptions> {
  readonly element = h("div", { class: "tbl-chart", "data-testid": "layers-chart" });
  private readonly canvas = h("canvas", { "data-testid": "layers-canvas" });
  private readonly readout = h("div", { class: "tbl-readout", "data-testid": "layers-readout" });
  private data: SensitivityResponse | null = null;
  private opts: LayersOptions | null = null;
  private box: Layout | null = null;
  private readonly cleanups: (() => void)[] = [];

  constructor() {
    this.element.append(this.canvas, this.readout);
    const move = (e: MouseEvent) => this.hover(e);
    const click = (e: MouseEvent) => this.click(e);
    this.canvas.addEventListener("mousemove", move);
    this.canvas.addEventListener("click", click);
    this.cleanups.push(() => this.canvas.removeEventListener("mousemove", move), () => this.canvas.removeEventListener("click", click));
  }

  draw(data: SensitivityResponse, opts: LayersOptions): void {
    this.data = data;
    this.opts = opts;
    const box = (this.box = layout(opts.width, opts.height, data.groups.length));
    const ctx = ensureCanvas(this.canvas, opts.width, box.bars.y + box.bars.h + 46);
    const theme = themeOf(this.element);
    ctx.font = FONT;
    ctx.fillStyle = theme.fg;
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    data.groups.forEach((g, k) => ctx.fillText(fitText(ctx, g, box.labels.w), box.labels.x + box.labels.w, box.labels.y + (k + 0.5) * box.rowH));
    this.drawBars(ctx, theme);
    this.drawHeat(ctx, theme);
    if (!this.readout.textContent) this.readout.textContent = "Hover a bar or a cell for its value.";
  }

  private drawBars(ctx: CanvasRenderingContext2D, theme: ReturnType<typeof themeOf>): void {
    const data = this.data!;
    const opts = this.opts!;
    const box = this.box!;
    const r = box.bars;
    const bars = barsAt(data, opts.index, opts.measure);
    const domain = barDomain(bars.values, bars.errors, opts.scale) ?? [0, 1];
    const at = (v: number) => r.x + position(v, domain, opts.scale) * r.w;
    const base = opts.scale === "log" ? r.x : at(0);
    bars.values.forEach((v, k) => {
      const y = r.y + k * box.rowH + box.rowH * 0.15;
      const bh = box.rowH * 0.7;
      const p = position(v, domain, opts.scale);
      if (Number.isNaN(p)) return hatch(ctx, r.x + 1, y, r.w - 2, bh, theme);
      ctx.fillStyle = theme.line;
      const x = r.x + p * r.w;
      ctx.fillRect(Math.min(base, x), y, Math.max(1, Math.abs(x - base)), bh);
      const se = bars.errors[k];
      if (Number.isFinite(se) && se > 0) {
        const lo = opts.scale === "log" && v - se <= 0 ? r.x : at(v - se);
        const hi = at(v + se);
        ctx.strokeStyle = theme.fg;
        ctx.beginPath();
        ctx.moveTo(lo, y + bh / 2);
        ctx.lineTo(hi, y + bh / 2);
        for (const e of [lo, hi]) {
          ctx.moveTo(e, y + bh * 0.2);
          ctx.lineTo(e, y + bh * 0.8);
        }
        ctx.stroke();
      }
    });
    const step = data.steps[opts.index];
    drawAxes(ctx, r, theme, { ticks: scaleTicks(domain, opts.scale, 4), at, title: `${MEASURE_TEXT[opts.measure]}${opts.scale === "log" ? " (log)" : ""}` }, null);
    ctx.fillStyle = theme.fg;
    ctx.textAlign = "left";
    ctx.textBaseline = "bottom";
    ctx.fillText(`${MEASURE_TEXT[opts.measure]} at step ${step}${opts.measure === "trace" ? " (± standard error)" : ""}`, r.x, r.y - 6);
  }

  private drawHeat(ctx: CanvasRenderingContext2D, theme: ReturnType<typeof themeOf>): void {
    const data = this.data!;
    const opts = this.opts!;
    const box = this.box!;
    const r = box.heat;
    const m = matrix(data, opts.measure);
    const domain = matrixDomain(m, opts.scale) ?? [0, 1];
    const n = data.steps.length;
    const cw = r.w / Math.max(1, n);
    m.forEach((row, i) => row.forEach((v, k) => {
      const p = position(v, domain, opts.scale);
      const x = r.x + i * cw;
      const y = r.y + k * box.rowH;
      if (Number.isNaN(p)) return hatch(ctx, x, y, cw, box.rowH, theme);
      ctx.fillStyle = colourAt(p);
      ctx.fillRect(x, y, Math.ceil(cw), Math.ceil(box.rowH));
    }));
    ctx.strokeStyle = theme.accent;
    ctx.lineWidth = 2;
    ctx.strokeRect(r.x + opts.index * cw + 1, r.y + 1, cw - 2, r.h - 2);
    ctx.lineWidth = 1;
    const stepTicks = ticks([0, Math.max(0, n - 1)], Math.min(6, n)).filter((t) => Number.isInteger(t.value))
      .map((t) => ({ value: t.value, label: String(data.steps[t.value]) }));
    drawAxes(ctx, r, theme, { ticks: stepTicks, at: (i) => r.x + (i + 0.5) * cw, title: "training step" }, null);
    ctx.fillStyle = theme.fg;
    ctx.textAlign = "left";
    ctx.textBaseline = "bottom";
    ctx.fillText(`${MEASURE_TEXT[opts.measure]} over training (group x step)`, r.x, r.y - 6);
    colourBar(ctx, box.bar, theme, scaleTicks(domain, opts.scale, 4), (v) => position(v, domain, opts.scale), "");
  }

  /** The (step index, group index) under the pointer, or null. */
  private cellAt(e: MouseEvent): { i: number; k: number; bars: boolean } | null {
    const { data, opts, box } = this;
    if (!data || !opts || !box) return null;
    const rect = this.canvas.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    const k = Math.floor((py - box.bars.y) / box.rowH);
    if (k < 0 || k >= data.groups.length) return null;
    if (inside(box.bars, px, py) || inside(box.labels, px, py)) return { i: opts.index, k, bars: true };
    if (!inside(box.heat, px, py)) return null;
    const i = Math.min(data.steps.length - 1, Math.floor(((px - box.heat.x) / box.heat.w) * data.steps.length));
    return { i, k, bars: false };
  }

  private hover(e: MouseEvent): void {
    const cell = this.cellAt(e);
    if (!cell || !this.data || !this.opts) return;
    const d = this.data;
    const b = barsAt(d, cell.i, this.opts.measure);
    this.readout.textContent = barText(d.groups[cell.k], d.sizes[cell.k], d.steps[cell.i], this.opts.measure, b.values[cell.k], b.errors[cell.k]);
  }

  private click(e: MouseEvent): void {
    const cell = this.cellAt(e);
    if (cell && !cell.bars) this.opts?.onStep?.(cell.i);
  }

  toPng(): Promise<Blob> {
    return rasterize(this.element, (el) => el === this.readout);
  }

  resetView(): void {}

  dispose(): void {
    this.cleanups.forEach((f) => f());
  }
}
