/**
 * The picture area of the tab: title, provenance, notes, and the view slot that holds the
 * main renderer, the comparison tiles or the difference map. It keeps the renderers
 * across draws (zoom and camera survive), knows the space a picture may fill (the slot's
 * width, the window's height below it), and tells the page when that space changes.
 */

import type { Box } from "../compute/fit";
import type { Frame } from "../compute/frame";
import { h } from "../render/dom";
import type { LandscapeRenderer } from "../render/types";
import { DiffView, TileGrid } from "./compare";
import { button } from "./controls";
import { type Chart, type ChartKind, createChart, createRenderer, type RendererKind } from "./renderers";

/** The record behind the picture, for export (main views and the difference map). */
export interface Exportable {
  frame: Frame;
  renderer: LandscapeRenderer | null;
  /** Parts of the file name. */
  name: (string | number)[];
  /** The picture's title (run, tag, step, metric), drawn on an exported PNG. */
  title: string;
}

/** The space a picture may fill, and where its read-out and legend go. */
export interface Space {
  /** The figure's box (plot, axes, colour bar), the renderers' `fit`. */
  fit: Box;
  /** Read-out and legend beside the figure (a wide window) rather than under it. */
  wide: boolean;
  /** The whole slot: width, and the window's height below its top. */
  slot: Box;
}

/** From this slot width on, the read-out and legend go beside the figure. */
const WIDE_FROM = 980;
/** Width of their column then. */
const SIDE_COLUMN = 270;
/** Height under the figure for them otherwise. */
const BELOW_FIGURE = 64;
/** Space left free under the picture (the page's padding). */
const BOTTOM_PAD = 16;
const MIN_FIT = { width: 300, height: 260 };
/** Height of the title and provenance lines above the slot, before they are drawn. */
const GUESSED_CAPTION = 40;

export type Panel = "main" | "tiles" | "diff" | "chart";

export class Stage {
  readonly element = h("div", { class: "tbl-main", hidden: true });
  readonly title = h("div", { class: "tbl-title", "data-testid": "title" });
  readonly meta = h("div", { class: "tbl-meta" });
  readonly note = h("div", { class: "tbl-note", "data-testid": "note" });
  readonly message = h("div", { class: "tbl-message", "data-testid": "message" });
  /** A suggestion with a button (the log scale for tiles flattened by one run). */
  readonly hint = h("div", { class: "tbl-hint", "data-testid": "hint", hidden: true });
  readonly hintText = h("span");
  readonly hintButton = button("use the log scale", "log-hint", "Log colour scale for all tiles");
  readonly slot = h("div", { class: "tbl-view" });
  readonly tiles = new TileGrid();
  readonly diffView = new DiffView();
  exportable: Exportable | null = null;

  private renderer: LandscapeRenderer | null = null;
  private rendererKind: RendererKind | null = null;
  private panel: Panel | null = null;
  private chart: Chart | null = null;
  private chartKind: ChartKind | null = null;
  private observer: ResizeObserver | null = null;
  private readonly cleanups: (() => void)[] = [];

  constructor() {
    this.hint.append(this.hintText, this.hintButton);
    this.element.append(this.title, this.meta, this.note, this.message, this.hint, this.slot);
  }

