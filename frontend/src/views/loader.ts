/**
 * Fetching of records for the page: a byte-bounded LRU cache in front of the network, at
 * most `maxInFlight` requests at once (2: the browser keeps a connection for the poll),
 * the newest foreground request first, then background prefetches in the order asked.
 * No DOM: unit-tested with a fake fetch.
 */

import { frameCache, frameKey, type LruCache } from "../compute/cache";
import type { Frame } from "../compute/frame";

export interface FrameRef {
  run: string;
  tag: string;
  step: number;
  /** Part of the cache key: a step written again gets a new wall time. */
  wallTime: number;
}

export type FetchFrame = (ref: FrameRef) => Promise<Frame>;

/** The rejection of a request dropped before it started (the selection moved on). */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

interface Job {
  key: string;
  ref: FrameRef;
  foreground: boolean;
  /** Foreground: larger = newer = sooner. Prefetch: smaller = asked earlier = sooner. */
  order: number;
  promise: Promise<Frame>;
  resolve: (f: Frame) => void;
  reject: (e: unknown) => void;
}

export const refKey = (r: FrameRef) => frameKey(r.run, r.tag, r.step, r.wallTime);

export class FrameLoader {
  private readonly pending = new Map<string, Job>();
  private readonly running = new Map<string, Promise<Frame>>();
  private counter = 0;

  constructor(
    private readonly fetchFrame: FetchFrame,
    readonly cache: LruCache<string, Frame> = frameCache(),
    readonly maxInFlight = 2,
  ) {}

  /** Requests under way. */
  get inFlight(): number {
    return this.running.size;
  }

  /** Requests waiting for a slot. */
  get queued(): number {
    return this.pending.size;
  }

  /** The frame when it is in the cache (marked as recently used). */
  cached(ref: FrameRef): Frame | undefined {
    return this.cache.get(refKey(ref));
  }

  isHeld(ref: FrameRef): boolean {
    const key = refKey(ref);
    return this.cache.has(key) || this.running.has(key) || this.pending.has(key);
  }

  /** The frame, fetched ahead of every other waiting request when it is not cached. */
  load(ref: FrameRef): Promise<Frame> {
    const key = refKey(ref);
    const hit = this.cache.get(key);
    if (hit) return Promise.resolve(hit);
    const running = this.running.get(key);
    if (running) return running;
    const job = this.pending.get(key) ?? this.newJob(key, ref);
    job.foreground = true;
    job.order = ++this.counter;
    this.pump();
    return job.promise;
  }

  /**
   * Fetches `refs` in the background, in this order, after any foreground request. Replaces
   * the previous prefetch list: its requests not yet started are dropped.
   */
  prefetch(refs: readonly FrameRef[]): void {
    const wanted = new Set(refs.map(refKey));
    for (const [key, job] of this.pending) {
      if (!job.foreground && !wanted.has(key)) this.drop(job);
    }
    for (const ref of refs) {
      const key = refKey(ref);
      if (this.cache.has(key) || this.running.has(key)) continue;
      const job = this.pending.get(key) ?? this.newJob(key, ref);
      if (!job.foreground) job.order = ++this.counter;
    }
    this.pump();
  }

  /** Drops every request not yet started (a new selection); those under way finish into the cache. */
  cancelPending(): void {
    for (const job of [...this.pending.values()]) this.drop(job);
  }

  private newJob(key: string, ref: FrameRef): Job {
    let resolve!: (f: Frame) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<Frame>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => {}); // a prefetch nobody awaits must not be an unhandled rejection
    const job: Job = { key, ref, foreground: false, order: 0, promise, resolve, reject };
    this.pending.set(key, job);
    return job;
  }

  private drop(job: Job): void {
    this.pending.delete(job.key);
    job.reject(new CancelledError());
  }

  private next(): Job | null {
    let best: Job | null = null;
    for (const job of this.pending.values()) {
      if (!best) best = job;
      else if (job.foreground !== best.foreground) {
        if (job.foreground) best = job;
      } else if (job.foreground ? job.order > best.order : job.order < best.order) best = job;
    }
    return best;
  }

  private pump(): void {
    while (this.running.size < this.maxInFlight) {
      const job = this.next();
      if (!job) return;
      this.pending.delete(job.key);
      const p = (async () => this.fetchFrame(job.ref))();
      this.running.set(job.key, job.promise);
      p.then(
        (frame) => {
          this.cache.set(job.key, frame);
          this.running.delete(job.key);
          job.resolve(frame);
          this.pump();
        },
        (e) => {
          this.running.delete(job.key);
          job.reject(e);
          this.pump();
        },
      );
    }
  }
}
