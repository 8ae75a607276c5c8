/**
 * Decoding of the binary landscape frame served by `GET landscape` (see http_api.md):
 *
 *     bytes 0-3      ASCII "TBL1"
 *     bytes 4-7      H, uint32 little-endian: header length in bytes
 *     bytes 8..8+H   UTF-8 JSON header, space-padded so that 8 + H is a multiple of 4
 *     bytes 8+H..    little-endian float32 values, C order, shape header.shape
 *
 * The values are viewed, not copied (on little-endian hosts, i.e. every browser in use),
 * so every bit the writer stored (NaN payloads, -0.0) reaches the renderer unchanged.
 * Pure: no DOM, no fetching.
 */

export const MAGIC = "TBL1";

/** One axis of the grid, as the header describes it. */
export interface Axis {
  label: string;
  unit: string;
  /** Strictly increasing coordinates of the grid points along this axis. */
  coords: Float64Array;
  explained_variance: number | null;
}

/** The optimizer's path projected onto the landscape's line or plane. */
export interface Trajectory {
  steps: number[];
  x: Float64Array;
  y: Float64Array | null;
  plane_loss: Float64Array | null;
  true_loss: Float64Array | null;
  residual: Float64Array | null;
}

/**
 * The JSON header with its non-finite numbers revived. Field names are those on the
 * wire (http_api.md), so the contract reads the same on both sides.
 */
export interface FrameHeader {
  run: string;
  tag: string;
  step: number;
  wall_time: number;
  version: number;
  dims: 1 | 2;
  /** `[M, nx]` for 1D, `[M, ny, nx]` for 2D. */
  shape: number[];
  metrics: string[];
  /** x first; one entry for 1D, two for 2D. */
  axes: Axis[];
  center: number[];
  method: string;
  normalization: string;
  seed: number | null;
  bn_mode: string;
  data_description: string;
  frame_id: string;
  extra: Record<string, unknown>;
  trajectory: Trajectory | null;
}

/** A decoded record: the header and a view of the values. */
export interface Frame {
  header: FrameHeader;
  /** All metrics, C order: `values[(m * ny + iy) * nx + ix]`. */
  values: Float32Array;
  /** Number of metrics (M). */
  metricCount: number;
  /** Grid points along x. */
  nx: number;
  /** Grid points along y; 1 for a 1D landscape. */
  ny: number;
}

/** A frame that cannot be decoded; the message says what was wrong. */
export class FrameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FrameError";
  }
}

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The values of metric `m` as a `[ny * nx]` (or `[nx]`) view, C order. */
export function metricValues(frame: Frame, m: number): Float32Array {
  if (!(Number.isInteger(m) && m >= 0 && m < frame.metricCount)) {
    throw new RangeError(`metric index ${m} out of range [0, ${frame.metricCount})`);
  }
  const n = frame.nx * frame.ny;
  return frame.values.subarray(m * n, (m + 1) * n);
}

/** Decodes one `TBL1` frame. Throws `FrameError` naming the problem. */
export function decodeFrame(data: ArrayBuffer | ArrayBufferView): Frame {
  const bytes =
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 8) {
    throw new FrameError(`frame too short: ${bytes.length} bytes, a frame has at least 8`);
  }
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MAGIC) {
    throw new FrameError(`bad magic ${JSON.stringify(magic)}, expected "${MAGIC}"`);
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true);
  const valuesStart = 8 + headerLength;
  if (valuesStart > bytes.length) {
    throw new FrameError(
      `header length ${headerLength} runs past the end of the ${bytes.length}-byte frame`,
    );
  }
  if (valuesStart % 4 !== 0) {
    throw new FrameError(
      `misaligned frame: 8 + header length (${headerLength}) = ${valuesStart} is not a multiple of 4`,
    );
  }

  let json: unknown;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, valuesStart));
    json = JSON.parse(text);
  } catch (e) {
    throw new FrameError(`header is not UTF-8 JSON: ${(e as Error).message}`);
  }
  const header = parseHeader(json);

  const shape = header.shape;
  const count = shape.reduce((a, b) => a * b, 1);
  const valueBytes = bytes.length - valuesStart;
  if (valueBytes !== count * 4) {
    throw new FrameError(
      `shape [${shape.join(", ")}] needs ${count * 4} bytes of float32 values, the frame has ${valueBytes}`,
    );
  }
  return {
    header,
    values: viewFloat32(bytes, valuesStart, count),
    metricCount: shape[0],
    nx: shape[shape.length - 1],
    ny: header.dims === 2 ? shape[1] : 1,
  };
}

function viewFloat32(bytes: Uint8Array, start: number, count: number): Float32Array {
  const offset = bytes.byteOffset + start;
  if (LITTLE_ENDIAN_HOST && offset % 4 === 0) {
    return new Float32Array(bytes.buffer, offset, count);
  }
  if (LITTLE_ENDIAN_HOST) {
    // The caller's view starts at an odd place in its buffer: copy the bytes to align them.
    return new Float32Array(bytes.slice(start, start + count * 4).buffer);
  }
  const dv = new DataView(bytes.buffer, offset, count * 4);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = dv.getFloat32(i * 4, true);
  return out;
}

// ---------------------------------------------------------------------------------------
// Header validation. The header writes non-finite numbers as the strings "NaN",
// "Infinity" and "-Infinity"; they are revived only where a number is expected, so a run
// or label that happens to be called "NaN" stays a string.

type Json = Record<string, unknown>;

