/**
 * 2D landscape: a heatmap on a canvas (one cell per grid point, x right, increasing y up)
 * with contour lines over it, or filled contour bands; the centre marked; the optimizer's
 * path over it (a second canvas); axes in SVG around it, a colour bar, a hover read-out of
 * every metric, and a legend for the non-finite cells, the clipped values and the path.
 *
 * Zoom: the wheel zooms around the cursor, a drag pans, a double-click resets; with the
 * plot focused (it is tabbable), + / - zoom, the arrow keys pan and 0 resets. The zoom
 * window is kept across `draw` calls while the grid (shape and coordinates) stays the same.
 *
 * Hooks for tests: `data-testid` heatmap (the plot canvas), path-overlay (the path's
 * canvas), colorbar, readout, legend; on `element`: `data-levels` (contour levels),
 * `data-zoom` ("x0 x1 y0 y1" in data units), `data-path-points` (path points drawn),
 * `data-path-spread` (the path's extent over the plane's span, `compute/trajectory.ts`),
 * `data-style`, `data-scale`, `data-palette`, `data-draw-ms` (the last draw's time).
 */

import { bandPlan, contourBands } from "../compute/bands";
import { Colormap, cssColor, gridToRgba, type Rgb } from "../compute/colormap";
import { contourLines, type ContourLevel, type Point } from "../compute/contours";
import { type Box, fitPlot } from "../compute/fit";
import { clipCounts, type ClipCounts, countNonFinite, type NonFiniteCounts } from "../compute/finite";
import { type Frame, metricValues } from "../compute/frame";
import { axisTitleText } from "../compute/labels";
import {
  cellExtent,
  dataToIndex,
  effectiveDomain,
  indexToData,
  levelThresholds,
  plotSize,
  ticks,
} from "../compute/scales";
import { nearestPathPoint, type PathPoint, pathPoints, type PathSpread, pathSpread } from "../compute/trajectory";
import {
  fullWindow,
  isFullWindow,
  panWindow,
  pixelToWindow,
  sameCoords,
  windowToPixel,
  windowTransform,
  zoomWindow,
  type ZoomWindow,
} from "../compute/zoom";
import { axis } from "./axes";
import { Colorbar } from "./colorbar";
import { ensureCanvas, formatValue, h, rasterize, s } from "./dom";
import { legend } from "./legend";
import { drawPathCanvas, pathColors, pathReadout, tinyPathText } from "./path";
import type { LandscapeRenderer, ViewOptions } from "./types";

const MARGIN = { top: 26, right: 8, bottom: 44, left: 64 };
/** Width of the colour bar beside the plot: the gap, the bar and its tick labels. */
const COLORBAR_ROOM = 8 + 14 + 56;

/** The plot area's room inside `fit`: the figure less the axes' margins and the colour bar. */
function plotBox(fit: Box, colorbar: boolean): Box {
  return {
    width: fit.width - MARGIN.left - MARGIN.right - (colorbar ? COLORBAR_ROOM : 0),
    height: fit.height - MARGIN.top - MARGIN.bottom,
  };
}
const CONTOUR_LEVELS = 10;
/** Pixels from a path point within which hovering shows that point. */
const HOVER_RADIUS = 8;
/** Zoom factor per pixel of wheel delta, and per + / - key press. */
const WHEEL_ZOOM = 0.002;
const KEY_ZOOM = 1.25;
/** Arrow keys pan by this fraction of the window. */
const KEY_PAN = 0.1;
/** Smallest zoom window, in grid steps. */
const MIN_SPAN = 2;

