/**
 * A least-recently-used cache bounded by bytes, for decoded frames: scrubbing back and
 * forth over the steps of a run draws from memory instead of the network. Pure: no DOM.
 */

import type { Frame } from "./frame";

/** 64 MiB: a few hundred steps of a 101 x 101 grid with 4 metrics. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export class LruCache<K, V> {
  /** Insertion order of a Map is its recency order here: the first key is the oldest. */
  private readonly map = new Map<K, { value: V; bytes: number }>();
  private total = 0;

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** Bytes held. */
  get bytes(): number {
    return this.total;
  }

  /** Entries held. */
  get size(): number {
    return this.map.size;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** The value, marked as the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  /** The value without touching its recency. */
  peek(key: K): V | undefined {
    return this.map.get(key)?.value;
  }

  /**
   * Stores `value` as the most recently used, evicting the least recently used entries
   * until the total fits. A value larger than the whole budget is not stored (returns false).
   */
  set(key: K, value: V): boolean {
    const bytes = Math.max(0, this.sizeOf(value));
    this.delete(key);
    if (bytes > this.maxBytes) return false;
    this.map.set(key, { value, bytes });
    this.total += bytes;
    for (const [k, e] of this.map) {
      if (this.total <= this.maxBytes) break;
      this.map.delete(k);
      this.total -= e.bytes;
    }
    return true;
  }

  delete(key: K): boolean {
    const entry = this.map.get(key);
    if (!entry) return false;
    this.map.delete(key);
    this.total -= entry.bytes;
    return true;
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }

  /** Keys from least to most recently used. */
  keys(): K[] {
    return [...this.map.keys()];
  }
}

/** Memory a decoded frame holds: its record's bytes (values and header) plus the coordinates. */
export function frameBytes(frame: Frame): number {
  const coords = frame.header.axes.reduce((n, a) => n + a.coords.byteLength, 0);
  return frame.values.buffer.byteLength + coords + 1024;
}

/** Estimated bytes of a record of `shape` (float32 values plus a header), before fetching it. */
export function estimateBytes(shape: readonly number[]): number {
  const n = shape.reduce((a, b) => a * b, 1);
  const coords = shape.slice(1).reduce((a, b) => a + b, 0);
  return n * 4 + coords * 32 + 2048;
}

/**
 * The cache key of a record: run, tag and step, plus its wall time so that a step written
 * again (a restarted run) is not answered from the cache with the old picture.
 */
export function frameKey(run: string, tag: string, step: number, wallTime: number): string {
  return `${run}\u0000${tag}\u0000${step}\u0000${wallTime}`;
}

export function frameCache(maxBytes = DEFAULT_CACHE_BYTES): LruCache<string, Frame> {
  return new LruCache<string, Frame>(maxBytes, frameBytes);
}
