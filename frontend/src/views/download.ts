/** Saving a file from the page: a Blob URL and an `<a download>` clicked once; a title on a PNG. */

import { h, pixelRatio } from "../render/dom";

/** Offers `blob` as a download named `filename` (already sanitized: compute/export.ts). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by then; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Height of the title band in CSS pixels. */
const TITLE_BAND = 28;

/**
 * `png` with a band on top holding `title` (run, tag, step, metric), in the page's colours
 * and at the picture's pixel ratio (`png` is `scale` device pixels per CSS pixel). A title
 * wider than the picture widens it.
 */
export async function withTitle(png: Blob, title: string, scale = pixelRatio()): Promise<Blob> {
  const img = await createImageBitmap(png);
  const style = getComputedStyle(document.documentElement);
  const font = `500 ${14 * scale}px Roboto, "Helvetica Neue", Arial, sans-serif`;
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("canvas 2D context unavailable");
  ctx.font = font;
  const pad = 8 * scale;
  canvas.width = Math.max(img.width, Math.ceil(ctx.measureText(title).width + 2 * pad));
  canvas.height = img.height + Math.round(TITLE_BAND * scale);
  ctx.fillStyle = style.getPropertyValue("--tbl-bg").trim() || "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.font = font; // resizing the canvas reset it
  ctx.fillStyle = style.getPropertyValue("--tbl-fg").trim() || "#212121";
  ctx.textBaseline = "middle";
  ctx.fillText(title, pad, (TITLE_BAND * scale) / 2);
  ctx.drawImage(img, 0, Math.round(TITLE_BAND * scale));
  img.close();
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
}
