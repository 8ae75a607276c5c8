/**
 * What the page shows for a view state: a scene is the frames it needs and how to draw them
 * on the stage once they are there, with a key (same key: nothing new to draw). Three
 * kinds: a main view (2D, 3D or 1D, with 1D overlays), the comparison tiles, and the
 * difference map.
 */

import type { StepInfo } from "../api";
import { diffFrames, gridMismatch, symmetricDomain } from "../compute/diff";
import { pngTitle } from "../compute/export";
import type { Frame, FrameHeader } from "../compute/frame";
import type { Overlay, ViewOptions } from "../render/types";
import type { TileItem } from "./compare";
import { colourDomain, flattenedBy, flattenedText, metricExtent, planesDiffer, surfaceFit, tileDomain, viewOptions } from "./draw";
import { type FrameRef, refKey } from "./loader";
import type { RendererKind } from "./renderers";
import type { Space, Stage } from "./stage";
import { pathName } from "../compute/paths";
import { pathOverlays, pathTagsToLoad, showsPaths } from "./paths";
import { comparedRuns, effectiveView, type Loaded, type ViewState } from "./state";
import { overlayIndices, type Range, rangeOverSteps, resolveIndex, tileStep } from "./steps";

export interface Scene {
  key: string;
  /** The space it is drawn in (`Stage.space`), as JSON: when the space moves, it is drawn again. */
  space: string;
  /** The slider's step the scene stands for (status `data-step`). */
  step: number;
  needs: { ref: FrameRef; optional?: boolean }[];
  draw(frames: (Frame | null)[]): void;
}

export interface SceneInput {
  readonly state: ViewState;
  readonly loaded: Loaded;
  /** Steps of `run` with the selected tag. */
  stepsOf(run: string): readonly StepInfo[];
}

const SEP = "\u0001";

export function frameRef(tag: string, run: string, info: StepInfo): FrameRef {
  return { run, tag, step: info.step, wallTime: info.wall_time };
}

/** Provenance of a record in one line: method, normalization, seed, BatchNorm, data. */
export function describe(header: FrameHeader): string {
  const parts = [
    header.method && `method: ${header.method}`,
    header.normalization && `normalization: ${header.normalization}`,
    header.seed !== null && `seed: ${header.seed}`,
    header.bn_mode && `BatchNorm: ${header.bn_mode}`,
    header.data_description && `data: ${header.data_description}`,
  ];
  return parts.filter(Boolean).join(" · ");
}

/** The scene for `input` in the stage's current space; null when nothing is selected yet. */
export function buildScene(input: SceneInput, stage: Stage): Scene | null {
  const { state, loaded } = input;
  if (state.run === null || state.tag === null || loaded.steps.length === 0) return null;
  const index = resolveIndex(loaded.steps.map((s) => s.step), state.step);
  const info = loaded.steps[index];
  const view = effectiveView(state, loaded);
  if (view === "runs") return null; // the Runs view draws no record (views/runs.ts)
  const space = stage.space();
  const opts = JSON.stringify([view, state.metric, state.plot, state.heatmap, state.surface, state.curve, space]);
  const scene = view !== "compare" ? mainScene(input, stage, view, index, space, opts)
    : state.compare.diff ? diffScene(input, stage, info, space, opts)
    : tileScene(input, stage, info, space, opts);
  return { ...scene, space: JSON.stringify(space) };
}

/** A scene before its space is noted. */
type Drawing = Omit<Scene, "space">;

/** The step of `run` a picture at slider step `step` shows: its latest when following, else at or below. */
function stepOf(input: SceneInput, run: string, step: number): StepInfo | undefined {
  const rs = input.stepsOf(run);
  const s = tileStep(rs.map((x) => x.step), input.state.step === null ? null : step);
  return rs.find((x) => x.step === s);
}

/** The 1D overlays of the main view: other steps of the run, or the compared runs. */
function overlayNeeds(input: SceneInput, index: number): { needs: Drawing["needs"]; labels: string[] } {
  const { state, loaded } = input;
  const run = state.run!;
  const tag = state.tag!;
  const needs: Drawing["needs"] = [];
  const labels: string[] = [];
  if (state.curve.overlay === "steps") {
    for (const i of overlayIndices(loaded.steps.length, index)) {
      needs.push({ ref: frameRef(tag, run, loaded.steps[i]), optional: true });
      labels.push(`step ${loaded.steps[i].step}`);
    }
  } else if (state.curve.overlay === "runs") {
    for (const r of comparedRuns(state, loaded)) {
      const ri = r === run ? undefined : stepOf(input, r, loaded.steps[index].step);
      if (!ri) continue;
      needs.push({ ref: frameRef(tag, r, ri), optional: true });
      labels.push(`${r} · step ${ri.step}`);
    }
  } else if (showsPaths(state, loaded)) {
    for (const p of pathOverlays(state, loaded, loaded.steps[index].step)) {
      needs.push({ ref: p.ref, optional: true });
      labels.push(p.label);
    }
  }
  return { needs, labels };
}

