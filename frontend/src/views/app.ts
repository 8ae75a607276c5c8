/**
 * The Landscape tab: run / tag / metric selectors, the record view, the status line and
 * the empty state, kept up to date by polling `tags` and `steps`.
 *
 * State machine of the status element (`data-testid="status"`):
 *   loading  a request for the selection is under way
 *   ready    the latest step of the selection is drawn (`data-step`)
 *   empty    the logs hold no landscape
 *   error    the last request failed; the last good picture of the same selection stays
 */

import { ApiError, type LandscapeApi, type StepsResponse } from "../api";
import type { Frame, FrameHeader } from "../compute/frame";
import { Curve } from "../render/curve";
import { h } from "../render/dom";
import { Heatmap } from "../render/heatmap";
import { DEFAULT_VIEW, type LandscapeRenderer } from "../render/types";
import { picker, setOptions, sortNames } from "./controls";
import { followTheme } from "./theme";

export type State = "loading" | "ready" | "empty" | "error";

export interface AppOptions {
  api: LandscapeApi;
  /** Milliseconds between polls of `tags` and `steps`; 0 turns polling off. */
  pollMs: number;
}

const EXAMPLE = [
  "import tb_landscape as tbl",
  "from torch.utils.tensorboard import SummaryWriter",
  "",
  'writer = SummaryWriter("runs/exp1")',
  'tbl.add_landscape(writer, "train/landscape", tbl.Landscape(values=Z, xs=xs, ys=ys), global_step=step)',
  "writer.flush()",
].join("\n");

/** Builds the renderer for a record of `dims` dimensions. */
function rendererFor(dims: 1 | 2): LandscapeRenderer {
  return dims === 2 ? new Heatmap() : new Curve();
}

function describe(header: FrameHeader): string {
  const parts = [
    header.method && `method: ${header.method}`,
    header.normalization && `normalization: ${header.normalization}`,
    header.seed !== null && `seed: ${header.seed}`,
    header.bn_mode && `BatchNorm: ${header.bn_mode}`,
    header.data_description && `data: ${header.data_description}`,
  ];
  return parts.filter(Boolean).join(" · ");
}

function errorText(e: unknown): string {
  if (e instanceof ApiError) return `Server error ${e.message}`;
  if (e instanceof Error) return `${e.name === "FrameError" ? "Unreadable record" : "Error"}: ${e.message}`;
  return `Error: ${String(e)}`;
}

export class LandscapeApp {
  readonly root = h("div", { class: "tbl-root" });
  private readonly runPicker = picker("Run", "run-select");
  private readonly tagPicker = picker("Tag", "tag-select");
  private readonly metricPicker = picker("Metric", "metric-select");
  private readonly status = h("span", { class: "tbl-status", "data-testid": "status", role: "status" });
  private readonly empty = h("div", { class: "tbl-empty", "data-testid": "empty", hidden: true }, [
    h("h2", {}, ["No loss landscapes yet"]),
    h("p", {}, ["Log one from Python; this tab picks it up by itself:"]),
    h("pre", {}, [h("code", {}, [EXAMPLE])]),
  ]);
  private readonly main = h("div", { class: "tbl-main", hidden: true });
  private readonly title = h("div", { class: "tbl-title", "data-testid": "title" });
  private readonly meta = h("div", { class: "tbl-meta" });
  private readonly note = h("div", { class: "tbl-note", "data-testid": "note" });
  private readonly viewSlot = h("div", { class: "tbl-view" });

  /** The user's choice; kept across polls while the names exist. */
  private run: string | null = null;
  private tag: string | null = null;
  private metric: string | null = null;

  /** The record drawn, and the selection it was fetched for ("run\0tag"). */
  private frame: Frame | null = null;
  private frameKey: string | null = null;
  private renderer: LandscapeRenderer | null = null;
  private rendererDims: 1 | 2 | null = null;

  /** Bumped by every refresh; answers for an older one are dropped. */
  private generation = 0;
  private inflight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopTheme: (() => void) | null = null;
  private lastError: string | null = null;
  private stopped = false;

  constructor(private readonly opts: AppOptions) {
    const toolbar = h("div", { class: "tbl-toolbar" }, [
      this.runPicker.label,
      this.tagPicker.label,
      this.metricPicker.label,
      this.status,
    ]);
    this.main.append(this.title, this.meta, this.note, this.viewSlot);
    this.root.append(toolbar, this.empty, this.main);
    this.metricPicker.label.hidden = true;
    this.setStatus("loading", "Loading…");

    this.runPicker.select.addEventListener("change", () => {
      this.run = this.runPicker.select.value;
      this.selectionChanged();
    });
    this.tagPicker.select.addEventListener("change", () => {
      this.tag = this.tagPicker.select.value;
      this.selectionChanged();
    });
    this.metricPicker.select.addEventListener("change", () => {
      this.metric = this.metricPicker.select.value;
      if (this.frame) this.show(this.frame);
    });
  }

  /** Follows the theme, loads the first picture and starts polling. */
  start(): void {
    this.stopTheme = followTheme(document.documentElement);
    void this.refresh().then(() => this.schedule());
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.generation++;
    this.stopTheme?.();
    this.renderer?.dispose();
  }

