import { describe, expect, it } from "vitest";
import {
  Colormap,
  colorPosition,
  gridToRgba,
  interpolateBuWhRd,
  NAN_COLOR,
  NEG_INF_COLOR,
  parseColor,
  POS_INF_COLOR,
  positionValue,
  type Rgb,
} from "./colormap";

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

describe("Colormap options", () => {
  it("positions values by log10 on a log scale, values <= 0 at the lowest colour", () => {
    const c = new Colormap([1, 1000], { scale: "log" });
    expect(c.position(1)).toBe(0);
    expect(c.position(10)).toBeCloseTo(1 / 3, 12);
    expect(c.position(100)).toBeCloseTo(2 / 3, 12);
    expect(c.position(1000)).toBe(1);
    expect(c.position(0)).toBe(0);
    expect(c.position(-3)).toBe(0);
    expect(c.position(0.5)).toBe(0);
    expect(c.position(1e9)).toBe(1);
    expect(c.color(0)).toEqual(c.color(1));
    expect(c.color(NaN)).toEqual(NAN_COLOR);
    expect(c.valueAt(0.5)).toBeCloseTo(Math.sqrt(1000), 9);
    expect(colorPosition(10, [1, 1000], "log")).toBeCloseTo(1 / 3, 12);
    expect(positionValue(1 / 3, [1, 1000], "log")).toBeCloseTo(10, 9);
  });

  it("keeps linear positions the default", () => {
    const c = new Colormap([0, 10], {});
    expect(c.scale).toBe("linear");
    expect(c.palette).toBe("sequential");
    expect(c.position(2.5)).toBe(0.25);
    expect(c.valueAt(0.25)).toBe(2.5);
    expect(c.colorAt(1)).toEqual(c.color(10));
    expect(c.colorAt(-1)).toEqual(c.color(0));
  });

  it("replaces a log domain's lo <= 0", () => {
    const c = new Colormap([0, 5], { scale: "log" });
    expect(c.domain[0]).toBeGreaterThan(0);
    expect(c.domain[1]).toBe(5);
    expect(Number.isFinite(c.position(1))).toBe(true);
  });

  it("has a diverging palette: blue low, white middle, red high", () => {
    const c = new Colormap([-1, 1], { palette: "diverging" });
    const [r0, , b0] = c.color(-1);
    const [r1, , b1] = c.color(1);
    expect(b0).toBeGreaterThan(r0 + 50);
    expect(r1).toBeGreaterThan(b1 + 50);
    for (const ch of c.color(0)) expect(ch).toBeGreaterThan(235);
    expect(c.color(-1)).toEqual(parseColor(interpolateBuWhRd(0)));
  });

  it("uses marked colours far from every diverging colour", () => {
    const c = new Colormap([-1, 1], { palette: "diverging" });
    for (const marked of [NAN_COLOR, POS_INF_COLOR, NEG_INF_COLOR]) {
      let nearest = Infinity;
      for (let i = 0; i < c.size; i++) nearest = Math.min(nearest, distance(marked, c.colorAt(i / (c.size - 1))));
      expect(nearest).toBeGreaterThan(60);
    }
  });

  it("gridToRgba reuses the arrays it is given", () => {
    const cmap = new Colormap([0, 3]);
    const first = gridToRgba([0, 1, NaN, 3], 2, 2, cmap);
    const again = gridToRgba([0, 1, 2, 3], 2, 2, cmap, first);
    expect(again.rgba).toBe(first.rgba);
    expect(again.nonFinite).toBe(0);
    expect(Array.from(again.mask).every((x) => x === 0)).toBe(true);
  });
});
