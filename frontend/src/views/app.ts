/**
 * The Landscape tab: the toolbar, the options, the step slider with play, the Compare
 * panel and the picture; polling of `tags` and `steps`; the URL; the keyboard.
 *
 * What the user asked to see is one immutable `ViewState` (state.ts). The controls, their
 * visibility and the URL all come from the options table (options.ts): a control's change
 * makes a new state through its table entry, and the page redraws. What the server said is
 * `Loaded` (runs, tags, steps) plus the steps of other runs the view needs.
 *
 * State machine of the status element (`data-testid="status"`):
 *   loading  a request for the selection is under way
 *   ready    the requested step of the selection is drawn (`data-step`)
 *   empty    the logs hold no landscape
 *   error    the last request failed; the last good picture of the same selection stays
 *
 * Drawing: every change (a control, the slider, a poll, a window resize) calls `update()`,
 * which builds the scene to show (scenes.ts: the frames it needs and how to draw them) and
 * its key. Same key as the last request: nothing to do. Else the request gets a sequence
 * number; its frames come from the cache at once or from the loader (2 requests in flight,
 * newest first), and it is drawn when they are there unless a newer request was drawn
 * already: pictures never go back in time. Renderers are kept across draws (zoom, camera
 * survive) and recreated only when the view kind or the number of dimensions changes.
 */

import type { LandscapeApi, StepInfo, StepsResponse } from "../api";
import { type ChartData, chartMeta, chartSteps, drawChart } from "./renderers";
import { estimateBytes } from "../compute/cache";
import { exportFilename, frameToCsv, frameToJson } from "../compute/export";
import type { Frame } from "../compute/frame";
import { h } from "../render/dom";
import { type BoundControl, bindControl, button, sortNames } from "./controls";
import { download } from "./download";
import { titledPng } from "../render/png";
import { CancelledError, FrameLoader } from "./loader";
import { ALL_OPTIONS, context, type Context, type Option, OPTIONS, type Place, readUrl, writeUrl } from "./options";
import { emptyContent, errorText, hashHost, helpContent, HELP } from "./page";
import { Player } from "./play";
import { RunsView } from "./runs";
import { buildScene, frameRef, type Scene } from "./scenes";
import { Stage } from "./stage";
import { loadPathSteps, pathStepsMissing, pathTagsToLoad } from "./paths";
import { DEFAULT_STATE, effectiveView, extraRuns, type Loaded, NOTHING_LOADED, pendingWish, stepNumbers, type ViewKind, type ViewState } from "./state";
import { indexAtOrBelow, keyAction, prefetchPlan, resolveIndex } from "./steps";
import { followTheme } from "./theme";

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
  }
}

const URL_WRITE_DELAY_MS = 150;
const PLUGIN = "landscape";

/** The first of `names` unless `preferred` is among them; null when there are none. */
function pick(names: readonly string[], preferred: string | null): string | null {
  return preferred !== null && names.includes(preferred) ? preferred : (names[0] ?? null);
}


export class LandscapeApp {
  readonly root = h("div", { class: "tbl-root" });
  /** The URL's run and tag while they are not in the logs yet (`pendingWish`). */
  private wish: { run: string | null; tag: string | null } | null = null;

  private state: ViewState = DEFAULT_STATE;
  private loaded: Loaded = NOTHING_LOADED;
  /** Steps of other runs with the selected tag (the Compare view and 1D overlays). */
  private readonly otherSteps = new Map<string, StepInfo[]>();
  /** The latest step when the user left it (for the live indicator). */
  private latestAtPin: number | null = null;

