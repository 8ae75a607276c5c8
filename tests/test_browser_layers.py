"""The Layers and Spectrum views in a real browser (headless Debian Chromium, Playwright)
against a real TensorBoard: a sensitivity tag opens the Layers view (bars of the chosen step,
group x step heatmap), a spectrum tag the Spectrum view (density curve, step x eigenvalue
heatmap, top eigenvalue beside it); pixels are drawn, hovering reads values out, the step
slider (and a click on a heatmap) drives them, their options survive a reload through the URL,
and dark mode stays readable. Screenshots go to test-artifacts/.
"""

import json
import os

import pytest

from landscape_tab import drawn
from writers import write_layers

STEPS = (0, 100, 200, 300)
LAYERS = "layers"
SPECTRUM = "spectrum"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tbserver import TensorBoardServer

    logdir = tmp_path_factory.mktemp("layers_logs")
    write_layers(str(logdir / "run"), LAYERS, SPECTRUM, steps=STEPS)
    srv = TensorBoardServer(str(logdir), load_fast=True).start()
    srv.wait_for_steps("run", LAYERS, len(STEPS))
    srv.wait_for_steps("run", SPECTRUM, len(STEPS))
    yield srv
    srv.stop()


def _hash(tag, extra=""):
    return f"&p.landscape.run=run&p.landscape.tag={tag}{extra}"


def _heat_x(width):
    """x of the first heatmap column of the Layers canvas (render/layers.ts `layout`)."""
    label = min(170, max(70, width * 0.16))
    bars = max(120, (width - label - 90) * 0.4)
    return label + bars + 24 + 3


def test_layers_view_draws_reads_out_and_follows_the_slider(open_tab, server, artifacts_dir):
    tab = open_tab(server.url, hash_extra=_hash(LAYERS))
    tab.wait_ready(step=300)
    canvas = tab.q("layers-canvas")
    assert drawn(canvas.screenshot(path=os.path.join(artifacts_dir, "layers.png")))
    for hidden in ("view-switch", "clip", "style-select"):
        assert not tab.q(hidden).is_visible(), hidden
    assert "step 300" in tab.q("title").inner_text()
    canvas.hover(position={"x": 20, "y": 32})  # the first group's row
    tab.frame.wait_for_function("() => document.querySelector('[data-testid=layers-readout]').textContent.includes('conv1')")
    text = tab.q("layers-readout").inner_text()
    assert "step 300" in text and "trace" in text and "±" in text, text
    # the slider drives the bars: step 100
    tab.frame.evaluate("() => window.__TBL_APP.setStep(100)")
    tab.wait_ready(step=100)
    assert "step 100" in tab.q("title").inner_text()
    # a click on the heatmap's first column picks step 0
    canvas.click(position={"x": _heat_x(canvas.bounding_box()["width"]), "y": 32})
    tab.wait_ready(step=0)
    tab.page.wait_for_function("() => location.hash.includes('p.landscape.step=0')")
    # export: the chart as a titled PNG, the series as JSON (no CSV for charts)
    assert tab.q("export-csv").is_disabled()
    with tab.page.expect_download() as info:
        tab.q("export-png").click()
    path = os.path.join(artifacts_dir, "layers-export.png")
    info.value.save_as(path)
    assert info.value.suggested_filename.endswith(".png") and drawn(open(path, "rb").read())
    with tab.page.expect_download() as info:
        tab.q("export-json").click()
    info.value.save_as(path + ".json")
    assert json.load(open(path + ".json"))["steps"] == list(STEPS)
    assert tab.errors == []


def test_layers_options_survive_a_reload_through_the_url(open_tab, server):
    tab = open_tab(server.url, hash_extra=_hash(LAYERS))
    tab.wait_ready(step=300)
    tab.q("measure-select").select_option("top_eigenvalue")
    tab.q("scale-select").select_option("log")
    tab.wait_ready(step=300)
    tab.page.wait_for_function("() => location.hash.includes('measure=top_eigenvalue') && location.hash.includes('scale=log')")
    tab.page.reload()
    tab.attach()
    tab.wait_ready(step=300)
    assert tab.q("measure-select").input_value() == "top_eigenvalue"
    assert tab.q("scale-select").input_value() == "log"
    tab.q("layers-canvas").hover(position={"x": 20, "y": 32})
    tab.frame.wait_for_function("() => document.querySelector('[data-testid=layers-readout]').textContent.includes('top eigenvalue')")
    assert tab.errors == []


def test_spectrum_view_draws_reads_out_and_keeps_its_option(open_tab, server, artifacts_dir):
    tab = open_tab(server.url, hash_extra=_hash(SPECTRUM, "&p.landscape.step=100"))
    tab.wait_ready(step=100)
    canvas = tab.q("spectrum-canvas")
    assert drawn(canvas.screenshot(path=os.path.join(artifacts_dir, "spectrum.png")))
    assert tab.q("top-eigenvalue").inner_text() == "top eigenvalue: 9"  # the largest outlier
    canvas.hover(position={"x": 110, "y": 80})
    tab.frame.wait_for_function("() => document.querySelector('[data-testid=spectrum-readout]').textContent.includes('density')")
    assert "step 100 · eigenvalue" in tab.q("spectrum-readout").inner_text()
    tab.q("show-outliers").uncheck()
    tab.page.wait_for_function("() => location.hash.includes('outliers=0')")
    tab.page.reload()
    tab.attach()
    tab.wait_ready(step=100)
    assert not tab.q("show-outliers").is_checked()
    assert tab.errors == []


def _luminance(css):
    import re

    r, g, b = (int(v) / 255 for v in re.findall(r"\d+", css)[:3])
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_dark_mode_stays_readable(open_tab, server, artifacts_dir):
    for tag, testids in ((LAYERS, ("title", "layers-readout", "measure-select")),
                         (SPECTRUM, ("title", "spectrum-readout", "top-eigenvalue"))):
        tab = open_tab(server.url, dark=True, hash_extra=_hash(tag))
        tab.wait_ready(step=300)
        bg = tab.frame.evaluate("() => getComputedStyle(document.body).backgroundColor")
        assert _luminance(bg) < 0.05, bg
        for testid in testids:
            colour = tab.q(testid).evaluate("e => getComputedStyle(e).color")
            la, lb = sorted((_luminance(colour), _luminance(bg)), reverse=True)
            assert (la + 0.05) / (lb + 0.05) >= 4.5, (tag, testid, colour, bg)
        tab.page.screenshot(path=os.path.join(artifacts_dir, f"{tag}-dark.png"))
        # the canvas draws its text in the theme's light foreground: bright pixels on the dark page
        arr = __import__("landscape_tab").pixels(tab.q(f"{tag}-canvas").screenshot())[0]
        assert (arr.min(axis=2) > 200).mean() > 0.001
        assert tab.errors == []
