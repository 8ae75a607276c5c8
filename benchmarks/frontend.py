"""The Landscape tab's speed in a real browser (headless Debian Chromium via Playwright),
against a real TensorBoard over a generated log directory. Prints one table:

- first render of a 201x201 grid after its bytes arrived (the page's own performance
  marks `tbl-frame-received` -> `tbl-drawn`), median of several page loads;
- frames per second while scrubbing 50 steps of a 101x101 landscape, in 2D and 3D
  (the slider driven through the page's test hook, one step per animation frame, after
  one warm pass so the frames are in the page's cache, as after the prefetch);
- bytes transferred per step against the raw float32 size of the grid (the browser's
  resource timing: body bytes on the wire, gzip included, and with headers).

Targets (the viewer issue): first render < 150 ms, scrubbing >= 30 fps, transfer < 1.1x raw.

    .venv/bin/python benchmarks/frontend.py [--loads 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))

import tb_landscape as tbl  # noqa: E402
from landscape_tab import Tab, launch  # noqa: E402  (Debian chromium, the tests' flags)
from tbserver import TensorBoardServer  # noqa: E402
from writers import open_writer  # noqa: E402

TAG_BIG = "bench/big"
TAG_SCRUB = "bench/scrub"
SCRUB_STEPS = 50


def landscape(n: int, step: int, path_points: int = 50) -> tbl.Landscape:
    xs = np.linspace(-1, 1, n)
    X, Y = np.meshgrid(xs, xs)
    t = step / (SCRUB_STEPS * 10)
    rng = np.random.default_rng(step)
    Z = 0.2 + (1 + 4 * t) * (X ** 2 + 2 * Y ** 2) + 0.1 * np.sin(6 * X + t) + 0.01 * rng.standard_normal(X.shape)
    s = np.linspace(0, 1, path_points)
    px, py = -0.8 * np.exp(-3 * s) * np.cos(5 * s), 0.6 * np.exp(-3 * s) * np.sin(5 * s)
    plane = 0.2 + (1 + 4 * t) * (px ** 2 + 2 * py ** 2)
    traj = tbl.Trajectory(steps=np.linspace(0, step, path_points).astype(np.int64), x=px - px[-1], y=py - py[-1],
                          plane_loss=plane, true_loss=plane + 0.01, residual=0.1 * np.abs(px))
    return tbl.Landscape(values=Z.astype(np.float32), xs=xs, ys=xs, x_label="direction 1", y_label="direction 2",
                         x_unit="filter-normalized units", method="random", normalization="filter", seed=0,
                         trajectory=traj)


def write_logs(logdir: str) -> None:
    w = open_writer("torch", os.path.join(logdir, "big"))
    tbl.add_landscape(w, TAG_BIG, landscape(201, 10), global_step=10)
    w.close()
    w = open_writer("torch", os.path.join(logdir, "scrub"))
    for i in range(SCRUB_STEPS):
        tbl.add_landscape(w, TAG_SCRUB, landscape(101, 10 * (i + 1)), global_step=10 * (i + 1))
    w.close()


def open_tab(browser, url: str, run: str, tag: str, view: str):
    """The plugin page of the Landscape tab, inside TensorBoard, with a selection in its URL."""
    tab = Tab(browser, url, hash_extra=f"&p.landscape.run={run}&p.landscape.tag={tag}&p.landscape.view={view}",
              poll_ms=0)
    tab.wait_ready(timeout=120000)
    return tab.page, tab.frame, tab.errors


def first_render(browser, url: str, loads: int) -> float:
    times = []
    for _ in range(loads):
        page, frame, _ = open_tab(browser, url, "big", TAG_BIG, "2d")
        ms = frame.evaluate("""() => {
            const r = performance.getEntriesByName("tbl-frame-received").at(-1);
            const d = performance.getEntriesByName("tbl-drawn").at(-1);
            return d.startTime - r.startTime;
        }""")
        times.append(ms)
        page.close()
    return statistics.median(times)


SCRUB_JS = """async (passes) => {
    const app = window.__TBL_APP;
    const steps = app.steps();
    const status = document.querySelector('[data-testid="status"]');
    const drawnStep = () => Number(status.dataset.step);
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const waitDrawn = async (step) => {
        for (let k = 0; k < 600 && drawnStep() !== step; k++) await nextFrame();
    };
    // Warm pass: every frame fetched once (what the page's prefetch does in the background).
    for (const s of steps) { app.setStep(s); await waitDrawn(s); }
    const results = [];
    for (let p = 0; p < passes; p++) {
        const draws0 = window.__TBL_DRAWS;
        const t0 = performance.now();
        for (const s of steps) { app.setStep(s); await nextFrame(); }
        await waitDrawn(steps[steps.length - 1]);
        const dt = performance.now() - t0;
        results.push({ frames: window.__TBL_DRAWS - draws0, ms: dt });
    }
    return { steps: steps.length, results };
}"""


def scrub_fps(browser, url: str, view: str, passes: int = 3) -> float:
    page, frame, errors = open_tab(browser, url, "scrub", TAG_SCRUB, view)
    out = frame.evaluate(SCRUB_JS, passes)
    page.close()
    if errors:
        raise RuntimeError(f"page errors while scrubbing in {view}: {errors}")
    rates = [1000 * r["frames"] / r["ms"] for r in out["results"]]
    return statistics.median(rates)


def transfer(browser, url: str) -> tuple:
    page, frame, _ = open_tab(browser, url, "scrub", TAG_SCRUB, "2d")
    frame.evaluate(SCRUB_JS, 0)
    sizes = frame.evaluate("""() => performance.getEntriesByType("resource")
        .filter((e) => /\\/landscape\\?/.test(e.name))
        .map((e) => ({ body: e.encodedBodySize, wire: e.transferSize }))""")
    page.close()
    raw = 101 * 101 * 4
    body = statistics.median(s["body"] for s in sizes)
    wire = statistics.median(s["wire"] for s in sizes)
    return body / raw, wire / raw, len(sizes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--loads", type=int, default=5, help="page loads for the first-render median")
    ap.add_argument("--keep", help="write the log directory here and keep it")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    logdir = args.keep or tempfile.mkdtemp(prefix="tbl-bench-frontend-")
    os.makedirs(logdir, exist_ok=True)
    t0 = time.perf_counter()
    write_logs(logdir)
    print(f"log directory {logdir}: 1 x 201x201, {SCRUB_STEPS} x 101x101 ({time.perf_counter() - t0:.1f} s)")
    server = TensorBoardServer(logdir).start()
    try:
        server.wait_for_steps("scrub", TAG_SCRUB, SCRUB_STEPS)
        server.wait_for_steps("big", TAG_BIG, 1)
        with sync_playwright() as p:
            browser = launch(p)
            first = first_render(browser, server.url, args.loads)
            fps2d = scrub_fps(browser, server.url, "2d")
            fps3d = scrub_fps(browser, server.url, "3d")
            body, wire, n = transfer(browser, server.url)
            browser.close()
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(logdir, ignore_errors=True)

    rows = [
        ("first render, 201x201 (median of %d loads)" % args.loads, f"{first:.1f} ms", "< 150 ms", first < 150),
        ("scrubbing 50 steps of 101x101, 2D", f"{fps2d:.1f} fps", ">= 30 fps", fps2d >= 30),
        ("scrubbing 50 steps of 101x101, 3D", f"{fps3d:.1f} fps", ">= 30 fps", fps3d >= 30),
        (f"bytes per step / raw float32 (body, {n} steps)", f"{body:.3f}x", "< 1.1x", body < 1.1),
        ("bytes per step / raw float32 (with HTTP headers)", f"{wire:.3f}x", "< 1.1x", wire < 1.1),
    ]
    w = max(len(r[0]) for r in rows)
    print(f"\n{'measure'.ljust(w)}  {'value':>12}  {'target':>10}  met")
    for name, value, target, ok in rows:
        print(f"{name.ljust(w)}  {value:>12}  {target:>10}  {'yes' if ok else 'NO'}")


if __name__ == "__main__":
    main()
