import { describe, expect, it } from "vitest";
import { formatHash, parseHash, readState, writeState, type UrlState } from "./url";

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

const FULL: UrlState = {
  run: '<img src=x onerror="alert(1)">&a=b#c',
  tag: "train/landscape",
  metric: "loss & acc",
  view: "compare",
  step: 300,
  scale: "log",
  clip: [0.1, null],
  fixed: true,
  path: false,
  style: "filled",
  floor: false,
  overlay: "runs",
  allMetrics: true,
  compare: ["lr=0.1", "Läufe/日本語 🚀", 'a,b"c'],
  diff: { kind: "runs", a: "lr=0.1", b: "x&y=z" },
};

describe("parseHash / formatHash", () => {
  it("reads the tab and the keys as TensorBoard writes them", () => {
    const d = parseHash("#landscape&p.landscape.run=exp1%2Flr%3D0.1&_smoothingWeight=0.6");
    expect(d.tab).toBe("landscape");
    expect([...d.entries]).toEqual([
      ["p.landscape.run", "exp1/lr=0.1"],
      ["_smoothingWeight", "0.6"],
    ]);
    expect(formatHash(d)).toBe("#landscape&p.landscape.run=exp1%2Flr%3D0.1&_smoothingWeight=0.6");
  });

  it("skips items that do not decode or have a raw =", () => {
    const d = parseHash("#t&a=%E0%A4%A&b=1=2&c=3");
    expect([...d.entries]).toEqual([["c", "3"]]);
    expect(parseHash("").tab).toBeNull();
    expect(formatHash({ tab: null, entries: new Map() })).toBe("");
  });
});

describe("readState / writeState", () => {
  it("round-trips every key, with markup, ampersands, = and unicode in names", () => {
    const hash = writeState("#landscape", FULL);
    expect(readState(hash)).toEqual(FULL);
    // TensorBoard's parser sees the same values under p.landscape.*
    const tb = tensorboardParse(hash);
    expect(tb.__tab__).toBe("landscape");
    expect(tb["p.landscape.run"]).toBe(FULL.run);
    expect(tb["p.landscape.compare"]).toBe(JSON.stringify(FULL.compare));
  });

  it("keeps the tab and other keys, replaces only ours, and drops keys left out", () => {
    const start = "#landscape&_smoothingWeight=0.6&p.scalars.x=1&p.landscape.step=5&p.landscape.run=a";
    const next = writeState(start, { run: "b" });
    expect(next).toBe("#landscape&_smoothingWeight=0.6&p.scalars.x=1&p.landscape.run=b");
    expect(readState(next)).toEqual({ run: "b" });
    expect(writeState("#landscape&p.landscape.run=a", {})).toBe("#landscape");
  });

  it("works on a hash without a tab (the page opened outside TensorBoard)", () => {
    const h = writeState("", { view: "3d", step: 7 });
    expect(h).toBe("#p.landscape.view=3d&p.landscape.step=7");
    expect(readState(h)).toEqual({ view: "3d", step: 7 });
  });

  it("writes the all-metrics option as allm=1, and nothing when off", () => {
    const on = writeState("#landscape", { view: "1d", allMetrics: true });
    expect(on).toBe("#landscape&p.landscape.view=1d&p.landscape.allm=1");
    expect(readState(on)).toEqual({ view: "1d", allMetrics: true });
    expect(writeState("#landscape", { view: "1d" })).toBe("#landscape&p.landscape.view=1d");
    expect(readState("#landscape&p.landscape.allm=yes")).toEqual({});
  });

  it("leaves out malformed values", () => {
    const bad =
      "#landscape&p.landscape.view=4d&p.landscape.step=abc&p.landscape.scale=cubic" +
      "&p.landscape.clip=5%2C1&p.landscape.fixed=maybe&p.landscape.compare=%5B1%5D" +
      "&p.landscape.diff=%7B%22kind%22%3A%22steps%22%2C%22a%22%3A%22x%22%7D&p.landscape.run=";
    expect(readState(bad)).toEqual({});
    expect(readState("#landscape&p.landscape.step=1.5")).toEqual({});
  });

  it("reads clip ranges with one automatic side, and step diffs", () => {
    expect(readState(writeState("", { clip: [null, 2.5] })).clip).toEqual([null, 2.5]);
    expect(readState(writeState("", { clip: [-1e-3, 4] })).clip).toEqual([-1e-3, 4]);
    const d = { kind: "steps", a: 100, b: 500 } as const;
    expect(readState(writeState("", { diff: d })).diff).toEqual(d);
  });

  it("reads another plugin's name space only when asked", () => {
    const h = "#other&p.other.run=x&p.landscape.run=y";
    expect(readState(h, "other")).toEqual({ run: "x" });
    expect(readState(h)).toEqual({ run: "y" });
  });
});
