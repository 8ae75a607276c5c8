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

/** The element focused on the embedding page, as `mayTakeFocus` needs it; null: none. */
export interface FocusedElement {
  tag: string;
  /** contenteditable. */
  editable?: boolean;
  /** The page's body or root element (nothing in particular is focused). */
  body?: boolean;
}

/**
 * Whether the tab may move the keyboard focus into its own frame when it opens (so that
 * the shortcuts work without a first click): yes when nothing on the embedding page has
 * it (no element, its body or root) or a plain element such as the tab button just
 * clicked; never from a text field, a select or an editable element, where the user may
 * be typing.
 */
export function mayTakeFocus(active: FocusedElement | null): boolean {
  if (!active || active.body) return true;
  if (active.editable) return false;
  const tag = active.tag.toUpperCase();
  return tag !== "INPUT" && tag !== "TEXTAREA" && tag !== "SELECT";
}

/**
 * Moves the focus into this frame when `mayTakeFocus` allows it. Reading the embedding
 * page may throw (another origin): then nothing happens. Returns whether it focused.
 */
export function claimFocus(win: Window = window): boolean {
  try {
    if (win.parent === win) {
      const a = win.document.activeElement;
      if (a && a !== win.document.body && a !== win.document.documentElement) return false;
    } else {
      const doc = win.parent.document;
      const a = doc.activeElement;
      const own = win.frameElement;
      const desc: FocusedElement | null =
        a === null || a === own
          ? null
          : { tag: a.tagName, editable: (a as HTMLElement).isContentEditable, body: a === doc.body || a === doc.documentElement };
      if (!mayTakeFocus(desc)) return false;
      (own as HTMLElement | null)?.focus({ preventScroll: true });
    }
    win.focus();
    win.document.body.focus({ preventScroll: true });
    return true;
  } catch {
    return false;
  }
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
  // The keyboard shortcuts work at once, without a click into the frame first.
  claimFocus();
}
