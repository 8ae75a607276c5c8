import { describe, expect, it } from "vitest";

import type { RunsResponse } from "../api";
import { context, OPTIONS, readUrl, writeUrl } from "./options";
import { DEFAULT_STATE, NOTHING_LOADED, type ViewState } from "./state";

const TABLE: RunsResponse = {
  runs: {
    a: { hparams: { lr: 0.1, batch: 64 }, landscape: { center_loss: [[100, 1], [200, 0.5]] }, scalars: {}, landscape_records: true },
    b: { hparams: { lr: 0.2, batch: 64 }, landscape: { center_loss: [[200, 0.7], [300, 0.6]] }, scalars: {}, landscape_records: true },
  },
  hparams: ["batch", "lr"],
  landscape: ["center_loss"],
  scalars: [],
};

const runsState: ViewState = { ...DEFAULT_STATE, view: "runs" };
const choices = <V>(o: { control: { choices: unknown } }, c: ReturnType<typeof context>) =>
  (o.control.choices as (c: unknown) => readonly (readonly [V, string])[])(c).map(([v, t]) => [v, t]);

describe("the Runs view's options", () => {
  it("are shown in the Runs view only, the step once there are landscape scalars", () => {
    const c = context(runsState, { ...NOTHING_LOADED, runsTable: TABLE });
    for (const o of [OPTIONS.runsX, OPTIONS.runsY, OPTIONS.runsColor, OPTIONS.runsStep]) expect(o.shown(c), o.id).toBe(true);
    expect(OPTIONS.runsX.shown(context(DEFAULT_STATE, { ...NOTHING_LOADED, runsTable: TABLE }))).toBe(false);
    expect(OPTIONS.runsStep.shown(context(runsState, { ...NOTHING_LOADED, runsTable: { ...TABLE, landscape: [] } }))).toBe(false);
  });

  it("offer every axis, 'none' for colour, and 'final' then each step for the step", () => {
    const c = context(runsState, { ...NOTHING_LOADED, runsTable: TABLE });
    expect(choices(OPTIONS.runsX, c)).toEqual([["h:batch", "batch (hparam)"], ["h:lr", "lr (hparam)"], ["l:center_loss", "center_loss (landscape)"]]);
    expect(choices(OPTIONS.runsColor, c)[0]).toEqual([null, "none"]);
    expect(choices(OPTIONS.runsStep, c)).toEqual([[null, "final"], [100, "step 100"], [200, "step 200"], [300, "step 300"]]);
    expect(choices(OPTIONS.runsX, context(runsState, NOTHING_LOADED))).toEqual([]);
  });

  it("show the default axes until one is chosen: an hparam that varies against center_loss", () => {
    const c = context(runsState, { ...NOTHING_LOADED, runsTable: TABLE });
    expect(OPTIONS.runsX.shows(c)).toBe("h:lr");
    expect(OPTIONS.runsY.shows(c)).toBe("l:center_loss");
    const chosen = context({ ...runsState, runs: { ...runsState.runs, x: "h:batch" } }, { ...NOTHING_LOADED, runsTable: TABLE });
    expect(OPTIONS.runsX.shows(chosen)).toBe("h:batch");
  });

  it("'none' and 'final' are the defaults and stay out of the URL; a choice round-trips", () => {
    const none = OPTIONS.runsColor.set({ ...runsState, runs: { ...runsState.runs, color: "h:lr" } }, OPTIONS.runsColor.codec.parse("")!);
    expect(none.runs.color).toBeNull();
    expect(writeUrl("#landscape", none)).toBe("#landscape&p.landscape.view=runs");
    const s = { ...runsState, runs: { x: "s:a&b=c", y: "l:sharpness", color: "h:lr", step: 0 } };
    expect(readUrl(writeUrl("#landscape", s))).toEqual(s);
  });
});
