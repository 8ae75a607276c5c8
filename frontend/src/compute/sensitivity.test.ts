import { describe, expect, it } from "vitest";
import type { SensitivityResponse } from "../api";
import { barDomain, barsAt, barText, drawable, matrix, matrixDomain, num, position } from "./sensitivity";

const response: SensitivityResponse = {
  run: "r", tag: "layers", groups: ["conv1", "fc"], sizes: [10, 20], steps: [0, 100], wall_times: [1, 2],
  trace: [[4, "NaN"], [2, -1]],
  trace_std_error: [[0.5, null], [0.25, 0.1]],
  top_eigenvalue: [[1, 8], [null, "Infinity"]],
  total_trace: [4, 1],
  skipped: [],
};

describe("sensitivity", () => {
  it("num(v) treats null as NaN and parses the non-finite strings", () => {
    expect(num(null)).toBeNaN();
    expect(num("NaN")).toBeNaN();
    expect(num("Infinity")).toBe(Infinity);
    expect(num("-Infinity")).toBe(-Infinity);
    expect(num(2.5)).toBe(2.5);
  });

  it("matrix(r, measure) is steps x groups", () => {
    expect(matrix(response, "trace")).toEqual([[4, NaN], [2, -1]]);
    expect(matrix(response, "top_eigenvalue")).toEqual([[1, 8], [NaN, Infinity]]);
  });

  it("barsAt(r, i) carries standard errors for the trace only", () => {
    expect(barsAt(response, 1, "trace")).toEqual({ groups: ["conv1", "fc"], values: [2, -1], errors: [0.25, 0.1] });
    expect(barsAt(response, 0, "top_eigenvalue").errors.every((e) => Number.isNaN(e))).toBe(true);
  });

  it("drawable(v, scale) leaves out non-finite values, and values <= 0 on a log scale", () => {
    expect(drawable(NaN, "linear")).toBe(false);
    expect(drawable(Infinity, "linear")).toBe(false);
    expect(drawable(-1, "linear")).toBe(true);
    expect(drawable(-1, "log")).toBe(false);
    expect(drawable(0, "log")).toBe(false);
  });

  it("barDomain(values, errors) includes 0 and the whiskers on a linear axis", () => {
    const [lo, hi] = barDomain([2, -1], [0.25, 0.1], "linear")!;
    expect(lo).toBeLessThan(-1.1);
    expect(hi).toBeGreaterThanOrEqual(2.25);
    expect(barDomain([NaN], [NaN], "linear")).toBeNull();
  });

  it("barDomain(values, errors, 'log') spans the positive values only", () => {
    expect(barDomain([2, -1, 8], [NaN, NaN, NaN], "log")).toEqual([1, 16]);
    expect(barDomain([-1, 0], [NaN, NaN], "log")).toBeNull();
  });

  it("matrixDomain(m) is the drawable extent of every step", () => {
    expect(matrixDomain(matrix(response, "trace"), "linear")).toEqual([-1, 4]);
    expect(matrixDomain(matrix(response, "trace"), "log")).toEqual([2, 4]);
    expect(matrixDomain([[3]], "linear")).toEqual([2, 4]);
  });

  it("position(v) is clamped, NaN where not drawable", () => {
    expect(position(5, [0, 10], "linear")).toBe(0.5);
    expect(position(100, [1, 100], "log")).toBe(1);
    expect(position(10, [1, 100], "log")).toBeCloseTo(0.5);
    expect(position(-5, [1, 100], "log")).toBeNaN();
    expect(position(20, [0, 10], "linear")).toBe(1);
  });

  it("barText says group, size, step, measure, value and error", () => {
    expect(barText("conv1", 10, 100, "trace", 2, 0.25)).toBe("conv1 (10 parameters) · step 100 · trace 2 ± 0.25");
    expect(barText("fc", undefined, 0, "top_eigenvalue", NaN, NaN)).toBe("fc · step 0 · top eigenvalue not measured");
  });
});
