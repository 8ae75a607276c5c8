import { describe, expect, it } from "vitest";
import type { StepInfo } from "../api";
import { ALL_OPTIONS, context, OPTIONS, readUrl, URL_OPTIONS, urlEntries, writeUrl, type Context, type Option } from "./options";
import { DEFAULT_STATE, type Loaded, NOTHING_LOADED, type ViewState } from "./state";

/** TensorBoard's own parser (tf_storage `fb`, TensorBoard 2.21), to check we write what it reads. */
function tensorboardParse(hash: string): Record<string, string> {
  const t: Record<string, string> = {};
  hash
    .slice(1)
    .split("&")
    .forEach((n) => {
      const i = n.split("=");
      if (i.length === 1) t.__tab__ = i[0];
      else if (i.length === 2) t[decodeURIComponent(i[0])] = decodeURIComponent(i[1]);
    });
  return t;
}

/** Every option in the URL away from its default, names with markup, `&`, `=` and unicode. */
const FULL: ViewState = {
  run: '<img src=x onerror="alert(1)">&a=b#c',
  tag: "train/landscape",
  metric: "loss & acc",
  view: "compare",
  step: 300,
  plot: { scale: "log", clip: [0.1, null], fixed: true, path: false },
  heatmap: { style: "filled", aspect: "fill" },
  surface: { floor: false },
  curve: { overlay: "runs", allMetrics: true },
  compare: { runs: ["lr=0.1", "Läufe/日本語 🚀", 'a,b"c'], diff: { kind: "runs", a: "lr=0.1", b: "x&y=z" } },
  layers: { measure: "top_eigenvalue" },
  spectrum: { outliers: false },
  play: { speed: 10 },
  runs: { x: "h:lr", y: "l:sharp & ness=1", color: "s:train/loss", step: 200 },
};

const info = (step: number, dims: 1 | 2 = 2, metrics = ["loss", "accuracy"]): StepInfo => ({
  step,
  wall_time: step,
  dims,
  shape: dims === 2 ? [metrics.length, 5, 5] : [metrics.length, 5],
  metrics,
});

const LOADED: Loaded = {
  runs: ["a", "b", "c"],
  tags: ["t"],
  runsWithTag: ["a", "b", "c"],
  steps: [info(100), info(200), info(300)],
  kind: "landscape",
};

const ctx = (patch: Partial<ViewState> = {}, loaded: Loaded = LOADED): Context => context({ ...DEFAULT_STATE, run: "a", ...patch }, loaded);
const shownIds = (c: Context) => ALL_OPTIONS.filter((o) => o.control && o.shown(c)).map((o) => o.id);

describe("the options table", () => {
  it("has unique ids, test ids and URL keys", () => {
    const unique = (xs: unknown[]) => new Set(xs).size === xs.length;
    expect(unique(ALL_OPTIONS.map((o) => o.id))).toBe(true);
    expect(unique(ALL_OPTIONS.map((o) => o.testid))).toBe(true);
    expect(unique(URL_OPTIONS.map((o) => o.key))).toBe(true);
    for (const [id, o] of Object.entries(OPTIONS)) expect(o.id).toBe(id);
  });

  it("keeps the URL keys of earlier versions", () => {
    expect(URL_OPTIONS.map((o) => o.key).sort()).toEqual(
      ["allm", "aspect", "clip", "compare", "diff", "fixed", "floor", "measure", "metric", "outliers", "overlay", "path", "rc", "rstep", "run", "rx", "ry", "scale", "speed", "step", "style", "tag", "view"],
    );
  });
});

