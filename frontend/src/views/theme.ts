/**
 * Light or dark: dark when the parent TensorBoard page is in dark mode (its body has the
 * class `dark-mode`; the plugin iframe is same-origin) or the browser prefers dark.
 */

function parentIsDark(): boolean {
  try {
    return window.parent !== window && window.parent.document.body.classList.contains("dark-mode");
  } catch {
    return false; // not same-origin, or no body yet
  }
}

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

export function isDark(): boolean {
  return parentIsDark() || prefersDark();
}

/**
 * Keeps the `tbl-dark` class of `root` (the page's <html>) in step with the theme, following TensorBoard's
 * settings and the system preference as they change. Returns a function that stops it.
 */
export function followTheme(root: HTMLElement): () => void {
  const apply = () => root.classList.toggle("tbl-dark", isDark());
  apply();
  const stops: (() => void)[] = [];
  if (typeof window.matchMedia === "function") {
    const mq = window.matchMedia("(prefers-color-scheme: dark)");
    mq.addEventListener("change", apply);
    stops.push(() => mq.removeEventListener("change", apply));
  }
  try {
    if (window.parent !== window) {
      const body = window.parent.document.body;
      const observer = new MutationObserver(apply);
      observer.observe(body, { attributes: true, attributeFilter: ["class"] });
      stops.push(() => observer.disconnect());
    }
  } catch {
    // Cross-origin parent: the system preference alone decides.
  }
  return () => stops.forEach((stop) => stop());
}
