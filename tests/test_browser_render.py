"""What the renderers draw, in a real browser (headless Debian Chromium, WebGL on SwiftShader)
against a real TensorBoard: 3D tick labels that never overlap at any orbit angle and take the
theme's colours, log colour bars with at least three ticks, no made-up 0-1 colour bar for a
grid without finite values, a 1D centre line that no series shares the colour of, and a word
for a path that barely moves in the plane, a 3D legend beside the picture whose lines wrap once at
most. Screenshots go to test-artifacts/.
"""

import os
import re

import numpy as np
import pytest

import tb_landscape as tbl

from landscape_tab import TAG
from writers import open_writer

# Axis extents whose end labels ("1.724", "-1.591") used to collide at the floor's corner.
XS = np.linspace(-1.724, 1.724, 41)
YS = np.linspace(-1.591, 1.591, 31)


def _write(logdir, run, land, step=1):
    w = open_writer("event_file_writer", str(logdir / run))
    tbl.add_landscape(w, TAG, land, global_step=step)
    w.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tbserver import TensorBoardServer

    logdir = tmp_path_factory.mktemp("render_logs")
    X, Y = np.meshgrid(XS, YS)
    bowl = (1.7 * (1 + X ** 2 + 0.5 * Y ** 2) - 0.3).astype(np.float32)
    n = 61
    wide = np.linspace(-1.2, 0, n)
    _write(logdir, "corner", tbl.Landscape(
        values=bowl, xs=XS, ys=YS, x_label="direction 1", y_label="direction 2",
        trajectory=tbl.Trajectory(steps=np.arange(n) * 10, x=wide, y=0.5 * wide)))
    # Values over [0.011, 9]: two powers of 10 inside, too many 1-2-5 ticks for the bar.
    R = (X / 1.724) ** 2 + (Y / 1.591) ** 2
    _write(logdir, "logwide", tbl.Landscape(values=(0.011 * (9 / 0.011) ** (R / 2)).astype(np.float32), xs=XS, ys=YS))
    _write(logdir, "allnan", tbl.Landscape(values=np.full((21, 21), np.nan, np.float32),
                                           xs=np.linspace(-1, 1, 21), ys=np.linspace(-1, 1, 21)))
    # A path that moves 0.4% of the plane's span: a dot in the view.
    tiny = np.linspace(0, 1, n)
    _write(logdir, "tinypath", tbl.Landscape(
        values=bowl, xs=XS, ys=YS, method="random",
        trajectory=tbl.Trajectory(steps=np.arange(n) * 10, x=0.004 * 3.448 * tiny, y=0.001 * tiny)))
    srv = TensorBoardServer(str(logdir), load_fast=True).start()
    for run in ("corner", "logwide", "allnan", "tinypath"):
        srv.wait_for_steps(run, TAG, 1)
    yield srv
    srv.stop()


LABELS_JS = """() => {
  const canvas = document.querySelector('[data-testid="surface"]').getBoundingClientRect();
  const labels = [...document.querySelectorAll('[data-testid="surface-labels"] text')].map((e) => {
    const r = e.getBoundingClientRect();
    return {text: e.textContent, axis: e.dataset.axis, kind: e.dataset.kind, x: r.x, y: r.y, w: r.width, h: r.height,
            fill: getComputedStyle(e).fill};
  });
  return {canvas: {x: canvas.x, y: canvas.y, w: canvas.width, h: canvas.height}, labels};
}"""


def _overlap(a, b):
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def _number(label):
    return float(label.replace("\u2212", "-"))


def _is_nice_step(values):
    """Evenly spaced values whose step is 1, 2 or 5 times a power of ten."""
    steps = np.diff(values)
    if len(steps) == 0:
        return True
    step = steps[0]
    mantissa = step / 10 ** np.floor(np.log10(step) + 1e-9)
    return np.allclose(steps, step, rtol=1e-6) and any(abs(mantissa - m) < 1e-6 for m in (1, 2, 5))


def _open_3d(open_tab, url, run, dark=False):
    tab = open_tab(url, dark=dark)
    tab.show(run, TAG, step=1)
    tab.key("3")
    tab.frame.wait_for_selector('[data-testid="surface-labels"] text', timeout=30000)
    return tab


