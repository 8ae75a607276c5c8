/** Axis titles and other texts built from a frame's header. Pure: no DOM. */

/**
 * The title of a landscape axis: its label, the explained variance when known (PCA axes:
 * "PC1 (72.3% of variance)"), its unit and the direction method, e.g.
 * "direction 1 [filter-normalized units] · random".
 */
export function axisTitleText(
  axis: { label: string; unit: string; explained_variance: number | null },
  method = "",
): string {
  let title = axis.label;
  const ev = axis.explained_variance;
  // The writer may already have put the share in the label ("PC 1 (87.4%)"): say it once.
  if (typeof ev === "number" && Number.isFinite(ev) && !/\d\s*%/.test(title)) {
    title += `${title ? " " : ""}(${(ev * 100).toFixed(1)}% of variance)`;
  }
  if (axis.unit) title += title ? ` [${axis.unit}]` : axis.unit;
  if (method) title += title ? ` · ${method}` : method;
  return title;
}

/** "N point(s) above / below the colour range" (or another `range`). */
export function clipText(n: number, where: "above" | "below", range = "colour range"): string {
  return `${n} point${n === 1 ? "" : "s"} ${where} the ${range}`;
}

/** Formats a value for a read-out: 4 significant digits, non-finite spelled out. */
export function formatValue(v: number): string {
  if (v !== v) return "NaN";
  if (v === Infinity) return "+inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return "0";
  const a = Math.abs(v);
  return a >= 1e5 || a < 1e-3 ? v.toExponential(3) : String(Number(v.toPrecision(4)));
}

/** Average advance of a 12 px title glyph, in pixels (Roboto / Helvetica). */
const TITLE_CHAR_PX = 6.4;

/** About how many pixels `title` takes as 12 px text (what `fitTitle` needs to keep it whole). */
export function titlePixels(title: string): number {
  return Math.ceil(title.length * TITLE_CHAR_PX);
}

/** `title`, cut with an ellipsis to fit about `px` pixels of 12 px text. */
export function fitTitle(title: string, px: number): string {
  const max = Math.max(4, Math.floor(px / TITLE_CHAR_PX));
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}
