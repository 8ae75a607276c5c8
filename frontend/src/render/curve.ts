/**
 * 1D landscape: the curve of one metric along the axis, in SVG. Non-finite points break
 * the line and are marked along the top edge in their legend colour.
 */

import { cssColor, NAN_COLOR, NEG_INF_COLOR, POS_INF_COLOR } from "../compute/colormap";
import { metricValues, type Frame } from "../compute/frame";
import { countNonFinite, finiteExtent, finiteRuns } from "../compute/finite";
import { niceDomain, ticks } from "../compute/scales";
import { axis, axisTitle } from "./axes";
import { formatValue, h, s } from "./dom";
import { legend } from "./legend";
import type { LandscapeRenderer, ViewOptions } from "./types";

const WIDTH = 560;
const HEIGHT = 320;
const MARGIN = { top: 12, right: 16, bottom: 44, left: 64 };

export class Curve implements LandscapeRenderer {
  readonly element = h("div", { class: "tbl-curve" });
  private readonly svg = s("svg", { "data-testid": "curve", class: "tbl-curve-svg", width: WIDTH, height: HEIGHT });
  private readonly legendSlot = h("div");

  constructor() {
    this.element.append(this.svg, this.legendSlot);
  }

  draw(frame: Frame, opts: ViewOptions): void {
    const metric = opts.metric;
    const [xAxis] = frame.header.axes;
    const xs = xAxis.coords;
    const values = metricValues(frame, metric);
    const metricName = frame.header.metrics[metric];
    const w = WIDTH - MARGIN.left - MARGIN.right;
    const ht = HEIGHT - MARGIN.top - MARGIN.bottom;

    const xDomain: [number, number] = xs.length > 1 ? [xs[0], xs[xs.length - 1]] : [xs[0] - 1, xs[0] + 1];
    const yDomain = niceDomain(finiteExtent(values) ?? [0, 1]);
    const px = (x: number) => MARGIN.left + ((x - xDomain[0]) / (xDomain[1] - xDomain[0])) * w;
    const py = (y: number) => MARGIN.top + ((yDomain[1] - y) / (yDomain[1] - yDomain[0])) * ht;

    const children: SVGElement[] = [];
    const [cx] = frame.header.center;
    if (Number.isFinite(cx) && cx >= xDomain[0] && cx <= xDomain[1]) {
      children.push(s("line", { class: "tbl-center-line", x1: px(cx), x2: px(cx), y1: MARGIN.top, y2: MARGIN.top + ht }));
    }
    let d = "";
    const dots: SVGElement[] = [];
    for (const [a, b] of finiteRuns(values)) {
      if (b - a === 1) {
        dots.push(s("circle", { class: "tbl-curve-dot", cx: px(xs[a]), cy: py(values[a]), r: 2.5 }));
        continue;
      }
      for (let i = a; i < b; i++) d += `${i === a ? "M" : "L"}${px(xs[i]).toFixed(2)},${py(values[i]).toFixed(2)}`;
    }
    children.push(s("path", { class: "tbl-curve-line", d }), ...dots);
    // Non-finite points: a small mark on the top edge, coloured as in the legend.
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isFinite(v)) continue;
      const color = v !== v ? NAN_COLOR : v > 0 ? POS_INF_COLOR : NEG_INF_COLOR;
      children.push(
        s("rect", { class: "tbl-nonfinite-mark", x: px(xs[i]) - 2, y: MARGIN.top, width: 4, height: 8, fill: cssColor(color) }),
      );
    }

    const xTicks = ticks(xDomain, 7).map((t) => ({ pos: px(t.value) - MARGIN.left, label: t.label }));
    const yTicks = ticks(yDomain, 5).map((t) => ({ pos: py(t.value) - MARGIN.top, label: t.label }));
    this.svg.replaceChildren(
      s("rect", { class: "tbl-frame", x: MARGIN.left - 0.5, y: MARGIN.top - 0.5, width: w + 1, height: ht + 1 }),
      ...children,
      axis({ side: "bottom", x: MARGIN.left, y: MARGIN.top + ht + 0.5, length: w, ticks: xTicks, title: axisTitle(xAxis.label, xAxis.unit), titleOffset: 36 }),
      axis({ side: "left", x: MARGIN.left - 0.5, y: MARGIN.top, length: ht, ticks: yTicks, title: metricName, titleOffset: 52 }),
    );
    this.legendSlot.replaceChildren(
      legend(countNonFinite(values), {
        hatched: false,
        note: "line broken",
        center: { text: `centre (${formatValue(cx)})`, mark: "line" },
      }),
    );
  }

  toPng(): Promise<Blob> {
    return Promise.reject(new Error("PNG export of the 1D view is not implemented yet"));
  }

  resetView(): void {}

  dispose(): void {}
}