function isObject(x: unknown): x is Json {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

const NON_FINITE: Record<string, number> = {
  NaN: NaN,
  Infinity: Infinity,
  "-Infinity": -Infinity,
};

/** A JSON number, or one of the three non-finite strings, as a number. */
export function reviveNumber(x: unknown, where: string): number {
  if (typeof x === "number") return x;
  if (typeof x === "string" && Object.prototype.hasOwnProperty.call(NON_FINITE, x)) {
    return NON_FINITE[x];
  }
  throw new FrameError(`header.${where} is not a number: ${JSON.stringify(x)}`);
}

function nullableNumber(x: unknown, where: string): number | null {
  return x === null || x === undefined ? null : reviveNumber(x, where);
}

function numberArray(x: unknown, where: string): Float64Array {
  if (!Array.isArray(x)) throw new FrameError(`header.${where} is not an array`);
  return Float64Array.from(x, (v, i) => reviveNumber(v, `${where}[${i}]`));
}

function nullableNumberArray(x: unknown, where: string): Float64Array | null {
  return x === null || x === undefined ? null : numberArray(x, where);
}

function str(x: unknown, where: string, fallback?: string): string {
  if (typeof x === "string") return x;
  if ((x === undefined || x === null) && fallback !== undefined) return fallback;
  throw new FrameError(`header.${where} is not a string: ${JSON.stringify(x)}`);
}

function count(x: unknown, where: string): number {
  if (typeof x === "number" && Number.isInteger(x) && x >= 1) return x;
  throw new FrameError(`header.${where} is not a positive integer: ${JSON.stringify(x)}`);
}

function parseAxis(x: unknown, i: number): Axis {
  if (!isObject(x)) throw new FrameError(`header.axes[${i}] is not an object`);
  return {
    label: str(x.label, `axes[${i}].label`, ""),
    unit: str(x.unit, `axes[${i}].unit`, ""),
    coords: numberArray(x.coords, `axes[${i}].coords`),
    explained_variance: nullableNumber(x.explained_variance, `axes[${i}].explained_variance`),
  };
}

function parseTrajectory(x: unknown): Trajectory | null {
  if (x === null || x === undefined) return null;
  if (!isObject(x)) throw new FrameError("header.trajectory is not an object or null");
  const steps = numberArray(x.steps, "trajectory.steps");
  return {
    steps: Array.from(steps),
    x: numberArray(x.x, "trajectory.x"),
    y: nullableNumberArray(x.y, "trajectory.y"),
    plane_loss: nullableNumberArray(x.plane_loss, "trajectory.plane_loss"),
    true_loss: nullableNumberArray(x.true_loss, "trajectory.true_loss"),
    residual: nullableNumberArray(x.residual, "trajectory.residual"),
  };
}

/** Validates a parsed header against the contract; throws `FrameError` naming the field. */
export function parseHeader(json: unknown): FrameHeader {
  if (!isObject(json)) throw new FrameError("header is not a JSON object");
  const dims = json.dims;
  if (dims !== 1 && dims !== 2) {
    throw new FrameError(`header.dims must be 1 or 2, got ${JSON.stringify(dims)}`);
  }
  if (!Array.isArray(json.shape) || json.shape.length !== dims + 1) {
    throw new FrameError(
      `header.shape must have ${dims + 1} entries for a ${dims}D landscape, got ${JSON.stringify(json.shape)}`,
    );
  }
  const shape = json.shape.map((v, i) => count(v, `shape[${i}]`));
  if (!Array.isArray(json.metrics) || json.metrics.length !== shape[0]) {
    throw new FrameError(
      `header.metrics must name the ${shape[0]} metrics of shape[0], got ${JSON.stringify(json.metrics)}`,
    );
  }
  const metrics = json.metrics.map((v, i) => str(v, `metrics[${i}]`));
  if (!Array.isArray(json.axes) || json.axes.length !== dims) {
    throw new FrameError(`header.axes must have ${dims} entries for a ${dims}D landscape`);
  }
  const axes = json.axes.map(parseAxis);
  // x is the last dimension of shape; y (2D) the one before it.
  axes.forEach((axis, i) => {
    const n = shape[shape.length - 1 - i];
    if (axis.coords.length !== n) {
      throw new FrameError(
        `header.axes[${i}].coords has ${axis.coords.length} entries, shape says ${n}`,
      );
    }
  });
  const center = json.center === undefined || json.center === null
    ? new Array<number>(dims).fill(0)
    : Array.from(numberArray(json.center, "center"));
  if (center.length !== dims) {
    throw new FrameError(`header.center must have ${dims} entries, got ${center.length}`);
  }
  const step = reviveNumber(json.step, "step");
  if (!Number.isInteger(step)) throw new FrameError(`header.step is not an integer: ${step}`);
  return {
    run: str(json.run, "run"),
    tag: str(json.tag, "tag"),
    step,
    wall_time: nullableNumber(json.wall_time, "wall_time") ?? NaN,
    version: nullableNumber(json.version, "version") ?? 1,
    dims,
    shape,
    metrics,
    axes,
    center,
    method: str(json.method, "method", ""),
    normalization: str(json.normalization, "normalization", ""),
    seed: nullableNumber(json.seed, "seed"),
    bn_mode: str(json.bn_mode, "bn_mode", ""),
    data_description: str(json.data_description, "data_description", ""),
    frame_id: str(json.frame_id, "frame_id", ""),
    extra: isObject(json.extra) ? json.extra : {},
    trajectory: parseTrajectory(json.trajectory),
  };
}
