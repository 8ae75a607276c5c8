/**
 * The table of the tab's options. Each entry says, once: its control (kind, label,
 * choices), where the control goes, its URL key and codec, how it reads and writes the view
 * state, and when it is shown. The page builds the controls, wires their events, reads and
 * writes the URL and shows or hides the controls from this table alone: a new option is a
 * new entry. Pure: no DOM (controls.ts builds the elements).
 *
 * The URL keys and formats are those the tab always wrote (`#landscape&p.landscape.run=...`),
 * so old links keep working; a value that does not parse falls back to the default.
 */

import type { TagKind } from "../api";
import * as codec from "./codecs";
import type { Codec } from "./codecs";
import {
  comparedRuns,
  defaultDiff,
  DEFAULT_STATE,
  dims,
  effectiveView,
  latestMetrics,
  type Loaded,
  NOTHING_LOADED,
  stepNumbers,
  type ViewKind,
  type ViewState,
} from "./state";
import { formatHash, parseHash } from "./url";
import { axisChoices, defaultAxes, landscapeSteps } from "../compute/runs";
import { pathFamily } from "../compute/paths";

/** What a control and its predicates can see: the state, the data, and values derived from them. */
export interface Context {
  readonly state: ViewState;
  readonly loaded: Loaded;
  /** The view shown. */
  readonly view: ViewKind;
  readonly dims: 1 | 2 | null;
  /** Metrics of the latest step. */
  readonly metrics: readonly string[];
  /** The Compare view shows a difference map. */
  readonly diffing: boolean;
  /** The selected tag's kind: "landscape" (2D/3D/1D/Compare), "sensitivity" (Layers), "spectrum". */
  readonly kind: TagKind;
}

export function context(state: ViewState, loaded: Loaded): Context {
  const view = effectiveView(state, loaded);
  return {
    state,
    loaded,
    view,
    dims: dims(loaded),
    metrics: latestMetrics(loaded),
    diffing: loaded.kind === "landscape" && view === "compare" && state.compare.diff !== null,
    kind: loaded.kind,
  };
}

/** A choice of a select or a button group: the value, its text, and a tooltip. */
export type Choice<V> = readonly [value: V, text: string, title?: string];
type Choices<V> = readonly Choice<V>[] | ((c: Context) => readonly Choice<V>[]);

/**
 * The control of an option. select: a labelled <select>; toggle: a check box (boolean
 * values); range: two number fields and a reset button (a clip range); buttons: a segmented
 * group, one button per choice (`<id>-<value>` test ids); checklist: check boxes (a list of
 * names).
 */
export type Control<V> =
  | { readonly kind: "select"; readonly label: string; readonly title?: string; readonly choices: Choices<V> }
  | { readonly kind: "toggle"; readonly label: string; readonly title?: string }
  | { readonly kind: "range"; readonly label: string; readonly title?: string }
  | { readonly kind: "buttons"; readonly label: string; readonly choices: Choices<V>; enabled?(c: Context, v: V): boolean }
  | { readonly kind: "checklist"; readonly label: string; readonly choices: Choices<string> };

/** Where a control goes: the top bar, the display options, the play bar, the Compare panel. */
export type Place = "toolbar" | "options" | "evolution" | "compare" | "runs";

export interface Option<V> {
  readonly id: string;
  /** null: in the URL only (the step, whose slider the page builds itself; the difference). */
  readonly control: Control<V> | null;
  readonly place: Place;
  /** `data-testid` of the control (of the group for buttons and ranges). */
  readonly testid: string;
  /** URL key (`p.landscape.<key>`); null: not kept in the URL (a view onto another option). */
  readonly key: string | null;
  readonly codec: Codec<V>;
  get(s: ViewState): V;
  /** A new state with the value set; `c` gives the data a derived value needs. */
  set(s: ViewState, v: V, c: Context): ViewState;
  /** What the control shows when the stored value is a default resolved against the data. */
  shows?(c: Context): V;
  shown(c: Context): boolean;
  /** A new value selects other data (run, tag): the picture is dropped and reloaded. */
  readonly selects?: boolean;
  /** The data decide (a metric the step lacks): the control's value is taken as the state's. */
  readonly adopt?: boolean;
}