/** Styles for the classes the renderers add; appended to the page's stylesheet. */
export const HEATMAP_CSS = `
.tbl-plot:focus { outline: none; }
.tbl-plot:focus-visible { outline: 2px solid var(--tbl-accent); outline-offset: 2px; }
.tbl-plot.tbl-grabbing { cursor: grabbing; }
.tbl-path-overlay { position: absolute; display: block; pointer-events: none; }
.tbl-clip-mark { stroke: var(--tbl-muted); stroke-width: 1; stroke-linejoin: round; }
.tbl-path-swatch { display: inline-block; width: 28px; height: 6px; border-radius: 3px; border: 1px solid rgba(0, 0, 0, 0.5); }
.tbl-ring-mark { display: inline-block; width: 8px; height: 8px; border-radius: 50%; border: 2px solid #ffffff; box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.75); margin-left: 6px; }
.tbl-series-swatch { display: inline-block; width: 18px; border-top: 2px solid; }
.tbl-curve-series { fill: none; stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
.tbl-curve-series-dot { stroke: none; }
.tbl-curve-hover line { stroke: var(--tbl-muted); stroke-dasharray: 3 3; }
.tbl-curve-hover circle { stroke: var(--tbl-bg); stroke-width: 1.5; }
.tbl-path-line { fill: none; stroke: rgba(0, 0, 0, 0.55); stroke-width: 1.5; }
.tbl-path-point { stroke: rgba(0, 0, 0, 0.75); stroke-width: 1; }
.tbl-path-current { stroke: #ffffff; stroke-width: 2; }
.tbl-curve-svg:focus { outline: none; }
`;

/** Which content a draw computes; when it is unchanged, a draw only repaints. */
interface Content {
  key: string;
  nx: number;
  ny: number;
  domain: [number, number] | null;
  cmap: Colormap;
  levels: number[];
  /** Contour lines in grid index coordinates. */
  lines: Path2D;
  lineCount: number;
  /** Filled style: the base colour and the regions painted over it, in index coordinates. */
  bands: { base: string; layers: { path: Path2D; color: string }[] } | null;
  counts: NonFiniteCounts;
  nonFinite: number;
  clip: ClipCounts;
}

const frameIds = new WeakMap<Frame, number>();
let nextFrameId = 1;
function frameId(frame: Frame): number {
  let id = frameIds.get(frame);
  if (id === undefined) {
    id = nextFrameId++;
    frameIds.set(frame, id);
  }
  return id;
}

let hatchTile: HTMLCanvasElement | null = null;
/** An 8 x 8 tile of white diagonal lines (made once). */
function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  if (!hatchTile) {
    hatchTile = document.createElement("canvas");
    hatchTile.width = hatchTile.height = 8;
    const t = hatchTile.getContext("2d");
    if (!t) return null;
    t.strokeStyle = "rgba(255, 255, 255, 0.9)";
    t.lineWidth = 1.5;
    t.beginPath();
    for (const d of [-8, 0, 8]) {
      t.moveTo(d, 8);
      t.lineTo(d + 8, 0);
    }
    t.stroke();
  }
  return ctx.createPattern(hatchTile, "repeat");
}

/** Contour lines as one path in grid index coordinates. */
function linesPath(levels: ContourLevel[]): { path: Path2D; count: number } {
  const path = new Path2D();
  let count = 0;
  for (const { lines } of levels) {
    for (const line of lines) {
      count++;
      path.moveTo(line[0][0], line[0][1]);
      for (let k = 1; k < line.length; k++) path.lineTo(line[k][0], line[k][1]);
    }
  }
  return { path, count };
}

/** d3 polygons (exterior and holes) as one path; filled with the even-odd rule. */
function polygonsPath(polygons: Point[][][]): Path2D {
  const path = new Path2D();
  for (const polygon of polygons) {
    for (const ring of polygon) {
      if (ring.length < 3) continue;
      path.moveTo(ring[0][0], ring[0][1]);
      for (let k = 1; k < ring.length; k++) path.lineTo(ring[k][0], ring[k][1]);
      path.closePath();
    }
  }
  return path;
}

function putImage(canvas: HTMLCanvasElement, rgba: Uint8ClampedArray<ArrayBuffer>, nx: number, ny: number): void {
  if (canvas.width !== nx || canvas.height !== ny) {
    canvas.width = nx;
    canvas.height = ny;
  }
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("canvas 2D context unavailable");
  ctx.putImageData(new ImageData(rgba, nx, ny), 0, 0);
}

