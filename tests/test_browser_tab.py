"""The tab's layout and options in a real browser (headless Debian Chromium, Playwright) against a
real TensorBoard: the 2D plot fills the window and follows a resize, compared tiles share one
colour bar with a log scale on offer, four compared tiles fit the window without scrolling, a
difference of two runs' own PCA planes is explained, the play speed lives in the URL, an exported
PNG carries its title, dark mode stays readable. Screenshots go to test-artifacts/.
"""

import io
import os

import numpy as np
import pytest

import tb_landscape as tbl
from tb_landscape.cli import write_demo_logs

from landscape_tab import TAG, pixels
from writers import open_writer

PCA_TAG = "train/landscape_pca"
COMPARE = "&p.landscape.view=compare&p.landscape.compare=%5B%22lr%3D0.05%22%2C%22lr%3D0.2%22%5D"


def _write_runs(logdir):
    """Two more runs: lr=0.05 with a low bowl, lr=0.2 whose loss passes 300 (it flattens the other
    on a shared linear scale); both with a PCA tag whose plane (and coordinates) is each run's own."""
    xs = ys = np.linspace(-1, 1, 41)
    X, Y = np.meshgrid(xs, ys)
    for name, scale in (("lr=0.05", 1.0), ("lr=0.2", 60.0)):
        w = open_writer("event_file_writer", str(logdir / name))
        for step in (100, 200, 300, 400, 500):
            Z = (0.2 + scale * (X ** 2 + 2 * Y ** 2) * (1 + step / 500)).astype(np.float32)
            tbl.add_landscape(w, TAG, tbl.Landscape(
                values=Z, xs=xs, ys=ys, x_label="direction 1", y_label="direction 2", x_unit="filter-normalized units",
                y_unit="filter-normalized units", method="random", normalization="filter", seed=0,
                frame_id=f"random-{name}"), global_step=step)
            px, py = np.linspace(-4.1 * (1 + scale / 100), 3.0, 31), np.linspace(-1.2, 1.5, 21)
            PX, PY = np.meshgrid(px, py)
            tbl.add_landscape(w, PCA_TAG, tbl.Landscape(
                values=(PX ** 2 + PY ** 2).astype(np.float32), xs=px, ys=py, x_label="PC 1", y_label="PC 2",
                method="pca", frame_id=f"pca-{name}"), global_step=step)
        w.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tbserver import TensorBoardServer

    logdir = tmp_path_factory.mktemp("tab_logs")
    write_demo_logs(str(logdir))
    _write_runs(logdir)
    srv = TensorBoardServer(str(logdir), load_fast=True).start()
    for run in ("lr=0.1", "lr=0.05", "lr=0.2"):
        srv.wait_for_steps(run, TAG, 5)
    srv.wait_for_steps("lr=0.2", PCA_TAG, 5)
    yield srv
    srv.stop()


def _inner(tab):
    return tab.frame.evaluate("() => ({w: innerWidth, h: innerHeight})")


def _plot_box(tab):
    return tab.q("heatmap").bounding_box()


def _frame_box(tab, locator):
    """The box of `locator` in the iframe's own coordinates."""
    return locator.evaluate("e => { const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width, h: r.height}; }")


