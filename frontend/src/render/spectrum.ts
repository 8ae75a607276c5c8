/**
 * The Spectrum chart of the Hessian's eigenvalue density: above, log10 density against
 * eigenvalue at the chosen step, its outliers marked at the bottom and its top eigenvalue as
 * a dashed line (and, beside the chart, in numbers); below, a heatmap of step x eigenvalue
 * of the log density over training, the outliers of every step as dots and the chosen step
 * outlined. Both share the eigenvalue axis, fixed over all steps, so the slider shows the
 * spectrum move. Hover for a read-out; a click on the heatmap picks that step.
 */

import type { SpectrumResponse, SpectrumStep } from "../api";
import { position } from "../compute/sensitivity";
import { densityDomain, densityText, eigenDomain, linspace, nearestIndex, resample, topEigenvalue } from "../compute/spectrum";
import { ticks } from "../compute/scales";
import { colourAt, colourBar, drawAxes, FONT, hatch, inside, type Rect, type Theme, themeOf } from "./chart";
import { ensureCanvas, formatValue, h, rasterize } from "./dom";
import type { ChartRenderer } from "./types";

export interface SpectrumOptions {
  index: number;
  /** Mark the outliers (top eigenvalues above the bulk). */
  outliers: boolean;
  width: number;
  height: number;
  onStep?: (index: number) => void;
}

interface Layout {
  line: Rect;
  heat: Rect;
  bar: Rect;
}

const SIDE = 190;

function layout(width: number, height: number): Layout {
  const w = Math.max(200, width - SIDE - 70);
  const lineH = Math.max(120, (height - 120) * 0.45);
  const heatY = 24 + lineH + 60;
  const heatH = Math.max(80, height - heatY - 44);
  return {
    line: { x: 60, y: 24, w, h: lineH },
    heat: { x: 60, y: heatY, w, h: heatH },
    bar: { x: 60 + w + 12, y: heatY, w: 12, h: heatH },
  };
}

export class SpectrumChart implements ChartRenderer<SpectrumResponse, SpectrumOptions> {
  readonly element = h("div", { class: "tbl-chart tbl-spectrum", "data-testid": "spectrum-chart" });
  private readonly canvas = h("canvas", { "data-testid": "spectrum-canvas" });
  private readonly side = h("div", { class: "tbl-side", "data-testid": "spectrum-side" });
  private readonly readout = h("div", { class: "tbl-readout", "data-testid": "spectrum-readout" });
  private data: SpectrumResponse | null = null;
  private opts: SpectrumOptions | null = null;
  private box: Layout | null = null;
  private eig: [number, number] = [0, 1];
  private readonly cleanups: (() => void)[] = [];

  constructor() {
    const row = h("div", { class: "tbl-chart-row" }, [this.canvas, this.side]);
    this.element.append(row, this.readout);
    const move = (e: MouseEvent) => this.hover(e);
    const click = (e: MouseEvent) => this.click(e);
    this.canvas.addEventListener("mousemove", move);
    this.canvas.addEventListener("click", click);
    this.cleanups.push(() => this.canvas.removeEventListener("mousemove", move), () => this.canvas.removeEventListener("click", click));
  }

  draw(data: SpectrumResponse, opts: SpectrumOptions): void {
    this.data = data;
    this.opts = opts;
    const box = (this.box = layout(opts.width, opts.height));
    this.eig = eigenDomain(data.steps) ?? [0, 1];
    const ctx = ensureCanvas(this.canvas, box.bar.x + 60, box.heat.y + box.heat.h + 40);
    const theme = themeOf(this.element);
    const dens = densityDomain(data.steps) ?? [0, 1];
    this.drawLine(ctx, theme, dens);
    this.drawHeat(ctx, theme, dens);
    this.drawSide(data.steps[opts.index]);
    if (!this.readout.textContent) this.readout.textContent = "Hover the curve or the heatmap for eigenvalue and density.";
  }

  private x(v: number): number {
    const r = this.box!.line;
    return r.x + ((v - this.eig[0]) / (this.eig[1] - this.eig[0])) * r.w;
  }