  private schedule(): void {
    if (this.opts.pollMs <= 0 || this.stopped) return;
    this.timer = setTimeout(async () => {
      // A poll never interrupts a refresh under way (a large record may take a while).
      if (!this.inflight && !document.hidden) await this.refresh();
      this.schedule();
    }, this.opts.pollMs);
  }

  /**
   * The user picked another run or tag: drop the picture at once (so that no state of
   * the old selection can be read as the new one's) and load the new one.
   */
  private selectionChanged(): void {
    this.clearView();
    this.setStatus("loading", "Loading…");
    void this.refresh();
  }

  /** Re-reads tags and steps, and fetches the latest record when it is not drawn yet. */
  refresh(): Promise<void> {
    const generation = ++this.generation;
    const p = this.update(generation).finally(() => {
      if (this.inflight === p) this.inflight = null;
    });
    this.inflight = p;
    return p;
  }

  private async update(generation: number): Promise<void> {
    const { api } = this.opts;
    const current = () => generation === this.generation;
    try {
      const tags = await api.tags();
      if (!current()) return;
      const runs = sortNames(Object.keys(tags).filter((r) => Object.keys(tags[r]).length > 0));
      if (runs.length === 0) {
        this.showEmpty();
        return;
      }
      this.empty.hidden = true;
      this.runPicker.label.hidden = this.tagPicker.label.hidden = false;
      const run = setOptions(this.runPicker.select, runs, this.run);
      const tag = setOptions(this.tagPicker.select, sortNames(Object.keys(tags[run!])), this.tag);
      this.run = run;
      this.tag = tag;
      if (run === null || tag === null) return;
      const key = `${run}\0${tag}`;
      if (this.frameKey !== null && key !== this.frameKey) {
        // The drawn run or tag is gone from the logs: do not show it under another name.
        this.clearView();
        this.setStatus("loading", "Loading…");
      }

      const steps = await api.steps(run, tag);
      if (!current()) return;
      this.showSkipped(steps);
      const latest = steps.steps[steps.steps.length - 1];
      if (!latest) {
        this.setStatus("error", "No readable record for this run and tag.");
        return;
      }
      if (this.frame && key === this.frameKey && this.frame.header.step === latest.step) {
        this.setStatus("ready", this.readyText(steps));
        return;
      }
      this.setStatus("loading", `Loading step ${latest.step}…`);
      const frame = await api.landscape(run, tag);
      if (!current()) return;
      this.frame = frame;
      this.frameKey = key;
      this.show(frame);
      this.setStatus("ready", this.readyText(steps));
    } catch (e) {
      if (!current()) return;
      const text = errorText(e);
      // Polling repeats a failure every few seconds: log each distinct one once.
      if (text !== this.lastError) console.warn("tb-landscape:", e);
      this.lastError = text;
      this.setStatus("error", text);
    }
  }

  private readyText(steps: StepsResponse): string {
    const n = steps.steps.length;
    return `Step ${this.frame?.header.step} · ${n} step${n === 1 ? "" : "s"} logged`;
  }

  /** Draws `frame` with the selected metric. */
  private show(frame: Frame): void {
    const { header } = frame;
    const metric = setOptions(this.metricPicker.select, header.metrics, this.metric);
    this.metric = metric;
    this.metricPicker.label.hidden = header.metrics.length <= 1;
    if (!this.renderer || this.rendererDims !== header.dims) {
      this.renderer?.dispose();
      this.renderer = rendererFor(header.dims);
      this.rendererDims = header.dims;
      this.viewSlot.replaceChildren(this.renderer.element);
    }
    this.main.hidden = false;
    this.title.textContent = `${header.run} · ${header.tag} · step ${header.step} · ${metric}`;
    this.meta.textContent = describe(header);
    this.renderer.draw(frame, { ...DEFAULT_VIEW, metric: header.metrics.indexOf(metric!) });
  }

  private showSkipped(steps: StepsResponse): void {
    const n = steps.skipped.length;
    if (n === 0) {
      this.note.textContent = "";
      return;
    }
    const first = steps.skipped[0];
    this.note.textContent =
      `${n} record${n === 1 ? "" : "s"} could not be read and ${n === 1 ? "is" : "are"} not shown ` +
      `(step ${first.step}: ${first.error}${n > 1 ? "; …" : ""}).`;
  }

  private clearView(): void {
    this.renderer?.dispose();
    this.renderer = null;
    this.rendererDims = null;
    this.frame = null;
    this.frameKey = null;
    this.viewSlot.replaceChildren();
    this.main.hidden = true;
    this.note.textContent = "";
  }

  private showEmpty(): void {
    this.clearView();
    this.run = this.tag = null;
    this.empty.hidden = false;
    this.runPicker.label.hidden = this.tagPicker.label.hidden = this.metricPicker.label.hidden = true;
    this.runPicker.select.replaceChildren();
    this.tagPicker.select.replaceChildren();
    this.setStatus("empty", "No landscape data.");
  }

  private setStatus(state: State, text: string): void {
    if (state !== "error") this.lastError = null;
    this.status.dataset.state = state;
    this.status.dataset.step = this.frame ? String(this.frame.header.step) : "";
    this.status.textContent = text;
  }
}
