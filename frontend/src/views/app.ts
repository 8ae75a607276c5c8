/**
 * The Landscape tab: run / tag / metric selectors, the view switcher (2D, 3D, 1D, Compare),
 * display options, the step slider with play, live updates, export, URL state and
 * keyboard shortcuts. Kept up to date by polling `tags` and `steps`.
 *
 * State machine of the status element (`data-testid="status"`):
 *   loading  a request for the selection is under way
 *   ready    the requested step of the selection is drawn (`data-step`)
 *   empty    the logs hold no landscape
 *   error    the last request failed; the last good picture of the same selection stays
 *
 * Drawing: every change (a control, the slider, a poll) calls `update()`, which works out
 * the scene to show (the frames it needs and how to draw them) and its key. Same key as
 * the last request: nothing to do. Else the request gets a sequence number; its frames
 * come from the cache at once or from the loader (2 requests in flight, newest first), and
 * it is drawn when they are there unless a newer request was drawn already: pictures never
 * go back in time. Renderers are kept across draws (zoom, camera survive) and recreated
 * only when the view kind or the number of dimensions changes.
 */

import { ApiError, type LandscapeApi, type StepInfo, type StepsResponse } from "../api";
import { estimateBytes } from "../compute/cache";
import { diffFrames, symmetricDomain } from "../compute/diff";
import { exportFilename, frameToCsv, frameToJson } from "../compute/export";
import { finiteExtent } from "../compute/finite";
import { metricValues, type Frame, type FrameHeader } from "../compute/frame";
import { h } from "../render/dom";
import { DEFAULT_VIEW, type LandscapeRenderer, type Overlay, type ViewOptions } from "../render/types";
import { DiffView, TileGrid, type TileItem } from "./compare";
import { button, checkbox, choice, numberField, picker, setOptions, setPairs, sortNames } from "./controls";
import { download } from "./download";
import { CancelledError, FrameLoader, refKey, type FrameRef } from "./loader";
import { createRenderer, type RendererKind } from "./renderers";
import {
  applyClip,
  type Clip,
  defaultCompareRuns,
  indexAtOrBelow,
  keyAction,
  overlayIndices,
  parseClip,
  prefetchPlan,
  type Range,
  rangeOverSteps,
  resolveIndex,
  tileStep,
  unionRanges,
} from "./steps";
import { followTheme } from "./theme";
import { readState, type DiffSpec, type UrlState, type ViewKind, writeState } from "./url";

export type State = "loading" | "ready" | "empty" | "error";

export interface AppOptions {
  api: LandscapeApi;
  /** Milliseconds between polls of `tags` and `steps`; 0 turns polling off. */
  pollMs: number;
}

/** The page's test and benchmark hook, `window.__TBL_APP`. */
export interface AppHook {
  /** Shows `step` (of the selected run and tag), as the slider would. */
  setStep(step: number): void;
  /** The steps of the selected run and tag, oldest first. */
  steps(): number[];
}

declare global {
  interface Window {
    __TBL_APP?: AppHook;
    /** Number of draws so far (each renderer.draw of the page's picture). */
    __TBL_DRAWS?: number;
    /** Milliseconds the last draw took. */
    __TBL_LAST_DRAW_MS?: number;
  }
}

const EXAMPLE = [
  "import tb_landscape as tbl",
  "from torch.utils.tensorboard import SummaryWriter",
  "",
  'logger = tbl.LandscapeLogger(SummaryWriter("runs/exp1"), model, loss_fn, (x_eval, y_eval), every_n_steps=200)',
  "for step, (x, y) in enumerate(loader):",
  "    ...; optimizer.step()",
  "    logger.step(step)  # cheap when no landscape is due",
  "logger.close()",
].join("\n");

const PLAY_INTERVAL_MS = 125; // 8 steps per second
const URL_WRITE_DELAY_MS = 150;
const PLUGIN = "landscape";

const HELP: [string, string][] = [
  ["← / →", "previous / next step"],
  ["Home / End", "first / latest step"],
  ["Space", "play / pause"],
  ["2  3  1  c", "2D / 3D / 1D / Compare view"],
  ["?", "this help"],
];

const VIEW_LABELS: [ViewKind, string, string][] = [
  ["2d", "2D", "Heatmap or filled contours (key 2)"],
  ["3d", "3D", "Surface (key 3)"],
  ["1d", "1D", "Curves; slices through the centre of a 2D landscape (key 1)"],
  ["compare", "Compare", "Runs side by side, or a difference map (key c)"],
];

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

/** Where the URL state lives: TensorBoard's page (same origin) or, standalone, our own. */
interface HashHost {
  get(): string;
  set(hash: string): void;
}

function hashHost(): HashHost {
  const own: HashHost = {
    get: () => window.location.hash,
    set: (hash) => {
      const u = new URL(window.location.href);
      u.hash = hash;
      window.history.replaceState(window.history.state, "", u.toString());
    },
  };
  try {
    if (window.parent === window) return own;
    const p = window.parent;
    void p.location.hash; // throws when the parent is not same-origin
    return {
      get: () => p.location.hash,
      set: (hash) => {
        const u = new URL(p.location.href);
        u.hash = hash;
        // TensorBoard's own state object stays; replaceState fires no hashchange.
        p.history.replaceState(p.history.state, "", u.toString());
      },
    };
  } catch {
    return own;
  }
}

/** What `update()` shows: the frames it needs and how to draw them once they are there. */
interface Scene {
  key: string;
  /** The slider's step the scene stands for (status `data-step`). */
  step: number;
  needs: { ref: FrameRef; optional?: boolean }[];
  draw(frames: (Frame | null)[]): void;
}

type Overlaying = "none" | "steps" | "runs";
type CompareMode = "tiles" | "diff";

export class LandscapeApp {
  readonly root = h("div", { class: "tbl-root" });

  // Toolbar.
  private readonly runPicker = picker("Run", "run-select");
  private readonly tagPicker = picker("Tag", "tag-select");
  private readonly metricPicker = picker("Metric", "metric-select");
  private readonly viewButtons = new Map<ViewKind, HTMLButtonElement>();
  private readonly viewGroup = h("div", { class: "tbl-segmented", role: "group", "aria-label": "View", "data-testid": "view-switch" });
  private readonly status = h("span", { class: "tbl-status", "data-testid": "status", role: "status" });
  private readonly helpButton = button("?", "help", "Keyboard shortcuts");
  private readonly helpPanel = h("div", { class: "tbl-help", "data-testid": "help-panel", hidden: true });

