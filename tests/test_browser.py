"""The Landscape tab in a real browser: headless Debian Chromium, driven by Playwright, against a
real TensorBoard server. Screenshots are saved under test-artifacts/ and checked for drawn pixels.
"""

import io
import os
import shutil

import numpy as np
import pytest

import tb_landscape as tbl
from tb_landscape.cli import write_demo_logs

from writers import open_writer, plane

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TAG = "train/landscape"
HTML_RUN = "<img src=x onerror=window.__xss=1>"
POLL_MS = 400


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is required: apt-get install -y chromium (scripts/test does it)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"])
        yield b
        b.close()


class Tab:
    """The Landscape tab of one page, and the errors its frames logged."""

    def __init__(self, browser, url, dark=False):
        self.errors = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000},
                                     color_scheme="dark" if dark else "light")
        self.page.add_init_script(f"window.__TBL_POLL_MS = {POLL_MS};")
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.page.goto(url + "/#landscape")
        self.frame = None
        for _ in range(240):  # TensorBoard adds the plugin's iframe once its app has loaded
            self.frame = next((f for f in self.page.frames if "plugin_entry" in f.url), None)
            if self.frame is not None:
                break
            self.page.wait_for_timeout(250)
        assert self.frame is not None, "the Landscape tab's iframe never appeared"
        self.frame.wait_for_selector('[data-testid="status"]', state="attached", timeout=60000)

    def show(self, run, tag=None, step=None):
        """Selects run (and tag) and waits until `step` is drawn."""
        self.frame.locator('[data-testid="run-select"]').select_option(run)
        if tag is not None:
            self.frame.locator('[data-testid="tag-select"]').select_option(tag)
        self.wait_ready(step=step)

    def wait_ready(self, step=None, timeout=60000):
        sel = '[data-testid="status"][data-state="ready"]'
        if step is not None:
            sel += f'[data-step="{step}"]'
        self.frame.wait_for_selector(sel, timeout=timeout)

    def shot(self, selector, path):
        return self.frame.locator(selector).first.screenshot(path=path)

    def close(self):
        self.page.close()


def colours(png_bytes):
    from PIL import Image

    im = Image.open(io.BytesIO(png_bytes)).convert("RGB")
    arr = np.asarray(im)
    return arr, len(im.getcolors(maxcolors=1 << 24))


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


def test_heatmap_draws_latest_step(browser, server, artifacts_dir):
    tab = Tab(browser, server.url)
    try:
        tab.show("lr=0.1", TAG, step=500)
        png = tab.shot('[data-testid="heatmap"]', os.path.join(artifacts_dir, "heatmap.png"))
        arr, n = colours(png)
        assert n > 100, f"heatmap looks blank: {n} colours"
        assert arr.std() > 20
        colorbar = tab.frame.locator('[data-testid="colorbar"]').first
        assert colorbar.is_visible() and colorbar.bounding_box()["height"] > 50
        tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-2d.png"))
        assert tab.errors == []
    finally:
        tab.close()


def test_curve_for_1d_tag(browser, server, artifacts_dir):
    tab = Tab(browser, server.url)
    try:
        tab.show("lr=0.01", "train/landscape_1d", step=500)
        png = tab.shot('[data-testid="curve"]', os.path.join(artifacts_dir, "curve.png"))
        arr, n = colours(png)
        assert n > 5 and (arr.min(axis=2) < 200).mean() > 0.005, "no curve drawn"
        tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-1d.png"))
        assert tab.errors == []
    finally:
        tab.close()


def test_nan_cells_marked_and_dark_theme(browser, server, artifacts_dir):
    tab = Tab(browser, server.url, dark=True)
    try:
        tab.show("nan", step=1)
        png = tab.shot('[data-testid="heatmap"]', os.path.join(artifacts_dir, "heatmap-nan-dark.png"))
        arr, n = colours(png)
        assert n > 100
        tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-dark.png"))
        assert tab.errors == []
    finally:
        tab.close()


def test_html_run_name_is_text(browser, server, artifacts_dir):
    tab = Tab(browser, server.url)
    try:
        tab.wait_ready()
        options = tab.frame.locator('[data-testid="run-select"] option').all_text_contents()
        assert HTML_RUN in options
        tab.show(HTML_RUN, step=7)
        tab.page.wait_for_timeout(500)
        assert tab.frame.evaluate("() => window.__xss") is None
        assert tab.frame.locator("img").count() == 0
        assert HTML_RUN in tab.frame.locator("body").inner_text()
        tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-html-run.png"))
    finally:
        tab.close()


def test_live_append_is_drawn(browser, server, artifacts_dir):
    tab = Tab(browser, server.url)
    try:
        tab.show("lr=0.1", TAG, step=500)
        before = tab.shot('[data-testid="heatmap"]', os.path.join(artifacts_dir, "live-before.png"))
        w = open_writer("torch", str(server.logdir_path / "lr=0.1"))
        Z = plane(seed=9).values
        X = np.linspace(-1, 1, Z.shape[1])
        tbl.add_landscape(w, TAG, tbl.Landscape(values=(Z + 3 * X).astype(np.float32),
                                                xs=X, ys=np.linspace(-1, 1, Z.shape[0])), global_step=600)
        w.flush()
        # TensorBoard reloads every second here, the tab polls every POLL_MS.
        tab.wait_ready(step=600, timeout=30000)
        after = tab.shot('[data-testid="heatmap"]', os.path.join(artifacts_dir, "live-after.png"))
        assert after != before
        assert tab.frame.locator('[data-testid="run-select"]').input_value() == "lr=0.1"
        w.close()
        assert tab.errors == []
    finally:
        tab.close()
