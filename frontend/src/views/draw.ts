/**
 * The scenes' decisions that need no DOM: the renderers' options from the view state, the
 * colour domain of one picture or of all comparison tiles, the tiles' layout, and what to
 * tell the user about a comparison (a run that flattens the others, planes that differ).
 * Pure, unit-tested.
 */

import { type AspectMode, type Box, plotAspect } from "../compute/fit";
import { finiteExtent } from "../compute/finite";
import { type Frame, type FrameHeader, metricValues } from "../compute/frame";
import { axisTitleText, formatValue, titlePixels } from "../compute/labels";
import { cellExtent, effectiveDomain, minPositive } from "../compute/scales";
import { DEFAULT_VIEW, type ViewOptions } from "../render/types";
import type { ViewState } from "./state";
import { applyClip, type Range, unionRanges } from "./steps";

/** The renderer options for `frame` (null: tiles, each finds its metric by name) under `state`. */
export function viewOptions(state: ViewState, frame: Frame | null, domain: Range | null, fit: Box | null): ViewOptions {
  const m = frame ? Math.max(0, frame.header.metrics.indexOf(state.metric ?? "")) : 0;
  return {
    ...DEFAULT_VIEW,
    metric: m,
    scale: state.plot.scale,
    domain,
    style: state.heatmap.style,
    aspect: state.heatmap.aspect,
    path: state.plot.path,
    floorContours: state.surface.floor,
    overlays: [],
    fit,
  };
}

/** The finite extent of metric `metric` (by name) of `frame`; null without it or a finite value. */
export function metricExtent(frame: Frame | null, metric: string): Range | null {
  const m = frame ? frame.header.metrics.indexOf(metric) : -1;
  return frame && m >= 0 ? finiteExtent(metricValues(frame, m)) : null;
}

/**
 * The colour domain of a picture of `frames` (several: overlays or tiles on one scale):
 * the range over every step (`stepRanges`, one per run) when fixed, else the frames' own,
 * either clipped. null: the renderer takes the frame's own extent (one frame, no clip),
 * unless `shared` (tiles always get one domain).
 */
export function colourDomain(
  plot: ViewState["plot"],
  metric: string,
  frames: readonly (Frame | null)[],
  stepRanges: readonly (Range | null)[],
  shared = false,
): Range | null {
  if (plot.fixed) {
    const fixed = unionRanges(stepRanges);
    if (fixed) return applyClip(fixed, plot.clip);
  }
  if (!plot.clip && frames.length <= 1 && !shared) return null;
  return applyClip(unionRanges(frames.map((f) => metricExtent(f, metric))), plot.clip);
}

/**
 * The one colour domain of all comparison tiles, as each tile's renderer will use it and as
 * their shared colour bar shows it: on a log scale a low end <= 0 becomes the smallest
 * positive value of any tile (`effectiveDomain` per tile would pick each tile's own).
 */
export function tileDomain(
  plot: ViewState["plot"],
  metric: string,
  frames: readonly (Frame | null)[],
  stepRanges: readonly (Range | null)[],
): Range | null {
  const d = colourDomain(plot, metric, frames, stepRanges, true);
  if (!d) return null;
  let lo = d[0];
  if (plot.scale === "log" && lo <= 0) {
    let m = Infinity;
    for (const f of frames) {
      const i = f ? f.header.metrics.indexOf(metric) : -1;
      const p = f && i >= 0 ? minPositive(metricValues(f, i)) : null;
      if (p !== null && p <= d[1] && p < m) m = p;
    }
    lo = m < Infinity ? m : d[1] / 10;
  }
  return effectiveDomain([], [lo, d[1]], plot.scale);
}

/**
 * When one run's values flatten the others on a shared linear colour scale: the run with the
 * highest values, if some other tile spans less than a tenth of the colour range. null
 * otherwise (or with fewer than two tiles).
 */
export function flattenedBy(tiles: readonly { run: string; extent: Range | null }[]): { run: string; max: number; flat: string[] } | null {
  const known = tiles.filter((t): t is { run: string; extent: Range } => t.extent !== null);
  if (known.length < 2) return null;
  const all = unionRanges(known.map((t) => t.extent))!;
  const span = all[1] - all[0];
  if (!(span > 0)) return null;
  const top = known.reduce((a, b) => (b.extent[1] > a.extent[1] ? b : a));
  const flat = known.filter((t) => t !== top && t.extent[1] - t.extent[0] < span / 10).map((t) => t.run);
  return flat.length ? { run: top.run, max: top.extent[1], flat } : null;
}

/** The sentence suggesting the log scale for `flattenedBy`'s answer. */
export function flattenedText(f: { run: string; max: number; flat: string[] }): string {
  const others = f.flat.length === 1 ? f.flat[0] : `${f.flat.length} other runs`;
  return `${f.run} reaches ${formatValue(f.max)}: on this linear scale ${others} ${f.flat.length === 1 ? "looks" : "look"} flat.`;
}

/**
 * Why two records cannot share a difference map, when their planes are not the same: each
 * run's own PCA plane, or directions of another frame. null when nothing says they differ
 * (then the grids' own mismatch is the reason).
 */
