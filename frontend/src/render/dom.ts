/**
 * Small DOM builders. Text always goes in through `textContent`, never `innerHTML`: run,
 * tag, metric and axis names come from users' logs and may contain markup.
 */

const SVG_NS = "http://www.w3.org/2000/svg";

type Attrs = Record<string, string | number | boolean | null | undefined>;

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? "" : String(v));
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  el.append(...children);
  return el;
}

/** An SVG element with attributes and children (strings become text nodes). */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: (Node | string)[] = [],
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  el.append(...children);
  return el;
}

/** A canvas sized `width` x `height` CSS pixels, backed at the device pixel ratio. */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
  const dpr = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("canvas 2D context unavailable");
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/** Formats a value for a read-out: 4 significant digits, non-finite spelled out. */
export { formatValue } from "../compute/labels";

/** The device pixel ratio the canvases are backed at (1 to 3). */
export function pixelRatio(): number {
  return Math.max(1, Math.min(3, window.devicePixelRatio || 1));
}

/**
 * Like `sizeCanvas`, but only reallocates the backing store when the size changes (setting
 * `width` always clears and reallocates); otherwise clears it. Returns the context with the
 * device-pixel-ratio transform set.
 */
export function ensureCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
  const dpr = pixelRatio();
  const bw = Math.round(width * dpr);
  const bh = Math.round(height * dpr);
  let ctx: CanvasRenderingContext2D | null;
  if (canvas.width !== bw || canvas.height !== bh) {
    canvas.width = bw;
    canvas.height = bh;
    ctx = canvas.getContext("2d");
  } else {
    ctx = canvas.getContext("2d");
    if (ctx) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalCompositeOperation = "source-over";
      ctx.globalAlpha = 1;
      ctx.clearRect(0, 0, bw, bh);
    }
  }
  if (!ctx) throw new Error("canvas 2D context unavailable");
  if (canvas.style.width !== `${width}px`) canvas.style.width = `${width}px`;
  if (canvas.style.height !== `${height}px`) canvas.style.height = `${height}px`;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/** The page's background colour: `--tbl-bg`, else the first opaque ancestor background, else white. */
export function themeBackground(el: Element): string {
  const v = getComputedStyle(el).getPropertyValue("--tbl-bg").trim();
  if (v) return v;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && !isTransparent(bg)) return bg;
  }
  return "#ffffff";
}

function isTransparent(color: string): boolean {
  return color === "transparent" || /^rgba\(.*,\s*0\)$/.test(color);
}

/** Computed style properties copied onto an SVG's elements when it is exported. */
const SVG_STYLE_PROPS = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
  "stroke-linecap", "stroke-linejoin", "opacity", "font-family", "font-size", "font-weight",
  "font-style", "text-anchor", "dominant-baseline", "shape-rendering", "visibility", "display",
  "paint-order",
];

/** Extra room around an exported SVG, for what overflows it (tick labels, colour-bar arrows). */
const SVG_PAD = 24;

/**
 * `svg` as a standalone SVG image (computed styles inlined, so the page's stylesheet and
 * CSS variables are not needed), with `SVG_PAD` pixels of room on every side.
 */
export function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const r = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...Array.from(svg.querySelectorAll("*"))];
  const dst = [clone, ...Array.from(clone.querySelectorAll("*"))];
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const style = SVG_STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(";");
    dst[i].setAttribute("style", style);
  });
  const w = r.width + 2 * SVG_PAD;
  const h = r.height + 2 * SVG_PAD;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(w));
  clone.setAttribute("height", String(h));
  clone.setAttribute("viewBox", `${-SVG_PAD} ${-SVG_PAD} ${w} ${h}`);
  clone.style.overflow = "visible";
  const url = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(clone));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("SVG export failed"));
    img.src = url;
  });
}

/** A canvas as a PNG blob. */
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export failed"))), "image/png"),
  );
}

type DrawOp = (ctx: CanvasRenderingContext2D) => void;

/**
 * A PNG of what `root` shows: its canvases, its SVGs (as images), its texts and its
 * coloured boxes (legend swatches), at their places on screen, over the theme background.
 * Elements for which `skip` is true are left out with their subtree. Needs `root` laid
 * out (in the page, not hidden).
 */
