/** The legend of marks that are not in the colour bar: non-finite cells, the centre. */

import { cssColor, NAN_COLOR, NEG_INF_COLOR, POS_INF_COLOR, type Rgb } from "../compute/colormap";
import type { NonFiniteCounts } from "../compute/finite";
import { h } from "./dom";

function swatch(color: Rgb, hatched: boolean): HTMLElement {
  return h("span", {
    class: hatched ? "tbl-swatch tbl-hatched" : "tbl-swatch",
    style: `background-color: ${cssColor(color)}`,
  });
}

/**
 * Legend entries for the non-finite values present (none when all are finite), and for
 * the centre marker when `center` is set.
 */
export function legend(
  counts: NonFiniteCounts,
  opts: { hatched: boolean; note: string; center: { text: string; mark: "cross" | "line" } | null },
): HTMLElement {
  const el = h("div", { class: "tbl-legend", "data-testid": "legend" });
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
  if (opts.center) {
    const mark =
      opts.center.mark === "cross"
        ? h("span", { class: "tbl-center-mark" }, ["+"])
        : h("span", { class: "tbl-center-dash" });
    el.append(h("span", { class: "tbl-legend-entry" }, [mark, opts.center.text]));
  }
  return el;
}
