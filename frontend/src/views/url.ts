/**
 * The selection in the URL, so that it survives a reload and can be shared. Pure: no DOM.
 *
 * TensorBoard keeps plugin state in its own page's hash, `#landscape&p.landscape.run=...`:
 * the first `&`-separated item without `=` is the active tab, every other item is
 * `encodeURIComponent(key)=encodeURIComponent(value)` (tf_storage's getUrlHashDict, which
 * drops items with more than one raw `=`; encodeURIComponent never leaves one). Plugin keys
 * are `p.<plugin>.<key>`. These functions read and write that format, keeping the tab and
 * every key that is not ours.
 */

export type ViewKind = "2d" | "3d" | "1d" | "compare";
export const VIEW_KINDS: readonly ViewKind[] = ["2d", "3d", "1d", "compare"];

/** Difference mode of the Compare view: two runs at one step, or one run at two steps. */
export type DiffSpec = { kind: "runs"; a: string; b: string } | { kind: "steps"; a: number; b: number };

/** What the URL holds; absent fields take their defaults. */
export interface UrlState {
  run?: string;
  tag?: string;
  metric?: string;
  view?: ViewKind;
  /** The step shown; absent: follow the latest step. */
  step?: number;
  scale?: "linear" | "log";
  /** Clip range; null for an automatic side. */
  clip?: [number | null, number | null];
  /** Colour range fixed across steps. */
  fixed?: boolean;
  path?: boolean;
  style?: "heatmap" | "filled";
  floor?: boolean;
  /** 1D view: other steps or the compared runs overlaid. */
  overlay?: "steps" | "runs";
  /** 1D view: one panel per metric. */
  allMetrics?: boolean;
  /** Runs of the Compare view's tiles. */
  compare?: string[];
  /** Set: the Compare view shows this difference instead of tiles. */
  diff?: DiffSpec;
}