export class Heatmap implements LandscapeRenderer {
  readonly element = h("div", { class: "tbl-heatmap" });
  private readonly figure = h("div", { class: "tbl-figure" });
  private readonly axes = s("svg", { class: "tbl-axes" });
  private readonly canvas = h("canvas", {
    "data-testid": "heatmap",
    class: "tbl-plot",
    tabindex: 0,
    role: "img",
    "aria-label": "loss landscape: scroll or + / - to zoom, drag or arrow keys to pan, double-click or 0 to reset",
  });
  private readonly overlay = h("canvas", { "data-testid": "path-overlay", class: "tbl-path-overlay" });
  private readonly colorbar = new Colorbar();
  private readonly readout = h("div", { class: "tbl-readout", "data-testid": "readout" }, ["\u00a0"]);
  private readonly legendSlot = h("div");

  // Offscreen images, one pixel per grid point, reused across draws.
  private readonly image = document.createElement("canvas");
  private readonly mask = document.createElement("canvas");
  private readonly marked = document.createElement("canvas");
  private readonly hatchLayer = document.createElement("canvas");
  private buffers: { rgba: Uint8ClampedArray<ArrayBuffer>; mask: Uint8ClampedArray<ArrayBuffer> } | undefined;
  private markedBuffer: Uint8ClampedArray<ArrayBuffer> | null = null;
  private cmapCache: Colormap | null = null;

  private frame: Frame | null = null;
  private opts: ViewOptions | null = null;
  private content: Content | null = null;
  private width = 0;
  private height = 0;
  private grid: { nx: number; ny: number; xs: Float64Array; ys: Float64Array } | null = null;
  private full: ZoomWindow = fullWindow(1, 1);
  private win: ZoomWindow = this.full;

  private path: PathPoint[] = [];
  private spread: PathSpread | null = null;
  private pathRgb: Rgb[] = [];
  private pathPixels: [number, number][] = [];
  private hoverPath = -1;
  private lastMouse: [number, number] | null = null;
  private drag: { x: number; y: number; win: ZoomWindow; moved: boolean } | null = null;
  private endDrag: (() => void) | null = null;
  private readonly cleanups: (() => void)[] = [];

  constructor() {
    this.figure.append(this.axes, this.canvas, this.overlay);
    this.element.append(h("div", { class: "tbl-row" }, [this.figure, this.colorbar.element]), this.readout, this.legendSlot);
    this.overlay.style.pointerEvents = "none";
    this.overlay.style.position = "absolute";
    this.listen(this.canvas, "mousemove", (e) => this.onHover(e as MouseEvent));
    this.listen(this.canvas, "mouseleave", () => {
      this.lastMouse = null;
      this.readout.textContent = "\u00a0";
      this.setHoverPath(-1);
    });
    this.listen(this.canvas, "mousedown", (e) => this.onDragStart(e as MouseEvent));
    this.listen(this.canvas, "wheel", (e) => this.onWheel(e as WheelEvent), { passive: false });
    this.listen(this.canvas, "dblclick", (e) => {
      e.preventDefault();
      this.resetView();
    });
    this.listen(this.canvas, "keydown", (e) => this.onKey(e as KeyboardEvent));
    this.element.dataset.pathPoints = "0";
  }

