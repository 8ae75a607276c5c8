import { describe, expect, it } from "vitest";
import { axisTitleText, clipText } from "./labels";

describe("axisTitleText", () => {
  it("puts label, unit and method together", () => {
    expect(axisTitleText({ label: "direction 1", unit: "filter-normalized units", explained_variance: null }, "random")).toBe(
      "direction 1 [filter-normalized units] · random",
    );
    expect(axisTitleText({ label: "alpha", unit: "", explained_variance: null })).toBe("alpha");
    expect(axisTitleText({ label: "", unit: "u", explained_variance: null }, "m")).toBe("u · m");
  });

  it("gives the explained variance of PCA axes", () => {
    expect(axisTitleText({ label: "PC1", unit: "", explained_variance: 0.7234 }, "pca")).toBe("PC1 (72.3% of variance) · pca");
    expect(axisTitleText({ label: "PC2", unit: "", explained_variance: NaN })).toBe("PC2");
  });
});

describe("clipText", () => {
  it("counts points", () => {
    expect(clipText(1, "above")).toBe("1 point above the colour range");
    expect(clipText(12, "below")).toBe("12 points below the colour range");
  });
});
