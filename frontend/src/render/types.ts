/**
 * The one interface the views use to draw a record. The 2D heatmap / filled contours, the
 * 3D surface (WebGL), the 1D curves, and the tiles of a run comparison all implement it;
 * views pick one and never draw themselves. Views decide *what* to show (metric, colour
 * domain, scale); renderers decide *how*, and keep their own interaction state (2D zoom,
 * 3D camera) across `draw` calls, so a live update or a slider move does not reset it.
 */

import type { AspectMode, Box } from "../compute/fit";
import type { Frame } from "../compute/frame";

/** How values map to colour positions: linear, or log10 (values <= 0 take the lowest colour). */
export type ColorScaleKind = "linear" | "log";

/**
 * sequential: viridis, low = dark (landscapes, the default).
 * diverging: blue (negative) - white (0) - red (positive), for difference maps; the view
 * passes a domain symmetric around 0.
 */
export type Palette = "sequential" | "diverging";

/** One more series drawn with the frame (1D overlays of other steps or runs). */
export interface Overlay {
  /** Shown in the legend, as text (never HTML): e.g. "step 200" or a run name. */
  label: string;
  frame: Frame;
}

export interface ViewOptions {
  /** Index into `frame.header.metrics`. */
  metric: number;
  scale: ColorScaleKind;
  /**
   * The colour domain [lo, hi] in data units, chosen by the view: a clip range, a range
   * fixed across steps, or one shared by comparison tiles. Finite values outside it take
   * the end colours (the colour bar marks the clipped ends). null: the renderer uses the
   * frame's own finite extent (see `compute/scales.ts:colorDomain`).
   */
  domain: [number, number] | null;
  palette: Palette;
  /** 2D: filled contour bands, or a cell heatmap with isolines. */
  style: "filled" | "heatmap";
  /** Draw the optimizer's path when the frame has one. */
  path: boolean;
  /** 3D: contour lines projected on the floor under the surface. */
  floorContours: boolean;
  /** 1D: more series overlaid on the frame's own (other steps or runs). */
  overlays: Overlay[];
  /** 1D: the legend's name of the frame's own series (a path: "linear"); default: its step or run. */
  ownLabel?: string;
  /**
   * 1D: mark each 1D series' barrier (paths between two models: `compute/paths.ts`): the
   * straight line between its end values, a marker at its peak, the height in the legend.
   */
  barriers?: boolean;
  /**
   * 1D: one panel per metric of the frame, stacked, sharing the x range (each with its own
   * y axis and the same series); off: the `metric` only. `domain` applies to `metric`'s panel.
   */
  allMetrics: boolean;
  /** Largest side of the plot area in CSS pixels, when `fit` is null. */
  maxSide: number;
  /**
   * The space the figure (the plot with its axes and colour bar; the read-out and legend
   * excluded) should fill, in CSS pixels; the page follows its window's size. null: a plot
   * of `maxSide`.
   */
  fit: Box | null;
  /** 2D: how the plot takes the shape of `fit` (`compute/fit.ts`). */
  aspect: AspectMode;
  /** 2D: draw the colour bar (comparison tiles share one, drawn by the page). */
  colorbar: boolean;
}

export const DEFAULT_VIEW: ViewOptions = {
  metric: 0,
  scale: "linear",
  domain: null,
  palette: "sequential",
  style: "heatmap",
  path: true,
  floorContours: true,
  overlays: [],
  allMetrics: false,
  maxSide: 480,
  fit: null,
  aspect: "equal",
  colorbar: true,
};

export interface LandscapeRenderer {
  /** The renderer's root element; the view places it in the page. */
  readonly element: HTMLElement;
  /** Draws `frame` as `opts` say. Called again on every change; must be cheap to repeat. */
  draw(frame: Frame, opts: ViewOptions): void;
  /** The current picture as a PNG, axes, colour bar and legend included where drawn. */
  toPng(): Promise<Blob>;
  /** Back to the initial zoom (2D) or camera (3D). */
  resetView(): void;
  /** Releases listeners and GPU resources; the element is removed by the caller. */
  dispose(): void;
}

/**
 * The interface of the renderers of the other record kinds (per-layer sensitivity, the
 * eigenvalue spectrum): the same life cycle as `LandscapeRenderer`, over their own data and
 * options. The views pick one and never draw themselves.
 */
export interface ChartRenderer<D, O> {
  readonly element: HTMLElement;
  /** Draws `data` as `opts` say; called again on every change (step, option, size). */
  draw(data: D, opts: O): void;
  /** The current picture as a PNG, read-out excluded. */
  toPng(): Promise<Blob>;
  resetView(): void;
  dispose(): void;
}