  draw(frame: Frame, opts: ViewOptions): void {
    const t0 = performance.now();
    if (frame.header.dims !== 2 || frame.header.axes.length < 2) {
      throw new Error("the heatmap draws 2D landscapes; use Curve for 1D");
    }
    this.frame = frame;
    this.opts = opts;
    const { nx, ny } = frame;
    const [xAxis, yAxis] = frame.header.axes;
    const xs = xAxis.coords;
    const ys = yAxis.coords;

    // A new grid (shape or coordinates) resets the zoom; the same grid keeps it.
    const g = this.grid;
    if (!g || g.nx !== nx || g.ny !== ny || !sameCoords(g.xs, xs) || !sameCoords(g.ys, ys)) {
      this.grid = { nx, ny, xs, ys };
      this.full = fullWindow(nx, ny);
      this.win = this.full;
    }
    const sameUnit = xAxis.unit === yAxis.unit;
    const size = opts.fit
      ? fitPlot(cellExtent(xs), cellExtent(ys), sameUnit, plotBox(opts.fit, opts.colorbar), opts.aspect)
      : plotSize(cellExtent(xs), cellExtent(ys), sameUnit, opts.maxSide);
    this.colorbar.element.hidden = !opts.colorbar;
    this.width = size.width;
    this.height = size.height;

    const key = [frameId(frame), opts.metric, opts.scale, opts.palette, opts.style, opts.domain ? opts.domain.join(",") : "auto"].join("|");
    if (!this.content || this.content.key !== key) this.content = this.compute(frame, opts, key);
    const c = this.content;

    this.path = opts.path ? pathPoints(frame.header.trajectory) : [];
    this.spread = pathSpread(this.path, xs, ys);
    this.pathRgb = pathColors(this.path.length);
    this.hoverPath = -1;

    // Layout: the canvases inside the frame of the axes.
    const W = MARGIN.left + this.width + MARGIN.right;
    const H = MARGIN.top + this.height + MARGIN.bottom;
    this.figure.style.width = `${W}px`;
    this.figure.style.height = `${H}px`;
    for (const cv of [this.canvas, this.overlay]) {
      cv.style.left = `${MARGIN.left}px`;
      cv.style.top = `${MARGIN.top}px`;
    }
    this.axes.setAttribute("width", String(W));
    this.axes.setAttribute("height", String(H));

    const metricName = frame.header.metrics[opts.metric];
    const title = metricName + (opts.scale === "log" ? " (log)" : "");
    if (c.domain) this.colorbar.draw(c.cmap, this.height, title, { top: MARGIN.top, clip: c.clip });
    else this.colorbar.empty(title, "no finite values", { top: MARGIN.top });

    const [cx, cy] = frame.header.center;
    const n = this.path.length;
    this.legendSlot.replaceChildren(
      legend(c.counts, {
        hatched: true,
        note: opts.style === "filled" ? "not coloured, no bands" : "not coloured, no contours",
        center: { text: `centre (${formatValue(cx)}, ${formatValue(cy)})`, mark: "cross" },
        clip: { ...c.clip, low: c.cmap.colorAt(0), high: c.cmap.colorAt(1) },
        path:
          n > 0
            ? {
                count: n,
                first: this.path[0].step,
                last: this.path[n - 1].step,
                early: this.pathRgb[0],
                late: this.pathRgb[n - 1],
                tiny: tinyPathText(this.spread, 2, frame.header.method),
              }
            : null,
      }),
    );

    this.render();
    this.refreshReadout();
    const ds = this.element.dataset;
    ds.levels = c.levels.join(" ");
    ds.pathPoints = String(n);
    ds.pathSpread = this.spread ? String(this.spread.fraction) : "";
    ds.style = opts.style;
    ds.scale = opts.scale;
    ds.palette = opts.palette;
    ds.drawMs = (performance.now() - t0).toFixed(1);
  }

  /** The colours, levels and shapes of a frame's metric under `opts`. */
  private compute(frame: Frame, opts: ViewOptions, key: string): Content {
    const { nx, ny } = frame;
    const values = metricValues(frame, opts.metric);
    const domain = effectiveDomain(values, opts.domain, opts.scale);
    const d = domain ?? [0, 1];
    const cached = this.cmapCache;
    const cmap =
      cached && cached.domain[0] === d[0] && cached.domain[1] === d[1] && cached.scale === opts.scale && cached.palette === opts.palette
        ? cached
        : new Colormap(d, { scale: opts.scale, palette: opts.palette });
    this.cmapCache = cmap;
    const levels = domain ? levelThresholds(domain, opts.scale, CONTOUR_LEVELS) : [];
    const clip = domain ? clipCounts(values, domain) : { below: 0, above: 0 };

    const img = gridToRgba(values, nx, ny, cmap, this.buffers);
    this.buffers = { rgba: img.rgba, mask: img.mask };
    putImage(this.image, img.rgba, nx, ny);
    if (img.nonFinite > 0) putImage(this.mask, img.mask, nx, ny);

    let bands: Content["bands"] = null;
    let lineLevels: ContourLevel[];
    if (opts.style === "filled" && domain) {
      const plan = bandPlan(levels, domain, clip, (v) => cmap.position(v));
      const { regions, lines } = contourBands(values, nx, ny, plan.layers.map((l) => l.value), levels);
      bands = {
        base: cssColor(cmap.colorAt(plan.base)),
        layers: regions.map((r, i) => ({ path: polygonsPath(r.polygons), color: cssColor(cmap.colorAt(plan.layers[i].t)) })),
      };
      lineLevels = lines;
      if (img.nonFinite > 0) {
        // The marked colours of the non-finite cells only, painted over the bands.
        const m = this.markedBuffer && this.markedBuffer.length === img.rgba.length ? this.markedBuffer : new Uint8ClampedArray(img.rgba.length);
        m.set(img.rgba);
        for (let i = 3; i < m.length; i += 4) m[i] = img.mask[i];
        this.markedBuffer = m;
        putImage(this.marked, m, nx, ny);
      }
    } else {
      lineLevels = contourLines(values, nx, ny, levels);
    }
    const { path: lines, count: lineCount } = linesPath(lineLevels);
    return { key, nx, ny, domain, cmap, levels, lines, lineCount, bands, counts: countNonFinite(values), nonFinite: img.nonFinite, clip };
  }