  // The page.
  private readonly controls: BoundControl[] = [];
  private readonly places: Record<Place, HTMLElement> = {
    toolbar: h("div", { class: "tbl-toolbar" }),
    options: h("div", { class: "tbl-toolbar tbl-options" }),
    evolution: h("div", { class: "tbl-evolution" }),
    compare: h("div", { class: "tbl-compare-panel" }),
    runs: h("div", { class: "tbl-toolbar tbl-runs-panel" }),
  };
  private readonly runsView = new RunsView((run) => this.openRun(run));
  private readonly status = h("span", { class: "tbl-status", "data-testid": "status", role: "status" });
  private readonly helpButton = button("?", "help", `Keyboard shortcuts: ${HELP.map(([k, v]) => `${k}: ${v}`).join("; ")}`);
  private readonly helpPanel = h("div", { class: "tbl-help", "data-testid": "help-panel", hidden: true }, helpContent());
  private readonly resetViewButton = button("reset view", "reset-view", "Back to the initial zoom / camera");
  private readonly exportButtons = {
    png: button("PNG", "export-png", "Save the picture as PNG, titled with run, tag, step and metric"),
    csv: button("CSV", "export-csv", "Save the grid as CSV"),
    json: button("JSON", "export-json", "Save the grid as JSON"),
  };
  private readonly exportGroup = h("span", { class: "tbl-export", role: "group", "aria-label": "Export" });
  private readonly playButton = button("▶", "play", "Play / pause (Space)");
  private readonly slider = h("input", { type: "range", "data-testid": "step-slider", min: 0, max: 0, step: 1, value: 0, "aria-label": "Step" });
  private readonly stepLabel = h("span", { class: "tbl-step-label", "data-testid": "step-label" });
  private readonly liveButton = button("", "live-indicator", "New steps were logged: jump to the latest (End)");
  private readonly empty = h("div", { class: "tbl-empty", "data-testid": "empty", hidden: true }, emptyContent());
  private readonly stage = new Stage();

