import { describe, expect, it } from "vitest";

import { pendingWish } from "./state";

const tags: Record<string, string[]> = { "lr=0.05": ["landscape"], "lr=0.2": ["landscape", "landscape_pca"] };
const tagsOf = (r: string) => tags[r] ?? [];
const runs = Object.keys(tags);

describe("pendingWish: a link's run and tag wait for the logs", () => {
  it("keeps a run that is not written yet", () => {
    const wish = { run: "lr=0.01", tag: "landscape" };
    expect(pendingWish(wish, runs, tagsOf)).toBe(wish);
  });
  it("keeps a tag the wished run does not have yet (the demo's PCA plane)", () => {
    const wish = { run: "lr=0.05", tag: "landscape_pca" };
    expect(pendingWish(wish, runs, tagsOf)).toBe(wish);
  });
  it("is fulfilled once run and tag are there", () => {
    expect(pendingWish({ run: "lr=0.2", tag: "landscape_pca" }, runs, tagsOf)).toBeNull();
    expect(pendingWish({ run: null, tag: null }, runs, tagsOf)).toBeNull();
    expect(pendingWish(null, runs, tagsOf)).toBeNull();
  });
  it("a tag without a run is not kept (which run it belongs to is not known)", () => {
    expect(pendingWish({ run: null, tag: "landscape_pca" }, runs, tagsOf)).toBeNull();
  });
});
