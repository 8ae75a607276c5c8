/**
 * 2D landscape: a heatmap on a canvas (one cell per grid point, x right, increasing y up),
 * contour lines over it, the centre marked, axes in SVG around it, a colour bar, and a
 * legend for the non-finite cells.
 */

import { Colormap, gridToRgba } from "../compute/colormap";
import { contourLines, type ContourLevel } from "../compute/contours";
import { countNonFinite, finiteExtent } from "../compute/finite";
import { metricValues, type Frame } from "../compute/frame";
import {
  cellExtent,
  colorDomain,
  contourThresholds,
  dataToIndex,
  type GridLayout,
  indexToData,
  indexToPixel,
  pixelToIndex,
  plotSize,
  ticks,
} from "../compute/scales";
import { axis, axisTitle } from "./axes";
import { Colorbar } from "./colorbar";
import { formatValue, h, s, sizeCanvas } from "./dom";
import { legend } from "./legend";
import type { LandscapeRenderer, ViewOptions } from "./types";

const MAX_SIDE = 480;
const MARGIN = { top: 8, right: 8, bottom: 44, left: 64 };
const CONTOUR_LEVELS = 10;

export class Heatmap implements LandscapeRenderer {
  readonly element = h("div", { class: "tbl-heatmap" });
  private readonly figure = h("div", { class: "tbl-figure" });
  private readonly axes = s("svg", { class: "tbl-axes" });
  private readonly canvas = h("canvas", { "data-testid": "heatmap", class: "tbl-plot" });
  private readonly colorbar = new Colorbar();
  private readonly readout = h("div", { class: "tbl-readout", "data-testid": "readout" });
  private readonly legendSlot = h("div");
  private hover: ((e: MouseEvent) => void) | null = null;

  constructor() {
    this.figure.append(this.axes, this.canvas);
    this.element.append(
      h("div", { class: "tbl-row" }, [this.figure, this.colorbar.element]),
      this.readout,
      this.legendSlot,
    );
    this.canvas.addEventListener("mouseleave", () => (this.readout.textContent = "\u00a0"));
  }

  draw(frame: Frame, opts: ViewOptions): void {
    const metric = opts.metric;
    const { nx, ny } = frame;
    const [xAxis, yAxis] = frame.header.axes;
    const xs = xAxis.coords;
    const ys = yAxis.coords;
    const values = metricValues(frame, metric);
    const metricName = frame.header.metrics[metric];

    const { width, height } = plotSize(cellExtent(xs), cellExtent(ys), xAxis.unit === yAxis.unit, MAX_SIDE);
    const layout: GridLayout = { nx, ny, width, height };
    const extent = finiteExtent(values);
    const domain = colorDomain(extent);
    const cmap = new Colormap(domain ?? [0, 1]);

    // Cells, then hatching over the non-finite ones, contours, and the centre.
    const ctx = sizeCanvas(this.canvas, width, height);
    const image = gridToRgba(values, nx, ny, cmap);
    const smooth = width < nx || height < ny; // more points than pixels: average them
    ctx.imageSmoothingEnabled = smooth;
    ctx.drawImage(imageCanvas(image.rgba, nx, ny), 0, 0, width, height);
    if (image.nonFinite > 0) hatch(ctx, image.mask, nx, ny, width, height);
    const levels = extent ? contourLines(values, nx, ny, contourThresholds(extent, CONTOUR_LEVELS)) : [];
    drawContours(ctx, layout, levels);
    const [cx, cy] = frame.header.center;
    const center = indexToPixel(layout, dataToIndex(xs, cx), dataToIndex(ys, cy));
    drawCenter(ctx, center[0], center[1]);

    // Frame and axes around the canvas.
    const W = MARGIN.left + width + MARGIN.right;
    const H = MARGIN.top + height + MARGIN.bottom;
    this.figure.style.width = `${W}px`;
    this.figure.style.height = `${H}px`;
    this.canvas.style.left = `${MARGIN.left}px`;
    this.canvas.style.top = `${MARGIN.top}px`;
    this.axes.setAttribute("width", String(W));
    this.axes.setAttribute("height", String(H));
    const xTicks = ticks(cellExtent(xs), Math.max(2, Math.round(width / 80))).map((t) => ({
      pos: indexToPixel(layout, dataToIndex(xs, t.value), 0)[0],
      label: t.label,
    }));
    const yTicks = ticks(cellExtent(ys), Math.max(2, Math.round(height / 60))).map((t) => ({
      pos: indexToPixel(layout, 0, dataToIndex(ys, t.value))[1],
      label: t.label,
    }));
    this.axes.replaceChildren(
      s("rect", { class: "tbl-frame", x: MARGIN.left - 0.5, y: MARGIN.top - 0.5, width: width + 1, height: height + 1 }),
      axis({ side: "bottom", x: MARGIN.left, y: MARGIN.top + height + 0.5, length: width, ticks: xTicks, title: axisTitle(xAxis.label, xAxis.unit), titleOffset: 36 }),
      axis({ side: "left", x: MARGIN.left - 0.5, y: MARGIN.top, length: height, ticks: yTicks, title: axisTitle(yAxis.label, yAxis.unit), titleOffset: 52 }),
    );

    this.colorbar.draw(cmap, height, domain ? metricName : `${metricName}: no finite value`);
    this.legendSlot.replaceChildren(
      legend(countNonFinite(values), {
        hatched: true,
        note: "not coloured, no contours",
        center: { text: `centre (${formatValue(cx)}, ${formatValue(cy)})`, mark: "cross" },
      }),
    );

    // Hover read-out of the nearest grid point.
    this.readout.textContent = "\u00a0";
    if (this.hover) this.canvas.removeEventListener("mousemove", this.hover);
    this.hover = (e: MouseEvent) => {
      const r = this.canvas.getBoundingClientRect();
      const [u, v] = pixelToIndex(layout, e.clientX - r.left, e.clientY - r.top);
      const ix = Math.min(nx - 1, Math.max(0, Math.round(u)));
      const iy = Math.min(ny - 1, Math.max(0, Math.round(v)));
      this.readout.textContent =
        `${xAxis.label || "x"} = ${formatValue(indexToData(xs, ix))}, ` +
        `${yAxis.label || "y"} = ${formatValue(indexToData(ys, iy))}: ` +
        `${metricName} = ${formatValue(values[iy * nx + ix])}`;
    };
    this.canvas.addEventListener("mousemove", this.hover);
    this.element.dataset.levels = levels.map((l) => l.value).join(" ");
  }

