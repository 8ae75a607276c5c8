import { describe, expect, it } from "vitest";
import { panelAt, panelLayout, STACKED_ASPECT_FACTOR } from "./panels";

const M = { top: 14, right: 16, bottom: 44, left: 64 };

describe("panelLayout", () => {
  it("one panel is the single plot: maxSide wide, aspect high", () => {
    const l = panelLayout(1, 480, M, 0.55, 20);
    expect(l.plots).toEqual([{ left: 64, top: 14, width: 480, height: 264 }]);
    expect(l.width).toBe(64 + 480 + 16);
    expect(l.height).toBe(14 + 264 + 44);
  });

  it("stacks panels of one width with gaps, lower ones each, the x axis room once", () => {
    const l = panelLayout(3, 480, M, 0.55, 20);
    const ht = Math.round(480 * 0.55 * STACKED_ASPECT_FACTOR);
    expect(l.plots.map((p) => p.top)).toEqual([14, 14 + ht + 20, 14 + 2 * (ht + 20)]);
    expect(new Set(l.plots.map((p) => `${p.left},${p.width},${p.height}`)).size).toBe(1);
    expect(l.plots[0].height).toBe(ht);
    expect(l.height).toBe(14 + 3 * ht + 2 * 20 + 44);
    const last = l.plots[2];
    expect(l.height - (last.top + last.height)).toBe(M.bottom);
  });

  it("lowers the panels to fit a height, the whole included", () => {
    const one = panelLayout(1, 1000, M, 0.55, 20, 400);
    expect(one.height).toBe(400);
    expect(one.plots[0].width).toBe(1000);
    const two = panelLayout(2, 1000, M, 0.55, 20, 400);
    expect(two.height).toBeLessThanOrEqual(400);
    expect(two.plots[0].height).toBe(Math.floor((400 - 14 - 44 - 20) / 2));
    expect(panelLayout(1, 480, M, 0.55, 20, 2000).plots[0].height).toBe(264); // room to spare: the aspect decides
    expect(panelLayout(3, 480, M, 0.55, 20, 100).plots[0].height).toBe(80);
  });

  it("keeps minimum sizes and at least one panel", () => {
    const l = panelLayout(0, 10, M, 0.55, 20);
    expect(l.plots).toHaveLength(1);
    expect(l.plots[0].width).toBe(120);
    expect(l.plots[0].height).toBe(80);
    expect(panelLayout(4, 120, M, 0.2, 10).plots[3].height).toBe(80);
  });
});

describe("panelAt", () => {
  const { plots } = panelLayout(2, 400, M, 0.5, 30); // heights 120: y in [14, 134] and [164, 284]

  it("finds the panel under the pointer, with some slack around it", () => {
    expect(plots[1].top).toBe(164);
    expect(panelAt(plots, 100, 20)).toBe(0);
    expect(panelAt(plots, 100, 250)).toBe(1);
    expect(panelAt(plots, 62, 11)).toBe(0);
    expect(panelAt(plots, 100, 287)).toBe(1);
  });

  it("picks the nearer panel in a gap, none outside", () => {
    expect(panelAt(plots, 100, 140)).toBe(0);
    expect(panelAt(plots, 100, 160)).toBe(1);
    expect(panelAt(plots, 100, 5)).toBe(-1);
    expect(panelAt(plots, 100, 300)).toBe(-1);
    expect(panelAt(plots, 10, 50)).toBe(-1);
    expect(panelAt(plots, 500, 50)).toBe(-1);
    expect(panelAt([], 0, 0)).toBe(-1);
  });
});
