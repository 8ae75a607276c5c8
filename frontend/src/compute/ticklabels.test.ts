import { describe, expect, it } from "vitest";
import { ticks } from "./scales";
import {
  anyOverlap,
  type Box,
  boxBeyond,
  boxDepth,
  boxesOverlap,
  boxInside,
  type FloorCorner,
  fitTicks,
  pickAxes,
  placeLabels,
  unit,
} from "./ticklabels";

const box = (x: number, y: number, width = 10, height = 10): Box => ({ x, y, width, height });

/** A seeded random number generator (Park-Miller). */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

describe("boxesOverlap", () => {
  it("needs the boxes to share area, or to come closer than the pad", () => {
    expect(boxesOverlap(box(0, 0), box(5, 5))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(10, 0))).toBe(false); // touching edges
    expect(boxesOverlap(box(0, 0), box(11, 0), 2)).toBe(true);
    expect(boxesOverlap(box(0, 0), box(12, 0), 2)).toBe(false);
    expect(boxesOverlap(box(0, 0), box(0, 30))).toBe(false);
    expect(anyOverlap([box(0, 0), box(20, 0), box(40, 0)])).toBe(false);
    expect(anyOverlap([box(0, 0), box(20, 0), box(15, 5)])).toBe(true);
  });

  it("boxInside allows touching edges", () => {
    expect(boxInside(box(0, 0), box(0, 0, 10, 10))).toBe(true);
    expect(boxInside(box(1, 0), box(0, 0, 10, 10))).toBe(false);
  });
});

describe("boxBeyond", () => {
  it("puts the box right of, below, left of the anchor along the direction", () => {
    expect(boxBeyond(100, 50, 1, 0, 30, 12, 4)).toEqual({ x: 104, y: 44, width: 30, height: 12 });
    expect(boxBeyond(100, 50, 0, 1, 30, 12, 4)).toEqual({ x: 85, y: 54, width: 30, height: 12 });
    expect(boxBeyond(100, 50, -1, 0, 30, 12, 4)).toEqual({ x: 66, y: 44, width: 30, height: 12 });
  });

  it("never covers the anchor, at any angle", () => {
    for (let a = 0; a < 360; a += 7) {
      const [ux, uy] = unit(Math.cos((a * Math.PI) / 180), Math.sin((a * Math.PI) / 180));
      const b = boxBeyond(0, 0, ux, uy, 40, 12, 3);
      // The anchor stays 3 px outside the box (the box grown by 3 touches it).
      expect(boxesOverlap(b, { x: 0, y: 0, width: 0, height: 0 }, 3 - 1e-9)).toBe(false);
      expect(boxesOverlap(b, { x: 0, y: 0, width: 0, height: 0 }, 3 + 1e-6)).toBe(true);
      // Its centre lies on the ray.
      const [cx, cy] = [b.x + 20, b.y + 6];
      expect(Math.abs(cx * uy - cy * ux)).toBeLessThan(1e-9);
      expect(cx * ux + cy * uy).toBeGreaterThan(0);
    }
  });

  it("boxDepth is the box's reach along a direction", () => {
    expect(boxDepth(1, 0, 40, 12)).toBe(40);
    expect(boxDepth(0, -1, 40, 12)).toBe(12);
  });

  it("unit falls back for a zero vector", () => {
    expect(unit(0, 0)).toEqual([0, 1]);
    expect(unit(3, 4)).toEqual([0.6, 0.8]);
  });
});

describe("fitTicks", () => {
  // An axis 200 px long over [-1.724, 1.591]; labels 24 px wide centred under their ticks.
  const domain: [number, number] = [-1.724, 1.591];
  const px = (v: number) => ((v - domain[0]) / (domain[1] - domain[0])) * 200;
  const boxOf = (width: number) => (t: { value: number }) => box(px(t.value) - width / 2, 0, width, 12);

  it("keeps the requested nice ticks when their labels fit", () => {
    const out = fitTicks((c) => ticks(domain, c), 4, boxOf(10));
    expect(out.ticks.map((t) => t.value)).toEqual(ticks(domain, 4).map((t) => t.value));
    expect(anyOverlap(out.boxes, 2)).toBe(false);
  });

  it("asks for fewer, coarser nice ticks (1-2-5 steps) until the labels fit", () => {
    const out = fitTicks((c) => ticks(domain, c), 10, boxOf(40));
    expect(out.ticks.length).toBeGreaterThan(1);
    expect(anyOverlap(out.boxes, 2)).toBe(false);
    // Nice values: multiples of a 1-2-5 step.
    const step = out.ticks[1].value - out.ticks[0].value;
    const m = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
    expect([1, 2, 5].some((k) => Math.abs(m - k) < 1e-6)).toBe(true);
    expect(out.ticks.every((t) => t.value >= domain[0] && t.value <= domain[1])).toBe(true);
  });

  it("drops ticks that cannot be drawn, and overlapping ones when nothing coarser exists", () => {
    const hidden = fitTicks((c) => ticks([0, 1], c), 5, (t) => (t.value > 0.5 ? null : box(t.value * 400, 0, 20, 12)));
    expect(hidden.ticks.every((t) => t.value <= 0.5)).toBe(true);
    const crowded = fitTicks(() => [{ value: 0, label: "0" }, { value: 1, label: "1" }], 3, (t) => box(t.value, 0, 20, 12));
    expect(crowded.ticks.map((t) => t.label)).toEqual(["0"]);
  });
});

