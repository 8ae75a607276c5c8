import { describe, expect, it } from "vitest";
import { csvField, exportFilename, float32Text, frameToCsv, frameToJson, frameToJsonObject, pngTitle, wrapTitle } from "./export";
import { decodeFrame } from "./frame";
import { encodeFrame, header2d } from "./testing";

const frame2d = () =>
  decodeFrame(
    encodeFrame(
      header2d([-1, 0, 1], [0, 0.5], ["loss", "acc, top-1"], {
        trajectory: { steps: [0, 100], x: [-0.5, 0], y: [0.25, 0], plane_loss: [2, "NaN"], true_loss: null, residual: null },
      }),
      [0.1, 0.2, NaN, 1, Infinity, -Infinity, 1, 2, 3, 4, 5, 6],
    ),
  );

const frame1d = () =>
  decodeFrame(
    encodeFrame(
      {
        ...header2d([0, 1], [0]),
        dims: 1,
        shape: [1, 3],
        axes: [{ label: "alpha", unit: "", coords: [0, 0.5, 1], explained_variance: null }],
        center: [0],
      },
      [3, NaN, 1.5],
    ),
  );

describe("float32Text", () => {
  it("writes the shortest decimal that reads back as the same float32", () => {
    expect(float32Text(Math.fround(0.1))).toBe("0.1");
    expect(float32Text(Math.fround(1 / 3))).toBe("0.33333334");
    expect(float32Text(Math.fround(1e-8))).toBe("1e-8");
    expect(float32Text(16777216)).toBe("16777216");
    expect(float32Text(NaN)).toBe("NaN");
    expect(float32Text(Infinity)).toBe("inf");
    expect(float32Text(-Infinity)).toBe("-inf");
    expect(float32Text(-0)).toBe("-0");
    for (const v of [Math.fround(Math.PI), Math.fround(-2.5e30), Math.fround(7.1e-39)]) {
      expect(Math.fround(Number(float32Text(v)))).toBe(v);
    }
  });
});

describe("frameToCsv", () => {
  it("writes x, y and one column per metric, one row per grid point, y outer", () => {
    const lines = frameToCsv(frame2d()).trimEnd().split("\n");
    expect(lines[0]).toBe('x,y,loss,"acc, top-1"');
    expect(lines.slice(1)).toEqual([
      "-1,0,0.1,1",
      "0,0,0.2,2",
      "1,0,NaN,3",
      "-1,0.5,1,4",
      "0,0.5,inf,5",
      "1,0.5,-inf,6",
    ]);
  });

  it("writes x and the metrics for a 1D landscape", () => {
    expect(frameToCsv(frame1d())).toBe("x,loss\n0,3\n0.5,NaN\n1,1.5\n");
  });

  it("quotes fields per RFC 4180", () => {
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("plain")).toBe("plain");
  });
});

describe("frameToJson", () => {
  it("nests values [ny][nx], writes non-finite as null and lists them", () => {
    const obj = frameToJsonObject(frame2d());
    expect(obj.run).toBe("exp1/lr=0.1");
    expect(obj.step).toBe(200);
    expect(obj.metrics).toEqual(["loss", "acc, top-1"]);
    expect(obj.axes).toEqual([
      { label: "direction 1", unit: "filter-normalized units", coords: [-1, 0, 1] },
      { label: "direction 2", unit: "filter-normalized units", coords: [0, 0.5] },
    ]);
    expect(obj.values.loss).toEqual([
      [0.1, 0.2, null],
      [1, null, null],
    ]);
    expect(obj.values["acc, top-1"]).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(obj.non_finite).toEqual([
      { metric: "loss", index: [0, 2], value: "NaN" },
      { metric: "loss", index: [1, 1], value: "inf" },
      { metric: "loss", index: [1, 2], value: "-inf" },
    ]);
    expect(obj.trajectory).toEqual({
      steps: [0, 100],
      x: [-0.5, 0],
      y: [0.25, 0],
      plane_loss: [2, null],
      true_loss: null,
      residual: null,
    });
    // Valid JSON that parses back to the same object.
    expect(JSON.parse(frameToJson(frame2d()))).toEqual(obj);
  });

  it("writes a flat array for 1D", () => {
    const obj = frameToJsonObject(frame1d());
    expect(obj.values.loss).toEqual([3, null, 1.5]);
    expect(obj.non_finite).toEqual([{ metric: "loss", index: [1], value: "NaN" }]);
    expect(obj.trajectory).toBeNull();
  });
});

describe("exportFilename", () => {
  it("keeps letters, digits and = . - +, and replaces the rest", () => {
    expect(exportFilename(["exp1/lr=0.1", "train/landscape", 500], "csv")).toBe("exp1_lr=0.1_train_landscape_500.csv");
    expect(exportFilename(["<img src=x onerror=alert(1)>", "t", 7], "png")).toBe("img_src=x_onerror=alert_1_t_7.png");
    expect(exportFilename(["../../etc/passwd", "a:b\\c", 1], "json")).toBe("etc_passwd_a_b_c_1.json");
    expect(exportFilename(["Läufe ü", "標籤", 3], "csv")).toBe("Läufe_ü_標籤_3.csv");
    expect(exportFilename(["\u0000\u001f", "", ""], "csv")).toBe("landscape.csv");
    expect(exportFilename(["x".repeat(500), "t", 1], "csv").length).toBe(154);
  });
});

describe("pngTitle", () => {
  it("titles a picture as the page does: run · tag · step · metric", () => {
    expect(pngTitle("lr=0.1", "train/landscape", 500, "loss")).toBe("lr=0.1 \u00b7 train/landscape \u00b7 step 500 \u00b7 loss");
  });

  it("leaves out empty parts and a step that is not a number, flattens newlines", () => {
    expect(pngTitle("run", "tag", null, "")).toBe("run \u00b7 tag");
    expect(pngTitle("run", "tag", NaN, "acc")).toBe("run \u00b7 tag \u00b7 acc");
    expect(pngTitle("a\nb\t c", "t\u0000ag", 0, "loss")).toBe("a b c \u00b7 t ag \u00b7 step 0 \u00b7 loss");
  });
});

describe("wrapTitle", () => {
  const measure = (s: string) => s.length; // one unit per character

  it("keeps a title that fits on one line", () => {
    expect(wrapTitle("run · tag · step 5", 40, measure)).toEqual(["run · tag · step 5"]);
  });

  it("breaks at spaces, every line within the width", () => {
    const lines = wrapTitle("lr=0.1 · train/landscape · step 500 · loss", 20, measure);
    expect(lines).toEqual(["lr=0.1 ·", "train/landscape ·", "step 500 · loss"]);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(20);
  });

  it("breaks a word wider than a line, and cuts after maxLines with an ellipsis", () => {
    expect(wrapTitle("abcdefghijkl xy", 5, measure)).toEqual(["abcde", "fghij", "kl xy"]);
    const cut = wrapTitle("one two three four five six seven", 9, measure, 2);
    expect(cut).toEqual(["one two", "three\u2026"]);
    for (const l of cut) expect(measure(l)).toBeLessThanOrEqual(9);
    expect(wrapTitle("", 10, measure)).toEqual([]);
  });
});