  toPng(): Promise<Blob> {
    return new Promise((resolve, reject) =>
      this.canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export failed"))), "image/png"),
    );
  }

  resetView(): void {}

  dispose(): void {
    if (this.hover) this.canvas.removeEventListener("mousemove", this.hover);
    this.hover = null;
  }
}

/** An `nx` x `ny` canvas holding `rgba` (one pixel per grid point). */
function imageCanvas(rgba: Uint8ClampedArray<ArrayBuffer>, nx: number, ny: number): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.width = nx;
  c.height = ny;
  const ctx = c.getContext("2d");
  if (!ctx) throw new Error("canvas 2D context unavailable");
  ctx.putImageData(new ImageData(rgba, nx, ny), 0, 0);
  return c;
}

/** Diagonal hatching over the cells whose `mask` alpha is set. */
function hatch(ctx: CanvasRenderingContext2D, mask: Uint8ClampedArray<ArrayBuffer>, nx: number, ny: number, width: number, height: number): void {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const tctx = tile.getContext("2d");
  const layer = document.createElement("canvas");
  layer.width = ctx.canvas.width;
  layer.height = ctx.canvas.height;
  const lctx = layer.getContext("2d");
  if (!tctx || !lctx) return;
  tctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
  tctx.lineWidth = 1.5;
  tctx.beginPath();
  for (const d of [-8, 0, 8]) {
    tctx.moveTo(d, 8);
    tctx.lineTo(d + 8, 0);
  }
  tctx.stroke();
  // The mask at full size, then the hatch pattern kept only where the mask is.
  lctx.imageSmoothingEnabled = false;
  lctx.drawImage(imageCanvas(mask, nx, ny), 0, 0, layer.width, layer.height);
  lctx.globalCompositeOperation = "source-in";
  const pattern = lctx.createPattern(tile, "repeat");
  if (!pattern) return;
  lctx.fillStyle = pattern;
  lctx.fillRect(0, 0, layer.width, layer.height);
  ctx.drawImage(layer, 0, 0, width, height);
}

function drawContours(ctx: CanvasRenderingContext2D, layout: GridLayout, levels: ContourLevel[]): void {
  ctx.save();
  ctx.lineJoin = "round";
  ctx.lineCap = "round";
  ctx.beginPath();
  for (const { lines } of levels) {
    for (const line of lines) {
      line.forEach(([u, v], k) => {
        const [px, py] = indexToPixel(layout, u, v);
        if (k === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      });
    }
  }
  // A dark halo under a light line reads on every colour of the map.
  ctx.strokeStyle = "rgba(0, 0, 0, 0.35)";
  ctx.lineWidth = 2.5;
  ctx.stroke();
  ctx.strokeStyle = "rgba(255, 255, 255, 0.85)";
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.restore();
}

function drawCenter(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.save();
  ctx.lineCap = "round";
  ctx.beginPath();
  ctx.moveTo(x - 7, y);
  ctx.lineTo(x + 7, y);
  ctx.moveTo(x, y - 7);
  ctx.lineTo(x, y + 7);
  ctx.strokeStyle = "rgba(0, 0, 0, 0.8)";
  ctx.lineWidth = 4;
  ctx.stroke();
  ctx.strokeStyle = "#ffffff";
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.restore();
}
