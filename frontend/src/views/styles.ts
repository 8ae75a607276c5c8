/**
 * The tab's stylesheet. The plugin page has no TensorBoard CSS, so the module brings its
 * own: TensorBoard's font and compact spacing, light and dark colours as CSS variables
 * (the page's <html> element gets `tbl-dark` in dark mode).
 */

import { SURFACE_SIDE } from "./draw";

export const CSS = `
html, body { margin: 0; padding: 0; background: var(--tbl-bg); }
/* A scroll bar coming or going does not change the width the pictures are sized to. */
html { scrollbar-gutter: stable; }
body:focus { outline: none; }
:root {
  --tbl-bg: #ffffff;
  --tbl-fg: #212121;
  --tbl-muted: #616161;
  --tbl-border: #e0e0e0;
  --tbl-input-bg: #ffffff;
  --tbl-accent: #f57c00;
  --tbl-line: #1976d2;
  --tbl-error: #c62828;
  --tbl-code-bg: #f5f5f5;
}
:root.tbl-dark {
  --tbl-bg: #303030;
  --tbl-fg: #eeeeee;
  --tbl-muted: #bdbdbd;
  --tbl-border: #555555;
  --tbl-input-bg: #424242;
  --tbl-accent: #ffb74d;
  --tbl-line: #64b5f6;
  --tbl-error: #ef9a9a;
  --tbl-code-bg: #424242;
  color-scheme: dark;
}
.tbl-root {
  font-family: Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  color: var(--tbl-fg);
  background: var(--tbl-bg);
  padding: 12px 16px;
}
.tbl-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-toolbar label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-toolbar label[hidden] { display: none; }
.tbl-root select {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; max-width: 320px;
}
.tbl-status { color: var(--tbl-muted); }
.tbl-status[data-state="error"] { color: var(--tbl-error); }
.tbl-title { font-size: 14px; font-weight: 500; margin: 4px 0 2px; overflow-wrap: anywhere; }
.tbl-meta, .tbl-note { color: var(--tbl-muted); font-size: 12px; margin-bottom: 6px; overflow-wrap: anywhere; }
.tbl-note:empty { display: none; }
.tbl-row { display: flex; align-items: flex-start; gap: 8px; }
.tbl-figure { position: relative; flex: none; }
.tbl-axes { position: absolute; left: 0; top: 0; overflow: visible; }
.tbl-plot { position: absolute; display: block; cursor: crosshair; }
.tbl-axis line, .tbl-frame { stroke: var(--tbl-muted); fill: none; shape-rendering: crispEdges; }
.tbl-axis text { fill: var(--tbl-fg); font-size: 11px; }
.tbl-axis .tbl-axis-title { fill: var(--tbl-muted); font-size: 12px; }
.tbl-colorbar { display: flex; flex-direction: column; gap: 2px; margin-top: -10px; }
.tbl-colorbar-title { color: var(--tbl-muted); font-size: 11px; height: 16px; white-space: nowrap; }
.tbl-colorbar-body { display: flex; align-items: flex-start; }
.tbl-colorbar-bar { display: block; outline: 1px solid var(--tbl-border); }
.tbl-colorbar-axis { overflow: visible; }
.tbl-readout { color: var(--tbl-muted); font-size: 12px; min-height: 16px; margin: 2px 0 0 64px; font-variant-numeric: tabular-nums; }
.tbl-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; color: var(--tbl-muted); font-size: 12px; margin: 4px 0 0 64px; }
.tbl-legend-entry { display: inline-flex; align-items: center; gap: 6px; }
.tbl-legend-current { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; }
.tbl-swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid var(--tbl-border); }
.tbl-hatched { background-image: repeating-linear-gradient(-45deg, rgba(255,255,255,0.9) 0 1.5px, transparent 1.5px 5.5px); }
.tbl-center-mark { font-weight: 700; font-size: 16px; line-height: 14px; }
.tbl-center-dash { display: inline-block; width: 14px; border-top: 1.5px dashed var(--tbl-accent); }
.tbl-curve-svg { display: block; overflow: visible; }
.tbl-curve-line { fill: none; stroke: var(--tbl-line); stroke-width: 1.5; stroke-linejoin: round; }
.tbl-curve-dot { fill: var(--tbl-line); }
.tbl-center-line { stroke: var(--tbl-accent); stroke-dasharray: 4 3; }
.tbl-zero-line { stroke: var(--tbl-fg); stroke-opacity: 0.6; stroke-width: 1; shape-rendering: crispEdges; }
.tbl-empty { max-width: 900px; line-height: 1.5; }
.tbl-empty h2 { font-size: 16px; font-weight: 500; margin: 8px 0; }
.tbl-empty pre {
  background: var(--tbl-code-bg); padding: 8px 12px; border-radius: 3px; overflow-x: auto;
  font-family: "Roboto Mono", Menlo, Consolas, monospace; font-size: 12px;
}
.tbl-toolbar input[type="number"] {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; width: 72px;
}
.tbl-toolbar input[aria-invalid="true"] { border-color: var(--tbl-error); }
.tbl-options { margin-top: -4px; }
.tbl-options > label, .tbl-options > span { white-space: nowrap; }
.tbl-check { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); cursor: pointer; }
.tbl-check input { margin: 0; accent-color: var(--tbl-accent); }
.tbl-clip, .tbl-export { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); }
.tbl-spacer { flex: 1 1 auto; }
.tbl-button {
  font: inherit; font-size: 12px; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 8px; cursor: pointer; line-height: 18px;
}
.tbl-button:hover:not(:disabled) { border-color: var(--tbl-muted); }
.tbl-button:disabled { opacity: 0.45; cursor: default; }
.tbl-button:focus-visible, .tbl-root select:focus-visible, .tbl-root input:focus-visible {
  outline: 2px solid var(--tbl-accent); outline-offset: 1px;
}
.tbl-segmented { display: inline-flex; }
.tbl-segmented .tbl-button { border-radius: 0; margin-left: -1px; min-width: 34px; }
.tbl-segmented .tbl-button:first-child { border-radius: 3px 0 0 3px; margin-left: 0; }
.tbl-segmented .tbl-button:last-child { border-radius: 0 3px 3px 0; }
.tbl-segmented .tbl-button[aria-pressed="true"] {
  background: var(--tbl-accent); border-color: var(--tbl-accent); color: #fff; position: relative; z-index: 1;
}
:root.tbl-dark .tbl-segmented .tbl-button[aria-pressed="true"] { color: #212121; }
.tbl-evolution { display: flex; align-items: center; gap: 10px; margin: 0 0 10px; max-width: 900px; }
.tbl-evolution label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); white-space: nowrap; }
.tbl-evolution label[hidden] { display: none; }
.tbl-evolution[hidden] { display: none; }
.tbl-play { min-width: 34px; }
.tbl-evolution input[type="range"] { flex: 1 1 auto; min-width: 120px; accent-color: var(--tbl-accent); margin: 0; }
.tbl-step-label { color: var(--tbl-muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; min-width: 150px; }
.tbl-live { color: var(--tbl-accent); border-color: var(--tbl-accent); white-space: nowrap; }
.tbl-help {
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 6px 12px; margin-bottom: 10px;
  font-size: 12px; color: var(--tbl-muted); max-width: 420px;
}
.tbl-help-title { font-weight: 500; color: var(--tbl-fg); margin-bottom: 4px; }
.tbl-help dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.tbl-help dt { font-family: "Roboto Mono", Menlo, Consolas, monospace; color: var(--tbl-fg); }
.tbl-help dd { margin: 0; }
.tbl-compare-panel { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-compare-panel > label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-compare-runs {
  display: flex; flex-wrap: wrap; gap: 4px 14px; border: 1px solid var(--tbl-border); border-radius: 3px;
  padding: 4px 10px 6px; margin: 0; max-width: 100%;
}
.tbl-compare-runs legend { color: var(--tbl-muted); font-size: 12px; padding: 0 4px; }
.tbl-compare-runs .tbl-check { color: var(--tbl-fg); max-width: 280px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbl-compare-area { display: flex; align-items: flex-start; gap: 12px; }
.tbl-compare { display: grid; gap: 16px 20px; align-items: start; }
.tbl-compare-bar { position: sticky; top: 8px; flex: none; }
.tbl-tile { min-width: 0; }
.tbl-tile-name { font-weight: 500; overflow-wrap: anywhere; }
.tbl-tile-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 2px; }
.tbl-tile-message { color: var(--tbl-muted); font-size: 12px; padding: 24px 0; }
.tbl-diff-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 4px; overflow-wrap: anywhere; }
.tbl-diff-message { color: var(--tbl-error); margin: 8px 0; }
.tbl-message { color: var(--tbl-error); font-size: 12px; margin-bottom: 6px; }
.tbl-hint { display: flex; align-items: center; gap: 10px; color: var(--tbl-fg); font-size: 12px; margin-bottom: 6px; }
/* A wide window: the read-out, legend and notes of a picture go beside it, not under it. */
.tbl-wide > :is(.tbl-heatmap, .tbl-surface, .tbl-curve), .tbl-wide > .tbl-diff > div > :is(.tbl-heatmap, .tbl-curve) {
  display: grid; grid-template-columns: max-content minmax(180px, 1fr); grid-auto-rows: min-content;
  column-gap: 20px; align-items: start;
}
.tbl-wide > :is(.tbl-heatmap, .tbl-surface, .tbl-curve) > :first-child,
.tbl-wide > .tbl-diff > div > :is(.tbl-heatmap, .tbl-curve) > :first-child { grid-row: 1 / span 8; }
.tbl-wide > :is(.tbl-heatmap, .tbl-surface, .tbl-curve) > :not(:first-child),
.tbl-wide > .tbl-diff > div > :is(.tbl-heatmap, .tbl-curve) > :not(:first-child) { grid-column: 2; margin-left: 0; }
/* The 3D picture fills the width less this column (surfaceFit): its legend lines wrap once at most. */
.tbl-wide > .tbl-surface { grid-template-columns: max-content minmax(\${SURFACE_SIDE}px, 1fr); }
.tbl-view.tbl-wide .tbl-readout { margin: 24px 0 8px; }
.tbl-view.tbl-wide .tbl-legend { flex-direction: column; align-items: flex-start; margin: 0; }
.tbl-message:empty { display: none; }
/* The Runs view (views/runs.ts, render/scatter.ts). */
.tbl-scatter-svg { display: block; overflow: visible; }
.tbl-run-point { stroke: var(--tbl-fg); stroke-opacity: 0.7; stroke-width: 1; }
.tbl-run-label { fill: var(--tbl-fg); font-size: 11px; pointer-events: none; }
.tbl-run-point.tbl-run-plain { fill: var(--tbl-line); }
.tbl-run-point.tbl-hovered { stroke: var(--tbl-fg); stroke-opacity: 1; stroke-width: 2.5; }
.tbl-runs-colorbar { display: flex; align-items: center; gap: 8px; color: var(--tbl-muted); font-size: 12px; margin: 4px 0 0 70px; }
.tbl-runs-gradient { display: inline-block; width: 160px; height: 12px; outline: 1px solid var(--tbl-border); }
.tbl-runs-readout { display: flex; flex-wrap: wrap; gap: 2px 14px; margin: 6px 0 0 70px; }
.tbl-runs-readout strong { color: var(--tbl-fg); font-weight: 500; }
[hidden] { display: none !important; }
`;