  /** Paints the plot, the path and the axes for the current zoom window. */
  private render(): void {
    const c = this.content;
    const frame = this.frame;
    if (!c || !frame) return;
    const { width, height, win } = this;
    const { nx, ny } = c;
    const ctx = ensureCanvas(this.canvas, width, height);
    const m = new DOMMatrix(windowTransform(win, width, height));
    // The grid images' source rectangle of the window (image row 0 is the top, iy = ny - 1).
    const src = [win.u0 + 0.5, ny - 0.5 - win.v1, win.u1 - win.u0, win.v1 - win.v0] as const;
    const cellPx = Math.min(width / (win.u1 - win.u0), height / (win.v1 - win.v0));

    if (c.bands) {
      ctx.fillStyle = c.bands.base;
      ctx.fillRect(0, 0, width, height);
      for (const layer of c.bands.layers) {
        const p = new Path2D();
        p.addPath(layer.path, m);
        ctx.fillStyle = layer.color;
        ctx.fill(p, "evenodd");
      }
      if (c.nonFinite > 0) {
        ctx.imageSmoothingEnabled = false;
        ctx.drawImage(this.marked, ...src, 0, 0, width, height);
      }
    } else {
      // More points than pixels: let the browser average them; else crisp cells.
      ctx.imageSmoothingEnabled = cellPx < 1;
      ctx.drawImage(this.image, ...src, 0, 0, width, height);
    }
    if (c.nonFinite > 0) this.hatch(ctx, src);

    if (c.lineCount > 0) {
      const p = new Path2D();
      p.addPath(c.lines, m);
      ctx.save();
      ctx.lineJoin = "round";
      ctx.lineCap = "round";
      if (c.bands) {
        ctx.strokeStyle = "rgba(0, 0, 0, 0.3)";
        ctx.lineWidth = 0.75;
        ctx.stroke(p);
      } else if (c.cmap.palette === "diverging") {
        // White lines would vanish in the white middle of the diverging palette.
        ctx.strokeStyle = "rgba(0, 0, 0, 0.45)";
        ctx.lineWidth = 1;
        ctx.stroke(p);
      } else {
        // A dark halo under a light line reads on every colour of the map.
        ctx.strokeStyle = "rgba(0, 0, 0, 0.35)";
        ctx.lineWidth = 2.5;
        ctx.stroke(p);
        ctx.strokeStyle = "rgba(255, 255, 255, 0.85)";
        ctx.lineWidth = 1;
        ctx.stroke(p);
      }
      ctx.restore();
    }

    const [xAxis, yAxis] = frame.header.axes;
    const xs = xAxis.coords;
    const ys = yAxis.coords;
    const [cx, cy] = frame.header.center;
    const [px, py] = windowToPixel(win, width, height, dataToIndex(xs, cx), dataToIndex(ys, cy));
    drawCenter(ctx, px, py);

    this.pathPixels = this.path.map((p) => windowToPixel(win, width, height, dataToIndex(xs, p.x), dataToIndex(ys, p.y)));
    this.paintOverlay();
    this.renderAxes();
    this.updateZoomDataset();
  }