def test_2d_plot_fills_the_window_and_follows_a_resize(open_tab, server, artifacts_dir):
    tab = open_tab(server.url, hash_extra="&p.landscape.run=lr%3D0.1")
    tab.page.set_viewport_size({"width": 1400, "height": 900})
    tab.wait_ready(step=500)
    tab.page.wait_for_timeout(400)
    inner = _inner(tab)
    plot = _frame_box(tab, tab.q("heatmap"))
    # The demo's plane is square in one unit: a square plot as high as the window allows
    # (the old layout drew 480 px at most), its x axis still on screen.
    assert abs(plot["w"] - plot["h"]) <= 2, plot
    assert plot["h"] >= 0.6 * inner["h"] and plot["h"] > 560, (plot, inner)
    assert plot["y"] + plot["h"] + 40 <= inner["h"], (plot, inner)
    # The read-out and legend use the width beside it; the figure spans most of the width.
    legend = _frame_box(tab, tab.q("legend"))
    assert legend["x"] > plot["x"] + plot["w"], (legend, plot)
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-2d-1400x900.png"))

    # Filling: the plot takes the width too.
    tab.q("aspect-select").select_option("fill")
    tab.frame.wait_for_function("() => document.querySelector('[data-testid=heatmap]').getBoundingClientRect().width > 900")
    filled = _frame_box(tab, tab.q("heatmap"))
    assert filled["w"] >= 0.65 * inner["w"] and filled["h"] >= plot["h"] - 2, filled
    figure = _frame_box(tab, tab.frame.locator(".tbl-heatmap > .tbl-row").first)  # plot, axes, colour bar
    assert figure["w"] >= 0.75 * inner["w"], figure
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-2d-fill.png"))
    tab.q("aspect-select").select_option("equal")
    tab.frame.wait_for_function(f"() => document.querySelector('[data-testid=heatmap]').getBoundingClientRect().width < {plot['w'] + 3}")

    # A smaller window: a smaller plot, still on screen; back: the same size as before.
    tab.page.set_viewport_size({"width": 1000, "height": 700})
    tab.frame.wait_for_function(f"() => document.querySelector('[data-testid=heatmap]').getBoundingClientRect().height < {plot['h'] - 50}")
    small = _frame_box(tab, tab.q("heatmap"))
    assert small["y"] + small["h"] + 40 <= _inner(tab)["h"], small
    tab.page.set_viewport_size({"width": 1400, "height": 900})
    tab.frame.wait_for_function(f"() => Math.abs(document.querySelector('[data-testid=heatmap]').getBoundingClientRect().height - {plot['h']}) < 2")
    assert tab.errors == []


def _open_compare(open_tab, server, hash_extra: str, tiles: int):
    """The tab at 1400x900 on a compare URL, once its `tiles` heatmaps are drawn at step 500."""
    tab = open_tab(server.url, hash_extra=hash_extra)
    tab.page.set_viewport_size({"width": 1400, "height": 900})
    tab.frame.wait_for_function(
        f"() => document.querySelectorAll('[data-testid=compare] canvas[data-testid=heatmap]').length === {tiles}",
        timeout=30000)
    tab.wait_ready(step=500)
    return tab


def test_compare_shares_one_colour_bar_and_offers_the_log_scale(open_tab, server, artifacts_dir):
    tab = _open_compare(open_tab, server, "&p.landscape.run=lr%3D0.05" + COMPARE, tiles=2)
    bar = tab.q("shared-colorbar")
    bar.wait_for(state="visible")
    # One colour bar for all tiles: the tiles' own are not shown.
    visible_bars = tab.frame.locator('[data-testid="compare"] [data-testid="colorbar"]:visible')
    assert visible_bars.count() == 0
    assert bar.get_attribute("data-scale") == "linear"
    lo, hi = map(float, bar.get_attribute("data-domain").split())
    assert hi > 300 and lo < 1, (lo, hi)
    # Tiles as large as the width allows, their axis titles whole (a cut title has a tooltip).
    assert tab.q("heatmap").bounding_box()["width"] >= 380
    assert tab.frame.locator('[data-testid="compare"] .tbl-axis-title title').count() == 0
    tile = tab.frame.locator('.tbl-tile[data-run="lr=0.05"] canvas[data-testid="heatmap"]')
    _, flat_colours = pixels(tile.screenshot())
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-compare-linear.png"))

    # lr=0.2 flattens lr=0.05 on the linear scale: the tab says so and offers the log scale.
    hint = tab.q("hint")
    assert hint.is_visible() and "lr=0.2" in hint.inner_text(), hint.inner_text()
    tab.q("log-hint").click()
    tab.frame.wait_for_selector('[data-testid="shared-colorbar"][data-scale="log"]', timeout=10000)
    tab.page.wait_for_timeout(300)
    assert not hint.is_visible()
    assert tab.q("scale-select").input_value() == "log"
    _, log_colours = pixels(tile.screenshot(path=os.path.join(artifacts_dir, "tab-compare-log-tile.png")))
    assert log_colours > 3 * flat_colours, (flat_colours, log_colours)
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-compare-log.png"))
    tab.page.wait_for_timeout(300)
    assert "p.landscape.scale=log" in tab.page.url
    assert tab.errors == []