  // Display options.
  private readonly styleChoice = choice("Style", "style-select", [["heatmap", "heatmap + isolines"], ["filled", "filled contours"]], "heatmap");
  private readonly scaleChoice = choice("Scale", "scale-select", [["linear", "linear"], ["log", "log"]], "linear", "Colour scale");
  private readonly clipLo = numberField("clip-lo", "auto", "Colour range: low end (empty: automatic)");
  private readonly clipHi = numberField("clip-hi", "auto", "Colour range: high end (empty: automatic)");
  private readonly clipReset = button("reset", "clip-reset", "Automatic colour range");
  private readonly clipGroup = h("span", { class: "tbl-clip", role: "group", "aria-label": "Clip range" });
  private readonly fixedBox = checkbox("fixed across steps", "fixed-range", false, "One colour range for all steps (min / max over every step), instead of each step's own");
  private readonly pathBox = checkbox("path", "show-path", true, "Show the optimizer's path");
  private readonly floorBox = checkbox("floor contours", "floor-contours", true, "Contour lines on the floor under the surface");
  private readonly allMetricsBox = checkbox("all metrics", "all-metrics", false, "One panel per metric, stacked, sharing the x axis");
  private readonly overlayChoice = choice("Overlay", "overlay-select", [["none", "none"], ["steps", "other steps"], ["runs", "compared runs"]], "none", "More curves on the 1D view");
  private readonly resetViewButton = button("reset view", "reset-view", "Back to the initial zoom / camera");
  private readonly exportPng = button("PNG", "export-png", "Save the picture as PNG");
  private readonly exportCsv = button("CSV", "export-csv", "Save the grid as CSV");
  private readonly exportJson = button("JSON", "export-json", "Save the grid as JSON");
  private readonly exportGroup = h("span", { class: "tbl-export", role: "group", "aria-label": "Export" });

  // Evolution.
  private readonly playButton = button("▶", "play", "Play / pause (Space)");
  private readonly slider = h("input", { type: "range", "data-testid": "step-slider", min: 0, max: 0, step: 1, value: 0, "aria-label": "Step" });
  private readonly stepLabel = h("span", { class: "tbl-step-label", "data-testid": "step-label" });
  private readonly liveButton = button("", "live-indicator", "New steps were logged: jump to the latest (End)");
  private readonly evolution = h("div", { class: "tbl-evolution" });

  // Compare.
  private readonly compareRunsBox = h("fieldset", { class: "tbl-compare-runs", "data-testid": "compare-runs" });
  private readonly compareMode = choice("Show", "compare-mode", [["tiles", "side by side"], ["diff", "difference"]], "tiles");
  private readonly diffKind = choice("Difference of", "diff-kind", [["runs", "two runs, same step"], ["steps", "two steps, same run"]], "runs");
  private readonly diffA = picker("A", "diff-a");
  private readonly diffB = picker("B", "diff-b");
  private readonly comparePanel = h("div", { class: "tbl-compare-panel" });
  private readonly tiles = new TileGrid();
  private readonly diffView = new DiffView();

  // Page.
  private readonly options = h("div", { class: "tbl-toolbar tbl-options" });
  private readonly empty = h("div", { class: "tbl-empty", "data-testid": "empty", hidden: true }, [
    h("h2", {}, ["No loss landscapes yet"]),
    h("p", {}, ["Add three lines to your training loop; this tab picks the landscapes up by itself (or log one with tbl.add_landscape):"]),
    h("pre", {}, [h("code", {}, [EXAMPLE])]),
  ]);
  private readonly main = h("div", { class: "tbl-main", hidden: true });
  private readonly title = h("div", { class: "tbl-title", "data-testid": "title" });
  private readonly meta = h("div", { class: "tbl-meta" });
  private readonly note = h("div", { class: "tbl-note", "data-testid": "note" });
  private readonly message = h("div", { class: "tbl-message", "data-testid": "message" });
  private readonly viewSlot = h("div", { class: "tbl-view" });

  // The user's choices; kept across polls while the names exist.
  private run: string | null = null;
  private tag: string | null = null;
  private metric: string | null = null;
  /** The view asked for; a 1D tag shows "2d" and "3d" as 1D. null: 2D (1D for a 1D tag). */
  private view: ViewKind | null = null;
  /** The step shown; null: follow the latest. */
  private pinned: number | null = null;
  /** The latest step when the user left it (for the live indicator). */
  private latestAtPin: number | null = null;
  private scale: "linear" | "log" = "linear";
  private clip: Clip | null = null;
  private fixed = false;
  private path = true;
  private style: "heatmap" | "filled" = "heatmap";
  private floor = true;
  private overlay: Overlaying = "none";
  /** 1D view: one panel per metric. */
  private allMetrics = false;
  /** Runs of the Compare view; null: the default (the selected run and the next ones). */
  private compareRuns: string[] | null = null;
  private mode: CompareMode = "tiles";
  private diff: DiffSpec | null = null;

  // What the server said.
  private runsWithTag: string[] = [];
  private infos: StepInfo[] = [];
  /** Steps of other runs with the selected tag (the Compare view and 1D overlays). */
  private readonly otherSteps = new Map<string, StepInfo[]>();

  // Drawing.
  private readonly loader: FrameLoader;
  private renderer: LandscapeRenderer | null = null;
  private rendererKind: RendererKind | null = null;
  /** The record behind the picture, for export (main views and the difference map). */
  private exportable: { frame: Frame; renderer: LandscapeRenderer | null; name: (string | number)[] } | null = null;
  private drawnStep: number | null = null;
  private requestedKey: string | null = null;
  private seq = 0;
  private drawnSeq = 0;
  /** Bumped when the run or tag changes: answers for the old selection are dropped. */
  private selection = 0;
  private prefetching = false;
  private playing: ReturnType<typeof setInterval> | null = null;

