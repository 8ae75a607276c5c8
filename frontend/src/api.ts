/**
 * The plugin's HTTP routes (http_api.md). The only module that knows URLs. Paths are
 * relative: the plugin page has `<base href="plugin/landscape/">`, so "tags" reaches
 * `/data/plugin/landscape/tags`.
 */

import { decodeFrame, type Frame } from "./compute/frame";

/** `GET tags`: run -> tag -> summary. */
export type TagsResponse = Record<string, Record<string, TagInfo>>;

/** What a tag's records hold; "unknown" for a newer writer's kind. Absent: "landscape". */
export type TagKind = "landscape" | "sensitivity" | "spectrum" | "unknown";

export interface TagInfo {
  max_step: number;
  max_wall_time: number;
  version: number;
  /** Absent from servers that predate kinds (all their tags are landscapes). */
  kind?: TagKind;
}

/** A JSON number, or the string JS spells a non-finite value with ("NaN", "Infinity"). */
export type JsonNumber = number | string;

/**
 * `GET sensitivity`: every decodable step of a sensitivity tag. The matrices are steps x
 * groups (`trace[i][k]`: step `steps[i]`, group `groups[k]`), null where a step lacks the
 * group or the measure.
 */
export interface SensitivityResponse {
  run: string;
  tag: string;
  groups: string[];
  sizes: number[];
  steps: number[];
  wall_times: JsonNumber[];
  trace: (JsonNumber | null)[][];
  trace_std_error: (JsonNumber | null)[][];
  top_eigenvalue: (JsonNumber | null)[][];
  total_trace: (JsonNumber | null)[];
  skipped: { step: number; error: string }[];
}

/** One step of `GET spectrum`: the log density (natural log) on an even eigenvalue grid. */
export interface SpectrumStep {
  step: number;
  wall_time: JsonNumber;
  grid: number[];
  log_density: number[];
  sigma: number;
  outliers: number[];
  outlier_weights: number[];
  top_eigenvalue: number | null;
  num_parameters: number;
}

/** `GET spectrum`: every decodable step of a spectrum tag, oldest first. */
export interface SpectrumResponse {
  run: string;
  tag: string;
  steps: SpectrumStep[];
  skipped: { step: number; error: string }[];
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
  kind?: TagKind;
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

  url(route: "tags" | "steps" | "landscape" | "runs" | "sensitivity" | "spectrum", params: Record<string, string | number> = {}): string {
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

  async sensitivity(run: string, tag: string, signal?: AbortSignal): Promise<SensitivityResponse> {
    return (await this.get(this.url("sensitivity", { run, tag }), signal)).json() as Promise<SensitivityResponse>;
  }

  async spectrum(run: string, tag: string, signal?: AbortSignal): Promise<SpectrumResponse> {
    return (await this.get(this.url("spectrum", { run, tag }), signal)).json() as Promise<SpectrumResponse>;
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
