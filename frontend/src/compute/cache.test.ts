import { describe, expect, it } from "vitest";
import { estimateBytes, frameBytes, frameCache, frameKey, LruCache } from "./cache";
import { decodeFrame } from "./frame";
import { encodeFrame, header2d } from "./testing";

const sized = (max: number) => new LruCache<string, number>(max, (v) => v);

describe("LruCache", () => {
  it("evicts the least recently used entries when the bytes exceed the budget", () => {
    const c = sized(10);
    c.set("a", 4);
    c.set("b", 4);
    expect(c.get("a")).toBe(4); // a is now the most recent
    c.set("c", 4); // 12 > 10: b goes
    expect(c.keys()).toEqual(["a", "c"]);
    expect(c.bytes).toBe(8);
    expect(c.has("b")).toBe(false);
  });

  it("peek does not change the order; set of an existing key replaces its size", () => {
    const c = sized(10);
    c.set("a", 3);
    c.set("b", 3);
    c.peek("a");
    c.set("a", 6); // replaced and most recent: 3 + 6
    expect(c.keys()).toEqual(["b", "a"]);
    expect(c.bytes).toBe(9);
    c.set("c", 2); // 11: b goes
    expect(c.keys()).toEqual(["a", "c"]);
  });

  it("does not store a value larger than the whole budget, and keeps the rest", () => {
    const c = sized(10);
    c.set("a", 5);
    expect(c.set("huge", 11)).toBe(false);
    expect(c.keys()).toEqual(["a"]);
    expect(c.bytes).toBe(5);
  });

  it("delete and clear keep the byte count right", () => {
    const c = sized(100);
    c.set("a", 30);
    c.set("b", 20);
    expect(c.delete("a")).toBe(true);
    expect(c.delete("a")).toBe(false);
    expect(c.bytes).toBe(20);
    c.clear();
    expect(c.bytes).toBe(0);
    expect(c.size).toBe(0);
  });

  it("holds at most the budget over many inserts", () => {
    const c = sized(1000);
    for (let i = 0; i < 500; i++) {
      c.set(`k${i}`, 1 + (i % 97));
      expect(c.bytes).toBeLessThanOrEqual(1000);
    }
    expect(c.has("k499")).toBe(true);
  });
});

describe("frame sizes and keys", () => {
  it("counts a frame's record bytes and estimates them from the shape", () => {
    const xs = [0, 1, 2, 3];
    const ys = [0, 1, 2];
    const bytes = encodeFrame(header2d(xs, ys), new Array(12).fill(1));
    const frame = decodeFrame(bytes);
    expect(frameBytes(frame)).toBeGreaterThanOrEqual(bytes.byteLength);
    expect(estimateBytes([1, 3, 4])).toBeGreaterThanOrEqual(48);
    expect(estimateBytes([2, 101, 101])).toBeGreaterThan(2 * 101 * 101 * 4);
  });

  it("keys differ by run, tag, step and wall time, without ambiguity", () => {
    const keys = new Set([
      frameKey("a", "b", 1, 5),
      frameKey("a", "b", 2, 5),
      frameKey("a", "b", 1, 6),
      frameKey("a\u0000b", "", 1, 5),
      frameKey("a", "b\u00001", 5, 5),
    ]);
    expect(keys.size).toBe(5);
  });

  it("a frame cache is bounded by frame bytes", () => {
    const frame = decodeFrame(encodeFrame(header2d([0, 1], [0, 1]), [1, 2, 3, 4]));
    const c = frameCache(frameBytes(frame) * 2);
    c.set("1", frame);
    c.set("2", frame);
    c.set("3", frame);
    expect(c.keys()).toEqual(["2", "3"]);
  });
});
