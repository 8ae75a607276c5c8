/**
 * The renderers the page uses, by view kind, and the stylesheets they bring. The only
 * module of views/ that imports the renderer classes.
 */

import { Curve } from "../render/curve";
import { Heatmap, HEATMAP_CSS } from "../render/heatmap";
import { Surface, SURFACE_CSS } from "../render/surface";
import type { LandscapeRenderer } from "../render/types";

export type RendererKind = "2d" | "3d" | "1d";

export function createRenderer(kind: RendererKind): LandscapeRenderer {
  switch (kind) {
    case "2d":
      return new Heatmap();
    case "3d":
      return new Surface();
    case "1d":
      return new Curve();
  }
}

/** The renderers' own CSS, appended to the page's stylesheet. */
export function rendererCss(): string {
  return `\n${HEATMAP_CSS}\n${SURFACE_CSS}\n`;
}