/** A parsed hash: the tab (the item without `=`), and the other keys in order. */
export interface HashDict {
  tab: string | null;
  entries: Map<string, string>;
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Parses `#tab&k=v&...` (the leading `#` optional) as tf_storage does. */
export function parseHash(hash: string): HashDict {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  const out: HashDict = { tab: null, entries: new Map() };
  if (!body) return out;
  for (const item of body.split("&")) {
    const parts = item.split("=");
    if (parts.length === 1) {
      if (item !== "") out.tab = decode(item) ?? item;
    } else if (parts.length === 2) {
      const k = decode(parts[0]);
      const v = decode(parts[1]);
      if (k !== null && v !== null) out.entries.set(k, v);
    }
  }
  return out;
}

/** The hash for `d`, with its `#`: the tab first, then the keys URI-encoded. */
export function formatHash(d: HashDict): string {
  const items: string[] = [];
  if (d.tab !== null) items.push(d.tab);
  for (const [k, v] of d.entries) items.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return items.length ? `#${items.join("&")}` : "";
}

const prefix = (plugin: string) => `p.${plugin}.`;

function parseNumber(s: string | undefined): number | undefined {
  if (s === undefined || s.trim() === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function parseBool(s: string | undefined): boolean | undefined {
  if (s === "1" || s === "true") return true;
  if (s === "0" || s === "false") return false;
  return undefined;
}

function parseJson(s: string | undefined): unknown {
  if (s === undefined) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

function parseClip(s: string | undefined): [number | null, number | null] | undefined {
  if (s === undefined) return undefined;
  const parts = s.split(",");
  if (parts.length !== 2) return undefined;
  const side = (p: string) => (p.trim() === "" ? null : (parseNumber(p) ?? NaN));
  const lo = side(parts[0]);
  const hi = side(parts[1]);
  if (Number.isNaN(lo) || Number.isNaN(hi) || (lo === null && hi === null)) return undefined;
  if (lo !== null && hi !== null && !(lo < hi)) return undefined;
  return [lo, hi];
}

function parseDiff(s: string | undefined): DiffSpec | undefined {
  const j = parseJson(s);
  if (typeof j !== "object" || j === null) return undefined;
  const o = j as Record<string, unknown>;
  if (o.kind === "runs" && typeof o.a === "string" && typeof o.b === "string") return { kind: "runs", a: o.a, b: o.b };
  if (o.kind === "steps" && Number.isInteger(o.a) && Number.isInteger(o.b)) {
    return { kind: "steps", a: o.a as number, b: o.b as number };
  }
  return undefined;
}

/** The plugin's state in `hash`; malformed values are left out (their defaults apply). */
export function readState(hash: string, plugin = "landscape"): UrlState {
  const d = parseHash(hash);
  const p = prefix(plugin);
  const get = (k: string) => d.entries.get(p + k);
  const st: UrlState = {};
  const run = get("run");
  if (run !== undefined && run !== "") st.run = run;
  const tag = get("tag");
  if (tag !== undefined && tag !== "") st.tag = tag;
  const metric = get("metric");
  if (metric !== undefined && metric !== "") st.metric = metric;
  const view = get("view");
  if ((VIEW_KINDS as readonly string[]).includes(view ?? "")) st.view = view as ViewKind;
  const step = parseNumber(get("step"));
  if (step !== undefined && Number.isInteger(step)) st.step = step;
  const scale = get("scale");
  if (scale === "log" || scale === "linear") st.scale = scale;
  const clip = parseClip(get("clip"));
  if (clip) st.clip = clip;
  const fixed = parseBool(get("fixed"));
  if (fixed !== undefined) st.fixed = fixed;
  const path = parseBool(get("path"));
  if (path !== undefined) st.path = path;
  const style = get("style");
  if (style === "heatmap" || style === "filled") st.style = style;
  const floor = parseBool(get("floor"));
  if (floor !== undefined) st.floor = floor;
  const overlay = get("overlay");
  if (overlay === "steps" || overlay === "runs") st.overlay = overlay;
  const allm = parseBool(get("allm"));
  if (allm !== undefined) st.allMetrics = allm;
  const compare = parseJson(get("compare"));
  if (Array.isArray(compare) && compare.every((r) => typeof r === "string")) st.compare = compare as string[];
  const diff = parseDiff(get("diff"));
  if (diff) st.diff = diff;
  return st;
}

/** `state` as hash values (only the fields present), keys without the plugin prefix. */
export function stateEntries(state: UrlState): [string, string][] {
  const out: [string, string][] = [];
  const put = (k: string, v: string | undefined) => v !== undefined && out.push([k, v]);
  const bool = (b: boolean | undefined) => (b === undefined ? undefined : b ? "1" : "0");
  put("run", state.run);
  put("tag", state.tag);
  put("metric", state.metric);
  put("view", state.view);
  put("step", state.step === undefined ? undefined : String(state.step));
  put("scale", state.scale);
  put("clip", state.clip && state.clip.map((v) => (v === null ? "" : String(v))).join(","));
  put("fixed", bool(state.fixed));
  put("path", bool(state.path));
  put("style", state.style);
  put("floor", bool(state.floor));
  put("overlay", state.overlay);
  put("allm", bool(state.allMetrics));
  put("compare", state.compare && JSON.stringify(state.compare));
  put("diff", state.diff && JSON.stringify(state.diff));
  return out;
}

/**
 * `hash` with the plugin's keys replaced by `state`'s: the tab and every other key stay,
 * in their order; ours follow them.
 */
export function writeState(hash: string, state: UrlState, plugin = "landscape"): string {
  const d = parseHash(hash);
  const p = prefix(plugin);
  const entries = new Map([...d.entries].filter(([k]) => !k.startsWith(p)));
  for (const [k, v] of stateEntries(state)) entries.set(p + k, v);
  return formatHash({ tab: d.tab, entries });
}
