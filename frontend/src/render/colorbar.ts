/** A vertical colour bar: the colormap from low (bottom) to high (top), with ticks. */

import type { Colormap } from "../compute/colormap";
import { ticks } from "../compute/scales";
import { axis } from "./axes";
import { h, s, sizeCanvas } from "./dom";

const BAR_WIDTH = 14;
const LABEL_WIDTH = 56;

export class Colorbar {
  readonly element = h("div", { class: "tbl-colorbar", "data-testid": "colorbar" });
  private readonly title = h("div", { class: "tbl-colorbar-title" });
  private readonly canvas = h("canvas", { class: "tbl-colorbar-bar" });
  private readonly svg = s("svg", { class: "tbl-colorbar-axis" });

  constructor() {
    const body = h("div", { class: "tbl-colorbar-body" }, [this.canvas, this.svg]);
    this.element.append(this.title, body);
  }

  /** Draws `cmap` over `height` pixels, titled `title`; the tick values go in data-ticks. */
  draw(cmap: Colormap, height: number, title: string): void {
    this.title.textContent = title;
    const ctx = sizeCanvas(this.canvas, BAR_WIDTH, height);
    for (let py = 0; py < height; py++) {
      // Row py shows the value at its centre; the top row is the highest value.
      const t = 1 - (py + 0.5) / height;
      const [lo, hi] = cmap.domain;
      const c = cmap.color(lo + t * (hi - lo));
      ctx.fillStyle = `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
      ctx.fillRect(0, py, BAR_WIDTH, 1);
    }
    const [lo, hi] = cmap.domain;
    const tks = ticks([lo, hi], Math.max(2, Math.round(height / 60)));
    const pos = (v: number) => (hi > lo ? ((hi - v) / (hi - lo)) * height : height / 2);
    this.svg.setAttribute("width", String(LABEL_WIDTH));
    this.svg.setAttribute("height", String(height + 2));
    this.svg.replaceChildren(
      axis({ side: "right", x: 0.5, y: 0.5, length: height, ticks: tks.map((t) => ({ pos: pos(t.value), label: t.label })) }),
    );
    this.element.dataset.ticks = tks.map((t) => t.label).join(" ");
    this.element.dataset.domain = `${lo} ${hi}`;
  }
}