  private drawLine(ctx: CanvasRenderingContext2D, theme: Theme, dens: [number, number]): void {
    const data = this.data!;
    const opts = this.opts!;
    const box = this.box!;
    const r = box.line;
    const s = data.steps[opts.index];
    const y = (v: number) => r.y + (1 - Math.max(0, Math.min(1, (v - dens[0]) / (dens[1] - dens[0])))) * r.h;
    ctx.save();
    ctx.beginPath();
    ctx.rect(r.x, r.y, r.w, r.h);
    ctx.clip();
    ctx.strokeStyle = theme.line;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    s.grid.forEach((g, i) => {
      const py = y(s.log_density[i] / Math.LN10);
      if (i === 0) ctx.moveTo(this.x(g), py);
      else ctx.lineTo(this.x(g), py);
    });
    ctx.stroke();
    const top = topEigenvalue(s);
    if (Number.isFinite(top)) {
      ctx.strokeStyle = theme.accent;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(this.x(top), r.y);
      ctx.lineTo(this.x(top), r.y + r.h);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (opts.outliers) for (const o of s.outliers) this.triangle(ctx, this.x(o), r.y + r.h - 1, theme.accent);
    ctx.restore();
    const eigTicks = ticks(this.eig, 6);
    drawAxes(ctx, r, theme, { ticks: eigTicks, at: (v) => this.x(v), title: "eigenvalue" },
      { ticks: ticks(dens, 5).map((t) => ({ value: t.value, label: `1e${t.label}` })), at: y, title: "density (log)" });
    ctx.fillStyle = theme.fg;
    ctx.font = FONT;
    ctx.textAlign = "left";
    ctx.textBaseline = "bottom";
    ctx.fillText(`eigenvalue density at step ${s.step}${opts.outliers ? " · ▲ outliers" : ""} · dashed: top eigenvalue`, r.x, r.y - 6);
  }

  private triangle(ctx: CanvasRenderingContext2D, x: number, y: number, colour: string): void {
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.moveTo(x, y - 9);
    ctx.lineTo(x - 5, y);
    ctx.lineTo(x + 5, y);
    ctx.closePath();
    ctx.fill();
  }

  private drawHeat(ctx: CanvasRenderingContext2D, theme: Theme, dens: [number, number]): void {
    const data = this.data!;
    const opts = this.opts!;
    const box = this.box!;
    const r = box.heat;
    const n = data.steps.length;
    const cols = Math.max(2, Math.min(Math.round(r.w / 2), 400));
    const xs = linspace(this.eig, cols);
    const cw = r.w / cols;
    const rh = r.h / Math.max(1, n);
    data.steps.forEach((s, i) => {
      const row = resample(s, xs);
      const y = r.y + i * rh;
      row.forEach((v, j) => {
        if (Number.isNaN(v)) return;
        ctx.fillStyle = colourAt(position(v, dens, "linear"));
        ctx.fillRect(r.x + j * cw, y, Math.ceil(cw) + 0.5, Math.ceil(rh) + 0.5);
      });
      if (opts.outliers) {
        // white dots ringed in black read on every colour of the palette
        ctx.fillStyle = "#ffffff";
        ctx.strokeStyle = "#000000";
        for (const o of s.outliers) {
          ctx.beginPath();
          ctx.arc(this.x(o), y + rh / 2, Math.max(2, Math.min(3.5, rh / 3)), 0, 2 * Math.PI);
          ctx.fill();
          ctx.stroke();
        }
      }
    });
    if (n === 0) hatch(ctx, r.x, r.y, r.w, r.h, theme);
    ctx.strokeStyle = theme.accent;
    ctx.lineWidth = 2;
    ctx.strokeRect(r.x + 1, r.y + opts.index * rh + 1, r.w - 2, Math.max(2, rh - 2));
    ctx.lineWidth = 1;
    const stepTicks = ticks([0, Math.max(0, n - 1)], Math.min(5, n)).filter((t) => Number.isInteger(t.value))
      .map((t) => ({ value: t.value, label: String(data.steps[t.value].step) }));
    drawAxes(ctx, r, theme, { ticks: ticks(this.eig, 6), at: (v) => this.x(v), title: "eigenvalue" },
      { ticks: stepTicks, at: (i) => r.y + (i + 0.5) * rh, title: "training step" });
    ctx.fillStyle = theme.fg;
    ctx.textAlign = "left";
    ctx.textBaseline = "bottom";
    ctx.fillText("log density over training (step x eigenvalue)", r.x, r.y - 6);
    colourBar(ctx, box.bar, theme, ticks(dens, 4).map((t) => ({ value: t.value, label: `1e${t.label}` })),
      (v) => position(v, dens, "linear"), "");
  }

  private drawSide(s: SpectrumStep): void {
    const top = topEigenvalue(s);
    const lines = [
      h("div", { class: "tbl-side-title" }, [`step ${s.step}`]),
      h("div", { "data-testid": "top-eigenvalue" }, [`top eigenvalue: ${Number.isFinite(top) ? formatValue(top) : "not recorded"}`]),
      h("div", {}, [`outliers: ${s.outliers.length ? s.outliers.map(formatValue).join(", ") : "none"}`]),
      h("div", {}, [`smoothing σ: ${formatValue(s.sigma)}`]),
      h("div", {}, [`parameters: ${s.num_parameters}`]),
    ];
    this.side.replaceChildren(...lines);
  }

  /** The step index and eigenvalue under the pointer, or null. */
  private pointAt(e: MouseEvent): { i: number; x: number; heat: boolean } | null {
    const { data, opts, box } = this;
    if (!data || !opts || !box || data.steps.length === 0) return null;
    const rect = this.canvas.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    const x = this.eig[0] + ((px - box.line.x) / box.line.w) * (this.eig[1] - this.eig[0]);
    if (inside(box.line, px, py)) return { i: opts.index, x, heat: false };
    if (!inside(box.heat, px, py)) return null;
    const i = Math.min(data.steps.length - 1, Math.floor(((py - box.heat.y) / box.heat.h) * data.steps.length));
    return { i, x, heat: true };
  }

  private hover(e: MouseEvent): void {
    const p = this.pointAt(e);
    if (!p || !this.data) return;
    const s = this.data.steps[p.i];
    const g = s.grid;
    this.readout.textContent = p.x < g[0] || p.x > g[g.length - 1]
      ? `step ${s.step} · eigenvalue ${formatValue(p.x)} · outside this step's spectrum`
      : densityText(s, nearestIndex(g, p.x));
  }

  private click(e: MouseEvent): void {
    const p = this.pointAt(e);
    if (p && p.heat) this.opts?.onStep?.(p.i);
  }

  toPng(): Promise<Blob> {
    return rasterize(this.element, (el) => el === this.readout);
  }

  resetView(): void {}

  dispose(): void {
    this.cleanups.forEach((f) => f());
  }
}