  // Drawing.
  private readonly loader: FrameLoader;
  private readonly player: Player;
  private drawnStep: number | null = null;
  private requestedKey: string | null = null;
  private seq = 0;
  private drawnSeq = 0;
  /** Bumped when the run or tag changes: answers for the old selection are dropped. */
  private selection = 0;
  private prefetching = false;
  /** The series of a sensitivity or spectrum tag: loaded or loading, for one key. */
  private series: { key: string; data: Promise<ChartData> } | null = null;
  /** The chart drawn last (sensitivity or spectrum tags), for export. */
  private drawnChart: { data: ChartData; title: string; name: (string | number)[] } | null = null;

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
    this.player = new Player({
      speed: () => this.state.play.speed,
      drawn: () => this.drawnSeq === this.seq,
      index: () => this.currentIndex(),
      count: () => this.loaded.steps.length,
      go: (i) => this.setIndex(i),
      changed: (playing) => {
        this.playButton.textContent = playing ? "❚❚" : "▶";
        this.playButton.setAttribute("aria-pressed", String(playing));
      },
    });
    this.build();
    this.setStatus("loading", "Loading…");
    this.wire();
  }

  // ------------------------------------------------------------------------------------
  // Building the page

  private build(): void {
    for (const o of ALL_OPTIONS) {
      if (!o.control) continue;
      const control = bindControl(o);
      control.onChange((v) => this.choose(o, v));
      this.controls.push(control);
    }
    const placed = (place: Place) => this.controls.filter((c) => c.option.place === place).map((c) => c.element);
    const { toolbar, options, evolution, compare, runs } = this.places;
    this.helpButton.setAttribute("aria-expanded", "false");
    toolbar.append(...placed("toolbar"), this.status, h("span", { class: "tbl-spacer" }), this.helpButton);
    this.exportGroup.append("Export", this.exportButtons.png, this.exportButtons.csv, this.exportButtons.json);
    options.append(...placed("options"), this.resetViewButton, this.exportGroup);
    this.liveButton.hidden = true;
    this.liveButton.classList.add("tbl-live");
    this.playButton.setAttribute("aria-pressed", "false");
    this.playButton.classList.add("tbl-play");
    evolution.append(this.playButton, this.slider, this.stepLabel, this.liveButton, ...placed("evolution"));
    compare.append(...placed("compare"));
    runs.append(...placed("runs"));
    this.root.append(toolbar, this.helpPanel, options, evolution, compare, runs, this.empty, this.stage.element, this.runsView.element);
    this.showPanels();
  }

  private wire(): void {
    const on = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
      el.addEventListener(type, fn);
    on(this.resetViewButton, "click", () => this.stage.resetView());
    for (const kind of ["png", "csv", "json"] as const) on(this.exportButtons[kind], "click", () => void this.export(kind));
    on(this.playButton, "click", () => this.player.toggle());
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
    on(this.stage.hintButton, "click", () => this.choose(OPTIONS.scale as Option<unknown>, "log"));
    const onKey = (e: KeyboardEvent) => this.onKey(e);
    document.addEventListener("keydown", onKey);
    this.cleanups.push(() => document.removeEventListener("keydown", onKey));
  }

  /** The user chose `value` for option `o`: a new state, then a redraw (or a reload). */
  private choose(o: Option<unknown>, value: unknown): void {
    this.state = o.set(this.state, value, this.ctx());
    if (o.selects) {
      this.wish = null; // the user's pick wins over a link's run or tag still to come
      this.selectionChanged();
      return;
    }
    if (o === (OPTIONS.speed as Option<unknown>)) this.player.retime();
    this.saveUrl();
    // A view that needs the steps of runs not loaded yet (Compare, 1D overlays of runs) loads them.
    const missing = extraRuns(this.state, this.loaded).some((r) => r !== this.state.run && !this.otherSteps.has(r)) ||
      (this.showsRuns() && !this.loaded.runsTable) || pathStepsMissing(this.state, this.loaded);
    if (missing) void this.refresh();
    else this.update();
  }

  private ctx(): Context {
    return context(this.state, this.loaded);
  }

  // ------------------------------------------------------------------------------------
  // Life cycle

  /** Reads the URL, follows the theme, loads the first picture and starts polling. */
  start(): void {
    this.state = readUrl(this.hash.get(), PLUGIN);
    this.wish = { run: this.state.run, tag: this.state.tag };
    this.stopTheme = followTheme(document.documentElement);
    this.stage.watch(() => this.update());
    window.__TBL_DRAWS = window.__TBL_DRAWS ?? 0;
    window.__TBL_APP = {
      setStep: (step: number) => this.showStep(step),
      steps: () => stepNumbers(this.loaded),
    };
    void this.refresh().then(() => this.schedule());
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.urlTimer !== null) clearTimeout(this.urlTimer);
    this.timer = this.urlTimer = null;
    this.player.stop();
    this.generation++;
    this.loader.cancelPending();
    this.stopTheme?.();
    this.cleanups.forEach((f) => f());
    this.stage.dispose();
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
    this.state = { ...this.state, step: null };
    this.latestAtPin = null;
    this.setStatus("loading", "Loading…");
    this.saveUrl();
    void this.refresh();
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
    const current = () => generation === this.generation && !this.stopped;
    try {
      const tags = await this.opts.api.tags();
      if (!current() || !this.takeTags(tags)) return;
      const { run, tag } = this.state;
      const extra = extraRuns(this.state, this.loaded).filter((r) => r !== run);
      const [steps, ...others] = await Promise.all([
        this.opts.api.steps(run!, tag!),
        ...extra.map((r) => this.opts.api.steps(r, tag!).catch(() => null)),
      ]);
      if (!current()) return;
      // The Runs view's table, re-read with every poll while it is shown.
      const runsTable = this.showsRuns() ? await this.opts.api.runs() : (this.loaded.runsTable ?? null);
      // The other paths of a 1D overlay of paths (the view known from these steps' dimensions).
      const tagSteps = await loadPathSteps(this.opts.api, run!, pathTagsToLoad(this.state, { ...this.loaded, steps: steps.steps }));
      if (!current()) return;
      this.loaded = { ...this.loaded, runsTable, tagSteps };
      this.otherSteps.clear();
      extra.forEach((r, i) => {
        const s = others[i];
        if (s) this.otherSteps.set(r, s.steps);
      });
      this.takeSteps(steps);
    } catch (e) {
      if (!current()) return;
      this.fail(e);
    }
  }

  /** The runs and tags from the server; false when there is nothing (more) to load. */
  private takeTags(tags: Awaited<ReturnType<LandscapeApi["tags"]>>): boolean {
    const runs = sortNames(Object.keys(tags).filter((r) => Object.keys(tags[r]).length > 0));
    if (runs.length === 0) {
      this.showEmpty();
      return false;
    }
    this.empty.hidden = true;
    const want = this.wish; // taken as soon as it is there; kept while it is not
    this.wish = pendingWish(want, runs, (r) => Object.keys(tags[r]));
    const run = pick(runs, want?.run ?? this.state.run)!;
    const runTags = sortNames(Object.keys(tags[run]));
    const tag = pick(runTags, want?.tag ?? this.state.tag);
    if (run !== this.state.run || tag !== this.state.tag) {
      // The chosen run or tag is gone from the logs (or none was chosen yet): do not
      // show the old picture under another name.
      if (this.drawnStep !== null) {
        this.clearView();
        this.state = { ...this.state, step: null };
        this.latestAtPin = null;
      } else {
        this.selection++; // a request for the old selection still under way is not drawn
      }
      this.state = { ...this.state, run, tag };
      this.saveUrl();
    }
    const runsWithTag = tag === null ? [] : runs.filter((r) => tags[r][tag] !== undefined);
    const kind = (tag !== null && tags[run][tag]?.kind) || "landscape";
    this.loaded = { ...this.loaded, runs, tags: runTags, runsWithTag, kind };
    this.syncControls();
    return tag !== null;
  }

  /** The steps of the selection from the server: drawn, or the reason there is nothing. */
  private takeSteps(steps: StepsResponse): void {
    this.showSkipped(steps);
    this.loaded = { ...this.loaded, steps: steps.steps };
    if (steps.steps.length === 0) {
      // The picture area (and the note in it) is hidden until a frame is drawn: say why here.
      const first = steps.skipped[0];
      this.setStatus(
        "error",
        first ? `No readable record for this run and tag (step ${first.step}: ${first.error})` : "No readable record for this run and tag.",
      );
      return;
    }
    this.lastError = null;
    // Opened on a step from the URL: new steps from now on light the live indicator.
    if (this.state.step !== null && this.latestAtPin === null) this.latestAtPin = steps.steps[steps.steps.length - 1].step;
    this.update();
  }

  private fail(e: unknown): void {
    const text = errorText(e);
    // Polling repeats a failure every few seconds: log each distinct one once.
    if (text !== this.lastError) console.warn("tb-landscape:", e);
    this.lastError = text;
    this.setStatus("error", text);
  }

  // ------------------------------------------------------------------------------------
  // Drawing

  private stepsOf(run: string): readonly StepInfo[] {
    return run === this.state.run ? this.loaded.steps : (this.otherSteps.get(run) ?? []);
  }

  /**
   * Shows what the controls ask for: draws at once from the cache, or requests the frames
   * and draws them when they come (unless something newer was drawn meanwhile).
   */
  private update(): void {
    if (this.stopped) return;
    this.syncControls();
    if (this.showsRuns()) {
      this.drawRuns();
      return;
    }
    this.runsView.hide();
    if (this.drawnStep !== null) this.stage.element.hidden = false; // back from the Runs view
    const kind = this.loaded.kind;
    if (kind === "sensitivity" || kind === "spectrum") {
      this.updateChart(kind);
      return;
    }
    const sc = buildScene({ state: this.state, loaded: this.loaded, stepsOf: (r) => this.stepsOf(r) }, this.stage);
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
          this.player.stop(); // play waits for each step to be drawn: it would wait forever
          this.fail(e);
        },
      );
    }
    this.prefetch();
  }

  /**
   * `update()` for a sensitivity or spectrum tag: its whole series comes in one request
   * (again when new steps were logged), and the chart is drawn at the slider's step.
   */
  private updateChart(kind: "sensitivity" | "spectrum"): void {
    const { run, tag } = this.state;
    const steps = stepNumbers(this.loaded);
    if (run === null || tag === null || steps.length === 0) return;
    const last = this.loaded.steps[steps.length - 1];
    const dataKey = JSON.stringify([kind, run, tag, steps.length, last.step, last.wall_time]);
    const index = resolveIndex(steps, this.state.step);
    const space = this.stage.space();
    const key = JSON.stringify([dataKey, index, this.state.layers, this.state.spectrum, this.state.plot.scale, space]);
    if (key === this.requestedKey) {
      if (this.drawnSeq === this.seq) this.setStatus("ready", this.readyText());
      return;
    }
    this.requestedKey = key;
    const seq = ++this.seq;
    const selection = this.selection;
    if (this.series?.key !== dataKey) {
      const api = this.opts.api;
      const data: Promise<ChartData> = kind === "sensitivity"
        ? api.sensitivity(run, tag).then((d) => ({ kind, data: d }))
        : api.spectrum(run, tag).then((d) => ({ kind, data: d }));
      this.series = { key: dataKey, data };
      this.setStatus("loading", "Loading…");
    }
    this.series.data.then(
      (d) => this.commitChart(seq, selection, d, steps[index], JSON.stringify(space)),
      (e) => {
        if (seq !== this.seq || selection !== this.selection) return;
        this.requestedKey = null;
        this.series = null; // the next poll tries again
        this.player.stop();
        this.fail(e);
      },
    );
  }

  private commitChart(seq: number, selection: number, d: ChartData, step: number, space: string): void {
    if (seq <= this.drawnSeq || selection !== this.selection || this.stopped) return;
    this.drawnSeq = seq;
    const steps = chartSteps(d);
    let i = steps.indexOf(step);
    if (i < 0) i = steps.length - 1;
    if (i < 0) {
      this.setStatus("error", "No readable record for this run and tag.");
      return;
    }
    try {
      this.stage.drawTimed(() => drawChart(this.stage.chartRenderer(d.kind), d, this.state, i, this.stage.space().fit,
        (j) => this.showStep(steps[j])));
    } catch (e) {
      this.fail(e);
      return;
    }
    const title = `${this.state.run} · ${this.state.tag} · step ${steps[i]}`;
    this.stage.caption(title, chartMeta(d));
    this.stage.exportable = null;
    this.drawnChart = { data: d, title, name: [this.state.run ?? "", this.state.tag ?? "", steps[i]] };
    this.stage.element.hidden = false;
    this.drawnStep = steps[i];
    this.exportButtons.png.disabled = this.exportButtons.json.disabled = false;
    this.exportButtons.csv.disabled = true;
    if (seq === this.seq) this.setStatus("ready", this.readyText());
    if (JSON.stringify(this.stage.space()) !== space) requestAnimationFrame(() => this.update());
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
    this.stage.element.hidden = false;
    this.drawnStep = sc.step;
    for (const b of Object.values(this.exportButtons)) b.disabled = this.stage.exportable === null;
    if (seq === this.seq) this.setStatus("ready", this.readyText());
    else this.setStatus("loading", this.status.textContent ?? "");
    // The picture moved the space it was sized for (the first one, before its area was on
    // the page; a caption or note of another height): size it again.
    if (JSON.stringify(this.stage.space()) !== sc.space) requestAnimationFrame(() => this.update());
  }

  private showsRuns(): boolean {
    return effectiveView(this.state, this.loaded) === "runs";
  }

  /** The Runs view instead of the picture (the picture and its key stay for the way back). */
  private drawRuns(): void {
    this.stage.element.hidden = true;
    const table = this.loaded.runsTable;
    if (!table) {
      this.setStatus("loading", "Loading runs…");
      return;
    }
    const n = this.runsView.draw(table, this.state);
    this.setStatus("ready", `${n} run${n === 1 ? "" : "s"} drawn`);
  }

  /** A click on a run in the Runs view: its landscape, in the 2D view. */
  private openRun(run: string): void {
    const same = run === this.state.run;
    this.state = { ...this.state, run, view: "2d" };
    if (same) {
      this.saveUrl();
      this.update();
      return;
    }
    this.wish = null;
    this.selectionChanged();
  }

  /** After the slider was used: fetch the neighbouring steps in the background. */
  private prefetch(): void {
    const { run, tag } = this.state;
    if (!this.prefetching || run === null || tag === null) return;
    const plan = prefetchPlan(
      this.loaded.steps,
      this.currentIndex(),
      this.loader.cache.maxBytes * 0.75,
      (i) => estimateBytes(i.shape),
      (i) => this.loader.isHeld(frameRef(tag, run, i)),
    );
    this.loader.prefetch(plan.map((i) => frameRef(tag, run, i)));
  }

  // ------------------------------------------------------------------------------------
  // Steps and live updates

  private setIndex(i: number): void {
    const steps = stepNumbers(this.loaded);
    if (steps.length === 0) return;
    const j = Math.max(0, Math.min(steps.length - 1, i));
    this.prefetching = true;
    let step: number | null = null;
    if (j === steps.length - 1) {
      this.latestAtPin = null;
    } else {
      if (this.state.step === null) this.latestAtPin = steps[steps.length - 1];
      step = steps[j];
    }
    this.state = { ...this.state, step };
    this.saveUrl();
    this.update();
  }

  /** Shows `step`, or the one below it, as the slider would. */
  private showStep(step: number): void {
    const steps = stepNumbers(this.loaded);
    const i = steps.indexOf(step);
    const j = i >= 0 ? i : indexAtOrBelow(steps, step);
    if (j >= 0) this.setIndex(j);
  }

  private currentIndex(): number {
    return resolveIndex(stepNumbers(this.loaded), this.state.step);
  }

  private goLatest(): void {
    this.setIndex(this.loaded.steps.length - 1);
  }

  /** Brings every control in line with the state (after a poll or a change). */
  private syncControls(): void {
    const c = this.ctx();
    for (const control of this.controls) {
      const o = control.option;
      const shown = control.sync(c);
      // A value the data decide (a metric the latest step lacks): the state takes it.
      if (o.adopt && shown !== undefined && o.codec.format(shown) !== o.codec.format(o.get(this.state))) {
        this.state = o.set(this.state, shown, c);
        this.saveUrl();
      }
    }
    this.syncSteps();
    this.showPanels();
  }

  /** The slider, the step label and the live indicator. */
  private syncSteps(): void {
    const steps = stepNumbers(this.loaded);
    const n = steps.length;
    const i = resolveIndex(steps, this.state.step);
    this.slider.max = String(Math.max(0, n - 1));
    this.slider.value = String(Math.max(0, i));
    this.slider.disabled = n < 2;
    this.playButton.disabled = n < 2;
    const step = i >= 0 ? steps[i] : null;
    this.slider.setAttribute("aria-valuetext", step === null ? "no step" : `step ${step}`);
    this.stepLabel.textContent = step === null ? "" : `step ${step} (${i + 1}/${n})${this.state.step === null ? " · latest" : ""}`;
    const latest = n ? steps[n - 1] : null;
    const fresh = this.state.step !== null && latest !== null && this.latestAtPin !== null && latest > this.latestAtPin;
    this.liveButton.hidden = !fresh;
    if (fresh) this.liveButton.textContent = `● new step ${latest}`;
  }

  /** Shows the bars the current view uses (the controls in them show and hide themselves). */
  private showPanels(): void {
    const c = this.ctx();
    const have = this.loaded.steps.length > 0;
    const runs = c.view === "runs";
    this.places.options.hidden = !have || runs;
    this.places.evolution.hidden = !have || runs || (c.diffing && c.state.compare.diff?.kind === "steps");
    this.places.runs.hidden = !runs;
    this.places.compare.hidden = !have || c.view !== "compare" || c.kind !== "landscape";
    this.exportGroup.hidden = c.view === "compare" && !c.diffing && c.kind === "landscape";
    this.resetViewButton.hidden = c.kind !== "landscape";
  }

  // ------------------------------------------------------------------------------------
  // Keyboard, help, export

  private toggleHelp(): void {
    this.helpPanel.hidden = !this.helpPanel.hidden;
    this.helpButton.setAttribute("aria-expanded", String(!this.helpPanel.hidden));
  }

  /** A view chosen by its key: as its button, when the tag's dimensions allow it. */
  private setView(view: ViewKind): void {
    const o = OPTIONS.view;
    if (o.control.enabled(this.ctx(), view)) this.choose(o as Option<unknown>, view);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || (this.loaded.steps.length === 0 && e.key !== "?")) return;
    const t = e.target instanceof HTMLElement ? e.target : document.body;
    // A focused plot (the 3D surface) turns and zooms with the arrow keys itself.
    const interactive = t.tagName === "CANVAS" || t.tagName === "svg";
    const mods = { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey };
    const action = keyAction(e.key, { tag: t.tagName, type: (t as HTMLInputElement).type, editable: t.isContentEditable }, mods);
    if (!action) return;
    if (interactive && (action.kind === "step" || action.kind === "first" || action.kind === "latest")) return;
    e.preventDefault();
    if (action.kind === "step") this.setIndex(this.currentIndex() + action.delta);
    else if (action.kind === "first") this.setIndex(0);
    else if (action.kind === "latest") this.goLatest();
    else if (action.kind === "play") this.player.toggle();
    else if (action.kind === "view") this.setView(action.view);
    else this.toggleHelp();
  }

  /** PNG of the chart as drawn (titled), or JSON of its whole series as the route gave it. */
  private async exportChart(kind: "png" | "csv" | "json"): Promise<void> {
    const ch = this.drawnChart;
    if (!ch || kind === "csv") return;
    const name = exportFilename(ch.name, kind);
    try {
      const blob = kind === "png"
        ? await titledPng(await this.stage.chartRenderer(ch.data.kind).toPng(), ch.title)
        : new Blob([JSON.stringify(ch.data.data)], { type: "application/json" });
      download(blob, name);
      this.exportGroup.title = `Saved ${name}`;
    } catch (e) {
      this.exportGroup.title = `Export failed: ${(e as Error).message}`;
    }
  }

  private async export(kind: "png" | "csv" | "json"): Promise<void> {
    if (this.loaded.kind === "sensitivity" || this.loaded.kind === "spectrum") return this.exportChart(kind);
    const ex = this.stage.exportable;
    if (!ex) return;
    const name = exportFilename(ex.name, kind);
    try {
      let blob: Blob;
      if (kind === "png") {
        if (!ex.renderer) throw new Error("nothing drawn");
        blob = await titledPng(await ex.renderer.toPng(), ex.title);
      } else if (kind === "csv") {
        blob = new Blob([frameToCsv(ex.frame)], { type: "text/csv" });
      } else {
        blob = new Blob([frameToJson(ex.frame)], { type: "application/json" });
      }
      download(blob, name);
      this.exportGroup.title = `Saved ${name}`;
    } catch (e) {
      this.exportGroup.title = `Export failed: ${(e as Error).message}`;
      this.stage.message.textContent = `Export failed: ${(e as Error).message}`;
    }
  }

  /** Writes the state into the URL shortly (a drag of the slider writes once). */
  private saveUrl(): void {
    if (this.urlTimer !== null) clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      this.urlTimer = null;
      try {
        const before = this.hash.get();
        // a link still waiting for its run or tag keeps them in the URL (a reload waits too)
        const wish = this.wish ? { run: this.wish.run ?? this.state.run, tag: this.wish.tag ?? this.state.tag } : {};
        const after = writeUrl(before, { ...this.state, ...wish }, PLUGIN);
        if (after !== before) this.hash.set(after);
      } catch (e) {
        console.warn("tb-landscape: cannot write the URL", e);
      }
    }, URL_WRITE_DELAY_MS);
  }

  // ------------------------------------------------------------------------------------
  // Status, empty state

  private readyText(): string {
    const n = this.loaded.steps.length;
    return `Step ${this.drawnStep} · ${n} step${n === 1 ? "" : "s"} logged`;
  }

  private showSkipped(steps: StepsResponse): void {
    const n = steps.skipped.length;
    const first = steps.skipped[0];
    this.stage.note.textContent = n === 0
      ? ""
      : `${n} record${n === 1 ? "" : "s"} could not be read and ${n === 1 ? "is" : "are"} not shown ` +
        `(step ${first.step}: ${first.error}${n > 1 ? "; …" : ""}).`;
  }

  /** Drops the picture and everything known about the selection (the renderers stay). */
  private clearView(): void {
    this.selection++;
    this.player.stop();
    this.loader.cancelPending();
    this.prefetching = false;
    this.drawnStep = null;
    this.requestedKey = null;
    this.series = null;
    this.drawnChart = null;
    this.loaded = { ...this.loaded, steps: [] };
    this.otherSteps.clear();
    this.stage.clear();
    this.showPanels();
  }

  private showEmpty(): void {
    this.clearView();
    this.state = { ...this.state, run: null, tag: null };
    this.loaded = NOTHING_LOADED;
    this.empty.hidden = false;
    this.syncControls();
    this.setStatus("empty", "No landscape data.");
  }

  private setStatus(state: State, text: string): void {
    if (state !== "error") this.lastError = null;
    this.status.dataset.state = state;
    this.status.dataset.step = this.drawnStep === null ? "" : String(this.drawnStep);
    this.status.textContent = text;
  }
}