  /** Diagonal hatching over the non-finite cells of the window. */
  private hatch(ctx: CanvasRenderingContext2D, src: readonly [number, number, number, number]): void {
    const layer = this.hatchLayer;
    if (layer.width !== this.canvas.width || layer.height !== this.canvas.height) {
      layer.width = this.canvas.width;
      layer.height = this.canvas.height;
    }
    const l = layer.getContext("2d");
    if (!l) return;
    l.globalCompositeOperation = "source-over";
    l.clearRect(0, 0, layer.width, layer.height);
    // The mask at full size, then the hatch pattern kept only where the mask is.
    l.imageSmoothingEnabled = false;
    l.drawImage(this.mask, ...src, 0, 0, layer.width, layer.height);
    const pattern = hatchPattern(l);
    if (!pattern) return;
    l.globalCompositeOperation = "source-in";
    l.fillStyle = pattern;
    l.fillRect(0, 0, layer.width, layer.height);
    l.globalCompositeOperation = "source-over";
    ctx.drawImage(layer, 0, 0, this.width, this.height);
  }

  private paintOverlay(): void {
    this.overlay.hidden = this.pathPixels.length === 0;
    const ctx = ensureCanvas(this.overlay, this.width, this.height);
    drawPathCanvas(ctx, this.pathPixels, this.pathRgb, this.hoverPath);
  }

  private renderAxes(): void {
    const frame = this.frame;
    if (!frame) return;
    const { width, height, win } = this;
    const [xAxis, yAxis] = frame.header.axes;
    const xs = xAxis.coords;
    const ys = yAxis.coords;
    const xr: [number, number] = [indexToData(xs, win.u0), indexToData(xs, win.u1)];
    const yr: [number, number] = [indexToData(ys, win.v0), indexToData(ys, win.v1)];
    const xTicks = ticks(xr, Math.max(2, Math.round(width / 80))).map((t) => ({
      pos: windowToPixel(win, width, height, dataToIndex(xs, t.value), 0)[0],
      label: t.label,
    }));
    const yTicks = ticks(yr, Math.max(2, Math.round(height / 60))).map((t) => ({
      pos: windowToPixel(win, width, height, 0, dataToIndex(ys, t.value))[1],
      label: t.label,
    }));
    const method = frame.header.method;
    this.axes.replaceChildren(
      s("rect", { class: "tbl-frame", x: MARGIN.left - 0.5, y: MARGIN.top - 0.5, width: width + 1, height: height + 1 }),
      axis({ side: "bottom", x: MARGIN.left, y: MARGIN.top + height + 0.5, length: width, ticks: xTicks, title: axisTitleText(xAxis, method), titleOffset: 36 }),
      axis({ side: "left", x: MARGIN.left - 0.5, y: MARGIN.top, length: height, ticks: yTicks, title: axisTitleText(yAxis, method), titleOffset: 52 }),
    );
  }

  private updateZoomDataset(): void {
    const g = this.grid;
    if (!g) return;
    const w = this.win;
    this.element.dataset.zoom = [indexToData(g.xs, w.u0), indexToData(g.xs, w.u1), indexToData(g.ys, w.v0), indexToData(g.ys, w.v1)].join(" ");
    this.element.dataset.zoomed = String(!isFullWindow(w, this.full));
  }

  private setWindow(w: ZoomWindow): void {
    this.win = w;
    this.render();
    this.refreshReadout();
  }

  // -------------------------------------------------------------------------------------
  // Interaction

