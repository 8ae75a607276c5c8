/**
 * A vertical colour bar: the colormap from low (bottom) to high (top), with ticks (linear
 * or log, as the colormap's scale), and a small triangle beyond an end of the bar when
 * some finite value lies beyond that end of the colour domain (it takes the end colour).
 * With no finite value there is no colour domain: `empty()` shows the title and a note
 * instead of a made-up 0-1 bar.
 */

import { type Colormap, cssColor } from "../compute/colormap";
import { MIN_LOG_TICKS, scaleTicks } from "../compute/scales";
import { axis } from "./axes";
import { h, s, sizeCanvas } from "./dom";

const BAR_WIDTH = 14;
const LABEL_WIDTH = 56;
const TITLE_HEIGHT = 16;
/** Pixels of bar per tick asked for (at least `MIN_LOG_TICKS`). */
const TICK_SPACING = 60;
/** Height of the triangles marking a clipped end. */
export const CLIP_MARK = 7;

export interface ColorbarOptions {
  /** Pixels from the top of the colour bar's box to the top of the bar (>= 16 + 9). */
  top?: number;
  /** Finite values below / above the colour domain: a triangle at that end when > 0. */
  clip?: { below: number; above: number };
}

export class Colorbar {
  readonly element = h("div", { class: "tbl-colorbar", "data-testid": "colorbar" });
  private readonly title = h("div", { class: "tbl-colorbar-title" });
  private readonly canvas = h("canvas", { class: "tbl-colorbar-bar" });
  private readonly svg = s("svg", { class: "tbl-colorbar-axis" });
  private readonly body = h("div", { class: "tbl-colorbar-body" }, [this.canvas, this.svg]);
  private readonly note = h("div", { class: "tbl-colorbar-note", "data-testid": "colorbar-note", hidden: true });
  private painted = "";

  constructor() {
    this.element.append(this.title, this.body, this.note);
    this.svg.style.overflow = "visible";
    // Inline, so the layout does not depend on the page's stylesheet.
    this.note.style.cssText = "color: var(--tbl-muted); font-size: 11px; max-width: 90px;";
  }

  /**
   * No colour domain (no finite value): the title and `note`, no bar and no ticks;
   * `data-empty` is "true", `data-domain` and `data-ticks` are empty.
   */
  empty(title: string, note = "no finite values", opts: Pick<ColorbarOptions, "top"> = {}): void {
    const top = opts.top ?? 26;
    this.element.style.marginTop = "0px";
    this.element.style.gap = `${Math.max(2, top - TITLE_HEIGHT)}px`;
    this.title.style.height = `${TITLE_HEIGHT}px`;
    this.title.textContent = title;
    this.body.hidden = true;
    this.note.hidden = false;
    this.note.textContent = note;
    this.svg.replaceChildren();
    const ds = this.element.dataset;
    ds.empty = "true";
    ds.ticks = "";
    ds.domain = "";
    ds.clip = "";
  }

  /** Draws `cmap` over `height` pixels, titled `title`; the tick values go in data-ticks. */
  draw(cmap: Colormap, height: number, title: string, opts: ColorbarOptions = {}): void {
    const top = opts.top ?? 26;
    // The bar starts `top` pixels below the box's top, the title above it, leaving room for
    // the upper triangle (inline, so the layout does not depend on the page's stylesheet).
    this.element.style.marginTop = "0px";
    this.element.style.gap = `${Math.max(2, top - TITLE_HEIGHT)}px`;
    this.title.style.height = `${TITLE_HEIGHT}px`;
    this.title.textContent = title;
    this.body.hidden = false;
    this.note.hidden = true;
    this.element.dataset.empty = "false";
    const [lo, hi] = cmap.domain;
    const key = `${lo} ${hi} ${cmap.scale} ${cmap.palette} ${height} ${window.devicePixelRatio}`;
    if (key !== this.painted) {
      const ctx = sizeCanvas(this.canvas, BAR_WIDTH, height);
      for (let py = 0; py < height; py++) {
        // Row py shows the colour at its centre's position; the top row is the highest.
        ctx.fillStyle = cssColor(cmap.colorAt(1 - (py + 0.5) / height));
        ctx.fillRect(0, py, BAR_WIDTH, 1);
      }
      this.painted = key;
    }
    const tks = scaleTicks([lo, hi], cmap.scale, Math.max(MIN_LOG_TICKS, Math.round(height / TICK_SPACING)));
    const pos = (v: number) => (hi > lo ? (1 - cmap.position(v)) * height : height / 2);
    this.svg.setAttribute("width", String(LABEL_WIDTH));
    this.svg.setAttribute("height", String(height + 2));
    const children: SVGElement[] = [
      axis({ side: "right", x: 0.5, y: 0.5, length: height, ticks: tks.map((t) => ({ pos: pos(t.value), label: t.label })) }),
    ];
    // Triangles over the bar's column (left of this SVG, which overflows visibly).
    const x0 = -BAR_WIDTH - 0.5;
    const x1 = -0.5;
    const xm = (x0 + x1) / 2;
    const clip = opts.clip ?? { below: 0, above: 0 };
    if (clip.above > 0) {
      children.push(
        s("polygon", {
          class: "tbl-clip-mark",
          "data-end": "above",
          points: `${x0},-1.5 ${x1},-1.5 ${xm},${-1.5 - CLIP_MARK}`,
          fill: cssColor(cmap.colorAt(1)),
        }),
      );
    }
    if (clip.below > 0) {
      children.push(
        s("polygon", {
          class: "tbl-clip-mark",
          "data-end": "below",
          points: `${x0},${height + 1.5} ${x1},${height + 1.5} ${xm},${height + 1.5 + CLIP_MARK}`,
          fill: cssColor(cmap.colorAt(0)),
        }),
      );
    }
    this.svg.replaceChildren(...children);
    this.element.dataset.ticks = tks.map((t) => t.label).join(" ");
    this.element.dataset.domain = `${lo} ${hi}`;
    this.element.dataset.scale = cmap.scale;
    this.element.dataset.clip = [clip.below > 0 ? "below" : "", clip.above > 0 ? "above" : ""].filter(Boolean).join(" ");
  }
}
