/**
 * The Compare view's two pictures: tiles side by side (one small renderer per run, one
 * shared colour scale) and the difference map (one renderer, diverging palette). The page
 * decides what they show; these classes keep the renderers alive across draws (zoom and
 * camera survive a step change or a poll) and put names in as text, never HTML.
 */

import type { Frame } from "../compute/frame";
import { h } from "../render/dom";
import type { LandscapeRenderer, ViewOptions } from "../render/types";
import { createRenderer } from "./renderers";

export const TILE_SIDE = 220;

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
  readonly element = h("div", { class: "tbl-compare", "data-testid": "compare" });
  private readonly tiles = new Map<string, Tile>();

  /** Draws `items` in order with `opts` (the metric is looked up by name in each frame). */
  show(items: readonly TileItem[], metric: string, opts: ViewOptions): void {
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
        tile.renderer.draw(item.frame, { ...opts, metric: m, maxSide: TILE_SIDE, overlays: [] });
      }
      order.push(tile.element);
    }
    // Reorder only when needed, so that nothing is re-attached (and redrawn) on every step.
    const current = Array.from(this.element.children);
    if (current.length !== order.length || current.some((el, i) => el !== order[i])) {
      this.element.replaceChildren(...order);
    }
  }

  resetView(): void {
    for (const t of this.tiles.values()) t.renderer?.resetView();
  }

  dispose(): void {
    for (const t of this.tiles.values()) t.renderer?.dispose();
    this.tiles.clear();
    this.element.replaceChildren();
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

  showMessage(caption: string, text: string): void {
    this.caption.textContent = caption;
    this.message.textContent = text;
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