  /** Calls `fn` (once per animation frame at most) when the space for pictures may have changed. */
  watch(fn: () => void): void {
    let frame = 0;
    const later = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), fn()));
    };
    window.addEventListener("resize", later);
    this.cleanups.push(() => window.removeEventListener("resize", later));
    if (typeof ResizeObserver === "function") {
      this.observer = new ResizeObserver(later);
      this.observer.observe(this.slot);
    }
  }

  /** The space for a picture now. */
  space(): Space {
    // Hidden (before the first picture): the page's width, and the top the slot will have
    // under a one-line title and provenance line (the draw after it measures again).
    const parent = this.element.parentElement;
    const r = this.element.hidden && parent ? parent.getBoundingClientRect() : this.slot.getBoundingClientRect();
    const width = Math.floor(this.element.hidden && parent ? parent.clientWidth - 32 : r.width);
    const top = (this.element.hidden ? r.bottom + GUESSED_CAPTION : r.top) + window.scrollY;
    const height = Math.floor(window.innerHeight - top - BOTTOM_PAD);
    const wide = width >= WIDE_FROM;
    const fit = {
      width: Math.max(MIN_FIT.width, wide ? width - SIDE_COLUMN : width),
      height: Math.max(MIN_FIT.height, wide ? height : height - BELOW_FIGURE),
    };
    this.slot.classList.toggle("tbl-wide", wide);
    return { fit, wide, slot: { width: Math.max(MIN_FIT.width, width), height: Math.max(MIN_FIT.height, height) } };
  }

  /** The renderer of a main view, made when the kind changes, else the one kept. */
  mainRenderer(kind: RendererKind): LandscapeRenderer {
    this.show("main");
    if (!this.renderer || this.rendererKind !== kind) {
      this.renderer?.dispose();
      this.renderer = null;
      try {
        this.renderer = createRenderer(kind);
      } catch (e) {
        // e.g. no WebGL for the 3D view: say so, and fall back to the 2D view's renderer.
        this.message.textContent = `The ${kind.toUpperCase()} view is not available here: ${(e as Error).message}`;
        this.renderer = createRenderer(kind === "3d" ? "2d" : "1d");
      }
      this.rendererKind = kind;
      this.slot.replaceChildren(this.renderer.element);
    }
    return this.renderer;
  }

  /** The chart of a sensitivity or spectrum tag, made when the kind changes, else the one kept. */
  chartRenderer(kind: ChartKind): Chart {
    if (!this.chart || this.chartKind !== kind) {
      this.chart?.dispose();
      this.chart = createChart(kind);
      this.chartKind = kind;
      this.panel = null;
    }
    this.show("chart");
    return this.chart;
  }

  /** Puts the main renderer, the tiles, the difference map or a chart in the view slot. */
  show(panel: Panel): void {
    if (panel !== "tiles") this.suggest(null);
    if (panel === this.panel) return;
    this.panel = panel;
    if (panel !== "main") this.message.textContent = "";
    const el = panel === "main" ? this.renderer?.element : panel === "tiles" ? this.tiles.element
      : panel === "chart" ? this.chart?.element : this.diffView.element;
    this.slot.replaceChildren(...(el ? [el] : []));
  }

  /** Sets the title and the line under it. */
  caption(title: string, meta: string): void {
    this.title.textContent = title;
    this.meta.textContent = meta;
  }

  /** Shows a suggestion with its button, or none. */
  suggest(text: string | null): void {
    this.hint.hidden = text === null;
    this.hintText.textContent = text ?? "";
  }

  /** Runs a draw, counting it and timing it for the page's hooks. */
  drawTimed(draw: () => void): void {
    const t0 = performance.now();
    draw();
    performance.mark("tbl-drawn");
    window.__TBL_LAST_DRAW_MS = performance.now() - t0;
    window.__TBL_DRAWS = (window.__TBL_DRAWS ?? 0) + 1;
  }

  resetView(): void {
    this.renderer?.resetView();
    this.tiles.resetView();
    this.diffView.resetView();
  }

  /** Hides the picture and its notes (the renderers stay). */
  clear(): void {
    this.exportable = null;
    this.element.hidden = true;
    this.note.textContent = "";
    this.message.textContent = "";
    this.suggest(null);
  }

  dispose(): void {
    this.observer?.disconnect();
    this.cleanups.forEach((f) => f());
    this.renderer?.dispose();
    this.chart?.dispose();
    this.tiles.dispose();
    this.diffView.dispose();
  }
}

declare global {
  interface Window {
    /** Number of draws so far (each renderer.draw of the page's picture). */
    __TBL_DRAWS?: number;
    /** Milliseconds the last draw took. */
    __TBL_LAST_DRAW_MS?: number;
  }
}
