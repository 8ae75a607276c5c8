import { describe, expect, it } from "vitest";
import { decodeFrame, type Frame } from "../compute/frame";
import { encodeFrame, header2d } from "../compute/testing";
import { CancelledError, FrameLoader, type FrameRef } from "./loader";

const ref = (step: number, run = "r"): FrameRef => ({ run, tag: "t", step, wallTime: step });

function frameAt(step: number): Frame {
  return decodeFrame(encodeFrame({ ...header2d([0, 1], [0]), step }, [step, step]));
}

/** A fetch whose answers the test releases one by one. */
function controlledFetch() {
  const started: number[] = [];
  const waiting = new Map<number, { resolve: () => void; reject: (e: unknown) => void }>();
  let active = 0;
  let maxActive = 0;
  const fn = (r: FrameRef) => {
    started.push(r.step);
    active++;
    maxActive = Math.max(maxActive, active);
    return new Promise<Frame>((resolve, reject) => {
      waiting.set(r.step, {
        resolve: () => {
          active--;
          resolve(frameAt(r.step));
        },
        reject: (e) => {
          active--;
          reject(e);
        },
      });
    });
  };
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    fn,
    started,
    maxActive: () => maxActive,
    async release(step: number) {
      waiting.get(step)!.resolve();
      waiting.delete(step);
      await flush();
    },
    async fail(step: number) {
      waiting.get(step)!.reject(new Error("boom"));
      waiting.delete(step);
      await flush();
    },
  };
}

describe("FrameLoader", () => {
  it("keeps at most two requests in flight and serves the newest foreground request first", async () => {
    const f = controlledFetch();
    const loader = new FrameLoader(f.fn);
    const got: number[] = [];
    for (const s of [1, 2, 3, 4, 5]) void loader.load(ref(s)).then((fr) => got.push(fr.header.step));
    expect(f.started).toEqual([1, 2]);
    await f.release(1);
    expect(f.started).toEqual([1, 2, 5]); // the newest waiting request goes next
    await f.release(5);
    await f.release(2);
    expect(f.started).toEqual([1, 2, 5, 4, 3]);
    await f.release(4);
    await f.release(3);
    expect(got).toEqual([1, 5, 2, 4, 3]);
    expect(f.maxActive()).toBe(2);
  });

  it("answers from the cache, and shares a request under way", async () => {
    const f = controlledFetch();
    const loader = new FrameLoader(f.fn);
    const a = loader.load(ref(1));
    const b = loader.load(ref(1));
    expect(a).toBe(b);
    await f.release(1);
    expect(loader.cached(ref(1))?.header.step).toBe(1);
    await loader.load(ref(1));
    expect(f.started).toEqual([1]);
    // A different wall time is a different record.
    void loader.load({ ...ref(1), wallTime: 99 });
    expect(f.started).toEqual([1, 1]);
  });

  it("prefetches in order after foreground requests, and a new list drops the old one", async () => {
    const f = controlledFetch();
    const loader = new FrameLoader(f.fn, undefined, 1);
    void loader.load(ref(10));
    loader.prefetch([ref(11), ref(12), ref(13)]);
    void loader.load(ref(20));
    expect(f.started).toEqual([10]);
    await f.release(10);
    expect(f.started).toEqual([10, 20]);
    loader.prefetch([ref(13), ref(14)]); // 11 and 12 dropped
    await f.release(20);
    await f.release(13);
    await f.release(14);
    expect(f.started).toEqual([10, 20, 13, 14]);
    expect(loader.queued).toBe(0);
  });

  it("promotes a waiting prefetch when it is asked for in the foreground", async () => {
    const f = controlledFetch();
    const loader = new FrameLoader(f.fn, undefined, 1);
    loader.prefetch([ref(1), ref(2), ref(3)]);
    const p = loader.load(ref(3));
    await f.release(1);
    expect(f.started).toEqual([1, 3]);
    await f.release(3);
    expect((await p).header.step).toBe(3);
  });

  it("rejects dropped requests with CancelledError and failed ones with the error; failures are not cached", async () => {
    const f = controlledFetch();
    const loader = new FrameLoader(f.fn, undefined, 1);
    const a = loader.load(ref(1));
    const b = loader.load(ref(2));
    loader.cancelPending();
    await expect(b).rejects.toBeInstanceOf(CancelledError);
    await f.fail(1);
    await expect(a).rejects.toThrow("boom");
    expect(loader.cached(ref(1))).toBeUndefined();
    void loader.load(ref(1));
    expect(f.started).toEqual([1, 1]);
    expect(loader.inFlight).toBe(1);
  });
});