function mainScene(input: SceneInput, stage: Stage, view: RendererKind, index: number, space: Space, opts: string): Drawing {
  const { state, loaded } = input;
  const run = state.run!;
  const info = loaded.steps[index];
  const extra = view === "1d" ? overlayNeeds(input, index) : { needs: [], labels: [] };
  const needs = [{ ref: frameRef(state.tag!, run, info) }, ...extra.needs];
  return {
    key: ["main", opts, ...needs.map((n) => refKey(n.ref))].join(SEP),
    step: info.step,
    needs,
    draw: (frames) => {
      const frame = frames[0]!;
      const overlays: Overlay[] = [];
      // Paths: the family's records made the same way (a 1D record of another kind under the
      // prefix is left out).
      const paths = showsPaths(state, loaded);
      const fits = (f: Frame) => !paths || (f.header.dims === 1 && f.header.method === frame.header.method);
      frames.slice(1).forEach((f, i) => f && fits(f) && overlays.push({ label: extra.labels[i], frame: f }));
      // The view follows the latest step's dimensions; an older 1D step of the tag is drawn
      // as curves (the heatmap and the surface need a 2D landscape).
      const kind: RendererKind = frame.header.dims === 1 ? "1d" : view;
      const renderer = stage.mainRenderer(kind);
      const runs = state.curve.overlay === "runs" && kind === "1d" ? [run, ...comparedRuns(state, loaded)] : [run];
      // Metrics can differ between steps: a step without the selected one shows its first
      // metric, under its own name and with its own colour range (not the other metric's).
      const { header } = frame;
      const m = header.metrics.indexOf(state.metric ?? "");
      const ranges = runs.map((r) => rangeOverSteps(input.stepsOf(r), state.metric ?? ""));
      if (paths) ranges.push(...pathTagsToLoad(state, loaded).map((t) => rangeOverSteps(loaded.tagSteps?.[t] ?? [], state.metric ?? "")));
      const drawn = kind === "1d" ? [frame, ...overlays.map((o) => o.frame)] : [frame];
      const domain = m >= 0 ? colourDomain(state.plot, state.metric ?? "", drawn, ranges) : null;
      const fit = kind === "3d" ? surfaceFit(space.fit, space.slot, space.wide) : space.fit;
      const o: ViewOptions = { ...viewOptions(state, frame, domain, fit), overlays, allMetrics: state.curve.allMetrics && kind === "1d" };
      // Barriers where the records are paths between two models (method "interpolate").
      if (kind === "1d" && paths) Object.assign(o, { ownLabel: pathName(state.tag!), barriers: header.method === "interpolate" });
      stage.drawTimed(() => renderer.draw(frame, o));
      const title = pngTitle(header.run, header.tag, header.step, header.metrics[Math.max(0, m)] ?? "");
      stage.caption(title, describe(header));
      stage.exportable = { frame, renderer, name: [header.run, header.tag, header.step], title };
    },
  };
}