describe("placeLabels", () => {
  it("keeps higher priorities first and drops what overlaps them", () => {
    const kept = placeLabels(
      [
        { box: box(0, 0, 40, 12), priority: 1 }, // "-1.591" at the corner
        { box: box(30, 4, 40, 12), priority: 1 }, // "1.724" overlapping it
        { box: box(25, 0, 20, 12), priority: 3 }, // a title: wins
        { box: box(100, 0, 20, 12), priority: 1 },
      ],
      null,
    );
    expect(kept).toEqual([2, 3]);
  });

  it("drops labels outside the bounds and non-finite boxes", () => {
    const kept = placeLabels(
      [
        { box: box(-5, 0), priority: 1 },
        { box: box(10, 10), priority: 1 },
        { box: box(NaN, 0), priority: 1 },
      ],
      box(0, 0, 100, 100),
    );
    expect(kept).toEqual([1]);
  });

  it("never keeps two overlapping boxes, for any input", () => {
    const r = rng(11);
    for (let round = 0; round < 200; round++) {
      const labels = Array.from({ length: 5 + Math.floor(r() * 30) }, () => ({
        box: box(r() * 300, r() * 200, 8 + r() * 50, 10 + r() * 6),
        priority: Math.floor(r() * 3),
      }));
      const kept = placeLabels(labels, box(0, 0, 320, 210), 2);
      expect(anyOverlap(kept.map((i) => labels[i].box), 2)).toBe(false);
      // Maximal: every dropped label inside the bounds collides with a kept one of at least its priority.
      for (let i = 0; i < labels.length; i++) {
        if (kept.includes(i) || !boxInside(labels[i].box, box(0, 0, 320, 210))) continue;
        expect(kept.some((k) => boxesOverlap(labels[k].box, labels[i].box, 2) && labels[k].priority >= labels[i].priority)).toBe(true);
      }
    }
  });
});

describe("pickAxes", () => {
  /** Corners of the floor [-1, 1]^2 seen from a camera at azimuth `az` (radians), on a simple projection. */
  function corners(az: number): [FloorCorner, FloorCorner, FloorCorner, FloorCorner] {
    const cam = [6 * Math.cos(az), 6 * Math.sin(az)];
    // Screen x: along the camera's right vector (-sin az, cos az) ... seen from outside, z up.
    const right = [-Math.sin(az), Math.cos(az)];
    const pts: [number, number][] = [[-1, -1], [1, -1], [1, 1], [-1, 1]];
    return pts.map(([x, y]) => ({
      x: 200 + 100 * (x * right[0] + y * right[1]),
      y: 100,
      depth: Math.hypot(x - cam[0], y - cam[1]),
    })) as [FloorCorner, FloorCorner, FloorCorner, FloorCorner];
  }

  it("puts the x and y ticks on the nearer edges and the vertical axis on the leftmost corner", () => {
    // matplotlib's default view: camera at azimuth -60 degrees (in front, to the right).
    const p = pickAxes(corners((-60 * Math.PI) / 180));
    expect(p.xEdge).toBe(-1);
    expect(p.yEdge).toBe(1);
    const c = corners((-60 * Math.PI) / 180);
    expect(c[p.zCorner].x).toBe(Math.min(...c.map((k) => k.x)));
  });

  it("follows the camera around", () => {
    const p = pickAxes(corners((120 * Math.PI) / 180)); // behind, to the left
    expect(p.xEdge).toBe(1);
    expect(p.yEdge).toBe(-1);
    for (let a = 0; a < 360; a += 15) {
      const c = corners((a * Math.PI) / 180);
      const q = pickAxes(c);
      expect(c[q.zCorner].x).toBeCloseTo(Math.min(...c.map((k) => k.x)), 6);
    }
  });
});
