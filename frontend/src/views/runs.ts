/**
 * The Runs view: one point per run of the `runs` table, x, y and colour as the view state's
 * `runs` options say (their controls come from the options table: `runsX`, `runsY`,
 * `runsColor`, `runsStep`); a hover shows the run's values, a click on a run with landscape
 * records calls `onOpen(run)` (the page opens its 2D view).
 */

import type { RunsResponse } from "../api";
import { axisText, defaultAxes, readout, runPoints } from "../compute/runs";
import { h } from "../render/dom";
import { ScatterPlot } from "../render/scatter";
import type { ViewState } from "./state";

const MIN = { width: 320, height: 280 };
const BOTTOM_PAD = 16;
/** Room under the plot for the colour bar and the read-out. */
const BELOW = 110;

export class RunsView {
  readonly element = h("div", { class: "tbl-runs", "data-testid": "runs-view", hidden: true });
  private readonly message = h("div", { class: "tbl-note", "data-testid": "runs-message" });
  private readonly plot: ScatterPlot;

  constructor(onOpen: (run: string) => void) {
    this.plot = new ScatterPlot(onOpen);
    this.element.append(this.message, this.plot.element);
  }

  /** Draws `table` as `state.runs` says; returns the number of points drawn. */
  draw(table: RunsResponse, state: ViewState): number {
    this.element.hidden = false;
    const { step, color } = state.runs;
    const defaults = defaultAxes(table);
    const x = state.runs.x ?? defaults.x;
    const y = state.runs.y ?? defaults.y;
    if (x === null || y === null) {
      this.message.textContent = "No run has hyperparameters or scalars to plot yet.";
      this.plot.element.hidden = true;
      return 0;
    }
    const data = runPoints(table, x, y, color, step);
    const at = step === null ? "" : ` (landscape scalars at step ${step})`;
    this.message.textContent = data.missing.length
      ? `${data.points.length} run${data.points.length === 1 ? "" : "s"}${at}; not drawn, without both values: ${data.missing.join(", ")}`
      : `${data.points.length} run${data.points.length === 1 ? "" : "s"}${at}. Hover a point for its values; click one to open its landscape.`;
    this.plot.element.hidden = false;
    const top = this.element.getBoundingClientRect().top + window.scrollY;
    this.plot.draw(data, {
      xTitle: axisText(x),
      yTitle: axisText(y),
      colorTitle: color ? axisText(color) : null,
      width: Math.max(MIN.width, Math.min(1100, (this.element.parentElement?.clientWidth ?? 800) - 32)),
      height: Math.max(MIN.height, window.innerHeight - top - BOTTOM_PAD - BELOW),
      readout: (run) => readout(table, run, step),
    });
    return data.points.length;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