function tileScene(input: SceneInput, stage: Stage, info: StepInfo, space: Space, opts: string): Drawing {
  const { state, loaded } = input;
  const runs = comparedRuns(state, loaded);
  const metric = state.metric ?? "";
  const slots = runs.map((r) => ({ run: r, info: stepOf(input, r, info.step) ?? null, known: input.stepsOf(r).length > 0 }));
  const needs = slots.filter((s) => s.info).map((s) => ({ ref: frameRef(state.tag!, s.run, s.info!), optional: true }));
  return {
    key: ["tiles", opts, ...runs, ...needs.map((n) => refKey(n.ref))].join(SEP),
    step: info.step,
    needs,
    draw: (frames) => {
      let k = 0;
      const items: TileItem[] = slots.map((s) => {
        if (!s.info) return { run: s.run, frame: null, caption: "", message: s.known ? `no step ≤ ${info.step}` : "no readable record" };
        const frame = frames[k++];
        return { run: s.run, frame, caption: `step ${s.info.step}`, message: frame ? undefined : "could not be loaded" };
      });
      const ranges = runs.map((r) => rangeOverSteps(input.stepsOf(r), metric));
      const domain = tileDomain(state.plot, metric, items.map((i) => i.frame), ranges);
      stage.show("tiles");
      stage.drawTimed(() => stage.tiles.show(items, metric, viewOptions(state, null, domain, null), space.slot));
      const when = state.step === null ? "latest steps" : `step ≤ ${info.step}`;
      const twoD = loaded.steps[loaded.steps.length - 1]?.dims === 2;
      stage.caption(
        `${state.tag} · ${runs.length} run${runs.length === 1 ? "" : "s"} · ${when} · ${metric}`,
        !runs.length ? "Choose runs to compare." : twoD ? "One colour scale for all tiles." : "One value range for all tiles.",
      );
      const flat = twoD && state.plot.scale === "linear" && !state.plot.clip ? flattenedBy(items.map((i) => ({ run: i.run, extent: metricExtent(i.frame, metric) }))) : null;
      stage.suggest(flat ? flattenedText(flat) : null);
      stage.exportable = null;
    },
  };
}

/** The two ends of a difference: run and step, and how the caption names them. */
function diffEnds(input: SceneInput, info: StepInfo): { run: string; info: StepInfo | undefined; label: string }[] {
  const { state, loaded } = input;
  const diff = state.compare.diff!;
  if (diff.kind === "runs") return [diff.a, diff.b].map((r) => ({ run: r, info: stepOf(input, r, info.step), label: r }));
  return [diff.a, diff.b].map((s) => ({ run: state.run!, info: loaded.steps.find((x) => x.step === s), label: `step ${s}` }));
}

function diffScene(input: SceneInput, stage: Stage, info: StepInfo, space: Space, opts: string): Drawing {
  const { state } = input;
  const diff = state.compare.diff!;
  const metric = state.metric ?? "";
  const [a, b] = diffEnds(input, info);
  const needs = [a, b].filter((x) => x.info).map((x) => ({ ref: frameRef(state.tag!, x.run, x.info!) }));
  const caption = diff.kind === "runs"
    ? `${a.label}${a.info ? ` (step ${a.info.step})` : ""} − ${b.label}${b.info ? ` (step ${b.info.step})` : ""}`
    : `${state.run}: ${a.label} − ${b.label}`;
  return {
    key: ["diff", opts, JSON.stringify(diff), ...needs.map((n) => refKey(n.ref))].join(SEP),
    step: info.step,
    needs,
    draw: (frames) => {
      stage.show("diff");
      stage.caption(`${state.tag} · difference · ${metric}`, "A − B: red where A is higher, blue where it is lower.");
      stage.exportable = null;
      if (!a.info || !b.info) {
        const missing = !a.info ? a : b;
        stage.diffView.showMessage(caption, `${missing.label} has no step${diff.kind === "runs" ? ` ≤ ${info.step}` : ""} to compare.`);
        return;
      }
      const r = diffFrames(frames[0]!, frames[1]!, metric, { a: a.label, b: b.label });
      if (!r.ok) {
        // Two runs' own planes (PCA, other directions): say why, and what would work.
        const grids = gridMismatch(frames[0]!, frames[1]!) !== null;
        const why = diff.kind === "runs" && grids ? planesDiffer(frames[0]!.header, frames[1]!.header, a.label, b.label) : null;
        stage.diffView.showMessage(caption, why ?? r.error, why ? r.error : undefined);
        return;
      }
      const clipM = state.plot.clip ? Math.max(...state.plot.clip.filter((v): v is number => v !== null).map(Math.abs)) : 0;
      const domain: Range | null = clipM > 0 ? [-clipM, clipM] : symmetricDomain(r.frame.values);
      const fit = { ...space.fit, height: space.fit.height - 24 }; // under the caption
      const o: ViewOptions = { ...viewOptions(state, r.frame, domain, fit), metric: 0, scale: "linear", palette: "diverging", path: false };
      stage.drawTimed(() => stage.diffView.show(r.frame, caption, o));
      const name = diff.kind === "runs" ? [diff.a, "minus", diff.b, state.tag!, "step", info.step] : [state.run!, state.tag!, diff.a, "minus", diff.b];
      stage.exportable = { frame: r.frame, renderer: stage.diffView.current, name, title: `${state.tag} · ${caption} · ${metric}` };
    },
  };
}
