"""The full viewer in a real browser (headless Debian Chromium, WebGL on SwiftShader, driven by
Playwright) against a real TensorBoard: every view draws pixels, the slider and play change
the picture, compare and difference views, export downloads valid files, the selection
survives a reload through the URL, junk in the URL is ignored, a live append shows the
new-data indicator without moving the slider. Screenshots go to test-artifacts/.
"""

import csv
import io
import json
import os

import numpy as np
import pytest

import tb_landscape as tbl
from tb_landscape.cli import write_demo_logs

from landscape_tab import TAG, drawn, pixels
from writers import open_writer


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tbserver import TensorBoardServer

    logdir = tmp_path_factory.mktemp("viewer_logs")
    write_demo_logs(str(logdir))
    srv = TensorBoardServer(str(logdir), load_fast=True).start()
    srv.wait_for_steps("lr=0.1", TAG, 5)
    srv.wait_for_steps("lr=0.01", TAG, 5)
    srv.logdir_path = logdir
    yield srv
    srv.stop()


def test_2d_views_path_and_hover(open_tab, server, artifacts_dir):
    v = open_tab(server.url)
    v.show("lr=0.1", TAG, step=500)
    heat = v.shot("heatmap", os.path.join(artifacts_dir, "viewer-heatmap.png"))
    assert drawn(heat, 100)
    # The optimizer's path is drawn over the plane: the demo's record has 51 points.
    assert int(v.frame.locator(".tbl-heatmap").first.get_attribute("data-path-points")) > 10
    # Hover: the read-out names every metric of the point under the cursor.
    box = v.q("heatmap").bounding_box()
    v.page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.4)
    v.page.wait_for_timeout(200)
    readout = v.q("readout").inner_text()
    assert "loss" in readout and "accuracy" in readout, readout
    # Zoom with the wheel; a step change (or a live update) keeps the zoom window.
    zoom = lambda: v.frame.locator(".tbl-heatmap").first.get_attribute("data-zoom")  # noqa: E731
    full = zoom()
    v.page.mouse.wheel(0, -400)
    v.frame.wait_for_function(f"""() => document.querySelector('.tbl-heatmap').dataset.zoom !== {full!r}""")
    zoomed = zoom()
    v.key("Home")
    v.wait_ready(step=100)
    assert zoom() == zoomed != full
    v.page.screenshot(path=os.path.join(artifacts_dir, "viewer-2d.png"))
    assert v.errors == []


def test_3d_surface_draws_and_keeps_its_camera_across_steps(open_tab, server, artifacts_dir):
    v = open_tab(server.url)
    v.show("lr=0.1", TAG, step=500)
    v.key("3")
    v.frame.wait_for_selector('[data-testid="surface"]', timeout=30000)
    v.page.wait_for_timeout(500)
    png = v.shot("surface", os.path.join(artifacts_dir, "viewer-3d.png"))
    assert drawn(png, 100), "3D surface looks blank"
    # Hover: the ray through the cursor meets the surface, the read-out gives its value.
    box = v.q("surface").bounding_box()
    v.page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.55)
    v.frame.wait_for_function("() => document.querySelector('[data-camera]').dataset.hover === 'surface'",
                              timeout=10000)
    assert "loss = " in v.q("readout-3d").inner_text()
    surface_root = v.q("surface").locator("xpath=..")
    # Orbit with the mouse, then move the slider: the camera stays where the user put it.
    box = v.q("surface").bounding_box()
    cam0 = v.frame.locator("[data-camera]").first.get_attribute("data-camera")
    v.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    v.page.mouse.down()
    v.page.mouse.move(box["x"] + box["width"] / 2 + 120, box["y"] + box["height"] / 2 + 30, steps=8)
    v.page.mouse.up()
    cam1 = v.frame.locator("[data-camera]").first.get_attribute("data-camera")
    assert cam1 != cam0
    v.key("Home")
    v.wait_ready(step=100)
    assert v.frame.locator("[data-camera]").first.get_attribute("data-camera") == cam1
    assert surface_root.count() == 1
    v.page.screenshot(path=os.path.join(artifacts_dir, "viewer-3d-tab.png"))
    assert v.errors == []