export function planesDiffer(a: FrameHeader, b: FrameHeader, la: string, lb: string): string | null {
  const pca = a.method === "pca" || b.method === "pca";
  const frames = a.frame_id && b.frame_id && a.frame_id !== b.frame_id;
  const seeds = a.seed !== null && b.seed !== null && a.seed !== b.seed;
  if (!pca && !frames && !seeds) return null;
  const why = pca
    ? "PCA directions come from each run's own path, so the axes point in different directions of weight space, over different ranges"
    : seeds
      ? `their directions were drawn with different seeds (${a.seed} and ${b.seed})`
      : `their directions are not the same (frame ${a.frame_id} and ${b.frame_id})`;
  return (
    `${la} and ${lb} each have their own plane: ${why}. A point of one is not the same point of the other, so they ` +
    "cannot be subtracted. For a difference, log the runs on a shared frame: random directions drawn once with the " +
    "same seed on the same architecture (LandscapeLogger's default frame=\"fixed\" with one seed for all runs), or " +
    "the same direction tensors passed to every run. Side by side shows these planes as they are."
  );
}

/** Room the plot of a tile needs so that its axis titles are never cut. */
export function titleRoom(frame: Frame, aspect: AspectMode): number {
  const [x, y] = frame.header.axes;
  const xNeed = titlePixels(axisTitleText(x, frame.header.method)) - 40;
  if (frame.header.dims === 1 || !y) return xNeed;
  const a = plotAspect(cellExtent(x.coords), cellExtent(y.coords), x.unit === y.unit, aspect) ?? 1;
  // The y title runs along the plot's height: the plot's width is that over the aspect.
  return Math.max(xNeed, (titlePixels(axisTitleText(y, frame.header.method)) - 40) / a);
}

export interface TileLayout {
  columns: number;
  /** The figure of each tile (plot, axes), as the renderers' `fit`. */
  fit: Box;
}

/** Left and right axis margins of a tile's plot; above and below it (renderers' own margins). */
export const TILE_MARGIN = { width: 72, height: 70 };
/** Room per tile for its name, caption and legend. */
const TILE_TEXT = 110;
/** Between the columns and between the rows of tiles (the grid's CSS gap). */
const TILE_GAP = 20;
const TILE_ROW_GAP = 16;
/** Smallest plot of tiles that scroll (as many columns as keep this width). */
const MIN_TILE_PLOT = 280;
/** Smallest plot of tiles shrunk to fit the window; below it they scroll at MIN_TILE_PLOT. */
const MIN_FITTED_PLOT = 180;

/**
 * `n` tiles in `space` (the width of the tiles' area, the height of the window under it).
 * All rows in the window when they fit: the number of columns that gives the largest plots
 * (`aspect`: their height over their width), if these are at least MIN_FITTED_PLOT wide (their
 * axis titles are cut, with a tooltip, when narrower than `minPlot`). Otherwise the tiles
 * scroll: as many columns as keep each plot at least MIN_TILE_PLOT wide and `minPlot` (the
 * axis titles whole), balanced over the rows (4 tiles: 2 x 2, not 3 + 1), each tile as high
 * as one row fits in the window, never lower than its titles need.
 */
export function tileLayout(n: number, space: Box, minPlot: number, aspect = 1): TileLayout {
  const count = Math.max(1, n);
  let best = { columns: 1, plot: -Infinity };
  for (let columns = 1; columns <= count; columns++) {
    const plot = fittedPlot(count, columns, space, aspect);
    if (plot > best.plot) best = { columns, plot };
  }
  if (best.plot >= MIN_FITTED_PLOT) {
    const width = columnWidth(best.columns, space);
    return { columns: best.columns, fit: { width, height: Math.floor(best.plot * aspect) + TILE_MARGIN.height } };
  }
  const need = Math.max(MIN_TILE_PLOT, minPlot);
  const fits = Math.max(1, Math.floor((space.width + TILE_GAP) / (need + TILE_MARGIN.width + TILE_GAP)));
  const rows = Math.ceil(count / Math.min(count, fits));
  const columns = Math.ceil(count / rows);
  const width = columnWidth(columns, space);
  const height = Math.max(Math.ceil(need * aspect) + TILE_MARGIN.height, space.height - TILE_TEXT);
  return { columns, fit: { width, height: Math.min(height, width - TILE_MARGIN.width + TILE_MARGIN.height) } };
}

function columnWidth(columns: number, space: Box): number {
  return Math.floor((space.width - (columns - 1) * TILE_GAP) / columns);
}

/** The plot width of `n` tiles in `columns` when all their rows (titles, axes, gaps) fit in `space`. */
export function fittedPlot(n: number, columns: number, space: Box, aspect = 1): number {
  const rows = Math.ceil(n / columns);
  const rowHeight = Math.floor((space.height - (rows - 1) * TILE_ROW_GAP) / rows);
  const plotHeight = rowHeight - TILE_TEXT - TILE_MARGIN.height;
  return Math.floor(Math.min(columnWidth(columns, space) - TILE_MARGIN.width, plotHeight / aspect));
}

/** Width of the side column beside the 3D picture in a wide window: read-out, legend, notes. */
export const SURFACE_SIDE = 360;
/** The wide layout's gap between the figure and its side column (styles.ts). */
const SIDE_GAP = 20;
const MIN_SURFACE_WIDTH = 300;

/**
 * The 3D view's figure box. The surface fills the width it is given (the heatmap keeps its
 * aspect and leaves more), so in a wide window (`slot`: the whole slot) it leaves its side
 * column SURFACE_SIDE, where the legend's lines wrap once at most; otherwise `fit` as it is.
 */
export function surfaceFit(fit: Box, slot: Box, wide: boolean): Box {
  if (!wide) return fit;
  return { ...fit, width: Math.max(MIN_SURFACE_WIDTH, Math.min(fit.width, slot.width - SURFACE_SIDE - SIDE_GAP)) };
}
