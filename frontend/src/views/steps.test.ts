import { describe, expect, it } from "vitest";
import type { StepInfo } from "../api";
import {
  applyClip,
  defaultCompareRuns,
  overlayIndices,
  indexAtOrBelow,
  keyAction,
  neighbourOrder,
  parseClip,
  prefetchPlan,
  rangeOverSteps,
  resolveIndex,
  tileStep,
  unionRanges,
} from "./steps";

const info = (step: number, ranges?: ([number, number] | null)[], metrics = ["loss", "acc"]): StepInfo => ({
  step,
  wall_time: step,
  dims: 2,
  shape: [metrics.length, 10, 10],
  metrics,
  ranges,
});

describe("step choice", () => {
  const steps = [100, 200, 300, 500];

  it("finds the largest step at or below a step", () => {
    expect(indexAtOrBelow(steps, 50)).toBe(-1);
    expect(indexAtOrBelow(steps, 100)).toBe(0);
    expect(indexAtOrBelow(steps, 499)).toBe(2);
    expect(indexAtOrBelow(steps, 10_000)).toBe(3);
    expect(indexAtOrBelow([], 1)).toBe(-1);
  });

  it("follows the latest, or keeps a pinned step (the nearest below when it is gone)", () => {
    expect(resolveIndex(steps, null)).toBe(3);
    expect(resolveIndex(steps, 200)).toBe(1);
    expect(resolveIndex(steps, 250)).toBe(1);
    expect(resolveIndex(steps, 1)).toBe(0);
    expect(resolveIndex([], null)).toBe(-1);
  });

  it("gives comparison tiles their own latest when following, else their step at or below", () => {
    expect(tileStep([10, 20, 30], null)).toBe(30);
    expect(tileStep([10, 20, 30], 25)).toBe(20);
    expect(tileStep([10, 20, 30], 5)).toBeNull();
    expect(tileStep([], null)).toBeNull();
  });
});

describe("prefetch", () => {
  it("orders neighbours outwards from the current index", () => {
    expect(neighbourOrder(6, 2)).toEqual([3, 1, 4, 0, 5]);
    expect(neighbourOrder(4, 3)).toEqual([2, 1, 0]);
    expect(neighbourOrder(1, 0)).toEqual([]);
  });

  it("stops at the byte budget and skips steps already held", () => {
    const infos = [1, 2, 3, 4, 5, 6].map((s) => info(s));
    const plan = prefetchPlan(infos, 2, 4 * 10, () => 10, (i) => i.step === 4);
    // centre (3) + 4 (held) + 2 + 5 = 40: 4 is skipped, 1 and 6 do not fit.
    expect(plan.map((i) => i.step)).toEqual([2, 5]);
    expect(prefetchPlan(infos, 0, 1e9, () => 10, () => false).map((i) => i.step)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe("colour domain", () => {
  it("unites ranges, skipping missing ones", () => {
    expect(unionRanges([[1, 2], null, [0.5, 1.5], undefined, [3, 4]])).toEqual([0.5, 4]);
    expect(unionRanges([null])).toBeNull();
  });

  it("takes a metric's range over the steps by name", () => {
    const steps = [info(1, [[1, 5], [0, 0.5]]), info(2, [[0.5, 3], null]), info(3, [null, [0.2, 0.9]], ["acc", "loss"])];
    expect(rangeOverSteps(steps, "loss")).toEqual([0.2, 5]);
    expect(rangeOverSteps(steps, "acc")).toEqual([0, 0.5]);
    expect(rangeOverSteps([info(1)], "loss")).toBeNull(); // an older server: no ranges
  });

  it("intersects the data range with the clip range", () => {
    expect(applyClip([0, 10], null)).toEqual([0, 10]);
    expect(applyClip([0, 10], [null, null])).toEqual([0, 10]);
    expect(applyClip([0, 10], [2, 5])).toEqual([2, 5]);
    expect(applyClip([0, 10], [-5, 5])).toEqual([0, 5]);
    expect(applyClip([0, 10], [null, 4])).toEqual([0, 4]);
    expect(applyClip([0, 10], [3, null])).toEqual([3, 10]);
    // Outside the data: the clip range when both sides are given, else the data's range.
    expect(applyClip([0, 10], [20, 30])).toEqual([20, 30]);
    expect(applyClip([0, 10], [20, null])).toEqual([0, 10]);
    expect(applyClip(null, [1, 2])).toEqual([1, 2]);
    expect(applyClip(null, [1, null])).toBeNull();
  });

  it("reads the clip inputs", () => {
    expect(parseClip("", "")).toEqual({ clip: null, error: null });
    expect(parseClip(" 0.5 ", "")).toEqual({ clip: [0.5, null], error: null });
    expect(parseClip("", "1e3")).toEqual({ clip: [null, 1000], error: null });
    expect(parseClip("2", "1").error).toMatch(/below/);
    expect(parseClip("abc", "1").error).toMatch(/not a number/);
    expect(parseClip("1", "Infinity").error).toMatch(/not a number/);
  });
});

describe("keyAction", () => {
  const body = { tag: "BODY" };
  it("maps the shortcuts when focus is not in a field", () => {
    expect(keyAction("ArrowLeft", body)).toEqual({ kind: "step", delta: -1 });
    expect(keyAction("ArrowRight", { tag: "button" })).toEqual({ kind: "step", delta: 1 });
    expect(keyAction("Home", body)).toEqual({ kind: "first" });
    expect(keyAction("End", body)).toEqual({ kind: "latest" });
    expect(keyAction(" ", body)).toEqual({ kind: "play" });
    expect(keyAction("2", body)).toEqual({ kind: "view", view: "2d" });
    expect(keyAction("3", body)).toEqual({ kind: "view", view: "3d" });
    expect(keyAction("1", body)).toEqual({ kind: "view", view: "1d" });
    expect(keyAction("c", body)).toEqual({ kind: "view", view: "compare" });
    expect(keyAction("?", body)).toEqual({ kind: "help" });
    expect(keyAction("x", body)).toBeNull();
  });

  it("leaves keys to inputs, selects, editable text, focused buttons (Space) and modified presses", () => {
    expect(keyAction("ArrowLeft", { tag: "INPUT", type: "range" })).toBeNull();
    expect(keyAction("2", { tag: "INPUT", type: "number" })).toBeNull();
    expect(keyAction("ArrowLeft", { tag: "SELECT" })).toBeNull();
    expect(keyAction("c", { tag: "DIV", editable: true })).toBeNull();
    expect(keyAction(" ", { tag: "BUTTON" })).toBeNull();
    expect(keyAction("c", body, { ctrl: true })).toBeNull();
    expect(keyAction("ArrowLeft", body, { alt: true })).toBeNull();
  });
});

describe("overlays and compare defaults", () => {
  it("spreads overlay steps over the run, leaving out the current one", () => {
    expect(overlayIndices(4, 3)).toEqual([0, 1, 2]);
    expect(overlayIndices(11, 10, 3)).toEqual([0, 5, 9]);
    expect(overlayIndices(11, 0, 5)).toEqual([1, 3, 6, 8, 10]);
    expect(overlayIndices(1, 0)).toEqual([]);
  });

  it("compares the selected run and the next ones by default", () => {
    expect(defaultCompareRuns(["a", "b", "c", "d", "e"], "c")).toEqual(["c", "a", "b", "d"]);
    expect(defaultCompareRuns(["a", "b"], "zz", 4)).toEqual(["a", "b"]);
  });
});
