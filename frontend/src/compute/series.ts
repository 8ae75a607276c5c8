/**
 * Colours of the 1D chart's series and of its centre line. Pure: no DOM.
 *
 * Series 0 takes the theme's line colour (`var(--tbl-line)`, a blue); the others take
 * Tableau 10 without its blue (too close to the theme's line) and without its grey. Grey
 * is kept for the marks that are not data: the dashed centre line is a neutral grey (the
 * theme's muted text colour), so it never looks like one more series (it used to take the
 * accent orange, the colour of the direction-2 slice).
 */

import { schemeTableau10 } from "d3-scale-chromatic";
import { parseColor, type Rgb } from "./colormap";

/** Tableau 10 less its blue (#4e79a7) and grey (#bab0ab): orange, red, teal, green, ... */
export const SERIES_COLORS: readonly string[] = schemeTableau10.filter((c) => c !== "#4e79a7" && c !== "#bab0ab");

/** The theme's colour of the first series (CSS). */
export const FIRST_SERIES_COLOR = "var(--tbl-line)";

/** The centre line and its legend mark (CSS): the theme's muted grey. */
export const CENTER_LINE_COLOR = "var(--tbl-muted)";

/** The greys `CENTER_LINE_COLOR` resolves to in the light and dark themes (views/styles.ts). */
export const CENTER_LINE_GREYS: readonly string[] = ["#616161", "#bdbdbd"];

/** CSS colour of series `i`: the theme's line colour first, then `SERIES_COLORS` in turn. */
export function seriesColor(i: number): string {
  return i === 0 ? FIRST_SERIES_COLOR : SERIES_COLORS[(i - 1) % SERIES_COLORS.length];
}

/** Chroma of a colour: max - min of its channels (0 for a grey, 0..255). */
export function chroma(c: Rgb): number {
  return Math.max(c[0], c[1], c[2]) - Math.min(c[0], c[1], c[2]);
}

/** Whether `css` ("#rrggbb" / "rgb(...)") is a grey: chroma below `limit`. */
export function isNeutral(css: string, limit = 24): boolean {
  return chroma(parseColor(css)) < limit;
}