  // Polling.
  private generation = 0;
  private inflight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private urlTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly hash = hashHost();
  private stopTheme: (() => void) | null = null;
  private lastError: string | null = null;
  private stopped = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly opts: AppOptions) {
    this.loader = new FrameLoader((r) => opts.api.landscape(r.run, r.tag, r.step));
    this.build();
    this.setStatus("loading", "Loading…");
    this.wire();
  }

  // ------------------------------------------------------------------------------------
  // Building the page

  private build(): void {
    for (const [kind, text, title] of VIEW_LABELS) {
      const b = button(text, `view-${kind}`, title);
      b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", () => this.setView(kind));
      this.viewButtons.set(kind, b);
      this.viewGroup.append(b);
    }
    this.helpPanel.append(
      h("div", { class: "tbl-help-title" }, ["Keyboard (focus outside the inputs)"]),
      h("dl", {}, HELP.flatMap(([k, v]) => [h("dt", {}, [k]), h("dd", {}, [v])])),
    );
    this.helpButton.setAttribute("aria-expanded", "false");
    this.helpButton.title = `Keyboard shortcuts: ${HELP.map(([k, v]) => `${k}: ${v}`).join("; ")}`;

    const toolbar = h("div", { class: "tbl-toolbar" }, [
      this.runPicker.label,
      this.tagPicker.label,
      this.metricPicker.label,
      this.viewGroup,
      this.status,
      h("span", { class: "tbl-spacer" }),
      this.helpButton,
    ]);
    this.clipGroup.append("Clip", this.clipLo, "–", this.clipHi, this.clipReset);
    this.exportGroup.append("Export", this.exportPng, this.exportCsv, this.exportJson);
    this.options.append(
      this.styleChoice.label,
      this.scaleChoice.label,
      this.clipGroup,
      this.fixedBox.label,
      this.pathBox.label,
      this.floorBox.label,
      this.overlayChoice.label,
      this.allMetricsBox.label,
      this.resetViewButton,
      this.exportGroup,
    );
    this.liveButton.hidden = true;
    this.liveButton.classList.add("tbl-live");
    this.playButton.setAttribute("aria-pressed", "false");
    this.playButton.classList.add("tbl-play");
    this.evolution.append(this.playButton, this.slider, this.stepLabel, this.liveButton);
    this.compareRunsBox.append(h("legend", {}, ["Runs"]));
    this.comparePanel.append(this.compareRunsBox, this.compareMode.label, this.diffKind.label, this.diffA.label, this.diffB.label);
    this.main.append(this.title, this.meta, this.note, this.message, this.viewSlot);
    this.root.append(toolbar, this.helpPanel, this.options, this.evolution, this.comparePanel, this.empty, this.main);
    this.metricPicker.label.hidden = true;
    this.showControls();
  }

  private wire(): void {
    const on = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
      el.addEventListener(type, fn);
    on(this.runPicker.select, "change", () => {
      this.run = this.runPicker.select.value;
      this.selectionChanged();
    });
    on(this.tagPicker.select, "change", () => {
      this.tag = this.tagPicker.select.value;
      this.selectionChanged();
    });
    on(this.metricPicker.select, "change", () => {
      this.metric = this.metricPicker.select.value;
      this.changed();
    });
    on(this.styleChoice.select, "change", () => {
      this.style = this.styleChoice.select.value === "filled" ? "filled" : "heatmap";
      this.changed();
    });
    on(this.scaleChoice.select, "change", () => {
      this.scale = this.scaleChoice.select.value === "log" ? "log" : "linear";
      this.changed();
    });
    const clipChanged = () => {
      const { clip, error } = parseClip(this.clipLo.value, this.clipHi.value);
      const invalid = error !== null || this.clipLo.validity.badInput || this.clipHi.validity.badInput;
      for (const input of [this.clipLo, this.clipHi]) input.setAttribute("aria-invalid", String(invalid));
      this.clipGroup.title = invalid ? `Clip range ignored: ${error ?? "not a number"}` : "";
      if (invalid) return;
      this.clip = clip;
      this.changed();
    };
    on(this.clipLo, "change", clipChanged);
    on(this.clipHi, "change", clipChanged);
    on(this.clipReset, "click", () => {
      this.clipLo.value = this.clipHi.value = "";
      clipChanged();
    });
    on(this.fixedBox.input, "change", () => {
      this.fixed = this.fixedBox.input.checked;
      this.changed();
    });
    on(this.pathBox.input, "change", () => {
      this.path = this.pathBox.input.checked;
      this.changed();
    });
    on(this.floorBox.input, "change", () => {
      this.floor = this.floorBox.input.checked;
      this.changed();
    });
    on(this.allMetricsBox.input, "change", () => {
      this.allMetrics = this.allMetricsBox.input.checked;
      this.changed();
    });
    on(this.overlayChoice.select, "change", () => {
      const v = this.overlayChoice.select.value;
      this.overlay = v === "steps" || v === "runs" ? v : "none";
      this.saveUrl();
      if (this.overlay === "runs") void this.refresh();
      else this.update();
    });
    on(this.resetViewButton, "click", () => {
      this.renderer?.resetView();
      this.tiles.resetView();
      this.diffView.resetView();
    });
    on(this.exportPng, "click", () => void this.export("png"));
    on(this.exportCsv, "click", () => void this.export("csv"));
    on(this.exportJson, "click", () => void this.export("json"));
    on(this.playButton, "click", () => this.togglePlay());
    // A drag fires many input events per frame: draw the last one of each frame only.
    let sliderFrame = 0;
    on(this.slider, "input", () => {
      if (sliderFrame) return;
      sliderFrame = requestAnimationFrame(() => {
        sliderFrame = 0;
        this.setIndex(Number(this.slider.value));
      });
    });
    on(this.liveButton, "click", () => this.goLatest());
    on(this.helpButton, "click", () => this.toggleHelp());
    on(this.compareMode.select, "change", () => {
      this.mode = this.compareMode.select.value === "diff" ? "diff" : "tiles";
      this.diff = this.mode === "diff" ? this.defaultDiff(this.diffKind.select.value === "steps" ? "steps" : "runs") : null;
      this.saveUrl();
      void this.refresh();
    });
    on(this.diffKind.select, "change", () => {
      this.diff = this.defaultDiff(this.diffKind.select.value === "steps" ? "steps" : "runs");
      this.saveUrl();
      void this.refresh();
    });
    const diffPicked = () => {
      if (!this.diff) return;
      const a = this.diffA.select.value;
      const b = this.diffB.select.value;
      this.diff = this.diff.kind === "runs" ? { kind: "runs", a, b } : { kind: "steps", a: Number(a), b: Number(b) };
      this.saveUrl();
      void this.refresh();
    };
    on(this.diffA.select, "change", diffPicked);
    on(this.diffB.select, "change", diffPicked);
    on(this.compareRunsBox, "change", () => {
      const boxes = Array.from(this.compareRunsBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]"));
      this.compareRuns = boxes.filter((b) => b.checked).map((b) => b.value);
      this.saveUrl();
      void this.refresh();
    });
    const onKey = (e: KeyboardEvent) => this.onKey(e);
    document.addEventListener("keydown", onKey);
    this.cleanups.push(() => document.removeEventListener("keydown", onKey));
  }

  // ------------------------------------------------------------------------------------
  // Life cycle

  /** Reads the URL, follows the theme, loads the first picture and starts polling. */
  start(): void {
    this.applyUrl(readState(this.hash.get(), PLUGIN));
    this.stopTheme = followTheme(document.documentElement);
    window.__TBL_DRAWS = window.__TBL_DRAWS ?? 0;
    window.__TBL_APP = {
      setStep: (step: number) => {
        const i = this.infos.findIndex((s) => s.step === step);
        const j = i >= 0 ? i : indexAtOrBelow(this.stepNumbers(), step);
        if (j >= 0) this.setIndex(j);
      },
      steps: () => this.stepNumbers(),
    };
    void this.refresh().then(() => this.schedule());
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.urlTimer !== null) clearTimeout(this.urlTimer);
    this.timer = this.urlTimer = null;
    this.stopPlay();
    this.generation++;
    this.loader.cancelPending();
    this.stopTheme?.();
    this.cleanups.forEach((f) => f());
    this.renderer?.dispose();
    this.tiles.dispose();
    this.diffView.dispose();
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
    this.pinned = this.latestAtPin = null;
    this.setStatus("loading", "Loading…");
    this.saveUrl();
    void this.refresh();
  }

  /** A display option changed: redraw and remember it in the URL. */
  private changed(): void {
    this.saveUrl();
    this.update();
  }

  /** Re-reads tags and steps, then shows what the controls ask for. */
  refresh(): Promise<void> {
    const generation = ++this.generation;
    const p = this.load(generation).finally(() => {
      if (this.inflight === p) this.inflight = null;
    });
    this.inflight = p;
    return p;
  }

  private async load(generation: number): Promise<void> {
    const { api } = this.opts;
    const current = () => generation === this.generation && !this.stopped;
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
      if (run !== this.run || tag !== this.tag) {
        // The chosen run or tag is gone from the logs (or none was chosen yet): do not
        // show the old picture under another name.
        if (this.drawnStep !== null) {
          this.clearView();
          this.pinned = this.latestAtPin = null;
        } else {
          this.selection++; // a request for the old selection still under way is not drawn
        }
        this.run = run;
        this.tag = tag;
        this.saveUrl();
      }
      if (run === null || tag === null) return;
      this.runsWithTag = runs.filter((r) => tags[r][tag] !== undefined);

      const extra = this.extraRuns().filter((r) => r !== run);
      const [steps, ...others] = await Promise.all([
        api.steps(run, tag),
        ...extra.map((r) => api.steps(r, tag).catch(() => null)),
      ]);
      if (!current()) return;
      this.otherSteps.clear();
      extra.forEach((r, i) => {
        const s = others[i];
        if (s) this.otherSteps.set(r, s.steps);
      });
      this.showSkipped(steps);
      this.infos = steps.steps;
      if (this.infos.length === 0) {
        // The picture area (and the note in it) is hidden until a frame is drawn: say why here.
        const first = steps.skipped[0];
        this.setStatus(
          "error",
          first
            ? `No readable record for this run and tag (step ${first.step}: ${first.error})`
            : "No readable record for this run and tag.",
        );
        return;
      }
      this.lastError = null;
      // Opened on a step from the URL: new steps from now on light the live indicator.
      if (this.pinned !== null && this.latestAtPin === null) this.latestAtPin = this.infos[this.infos.length - 1].step;
      this.update();
    } catch (e) {
      if (!current()) return;
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    const text = errorText(e);
    // Polling repeats a failure every few seconds: log each distinct one once.
    if (text !== this.lastError) console.warn("tb-landscape:", e);
    this.lastError = text;
    this.setStatus("error", text);
  }

  // ------------------------------------------------------------------------------------
  // What to show

  private stepNumbers(): number[] {
    return this.infos.map((s) => s.step);
  }

  private stepsOf(run: string): StepInfo[] {
    return run === this.run ? this.infos : (this.otherSteps.get(run) ?? []);
  }

  private dims(): 1 | 2 | null {
    return this.infos.length ? this.infos[this.infos.length - 1].dims : null;
  }

  /** The view shown: the one asked for, where the tag's dimensions allow it. */
  private effectiveView(): ViewKind {
    const dims = this.dims();
    const v = this.view ?? (dims === 1 ? "1d" : "2d");
    return dims === 1 && (v === "2d" || v === "3d") ? "1d" : v;
  }

  /** The runs the Compare view shows as tiles (all have the selected tag). */
  private comparedRuns(): string[] {
    const wanted = this.compareRuns ?? defaultCompareRuns(this.runsWithTag, this.run);
    return wanted.filter((r) => this.runsWithTag.includes(r));
  }

  /** Runs other than the selected one whose steps the current view needs. */
  private extraRuns(): string[] {
    const view = this.effectiveView();
    if (view === "compare" && this.mode === "diff" && this.diff?.kind === "runs") return [this.diff.a, this.diff.b];
    if (view === "compare" || (view === "1d" && this.overlay === "runs")) return this.comparedRuns();
    return [];
  }

  private defaultDiff(kind: "runs" | "steps"): DiffSpec {
    if (kind === "runs") {
      const runs = this.runsWithTag;
      const a = this.run ?? runs[0] ?? "";
      return { kind, a, b: runs.find((r) => r !== a) ?? a };
    }
    const steps = this.stepNumbers();
    const i = resolveIndex(steps, this.pinned);
    return { kind, a: steps[i] ?? 0, b: steps[0] ?? 0 };
  }

  private ref(run: string, info: StepInfo): FrameRef {
    return { run, tag: this.tag!, step: info.step, wallTime: info.wall_time };
  }

  /** The colour domain for `frames` (their shared scale), from the options. */
  private domainFor(frames: (Frame | null)[], runs: string[]): Range | null {
    const metric = this.metric ?? "";
    if (this.fixed) {
      const fixed = unionRanges(runs.map((r) => rangeOverSteps(this.stepsOf(r), metric)));
      if (fixed) return applyClip(fixed, this.clip);
    }
    if (!this.clip && frames.length <= 1) return null; // the renderer's own extent
    const extents = frames.map((f) => {
      const m = f ? f.header.metrics.indexOf(metric) : -1;
      return f && m >= 0 ? finiteExtent(metricValues(f, m)) : null;
    });
    return applyClip(unionRanges(extents), this.clip);
  }

  private viewOptions(frame: Frame | null, domain: Range | null): ViewOptions {
    const m = frame ? Math.max(0, frame.header.metrics.indexOf(this.metric ?? "")) : 0;
    return {
      ...DEFAULT_VIEW,
      metric: m,
      scale: this.scale,
      domain,
      style: this.style,
      path: this.path,
      floorContours: this.floor,
      overlays: [],
    };
  }

  private scene(): Scene | null {
    const run = this.run;
    const tag = this.tag;
    const steps = this.stepNumbers();
    if (run === null || tag === null || steps.length === 0) return null;
    const index = resolveIndex(steps, this.pinned);
    const info = this.infos[index];
    const view = this.effectiveView();
    const opts = JSON.stringify([view, this.metric, this.scale, this.clip, this.fixed, this.path, this.style, this.floor, this.allMetrics]);
    if (view !== "compare") return this.mainScene(view, run, index, info, opts);
    if (this.mode === "diff" && this.diff) return this.diffScene(run, info, opts);
    return this.tileScene(info, opts);
  }

  private mainScene(view: RendererKind, run: string, index: number, info: StepInfo, opts: string): Scene {
    const needs: Scene["needs"] = [{ ref: this.ref(run, info) }];
    const labels: string[] = [];
    if (view === "1d" && this.overlay === "steps") {
      for (const i of overlayIndices(this.infos.length, index)) {
        needs.push({ ref: this.ref(run, this.infos[i]), optional: true });
        labels.push(`step ${this.infos[i].step}`);
      }
    } else if (view === "1d" && this.overlay === "runs") {
      for (const r of this.comparedRuns()) {
        if (r === run) continue;
        const rs = this.stepsOf(r);
        const s = tileStep(rs.map((x) => x.step), this.pinned === null ? null : info.step);
        const ri = rs.find((x) => x.step === s);
        if (!ri) continue;
        needs.push({ ref: this.ref(r, ri), optional: true });
        labels.push(`${r} · step ${ri.step}`);
      }
    }
    const key = ["main", opts, this.overlay, ...needs.map((n) => refKey(n.ref))].join("\u0001");
    return {
      key,
      step: info.step,
      needs,
      draw: (frames) => {
        const frame = frames[0]!;
        const overlays: Overlay[] = [];
        frames.slice(1).forEach((f, i) => f && overlays.push({ label: labels[i], frame: f }));
        // The view follows the latest step's dimensions; an older 1D step of the tag is drawn
        // as curves (the heatmap and the surface need a 2D landscape).
        const kind: RendererKind = frame.header.dims === 1 ? "1d" : view;
        const renderer = this.mainRenderer(kind);
        const runs = this.overlay === "runs" && kind === "1d" ? [run, ...this.comparedRuns()] : [run];
        // Metrics can differ between steps: a step without the selected one shows its first
        // metric, under its own name and with its own colour range (not the other metric's).
        const m = frame.header.metrics.indexOf(this.metric ?? "");
        const domain = m >= 0 ? this.domainFor(kind === "1d" ? frames : [frame], runs) : null;
        const allMetrics = this.allMetrics && kind === "1d";
        this.drawTimed(() => renderer.draw(frame, { ...this.viewOptions(frame, domain), overlays, allMetrics }));
        const { header } = frame;
        this.title.textContent = `${header.run} · ${header.tag} · step ${header.step} · ${header.metrics[Math.max(0, m)] ?? ""}`;
        this.meta.textContent = describe(header);
        this.exportable = { frame, renderer, name: [header.run, header.tag, header.step] };
      },
    };
  }

  private tileScene(info: StepInfo, opts: string): Scene {
    const runs = this.comparedRuns();
    const pinned = this.pinned === null ? null : info.step;
    const slots = runs.map((r) => {
      const rs = this.stepsOf(r);
      const s = tileStep(rs.map((x) => x.step), pinned);
      return { run: r, info: rs.find((x) => x.step === s) ?? null, known: rs.length > 0 };
    });
    const needs = slots.filter((s) => s.info).map((s) => ({ ref: this.ref(s.run, s.info!), optional: true }));
    const key = ["tiles", opts, ...runs, ...needs.map((n) => refKey(n.ref))].join("\u0001");
    return {
      key,
      step: info.step,
      needs,
      draw: (frames) => {
        let k = 0;
        const items: TileItem[] = slots.map((s) => {
          if (!s.info) {
            return {
              run: s.run,
              frame: null,
              caption: "",
              message: s.known ? `no step ≤ ${info.step}` : "no readable record",
            };
          }
          const frame = frames[k++];
          return { run: s.run, frame, caption: `step ${s.info.step}`, message: frame ? undefined : "could not be loaded" };
        });
        const domain = this.domainFor(items.map((i) => i.frame), runs);
        this.showPanel("tiles");
        this.drawTimed(() => this.tiles.show(items, this.metric ?? "", this.viewOptions(null, domain)));
        this.title.textContent = `${this.tag} · ${runs.length} run${runs.length === 1 ? "" : "s"} · ${pinned === null ? "latest steps" : `step ≤ ${info.step}`} · ${this.metric ?? ""}`;
        this.meta.textContent = !runs.length
          ? "Choose runs to compare."
          : this.dims() === 2 ? "One colour scale for all tiles." : "One value range for all tiles.";
        this.exportable = null;
      },
    };
  }

  private diffScene(run: string, info: StepInfo, opts: string): Scene {
    const diff = this.diff!;
    const metric = this.metric ?? "";
    let a: { run: string; info: StepInfo | undefined; label: string };
    let b: typeof a;
    if (diff.kind === "runs") {
      const pick = (r: string) => {
        const rs = this.stepsOf(r);
        const s = tileStep(rs.map((x) => x.step), this.pinned === null ? null : info.step);
        return rs.find((x) => x.step === s);
      };
      a = { run: diff.a, info: pick(diff.a), label: diff.a };
      b = { run: diff.b, info: pick(diff.b), label: diff.b };
    } else {
      a = { run, info: this.infos.find((s) => s.step === diff.a), label: `step ${diff.a}` };
      b = { run, info: this.infos.find((s) => s.step === diff.b), label: `step ${diff.b}` };
    }
    const needs = [a, b].filter((x) => x.info).map((x) => ({ ref: this.ref(x.run, x.info!) }));
    const key = ["diff", opts, JSON.stringify(diff), ...needs.map((n) => refKey(n.ref))].join("\u0001");
    const caption = diff.kind === "runs"
      ? `${a.label}${a.info ? ` (step ${a.info.step})` : ""} − ${b.label}${b.info ? ` (step ${b.info.step})` : ""}`
      : `${run}: ${a.label} − ${b.label}`;
    return {
      key,
      step: info.step,
      needs,
      draw: (frames) => {
        this.showPanel("diff");
        this.title.textContent = `${this.tag} · difference · ${metric}`;
        this.meta.textContent = "A − B: red where A is higher, blue where it is lower.";
        this.exportable = null;
        if (!a.info || !b.info) {
          const missing = !a.info ? a : b;
          this.diffView.showMessage(caption, `${missing.label} has no step${diff.kind === "runs" ? ` ≤ ${info.step}` : ""} to compare.`);
          return;
        }
        const r = diffFrames(frames[0]!, frames[1]!, metric, { a: a.label, b: b.label });
        if (!r.ok) {
          this.diffView.showMessage(caption, r.error);
          return;
        }
        const clipM = this.clip ? Math.max(...this.clip.filter((v): v is number => v !== null).map(Math.abs)) : 0;
        const domain = clipM > 0 ? ([-clipM, clipM] as Range) : symmetricDomain(r.frame.values);
        const opts: ViewOptions = { ...this.viewOptions(r.frame, domain), metric: 0, scale: "linear", palette: "diverging", path: false };
        this.drawTimed(() => this.diffView.show(r.frame, caption, opts));
        const name = diff.kind === "runs" ? [diff.a, "minus", diff.b, this.tag!, "step", info.step] : [run, this.tag!, diff.a, "minus", diff.b];
        this.exportable = { frame: r.frame, renderer: this.diffView.current, name };
      },
    };
  }

  /** The renderer of a main view, made when the kind changes, else the one kept. */
  private mainRenderer(kind: RendererKind): LandscapeRenderer {
    this.showPanel("main");
    if (!this.renderer || this.rendererKind !== kind) {
      this.renderer?.dispose();
      this.renderer = null;
      try {
        this.renderer = createRenderer(kind);
      } catch (e) {
        // e.g. no WebGL for the 3D view: say so, and fall back to the 2D view's renderer.
        this.message.textContent = `The ${kind.toUpperCase()} view is not available here: ${(e as Error).message}`;
        this.renderer = createRenderer(kind === "3d" ? "2d" : "1d");
      }
      this.rendererKind = kind;
      this.viewSlot.replaceChildren(this.renderer.element);
    }
    return this.renderer;
  }

  private panel: "main" | "tiles" | "diff" | null = null;

  /** Puts the main renderer, the tiles or the difference map in the view slot. */
  private showPanel(panel: "main" | "tiles" | "diff"): void {
    if (panel === this.panel) return;
    this.panel = panel;
    if (panel !== "main") this.message.textContent = "";
    const el = panel === "main" ? this.renderer?.element : panel === "tiles" ? this.tiles.element : this.diffView.element;
    this.viewSlot.replaceChildren(...(el ? [el] : []));
  }

  private drawTimed(draw: () => void): void {
    const t0 = performance.now();
    draw();
    performance.mark("tbl-drawn");
    window.__TBL_LAST_DRAW_MS = performance.now() - t0;
    window.__TBL_DRAWS = (window.__TBL_DRAWS ?? 0) + 1;
  }

  /**
   * Shows what the controls ask for: draws at once from the cache, or requests the frames
   * and draws them when they come (unless something newer was drawn meanwhile).
   */
  private update(): void {
    this.syncControls();
    const sc = this.scene();
    if (!sc) return;
    if (sc.key === this.requestedKey) {
      // Nothing new to draw (a poll): the picture is up to date, unless still loading.
      if (this.drawnSeq === this.seq) this.setStatus("ready", this.readyText());
      return;
    }
    this.requestedKey = sc.key;
    const seq = ++this.seq;
    const selection = this.selection;
    const cached = sc.needs.map((n) => this.loader.cached(n.ref) ?? null);
    if (cached.every((f) => f !== null)) {
      this.commit(seq, selection, sc, cached);
    } else {
      this.setStatus("loading", `Loading step ${sc.step}…`);
      const loads = sc.needs.map((n, i) =>
        cached[i] ? Promise.resolve(cached[i]) : this.loader.load(n.ref).catch((e) => (n.optional && !(e instanceof CancelledError) ? null : Promise.reject(e))),
      );
      Promise.all(loads).then(
        (frames) => this.commit(seq, selection, sc, frames),
        (e) => {
          if (seq !== this.seq || selection !== this.selection || e instanceof CancelledError) return;
          this.requestedKey = null; // the next poll tries again
          this.stopPlay(); // play waits for each step to be drawn: it would wait forever
          this.fail(e);
        },
      );
    }
    this.prefetch();
  }

  private commit(seq: number, selection: number, sc: Scene, frames: (Frame | null)[]): void {
    if (seq <= this.drawnSeq || selection !== this.selection || this.stopped) return;
    this.drawnSeq = seq;
    try {
      sc.draw(frames);
    } catch (e) {
      this.fail(e);
      return;
    }
    this.main.hidden = false;
    this.drawnStep = sc.step;
    for (const b of [this.exportPng, this.exportCsv, this.exportJson]) b.disabled = this.exportable === null;
    if (seq === this.seq) this.setStatus("ready", this.readyText());
    else this.setStatus("loading", this.status.textContent ?? "");
  }

  /** After the slider was used: fetch the neighbouring steps in the background. */
  private prefetch(): void {
    if (!this.prefetching || this.run === null || this.tag === null) return;
    const run = this.run;
    const index = resolveIndex(this.stepNumbers(), this.pinned);
    const plan = prefetchPlan(
      this.infos,
      index,
      this.loader.cache.maxBytes * 0.75,
      (i) => estimateBytes(i.shape),
      (i) => this.loader.isHeld(this.ref(run, i)),
    );
    this.loader.prefetch(plan.map((i) => this.ref(run, i)));
  }

  // ------------------------------------------------------------------------------------
  // Steps, play, live

  private setIndex(i: number): void {
    const steps = this.stepNumbers();
    if (steps.length === 0) return;
    const j = Math.max(0, Math.min(steps.length - 1, i));
    this.prefetching = true;
    if (j === steps.length - 1) {
      this.pinned = this.latestAtPin = null;
    } else {
      if (this.pinned === null) this.latestAtPin = steps[steps.length - 1];
      this.pinned = steps[j];
    }
    this.saveUrl();
    this.update();
  }

  private currentIndex(): number {
    return resolveIndex(this.stepNumbers(), this.pinned);
  }

  private goLatest(): void {
    this.setIndex(this.infos.length - 1);
  }

  private togglePlay(): void {
    if (this.playing !== null) {
      this.stopPlay();
      return;
    }
    const n = this.infos.length;
    if (n < 2) return;
    if (this.currentIndex() >= n - 1) this.setIndex(0);
    this.prefetching = true;
    this.playing = setInterval(() => this.tick(), PLAY_INTERVAL_MS);
    this.playButton.textContent = "❚❚";
    this.playButton.setAttribute("aria-pressed", "true");
  }

  /** One step further once the current one is drawn; stops at the latest (which it then follows). */
  private tick(): void {
    if (this.drawnSeq !== this.seq) return; // still loading: wait, do not skip steps
    const i = this.currentIndex();
    if (i >= this.infos.length - 1) {
      this.stopPlay();
      return;
    }
    this.setIndex(i + 1);
    if (this.currentIndex() >= this.infos.length - 1) this.stopPlay();
  }

  private stopPlay(): void {
    if (this.playing !== null) clearInterval(this.playing);
    this.playing = null;
    this.playButton.textContent = "▶";
    this.playButton.setAttribute("aria-pressed", "false");
  }

  // ------------------------------------------------------------------------------------
  // Controls

  private setView(view: ViewKind): void {
    const dims = this.dims();
    if (dims === 1 && (view === "2d" || view === "3d")) return;
    if (this.effectiveView() === view && this.view !== null) return;
    this.view = view;
    this.saveUrl();
    if (view === "compare" || (view === "1d" && this.overlay === "runs")) void this.refresh();
    else this.update();
  }

  /** Brings every control in line with the state (after a poll or a change). */
  private syncControls(): void {
    const view = this.effectiveView();
    const dims = this.dims();
    for (const [kind, b] of this.viewButtons) {
      b.setAttribute("aria-pressed", String(kind === view));
      b.disabled = dims === 1 && (kind === "2d" || kind === "3d");
    }
    // Metrics of the latest step.
    const metrics = this.infos.length ? this.infos[this.infos.length - 1].metrics : [];
    const metric = setOptions(this.metricPicker.select, metrics, this.metric);
    if (metric !== this.metric && metric !== null) {
      this.metric = metric;
      this.saveUrl();
    }
    this.metricPicker.label.hidden = metrics.length <= 1;

    // Slider and live indicator.
    const steps = this.stepNumbers();
    const n = steps.length;
    const i = resolveIndex(steps, this.pinned);
    this.slider.max = String(Math.max(0, n - 1));
    this.slider.value = String(Math.max(0, i));
    this.slider.disabled = n < 2;
    this.playButton.disabled = n < 2;
    const step = i >= 0 ? steps[i] : null;
    this.slider.setAttribute("aria-valuetext", step === null ? "no step" : `step ${step}`);
    this.stepLabel.textContent = step === null ? "" : `step ${step} (${i + 1}/${n})${this.pinned === null ? " · latest" : ""}`;
    const latest = n ? steps[n - 1] : null;
    const fresh = this.pinned !== null && latest !== null && this.latestAtPin !== null && latest > this.latestAtPin;
    this.liveButton.hidden = !fresh;
    if (fresh) this.liveButton.textContent = `● new step ${latest}`;

    this.syncCompareControls();
    this.showControls();
  }

  private syncCompareControls(): void {
    // Run check boxes: rebuilt only when the runs changed, so focus stays on a poll.
    const runs = this.runsWithTag;
    const chosen = new Set(this.comparedRuns());
    const boxes = Array.from(this.compareRunsBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]"));
    if (boxes.length !== runs.length || boxes.some((b, i) => b.value !== runs[i])) {
      const legend = h("legend", {}, ["Runs"]);
      this.compareRunsBox.replaceChildren(
        legend,
        ...runs.map((r) => {
          const input = h("input", { type: "checkbox", value: r });
          return h("label", { class: "tbl-check", title: r }, [input, r]);
        }),
      );
    }
    for (const b of this.compareRunsBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) b.checked = chosen.has(b.value);

    this.compareMode.select.value = this.mode;
    const diff = this.mode === "diff" ? (this.diff ?? this.defaultDiff("runs")) : null;
    if (diff && !this.diff) this.diff = diff;
    this.diffKind.label.hidden = this.diffA.label.hidden = this.diffB.label.hidden = diff === null;
    if (diff) {
      this.diffKind.select.value = diff.kind;
      const pairs: [string, string][] = diff.kind === "runs"
        ? runs.map((r) => [r, r])
        : this.stepNumbers().map((s) => [String(s), `step ${s}`]);
      setPairs(this.diffA.select, pairs, String(diff.a));
      setPairs(this.diffB.select, pairs, String(diff.b));
    }
  }

  /** Shows the controls the current view uses, hides the others. */
  private showControls(): void {
    const view = this.effectiveView();
    const have = this.infos.length > 0;
    const diff = view === "compare" && this.mode === "diff";
    const diffSteps = diff && this.diff?.kind === "steps";
    this.options.hidden = this.evolution.hidden = !have;
    this.styleChoice.label.hidden = !(view === "2d" || (view === "compare" && this.dims() === 2));
    this.scaleChoice.label.hidden = diff;
    this.fixedBox.label.hidden = diff;
    this.pathBox.label.hidden = diff;
    this.floorBox.label.hidden = view !== "3d";
    this.overlayChoice.label.hidden = view !== "1d";
    const metrics = this.infos.length ? this.infos[this.infos.length - 1].metrics : [];
    this.allMetricsBox.label.hidden = view !== "1d" || metrics.length <= 1;
    this.exportGroup.hidden = view === "compare" && !diff;
    this.evolution.hidden = !have || diffSteps;
    this.comparePanel.hidden = !have || view !== "compare";
    this.compareRunsBox.hidden = diff;
  }

  private toggleHelp(): void {
    this.helpPanel.hidden = !this.helpPanel.hidden;
    this.helpButton.setAttribute("aria-expanded", String(!this.helpPanel.hidden));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || (this.infos.length === 0 && e.key !== "?")) return;
    const t = e.target instanceof HTMLElement ? e.target : document.body;
    // A focused plot (the 3D surface) turns and zooms with the arrow keys itself.
    const interactive = t.tagName === "CANVAS" || t.tagName === "svg";
    const action = keyAction(e.key, { tag: t.tagName, type: (t as HTMLInputElement).type, editable: t.isContentEditable }, {
      ctrl: e.ctrlKey,
      alt: e.altKey,
      meta: e.metaKey,
    });
    if (!action) return;
    if (interactive && (action.kind === "step" || action.kind === "first" || action.kind === "latest")) return;
    e.preventDefault();
    switch (action.kind) {
      case "step":
        this.setIndex(this.currentIndex() + action.delta);
        break;
      case "first":
        this.setIndex(0);
        break;
      case "latest":
        this.goLatest();
        break;
      case "play":
        this.togglePlay();
        break;
      case "view":
        this.setView(action.view);
        break;
      case "help":
        this.toggleHelp();
        break;
    }
  }

  // ------------------------------------------------------------------------------------
  // Export

  private async export(kind: "png" | "csv" | "json"): Promise<void> {
    const ex = this.exportable;
    if (!ex) return;
    const name = exportFilename(ex.name, kind);
    try {
      let blob: Blob;
      if (kind === "png") {
        if (!ex.renderer) throw new Error("nothing drawn");
        blob = await ex.renderer.toPng();
      } else if (kind === "csv") {
        blob = new Blob([frameToCsv(ex.frame)], { type: "text/csv" });
      } else {
        blob = new Blob([frameToJson(ex.frame)], { type: "application/json" });
      }
      download(blob, name);
      this.exportGroup.title = `Saved ${name}`;
    } catch (e) {
      this.exportGroup.title = `Export failed: ${(e as Error).message}`;
      this.message.textContent = `Export failed: ${(e as Error).message}`;
    }
  }

  // ------------------------------------------------------------------------------------
  // URL

  private applyUrl(st: UrlState): void {
    this.run = st.run ?? null;
    this.tag = st.tag ?? null;
    this.metric = st.metric ?? null;
    this.view = st.view ?? null;
    this.pinned = st.step ?? null;
    this.scale = st.scale ?? "linear";
    this.clip = st.clip ?? null;
    this.fixed = st.fixed ?? false;
    this.path = st.path ?? true;
    this.style = st.style ?? "heatmap";
    this.floor = st.floor ?? true;
    this.overlay = st.overlay ?? "none";
    this.overlayChoice.select.value = this.overlay;
    this.allMetrics = st.allMetrics ?? false;
    this.allMetricsBox.input.checked = this.allMetrics;
    this.compareRuns = st.compare ?? null;
    this.diff = st.diff ?? null;
    this.mode = this.diff ? "diff" : "tiles";
    this.styleChoice.select.value = this.style;
    this.scaleChoice.select.value = this.scale;
    this.clipLo.value = this.clip?.[0] === null || !this.clip ? "" : String(this.clip[0]);
    this.clipHi.value = this.clip?.[1] === null || !this.clip ? "" : String(this.clip[1]);
    this.fixedBox.input.checked = this.fixed;
    this.pathBox.input.checked = this.path;
    this.floorBox.input.checked = this.floor;
  }

  private urlState(): UrlState {
    const st: UrlState = {};
    if (this.run !== null) st.run = this.run;
    if (this.tag !== null) st.tag = this.tag;
    if (this.metric !== null) st.metric = this.metric;
    if (this.view !== null) st.view = this.view;
    if (this.pinned !== null) st.step = this.pinned;
    if (this.scale !== "linear") st.scale = this.scale;
    if (this.clip) st.clip = this.clip;
    if (this.fixed) st.fixed = true;
    if (!this.path) st.path = false;
    if (this.style !== "heatmap") st.style = this.style;
    if (!this.floor) st.floor = false;
    if (this.overlay !== "none") st.overlay = this.overlay;
    if (this.allMetrics) st.allMetrics = true;
    if (this.compareRuns) st.compare = this.compareRuns;
    if (this.mode === "diff" && this.diff) st.diff = this.diff;
    return st;
  }

  /** Writes the state into the URL shortly (a drag of the slider writes once). */
  private saveUrl(): void {
    if (this.urlTimer !== null) clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      this.urlTimer = null;
      try {
        const before = this.hash.get();
        const after = writeState(before, this.urlState(), PLUGIN);
        if (after !== before) this.hash.set(after);
      } catch (e) {
        console.warn("tb-landscape: cannot write the URL", e);
      }
    }, URL_WRITE_DELAY_MS);
  }

  // ------------------------------------------------------------------------------------
  // Status, empty state

  private readyText(): string {
    const n = this.infos.length;
    return `Step ${this.drawnStep} · ${n} step${n === 1 ? "" : "s"} logged`;
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

  /** Drops the picture and everything known about the selection (the renderers stay). */
  private clearView(): void {
    this.selection++;
    this.stopPlay();
    this.loader.cancelPending();
    this.prefetching = false;
    this.exportable = null;
    this.drawnStep = null;
    this.requestedKey = null;
    this.infos = [];
    this.otherSteps.clear();
    this.main.hidden = true;
    this.note.textContent = "";
    this.message.textContent = "";
    this.showControls();
  }

  private showEmpty(): void {
    this.clearView();
    this.run = this.tag = null;
    this.runsWithTag = [];
    this.empty.hidden = false;
    this.runPicker.label.hidden = this.tagPicker.label.hidden = this.metricPicker.label.hidden = true;
    this.runPicker.select.replaceChildren();
    this.tagPicker.select.replaceChildren();
    this.comparePanel.hidden = true;
    this.setStatus("empty", "No landscape data.");
  }

  private setStatus(state: State, text: string): void {
    if (state !== "error") this.lastError = null;
    this.status.dataset.state = state;
    this.status.dataset.step = this.drawnStep === null ? "" : String(this.drawnStep);
    this.status.textContent = text;
  }
}
