/**
 * NaN and infinity handling shared by the views. A landscape may hold NaN (a diverged
 * evaluation), +inf (overflow) or -inf; these never enter a colour domain, a contour or an
 * axis range, and are counted so the views can say how many there are. Pure: no DOM.
 */

/** `[min, max]` of the finite values, or null when there are none. */
export function finiteExtent(values: ArrayLike<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Counts of the non-finite values, by kind. */
export interface NonFiniteCounts {
  nan: number;
  posInf: number;
  negInf: number;
}

export function countNonFinite(values: ArrayLike<number>): NonFiniteCounts {
  const c = { nan: 0, posInf: 0, negInf: 0 };
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) c.nan++;
    else if (v === Infinity) c.posInf++;
    else if (v === -Infinity) c.negInf++;
  }
  return c;
}

/** The runs of consecutive finite points, as index ranges [start, end). */
export function finiteRuns(values: ArrayLike<number>): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= values.length; i++) {
    const ok = i < values.length && Number.isFinite(values[i]);
    if (ok && start < 0) start = i;
    if (!ok && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}

/** How many finite values lie below / above a colour domain (they take its end colours). */
export interface ClipCounts {
  below: number;
  above: number;
}

/**
 * Counts the finite values outside `domain` = [lo, hi]: below lo (on a log scale this
 * includes the values <= 0, which take the lowest colour as lo > 0) and above hi.
 */
export function clipCounts(values: ArrayLike<number>, domain: readonly [number, number]): ClipCounts {
  const [lo, hi] = domain;
  let below = 0;
  let above = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) {
      if (v !== -Infinity) below++;
    } else if (v > hi) {
      if (v !== Infinity) above++;
    }
  }
  return { below, above };
}
