/**
 * The legend of marks that are not in the colour bar: non-finite cells, the centre, values
 * beyond the colour range, the optimizer's path, and the series of a 1D chart. Every label
 * goes in as text (run, tag and metric names come from users' logs).
 */

import { cssColor, NAN_COLOR, NEG_INF_COLOR, POS_INF_COLOR, type Rgb } from "../compute/colormap";
import type { NonFiniteCounts } from "../compute/finite";
import { clipText } from "../compute/labels";
import { CENTER_LINE_COLOR } from "../compute/series";
import { h } from "./dom";

function swatch(color: Rgb, hatched: boolean): HTMLElement {
  return h("span", {
    class: hatched ? "tbl-swatch tbl-hatched" : "tbl-swatch",
    style: `background-color: ${cssColor(color)}`,
  });
}

export interface LegendOptions {
  hatched: boolean;
  /** What happens to non-finite points, e.g. "not coloured, no contours". */
  note: string;
  center: { text: string; mark: "cross" | "line" } | null;
  /**
   * Finite values beyond the colour range, with the end colours they take (no swatch
   * without); `range` names the range ("colour range").
   */
  clip?: { below: number; above: number; low?: Rgb; high?: Rgb; range?: string } | null;
  /**
   * The optimizer's path: points drawn, first and last step, first and last colour; `tiny`
   * (render/path.ts:tinyPathText) replaces the usual words when the path barely moves in
   * the view.
   */
  path?: { count: number; first: number; last: number; early: Rgb; late: Rgb; tiny?: string | null } | null;
  /** Series of a 1D chart: label and CSS colour. */
  series?: { label: string; color: string }[];
}

/**
 * Legend entries for the series (when more than one), the non-finite values present (none
 * when all are finite), the values beyond the colour range, the centre marker when `center`
 * is set, and the path when `path` is set.
 */
export function legend(counts: NonFiniteCounts, opts: LegendOptions): HTMLElement {
  const el = h("div", { class: "tbl-legend", "data-testid": "legend" });
  const series = opts.series ?? [];
  if (series.length > 1) {
    series.forEach(({ label, color }, i) => {
      el.append(
        h("span", { class: "tbl-legend-entry", "data-kind": "series", "data-index": i }, [
          h("span", { class: "tbl-series-swatch", style: `border-top-color: ${color}` }),
          label,
        ]),
      );
    });
  }
  const entries: [Rgb, number, string][] = [
    [NAN_COLOR, counts.nan, "NaN"],
    [POS_INF_COLOR, counts.posInf, "+inf"],
    [NEG_INF_COLOR, counts.negInf, "-inf"],
  ];
  for (const [color, n, name] of entries) {
    if (n > 0) {
      el.append(
        h("span", { class: "tbl-legend-entry", "data-kind": name }, [
          swatch(color, opts.hatched),
          `${name}: ${n} point${n === 1 ? "" : "s"} (${opts.note})`,
        ]),
      );
    }
  }
  const clip = opts.clip;
  if (clip) {
    const range = clip.range ?? "colour range";
    for (const [n, where, color, arrow] of [
      [clip.above, "above", clip.high, "\u25b2"],
      [clip.below, "below", clip.low, "\u25bc"],
    ] as const) {
      if (n > 0) {
        el.append(
          h("span", { class: "tbl-legend-entry", "data-kind": where, "data-count": n }, [
            ...(color ? [swatch(color, false)] : []),
            `${arrow} ${clipText(n, where, range)}`,
          ]),
        );
      }
    }
  }
  if (opts.center) {
    const mark =
      opts.center.mark === "cross"
        ? h("span", { class: "tbl-center-mark" }, ["+"])
        : h("span", { class: "tbl-center-dash", style: `border-top-color: ${CENTER_LINE_COLOR}` });
    el.append(h("span", { class: "tbl-legend-entry", "data-kind": "center" }, [mark, opts.center.text]));
  }
  const path = opts.path;
  if (path && path.count > 0) {
    const steps = path.count === 1 ? `step ${path.last}` : `${path.count} steps, ${path.first} \u2192 ${path.last}`;
    el.append(
      h("span", { class: "tbl-legend-entry", "data-kind": "path", "data-tiny": path.tiny ? "true" : null }, [
        h("span", {
          class: "tbl-path-swatch",
          style: `background-image: linear-gradient(to right, ${cssColor(path.early)}, ${cssColor(path.late)})`,
        }),
        path.tiny ?? `optimizer path (${steps}, light = early)`,
        // The mark and its words on one line: a narrow column wraps the path's words instead.
        h("span", { class: "tbl-legend-current" }, [
          h("span", { class: "tbl-ring-mark", style: `background-color: ${cssColor(path.late)}` }),
          `current step ${path.last}`,
        ]),
      ]),
    );
  }
  return el;
}
