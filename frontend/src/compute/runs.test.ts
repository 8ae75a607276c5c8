import { describe, expect, it } from "vitest";

import type { RunsResponse } from "../api";
import { axisChoices, axisMap, axisScale, defaultAxes, landscapeSteps, parseAxis, rawValue, readout, runPoints, valueText } from "./runs";
import { ticks } from "./scales";

const TABLE: RunsResponse = {
  runs: {
    "lr=0.2": {
      hparams: { lr: 0.2, opt: "sgd", nesterov: true },
      landscape: { center_loss: [[100, 0.9], [200, 0.5]], sharpness: [[100, 2], [200, "NaN"]] },
      scalars: { "train/loss": 0.4 },
      landscape_records: true,
    },
    "lr=0.01": {
      hparams: { lr: 0.01, opt: "adam", nesterov: false },
      landscape: { center_loss: [[100, 1.5], [200, 1.2]], sharpness: [[200, 3]] },
      scalars: { "train/loss": 1.1 },
      landscape_records: true,
    },
    "lr=0.05": { hparams: { lr: 0.05, opt: "sgd" }, landscape: {}, scalars: { "train/loss": "Infinity" }, landscape_records: false },
  },
  hparams: ["lr", "nesterov", "opt"],
  landscape: ["center_loss", "sharpness"],
  scalars: ["train/loss"],
};

describe("axes", () => {
  it("parseAxis reads kind and name; a name may hold ':' and '/'", () => {
    expect(parseAxis("s:train/loss:x")).toEqual({ kind: "s", name: "train/loss:x" });
    expect(parseAxis("q:lr")).toBeNull();
    expect(parseAxis("h:")).toBeNull();
  });

  it("axisChoices lists hparams, then landscape scalars, then user scalars", () => {
    expect(axisChoices(TABLE).map(([v]) => v)).toEqual(["h:lr", "h:nesterov", "h:opt", "l:center_loss", "l:sharpness", "s:train/loss"]);
    expect(axisChoices(TABLE)[0][1]).toBe("lr (hparam)");
  });

  it("defaultAxes: the first hparam against center_loss; without hparams, two other axes", () => {
    expect(defaultAxes(TABLE)).toEqual({ x: "h:lr", y: "l:center_loss" });
    expect(defaultAxes({ ...TABLE, hparams: [], landscape: ["sharpness"] })).toEqual({ x: "l:sharpness", y: "s:train/loss" });
    expect(defaultAxes({ runs: {}, hparams: [], landscape: [], scalars: [] })).toEqual({ x: null, y: null });
    // An hparam every run shares (a batch size) is no x axis: the first that varies is.
    // (A run without hparams does not make it vary.)
    const runs: RunsResponse["runs"] = Object.fromEntries(Object.entries(TABLE.runs).map(([k, r]) => [k, { ...r, hparams: { ...r.hparams, batch: 64 } }]));
    runs.none = { hparams: {}, landscape: {}, scalars: {}, landscape_records: false };
    const same = { ...TABLE, hparams: ["batch", "lr"], runs };
    expect(defaultAxes(same).x).toBe("h:lr");
  });

  it("landscapeSteps: the union of steps, ascending", () => {
    expect(landscapeSteps(TABLE)).toEqual([100, 200]);
  });
});

describe("values", () => {
  it("rawValue: a landscape scalar's final value, or the last one at or before a step", () => {
    const row = TABLE.runs["lr=0.01"];
    expect(rawValue(row, "l:center_loss", null)).toBe(1.2);
    expect(rawValue(row, "l:center_loss", 150)).toBe(1.5);
    expect(rawValue(row, "l:sharpness", 150)).toBeUndefined();
    expect(rawValue(row, "h:opt", null)).toBe("adam");
    expect(rawValue(row, "s:missing", null)).toBeUndefined();
  });

  it("axisScale: booleans count 0 / 1, strings are categories in natural order, NaN and inf are left out", () => {
    expect(axisScale(TABLE, "h:nesterov", null).toNumber(true)).toBe(1);
    const opt = axisScale(TABLE, "h:opt", null);
    expect(opt.categories).toEqual(["adam", "sgd"]);
    expect(opt.toNumber("sgd")).toBe(1);
    const loss = axisScale(TABLE, "s:train/loss", null);
    expect(loss.toNumber("Infinity")).toBeNull();
    expect(loss.toNumber("NaN")).toBeNull();
  });

  it("axisScale: log spacing for positive values spread over a factor of 20", () => {
    expect(axisScale(TABLE, "h:lr", null).log).toBe(true);
    expect(axisScale(TABLE, "l:center_loss", null).log).toBe(false);
  });

  it("runPoints: one point per run with finite x and y; the others listed as missing", () => {
    const p = runPoints(TABLE, "h:lr", "l:sharpness", "h:opt", null);
    expect(p.points.map((q) => [q.run, q.x, q.y, q.c, q.openable])).toEqual([["lr=0.01", 0.01, 3, 0, true]]);
    expect(p.missing).toEqual(["lr=0.05", "lr=0.2"]);
    const at100 = runPoints(TABLE, "h:lr", "l:sharpness", null, 100);
    expect(at100.points.map((q) => q.run)).toEqual(["lr=0.2"]);
    expect(at100.points[0].c).toBeNull();
  });

  it("readout: the run, then every value it has", () => {
    expect(readout(TABLE, "lr=0.05", null)).toEqual(["lr=0.05", "lr (hparam): 0.05", "opt (hparam): sgd", "train/loss (scalar): Infinity"]);
    expect(readout(TABLE, "nope", null)).toEqual([]);
    expect(valueText(1 / 3)).toBe("0.3333");
    expect(valueText(false)).toBe("false");
  });
});

describe("axisMap", () => {
  const tick = (lo: number, hi: number) => ticks([lo, hi], 5);

  it("pads the range by 5% and keeps ticks inside", () => {
    const m = axisMap(axisScale(TABLE, "l:center_loss", null), [0, 1], tick);
    expect(m.at(0)).toBeCloseTo(0.05 / 1.1);
    expect(m.at(1)).toBeCloseTo(1.05 / 1.1);
    expect(m.ticks.every((t) => t.at >= 0 && t.at <= 1)).toBe(true);
  });

  it("a single value sits in the middle; categories tick at their names", () => {
    expect(axisMap(axisScale(TABLE, "l:center_loss", null), [3], tick).at(3)).toBeCloseTo(0.5);
    const m = axisMap(axisScale(TABLE, "h:opt", null), [0, 1], tick);
    expect(m.ticks.map((t) => t.label)).toEqual(["adam", "sgd"]);
  });

  it("a log axis places values by log10", () => {
    const m = axisMap(axisScale(TABLE, "h:lr", null), [0.01, 0.1, 1], tick);
    expect(m.at(0.1) - m.at(0.01)).toBeCloseTo(m.at(1) - m.at(0.1));
  });
});