type Group = "plot" | "heatmap" | "surface" | "curve" | "compare" | "layers" | "spectrum" | "play" | "runs";

/** get / set of the field `field` of the group `group` of the state. */
function field<G extends Group, F extends keyof ViewState[G]>(group: G, f: F) {
  return {
    get: (s: ViewState): ViewState[G][F] => s[group][f],
    set: (s: ViewState, v: ViewState[G][F]): ViewState => ({ ...s, [group]: { ...s[group], [f]: v } }),
  };
}

/** get / set of a top-level field. */
function top<F extends "run" | "tag" | "metric" | "view" | "step">(f: F) {
  return {
    get: (s: ViewState): ViewState[F] => s[f],
    set: (s: ViewState, v: ViewState[F]): ViewState => ({ ...s, [f]: v }),
  };
}

const always = () => true;
/** A landscape tag: the surface views and their options. */
const land = (c: Context) => c.kind === "landscape";
const never = () => false;
const names = (list: readonly string[]): Choice<string | null>[] => list.map((n) => [n, n]);

export const VIEW_CHOICES: readonly Choice<ViewKind | null>[] = [
  ["2d", "2D", "Heatmap or filled contours (key 2)"],
  ["3d", "3D", "Surface (key 3)"],
  ["1d", "1D", "Curves; slices through the centre of a 2D landscape (key 1)"],
  ["compare", "Compare", "Runs side by side, or a difference map (key c)"],
  ["runs", "Runs", "One point per run: hyperparameters against landscape measures; a click opens a run"],
];

/** The Runs view's axes: every hparam, landscape scalar and user scalar of the `runs` table. */
function runsAxes(c: Context): Choice<string | null>[] {
  return c.loaded.runsTable ? axisChoices(c.loaded.runsTable) : [];
}

const runsShown = (c: Context) => c.view === "runs";

/** The 1D overlays; "other paths" where other tags share the tag's prefix (`compute/paths.ts`). */
function overlayChoices(c: Context): Choice<"none" | "steps" | "runs" | "paths">[] {
  const base: Choice<"none" | "steps" | "runs" | "paths">[] = [["none", "none"], ["steps", "other steps"], ["runs", "compared runs"]];
  const family = pathFamily(c.state.tag, c.loaded.tags);
  const title = "The other tags with this prefix on one axis (paths between two models), each path's barrier marked";
  return family.length || c.state.curve.overlay === "paths" ? [...base, ["paths", "other paths", title]] : base;
}

export const SPEEDS: readonly number[] = [1, 2, 5, 10];

/** The two ends of a difference: run names, or the steps of the selected run. */
function diffChoices(c: Context): Choice<string>[] {
  return c.state.compare.diff?.kind === "steps"
    ? stepNumbers(c.loaded).map((s) => [String(s), `step ${s}`])
    : c.loaded.runsWithTag.map((r) => [r, r]);
}

/** Sets end `end` ("a" or "b") of the difference to the choice `v`. */
function setDiffEnd(s: ViewState, end: "a" | "b", v: string): ViewState {
  const d = s.compare.diff;
  if (!d) return s;
  const next = d.kind === "runs" ? { ...d, [end]: v } : { ...d, [end]: Number(v) };
  return { ...s, compare: { ...s.compare, diff: next } };
}

/**
 * The options, in the order of their controls on the page (and of their keys in the URL).
 * Test ids and URL keys are those of earlier versions: tests and links rely on them.
 */
