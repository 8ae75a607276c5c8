"""The Landscape tab in a real browser: headless Debian Chromium, driven by Playwright, against a
real TensorBoard server. Screenshots are saved under test-artifacts/ and checked for drawn pixels.
"""

import os

import numpy as np
import pytest

import tb_landscape as tbl
from tb_landscape.cli import write_demo_logs

from landscape_tab import TAG, pixels
from writers import open_writer, plane

HTML_RUN = "<img src=x onerror=window.__xss=1>"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tbserver import TensorBoardServer

    logdir = tmp_path_factory.mktemp("browser_logs")
    write_demo_logs(str(logdir))
    nan_plane = plane(seed=1)
    nan_plane.values[5:9, 10:14] = np.nan
    nan_plane.values[20, 30] = np.inf
    w = open_writer("torch", str(logdir / "nan"))
    tbl.add_landscape(w, TAG, nan_plane, global_step=1)
    w.close()
    w = open_writer("event_file_writer", str(logdir / HTML_RUN))
    tbl.add_landscape(w, TAG, plane(seed=2), global_step=7)
    w.close()
    srv = TensorBoardServer(str(logdir), load_fast=True).start()
    srv.wait_for_steps("lr=0.1", TAG, 5)
    srv.wait_for_steps(HTML_RUN, TAG, 1)
    srv.logdir_path = logdir
    yield srv
    srv.stop()


def test_heatmap_draws_latest_step(open_tab, server, artifacts_dir):
    tab = open_tab(server.url)
    tab.show("lr=0.1", TAG, step=500)
    png = tab.shot("heatmap", os.path.join(artifacts_dir, "heatmap.png"))
    arr, n = pixels(png)
    assert n > 100, f"heatmap looks blank: {n} colours"
    assert arr.std() > 20
    colorbar = tab.frame.locator('[data-testid="colorbar"]').first
    assert colorbar.is_visible() and colorbar.bounding_box()["height"] > 50
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-2d.png"))
    assert tab.errors == []


def test_curve_for_1d_tag(open_tab, server, artifacts_dir):
    tab = open_tab(server.url)
    tab.show("lr=0.01", "train/landscape_1d", step=500)
    png = tab.shot("curve", os.path.join(artifacts_dir, "curve.png"))
    arr, n = pixels(png)
    assert n > 5 and (arr.min(axis=2) < 200).mean() > 0.005, "no curve drawn"
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-1d.png"))
    assert tab.errors == []


def test_nan_cells_marked_and_dark_theme(open_tab, server, artifacts_dir):
    tab = open_tab(server.url, dark=True)
    tab.show("nan", step=1)
    png = tab.shot("heatmap", os.path.join(artifacts_dir, "heatmap-nan-dark.png"))
    arr, n = pixels(png)
    assert n > 100
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-dark.png"))
    assert tab.errors == []


def test_html_run_name_is_text(open_tab, server, artifacts_dir):
    tab = open_tab(server.url)
    tab.wait_ready()
    options = tab.frame.locator('[data-testid="run-select"] option').all_text_contents()
    assert HTML_RUN in options
    tab.show(HTML_RUN, step=7)
    tab.page.wait_for_timeout(500)
    assert tab.frame.evaluate("() => window.__xss") is None
    assert tab.frame.locator("img").count() == 0
    assert HTML_RUN in tab.frame.locator("body").inner_text()
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-html-run.png"))


def test_live_append_is_drawn(open_tab, server, artifacts_dir):
    tab = open_tab(server.url)
    tab.show("lr=0.1", TAG, step=500)
    before = tab.shot("heatmap", os.path.join(artifacts_dir, "live-before.png"))
    w = open_writer("torch", str(server.logdir_path / "lr=0.1"))
    Z = plane(seed=9).values
    X = np.linspace(-1, 1, Z.shape[1])
    tbl.add_landscape(w, TAG, tbl.Landscape(values=(Z + 3 * X).astype(np.float32),
                                            xs=X, ys=np.linspace(-1, 1, Z.shape[0])), global_step=600)
    w.flush()
    # TensorBoard reloads every second here, the tab polls every POLL_MS.
    tab.wait_ready(step=600, timeout=30000)
    after = tab.shot("heatmap", os.path.join(artifacts_dir, "live-after.png"))
    assert after != before
    assert tab.frame.locator('[data-testid="run-select"]').input_value() == "lr=0.1"
    w.close()
    assert tab.errors == []