def test_difference_of_two_pca_planes_is_explained(open_tab, server, artifacts_dir):
    diff = "%7B%22kind%22%3A%22runs%22%2C%22a%22%3A%22lr%3D0.05%22%2C%22b%22%3A%22lr%3D0.2%22%7D"
    tab = open_tab(server.url, hash_extra=f"&p.landscape.run=lr%3D0.05&p.landscape.tag=train%2Flandscape_pca"
                                          f"&p.landscape.view=compare&p.landscape.diff={diff}")
    message = tab.q("diff-message")
    message.wait_for(state="visible", timeout=30000)
    text = message.inner_text()
    assert "each have their own plane" in text and "PCA" in text and "same seed" in text, text
    assert "coordinates differ" in message.get_attribute("title")  # the exact mismatch stays at hand
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-diff-pca.png"))
    assert tab.errors == []


def test_play_speed_is_an_option_in_the_url(open_tab, server, artifacts_dir):
    tab = open_tab(server.url, hash_extra="&p.landscape.run=lr%3D0.1&p.landscape.step=100&p.landscape.speed=10")
    tab.wait_ready(step=100)
    assert tab.q("speed-select").input_value() == "10"
    tab.q("play").click()
    tab.wait_ready(step=500, timeout=5000)  # 4 steps at 10 steps/s
    tab.q("speed-select").select_option("1")
    tab.page.wait_for_timeout(300)
    assert "p.landscape.speed=1" in tab.page.url, tab.page.url
    tab.key("Home")
    tab.wait_ready(step=100)
    tab.q("play").click()
    tab.page.wait_for_timeout(1500)
    step = int(tab.q("status").get_attribute("data-step"))
    tab.q("play").click()
    assert step in (200, 300), step  # 1 step/s: one step, two at most, in 1.5 s
    tab.page.reload()
    tab.attach()
    tab.wait_ready()
    assert tab.q("speed-select").input_value() == "1"
    assert tab.errors == []


def test_exported_png_has_a_title(open_tab, server, artifacts_dir):
    from PIL import Image

    tab = open_tab(server.url, hash_extra="&p.landscape.run=lr%3D0.1&p.landscape.step=300")
    tab.wait_ready(step=300)
    with tab.page.expect_download() as info:
        tab.q("export-png").click()
    path = os.path.join(artifacts_dir, "tab-export-titled.png")
    info.value.save_as(path)
    png = open(path, "rb").read()
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    band = img[:28]  # the title band (device pixel ratio 1 here)
    dark = (band.max(axis=2) < 120).mean()
    assert 0.01 < dark < 0.4, dark  # text on the page's background
    assert (band[:, -5:] == band[0, -1]).all()  # the band's right end is plain background
    # The title says what is drawn: as wide as the band text of "lr=0.1 · train/landscape · step 300 · loss".
    cols = np.where((band.max(axis=2) < 120).any(axis=0))[0]
    assert 150 < cols[-1] - cols[0] < 400, (cols[0], cols[-1])
    assert img.shape[0] > 500
    assert tab.errors == []


