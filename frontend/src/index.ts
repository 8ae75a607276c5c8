/**
 * Entry point. TensorBoard's plugin page runs
 * `import("./static/index.js").then(m => m.render())` in an iframe that has no styles of
 * its own; `render()` builds the whole tab into that page's body.
 */

import { LandscapeApi } from "./api";
import { LandscapeApp } from "./views/app";
import { rendererCss } from "./views/renderers";
import { CSS } from "./views/styles";

const DEFAULT_POLL_MS = 5000;

declare global {
  interface Window {
    /** Test hook: poll interval in milliseconds (0 turns polling off). */
    __TBL_POLL_MS?: number | string;
  }
}

/**
 * The poll interval: `?poll=MS` on the page's URL, else `window.__TBL_POLL_MS`, else 5 s.
 * 0 turns polling off.
 */
export function pollInterval(search: string, override: unknown): number {
  const candidates = [new URLSearchParams(search).get("poll"), override];
  for (const c of candidates) {
    if (c === null || c === undefined || c === "") continue;
    const n = Number(c);
    if (Number.isFinite(n) && n >= 0) return n;
  }
  return DEFAULT_POLL_MS;
}

let app: LandscapeApp | null = null;

/** Builds the Landscape tab in `document.body`. Calling it again does nothing. */
export function render(): void {
  if (app) return;
  const style = document.createElement("style");
  style.textContent = CSS + rendererCss();
  document.head.append(style);
  app = new LandscapeApp({
    api: new LandscapeApi(),
    pollMs: pollInterval(window.location.search, window.__TBL_POLL_MS),
  });
  // Focusable (not in the tab order), so that focusing the page's body focuses the plugin
  // frame and the keyboard shortcuts reach it, as after a click inside it.
  document.body.tabIndex = -1;
  document.body.append(app.root);
  app.start();
}
