/**
 * The size of a plot in the space the page gives it. Pure: no DOM.
 *
 * A plane whose two axes are in the same unit keeps equal scales ("equal"): one unit is as
 * many pixels along x as along y, so a round basin stays round and an elongated one shows
 * its true proportions; the plot is the largest rectangle of the grid's own aspect that fits
 * (square for a square grid, wider for a wider one), and the page puts the colour bar,
 * read-out and legend in the width left over. Axes in different units have no common scale:
 * their plot is square ("equal") or fills the space ("fill"), as it does on request for
 * axes in the same unit. Aspects beyond 1:4 are cut to it (a very long, thin grid stays
 * readable).
 */

export interface Box {
  width: number;
  height: number;
}

export type AspectMode = "equal" | "fill";

/** Widest and tallest plot, as height / width. */
const MIN_ASPECT = 0.25;
const MAX_ASPECT = 4;
/** Smallest plot side in pixels, whatever the space. */
export const MIN_PLOT_SIDE = 120;

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/**
 * Height / width of a plot of a grid spanning `xExtent` x `yExtent` under `mode`, or null
 * when the plot takes the shape of its space ("fill"). Axes in different units: 1 (square).
 */
export function plotAspect(
  xExtent: readonly [number, number],
  yExtent: readonly [number, number],
  sameUnit: boolean,
  mode: AspectMode,
): number | null {
  if (mode === "fill") return null;
  const dx = Math.abs(xExtent[1] - xExtent[0]);
  const dy = Math.abs(yExtent[1] - yExtent[0]);
  return clamp(sameUnit && dx > 0 && dy > 0 ? dy / dx : 1, MIN_ASPECT, MAX_ASPECT);
}

/**
 * The plot area (whole pixels) for a grid spanning `xExtent` x `yExtent` inside `box`: the
 * largest of its aspect (`plotAspect`) that fits, or the whole box ("fill", its aspect cut
 * to 1:4 .. 4:1). Never smaller than `MIN_PLOT_SIDE` on a side.
 */
export function fitPlot(
  xExtent: readonly [number, number],
  yExtent: readonly [number, number],
  sameUnit: boolean,
  box: Box,
  mode: AspectMode,
): Box {
  const bw = Math.max(MIN_PLOT_SIDE, box.width);
  const bh = Math.max(MIN_PLOT_SIDE, box.height);
  const a = plotAspect(xExtent, yExtent, sameUnit, mode) ?? clamp(bh / bw, MIN_ASPECT, MAX_ASPECT);
  const width = Math.min(bw, bh / a);
  return { width: Math.max(MIN_PLOT_SIDE, Math.floor(width)), height: Math.max(MIN_PLOT_SIDE, Math.floor(width * a)) };
}
