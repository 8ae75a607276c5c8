import { describe, expect, it } from "vitest";
import type { StepInfo } from "../api";
import { context, OPTIONS, readUrl, writeUrl } from "./options";
import { loadPathSteps, pathOverlays, pathStepsMissing, pathTagsToLoad, showsPaths } from "./paths";
import { DEFAULT_STATE, type Loaded, type ViewState } from "./state";

const step = (s: number, dims: 1 | 2 = 1, wall = 100 + s): StepInfo => ({ step: s, wall_time: wall, dims, shape: [1, 31], metrics: ["loss"] });
const TAGS = ["connect/curve", "connect/linear", "connect/aligned", "landscape"];
const LOADED: Loaded = { runs: ["r"], tags: TAGS, runsWithTag: ["r"], steps: [step(0)], kind: "landscape" };
const PATHS: ViewState = { ...DEFAULT_STATE, run: "r", tag: "connect/linear", curve: { overlay: "paths", allMetrics: false } };

describe("the overlay of paths", () => {
  it("is a choice of the 1D overlay only where other tags share the tag's prefix", () => {
    const choices = (state: ViewState, loaded: Loaded) => {
      const control = OPTIONS.overlay.control;
      if (control.kind !== "select" || typeof control.choices !== "function") throw new Error("overlay: a select with choices of the data");
      return control.choices(context(state, loaded)).map((c) => c[0]);
    };
    const plain = { ...PATHS, curve: { overlay: "none" as const, allMetrics: false } };
    expect(choices(plain, LOADED)).toEqual(["none", "steps", "runs", "paths"]);
    expect(choices({ ...plain, tag: "landscape" }, LOADED)).toEqual(["none", "steps", "runs"]);
    expect(choices(plain, { ...LOADED, tags: ["connect/linear", "landscape"] })).toEqual(["none", "steps", "runs"]);
  });

  it("keeps its choice in the URL", () => {
    const hash = writeUrl("#landscape", PATHS);
    expect(hash).toContain("p.landscape.overlay=paths");
    expect(readUrl(hash)).toEqual(PATHS);
  });

  it("needs the steps of the family's other tags, in path order, in the 1D view only", () => {
    expect(showsPaths(PATHS, LOADED)).toBe(true);
    expect(pathTagsToLoad(PATHS, LOADED)).toEqual(["connect/aligned", "connect/curve"]);
    expect(pathTagsToLoad({ ...PATHS, view: "compare" }, LOADED)).toEqual([]);
    expect(pathTagsToLoad(PATHS, { ...LOADED, steps: [step(0, 2)] })).toEqual([]); // a 2D tag shows 2D
    expect(pathTagsToLoad({ ...PATHS, curve: { overlay: "steps", allMetrics: false } }, LOADED)).toEqual([]);
    expect(pathStepsMissing(PATHS, LOADED)).toBe(true);
    expect(pathStepsMissing(PATHS, { ...LOADED, tagSteps: { "connect/aligned": [], "connect/curve": [] } })).toBe(false);
  });

  it("overlays each other path at the slider's step, named by its path", () => {
    const loaded: Loaded = {
      ...LOADED,
      steps: [step(0), step(5)],
      tagSteps: { "connect/aligned": [step(0), step(5, 1, 7)], "connect/curve": [step(0)] },
    };
    const following = pathOverlays(PATHS, loaded, 5);
    expect(following.map((o) => [o.label, o.ref.tag, o.ref.step, o.ref.wallTime])).toEqual([
      ["aligned", "connect/aligned", 5, 7],
      ["curve", "connect/curve", 0, 100], // following: each path's latest
    ]);
    const pinned = pathOverlays({ ...PATHS, step: 0 }, loaded, 0);
    expect(pinned.map((o) => [o.label, o.ref.step])).toEqual([["aligned", 0], ["curve", 0]]);
    expect(pathOverlays(PATHS, { ...loaded, tagSteps: { "connect/aligned": [step(0, 2)] } }, 5)).toEqual([]); // 2D: not a path
  });

  it("loads the family's steps, leaving out a tag the server fails on", async () => {
    const api = {
      steps: async (run: string, tag: string) => {
        if (tag === "bad") throw new Error("404");
        return { steps: [step(run === "r" ? 1 : 2)] };
      },
    };
    expect(await loadPathSteps(api, "r", ["connect/aligned", "bad"])).toEqual({ "connect/aligned": [step(1)] });
  });
});
