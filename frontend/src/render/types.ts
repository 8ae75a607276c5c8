/**
 * The one interface the views use to draw a record. A 2D heatmap, a 1D curve and later
 * views (a 3D surface in WebGL, a run comparison) all implement it; views pick one by the
 * record's `dims` and never draw themselves.
 */

import type { Frame } from "../compute/frame";

export interface LandscapeRenderer {
  /** The renderer's root element; the view places it in the page. */
  readonly element: HTMLElement;
  /** Draws metric `metric` (an index into `frame.header.metrics`) of `frame`. */
  draw(frame: Frame, metric: number): void;
  /** Releases listeners and resources; the element is removed by the caller. */
  dispose(): void;
}
