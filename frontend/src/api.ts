/**
 * The plugin's HTTP routes (http_api.md). The only module that knows URLs. Paths are
 * relative: the plugin page has `<base href="plugin/landscape/">`, so "tags" reaches
 * `/data/plugin/landscape/tags`.
 */

import { decodeFrame, type Frame } from "./compute/frame";

/** `GET tags`: run -> tag -> summary. */
export type TagsResponse = Record<string, Record<string, TagInfo>>;

export interface TagInfo {
  max_step: number;
  max_wall_time: number;
  version: number;
}

export interface StepInfo {
  step: number;
  wall_time: number;
  dims: 1 | 2;
  shape: number[];
  metrics: string[];
  /**
   * Per metric, `[min, max]` of the record's finite values, null when it has none (for a
   * colour scale fixed across steps). Absent from servers that predate it.
   */
  ranges?: ([number, number] | null)[];
}

/** `GET steps`: the decodable steps of one run and tag, oldest first. */
export interface StepsResponse {
  run: string;
  tag: string;
  steps: StepInfo[];
  skipped: { step: number; error: string }[];
}

/** A hyperparameter or scalar value; NaN and the infinities travel as "NaN", "Infinity", "-Infinity". */
export type HparamValue = number | string | boolean | null;

/** One run of `GET runs`. */
export interface RunRow {
  hparams: Record<string, HparamValue>;
  /** Landscape scalars (`landscape/<name>`): `[step, value]`, oldest first. */
  landscape: Record<string, [number, number | string][]>;
  /** Every other scalar: its final value. */
  scalars: Record<string, number | string>;
  /** The run has landscape records (its landscape can be opened). */
  landscape_records: boolean;
}

/** `GET runs`: one row per run, and the sorted names of each kind. */
export interface RunsResponse {
  runs: Record<string, RunRow>;
  hparams: string[];
  landscape: string[];
  scalars: string[];
}

/** A non-2xx answer; `message` holds the server's plain-text body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    body: string,
  ) {
    super(`${status}: ${body.trim() || "request failed"}`);
    this.name = "ApiError";
  }
}

export type FetchFn = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

/** Client for the plugin's routes. `fetchFn` is injectable for tests. */
export class LandscapeApi {
  constructor(
    private readonly fetchFn: FetchFn = (url, init) => fetch(url, init),
    private readonly base = "./",
  ) {}

  url(route: "tags" | "steps" | "landscape" | "runs", params: Record<string, string | number> = {}): string {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) q.set(k, String(v));
    const qs = q.toString();
    return `${this.base}${route}${qs ? `?${qs}` : ""}`;
  }

  async tags(signal?: AbortSignal): Promise<TagsResponse> {
    return (await this.get(this.url("tags"), signal)).json() as Promise<TagsResponse>;
  }

  async steps(run: string, tag: string, signal?: AbortSignal): Promise<StepsResponse> {
    return (await this.get(this.url("steps", { run, tag }), signal)).json() as Promise<StepsResponse>;
  }

  async runs(signal?: AbortSignal): Promise<RunsResponse> {
    return (await this.get(this.url("runs"), signal)).json() as Promise<RunsResponse>;
  }

  /** One record, decoded; the latest decodable step when `step` is omitted. */
  async landscape(run: string, tag: string, step?: number, signal?: AbortSignal): Promise<Frame> {
    const params: Record<string, string | number> = { run, tag };
    if (step !== undefined) params.step = step;
    const res = await this.get(this.url("landscape", params), signal);
    const bytes = await res.arrayBuffer();
    // For the benchmark: a frame's bytes are here (decoding is a view, no copy).
    if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark("tbl-frame-received");
    return decodeFrame(bytes);
  }

  private async get(url: string, signal?: AbortSignal): Promise<Response> {
    const res = await this.fetchFn(url, signal ? { signal } : undefined);
    if (!res.ok) throw new ApiError(res.status, url, await res.text().catch(() => ""));
    return res;
  }
}
