/**
 * The optimizer's path drawn over a landscape: a polyline and one point per logged step,
 * coloured by step (early light, late dark; `compute/trajectory.ts`), the last point (the
 * current step) larger with a ring. On a canvas for the 2D heatmap (the caller maps data
 * to pixels, zoom included), in SVG for the 1D chart.
 */

import { cssColor, type Rgb } from "../compute/colormap";
import { formatValue } from "../compute/labels";
import { pathColor, type PathPoint, type PathSpread, percentText } from "../compute/trajectory";
import { s } from "./dom";

const POINT_R = 3.5;
const CURRENT_R = 6;
const HALO = "rgba(0, 0, 0, 0.75)";

/** The colours of `n` path points, first to last. */
export function pathColors(n: number): Rgb[] {
  return Array.from({ length: n }, (_, i) => pathColor(i, n));
}

/**
 * Draws the path whose points are at `pixels` (CSS pixels of `ctx`) in `colors`; the point
 * `hover` (-1: none) gets an extra ring.
 */
export function drawPathCanvas(
  ctx: CanvasRenderingContext2D,
  pixels: readonly (readonly [number, number])[],
  colors: readonly Rgb[],
  hover = -1,
): void {
  const n = pixels.length;
  if (n === 0) return;
  ctx.save();
  ctx.lineJoin = "round";
  ctx.lineCap = "round";
  if (n > 1) {
    // A dark halo under the whole line, then each segment in its end point's colour.
    ctx.beginPath();
    pixels.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.strokeStyle = HALO;
    ctx.lineWidth = 4;
    ctx.stroke();
    ctx.lineWidth = 2;
    for (let i = 1; i < n; i++) {
      ctx.beginPath();
      ctx.moveTo(pixels[i - 1][0], pixels[i - 1][1]);
      ctx.lineTo(pixels[i][0], pixels[i][1]);
      ctx.strokeStyle = cssColor(colors[i]);
      ctx.stroke();
    }
  }
  for (let i = 0; i < n - 1; i++) {
    const [x, y] = pixels[i];
    ctx.beginPath();
    ctx.arc(x, y, POINT_R, 0, 2 * Math.PI);
    ctx.fillStyle = cssColor(colors[i]);
    ctx.fill();
    ctx.strokeStyle = HALO;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  // The current step: a larger point with a white ring and a dark outline.
  const [cx, cy] = pixels[n - 1];
  ctx.beginPath();
  ctx.arc(cx, cy, CURRENT_R, 0, 2 * Math.PI);
  ctx.fillStyle = cssColor(colors[n - 1]);
  ctx.fill();
  ctx.strokeStyle = "#ffffff";
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(cx, cy, CURRENT_R + 1.5, 0, 2 * Math.PI);
  ctx.strokeStyle = HALO;
  ctx.lineWidth = 1;
  ctx.stroke();
  if (hover >= 0 && hover < n) {
    const [hx, hy] = pixels[hover];
    ctx.beginPath();
    ctx.arc(hx, hy, (hover === n - 1 ? CURRENT_R : POINT_R) + 4, 0, 2 * Math.PI);
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  ctx.restore();
}

/** The path as an SVG group (`data-testid="path-overlay"`), points at `pixels`. */
export function pathSvg(
  pixels: readonly (readonly [number, number])[],
  colors: readonly Rgb[],
  steps: readonly number[] = [],
): SVGGElement {
  const g = s("g", { class: "tbl-path", "data-testid": "path-overlay", "data-points": pixels.length });
  const n = pixels.length;
  if (n === 0) return g;
  if (n > 1) {
    g.append(
      s("polyline", {
        class: "tbl-path-line",
        points: pixels.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(" "),
      }),
    );
  }
  pixels.forEach(([x, y], i) => {
    const current = i === n - 1;
    g.append(
      s("circle", {
        class: current ? "tbl-path-point tbl-path-current" : "tbl-path-point",
        cx: x.toFixed(2),
        cy: y.toFixed(2),
        r: current ? CURRENT_R : POINT_R,
        fill: cssColor(colors[i]),
        "data-step": steps[i],
      }),
    );
  });
  return g;
}

/**
 * The read-out of a path point: step, coordinates, on-plane loss, true loss, residual; and,
 * when the path barely moves in the view (`spread.tiny`), a word about it.
 */
export function pathReadout(p: PathPoint, dims: 1 | 2, current: boolean, spread: PathSpread | null = null): string {
  const where = dims === 2 ? `(${formatValue(p.x)}, ${formatValue(p.y)})` : `x = ${formatValue(p.x)}`;
  const tiny = spread?.tiny
    ? ` · the path barely moves ${dims === 2 ? "in this plane" : "along this line"} (within ${percentText(spread.fraction)} of its span)`
    : "";
  return (
    `path, step ${p.step}${current ? " (current)" : ""} at ${where}: ` +
    `on-plane loss = ${formatValue(p.planeLoss)}, true loss = ${formatValue(p.trueLoss)}, ` +
    `projection residual = ${formatValue(p.residual)}${tiny}`
  );
}

/**
 * The legend's text for a path that barely moves in the view (it would collapse onto the
 * centre dot without a word), e.g. "path: 61 steps, within 0.4% of the plane's span — the
 * path barely moves in this plane; try the PCA tag"; null when `spread` is not tiny. The
 * PCA tag is suggested for a 2D plane that is not a PCA plane already (`method`).
 */
export function tinyPathText(spread: PathSpread | null, dims: 1 | 2, method = ""): string | null {
  if (!spread || !spread.tiny) return null;
  const what = dims === 2 ? "plane" : "line";
  const moves = dims === 2 ? "in this plane" : "along this line";
  const hint = dims === 2 && !/pca/i.test(method) ? "; try the PCA tag" : "";
  const steps = `${spread.count} step${spread.count === 1 ? "" : "s"}`;
  return `path: ${steps}, within ${percentText(spread.fraction)} of the ${what}'s span \u2014 the path barely moves ${moves}${hint}`;
}
