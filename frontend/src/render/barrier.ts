/**
 * Barrier marks of the 1D view (paths between two models, `compute/paths.ts`): per series,
 * the straight line between its end values (dashed, in the series' colour) and a marker at
 * its peak, with the height in its tooltip; the legend carries the text ("barrier 0.183 at
 * t=0.50"). Hooks for tests: `data-testid` barrier-chord and barrier-marker, with
 * `data-path` (the series' name), `data-barrier` and `data-t-peak`.
 */

import { barrier, type Barrier, barrierText } from "../compute/paths";
import { s } from "./dom";

export interface BarrierSeries {
  /** The path's name (legend label without the barrier). */
  name: string;
  coords: ArrayLike<number>;
  values: ArrayLike<number>;
  color: string;
}

/** The barrier of each series (null where it has none), in order. */
export function seriesBarriers(series: readonly BarrierSeries[]): (Barrier | null)[] {
  return series.map((sr) => barrier(sr.coords, sr.values));
}

/** "linear · barrier 0.183 at t=0.50": a series' legend label with its barrier. */
export function barrierLabel(name: string, b: Barrier | null): string {
  return b ? `${name} · ${barrierText(b)}` : name;
}

/**
 * The marks of `series`' barriers, in plot pixels (`px`, `py`): the chords clipped by `clipId`,
 * the markers whole (a peak at the top of the y range is the common case) where their centre
 * is within the plot's rows `rows` (a fixed y range can leave a peak out).
 */
export function barrierMarks(
  series: readonly BarrierSeries[],
  px: (x: number) => number,
  py: (y: number) => number,
  drawable: (v: number) => boolean,
  clipId: string,
  rows: [top: number, bottom: number],
): SVGGElement {
  const g = s("g", { class: "tbl-barriers", "data-testid": "barriers" });
  const chords = s("g", { "clip-path": `url(#${clipId})` });
  g.append(chords);
  seriesBarriers(series).forEach((b, i) => {
    const sr = series[i];
    if (!b || !drawable(b.start[1]) || !drawable(b.end[1]) || !drawable(b.value)) return;
    const data = { "data-path": sr.name, "data-barrier": String(b.height), "data-t-peak": String(b.t) };
    const y = py(b.value);
    if (y < rows[0] - 0.5 || y > rows[1] + 0.5) return;
    chords.append(
      s("line", {
        class: "tbl-barrier-chord", "data-testid": "barrier-chord", ...data,
        x1: px(b.start[0]), y1: py(b.start[1]), x2: px(b.end[0]), y2: py(b.end[1]),
        style: `stroke: ${sr.color}; stroke-dasharray: 5 4; stroke-width: 1.2; opacity: 0.8`,
      }),
    );
    g.append(
      s("circle", {
        class: "tbl-barrier-marker", "data-testid": "barrier-marker", ...data,
        cx: px(b.t), cy: y, r: 5,
        style: `fill: none; stroke: ${sr.color}; stroke-width: 2`,
      }, [s("title", {}, [barrierLabel(sr.name, b)])]),
    );
  });
  return g;
}
