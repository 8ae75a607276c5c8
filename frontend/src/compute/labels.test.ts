import { describe, expect, it } from "vitest";
import { axisTitleText, clipText, fitTitle, titlePixels } from "./labels";

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

describe("axisTitleText with a share already in the label", () => {
  it("says the explained variance once", () => {
    expect(axisTitleText({ label: "PC 1 (87.4%)", unit: "", explained_variance: 0.874 })).toBe("PC 1 (87.4%)");
    expect(axisTitleText({ label: "PC 1", unit: "", explained_variance: 0.874 })).toBe("PC 1 (87.4% of variance)");
  });
});

describe("fitTitle", () => {
  it("keeps a title that fits and cuts a long one with an ellipsis", () => {
    expect(fitTitle("direction 1", 200)).toBe("direction 1");
    const cut = fitTitle("PC 2 (7.4% of variance) [parameter distance (L2)] · pca", 128);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBe(Math.floor(128 / 6.4));
    expect(fitTitle("abcdefghij", 1)).toBe("abc…");
  });
});

describe("titlePixels", () => {
  it("is the room in which fitTitle keeps a title whole", () => {
    for (const t of ["x", "direction 1 [filter-normalized units] · random", "PC1 (72.3% of variance) [weight-space distance] · pca"]) {
      expect(fitTitle(t, titlePixels(t))).toBe(t);
      if (t.length > 4) expect(fitTitle(t, titlePixels(t) - 8)).not.toBe(t);
    }
  });
});
