/**
 * The renderers the page uses, by view kind, and the stylesheets they bring. The only
 * module of views/ that imports the renderer classes.
 */

import { Curve } from "../render/curve";
import { Heatmap, HEATMAP_CSS } from "../render/heatmap";
import { LayersChart } from "../render/layers";
import { SpectrumChart } from "../render/spectrum";
import { Surface, SURFACE_CSS } from "../render/surface";
import type { LandscapeRenderer } from "../render/types";
import type { SensitivityResponse, SpectrumResponse } from "../api";
import type { Box } from "../compute/fit";
import type { ViewState } from "./state";

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

/** The chart of a tag of another kind than landscapes. */
export type ChartKind = "sensitivity" | "spectrum";
export type Chart = LayersChart | SpectrumChart;

export function createChart(kind: ChartKind): Chart {
  return kind === "sensitivity" ? new LayersChart() : new SpectrumChart();
}

/** The series a chart draws, by kind. */
export type ChartData =
  | { readonly kind: "sensitivity"; readonly data: SensitivityResponse }
  | { readonly kind: "spectrum"; readonly data: SpectrumResponse };

/** The training steps of a series, oldest first. */
export function chartSteps(d: ChartData): number[] {
  return d.kind === "sensitivity" ? d.data.steps : d.data.steps.map((s) => s.step);
}

/**
 * Draws `d` on `chart` (made by `createChart(d.kind)`) at series index `index` as `state`
 * says, in the box `fit`; `onStep(i)` when the user picks series index i on the chart.
 */
export function drawChart(chart: Chart, d: ChartData, state: ViewState, index: number, fit: Box, onStep: (i: number) => void): void {
  const size = { width: fit.width, height: fit.height, index, onStep };
  if (d.kind === "sensitivity" && chart instanceof LayersChart) {
    chart.draw(d.data, { ...size, measure: state.layers.measure, scale: state.plot.scale });
  } else if (d.kind === "spectrum" && chart instanceof SpectrumChart) {
    chart.draw(d.data, { ...size, outliers: state.spectrum.outliers });
  }
}

/** The line under a chart's title: what was measured, and how. */
export function chartMeta(d: ChartData): string {
  if (d.kind === "sensitivity") {
    return `${d.data.groups.length} parameter groups · trace of each group's Hessian block (Hutchinson, ± standard error) and its top eigenvalue (Lanczos)`;
  }
  const last = d.data.steps[d.data.steps.length - 1];
  return `Hessian eigenvalue density by stochastic Lanczos quadrature${last ? ` · ${last.num_parameters} parameters` : ""}`;
}

/** The charts' CSS: the read-out under them, the spectrum's side column. */
const CHART_CSS = `
.tbl-chart canvas { display: block; cursor: crosshair; }
.tbl-chart .tbl-readout { min-height: 1.4em; color: var(--tbl-fg); margin-top: 4px; font-variant-numeric: tabular-nums; }
.tbl-chart-row { display: flex; gap: 12px; align-items: flex-start; }
.tbl-side { color: var(--tbl-fg); line-height: 1.6; min-width: 170px; }
.tbl-side-title { color: var(--tbl-muted); }
`;

/** The renderers' own CSS, appended to the page's stylesheet. */
export function rendererCss(): string {
  return `\n${HEATMAP_CSS}\n${SURFACE_CSS}\n${CHART_CSS}\n`;
}