export async function rasterize(root: HTMLElement, skip: (el: Element) => boolean = () => false): Promise<Blob> {
  const rr = root.getBoundingClientRect();
  const dpr = pixelRatio();
  const pending: Promise<DrawOp>[] = [];
  // The picture spans what is drawn (the root may be wider than its content).
  let right = 1;
  let bottom = 1;
  const at = (r: DOMRect) => {
    right = Math.max(right, r.right - rr.left);
    bottom = Math.max(bottom, r.bottom - rr.top);
    return [r.left - rr.left, r.top - rr.top, r.width, r.height] as const;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      const parent = node.parentElement;
      if (!text || !parent) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      if (rects.length === 0) return;
      const boxes = rects.map(at);
      const cs = getComputedStyle(parent);
      const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const color = cs.color;
      pending.push(Promise.resolve((ctx: CanvasRenderingContext2D) => {
        ctx.font = font;
        ctx.fillStyle = color;
        ctx.textBaseline = "middle";
        ctx.textAlign = "left";
        // Wrapped text: fill each line box with as many words as fit.
        const words = text.split(" ");
        let k = 0;
        boxes.forEach(([x, y, w, h], i) => {
          let line = words[k++] ?? "";
          while (k < words.length && (i === boxes.length - 1 || ctx.measureText(`${line} ${words[k]}`).width <= w + 1)) {
            line += ` ${words[k++]}`;
          }
          ctx.fillText(line, x, y + h / 2);
        });
      }));
      return;
    }
    if (!(node instanceof Element)) return;
    if (node !== root && skip(node)) return;
    const cs = getComputedStyle(node);
    if (cs.display === "none" || cs.visibility === "hidden") return;
    const r = node.getBoundingClientRect();
    if (node instanceof HTMLCanvasElement) {
      if (node.width > 0 && node.height > 0) {
        const box = at(r);
        pending.push(Promise.resolve((ctx: CanvasRenderingContext2D) => ctx.drawImage(node, ...box)));
      }
      return;
    }
    if (node instanceof SVGSVGElement) {
      const [x, y, w, h] = at(r);
      pending.push(
        svgImage(node).then((img) => (ctx: CanvasRenderingContext2D) => {
          ctx.drawImage(img, x - SVG_PAD, y - SVG_PAD, w + 2 * SVG_PAD, h + 2 * SVG_PAD);
        }),
      );
      return;
    }
    if (node !== root && r.width > 0 && r.height > 0 && node.childNodes.length === 0) at(r);
    if (node !== root && r.width > 0 && r.height > 0) {
      const bg = cs.backgroundColor;
      const hatched = node.classList.contains("tbl-hatched");
      const image = cs.backgroundImage;
      const gradient = /^linear-gradient\(to right, (rgb\([^)]*\)), (rgb\([^)]*\))\)$/.exec(image);
      const topWidth = parseFloat(cs.borderTopWidth) || 0;
      const topStyle = cs.borderTopStyle;
      const topColor = cs.borderTopColor;
      const boxed = (parseFloat(cs.borderLeftWidth) || 0) > 0 && cs.borderLeftStyle !== "none";
      const boxColor = cs.borderLeftColor;
      const radius = parseFloat(cs.borderTopLeftRadius) || 0;
      const [x, y, w, h] = [r.left - rr.left, r.top - rr.top, r.width, r.height];
      pending.push(Promise.resolve((ctx: CanvasRenderingContext2D) => {
        const round = radius >= Math.min(w, h) / 2 - 0.5 && radius > 0;
        const shape = () => {
          ctx.beginPath();
          if (round) ctx.arc(x + w / 2, y + h / 2, Math.min(w, h) / 2, 0, 2 * Math.PI);
          else ctx.rect(x, y, w, h);
        };
        if (gradient) {
          const g = ctx.createLinearGradient(x, 0, x + w, 0);
          g.addColorStop(0, gradient[1]);
          g.addColorStop(1, gradient[2]);
          ctx.fillStyle = g;
          shape();
          ctx.fill();
        } else if (bg && !isTransparent(bg)) {
          ctx.fillStyle = bg;
          shape();
          ctx.fill();
        }
        if (hatched) {
          ctx.save();
          ctx.beginPath();
          ctx.rect(x, y, w, h);
          ctx.clip();
          ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          for (let d = -h; d < w; d += 5.5) {
            ctx.moveTo(x + d, y + h);
            ctx.lineTo(x + d + h, y);
          }
          ctx.stroke();
          ctx.restore();
        }
        if (boxed && !round) {
          ctx.strokeStyle = boxColor;
          ctx.lineWidth = 1;
          ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
        } else if (boxed && round) {
          ctx.strokeStyle = boxColor;
          ctx.lineWidth = parseFloat(cs.borderLeftWidth) || 1;
          shape();
          ctx.stroke();
        } else if (topWidth > 0 && topStyle !== "none") {
          ctx.strokeStyle = topColor;
          ctx.lineWidth = topWidth;
          ctx.setLineDash(topStyle === "dashed" ? [4, 3] : topStyle === "dotted" ? [1, 2] : []);
          ctx.beginPath();
          ctx.moveTo(x, y + topWidth / 2);
          ctx.lineTo(x + w, y + topWidth / 2);
          ctx.stroke();
          ctx.setLineDash([]);
        }
      }));
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  const ops = await Promise.all(pending);
  const width = Math.max(1, Math.min(Math.ceil(rr.width), Math.ceil(right + 8)));
  const height = Math.max(1, Math.min(Math.ceil(rr.height), Math.ceil(bottom + 4)));
  const out = document.createElement("canvas");
  out.width = Math.round(width * dpr);
  out.height = Math.round(height * dpr);
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("canvas 2D context unavailable");
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = themeBackground(root);
  ctx.fillRect(0, 0, width, height);
  for (const op of ops) op(ctx);
  return canvasPng(out);
}