def test_1d_view_of_a_plane_and_of_a_curve(open_tab, server, artifacts_dir):
    v = open_tab(server.url)
    v.show("lr=0.1", TAG, step=500)
    v.key("1")
    v.frame.wait_for_selector('[data-testid="curve"]', timeout=30000)
    png = v.shot("curve", os.path.join(artifacts_dir, "viewer-1d-slices.png"))
    arr, _ = pixels(png)
    assert (arr.min(axis=2) < 200).mean() > 0.005, "no curve drawn"
    assert int(v.frame.locator(".tbl-curve").first.get_attribute("data-series")) >= 2  # a slice along each direction
    v.show("lr=0.01", "train/landscape_1d", step=500)
    png = v.shot("curve", os.path.join(artifacts_dir, "viewer-1d.png"))
    arr, _ = pixels(png)
    assert (arr.min(axis=2) < 200).mean() > 0.005
    assert v.errors == []


def test_slider_and_play_change_the_picture(open_tab, server, artifacts_dir):
    v = open_tab(server.url)
    v.show("lr=0.1", TAG, step=500)
    at500 = v.shot("heatmap", os.path.join(artifacts_dir, "viewer-step500.png"))
    slider = v.q("step-slider")
    slider.focus()
    slider.press("Home")
    v.wait_ready(step=100)
    at100 = v.shot("heatmap", os.path.join(artifacts_dir, "viewer-step100.png"))
    assert at100 != at500
    slider.press("ArrowRight")
    v.wait_ready(step=200)
    # Play walks through the steps by itself.
    seen = set()
    v.q("play").click()
    for _ in range(40):
        seen.add(v.q("status").get_attribute("data-step"))
        v.page.wait_for_timeout(100)
    v.q("play").click()
    assert len(seen) >= 3, seen
    assert v.errors == []


def test_compare_tiles_and_difference_map(open_tab, server, artifacts_dir):
    v = open_tab(server.url)
    v.show("lr=0.1", TAG, step=500)
    v.key("c")
    tiles = v.q("compare")
    tiles.wait_for(timeout=30000)
    boxes = v.frame.locator('[data-testid="compare-runs"] input[type="checkbox"]')
    for i in range(boxes.count()):
        if not boxes.nth(i).is_checked():
            boxes.nth(i).check()
    v.frame.wait_for_function(
        """() => document.querySelectorAll('[data-testid="compare"] canvas[data-testid="heatmap"]').length >= 2""",
        timeout=30000)
    v.page.wait_for_timeout(300)
    png = v.shot("compare", os.path.join(artifacts_dir, "viewer-compare.png"))
    assert drawn(png, 100)
    # One colour bar for all tiles, and every tile coloured on its domain.
    shared = v.q("shared-colorbar")
    assert shared.is_visible()
    assert v.frame.locator('[data-testid="compare"] [data-testid="colorbar"]:visible').count() == 0
    domains = v.frame.locator('[data-testid="compare"] [data-testid="colorbar"]').evaluate_all(
        "els => els.map(e => e.dataset.domain)")
    assert len(domains) >= 2 and set(domains) == {shared.get_attribute("data-domain")}, domains
    v.page.screenshot(path=os.path.join(artifacts_dir, "viewer-compare-tab.png"))
    assert v.errors == []


def test_export_downloads_valid_files(open_tab, server, artifacts_dir):
    v = open_tab(server.url)
    v.show("lr=0.1", TAG, step=500)
    files = {}
    for kind in ("png", "csv", "json"):
        with v.page.expect_download() as info:
            v.q(f"export-{kind}").click()
        path = os.path.join(artifacts_dir, f"export.{kind}")
        info.value.save_as(path)
        files[kind] = open(path, "rb").read()
    assert files["png"][:8] == b"\x89PNG\r\n\x1a\n" and drawn(files["png"], 100)
    rows = list(csv.reader(io.StringIO(files["csv"].decode("utf-8"))))
    assert rows[0][:4] == ["x", "y", "loss", "accuracy"]
    assert len(rows) == 1 + 61 * 51  # the demo's 61 x 51 grid, one row per point
    doc = json.loads(files["json"])
    assert doc["step"] == 500 and doc["metrics"] == ["loss", "accuracy"]
    assert len(doc["values"]["loss"]) == 51 and len(doc["values"]["loss"][0]) == 61
    assert v.errors == []


