/**
 * The 2D zoom window: which part of the grid the plot shows, in fractional grid index
 * coordinates (see scales.ts), `u` along x in [u0, u1] and `v` along y in [v0, v1]. The
 * full window is the cell extent, [-0.5, n - 0.5] on each axis. Zooming scales both axes
 * by the same factor (the plot keeps its aspect) around a fixed point; the window never
 * leaves the full one and never gets narrower than `minSpan` grid steps. Pure: no DOM.
 */

export interface ZoomWindow {
  u0: number;
  u1: number;
  v0: number;
  v1: number;
}

/** The whole grid of `nx` x `ny` points. */
export function fullWindow(nx: number, ny: number): ZoomWindow {
  return { u0: -0.5, u1: nx - 0.5, v0: -0.5, v1: ny - 0.5 };
}

/** True when `w` is (within rounding) the full window `full`. */
export function isFullWindow(w: ZoomWindow, full: ZoomWindow): boolean {
  const eps = 1e-9 * Math.max(1, full.u1 - full.u0, full.v1 - full.v0);
  return (
    Math.abs(w.u0 - full.u0) < eps && Math.abs(w.u1 - full.u1) < eps &&
    Math.abs(w.v0 - full.v0) < eps && Math.abs(w.v1 - full.v1) < eps
  );
}

/** One axis of `clampWindow`: span at most `f1 - f0`, inside [f0, f1]. */
function clampSpan(a: number, b: number, f0: number, f1: number): [number, number] {
  const span = Math.min(b - a, f1 - f0);
  if (a < f0) a = f0;
  if (a + span > f1) a = f1 - span;
  return [a, a + span];
}

/** `w` moved (not resized, unless larger than `full`) to lie inside `full`. */
export function clampWindow(w: ZoomWindow, full: ZoomWindow): ZoomWindow {
  const [u0, u1] = clampSpan(w.u0, w.u1, full.u0, full.u1);
  const [v0, v1] = clampSpan(w.v0, w.v1, full.v0, full.v1);
  return { u0, u1, v0, v1 };
}

/**
 * Zooms `w` by `factor` (> 1 zooms in, < 1 out) around the point (u, v), which stays at
 * the same place on screen (up to clamping): spans are divided by `factor`, no smaller
 * than `minSpan` (or the full span when that is smaller) and no larger than the full one.
 */
export function zoomWindow(
  w: ZoomWindow,
  full: ZoomWindow,
  u: number,
  v: number,
  factor: number,
  minSpan = 2,
): ZoomWindow {
  if (!(factor > 0) || !Number.isFinite(factor)) return w;
  const su = w.u1 - w.u0;
  const sv = w.v1 - w.v0;
  const fu = full.u1 - full.u0;
  const fv = full.v1 - full.v0;
  // One factor for both axes, limited so that neither span leaves [min, full].
  let k = 1 / factor;
  const kMin = Math.max(Math.min(minSpan, fu) / su, Math.min(minSpan, fv) / sv);
  const kMax = Math.min(fu / su, fv / sv);
  k = Math.min(Math.max(k, Math.min(kMin, 1)), Math.max(kMax, 1));
  const u0 = u - (u - w.u0) * k;
  const v0 = v - (v - w.v0) * k;
  return clampWindow({ u0, u1: u0 + su * k, v0, v1: v0 + sv * k }, full);
}

/** `w` moved by (du, dv) grid steps, clamped inside `full`. */
export function panWindow(w: ZoomWindow, full: ZoomWindow, du: number, dv: number): ZoomWindow {
  return clampWindow({ u0: w.u0 + du, u1: w.u1 + du, v0: w.v0 + dv, v1: w.v1 + dv }, full);
}

/**
 * The affine map of grid index (u, v) to plot pixels (x right, y down) for window `w` in
 * a `width` x `height` plot, as canvas / DOMMatrix coefficients [a, b, c, d, e, f]:
 * px = a u + e, py = d v + f.
 */
export function windowTransform(w: ZoomWindow, width: number, height: number): [number, number, number, number, number, number] {
  const a = width / (w.u1 - w.u0);
  const d = -height / (w.v1 - w.v0);
  return [a, 0, 0, d, -a * w.u0, -d * w.v1];
}

/** Pixel of grid index (u, v) in window `w`. */
export function windowToPixel(w: ZoomWindow, width: number, height: number, u: number, v: number): [number, number] {
  return [((u - w.u0) / (w.u1 - w.u0)) * width, ((w.v1 - v) / (w.v1 - w.v0)) * height];
}

/** Grid index (u, v) of pixel (px, py) in window `w`: the inverse of `windowToPixel`. */
export function pixelToWindow(w: ZoomWindow, width: number, height: number, px: number, py: number): [number, number] {
  return [w.u0 + (px / width) * (w.u1 - w.u0), w.v1 - (py / height) * (w.v1 - w.v0)];
}

/** True when `a` and `b` hold the same numbers (the same grid coordinates). */
export function sameCoords(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(a[i] !== a[i] && b[i] !== b[i])) return false;
  return true;
}
