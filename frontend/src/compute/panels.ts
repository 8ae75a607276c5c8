/**
 * Layout of the 1D view's panels: one plot per metric, stacked vertically, all of the same
 * width and sharing the x range (one panel: the single plot of before). Pure: no DOM.
 */

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PanelLayout {
  /** The plot area of each panel, top to bottom, in the svg's pixels. */
  plots: PlotBox[];
  /** Size of the whole svg. */
  width: number;
  height: number;
}

/** Height of a panel relative to the plot width when several are stacked (one: `aspect`). */
export const STACKED_ASPECT_FACTOR = 0.6;

/**
 * `count` panels (at least 1) of plot width `maxSide` (at least 120 px), the first's plot
 * `margin.top` below the top, each next one `gap` below the previous one's plot, and
 * `margin.bottom` under the last (room for the x axis). One panel is `aspect` times as
 * high as wide; stacked ones `aspect * STACKED_ASPECT_FACTOR`; lower when the whole must fit
 * in `maxHeight` pixels; at least 80 px each.
 */
export function panelLayout(count: number, maxSide: number, margin: Margin, aspect: number, gap: number, maxHeight = Infinity): PanelLayout {
  const n = Math.max(1, Math.floor(count));
  const w = Math.max(120, Math.round(maxSide));
  const room = Math.floor((maxHeight - margin.top - margin.bottom - (n - 1) * gap) / n);
  const ht = Math.max(80, Math.min(room, Math.round(w * aspect * (n > 1 ? STACKED_ASPECT_FACTOR : 1))));
  const plots: PlotBox[] = [];
  for (let k = 0; k < n; k++) plots.push({ left: margin.left, top: margin.top + k * (ht + gap), width: w, height: ht });
  return {
    plots,
    width: margin.left + w + margin.right,
    height: margin.top + n * ht + (n - 1) * gap + margin.bottom,
  };
}

/**
 * The panel under the pointer at svg coordinates (x, y): the one whose plot (grown by
 * `slack` px on each side) holds it; in the gap between two, the nearer one. -1 outside.
 */
export function panelAt(plots: readonly PlotBox[], x: number, y: number, slack = 4): number {
  if (plots.length === 0) return -1;
  const first = plots[0];
  const last = plots[plots.length - 1];
  if (x < first.left - slack || x > first.left + first.width + slack) return -1;
  if (y < first.top - slack || y > last.top + last.height + slack) return -1;
  let best = 0;
  let bestDist = Infinity;
  plots.forEach((p, k) => {
    const d = y < p.top ? p.top - y : y > p.top + p.height ? y - (p.top + p.height) : 0;
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  });
  return best;
}