  private listen(target: EventTarget, type: string, fn: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, fn, options);
    this.cleanups.push(() => target.removeEventListener(type, fn, options));
  }

  /** Mouse position in plot pixels. */
  private local(e: MouseEvent): [number, number] {
    const r = this.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  private setHoverPath(i: number): void {
    if (i === this.hoverPath) return;
    this.hoverPath = i;
    if (this.content) this.paintOverlay();
  }

  private onHover(e: MouseEvent): void {
    if (this.drag) return;
    this.lastMouse = this.local(e);
    this.refreshReadout();
  }

  /** The read-out of the point under the mouse (after a draw or a zoom, too). */
  private refreshReadout(): void {
    const frame = this.frame;
    const c = this.content;
    if (!frame || !c || !this.lastMouse) {
      this.readout.textContent = "\u00a0";
      return;
    }
    const [mx, my] = this.lastMouse;
    const hp = nearestPathPoint(this.pathPixels, mx, my, HOVER_RADIUS);
    this.setHoverPath(hp);
    if (hp >= 0) {
      this.readout.textContent = pathReadout(this.path[hp], 2, hp === this.path.length - 1, this.spread);
      return;
    }
    const { nx, ny } = c;
    const [u, v] = pixelToWindow(this.win, this.width, this.height, mx, my);
    const ix = Math.min(nx - 1, Math.max(0, Math.round(u)));
    const iy = Math.min(ny - 1, Math.max(0, Math.round(v)));
    const [xAxis, yAxis] = frame.header.axes;
    const metrics = frame.header.metrics
      .map((name, m) => `${name} = ${formatValue(frame.values[(m * ny + iy) * nx + ix])}`)
      .join(", ");
    this.readout.textContent =
      `${xAxis.label || "x"} = ${formatValue(indexToData(xAxis.coords, ix))}, ` +
      `${yAxis.label || "y"} = ${formatValue(indexToData(yAxis.coords, iy))}: ${metrics}`;
  }

  private onWheel(e: WheelEvent): void {
    if (!this.content) return;
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const factor = Math.exp(-e.deltaY * unit * WHEEL_ZOOM);
    const [px, py] = this.local(e);
    const [u, v] = pixelToWindow(this.win, this.width, this.height, px, py);
    this.lastMouse = [px, py];
    this.setWindow(zoomWindow(this.win, this.full, u, v, factor, MIN_SPAN));
  }

  private onDragStart(e: MouseEvent): void {
    if (e.button !== 0 || !this.content) return;
    const [x, y] = this.local(e);
    this.drag = { x, y, win: this.win, moved: false };
    this.canvas.classList.add("tbl-grabbing");
    const move = (ev: MouseEvent) => {
      const d = this.drag;
      if (!d) return;
      const [mx, my] = this.local(ev);
      if (!d.moved && Math.hypot(mx - d.x, my - d.y) < 3) return;
      d.moved = true;
      const du = -((mx - d.x) / this.width) * (d.win.u1 - d.win.u0);
      const dv = ((my - d.y) / this.height) * (d.win.v1 - d.win.v0);
      this.lastMouse = null;
      this.setWindow(panWindow(d.win, this.full, du, dv));
    };
    const up = () => {
      this.drag = null;
      this.endDrag = null;
      this.canvas.classList.remove("tbl-grabbing");
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", up);
    };
    this.endDrag?.();
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", up);
    this.endDrag = up;
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.content || e.altKey || e.ctrlKey || e.metaKey) return;
    const w = this.win;
    const cu = (w.u0 + w.u1) / 2;
    const cv = (w.v0 + w.v1) / 2;
    const su = (w.u1 - w.u0) * KEY_PAN;
    const sv = (w.v1 - w.v0) * KEY_PAN;
    let next: ZoomWindow | null = null;
    switch (e.key) {
      case "+":
      case "=":
        next = zoomWindow(w, this.full, cu, cv, KEY_ZOOM, MIN_SPAN);
        break;
      case "-":
      case "_":
        next = zoomWindow(w, this.full, cu, cv, 1 / KEY_ZOOM, MIN_SPAN);
        break;
      case "ArrowLeft":
        next = panWindow(w, this.full, -su, 0);
        break;
      case "ArrowRight":
        next = panWindow(w, this.full, su, 0);
        break;
      case "ArrowUp":
        next = panWindow(w, this.full, 0, sv);
        break;
      case "ArrowDown":
        next = panWindow(w, this.full, 0, -sv);
        break;
      case "0":
        next = this.full;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.setWindow(next);
  }

  toPng(): Promise<Blob> {
    return rasterize(this.element, (el) => el === this.readout);
  }

  resetView(): void {
    this.win = this.full;
    if (this.content) this.setWindow(this.full);
    else this.updateZoomDataset();
  }

  dispose(): void {
    for (const f of this.cleanups.splice(0)) f();
    this.endDrag?.();
    this.content = null;
    this.frame = null;
  }
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
