import { describe, expect, it } from "vitest";
import { decodeFrame, type Frame } from "../compute/frame";
import { fitTitle } from "../compute/labels";
import { encodeFrame, header2d, linspace, sampleGrid } from "../compute/testing";
import { axisTitleText } from "../compute/labels";
import { colourDomain, flattenedBy, flattenedText, planesDiffer, fittedPlot, surfaceFit, SURFACE_SIDE, tileDomain, tileLayout, titleRoom, viewOptions } from "./draw";
import { DEFAULT_STATE } from "./state";

const xs = linspace(-1, 1, 11);
const ys = linspace(-1, 1, 9);

/** A 2D frame of f(x, y), one metric "loss"; `extra` patches the header. */
function frame(f: (x: number, y: number) => number, extra: object = {}, gx = xs, gy = ys): Frame {
  return decodeFrame(encodeFrame(header2d(gx, gy, ["loss"], extra), sampleGrid(gx, gy, f)));
}

const plot = DEFAULT_STATE.plot;

describe("colour domains", () => {
  const low = frame((x, y) => x * x + y * y); // 0 .. 2
  const high = frame((x, y) => 50 + 10 * (x * x + y * y)); // 50 .. 70

  it("leaves one frame to its renderer, shares one over several", () => {
    expect(colourDomain(plot, "loss", [low], [])).toBeNull();
    expect(colourDomain(plot, "loss", [low, high], [])).toEqual([0, 70]);
    expect(colourDomain({ ...plot, clip: [null, 1] }, "loss", [low], [])).toEqual([0, 1]);
    expect(colourDomain({ ...plot, fixed: true }, "loss", [low], [[-1, 3], [2, 5]])).toEqual([-1, 5]);
  });

  it("gives tiles one domain, positive on a log scale", () => {
    expect(tileDomain(plot, "loss", [low], [])).toEqual([0, 2]);
    const log = tileDomain({ ...plot, scale: "log" }, "loss", [low, high], [])!;
    expect(log[0]).toBeGreaterThan(0);
    expect(log[0]).toBeCloseTo(0.04, 6); // the smallest positive value: x = +-0.2, y = 0
    expect(log[1]).toBe(70);
    expect(tileDomain(plot, "loss", [null], [])).toBeNull();
  });
});

describe("flattenedBy", () => {
  it("names the run whose values flatten the others on a linear scale", () => {
    const f = flattenedBy([
      { run: "lr=0.05", extent: [0.2, 6] },
      { run: "lr=0.2", extent: [0.2, 360] },
      { run: "lr=0.01", extent: [0.3, 4] },
    ]);
    expect(f).toEqual({ run: "lr=0.2", max: 360, flat: ["lr=0.05", "lr=0.01"] });
    expect(flattenedText(f!)).toBe("lr=0.2 reaches 360: on this linear scale 2 other runs look flat.");
  });

  it("says nothing when every tile uses the scale", () => {
    expect(flattenedBy([{ run: "a", extent: [0, 2] }, { run: "b", extent: [0, 3] }])).toBeNull();
    expect(flattenedBy([{ run: "a", extent: [0, 2] }, { run: "b", extent: null }])).toBeNull();
  });
});

describe("planesDiffer", () => {
  const h = (extra: object) => frame(() => 1, extra).header;

  it("explains that PCA planes are each run's own", () => {
    const text = planesDiffer(h({ method: "pca", frame_id: "p1" }), h({ method: "pca", frame_id: "p2" }), "lr=0.1", "lr=0.2");
    expect(text).toMatch(/^lr=0\.1 and lr=0\.2 each have their own plane: PCA directions/);
    expect(text).toMatch(/same seed on the same architecture/);
  });

  it("names other seeds or frames, and stays quiet for one frame", () => {
    expect(planesDiffer(h({ seed: 0 }), h({ seed: 1 }), "a", "b")).toMatch(/different seeds \(0 and 1\)/);
    expect(planesDiffer(h({ frame_id: "x" }), h({ frame_id: "y" }), "a", "b")).toMatch(/frame x and y/);
    expect(planesDiffer(h({}), h({}), "a", "b")).toBeNull();
    expect(planesDiffer(h({ frame_id: "" }), h({ frame_id: "y" }), "a", "b")).toBeNull();
  });
});

