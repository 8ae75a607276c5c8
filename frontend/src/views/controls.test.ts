import { describe, expect, it } from "vitest";
import { sortNames } from "./controls";

describe("sortNames", () => {
  it("sorts names with numbers by value, decimals included", () => {
    expect(sortNames(["run10", "run2", "run1"])).toEqual(["run1", "run2", "run10"]);
    expect(sortNames(["lr=0.2", "lr=0.05", "lr=0.01"])).toEqual(["lr=0.01", "lr=0.05", "lr=0.2"]);
    expect(sortNames(["exp1/lr=0.1", "exp1/lr=0.01", "b", "a"])).toEqual(["a", "b", "exp1/lr=0.01", "exp1/lr=0.1"]);
    expect(sortNames(["train/landscape", "train/interpolation"])).toEqual(["train/interpolation", "train/landscape"]);
    expect(sortNames(["b", "B", "a"])).toEqual(["a", "B", "b"]);
  });
});
