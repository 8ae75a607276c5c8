/**
 * Where the 3D view's axis labels go on screen, so that no two overlap at any orbit angle.
 * Pure: no DOM, no three.js; the renderer projects points to screen pixels and measures
 * texts, and these functions decide.
 *
 * Screen space: CSS pixels of the canvas, origin at the top left, y down.
 *
 * - `pickAxes` chooses, from the floor's four corners on screen, the edge that carries the x
 *   ticks and the one that carries the y ticks (the nearer of each pair of parallel edges,
 *   as matplotlib does) and the corner of the vertical axis (the leftmost one: on the
 *   silhouette, so its labels never lie over the surface).
 * - `boxBeyond` places a label's box just beyond its anchor along a screen direction
 *   (outwards from the plot, whatever the camera).
 * - `fitTicks` asks for fewer nice ticks (1-2-5 steps, d3's) until an axis' own labels
 *   no longer overlap.
 * - `placeLabels` then drops, in order of priority, every label that would overlap one
 *   kept before it or leave the canvas.
 */

import type { Tick } from "./scales";

/** An axis-aligned box in screen pixels: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether `a` and `b` overlap, with `pad` pixels of room kept between them. */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.width + pad &&
    b.x < a.x + a.width + pad &&
    a.y < b.y + b.height + pad &&
    b.y < a.y + a.height + pad
  );
}

/** Whether `inner` lies inside `outer` (edges may touch). */
export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Unit vector along (dx, dy); `fallback` when it is (almost) zero. */
export function unit(dx: number, dy: number, fallback: [number, number] = [0, 1]): [number, number] {
  const n = Math.hypot(dx, dy);
  return n > 1e-9 ? [dx / n, dy / n] : fallback;
}

/**
 * The box of a `width` x `height` label beyond the anchor (px, py) in the direction of the
 * unit vector (ux, uy): the box's centre lies on that ray, as near as keeps the anchor
 * `gap` pixels outside the box (on the edge of the box grown by `gap`). Right of the anchor
 * a label is left-aligned, below it, centred, and so on for every angle in between.
 */
export function boxBeyond(px: number, py: number, ux: number, uy: number, width: number, height: number, gap: number): Box {
  // Distance from the grown box's centre to its edge along (ux, uy).
  const ax = Math.abs(ux);
  const ay = Math.abs(uy);
  const half = Math.min(ax > 1e-9 ? (width / 2 + gap) / ax : Infinity, ay > 1e-9 ? (height / 2 + gap) / ay : Infinity);
  const d = Number.isFinite(half) ? half : 0;
  const cx = px + ux * d;
  const cy = py + uy * d;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** How far a `width` x `height` box reaches along the unit vector (ux, uy), edge to edge. */
export function boxDepth(ux: number, uy: number, width: number, height: number): number {
  return Math.abs(ux) * width + Math.abs(uy) * height;
}

/** Whether any two of `boxes` overlap (with `pad` pixels of room). */
export function anyOverlap(boxes: readonly Box[], pad = 0): boolean {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i], boxes[j], pad)) return true;
  }
  return false;
}

/**
 * The most ticks of one axis whose labels do not overlap: `ticksFor(count)` for count =
 * `maxCount`, `maxCount - 1`, ... 1 (nice ticks get coarser as the count drops: 1-2-5
 * steps), the first whose boxes (`boxOf`; null: not drawable, e.g. behind the camera)
 * overlap nowhere; when even the coarsest overlap, those of them that do not, in order.
 */
export function fitTicks(
  ticksFor: (count: number) => Tick[],
  maxCount: number,
  boxOf: (t: Tick) => Box | null,
  pad = 2,
): { ticks: Tick[]; boxes: Box[] } {
  let last: { ticks: Tick[]; boxes: Box[] } = { ticks: [], boxes: [] };
  let prevKey = "";
  for (let count = Math.max(1, Math.floor(maxCount)); count >= 1; count--) {
    const ts = ticksFor(count);
    const key = ts.map((t) => t.value).join(",");
    if (key === prevKey) continue; // the same ticks as for count + 1
    prevKey = key;
    const kept: Tick[] = [];
    const boxes: Box[] = [];
    for (const t of ts) {
      const b = boxOf(t);
      if (b) {
        kept.push(t);
        boxes.push(b);
      }
    }
    last = { ticks: kept, boxes };
    if (!anyOverlap(boxes, pad)) return last;
  }
  // Even the coarsest ticks overlap: those of them that do not, first come first.
  const out: { ticks: Tick[]; boxes: Box[] } = { ticks: [], boxes: [] };
  last.boxes.forEach((b, i) => {
    if (out.boxes.some((o) => boxesOverlap(o, b, pad))) return;
    out.ticks.push(last.ticks[i]);
    out.boxes.push(b);
  });
  return out;
}

/** A label to place: a box and a priority (higher goes first). */
export interface Candidate {
  box: Box;
  priority: number;
}

/**
 * Indices of `labels` to show: in order of priority (ties: in the given order), each one
 * that lies inside `bounds` (null: anywhere) and keeps `pad` pixels from every label kept
 * before it. No two kept boxes overlap, for any input.
 */
export function placeLabels(labels: readonly Candidate[], bounds: Box | null, pad = 2): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[b].priority - labels[a].priority || a - b);
  const kept: number[] = [];
  for (const i of order) {
    const box = labels[i].box;
    if (!(Number.isFinite(box.x) && Number.isFinite(box.y))) continue;
    if (bounds && !boxInside(box, bounds)) continue;
    if (kept.some((k) => boxesOverlap(labels[k].box, box, pad))) continue;
    kept.push(i);
  }
  return kept.sort((a, b) => a - b);
}

/** The floor's corners, in this order: (-X, -Y), (X, -Y), (X, Y), (-X, Y). */
export interface FloorCorner {
  /** Screen position. */
  x: number;
  y: number;
  /** Distance from the camera (world units). */
  depth: number;
}

/** Which floor edges carry the x and y ticks, and which corner the vertical axis. */
export interface AxisPick {
  /** The x ticks run along y = xEdge * halfY (-1: the edge through corners 0 and 1). */
  xEdge: -1 | 1;
  /** The y ticks run along x = yEdge * halfX (1: the edge through corners 1 and 2). */
  yEdge: -1 | 1;
  /** Index of the corner (see `FloorCorner`) where the vertical axis stands. */
  zCorner: number;
}

/**
 * The edges and corner for the axes, from the floor's corners as the camera sees them: the
 * x and y ticks go on the nearer edge of each pair (their labels then lie in front, outside
 * the floor), the vertical axis on the leftmost corner on screen (the farther one on a tie).
 */
export function pickAxes(corners: readonly [FloorCorner, FloorCorner, FloorCorner, FloorCorner]): AxisPick {
  const [c0, c1, c2, c3] = corners;
  const xEdge: -1 | 1 = c0.depth + c1.depth <= c3.depth + c2.depth ? -1 : 1;
  const yEdge: -1 | 1 = c1.depth + c2.depth <= c0.depth + c3.depth ? 1 : -1;
  let zCorner = 0;
  for (let i = 1; i < 4; i++) {
    const c = corners[i];
    const b = corners[zCorner];
    if (c.x < b.x - 1e-6 || (Math.abs(c.x - b.x) <= 1e-6 && c.depth > b.depth)) zCorner = i;
  }
  return { xEdge, yEdge, zCorner };
}
