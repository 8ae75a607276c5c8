"""The full viewer in a real browser (headless Debian Chromium with WebGL on SwiftShader,
driven by Playwright) against a real TensorBoard: every view draws pixels, the slider and
play change the picture, compare and difference views, export downloads valid files,
the selection survives a reload through the URL, the keyboard works, a live append shows
the new-data indicator without moving the slider. Screenshots go to test-artifacts/.
"""

import csv
import io
import json
import os
import shutil

import numpy as np
import pytest

import tb_landscape as tbl
from tb_landscape.cli import write_demo_logs

from writers import open_writer

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# No GPU here: WebGL still runs on SwiftShader (Chromium's software rasteriser), while
# --disable-gpu keeps 2D canvases on the fast CPU path (with ANGLE/SwiftShader for
# everything, a 101x101 heatmap redraw took ~400 ms instead of ~15 ms).
WEBGL_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--no-first-run", "--disable-quic"]
TAG = "train/landscape"
POLL_MS = 400


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is required: apt-get install -y chromium (scripts/test does it)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=WEBGL_ARGS)
        yield b
        b.close()


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


class Viewer:
    """The Landscape tab of one page: its iframe, and the errors its frames logged."""

    def __init__(self, browser, url, hash_extra="", dark=False):
        self.errors = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 1100}, accept_downloads=True,
                                     color_scheme="dark" if dark else "light")
        self.page.add_init_script(f"window.__TBL_POLL_MS = {POLL_MS};")
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.open(url + "/#landscape" + hash_extra)

    def open(self, url):
        self.page.goto(url)
        self.attach()

    def attach(self):
        self.frame = None
        for _ in range(240):  # TensorBoard adds the plugin's iframe once its app has loaded
            self.frame = next((f for f in self.page.frames if "plugin_entry" in f.url), None)
            if self.frame is not None:
                break
            self.page.wait_for_timeout(250)
        assert self.frame is not None, "the Landscape tab's iframe never appeared"
        self.frame.wait_for_selector('[data-testid="status"]', state="attached", timeout=60000)

    def q(self, testid):
        return self.frame.locator(f'[data-testid="{testid}"]').first

    def wait_ready(self, step=None, timeout=60000):
        sel = '[data-testid="status"][data-state="ready"]'
        if step is not None:
            sel += f'[data-step="{step}"]'
        self.frame.wait_for_selector(sel, timeout=timeout)

    def show(self, run, tag=TAG, step=None):
        self.q("run-select").select_option(run)
        self.q("tag-select").select_option(tag)
        self.wait_ready(step=step)

    def key(self, key):
        """A key press with the focus on the page, not in a control."""
        self.frame.evaluate("() => document.activeElement && document.activeElement.blur()")
        self.frame.locator("body").press(key)

    def shot(self, testid, name, artifacts_dir):
        return self.q(testid).screenshot(path=os.path.join(artifacts_dir, name))

    def close(self):
        self.page.close()


def pixels(png_bytes):
    from PIL import Image

    im = Image.open(io.BytesIO(png_bytes)).convert("RGB")
    return np.asarray(im), len(im.getcolors(maxcolors=1 << 24))


def drawn(png_bytes, min_colours=50):
    arr, n = pixels(png_bytes)
    return n >= min_colours and arr.std() > 10


def test_2d_views_path_and_hover(browser, server, artifacts_dir):
    v = Viewer(browser, server.url)
    try:
        v.show("lr=0.1", step=500)
        heat = v.shot("heatmap", "viewer-heatmap.png", artifacts_dir)
        assert drawn(heat, 100)
        # The optimizer's path is drawn over the plane: the demo's record has 51 points.
        assert int(v.frame.locator(".tbl-heatmap").first.get_attribute("data-path-points")) > 10
        # Hover: the read-out names every metric of the point under the cursor.
        box = v.q("heatmap").bounding_box()
        v.page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.4)
        v.page.wait_for_timeout(200)
        readout = v.q("readout").inner_text()
        assert "loss" in readout and "accuracy" in readout, readout
        v.page.screenshot(path=os.path.join(artifacts_dir, "viewer-2d.png"))
        assert v.errors == []
    finally:
        v.close()


