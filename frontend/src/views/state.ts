/**
 * The page's view state: one immutable value that says what the user asked to see. Every
 * change makes a new state (`options.ts` holds the table of options that read and write
 * it); the page draws what the state and the loaded data say. Pure: no DOM.
 *
 * Options that only one kind of picture uses live in their own group (`heatmap`,
 * `surface`, `curve`, `compare`, `play`, and for the other record kinds `layers` and
 * `spectrum`); `plot` holds what every picture shares (its `scale` is also the Layers
 * view's value axis and colour scale).
 */

import type { RunsResponse, StepInfo, TagKind } from "../api";
import { defaultCompareRuns, resolveIndex, type Clip } from "./steps";

export type ViewKind = "2d" | "3d" | "1d" | "compare" | "runs";
export const VIEW_KINDS: readonly ViewKind[] = ["2d", "3d", "1d", "compare", "runs"];

/** Difference mode of the Compare view: two runs at one step, or one run at two steps. */
export type DiffSpec =
  | { readonly kind: "runs"; readonly a: string; readonly b: string }
  | { readonly kind: "steps"; readonly a: number; readonly b: number };

/** What every picture shares: how values map to colours (2D, tiles), heights (3D) or y (1D). */
export interface PlotOptions {
  readonly scale: "linear" | "log";
  /** Clip range; null for an automatic side, null altogether: automatic. */
  readonly clip: Clip | null;
  /** One range over every step instead of each step's own. */
  readonly fixed: boolean;
  /** The optimizer's path over the landscape. */
  readonly path: boolean;
}

/** The 2D view. */
export interface HeatmapOptions {
  readonly style: "heatmap" | "filled";
  /**
   * equal: axes in the same unit keep equal scales (a round basin stays round), the plot as
   * large as that allows; fill: the plot fills the space, the axes stretched apart.
   */
  readonly aspect: "equal" | "fill";
}

/** The 3D view. */
export interface SurfaceOptions {
  /** Contour lines on the floor under the surface. */
  readonly floor: boolean;
}

/** The 1D view. */
export interface CurveOptions {
  /**
   * More curves: other steps of the run, the compared runs at this step, or the other paths
   * of the tag's family (`<prefix>/<path>`, e.g. `tb-landscape connect`'s: `compute/paths.ts`),
   * each with its barrier marked.
   */
  readonly overlay: "none" | "steps" | "runs" | "paths";
  /** One panel per metric, stacked. */
  readonly allMetrics: boolean;
}

/** The Compare view. */
export interface CompareOptions {
  /** Runs of the tiles; null: the default (the selected run and the next ones). */
  readonly runs: readonly string[] | null;
  /** Set: a difference map instead of tiles. */
  readonly diff: DiffSpec | null;
}

/** The Layers view (per-layer sensitivity tags). */
export interface LayersViewOptions {
  /** The bars' and the heatmap's measure. */
  readonly measure: "trace" | "top_eigenvalue";
}

/** The Spectrum view (eigenvalue density tags). */
export interface SpectrumViewOptions {
  /** Mark the outliers (resolved top eigenvalues above the bulk). */
  readonly outliers: boolean;
}

/** Play through the steps. */
export interface PlayOptions {
  /** Steps per second. */
  readonly speed: number;
}

/** The Runs view: one point per run (axes written `h:name`, `l:name`, `s:tag`: compute/runs.ts). */
export interface RunsOptions {
  /** null: the default (the first hparam; center_loss). */
  readonly x: string | null;
  readonly y: string | null;
  /** Colour axis; null: none. */
  readonly color: string | null;
  /** Step of the landscape scalars; null: each run's final value. */
  readonly step: number | null;
}

export interface ViewState {
  readonly run: string | null;
  readonly tag: string | null;
  readonly metric: string | null;
  /** The view asked for; null: 2D (1D for a 1D tag). A 1D tag shows "2d" and "3d" as 1D. */
  readonly view: ViewKind | null;
  /** The step shown; null: follow the latest. */
  readonly step: number | null;
  readonly plot: PlotOptions;
  readonly heatmap: HeatmapOptions;
  readonly surface: SurfaceOptions;
  readonly curve: CurveOptions;
  readonly compare: CompareOptions;
  readonly layers: LayersViewOptions;
  readonly spectrum: SpectrumViewOptions;
  readonly play: PlayOptions;
  readonly runs: RunsOptions;
}