describe("readUrl / writeUrl", () => {
  it("round-trips every option in the URL (the test state sets each away from its default)", () => {
    for (const o of URL_OPTIONS) {
      expect(o.codec.format(o.get(FULL)), `FULL leaves ${o.id} at its default`).not.toBe(o.codec.format(o.get(DEFAULT_STATE)));
    }
    const hash = writeUrl("#landscape", FULL);
    expect(readUrl(hash)).toEqual(FULL);
    const tb = tensorboardParse(hash);
    expect(tb.__tab__).toBe("landscape");
    expect(tb["p.landscape.run"]).toBe(FULL.run);
    expect(tb["p.landscape.compare"]).toBe(JSON.stringify(FULL.compare.runs));
  });

  it("round-trips each option on its own, and writes nothing for defaults", () => {
    for (const o of URL_OPTIONS as Option<unknown>[]) {
      const c = context(DEFAULT_STATE, NOTHING_LOADED);
      const one = o.set(DEFAULT_STATE, o.get(FULL), c);
      const hash = writeUrl("#landscape", one);
      expect(urlEntries(one).map(([k]) => k)).toEqual([o.key]);
      expect(readUrl(hash)).toEqual(one);
    }
    expect(writeUrl("#landscape", DEFAULT_STATE)).toBe("#landscape");
  });

  it("reads links written by earlier versions", () => {
    const old =
      "#landscape&p.landscape.run=exp1%2Flr%3D0.1&p.landscape.tag=train%2Flandscape&p.landscape.view=1d" +
      "&p.landscape.step=400&p.landscape.scale=log&p.landscape.clip=%2C2.5&p.landscape.fixed=true&p.landscape.path=0" +
      "&p.landscape.style=filled&p.landscape.floor=false&p.landscape.overlay=steps&p.landscape.allm=1" +
      "&p.landscape.compare=%5B%22a%22%2C%22b%22%5D&p.landscape.diff=%7B%22kind%22%3A%22steps%22%2C%22a%22%3A100%2C%22b%22%3A500%7D" +
      "&_smoothingWeight=0.6";
    expect(readUrl(old)).toEqual({
      ...DEFAULT_STATE,
      run: "exp1/lr=0.1",
      tag: "train/landscape",
      view: "1d",
      step: 400,
      plot: { scale: "log", clip: [null, 2.5], fixed: true, path: false },
      heatmap: { style: "filled", aspect: "equal" },
      surface: { floor: false },
      curve: { overlay: "steps", allMetrics: true },
      compare: { runs: ["a", "b"], diff: { kind: "steps", a: 100, b: 500 } },
    });
  });

  it("writes the keys as earlier versions did", () => {
    expect(writeUrl("#landscape", { ...DEFAULT_STATE, view: "1d", curve: { overlay: "none", allMetrics: true } })).toBe(
      "#landscape&p.landscape.view=1d&p.landscape.allm=1",
    );
    expect(writeUrl("", { ...DEFAULT_STATE, view: "3d", step: 7 })).toBe("#p.landscape.view=3d&p.landscape.step=7");
    expect(writeUrl("#landscape", { ...DEFAULT_STATE, play: { speed: 5 } })).toBe("#landscape&p.landscape.speed=5");
  });

  it("keeps the tab and other keys, replaces only ours, and drops keys left out", () => {
    const start = "#landscape&_smoothingWeight=0.6&p.scalars.x=1&p.landscape.step=5&p.landscape.run=a";
    const next = writeUrl(start, { ...DEFAULT_STATE, run: "b" });
    expect(next).toBe("#landscape&_smoothingWeight=0.6&p.scalars.x=1&p.landscape.run=b");
    expect(readUrl(next)).toEqual({ ...DEFAULT_STATE, run: "b" });
  });

  it("falls back to the default for each bad value", () => {
    const bad: Record<string, string[]> = {
      run: [""],
      tag: [""],
      metric: [""],
      view: ["4d", "", "2D"],
      step: ["abc", "1.5", "", "Infinity"],
      style: ["dots", ""],
      aspect: ["square"],
      scale: ["cubic", "LOG"],
      clip: ["5,1", "x,{", "1", ",", "1,2,3", "1,1"],
      fixed: ["maybe", "2"],
      path: ["yes"],
      floor: [""],
      overlay: ["all"],
      allm: ["yes"],
      measure: ["eigenvalue", "TRACE"],
      outliers: ["some"],
      speed: ["3", "fast", "-1", "0"],
      compare: ["[1]", "[not-json", '{"a":1}'],
      diff: ['{"kind":1}', '{"kind":"steps","a":"x"}', '{"kind":"runs","a":1,"b":"y"}', "null"],
      rx: [""],
      ry: [""],
      rc: [""],
      rstep: ["abc", "1.5", "", "Infinity"],
    };
    expect(Object.keys(bad).sort()).toEqual(URL_OPTIONS.map((o) => o.key).sort());
    for (const [key, values] of Object.entries(bad)) {
      for (const v of values) {
        expect(readUrl(`#landscape&p.landscape.${key}=${encodeURIComponent(v)}`), `${key}=${v}`).toEqual(DEFAULT_STATE);
      }
    }
  });

  it("reads another plugin's name space only when asked", () => {
    const h = "#other&p.other.run=x&p.landscape.run=y";
    expect(readUrl(h, "other").run).toBe("x");
    expect(readUrl(h).run).toBe("y");
  });
});

