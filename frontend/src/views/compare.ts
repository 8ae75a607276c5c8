/**
 * The Compare view's two pictures: tiles side by side (one renderer per run, as large as
 * the width allows, and one colour bar for all of them) and the difference map (one
 * renderer, diverging palette). The page decides what they show; these classes keep the
 * renderers alive across draws (zoom and camera survive a step change or a poll) and put
 * names in as text, never HTML.
 */

import { Colormap } from "../compute/colormap";
import type { Box } from "../compute/fit";
import { clipCounts } from "../compute/finite";
import { type Frame, metricValues } from "../compute/frame";
import { Colorbar } from "../render/colorbar";
import { h } from "../render/dom";
import type { LandscapeRenderer, ViewOptions } from "../render/types";
import { tileLayout, titleRoom } from "./draw";
import { createRenderer } from "./renderers";

/** Width of the shared colour bar's column beside the tiles (its gap, bar and labels). */
const BAR_ROOM = 12 + 14 + 56 + 8;

export interface TileItem {
  run: string;
  /** The frame to draw, or null with `message` saying why there is none. */
  frame: Frame | null;
  /** Under the name: e.g. "step 300". */
  caption: string;
  message?: string;
}

interface Tile {
  element: HTMLElement;
  name: HTMLElement;
  caption: HTMLElement;
  message: HTMLElement;
  slot: HTMLElement;
  renderer: LandscapeRenderer | null;
  dims: 1 | 2 | null;
}

/** Renderer for a frame of `dims` dimensions in a small tile: heatmap (2D) or curve (1D). */
function tileRenderer(dims: 1 | 2): LandscapeRenderer {
  return createRenderer(dims === 2 ? "2d" : "1d");
}

export class TileGrid {
  readonly element = h("div", { class: "tbl-compare-area", "data-testid": "compare" });
  private readonly grid = h("div", { class: "tbl-compare" });
  private readonly bar = new Colorbar();
  private readonly tiles = new Map<string, Tile>();

  constructor() {
    this.bar.element.dataset.testid = "shared-colorbar";
    this.element.append(this.grid, h("div", { class: "tbl-compare-bar" }, [this.bar.element]));
  }

  /**
   * Draws `items` in order with `opts` (the metric is looked up by name in each frame; the
   * domain is the tiles' shared one) in `space` (the width of the tiles' area, the height
   * of the window below its top), then the one colour bar of all 2D tiles.
   */
  show(items: readonly TileItem[], metric: string, opts: ViewOptions, space: Box): void {
    const frames = items.map((i) => i.frame).filter((f): f is Frame => f !== null);
    const minPlot = Math.max(0, ...frames.map((f) => titleRoom(f, "equal")));
    const layout = tileLayout(items.length, { width: space.width - BAR_ROOM, height: space.height }, minPlot);
    // As wide as the figure, never wider than the column (a long legend line wraps inside it).
    this.grid.style.gridTemplateColumns = `repeat(${layout.columns}, fit-content(${layout.fit.width}px))`;
    const tileOpts: ViewOptions = { ...opts, fit: layout.fit, aspect: "equal", colorbar: false, overlays: [] };
    const keep = new Set(items.map((i) => i.run));
    for (const [run, tile] of this.tiles) {
      if (!keep.has(run)) {
        tile.renderer?.dispose();
        tile.element.remove();
        this.tiles.delete(run);
      }
    }
    const order: HTMLElement[] = [];
    for (const item of items) {
      const tile = this.tiles.get(item.run) ?? this.newTile(item.run);
      tile.caption.textContent = item.caption;
      const m = item.frame ? item.frame.header.metrics.indexOf(metric) : -1;
      const message = item.message ?? (item.frame && m < 0 ? `no metric "${metric}"` : null);
      if (!item.frame || message) {
        tile.message.textContent = message ?? "no record";
        tile.message.hidden = false;
        tile.slot.hidden = true;
      } else {
        const dims = item.frame.header.dims;
        if (!tile.renderer || tile.dims !== dims) {
          tile.renderer?.dispose();
          tile.renderer = tileRenderer(dims);
          tile.dims = dims;
          tile.slot.replaceChildren(tile.renderer.element);
        }
        tile.message.hidden = true;
        tile.slot.hidden = false;
        tile.renderer.draw(item.frame, { ...tileOpts, metric: m });
      }
      order.push(tile.element);
    }
    // Reorder only when needed, so that nothing is re-attached (and redrawn) on every step.
    const current = Array.from(this.grid.children);
    if (current.length !== order.length || current.some((el, i) => el !== order[i])) {
      this.grid.replaceChildren(...order);
    }
    this.drawBar(frames.filter((f) => f.header.dims === 2), metric, opts);
  }