export const DEFAULT_STATE: ViewState = {
  run: null,
  tag: null,
  metric: null,
  view: null,
  step: null,
  plot: { scale: "linear", clip: null, fixed: false, path: true },
  heatmap: { style: "heatmap", aspect: "equal" },
  surface: { floor: true },
  curve: { overlay: "none", allMetrics: false },
  compare: { runs: null, diff: null },
  layers: { measure: "trace" },
  spectrum: { outliers: true },
  play: { speed: 2 },
  runs: { x: null, y: null, color: null, step: null },
};

/** What the server said, as far as the state's derived values need it. */
export interface Loaded {
  /** Runs with at least one landscape tag, in display order. */
  readonly runs: readonly string[];
  /** Tags of the selected run, in display order. */
  readonly tags: readonly string[];
  /** Runs that have the selected tag. */
  readonly runsWithTag: readonly string[];
  /** Steps of the selected run and tag, oldest first. */
  readonly steps: readonly StepInfo[];
  /** The `runs` table (the Runs view); absent or null until loaded. */
  readonly runsTable?: RunsResponse | null;
  /** What the selected tag's records hold (its view: landscapes, Layers, Spectrum). */
  readonly kind: TagKind;
  /** Steps of other tags of the selected run (the 1D overlay of paths: views/paths.ts), by tag. */
  readonly tagSteps?: Readonly<Record<string, readonly StepInfo[]>>;
}

export const NOTHING_LOADED: Loaded = { runs: [], tags: [], runsWithTag: [], steps: [], kind: "landscape" };

export function stepNumbers(loaded: Loaded): number[] {
  return loaded.steps.map((s) => s.step);
}

/** Dimensions of the tag's latest step; null before any step is known. */
export function dims(loaded: Loaded): 1 | 2 | null {
  const n = loaded.steps.length;
  return n && loaded.kind === "landscape" ? (loaded.steps[n - 1].dims ?? null) : null;
}

/** Metrics of the latest step. */
export function latestMetrics(loaded: Loaded): readonly string[] {
  const n = loaded.steps.length;
  return n && loaded.kind === "landscape" ? (loaded.steps[n - 1].metrics ?? []) : [];
}

/** The view shown: the one asked for, where the tag's dimensions allow it. */
export function effectiveView(state: ViewState, loaded: Loaded): ViewKind {
  const d = dims(loaded);
  const v = state.view ?? (d === 1 ? "1d" : "2d");
  return d === 1 && (v === "2d" || v === "3d") ? "1d" : v;
}

/** The runs the Compare view shows as tiles (all have the selected tag). */
export function comparedRuns(state: ViewState, loaded: Loaded): string[] {
  const wanted = state.compare.runs ?? defaultCompareRuns(loaded.runsWithTag, state.run);
  return wanted.filter((r) => loaded.runsWithTag.includes(r));
}

/** Runs other than the selected one whose steps the current view needs. */
export function extraRuns(state: ViewState, loaded: Loaded): string[] {
  if (loaded.kind !== "landscape") return [];
  const view = effectiveView(state, loaded);
  const diff = state.compare.diff;
  if (view === "compare" && diff?.kind === "runs") return [diff.a, diff.b];
  if (view === "compare" || (view === "1d" && state.curve.overlay === "runs")) return comparedRuns(state, loaded);
  return [];
}

/** A difference to start from: the selected run and another one, or the shown step and the first. */
export function defaultDiff(kind: "runs" | "steps", state: ViewState, loaded: Loaded): DiffSpec {
  if (kind === "runs") {
    const runs = loaded.runsWithTag;
    const a = state.run ?? runs[0] ?? "";
    return { kind, a, b: runs.find((r) => r !== a) ?? a };
  }
  const steps = stepNumbers(loaded);
  const i = resolveIndex(steps, state.step);
  return { kind, a: steps[i] ?? 0, b: steps[0] ?? 0 };
}

/**
 * The run and tag the URL asked for, while either is not in the logs yet (a link opened while
 * training runs, e.g. the demo's to a PCA plane that is written a few seconds later): shown
 * as soon as they appear, unless the user picks a run or tag first. Fields that already
 * exist are null.
 */
export function pendingWish(
  wish: { run: string | null; tag: string | null } | null,
  runs: readonly string[],
  tagsOf: (run: string) => readonly string[],
): { run: string | null; tag: string | null } | null {
  if (!wish) return null;
  const runWaits = wish.run !== null && !runs.includes(wish.run);
  const tagRun = wish.run !== null && !runWaits ? wish.run : null;
  const tagWaits = wish.tag !== null && (runWaits || (tagRun !== null && !tagsOf(tagRun).includes(wish.tag)));
  return runWaits || tagWaits ? wish : null;
}
