import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Player, type PlayHost } from "./play";

function host(count: number, speed = 2) {
  const h = { i: 0, count, speed, drawn: true, playing: false, seen: [] as number[] };
  const api: PlayHost = {
    speed: () => h.speed,
    drawn: () => h.drawn,
    index: () => h.i,
    count: () => h.count,
    go: (i) => {
      h.i = i;
      h.seen.push(i);
    },
    changed: (p) => (h.playing = p),
  };
  return { h, api };
}

describe("Player", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("steps at the chosen speed and stops at the latest", () => {
    const { h, api } = host(7, 2);
    const p = new Player(api);
    p.start();
    expect(h.playing).toBe(true);
    vi.advanceTimersByTime(499);
    expect(h.seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(h.seen).toEqual([1]);
    vi.advanceTimersByTime(2500);
    expect(h.seen).toEqual([1, 2, 3, 4, 5, 6]); // 7 steps in 3 s at 2 steps/s
    expect(h.playing).toBe(false);
  });

  it("takes a new speed at once", () => {
    const { h, api } = host(20, 1);
    const p = new Player(api);
    p.start();
    vi.advanceTimersByTime(1500);
    expect(h.seen.length).toBe(1);
    h.speed = 10;
    p.retime();
    vi.advanceTimersByTime(1000);
    expect(h.seen.length).toBe(11);
  });

  it("waits for a step still loading, skipping none", () => {
    const { h, api } = host(5, 10);
    new Player(api).start();
    vi.advanceTimersByTime(100);
    h.drawn = false;
    vi.advanceTimersByTime(1000);
    expect(h.seen).toEqual([1]);
    h.drawn = true;
    vi.advanceTimersByTime(40);
    expect(h.seen).toEqual([1, 2]);
  });

  it("starts from the first step at the latest, and not with one step", () => {
    const { h, api } = host(3);
    h.i = 2;
    new Player(api).start();
    expect(h.seen).toEqual([0]);
    const one = host(1);
    const p = new Player(one.api);
    p.start();
    expect(p.playing).toBe(false);
  });

  it("toggles", () => {
    const { h, api } = host(5);
    const p = new Player(api);
    p.toggle();
    expect(h.playing).toBe(true);
    p.toggle();
    expect(h.playing).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(h.seen).toEqual([]);
  });
});
