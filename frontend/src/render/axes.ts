/** SVG axes: a line, tick marks with labels, and a title. Colours come from CSS. */

import { fitTitle } from "../compute/labels";
import { s } from "./dom";

export interface PlacedTick {
  /** Position along the axis in pixels from the axis' origin. */
  pos: number;
  label: string;
}

export interface AxisOptions {
  side: "bottom" | "left" | "right";
  /** Where the axis line sits: its start point in the parent's pixels. */
  x: number;
  y: number;
  /** Length of the axis line in pixels (rightwards for bottom, downwards for left/right). */
  length: number;
  ticks: PlacedTick[];
  title?: string;
  /** Distance of the title from the axis line. */
  titleOffset?: number;
}

const TICK = 4;

/** Builds an axis as an SVG group. */
export function axis(opts: AxisOptions): SVGGElement {
  const { side, x, y, length } = opts;
  const g = s("g", { class: `tbl-axis tbl-axis-${side}`, transform: `translate(${x},${y})` });
  const horizontal = side === "bottom";
  g.append(s("line", horizontal ? { x1: 0, y1: 0, x2: length, y2: 0 } : { x1: 0, y1: 0, x2: 0, y2: length }));
  for (const t of opts.ticks) {
    if (t.pos < -0.5 || t.pos > length + 0.5) continue;
    if (horizontal) {
      g.append(
        s("line", { x1: t.pos, y1: 0, x2: t.pos, y2: TICK }),
        s("text", { x: t.pos, y: TICK + 2, "text-anchor": "middle", "dominant-baseline": "hanging" }, [t.label]),
      );
    } else {
      const dir = side === "left" ? -1 : 1;
      g.append(
        s("line", { x1: 0, y1: t.pos, x2: dir * TICK, y2: t.pos }),
        s(
          "text",
          { x: dir * (TICK + 3), y: t.pos, "text-anchor": side === "left" ? "end" : "start", "dominant-baseline": "middle" },
          [t.label],
        ),
      );
    }
  }
  if (opts.title) {
    const off = opts.titleOffset ?? 30;
    // A title longer than its axis is cut with an ellipsis (a short, wide plot has a short
    // y axis); the whole text stays in a tooltip.
    const text = fitTitle(opts.title, length + 40);
    const title = horizontal
      ? s("text", { class: "tbl-axis-title", x: length / 2, y: off, "text-anchor": "middle" }, [text])
      : s(
          "text",
          {
            class: "tbl-axis-title",
            transform: `translate(${side === "left" ? -off : off},${length / 2}) rotate(-90)`,
            "text-anchor": "middle",
          },
          [text],
        );
    if (text !== opts.title) title.append(s("title", {}, [opts.title]));
    g.append(title);
  }
  return g;
}

/** "label (unit)", or whichever of them is set. */
export function axisTitle(label: string, unit: string): string {
  if (label && unit) return `${label} (${unit})`;
  return label || unit;
}