def test_3d_tick_labels_are_nice_and_never_overlap_at_any_orbit_angle(open_tab, server, artifacts_dir):
    tab = _open_3d(open_tab, server.url, "corner")
    surface = tab.q("surface")
    views = {"initial": [], "left-60": ["ArrowLeft"] * 6, "left-150-up": ["ArrowLeft"] * 9 + ["ArrowUp"] * 4,
             "right-100-down": ["0"] + ["ArrowRight"] * 10 + ["ArrowDown"] * 3}
    cameras = set()
    for name, keys in views.items():
        surface.focus()
        for k in keys:
            surface.press(k)
        tab.page.wait_for_timeout(200)
        cameras.add(tab.frame.locator("[data-camera]").first.get_attribute("data-camera"))
        got = tab.frame.evaluate(LABELS_JS)
        labels, canvas = got["labels"], got["canvas"]
        tab.frame.locator(".tbl-surface-figure").first.screenshot(path=os.path.join(artifacts_dir, f"render-3d-{name}.png"))
        for axis in ("x", "y", "z"):
            ticks = [_number(lb["text"]) for lb in labels if lb["axis"] == axis and lb["kind"] == "tick"]
            assert len(ticks) >= 2, (name, axis, labels)
            assert _is_nice_step(sorted(ticks)), (name, axis, ticks)
        assert {lb["axis"] for lb in labels if lb["kind"] == "title"} >= {"x", "y", "z"}, (name, labels)
        # The axes' nice ticks lie within the data: x in [-1.724, 1.724], y in [-1.591, 1.591].
        xs = [_number(lb["text"]) for lb in labels if lb["axis"] == "x" and lb["kind"] == "tick"]
        assert min(xs) >= -1.724 and max(xs) <= 1.724
        for i, a in enumerate(labels):
            assert a["w"] > 0 and a["h"] > 0
            assert canvas["x"] - 0.5 <= a["x"] and a["x"] + a["w"] <= canvas["x"] + canvas["w"] + 0.5, (name, a)
            assert canvas["y"] - 0.5 <= a["y"] and a["y"] + a["h"] <= canvas["y"] + canvas["h"] + 0.5, (name, a)
            for b in labels[i + 1:]:
                assert not _overlap(a, b), (name, a, b)
    assert len(cameras) == len(views), cameras
    assert tab.errors == []


def _rgb(css):
    return tuple(int(v) for v in re.findall(r"\d+", css)[:3])


def _luminance(rgb):
    def lin(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a, b):
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_3d_labels_take_the_theme_colours(open_tab, server, artifacts_dir, dark):
    tab = _open_3d(open_tab, server.url, "corner", dark=dark)
    labels = tab.frame.evaluate(LABELS_JS)["labels"]
    bg = _rgb(tab.frame.evaluate("() => getComputedStyle(document.querySelector('.tbl-root') || document.body).backgroundColor"))
    fg = _rgb(tab.frame.evaluate("() => getComputedStyle(document.querySelector('.tbl-root') || document.body).color"))
    ticks = [lb for lb in labels if lb["kind"] == "tick"]
    assert ticks
    for lb in ticks:
        assert _rgb(lb["fill"]) == fg, (lb, fg)
        assert _contrast(_rgb(lb["fill"]), bg) > 7, (lb, bg)
    for lb in labels:
        assert _contrast(_rgb(lb["fill"]), bg) > 4.5, (lb, bg)
    assert (sum(bg) < 3 * 128) == dark, bg
    tab.frame.locator(".tbl-surface-figure").first.screenshot(
        path=os.path.join(artifacts_dir, f"render-3d-{'dark' if dark else 'light'}.png"))
    assert tab.errors == []


@pytest.mark.parametrize("view", ["2", "3"], ids=["2d", "3d"])
def test_log_colour_bar_has_at_least_three_ticks(open_tab, server, artifacts_dir, view):
    tab = open_tab(server.url)
    tab.show("logwide", TAG, step=1)
    tab.key(view)
    tab.q("scale-select").select_option("log")
    bar = tab.frame.locator('[data-testid="colorbar"][data-scale="log"]').first
    bar.wait_for(timeout=30000)
    ticks = bar.get_attribute("data-ticks").split()
    assert len(ticks) >= 3, ticks
    values = [float(t) for t in ticks]
    assert values == sorted(values) and len(set(values)) == len(values)
    lo, hi = (float(v) for v in bar.get_attribute("data-domain").split())
    assert all(lo * (1 - 1e-6) <= v <= hi * (1 + 1e-6) for v in values), (values, lo, hi)
    assert len(bar.locator("svg text").all()) == len(ticks)
    bar.screenshot(path=os.path.join(artifacts_dir, f"render-log-colorbar-{view}d.png"))
    assert tab.errors == []


@pytest.mark.parametrize("view", ["2", "3"], ids=["2d", "3d"])
def test_all_nan_grid_shows_no_0_1_colour_bar(open_tab, server, artifacts_dir, view):
    tab = open_tab(server.url)
    tab.show("allnan", TAG, step=1)
    tab.key(view)
    bar = tab.frame.locator('[data-testid="colorbar"][data-empty="true"]').first
    bar.wait_for(timeout=30000)
    assert bar.get_attribute("data-ticks") == ""
    assert bar.get_attribute("data-domain") == ""
    assert not bar.locator("canvas").is_visible()
    assert bar.locator("svg text").count() == 0
    assert "no finite values" in tab.q("colorbar-note").inner_text()
    # Nothing anywhere in the bar reads 0 or 1.
    assert not re.search(r"(^|\s)(0|1|0\.0|1\.0)(\s|$)", bar.inner_text()), bar.inner_text()
    if view == "3":
        z = tab.frame.locator('[data-testid="surface-labels"] text[data-axis="z"][data-kind="tick"]')
        assert z.count() == 0
    tab.page.screenshot(path=os.path.join(artifacts_dir, f"render-all-nan-{view}d.png"))
    assert tab.errors == []