def test_selection_survives_reload_through_the_url(open_tab, server, artifacts_dir):
    v = open_tab(server.url)
    v.show("lr=0.01", TAG, step=500)
    v.q("metric-select").select_option("accuracy")
    v.q("step-slider").focus()
    v.q("step-slider").press("ArrowLeft")
    v.wait_ready(step=400)
    v.page.wait_for_timeout(300)
    url = v.page.url
    assert "p.landscape.run=" in url and "p.landscape.step=400" in url, url
    v.page.reload()
    v.attach()
    v.wait_ready(step=400)
    assert v.q("run-select").input_value() == "lr=0.01"
    assert v.q("metric-select").input_value() == "accuracy"
    assert v.errors == []


def test_live_append_keeps_the_slider_and_shows_the_indicator(open_tab, server, artifacts_dir):
    v = open_tab(server.url)
    v.show("lr=0.01", TAG, step=500)
    v.q("step-slider").focus()
    v.q("step-slider").press("ArrowLeft")
    v.wait_ready(step=400)
    before = v.shot("heatmap", os.path.join(artifacts_dir, "viewer-live-before.png"))
    w = open_writer("torch", str(server.logdir_path / "lr=0.01"))
    xs = np.linspace(-1, 1, 61)
    ys = np.linspace(-1, 1, 51)
    X, Y = np.meshgrid(xs, ys)
    tbl.add_landscape(w, TAG, tbl.Landscape(values=np.stack([X ** 2 + Y ** 2, X]).astype(np.float32),
                                            xs=xs, ys=ys, metric=["loss", "accuracy"]), global_step=900)
    w.flush()
    indicator = v.q("live-indicator")
    indicator.wait_for(state="visible", timeout=30000)
    assert "900" in indicator.inner_text()
    # The user's place is kept: still step 400, same picture.
    assert v.q("status").get_attribute("data-step") == "400"
    assert v.shot("heatmap", os.path.join(artifacts_dir, "viewer-live-after.png")) == before
    indicator.click()
    v.wait_ready(step=900)
    w.close()
    assert v.errors == []


def test_junk_in_the_url_is_ignored_not_fatal(open_tab, server, artifacts_dir):
    junk = ("&p.landscape.run=no-such-run&p.landscape.step=abc&p.landscape.view=zzz&p.landscape.scale=cubic"
            "&p.landscape.clip=x,%7B&p.landscape.compare=%5Bnot-json&p.landscape.diff=%7B%22kind%22%3A1%7D"
            "&p.landscape.metric=%3Cb%3E")
    v = open_tab(server.url, hash_extra=junk)
    v.wait_ready()  # falls back to the first run, its latest step, the 2D view
    assert v.q("run-select").input_value() in ("lr=0.01", "lr=0.1")
    assert v.q("heatmap").is_visible()
    assert v.errors == []


def test_empty_state_then_the_first_landscape_appears(open_tab, tensorboard_server, tmp_path, artifacts_dir):
    server = tensorboard_server(tmp_path)
    v = open_tab(server.url)
    empty = v.q("empty")
    empty.wait_for(state="visible", timeout=30000)
    assert "LandscapeLogger" in empty.inner_text() and "logger.step(step)" in empty.inner_text()
    assert v.q("status").get_attribute("data-state") == "empty"
    v.page.screenshot(path=os.path.join(artifacts_dir, "viewer-empty.png"))
    xs = np.linspace(-1, 1, 21)
    X, Y = np.meshgrid(xs, xs)
    w = open_writer("torch", str(tmp_path / "first"))
    tbl.add_landscape(w, TAG, tbl.Landscape(values=(X ** 2 + Y ** 2).astype(np.float32), xs=xs, ys=xs),
                      global_step=3)
    w.close()
    v.wait_ready(step=3, timeout=60000)  # picked up by polling, no reload
    assert not empty.is_visible() and drawn(v.q("heatmap").screenshot(), 20)
    assert v.errors == []


