import { describe, expect, it } from "vitest";
import { Colormap, gridToRgba, NAN_COLOR, NEG_INF_COLOR, parseColor, POS_INF_COLOR, type Rgb } from "./colormap";

function distance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

describe("Colormap", () => {
  const cmap = new Colormap([0, 10]);

  it("maps the domain ends to viridis' ends", () => {
    expect(cmap.color(0)).toEqual([68, 1, 84]); // #440154
    expect(cmap.color(10)).toEqual([253, 231, 37]); // #fde725
    expect(distance(cmap.color(5), [33, 145, 140])).toBeLessThan(4); // #21918c, the middle
  });

  it("clamps finite values outside the domain", () => {
    expect(cmap.color(-1e30)).toEqual(cmap.color(0));
    expect(cmap.color(1e30)).toEqual(cmap.color(10));
  });

  it("maps non-finite values to marked colours, never to the ends", () => {
    expect(cmap.color(NaN)).toEqual(NAN_COLOR);
    expect(cmap.color(Infinity)).toEqual(POS_INF_COLOR);
    expect(cmap.color(-Infinity)).toEqual(NEG_INF_COLOR);
    expect(cmap.color(Infinity)).not.toEqual(cmap.color(10));
    expect(cmap.color(-Infinity)).not.toEqual(cmap.color(0));
    expect(Number.isNaN(cmap.position(NaN))).toBe(true);
  });

  it("uses marked colours far from every colormap colour", () => {
    for (const marked of [NAN_COLOR, POS_INF_COLOR, NEG_INF_COLOR]) {
      let nearest = Infinity;
      for (let i = 0; i <= 100; i++) nearest = Math.min(nearest, distance(marked, cmap.color(i / 10)));
      expect(nearest).toBeGreaterThan(60);
    }
  });

  it("puts a degenerate domain in the middle", () => {
    expect(new Colormap([2, 2]).position(2)).toBe(0.5);
  });
});

describe("parseColor", () => {
  it("reads rgb() and hex", () => {
    expect(parseColor("rgb(1, 2, 3)")).toEqual([1, 2, 3]);
    expect(parseColor("#0a0B0c")).toEqual([10, 11, 12]);
    expect(() => parseColor("red")).toThrow(/unrecognised colour/);
  });
});

describe("gridToRgba", () => {
  it("flips rows so that the largest y is at the top, with ny != nx", () => {
    // ny = 2, nx = 3: row iy = 0 holds 0, 1, 2 and row iy = 1 holds 3, 4, NaN.
    const cmap = new Colormap([0, 4]);
    const { rgba, mask, nonFinite } = gridToRgba([0, 1, 2, 3, 4, NaN], 3, 2, cmap);
    const pixel = (col: number, row: number) => Array.from(rgba.slice((row * 3 + col) * 4, (row * 3 + col) * 4 + 4));
    // Image row 0 (top) is grid row iy = 1.
    expect(pixel(0, 0)).toEqual([...cmap.color(3), 255]);
    expect(pixel(1, 0)).toEqual([...cmap.color(4), 255]);
    expect(pixel(2, 0)).toEqual([...NAN_COLOR, 255]);
    // Image row 1 (bottom) is grid row iy = 0.
    expect(pixel(0, 1)).toEqual([...cmap.color(0), 255]);
    expect(pixel(2, 1)).toEqual([...cmap.color(2), 255]);
    expect(nonFinite).toBe(1);
    expect(Array.from(mask).filter((_, i) => i % 4 === 3)).toEqual([0, 0, 255, 0, 0, 0]);
  });

  it("rejects a grid of the wrong size", () => {
    expect(() => gridToRgba([1, 2, 3], 2, 2, new Colormap([0, 1]))).toThrow(/expected ny \* nx = 2 \* 2/);
  });
});
