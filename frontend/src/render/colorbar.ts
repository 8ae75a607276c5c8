/**
 * A vertical colour bar: the colormap from low (bottom) to high (top), with ticks (linear
 * or log, as the colormap's scale), and a small triangle beyond an end of the bar when
 * some finite value lies beyond that end of the colour domain (it takes the end colour).
 */

import { type Colormap, cssColor } from "../compute/colormap";
import { scaleTicks } from "../compute/scales";
import { axis } from "./axes";
import { h, s, sizeCanvas } from "./dom";

const BAR_WIDTH = 14;
const LABEL_WIDTH = 56;
const TITLE_HEIGHT = 16;
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
  private painted = "";

  constructor() {
    const body = h("div", { class: "tbl-colorbar-body" }, [this.canvas, this.svg]);
    this.element.append(this.title, body);
    this.svg.style.overflow = "visible";
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
    const tks = scaleTicks([lo, hi], cmap.scale, Math.max(2, Math.round(height / 60)));
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
