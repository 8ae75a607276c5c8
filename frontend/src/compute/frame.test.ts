import { describe, expect, it } from "vitest";
import { decodeFrame, FrameError, metricValues, parseHeader } from "./frame";
import { encodeFrame, header2d, headerJson } from "./testing";

const F32_NAN_PAYLOAD = 0x7fc0_0001; // a quiet NaN with a non-zero payload
const F32_POS_INF = 0x7f80_0000;
const F32_NEG_INF = 0xff80_0000;
const F32_NEG_ZERO = 0x8000_0000;
const F32_ONE = 0x3f80_0000;
const F32_MAX = 0x7f7f_ffff;

function bitsOf(values: Float32Array): number[] {
  return Array.from(new Uint32Array(values.buffer, values.byteOffset, values.length));
}

function frame1d(values: number, extra: object = {}) {
  return {
    ...header2d([0], [0]),
    dims: 1,
    shape: [1, values],
    axes: [{ label: "alpha", unit: "", coords: Array.from({ length: values }, (_, i) => i), explained_variance: null }],
    center: [0],
    ...extra,
  };
}

describe("decodeFrame", () => {
  it("decodes a 2D frame with ny != nx in C order", () => {
    const xs = [-1, 0, 1];
    const ys = [-1, 1];
    const values = [0, 1, 2, 10, 11, 12];
    const f = decodeFrame(encodeFrame(header2d(xs, ys), values));
    expect(f.nx).toBe(3);
    expect(f.ny).toBe(2);
    expect(f.metricCount).toBe(1);
    expect(Array.from(f.values)).toEqual(values);
    expect(f.header.run).toBe("exp1/lr=0.1");
    expect(f.header.step).toBe(200);
    expect(Array.from(f.header.axes[0].coords)).toEqual(xs);
    expect(Array.from(f.header.axes[1].coords)).toEqual(ys);
  });

  it("keeps NaN payloads, +inf, -inf and -0.0 bit for bit", () => {
    const bits = new Uint32Array([F32_NAN_PAYLOAD, F32_POS_INF, F32_NEG_INF, F32_NEG_ZERO, F32_ONE, F32_MAX]);
    const f = decodeFrame(encodeFrame(frame1d(6), bits).buffer);
    expect(bitsOf(f.values)).toEqual(Array.from(bits));
    expect(Number.isNaN(f.values[0])).toBe(true);
    expect(f.values[1]).toBe(Infinity);
    expect(f.values[2]).toBe(-Infinity);
    expect(Object.is(f.values[3], -0)).toBe(true);
    expect(f.values[5]).toBeCloseTo(3.4028234663852886e38, -30);
  });

  it("views the values without copying when aligned", () => {
    const bytes = encodeFrame(frame1d(4), [1, 2, 3, 4]);
    const f = decodeFrame(bytes.buffer);
    expect(f.values.buffer).toBe(bytes.buffer);
  });

  it("copies when the caller's view starts at an unaligned offset", () => {
    const bytes = encodeFrame(frame1d(2), [1.5, -2.5]);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const f = decodeFrame(shifted.subarray(1));
    expect(Array.from(f.values)).toEqual([1.5, -2.5]);
  });

  it("revives non-finite header numbers only where numbers are expected", () => {
    const h = header2d([-1, 1], [-1, 1], ["NaN"], {
      run: "NaN",
      wall_time: NaN,
      center: [Infinity, -Infinity],
      trajectory: { steps: [0, 1], x: [NaN, 0], y: [0, Infinity], plane_loss: null, true_loss: [1, -Infinity], residual: null },
    });
    const text = headerJson(h);
    expect(text).toContain('"wall_time":"NaN"');
    expect(text).toContain('"center":["Infinity","-Infinity"]');
    const f = decodeFrame(encodeFrame(h, [1, 2, 3, 4]));
    expect(f.header.run).toBe("NaN");
    expect(f.header.metrics).toEqual(["NaN"]);
    expect(Number.isNaN(f.header.wall_time)).toBe(true);
    expect(f.header.center).toEqual([Infinity, -Infinity]);
    const t = f.header.trajectory!;
    expect(Number.isNaN(t.x[0])).toBe(true);
    expect(t.y![1]).toBe(Infinity);
    expect(t.true_loss![1]).toBe(-Infinity);
    expect(t.plane_loss).toBeNull();
  });

  it("splits metrics", () => {
    const f = decodeFrame(encodeFrame(header2d([0, 1], [0], ["loss", "acc"]), [1, 2, 3, 4]));
    expect(Array.from(metricValues(f, 0))).toEqual([1, 2]);
    expect(Array.from(metricValues(f, 1))).toEqual([3, 4]);
    expect(() => metricValues(f, 2)).toThrow(RangeError);
  });

  it("rejects a short buffer", () => {
    expect(() => decodeFrame(new Uint8Array([0x54, 0x42, 0x4c]))).toThrow(/too short: 3 bytes/);
  });

  it("rejects a bad magic", () => {
    const bytes = encodeFrame(frame1d(1), [1]);
    bytes[3] = "2".charCodeAt(0);
    expect(() => decodeFrame(bytes)).toThrow(FrameError);
    expect(() => decodeFrame(bytes)).toThrow(/bad magic "TBL2"/);
  });

  it("rejects a header whose length is not padded to 4 bytes", () => {
    let h = frame1d(1);
    // Find a header that needs padding, then leave it unpadded.
    for (let i = 0; (8 + new TextEncoder().encode(headerJson(h)).length) % 4 === 0; i++) {
      h = { ...h, frame_id: "x".repeat(i) };
    }
    expect(() => decodeFrame(encodeFrame(h, [1], { pad: false }))).toThrow(/misaligned frame/);
  });

  it("rejects a header length past the end", () => {
    const bytes = encodeFrame(frame1d(1), [1]);
    new DataView(bytes.buffer).setUint32(4, 1 << 20, true);
    expect(() => decodeFrame(bytes)).toThrow(/runs past the end/);
  });

  it("rejects values that do not match the shape", () => {
    const bytes = encodeFrame(frame1d(3), [1, 2, 3]);
    expect(() => decodeFrame(bytes.subarray(0, bytes.length - 4))).toThrow(/needs 12 bytes .* has 8/);
    expect(() => decodeFrame(bytes.subarray(0, bytes.length - 1))).toThrow(/needs 12 bytes .* has 11/);
  });

  it("rejects a header that is not JSON", () => {
    const bytes = encodeFrame(frame1d(1), [1]);
    bytes[8] = "!".charCodeAt(0);
    expect(() => decodeFrame(bytes)).toThrow(/header is not UTF-8 JSON/);
  });
});

describe("parseHeader", () => {
  it("names the field that is wrong", () => {
    const good = header2d([0, 1, 2], [0, 1]);
    expect(() => parseHeader({ ...good, dims: 3 })).toThrow(/dims must be 1 or 2/);
    expect(() => parseHeader({ ...good, shape: [1, 2] })).toThrow(/shape must have 3 entries/);
    expect(() => parseHeader({ ...good, metrics: [] })).toThrow(/metrics must name the 1 metrics/);
    expect(() => parseHeader({ ...good, shape: [1, 3, 3] })).toThrow(/axes\[1\].coords has 2 entries, shape says 3/);
    expect(() => parseHeader({ ...good, center: ["nan"] })).toThrow(/center\[0\] is not a number: "nan"/);
    expect(() => parseHeader({ ...good, run: 3 })).toThrow(/run is not a string/);
    expect(() => parseHeader({ ...good, step: 1.5 })).toThrow(/step is not an integer/);
  });
});