describe("tiles", () => {
  it("are wide enough for their axis titles", () => {
    const f = frame(() => 1);
    const room = titleRoom(f, "equal");
    const title = axisTitleText(f.header.axes[0], f.header.method);
    expect(fitTitle(title, room + 40)).toBe(title);
    // A wide plane: the y title decides (the plot is low).
    const wide = frame(() => 1, {}, linspace(-4, 4, 11), ys);
    expect(titleRoom(wide, "equal")).toBeGreaterThan(3 * room);
  });

  it("balance the columns and fill the width when the tiles scroll anyway", () => {
    const four = tileLayout(4, { width: 1300, height: 1400 }, 250);
    expect(four.columns).toBe(2);
    expect(four.fit.width).toBe(640);
    const two = tileLayout(2, { width: 1300, height: 700 }, 250);
    expect(two.columns).toBe(2);
    expect(tileLayout(3, { width: 1300, height: 700 }, 250).columns).toBe(3);
    expect(tileLayout(1, { width: 1300, height: 700 }, 250).columns).toBe(1);
    expect(tileLayout(4, { width: 500, height: 700 }, 250).columns).toBe(1);
  });

  it("shrink the tiles so that all rows fit in the window, with the columns of the largest plots", () => {
    // 4 tiles in 1263 x 530 (a 1400 x 900 window): one row of 4 (2 x 2 would leave plots ~80 px high).
    const space = { width: 1263, height: 530 };
    const four = tileLayout(4, space, 190);
    expect(four.columns).toBe(4);
    expect(four.fit.width).toBe(300);
    expect(fittedPlot(4, 4, space)).toBe(228);
    expect(four.fit.height).toBe(228 + 70);
    // One row: the titles (110), the plot with its axes; no row gap to pay.
    expect(1 * (four.fit.height + 110)).toBeLessThanOrEqual(space.height);
    // 6 tiles in a tall window: 3 x 2, all rows and their gap inside the height.
    const tall = { width: 1263, height: 1000 };
    const six = tileLayout(6, tall, 190);
    expect(six.columns).toBe(3);
    expect(2 * (six.fit.height + 110) + 16).toBeLessThanOrEqual(tall.height);
    expect(six.fit.height - 70).toBe(fittedPlot(6, 3, tall));
    // A plane twice as wide as high: the plots' height is half their width.
    const wide = tileLayout(2, { width: 1263, height: 530 }, 190, 0.5);
    expect(wide.fit.height).toBe(Math.floor(fittedPlot(2, 2, { width: 1263, height: 530 }, 0.5) * 0.5) + 70);
  });

  it("scroll at the old sizes rather than shrink below the smallest plot", () => {
    // 8 tiles in 1263 x 530: 8 in a row would be 83 px wide; rows of 280 px plots instead.
    const eight = tileLayout(8, { width: 1263, height: 530 }, 190);
    expect(eight.columns).toBe(3);
    expect(eight.fit.width).toBe(407);
    // The axis titles' room is a minimum of scrolling tiles; fitted ones cut their titles rather.
    expect(tileLayout(4, { width: 1263, height: 530 }, 255).columns).toBe(4);
    expect(tileLayout(8, { width: 1263, height: 530 }, 400).columns).toBe(2);
  });

  it("keep a row in the window, but never below the titles' room", () => {
    const l = tileLayout(2, { width: 1300, height: 500 }, 250);
    expect(l.fit.height).toBe(500 - 110);
    expect(tileLayout(2, { width: 1300, height: 100 }, 400).fit.height).toBe(400 + 70);
  });
});

describe("viewOptions", () => {
  it("passes the state's options and the fit to the renderers", () => {
    const f = frame(() => 1);
    const s = { ...DEFAULT_STATE, metric: "loss", heatmap: { style: "filled", aspect: "fill" } as const, surface: { floor: false } };
    const o = viewOptions(s, f, [0, 1], { width: 800, height: 600 });
    expect(o).toMatchObject({ metric: 0, style: "filled", aspect: "fill", floorContours: false, domain: [0, 1], fit: { width: 800, height: 600 }, colorbar: true });
  });
});

describe("surfaceFit", () => {
  it("leaves the 3D picture's side column SURFACE_SIDE in a wide window, the rest to the figure", () => {
    const slot = { width: 1353, height: 700 };
    const fit = { width: 1353 - 270, height: 700 };
    expect(surfaceFit(fit, slot, true)).toEqual({ width: 1353 - SURFACE_SIDE - 20, height: 700 });
    expect(SURFACE_SIDE).toBeGreaterThanOrEqual(340);
    // Never wider than the stage's own fit, never below the smallest figure; not wide: as given.
    expect(surfaceFit({ width: 500, height: 400 }, { width: 2000, height: 400 }, true).width).toBe(500);
    expect(surfaceFit({ width: 710, height: 400 }, { width: 600, height: 400 }, true).width).toBe(300);
    expect(surfaceFit({ width: 900, height: 400 }, { width: 900, height: 464 }, false)).toEqual({ width: 900, height: 400 });
  });
});