def test_3d_surface_draws_and_keeps_its_camera_across_steps(browser, server, artifacts_dir):
    v = Viewer(browser, server.url)
    try:
        v.show("lr=0.1", step=500)
        v.key("3")
        v.frame.wait_for_selector('[data-testid="surface"]', timeout=30000)
        v.page.wait_for_timeout(500)
        png = v.shot("surface", "viewer-3d.png", artifacts_dir)
        assert drawn(png, 100), "3D surface looks blank"
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
    finally:
        v.close()


def test_1d_view_of_a_plane_and_of_a_curve(browser, server, artifacts_dir):
    v = Viewer(browser, server.url)
    try:
        v.show("lr=0.1", step=500)
        v.key("1")
        v.frame.wait_for_selector('[data-testid="curve"]', timeout=30000)
        png = v.shot("curve", "viewer-1d-slices.png", artifacts_dir)
        arr, _ = pixels(png)
        assert (arr.min(axis=2) < 200).mean() > 0.005, "no curve drawn"
        assert int(v.frame.locator(".tbl-curve").first.get_attribute("data-series")) >= 2  # a slice along each direction
        v.show("lr=0.01", "train/landscape_1d", step=500)
        png = v.shot("curve", "viewer-1d.png", artifacts_dir)
        arr, _ = pixels(png)
        assert (arr.min(axis=2) < 200).mean() > 0.005
        assert v.errors == []
    finally:
        v.close()


def test_slider_and_play_change_the_picture(browser, server, artifacts_dir):
    v = Viewer(browser, server.url)
    try:
        v.show("lr=0.1", step=500)
        at500 = v.shot("heatmap", "viewer-step500.png", artifacts_dir)
        slider = v.q("step-slider")
        slider.focus()
        slider.press("Home")
        v.wait_ready(step=100)
        at100 = v.shot("heatmap", "viewer-step100.png", artifacts_dir)
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
    finally:
        v.close()


def test_compare_tiles_and_difference_map(browser, server, artifacts_dir):
    v = Viewer(browser, server.url)
    try:
        v.show("lr=0.1", step=500)
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
        png = v.shot("compare", "viewer-compare.png", artifacts_dir)
        assert drawn(png, 100)
        # One shared colour scale: every tile's colour bar has the same domain.
        domains = v.frame.locator('[data-testid="compare"] [data-testid="colorbar"]').evaluate_all(
            "els => els.map(e => e.dataset.domain)")
        assert len(domains) >= 2 and len(set(domains)) == 1, domains
        v.page.screenshot(path=os.path.join(artifacts_dir, "viewer-compare-tab.png"))
        assert v.errors == []
    finally:
        v.close()


def test_export_downloads_valid_files(browser, server, artifacts_dir):
    v = Viewer(browser, server.url)
    try:
        v.show("lr=0.1", step=500)
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
    finally:
        v.close()


def test_selection_survives_reload_through_the_url(browser, server, artifacts_dir):
    v = Viewer(browser, server.url)
    try:
        v.show("lr=0.01", step=500)
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
    finally:
        v.close()


def test_live_append_keeps_the_slider_and_shows_the_indicator(browser, server, artifacts_dir):
    v = Viewer(browser, server.url)
    try:
        v.show("lr=0.01", step=500)
        v.q("step-slider").focus()
        v.q("step-slider").press("ArrowLeft")
        v.wait_ready(step=400)
        before = v.shot("heatmap", "viewer-live-before.png", artifacts_dir)
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
        assert v.shot("heatmap", "viewer-live-after.png", artifacts_dir) == before
        indicator.click()
        v.wait_ready(step=900)
        w.close()
        assert v.errors == []
    finally:
        v.close()


def test_junk_in_the_url_is_ignored_not_fatal(browser, server, artifacts_dir):
    junk = ("&p.landscape.run=no-such-run&p.landscape.step=abc&p.landscape.view=zzz&p.landscape.scale=cubic"
            "&p.landscape.clip=x,%7B&p.landscape.compare=%5Bnot-json&p.landscape.diff=%7B%22kind%22%3A1%7D"
            "&p.landscape.metric=%3Cb%3E")
    v = Viewer(browser, server.url, hash_extra=junk)
    try:
        v.wait_ready()  # falls back to the first run, its latest step, the 2D view
        assert v.q("run-select").input_value() in ("lr=0.01", "lr=0.1")
        assert v.q("heatmap").is_visible()
        assert v.errors == []
    finally:
        v.close()
