/**
 * Small canvas helpers shared by the sensitivity and spectrum charts: theme colours (from the
 * page's CSS variables, so dark mode is readable), a plot box with axes, ticks and titles,
 * hatching for missing cells, and a read-out that follows the pointer.
 */

import { Colormap } from "../compute/colormap";
import { type Tick } from "../compute/scales";

export interface Theme {
  fg: string;
  muted: string;
  bg: string;
  border: string;
  accent: string;
  line: string;
}

/** The page's colours, read from the CSS variables of `el` (light defaults). */
export function themeOf(el: Element): Theme {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    fg: v("--tbl-fg", "#212121"),
    muted: v("--tbl-muted", "#616161"),
    bg: v("--tbl-bg", "#ffffff"),
    border: v("--tbl-border", "#e0e0e0"),
    accent: v("--tbl-accent", "#f57c00"),
    line: v("--tbl-line", "#1976d2"),
  };
}

/** A plot area in CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function inside(r: Rect, px: number, py: number): boolean {
  return px >= r.x && px <= r.x + r.w && py >= r.y && py <= r.y + r.h;
}

export const FONT = "11px Roboto, Helvetica, Arial, sans-serif";

/** The frame of a plot with its ticks: x ticks under it, y ticks left of it (or none). */
export function drawAxes(
  ctx: CanvasRenderingContext2D, r: Rect, theme: Theme,
  x: { ticks: Tick[]; at: (v: number) => number; title: string } | null,
  y: { ticks: Tick[]; at: (v: number) => number; title: string } | null,
): void {
  ctx.save();
  ctx.strokeStyle = theme.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(r.x + 0.5, r.y + 0.5, r.w, r.h);
  ctx.fillStyle = theme.fg;
  ctx.font = FONT;
  if (x) {
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    for (const t of x.ticks) {
      const px = x.at(t.value);
      if (px < r.x - 1 || px > r.x + r.w + 1) continue;
      ctx.fillRect(px, r.y + r.h, 1, 4);
      ctx.fillText(t.label, px, r.y + r.h + 6);
    }
    ctx.fillStyle = theme.muted;
    ctx.fillText(x.title, r.x + r.w / 2, r.y + r.h + 22);
    ctx.fillStyle = theme.fg;
  }
  if (y) {
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    for (const t of y.ticks) {
      const py = y.at(t.value);
      if (py < r.y - 1 || py > r.y + r.h + 1) continue;
      ctx.fillRect(r.x - 4, py, 4, 1);
      ctx.fillText(t.label, r.x - 6, py);
    }
    ctx.save();
    ctx.translate(r.x - 44, r.y + r.h / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = "center";
    ctx.fillStyle = theme.muted;
    ctx.fillText(y.title, 0, 0);
    ctx.restore();
  }
  ctx.restore();
}

/** A missing cell: grey diagonal hatching (never a palette colour). */
export function hatch(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, theme: Theme): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = theme.muted;
  ctx.globalAlpha = 0.5;
  ctx.lineWidth = 1;
  for (let d = -h; d < w; d += 5) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + h);
    ctx.lineTo(x + d + h, y);
    ctx.stroke();
  }
  ctx.restore();
}

/** The viridis colour at position `t` in [0, 1], as CSS. */
const VIRIDIS = new Colormap([0, 1]);
export function colourAt(t: number): string {
  const [r, g, b] = VIRIDIS.colorAt(t);
  return `rgb(${r},${g},${b})`;
}

/** A vertical colour bar over `r` with ticks on its right. */
export function colourBar(
  ctx: CanvasRenderingContext2D, r: Rect, theme: Theme, ticks: Tick[], pos: (v: number) => number, title: string,
): void {
  for (let i = 0; i < r.h; i++) {
    ctx.fillStyle = colourAt(1 - i / Math.max(1, r.h - 1));
    ctx.fillRect(r.x, r.y + i, r.w, 1);
  }
  ctx.save();
  ctx.strokeStyle = theme.border;
  ctx.strokeRect(r.x + 0.5, r.y + 0.5, r.w, r.h);
  ctx.fillStyle = theme.fg;
  ctx.font = FONT;
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  for (const t of ticks) {
    const p = pos(t.value);
    if (!(p >= 0 && p <= 1)) continue;
    const py = r.y + (1 - p) * r.h;
    ctx.fillRect(r.x + r.w, py, 3, 1);
    ctx.fillText(t.label, r.x + r.w + 5, py);
  }
  ctx.fillStyle = theme.muted;
  ctx.textAlign = "center";
  ctx.textBaseline = "bottom";
  ctx.fillText(title, r.x + r.w / 2, r.y - 4);
  ctx.restore();
}

/** Shortens `text` with an ellipsis to fit `width` pixels. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`…${t}`).width > width) t = t.slice(1);
  return `…${t}`;
}