describe("when controls are shown", () => {
  it("shows each view's own options", () => {
    expect(shownIds(ctx())).toEqual(["run", "tag", "metric", "view", "style", "aspect", "scale", "clip", "fixed", "path", "speed", "compareRuns", "compareMode"]);
    expect(shownIds(ctx({ view: "3d" }))).toContain("floor");
    expect(shownIds(ctx({ view: "3d" }))).not.toContain("style");
    expect(shownIds(ctx({ view: "runs" }))).toEqual(expect.arrayContaining(["runsX", "runsY", "runsColor"]));
    expect(shownIds(ctx())).not.toContain("runsX");
    const oneD = shownIds(ctx({ view: "1d" }));
    expect(oneD).toEqual(expect.arrayContaining(["overlay", "allMetrics"]));
    expect(oneD).not.toContain("floor");
    expect(shownIds(ctx({ view: "compare" }))).toEqual(expect.arrayContaining(["style", "scale", "compareRuns"]));
    expect(shownIds(ctx({ view: "compare" }))).not.toContain("aspect");
  });

  it("hides the colour options and the run list while showing a difference", () => {
    const c = ctx({ view: "compare", compare: { runs: null, diff: { kind: "runs", a: "a", b: "b" } } });
    const ids = shownIds(c);
    expect(ids).toEqual(expect.arrayContaining(["clip", "style", "aspect", "compareMode", "diffKind", "diffA", "diffB"]));
    for (const id of ["scale", "fixed", "path", "compareRuns"]) expect(ids).not.toContain(id);
    // The same difference in the URL, another view: nothing of it shows.
    expect(shownIds(ctx({ view: "2d", compare: c.state.compare }))).toContain("scale");
  });

  it("follows the data: metrics, dimensions, runs", () => {
    const one = { ...LOADED, steps: [info(1, 2, ["loss"])] };
    expect(shownIds(ctx({}, one))).not.toContain("metric");
    expect(shownIds(ctx({ view: "1d" }, one))).not.toContain("allMetrics");
    const curve = { ...LOADED, steps: [info(1, 1)] };
    const c = ctx({ view: "3d" }, curve);
    expect(c.view).toBe("1d"); // a 1D tag shows 3D as 1D
    const view = OPTIONS.view.control;
    expect(VIEWS.filter((v) => view.enabled(c, v))).toEqual(["1d", "compare"]);
    expect(VIEWS.filter((v) => view.enabled(ctx(), v))).toEqual(VIEWS);
    expect(shownIds(context(DEFAULT_STATE, NOTHING_LOADED))).not.toContain("run");
  });
});

describe("the views of the other record kinds", () => {
  const steps = [{ step: 0, wall_time: 0 }, { step: 200, wall_time: 1 }] as unknown as StepInfo[];
  it("shows the Layers view's measure and scale, and none of the landscape options", () => {
    const ids = shownIds(ctx({}, { ...LOADED, steps, kind: "sensitivity" }));
    expect(ids).toEqual(["run", "tag", "scale", "measure", "speed", "compareRuns", "compareMode"]);
  });

  it("shows the Spectrum view's outlier toggle only", () => {
    const ids = shownIds(ctx({ view: "3d" }, { ...LOADED, steps, kind: "spectrum" }));
    expect(ids).toEqual(["run", "tag", "outliers", "speed", "compareRuns", "compareMode"]);
  });
});

const VIEWS = ["2d", "3d", "1d", "compare"] as const;

describe("options that are views onto others", () => {
  it("switches to a difference with a default one, and back", () => {
    const c = ctx({ view: "compare" });
    const s = OPTIONS.compareMode.set(c.state, "diff", c);
    expect(s.compare.diff).toEqual({ kind: "runs", a: "a", b: "b" });
    expect(OPTIONS.compareMode.get(s)).toBe("diff");
    const steps = OPTIONS.diffKind.set(s, "steps", c);
    expect(steps.compare.diff).toEqual({ kind: "steps", a: 300, b: 100 });
    const a = OPTIONS.diffA.set(steps, "200");
    expect(a.compare.diff).toEqual({ kind: "steps", a: 200, b: 100 });
    expect(OPTIONS.compareMode.set(a, "tiles", c).compare.diff).toBeNull();
  });

  it("offers runs or steps as the ends of a difference", () => {
    const runs = ctx({ view: "compare", compare: { runs: null, diff: { kind: "runs", a: "a", b: "b" } } });
    const choices = OPTIONS.diffA.control.choices;
    expect(choices(runs).map((c) => c[0])).toEqual(["a", "b", "c"]);
    const steps = ctx({ view: "compare", compare: { runs: null, diff: { kind: "steps", a: 300, b: 100 } } });
    expect(choices(steps).map((c) => c[1])).toEqual(["step 100", "step 200", "step 300"]);
  });

  it("shows the default compared runs until some are chosen", () => {
    expect(OPTIONS.compareRuns.shows(ctx({ run: "b" }))).toEqual(["b", "a", "c"]);
    expect(OPTIONS.compareRuns.get(ctx().state)).toBeNull();
  });
});