  /** The colour bar of all 2D tiles, beside the first row, as high as its plots. */
  private drawBar(frames: Frame[], metric: string, opts: ViewOptions): void {
    const plot = this.grid.querySelector<HTMLElement>(".tbl-tile:not([hidden]) canvas.tbl-plot");
    const column = this.bar.element.parentElement!;
    column.hidden = !opts.domain || frames.length === 0 || !plot;
    if (column.hidden || !opts.domain || !plot) return;
    const cmap = new Colormap(opts.domain, { scale: opts.scale, palette: opts.palette });
    const clip = { below: 0, above: 0 };
    for (const f of frames) {
      const m = f.header.metrics.indexOf(metric);
      if (m < 0) continue;
      const c = clipCounts(metricValues(f, m), opts.domain);
      clip.below += c.below;
      clip.above += c.above;
    }
    const r = plot.getBoundingClientRect();
    const top = Math.max(25, Math.round(r.top - this.element.getBoundingClientRect().top));
    this.bar.draw(cmap, Math.max(60, Math.round(r.height)), metric + (opts.scale === "log" ? " (log)" : ""), { top, clip });
  }

  resetView(): void {
    for (const t of this.tiles.values()) t.renderer?.resetView();
  }

  dispose(): void {
    for (const t of this.tiles.values()) t.renderer?.dispose();
    this.tiles.clear();
    this.grid.replaceChildren();
  }

  private newTile(run: string): Tile {
    const name = h("div", { class: "tbl-tile-name", title: run }, [run]);
    const caption = h("div", { class: "tbl-tile-caption" });
    const message = h("div", { class: "tbl-tile-message", hidden: true });
    const slot = h("div", { class: "tbl-tile-plot" });
    const element = h("div", { class: "tbl-tile", "data-run": run }, [name, caption, message, slot]);
    const tile: Tile = { element, name, caption, message, slot, renderer: null, dims: null };
    this.tiles.set(run, tile);
    return tile;
  }
}

/** The difference map: a caption, a message when the two cannot be subtracted, the renderer. */
export class DiffView {
  readonly element = h("div", { class: "tbl-diff", "data-testid": "diff" });
  private readonly caption = h("div", { class: "tbl-diff-caption" });
  private readonly message = h("div", { class: "tbl-diff-message", "data-testid": "diff-message", role: "alert", hidden: true });
  private readonly slot = h("div");
  private renderer: LandscapeRenderer | null = null;
  private dims: 1 | 2 | null = null;

  constructor() {
    this.element.append(this.caption, this.message, this.slot);
  }

  get current(): LandscapeRenderer | null {
    return this.renderer && !this.slot.hidden ? this.renderer : null;
  }

  show(frame: Frame, caption: string, opts: ViewOptions): void {
    this.caption.textContent = caption;
    if (!this.renderer || this.dims !== frame.header.dims) {
      this.renderer?.dispose();
      this.renderer = createRenderer(frame.header.dims === 2 ? "2d" : "1d");
      this.dims = frame.header.dims;
      this.slot.replaceChildren(this.renderer.element);
    }
    this.message.hidden = true;
    this.slot.hidden = false;
    this.renderer.draw(frame, opts);
  }

  /** Shows why there is no map; `detail` (the exact mismatch) goes in its tooltip. */
  showMessage(caption: string, text: string, detail?: string): void {
    this.caption.textContent = caption;
    this.message.textContent = text;
    this.message.title = detail ?? "";
    this.message.hidden = false;
    this.slot.hidden = true;
  }

  resetView(): void {
    this.renderer?.resetView();
  }

  dispose(): void {
    this.renderer?.dispose();
    this.renderer = null;
    this.dims = null;
    this.slot.replaceChildren();
  }
}