def test_1d_centre_line_differs_from_every_series(open_tab, server, artifacts_dir):
    tab = open_tab(server.url)
    tab.show("corner", TAG, step=1)
    tab.key("1")
    tab.frame.wait_for_selector('[data-testid="curve"] .tbl-center-line', state="attached", timeout=30000)
    colours = tab.frame.evaluate("""() => ({
      centre: [...document.querySelectorAll('.tbl-center-line')].map((e) => getComputedStyle(e).stroke),
      series: [...document.querySelectorAll('[data-testid="curve"] path[data-series]')].map((e) => getComputedStyle(e).stroke),
      dash: getComputedStyle(document.querySelector('.tbl-center-dash')).borderTopColor,
    })""")
    assert len(colours["series"]) >= 2, colours  # one slice along each direction
    assert len(set(colours["series"])) == len(colours["series"]), colours
    for centre in colours["centre"]:
        r, g, b = _rgb(centre)
        assert max(r, g, b) - min(r, g, b) < 24, f"the centre line is not neutral: {centre}"
        for s in colours["series"]:
            assert np.linalg.norm(np.subtract(_rgb(centre), _rgb(s))) > 60, (centre, s)
    assert _rgb(colours["dash"]) == _rgb(colours["centre"][0])  # the legend's mark matches
    tab.q("curve").screenshot(path=os.path.join(artifacts_dir, "render-1d-centre.png"))
    assert tab.errors == []


def test_a_path_that_barely_moves_is_named_in_the_legend(open_tab, server, artifacts_dir):
    tab = open_tab(server.url)
    tab.show("tinypath", TAG, step=1)
    entry = tab.frame.locator('[data-testid="legend"] [data-kind="path"]').first
    entry.wait_for(timeout=30000)
    assert entry.get_attribute("data-tiny") == "true"
    text = entry.inner_text()
    assert "61 steps" in text and "0.4%" in text and "barely moves" in text and "PCA" in text, text
    spread = float(tab.frame.locator(".tbl-heatmap").first.get_attribute("data-path-spread"))
    assert 0.003 < spread < 0.005
    # A path that crosses the plane keeps the usual words.
    tab.show("corner", TAG, step=1)
    entry = tab.frame.locator('[data-testid="legend"] [data-kind="path"]').first
    assert entry.get_attribute("data-tiny") is None
    assert "optimizer path" in entry.inner_text()
    assert tab.errors == []


LEGEND_LINES_JS = """() => {
  const legend = document.querySelector('.tbl-surface [data-testid="legend"]');
  const walker = document.createTreeWalker(legend, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim()) continue;
    const r = document.createRange();
    r.selectNodeContents(n);
    const tops = new Set([...r.getClientRects()].map((q) => Math.round(q.top)));
    texts.push({text: n.textContent, lines: tops.size});
  }
  const entries = [...legend.querySelectorAll('.tbl-legend-entry')].map((e) => e.getBoundingClientRect().height);
  return {texts, entries, width: legend.getBoundingClientRect().width};
}"""


def test_3d_legend_beside_the_picture_wraps_at_most_once(open_tab, server, artifacts_dir):
    tab = _open_3d(open_tab, server.url, "corner")
    tab.page.set_viewport_size({"width": 1400, "height": 900})
    tab.frame.wait_for_function("() => document.querySelector('.tbl-view').classList.contains('tbl-wide')")
    tab.page.wait_for_timeout(600)
    tab.page.screenshot(path=os.path.join(artifacts_dir, "render-3d-1400x900.png"))
    got = tab.frame.evaluate(LEGEND_LINES_JS)
    texts = {t["text"]: t["lines"] for t in got["texts"]}
    path = next(t for t in texts if t.startswith("optimizer path (61 steps"))
    # The side column is wide enough for the legend: the path's words wrap once at most, the
    # short entries ("centre (0, 0)", "current step 600") not at all; no entry over two lines.
    assert texts[path] <= 2, got
    assert texts["current step 600"] == 1 and texts["centre (0, 0)"] == 1, got
    assert all(h <= 2 * 18 + 2 for h in got["entries"]), got
    assert got["width"] >= 340, got
    # The picture still fills the rest of the width.
    canvas = tab.q("surface").evaluate("e => e.getBoundingClientRect().width")
    assert canvas >= 700, canvas
    assert tab.errors == []
