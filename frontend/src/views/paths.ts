/**
 * The 1D view's overlay of paths (`state.curve.overlay === "paths"`): the other tags of the
 * selected tag's family (`compute/paths.ts`: same run, same prefix before the last "/"), at
 * the same step, on one axis, each named by its path and with its barrier marked. Pure: no
 * DOM; the page loads the family's steps (`tagSteps`), `scenes.ts` draws.
 */

import type { StepInfo } from "../api";
import { pathFamily, pathName } from "../compute/paths";
import type { FrameRef } from "./loader";
import { effectiveView, type Loaded, type ViewState } from "./state";
import { tileStep } from "./steps";

/** Whether the view shows the paths overlay. */
export function showsPaths(state: ViewState, loaded: Loaded): boolean {
  return state.curve.overlay === "paths" && effectiveView(state, loaded) === "1d";
}

/** The other tags of the family whose steps the view needs (none unless it shows the paths). */
export function pathTagsToLoad(state: ViewState, loaded: Loaded): string[] {
  if (!showsPaths(state, loaded)) return [];
  return pathFamily(state.tag, loaded.tags).filter((t) => t !== state.tag);
}

/** Whether the view needs steps of a family tag that are not loaded yet. */
export function pathStepsMissing(state: ViewState, loaded: Loaded): boolean {
  return pathTagsToLoad(state, loaded).some((t) => !loaded.tagSteps?.[t]);
}

/**
 * The frames of the other paths at slider step `step` (their latest when following), named
 * by path; a tag without such a step is left out. `following`: the slider follows the latest.
 */
export function pathOverlays(state: ViewState, loaded: Loaded, step: number): { ref: FrameRef; label: string }[] {
  const run = state.run;
  if (run === null) return [];
  const out: { ref: FrameRef; label: string }[] = [];
  for (const tag of pathTagsToLoad(state, loaded)) {
    const steps: readonly StepInfo[] = loaded.tagSteps?.[tag] ?? [];
    const s = tileStep(steps.map((x) => x.step), state.step === null ? null : step);
    const info = steps.find((x) => x.step === s);
    if (info && info.dims === 1) out.push({ ref: { run, tag, step: info.step, wallTime: info.wall_time }, label: pathName(tag) });
  }
  return out;
}

/** The steps of `tags` of `run` from the server, by tag (a tag that fails is left out). */
export async function loadPathSteps(
  api: { steps(run: string, tag: string): Promise<{ steps: StepInfo[] }> },
  run: string,
  tags: readonly string[],
): Promise<Record<string, readonly StepInfo[]>> {
  const answers = await Promise.all(tags.map((t) => api.steps(run, t).catch(() => null)));
  const out: Record<string, readonly StepInfo[]> = {};
  tags.forEach((t, i) => {
    const a = answers[i];
    if (a) out[t] = a.steps;
  });
  return out;
}