export const OPTIONS = {
  run: {
    id: "run", place: "toolbar", testid: "run-select", key: "run", codec: codec.name, ...top("run"),
    control: { kind: "select", label: "Run", choices: (c) => names(c.loaded.runs) },
    shown: (c) => c.loaded.runs.length > 0,
    selects: true,
  } satisfies Option<string | null>,
  tag: {
    id: "tag", place: "toolbar", testid: "tag-select", key: "tag", codec: codec.name, ...top("tag"),
    control: { kind: "select", label: "Tag", choices: (c) => names(c.loaded.tags) },
    shown: (c) => c.loaded.runs.length > 0,
    selects: true,
  } satisfies Option<string | null>,
  metric: {
    id: "metric", place: "toolbar", testid: "metric-select", key: "metric", codec: codec.name, ...top("metric"),
    control: { kind: "select", label: "Metric", choices: (c) => names(c.metrics) },
    shown: (c) => c.metrics.length > 1,
    adopt: true,
  } satisfies Option<string | null>,
  view: {
    id: "view", place: "toolbar", testid: "view-switch", key: "view", codec: codec.viewKind, ...top("view"),
    control: { kind: "buttons", label: "View", choices: VIEW_CHOICES, enabled: (c, v) => !(c.dims === 1 && (v === "2d" || v === "3d")) },
    shows: (c) => c.view,
    shown: land,
  } satisfies Option<ViewKind | null>,
  step: {
    id: "step", place: "evolution", testid: "step-slider", key: "step", codec: codec.integer, ...top("step"),
    control: null,
    shown: never,
  } satisfies Option<number | null>,
  style: {
    id: "style", place: "options", testid: "style-select", key: "style", codec: codec.oneOf(["heatmap", "filled"]), ...field("heatmap", "style"),
    control: { kind: "select", label: "Style", choices: [["heatmap", "heatmap + isolines"], ["filled", "filled contours"]] },
    shown: (c) => land(c) && (c.view === "2d" || (c.view === "compare" && c.dims === 2)),
  } satisfies Option<"heatmap" | "filled">,
  aspect: {
    id: "aspect", place: "options", testid: "aspect-select", key: "aspect", codec: codec.oneOf(["equal", "fill"]), ...field("heatmap", "aspect"),
    control: {
      kind: "select", label: "Aspect",
      choices: [
        ["equal", "equal units", "Axes in the same unit keep equal scales: a round basin stays round"],
        ["fill", "fill the space", "The plot fills the space; the axes' scales may differ"],
      ],
    },
    shown: (c) => land(c) && (c.view === "2d" || (c.diffing && c.dims === 2)),
  } satisfies Option<"equal" | "fill">,
  scale: {
    id: "scale", place: "options", testid: "scale-select", key: "scale", codec: codec.oneOf(["linear", "log"]), ...field("plot", "scale"),
    control: { kind: "select", label: "Scale", title: "Colour scale (in Compare: the one colour bar of all tiles; in Layers: the bars' axis and the heatmap's colours)", choices: [["linear", "linear"], ["log", "log"]] },
    shown: (c) => (land(c) && !c.diffing) || c.kind === "sensitivity",
  } satisfies Option<"linear" | "log">,
  clip: {
    id: "clip", place: "options", testid: "clip", key: "clip", codec: codec.clip, ...field("plot", "clip"),
    control: { kind: "range", label: "Clip", title: "Colour range (empty: automatic)" },
    shown: land,
  } satisfies Option<[number | null, number | null] | null>,
  fixed: {
    id: "fixed", place: "options", testid: "fixed-range", key: "fixed", codec: codec.bool, ...field("plot", "fixed"),
    control: { kind: "toggle", label: "fixed across steps", title: "One colour range for all steps (min / max over every step), instead of each step's own" },
    shown: (c) => land(c) && !c.diffing,
  } satisfies Option<boolean>,
  path: {
    id: "path", place: "options", testid: "show-path", key: "path", codec: codec.bool, ...field("plot", "path"),
    control: { kind: "toggle", label: "path", title: "Show the optimizer's path" },
    shown: (c) => land(c) && !c.diffing,
  } satisfies Option<boolean>,
  floor: {
    id: "floor", place: "options", testid: "floor-contours", key: "floor", codec: codec.bool, ...field("surface", "floor"),
    control: { kind: "toggle", label: "floor contours", title: "Contour lines on the floor under the surface" },
    shown: (c) => land(c) && c.view === "3d",
  } satisfies Option<boolean>,
  overlay: {
    id: "overlay", place: "options", testid: "overlay-select", key: "overlay", codec: codec.oneOf(["none", "steps", "runs", "paths"]), ...field("curve", "overlay"),
    control: { kind: "select", label: "Overlay", title: "More curves on the 1D view", choices: overlayChoices },
    shown: (c) => land(c) && c.view === "1d",
  } satisfies Option<"none" | "steps" | "runs" | "paths">,
  allMetrics: {
    id: "allMetrics", place: "options", testid: "all-metrics", key: "allm", codec: codec.bool, ...field("curve", "allMetrics"),
    control: { kind: "toggle", label: "all metrics", title: "One panel per metric, stacked, sharing the x axis" },
    shown: (c) => land(c) && c.view === "1d" && c.metrics.length > 1,
  } satisfies Option<boolean>,
  measure: {
    id: "measure", place: "options", testid: "measure-select", key: "measure", codec: codec.oneOf(["trace", "top_eigenvalue"]), ...field("layers", "measure"),
    control: {
      kind: "select", label: "Measure", title: "What the bars and the heatmap show, per parameter group",
      choices: [
        ["trace", "Hessian trace", "Hutchinson estimate of the trace of the group's Hessian block, with its standard error"],
        ["top_eigenvalue", "top eigenvalue", "Largest eigenvalue of the group's Hessian block"],
      ],
    },
    shown: (c) => c.kind === "sensitivity",
  } satisfies Option<"trace" | "top_eigenvalue">,
  outliers: {
    id: "outliers", place: "options", testid: "show-outliers", key: "outliers", codec: codec.bool, ...field("spectrum", "outliers"),
    control: { kind: "toggle", label: "outliers", title: "Mark the outliers: the top eigenvalues resolved above the bulk" },
    shown: (c) => c.kind === "spectrum",
  } satisfies Option<boolean>,
  speed: {
    id: "speed", place: "evolution", testid: "speed-select", key: "speed", codec: codec.numberOf(SPEEDS), ...field("play", "speed"),
    control: { kind: "select", label: "Speed", title: "Steps per second while playing", choices: SPEEDS.map((v) => [v, `${v} step${v === 1 ? "" : "s"}/s`]) },
    shown: always,
  } satisfies Option<number>,
  compareRuns: {
    id: "compareRuns", place: "compare", testid: "compare-runs", key: "compare", codec: codec.names, ...field("compare", "runs"),
    control: { kind: "checklist", label: "Runs", choices: (c) => c.loaded.runsWithTag.map((r) => [r, r]) },
    shows: (c) => comparedRuns(c.state, c.loaded),
    shown: (c) => !c.diffing,
  } satisfies Option<readonly string[] | null>,
  compareMode: {
    id: "compareMode", place: "compare", testid: "compare-mode", key: null, codec: codec.oneOf(["tiles", "diff"]),
    control: { kind: "select", label: "Show", choices: [["tiles", "side by side"], ["diff", "difference"]] },
    get: (s) => (s.compare.diff ? "diff" : "tiles"),
    set: (s, v, c) => ({ ...s, compare: { ...s.compare, diff: v === "diff" ? (s.compare.diff ?? defaultDiff("runs", s, c.loaded)) : null } }),
    shown: always,
  } satisfies Option<"tiles" | "diff">,
  diff: {
    id: "diff", place: "compare", testid: "diff", key: "diff", codec: codec.diff, ...field("compare", "diff"),
    control: null,
    shown: never,
  } satisfies Option<ViewState["compare"]["diff"]>,
  diffKind: {
    id: "diffKind", place: "compare", testid: "diff-kind", key: null, codec: codec.oneOf(["runs", "steps"]),
    control: { kind: "select", label: "Difference of", choices: [["runs", "two runs, same step"], ["steps", "two steps, same run"]] },
    get: (s) => s.compare.diff?.kind ?? "runs",
    set: (s, v, c) => ({ ...s, compare: { ...s.compare, diff: defaultDiff(v, s, c.loaded) } }),
    shown: (c) => c.diffing,
  } satisfies Option<"runs" | "steps">,
  diffA: {
    id: "diffA", place: "compare", testid: "diff-a", key: null, codec: codec.text,
    control: { kind: "select", label: "A", choices: diffChoices },
    get: (s) => String(s.compare.diff?.a ?? ""),
    set: (s, v) => setDiffEnd(s, "a", v),
    shown: (c) => c.diffing,
  } satisfies Option<string>,
  diffB: {
    id: "diffB", place: "compare", testid: "diff-b", key: null, codec: codec.text,
    control: { kind: "select", label: "B", choices: diffChoices },
    get: (s) => String(s.compare.diff?.b ?? ""),
    set: (s, v) => setDiffEnd(s, "b", v),
    shown: (c) => c.diffing,
  } satisfies Option<string>,
  runsX: {
    id: "runsX", place: "runs", testid: "runs-x", key: "rx", codec: codec.name, ...field("runs", "x"),
    control: { kind: "select", label: "x", choices: runsAxes },
    shows: (c) => c.state.runs.x ?? (c.loaded.runsTable ? defaultAxes(c.loaded.runsTable).x : null),
    shown: runsShown,
  } satisfies Option<string | null>,
  runsY: {
    id: "runsY", place: "runs", testid: "runs-y", key: "ry", codec: codec.name, ...field("runs", "y"),
    control: { kind: "select", label: "y", choices: runsAxes },
    shows: (c) => c.state.runs.y ?? (c.loaded.runsTable ? defaultAxes(c.loaded.runsTable).y : null),
    shown: runsShown,
  } satisfies Option<string | null>,
  runsColor: {
    id: "runsColor", place: "runs", testid: "runs-color", key: "rc", codec: codec.optionalName, ...field("runs", "color"),
    control: { kind: "select", label: "Colour", choices: (c) => [[null, "none"], ...runsAxes(c)] },
    shown: runsShown,
  } satisfies Option<string | null>,
  runsStep: {
    id: "runsStep", place: "runs", testid: "runs-step", key: "rstep", codec: codec.optionalInteger, ...field("runs", "step"),
    control: {
      kind: "select", label: "Landscape scalars at", title: "The landscape scalars' values at this step (the last one at or before it), or each run's final one",
      choices: (c) => [[null, "final"], ...(c.loaded.runsTable ? landscapeSteps(c.loaded.runsTable) : []).map((s): Choice<number | null> => [s, `step ${s}`])],
    },
    shown: (c) => runsShown(c) && (c.loaded.runsTable?.landscape.length ?? 0) > 0,
  } satisfies Option<number | null>,
} as const;

