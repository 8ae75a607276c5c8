/**
 * Exported pictures with a title band: the renderer's PNG (`LandscapeRenderer.toPng()`)
 * with the run, tag, step and metric written above it, so a saved file says what it shows.
 *
 *     const blob = await titledPng(await renderer.toPng(), pngTitle(run, tag, step, metric));
 *
 * The band takes the page's theme (background and text colour) unless told otherwise; the
 * text is wrapped to the picture's width (`compute/export.ts:wrapTitle`).
 */

import { wrapTitle } from "../compute/export";
import { canvasPng, pixelRatio, themeBackground } from "./dom";

/** Colours and font of the title band (CSS values). */
export interface PngTheme {
  /** Band background, e.g. "#ffffff". */
  bg: string;
  /** Title text colour. */
  fg: string;
  /** CSS font of the title; 14 px Roboto by default. */
  font?: string;
}

const DEFAULT_FONT = '500 14px Roboto, "Helvetica Neue", Arial, sans-serif';
/** Title line height and the band's padding, in CSS pixels. */
const LINE_HEIGHT = 18;
const PAD_X = 8;
const PAD_Y = 6;

/** The page's theme: `--tbl-bg` / `--tbl-fg` of `el` (the document's root by default). */
export function pageTheme(el: Element = document.documentElement): PngTheme {
  const cs = getComputedStyle(el);
  return {
    bg: themeBackground(el),
    fg: cs.getPropertyValue("--tbl-fg").trim() || cs.color || "#212121",
  };
}

/** Something with a size that a canvas can draw. */
type Picture = CanvasImageSource & { width: number; height: number };

/**
 * A canvas holding `image` under a band with `title`: the band spans the image's width,
 * its text wrapped to it (at most 3 lines). `scale` is the image's pixels per CSS pixel
 * (a renderer's PNG is drawn at the device pixel ratio), so the title has the size of the
 * page's text.
 */
export function titledCanvas(image: Picture, title: string, theme: PngTheme = pageTheme(), scale = pixelRatio()): HTMLCanvasElement {
  const out = document.createElement("canvas");
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("canvas 2D context unavailable");
  const font = theme.font ?? DEFAULT_FONT;
  ctx.font = font;
  const cssWidth = image.width / scale;
  const lines = title ? wrapTitle(title, Math.max(40, cssWidth - 2 * PAD_X), (t) => ctx.measureText(t).width) : [];
  const band = lines.length ? Math.ceil((lines.length * LINE_HEIGHT + 2 * PAD_Y) * scale) : 0;
  out.width = image.width;
  out.height = image.height + band;
  // Setting the size reset the context.
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(image, 0, band);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.font = font;
  ctx.fillStyle = theme.fg;
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  lines.forEach((line, i) => ctx.fillText(line, PAD_X, PAD_Y + (i + 0.5) * LINE_HEIGHT));
  return out;
}

/** Decodes a PNG blob into something a canvas can draw. */
async function decode(blob: Blob): Promise<Picture> {
  if (typeof createImageBitmap === "function") return createImageBitmap(blob);
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * `source` (a PNG blob, e.g. from `toPng()`, or a canvas) as a PNG with `title` in a band
 * above it, in `theme`'s colours (the page's by default). An empty title gives the
 * picture unchanged (re-encoded).
 */
export async function titledPng(source: Blob | HTMLCanvasElement, title: string, theme: PngTheme = pageTheme(), scale = pixelRatio()): Promise<Blob> {
  const image = source instanceof Blob ? await decode(source) : source;
  try {
    return await canvasPng(titledCanvas(image, title, theme, scale));
  } finally {
    if (typeof ImageBitmap !== "undefined" && image instanceof ImageBitmap) image.close();
  }
}
