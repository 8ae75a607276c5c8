/**
 * The page's decisions that need no DOM: which step to show, which to prefetch, which
 * colour domain to pass the renderers, what the keyboard does. Pure, unit-tested.
 */

import type { StepInfo } from "../api";

export type Range = [number, number];
/** A clip range as the user typed it: null for an automatic side. */
export type Clip = [number | null, number | null];

// ---------------------------------------------------------------------------------------
// Steps

/** Index of the largest step <= `step` in ascending `steps`; -1 when all are larger. */
export function indexAtOrBelow(steps: readonly number[], step: number): number {
  let lo = 0;
  let hi = steps.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid] <= step) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The index to show: the latest when following (`pinned` null), else the pinned step, or
 * the nearest step below it, or the first step when all are later. -1 when there are none.
 */
export function resolveIndex(steps: readonly number[], pinned: number | null): number {
  if (steps.length === 0) return -1;
  if (pinned === null) return steps.length - 1;
  return Math.max(0, indexAtOrBelow(steps, pinned));
}

/**
 * The step a comparison tile shows: its run's latest when following, else its nearest step
 * <= the slider's (null when the run has none that early).
 */
export function tileStep(steps: readonly number[], pinned: number | null): number | null {
  if (steps.length === 0) return null;
  if (pinned === null) return steps[steps.length - 1];
  const i = indexAtOrBelow(steps, pinned);
  return i < 0 ? null : steps[i];
}

/** Indices from `center` outwards (next, previous, next but one, ...), `center` excluded. */
export function neighbourOrder(n: number, center: number): number[] {
  const out: number[] = [];
  for (let d = 1; out.length < n - 1 && d < n; d++) {
    if (center + d < n) out.push(center + d);
    if (center - d >= 0) out.push(center - d);
  }
  return out;
}

/**
 * The steps to prefetch around `center`: neighbours outwards, as many as `budget` bytes
 * allow (estimated per step), leaving out those already held.
 */
export function prefetchPlan(
  infos: readonly StepInfo[],
  center: number,
  budget: number,
  estimate: (info: StepInfo) => number,
  held: (info: StepInfo) => boolean,
): StepInfo[] {
  const out: StepInfo[] = [];
  let used = center >= 0 && center < infos.length ? estimate(infos[center]) : 0;
  for (const i of neighbourOrder(infos.length, Math.max(0, Math.min(center, infos.length - 1)))) {
    used += estimate(infos[i]);
    if (used > budget) break;
    if (!held(infos[i])) out.push(infos[i]);
  }
  return out;
}

/**
 * Up to `max` other steps to overlay on the 1D view of step index `current`: spread evenly
 * over the run (first and latest included), the current one left out. Indices, ascending.
 */
export function overlayIndices(n: number, current: number, max = 5): number[] {
  const others = Array.from({ length: n }, (_, i) => i).filter((i) => i !== current);
  if (others.length <= max) return others;
  const out = new Set<number>();
  for (let k = 0; k < max; k++) out.add(others[Math.round((k * (others.length - 1)) / (max - 1))]);
  return [...out].sort((a, b) => a - b);
}

/** The runs compared by default: the selected run first, then the next ones, `max` in all. */
export function defaultCompareRuns(runs: readonly string[], selected: string | null, max = 4): string[] {
  const rest = runs.filter((r) => r !== selected);
  return [...(selected !== null && runs.includes(selected) ? [selected] : []), ...rest].slice(0, max);
}

// ---------------------------------------------------------------------------------------
// Colour domain

/** The union of ranges; null when none is given. */
export function unionRanges(ranges: Iterable<Range | null | undefined>): Range | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of ranges) {
    if (!r || !Number.isFinite(r[0]) || !Number.isFinite(r[1])) continue;
    lo = Math.min(lo, r[0]);
    hi = Math.max(hi, r[1]);
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * The range of metric `metric` over all `steps` (their `ranges` from the steps route),
 * null when the server gave none (an older server) or no step has a finite value.
 */
export function rangeOverSteps(steps: readonly StepInfo[], metric: string): Range | null {
  return unionRanges(
    steps.map((s) => {
      const i = s.metrics.indexOf(metric);
      return i >= 0 && s.ranges ? s.ranges[i] : null;
    }),
  );
}

/**
 * The colour domain: `base` (the data's range) intersected with the clip range; an
 * automatic side of the clip takes the base's. When the clip range lies outside the data,
 * the clip range itself; when nothing finite is known, null (the renderer decides).
 */
export function applyClip(base: Range | null, clip: Clip | null): Range | null {
  if (!clip || (clip[0] === null && clip[1] === null)) return base;
  const [clo, chi] = clip;
  if (!base) return clo !== null && chi !== null ? [clo, chi] : null;
  const lo = clo === null ? base[0] : Math.max(base[0], clo);
  const hi = chi === null ? base[1] : Math.min(base[1], chi);
  if (lo < hi) return [lo, hi];
  // The clip range lies outside the data: both sides given, it is the domain; one side
  // given, it cannot make a range with the data's other side, so the data's range stays.
  return clo !== null && chi !== null ? [clo, chi] : base;
}

/** The clip range typed in the two inputs: empty = automatic; an error when unreadable. */
export function parseClip(loText: string, hiText: string): { clip: Clip | null; error: string | null } {
  const side = (t: string): number | null | undefined => {
    const s = t.trim();
    if (s === "") return null;
    const n = Number(s);
    return Number.isFinite(n) ? n : undefined;
  };
  const lo = side(loText);
  const hi = side(hiText);
  if (lo === undefined) return { clip: null, error: `"${loText.trim()}" is not a number` };
  if (hi === undefined) return { clip: null, error: `"${hiText.trim()}" is not a number` };
  if (lo === null && hi === null) return { clip: null, error: null };
  if (lo !== null && hi !== null && !(lo < hi)) return { clip: null, error: "the low end must be below the high end" };
  return { clip: [lo, hi], error: null };
}

// ---------------------------------------------------------------------------------------
// Keyboard

export type KeyAction =
  | { kind: "step"; delta: -1 | 1 }
  | { kind: "first" }
  | { kind: "latest" }
  | { kind: "play" }
  | { kind: "view"; view: "2d" | "3d" | "1d" | "compare" }
  | { kind: "help" };

/**
 * What a key press does, or null to leave it to the browser: nothing while focus is in a
 * text field, select or slider (they use the keys themselves) or with Ctrl/Alt/Meta held;
 * Space is left to a focused button or checkbox, which it activates.
 */
export function keyAction(
  key: string,
  target: { tag: string; type?: string; editable?: boolean },
  mods: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {},
): KeyAction | null {
  if (mods.ctrl || mods.alt || mods.meta) return null;
  const tag = target.tag.toUpperCase();
  if (target.editable || tag === "TEXTAREA" || tag === "SELECT") return null;
  if (tag === "INPUT") return null;
  if (key === " " || key === "Spacebar") return tag === "BUTTON" || tag === "A" ? null : { kind: "play" };
  switch (key) {
    case "ArrowLeft":
      return { kind: "step", delta: -1 };
    case "ArrowRight":
      return { kind: "step", delta: 1 };
    case "Home":
      return { kind: "first" };
    case "End":
      return { kind: "latest" };
    case "1":
      return { kind: "view", view: "1d" };
    case "2":
      return { kind: "view", view: "2d" };
    case "3":
      return { kind: "view", view: "3d" };
    case "c":
    case "C":
      return { kind: "view", view: "compare" };
    case "?":
      return { kind: "help" };
    default:
      return null;
  }
}
