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
  if (typeof ev === "number" && Number.isFinite(ev)) {
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