export type OptionId = keyof typeof OPTIONS;

/** Every option, in table order. */
export const ALL_OPTIONS: readonly Option<unknown>[] = Object.values(OPTIONS);

/** The options kept in the URL. */
export const URL_OPTIONS: readonly Option<unknown>[] = ALL_OPTIONS.filter((o) => o.key !== null);

const prefix = (plugin: string) => `p.${plugin}.`;

/**
 * The view state in `hash`: each keyed option parsed by its codec; a missing key or a value
 * that does not parse leaves the option at its default.
 */
export function readUrl(hash: string, plugin = "landscape"): ViewState {
  const entries = parseHash(hash).entries;
  const c = context(DEFAULT_STATE, NOTHING_LOADED);
  let state = DEFAULT_STATE;
  for (const o of URL_OPTIONS) {
    const t = entries.get(prefix(plugin) + o.key);
    const v = t === undefined ? undefined : o.codec.parse(t);
    if (v !== undefined) state = o.set(state, v, c);
  }
  return state;
}

/** The URL entries of `state` (keys without the plugin prefix): values other than the default. */
export function urlEntries(state: ViewState): [string, string][] {
  const out: [string, string][] = [];
  for (const o of URL_OPTIONS) {
    const t = o.codec.format(o.get(state));
    if (t !== "" && t !== o.codec.format(o.get(DEFAULT_STATE))) out.push([o.key!, t]);
  }
  return out;
}

/**
 * `hash` with the plugin's keys replaced by `state`'s: the tab and every other key stay, in
 * their order; ours follow them.
 */
export function writeUrl(hash: string, state: ViewState, plugin = "landscape"): string {
  const d = parseHash(hash);
  const p = prefix(plugin);
  const entries = new Map([...d.entries].filter(([k]) => !k.startsWith(p)));
  for (const [k, v] of urlEntries(state)) entries.set(p + k, v);
  return formatHash({ tab: d.tab, entries });
}
