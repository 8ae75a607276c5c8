"""The Landscape tab in headless Debian Chromium, driven by Playwright: the one place that
knows how to launch the browser and find the tab's iframe inside TensorBoard's page.
"""

import io
import os
import shutil

import numpy as np

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# No GPU here: WebGL still runs on SwiftShader (Chromium's software rasteriser), while
# --disable-gpu keeps 2D canvases on the fast CPU raster path (with ANGLE/SwiftShader for
# everything, a 101x101 heatmap redraw took ~400 ms instead of ~15 ms).
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-quic"]
TAG = "train/landscape"
POLL_MS = 400


class Tab:
    """The Landscape tab of one page: its iframe, and the errors its frames logged."""

    def __init__(self, browser, url, hash_extra="", dark=False, poll_ms=POLL_MS):
        self.errors = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 1100}, accept_downloads=True,
                                     color_scheme="dark" if dark else "light")
        self.page.add_init_script(f"window.__TBL_POLL_MS = {poll_ms};")
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.page.goto(url + "/#landscape" + hash_extra)
        self.attach()

    def attach(self):
        """Finds the tab's iframe (again, after a reload)."""
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

    def show(self, run, tag=None, step=None):
        """Selects run (and tag) and waits until `step` is drawn."""
        self.q("run-select").select_option(run)
        if tag is not None:
            self.q("tag-select").select_option(tag)
        self.wait_ready(step=step)

    def key(self, key):
        """A key press with the focus on the page, not in a control."""
        self.frame.evaluate("() => document.activeElement && document.activeElement.blur()")
        self.frame.locator("body").press(key)

    def shot(self, testid, path):
        """A screenshot of the element `testid`, saved at `path`; returns the PNG bytes."""
        return self.q(testid).screenshot(path=path)

    def close(self):
        self.page.close()


def launch(playwright):
    if not os.path.exists(CHROMIUM):
        raise RuntimeError("Debian's chromium is required: apt-get install -y chromium (scripts/test does it)")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)


def pixels(png_bytes):
    """(H x W x 3 array, number of distinct colours) of a PNG."""
    from PIL import Image

    im = Image.open(io.BytesIO(png_bytes)).convert("RGB")
    return np.asarray(im), len(im.getcolors(maxcolors=1 << 24))


def drawn(png_bytes, min_colours=50):
    """Whether a picture has content: many colours, not one flat tone."""
    arr, n = pixels(png_bytes)
    return n >= min_colours and arr.std() > 10