def test_steps_of_other_dims_and_metrics_draw_with_their_own_renderer(open_tab, tensorboard_server, tmp_path,
                                                                      artifacts_dir):
    # One tag whose records change over training: a 1D curve first, then a plane with one
    # metric, then a plane that also has accuracy. Each step is drawn as what it is.
    xs = np.linspace(-1, 1, 31)
    X, Y = np.meshgrid(xs, xs)
    w = open_writer("torch", str(tmp_path / "mixed"))
    tbl.add_landscape(w, TAG, tbl.Landscape(values=(xs ** 2).astype(np.float32), xs=xs), global_step=1)
    tbl.add_landscape(w, TAG, tbl.Landscape(values=(X ** 2 + Y ** 2).astype(np.float32), xs=xs, ys=xs),
                      global_step=2)
    tbl.add_landscape(w, TAG, tbl.Landscape(values=np.stack([X ** 2 + Y ** 2, 1 - X ** 2]).astype(np.float32),
                                            xs=xs, ys=xs, metric=["loss", "accuracy"]), global_step=3)
    w.close()
    server = tensorboard_server(tmp_path)
    v = open_tab(server.url)
    v.wait_ready(step=3)
    v.q("metric-select").select_option("accuracy")
    v.wait_ready(step=3)
    assert "accuracy" in v.q("title").inner_text()
    v.key("ArrowLeft")
    v.wait_ready(step=2)
    assert "accuracy" not in v.q("title").inner_text()  # step 2 has only loss: the title says what is drawn
    assert drawn(v.q("heatmap").screenshot(), 20)
    v.key("Home")
    v.wait_ready(step=1)
    curve = v.frame.locator('[data-testid="curve"]').first
    curve.wait_for(state="visible", timeout=30000)
    arr, _ = pixels(curve.screenshot(path=os.path.join(artifacts_dir, "viewer-mixed-1d.png")))
    assert (arr.min(axis=2) < 200).mean() > 0.005
    assert v.q("status").get_attribute("data-state") == "ready"
    assert v.errors == []


def test_1d_all_metrics_panels_survive_reload_and_keys_work_without_a_click(open_tab, server, artifacts_dir):
    v = open_tab(server.url)
    v.show("lr=0.1", TAG, step=500)
    v.key("1")
    v.frame.wait_for_selector('[data-testid="curve"]', timeout=30000)
    box = v.q("all-metrics")
    assert box.is_visible() and not box.is_checked()
    curve = v.frame.locator(".tbl-curve").first
    assert curve.get_attribute("data-panels") == "1"
    box.check()
    v.frame.wait_for_function("() => document.querySelector('.tbl-curve').dataset.panels === '2'", timeout=30000)
    assert int(curve.get_attribute("data-series")) >= 4  # two slices in each of the two panels
    png = v.shot("curve", os.path.join(artifacts_dir, "viewer-1d-all-metrics.png"))
    arr, _ = pixels(png)
    assert (arr.min(axis=2) < 200).mean() > 0.005, "no curve drawn"
    # Hover: one read-out with the values of both panels.
    b = v.q("curve").bounding_box()
    v.page.mouse.move(b["x"] + b["width"] * 0.5, b["y"] + b["height"] * 0.3)
    v.page.wait_for_timeout(200)
    readout = v.q("readout").inner_text()
    assert "loss" in readout and "accuracy" in readout, readout
    v.page.screenshot(path=os.path.join(artifacts_dir, "viewer-1d-all-metrics-tab.png"))
    v.page.wait_for_timeout(300)  # the URL is written shortly after a change
    assert "p.landscape.allm=1" in v.page.url, v.page.url
    v.page.reload()
    v.attach()
    v.wait_ready(step=500)
    assert v.q("all-metrics").is_checked()
    v.frame.wait_for_function("() => document.querySelector('.tbl-curve').dataset.panels === '2'", timeout=30000)
    assert v.errors == []

    # A fresh tab takes the focus by itself: a key works without a click into its frame.
    w = open_tab(server.url)
    w.wait_ready()
    assert w.q("view-3d").get_attribute("aria-pressed") == "false"
    w.page.keyboard.press("3")
    w.frame.wait_for_selector('[data-testid="view-3d"][aria-pressed="true"]', timeout=10000)
    assert w.errors == []