def _luminance(css):
    """Relative luminance of an rgb()/rgba() CSS colour."""
    nums = [float(x) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
    lin = [(c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in nums]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a, b):
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_dark_mode_stays_readable(open_tab, server, artifacts_dir):
    tab = open_tab(server.url, dark=True, hash_extra="&p.landscape.run=lr%3D0.05" + COMPARE)
    tab.page.set_viewport_size({"width": 1400, "height": 900})
    tab.q("shared-colorbar").wait_for(state="visible", timeout=30000)
    tab.wait_ready(step=500)
    bg = tab.frame.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert _luminance(bg) < 0.05, bg
    colours = tab.frame.evaluate("""() => {
        const css = (sel, prop) => { const e = document.querySelector(sel); return e ? getComputedStyle(e)[prop] : null; };
        return {
            title: css('[data-testid=title]', 'color'),
            hint: css('[data-testid=hint]', 'color'),
            select: css('[data-testid=scale-select]', 'color'),
            speed: css('[data-testid=speed-select]', 'color'),
            tick: css('[data-testid=shared-colorbar] .tbl-axis text', 'fill'),
            axis: css('[data-testid=compare] .tbl-axis text', 'fill'),
            tileName: css('.tbl-tile-name', 'color'),
        };
    }""")
    for name, c in colours.items():
        assert c is not None, name
        assert _contrast(c, bg) >= 4.5, (name, c, bg)
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-compare-dark.png"))
    tab.q("view-2d").click()
    tab.frame.wait_for_selector(".tbl-view > .tbl-heatmap", timeout=10000)
    tab.wait_ready(step=500)
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-2d-dark.png"))
    assert tab.errors == []


def test_a_link_to_a_tag_not_written_yet_opens_on_it_when_it_appears(open_tab, tmp_path, artifacts_dir):
    """The demo prints a link to its first run's PCA plane, which is written a few seconds after
    the first landscape: the tab shows what there is, keeps the link, and moves to that tag when
    it appears."""
    from tbserver import TensorBoardServer

    xs = np.linspace(-1, 1, 21)
    Z = np.add.outer(xs ** 2, xs ** 2).astype(np.float32)
    w = open_writer("event_file_writer", str(tmp_path / "lr=0.05"))
    tbl.add_landscape(w, TAG, tbl.Landscape(values=Z, xs=xs, ys=xs, method="random"), global_step=0)
    w.flush()
    srv = TensorBoardServer(str(tmp_path), load_fast=True).start()
    try:
        srv.wait_for_steps("lr=0.05", TAG, 1)
        tab = open_tab(srv.url, hash_extra="&p.landscape.run=lr%3D0.05&p.landscape.tag=train%2Flandscape_pca")
        tab.wait_ready(step=0)
        assert tab.q("tag-select").input_value() == TAG  # what there is, meanwhile
        tab.page.wait_for_timeout(1000)
        assert "landscape_pca" in tab.page.url  # the link is kept, not rewritten to the fallback
        tbl.add_landscape(w, PCA_TAG, tbl.Landscape(values=Z, xs=xs, ys=xs, x_label="PC 1", y_label="PC 2",
                                                    method="pca"), global_step=200)
        w.flush()
        tab.frame.wait_for_function(
            "() => document.querySelector('[data-testid=\"tag-select\"]').value === 'train/landscape_pca'",
            timeout=60000)
        tab.wait_ready(step=200)
        tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-wish-pca.png"))
        assert not tab.errors
    finally:
        w.close()
        srv.stop()


COMPARE_FOUR = ("&p.landscape.view=compare&p.landscape.compare="
                "%5B%22lr%3D0.1%22%2C%22lr%3D0.01%22%2C%22lr%3D0.05%22%2C%22lr%3D0.2%22%5D")


def test_four_compared_tiles_fit_the_window_without_scrolling(open_tab, server, artifacts_dir):
    tab = _open_compare(open_tab, server, "&p.landscape.run=lr%3D0.1" + COMPARE_FOUR, tiles=4)
    tab.page.wait_for_timeout(400)
    inner = _inner(tab)
    tiles = tab.frame.locator(".tbl-tile")
    assert tiles.count() == 4
    boxes = [_frame_box(tab, tiles.nth(i)) for i in range(4)]
    plots = [_frame_box(tab, tiles.nth(i).locator('canvas[data-testid="heatmap"]')) for i in range(4)]
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-compare-four-1400x900.png"))
    # Every tile, its plot and its read-out, lies in the window: no scrolling to see the second row.
    for b in boxes:
        assert b["x"] >= 0 and b["x"] + b["w"] <= inner["w"], (b, inner)
        assert b["y"] >= 0 and b["y"] + b["h"] <= inner["h"], (b, inner)
    # Equal units: square plots, still of a useful size.
    for p in plots:
        assert abs(p["w"] - p["h"]) <= 2, p
        assert p["w"] >= 200, p
    assert tab.errors == []
