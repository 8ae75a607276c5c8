/**
 * Pieces of the page with no state of their own: where the URL hash lives, how an error
 * reads, the empty state's example, the keyboard help.
 */

import { ApiError } from "../api";
import { h } from "../render/dom";

export const EXAMPLE = [
  "import tb_landscape as tbl",
  "from torch.utils.tensorboard import SummaryWriter",
  "",
  'logger = tbl.LandscapeLogger(SummaryWriter("runs/exp1"), model, loss_fn, (x_eval, y_eval), every_n_steps=200)',
  "for step, (x, y) in enumerate(loader):",
  "    ...; optimizer.step()",
  "    logger.step(step)  # cheap when no landscape is due",
  "logger.close()",
].join("\n");

export const HELP: [string, string][] = [
  ["← / →", "previous / next step"],
  ["Home / End", "first / latest step"],
  ["Space", "play / pause"],
  ["2  3  1  c", "2D / 3D / 1D / Compare view"],
  ["?", "this help"],
];

/** The help panel's content. */
export function helpContent(): HTMLElement[] {
  return [
    h("div", { class: "tbl-help-title" }, ["Keyboard (focus outside the inputs)"]),
    h("dl", {}, HELP.flatMap(([k, v]) => [h("dt", {}, [k]), h("dd", {}, [v])])),
  ];
}

/** The empty state: no landscape logged yet, and how to log one. */
export function emptyContent(): HTMLElement[] {
  return [
    h("h2", {}, ["No loss landscapes yet"]),
    h("p", {}, ["Add three lines to your training loop; this tab picks the landscapes up by itself (or log one with tbl.add_landscape):"]),
    h("pre", {}, [h("code", {}, [EXAMPLE])]),
  ];
}

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return `Server error ${e.message}`;
  if (e instanceof Error) return `${e.name === "FrameError" ? "Unreadable record" : "Error"}: ${e.message}`;
  return `Error: ${String(e)}`;
}

/** Where the URL state lives: TensorBoard's page (same origin) or, standalone, our own. */
export interface HashHost {
  get(): string;
  set(hash: string): void;
}

export function hashHost(): HashHost {
  const own: HashHost = {
    get: () => window.location.hash,
    set: (hash) => {
      const u = new URL(window.location.href);
      u.hash = hash;
      window.history.replaceState(window.history.state, "", u.toString());
    },
  };
  try {
    if (window.parent === window) return own;
    const p = window.parent;
    void p.location.hash; // throws when the parent is not same-origin
    return {
      get: () => p.location.hash,
      set: (hash) => {
        const u = new URL(p.location.href);
        u.hash = hash;
        // TensorBoard's own state object stays; replaceState fires no hashchange.
        p.history.replaceState(p.history.state, "", u.toString());
      },
    };
  } catch {
    return own;
  }
}
