import { describe, expect, it } from "vitest";
import { fitPlot, MIN_PLOT_SIDE, plotAspect } from "./fit";

describe("plotAspect", () => {
  it("keeps the grid's proportions when both axes share a unit", () => {
    expect(plotAspect([-1, 1], [-1, 1], true, "equal")).toBe(1);
    expect(plotAspect([-2, 2], [-1, 1], true, "equal")).toBe(0.5);
    expect(plotAspect([-1, 1], [-10, 10], true, "equal")).toBe(4); // cut to 4:1
  });

  it("is square for axes in different units, and free when filling", () => {
    expect(plotAspect([-2, 2], [-1, 1], false, "equal")).toBe(1);
    expect(plotAspect([-2, 2], [-1, 1], true, "fill")).toBeNull();
  });
});

describe("fitPlot", () => {
  it("fills the height with a square grid in a wide box, the width in a tall one", () => {
    expect(fitPlot([-1, 1], [-1, 1], true, { width: 1200, height: 600 }, "equal")).toEqual({ width: 600, height: 600 });
    expect(fitPlot([-1, 1], [-1, 1], true, { width: 500, height: 900 }, "equal")).toEqual({ width: 500, height: 500 });
  });

  it("gives a wide grid a wide plot", () => {
    expect(fitPlot([-2, 2], [-1, 1], true, { width: 1000, height: 700 }, "equal")).toEqual({ width: 1000, height: 500 });
    expect(fitPlot([-2, 2], [-1, 1], true, { width: 1000, height: 300 }, "equal")).toEqual({ width: 600, height: 300 });
  });

  it("fills the box on request, up to 4:1", () => {
    expect(fitPlot([-1, 1], [-1, 1], true, { width: 1100, height: 600 }, "fill")).toEqual({ width: 1100, height: 600 });
    expect(fitPlot([-1, 1], [-1, 1], true, { width: 2000, height: 300 }, "fill")).toEqual({ width: 1200, height: 300 });
  });

  it("never goes below the smallest side", () => {
    const s = fitPlot([-1, 1], [-1, 1], true, { width: 10, height: -5 }, "equal");
    expect(s.width).toBe(MIN_PLOT_SIDE);
    expect(s.height).toBe(MIN_PLOT_SIDE);
  });
});
