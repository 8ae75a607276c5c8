import { describe, expect, it } from "vitest";
import { parseColor } from "./colormap";
import { CENTER_LINE_GREYS, chroma, FIRST_SERIES_COLOR, isNeutral, SERIES_COLORS, seriesColor } from "./series";

describe("series colours", () => {
  it("start with the theme's line colour, then cycle through the palette", () => {
    expect(seriesColor(0)).toBe(FIRST_SERIES_COLOR);
    expect(seriesColor(1)).toBe("#f28e2c"); // direction 2 of a plane's slices: orange, as before
    expect(seriesColor(1 + SERIES_COLORS.length)).toBe(seriesColor(1));
    expect(new Set(SERIES_COLORS).size).toBe(SERIES_COLORS.length);
  });

  it("are never grey, so the grey centre line differs from every series", () => {
    for (const c of SERIES_COLORS) {
      expect(isNeutral(c), c).toBe(false);
      expect(chroma(parseColor(c))).toBeGreaterThanOrEqual(45);
    }
    for (const grey of CENTER_LINE_GREYS) {
      expect(isNeutral(grey)).toBe(true);
      for (const c of SERIES_COLORS) {
        const [a, b] = [parseColor(grey), parseColor(c)];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), `${grey} vs ${c}`).toBeGreaterThan(60);
      }
    }
    // The theme's line colours (views/styles.ts: --tbl-line, light and dark) are blues.
    for (const line of ["#1976d2", "#64b5f6"]) expect(isNeutral(line)).toBe(false);
  });
});
