"""The Runs view in a real browser (headless Debian Chromium, Playwright) against a real
TensorBoard: one point per run, the axes' choice round-trips through the URL, a hover shows the
run's values, a click opens the run's 2D landscape, dark mode stays readable. Screenshots go to
test-artifacts/.
"""

import os
import time
import urllib.parse

import numpy as np
import pytest

import tb_landscape as tbl

from landscape_tab import TAG
from test_browser_tab import _contrast, _luminance
from writers import open_writer

RUNS = {"lr=0.01": ("adam", 1.5), "lr=0.05": ("sgd", 0.8), "lr=0.2": ("sgd", 0.3)}


def _write_runs(logdir):
    """Three runs with TF-style hparams (lr, batch_size, opt), landscape records at steps 100 and
    200, landscape scalars and a training loss; a fourth run with a loss only."""
    from tensorboard.compat.proto import event_pb2, summary_pb2
    from tensorboard.plugins.hparams.summary_v2 import hparams_pb

    def event(step, summary):
        return event_pb2.Event(wall_time=time.time(), step=step, summary=summary)

    def scalar(tag, value):
        return summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag=tag, simple_value=value)])

    xs = ys = np.linspace(-1, 1, 21)
    X, Y = np.meshgrid(xs, ys)
    for run, (opt, loss) in RUNS.items():
        lr = float(run.split("=")[1])
        w = open_writer("event_file_writer", str(logdir / run))
        w.add_event(event(0, hparams_pb({"lr": lr, "batch_size": 64, "opt": opt})))
        for step in (100, 200):
            final = step == 200
            w.add_event(event(step, scalar("landscape/center_loss", loss * (1 if final else 2))))
            w.add_event(event(step, scalar("landscape/sharpness", 10 * lr)))
            w.add_event(event(step, scalar("train/loss", loss)))
            Z = (loss + X ** 2 + Y ** 2).astype(np.float32)
            tbl.add_landscape(w, TAG, tbl.Landscape(values=Z, xs=xs, ys=ys), global_step=step)
        w.close()
    w = open_writer("event_file_writer", str(logdir / "baseline"))
    w.add_event(event(1, scalar("train/loss", 2.0)))
    w.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tbserver import TensorBoardServer

    logdir = tmp_path_factory.mktemp("runs_logs")
    _write_runs(logdir)
    srv = TensorBoardServer(str(logdir), load_fast=True).start()
    for run in RUNS:
        srv.wait_for_steps(run, TAG, 2)
    srv.wait_for(lambda: all(srv.plugin_json("runs")["runs"].get(r, {}).get("hparams") for r in RUNS), what="hparams")
    yield srv
    srv.stop()


def _hash(**entries):
    return "".join(f"&p.landscape.{k}={urllib.parse.quote(v, safe='')}" for k, v in entries.items())


def _points(tab):
    tab.frame.wait_for_selector('[data-testid="runs-scatter"] circle.tbl-run-point', timeout=30000)
    return tab.frame.evaluate("""() => Object.fromEntries([...document.querySelectorAll('circle.tbl-run-point')]
        .map(c => [c.dataset.run, [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]]))""")


def _point(tab, run):
    return tab.frame.locator(f'circle.tbl-run-point[data-run="{run}"]')


def test_one_point_per_run_and_the_axes_round_trip_through_the_url(open_tab, server, artifacts_dir):
    tab = open_tab(server.url, hash_extra=_hash(view="runs", rx="h:lr", ry="l:center_loss"))
    tab.wait_ready()
    points = _points(tab)
    # The baseline has no lr: not drawn, and said so.
    assert sorted(points) == sorted(RUNS), points
    assert "baseline" in tab.q("runs-message").inner_text()
    assert tab.q("runs-x").input_value() == "h:lr" and tab.q("runs-y").input_value() == "l:center_loss"
    # x: lr on a log axis, left to right; y: the lower the loss, the lower the point.
    assert points["lr=0.01"][0] < points["lr=0.05"][0] < points["lr=0.2"][0]
    assert points["lr=0.2"][1] > points["lr=0.05"][1] > points["lr=0.01"][1]
    tab.page.screenshot(path=os.path.join(artifacts_dir, "runs-view.png"))

    tab.q("runs-y").select_option("s:train/loss")
    tab.q("runs-color").select_option("h:opt")
    tab.q("runs-step").select_option("100")
    tab.page.wait_for_timeout(400)
    url = urllib.parse.unquote(tab.page.url)
    for entry in ("p.landscape.ry=s:train/loss", "p.landscape.rc=h:opt", "p.landscape.rstep=100", "p.landscape.view=runs"):
        assert entry in url, url
    assert tab.q("runs-colorbar").is_visible()
    tab.page.reload()
    tab.attach()
    tab.wait_ready()
    _points(tab)
    assert tab.q("runs-y").input_value() == "s:train/loss"
    assert tab.q("runs-color").input_value() == "h:opt"
    assert tab.q("runs-step").input_value() == "100"
    assert tab.errors == []


def test_hover_shows_the_runs_values_and_a_click_opens_its_landscape(open_tab, server, artifacts_dir):
    tab = open_tab(server.url, hash_extra=_hash(view="runs", rx="h:lr", ry="l:center_loss", rstep="100"))
    tab.wait_ready()
    _points(tab)
    _point(tab, "lr=0.05").hover()
    readout = tab.q("runs-readout")
    readout.wait_for(state="visible")
    text = readout.inner_text()
    assert "lr=0.05" in text and "lr (hparam): 0.05" in text and "opt (hparam): sgd" in text, text
    assert "center_loss (landscape): 1.6" in text, text  # at step 100, not the final 0.8
    assert "batch_size (hparam): 64" in text and "train/loss (scalar): 0.8" in text, text
    tab.page.screenshot(path=os.path.join(artifacts_dir, "runs-hover.png"))

    _point(tab, "lr=0.2").click()
    tab.frame.wait_for_selector(".tbl-view > .tbl-heatmap", timeout=30000)
    tab.wait_ready(step=200)
    assert tab.q("run-select").input_value() == "lr=0.2"
    assert tab.q("view-2d").get_attribute("aria-pressed") == "true"
    assert not tab.q("runs-view").is_visible()
    tab.page.wait_for_timeout(400)
    assert "p.landscape.run=lr%3D0.2" in tab.page.url and "view=runs" not in tab.page.url, tab.page.url
    assert tab.errors == []


def test_dark_mode_stays_readable(open_tab, server, artifacts_dir):
    tab = open_tab(server.url, dark=True, hash_extra=_hash(view="runs", rc="h:lr"))
    tab.wait_ready()
    _points(tab)
    _point(tab, "lr=0.01").hover()
    bg = tab.frame.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert _luminance(bg) < 0.05, bg
    colours = tab.frame.evaluate("""() => {
        const css = (sel, prop) => { const e = document.querySelector(sel); return e ? getComputedStyle(e)[prop] : null; };
        return {
            tick: css('[data-testid=runs-scatter] .tbl-axis text', 'fill'),
            title: css('[data-testid=runs-scatter] .tbl-axis-title', 'fill'),
            readout: css('[data-testid=runs-readout] strong', 'color'),
            values: css('[data-testid=runs-readout] span', 'color'),
            select: css('[data-testid=runs-x]', 'color'),
            colorbar: css('[data-testid=runs-colorbar]', 'color'),
        };
    }""")
    for name, c in colours.items():
        assert c is not None, name
        assert _contrast(c, bg) >= 4.5, (name, c, bg)
    tab.page.screenshot(path=os.path.join(artifacts_dir, "runs-view-dark.png"))
    # The selected run itself (never drawn yet: the page opened on the Runs view), and back.
    assert tab.q("run-select").input_value() == "lr=0.01"
    _point(tab, "lr=0.01").click()
    tab.frame.wait_for_selector(".tbl-view > .tbl-heatmap", timeout=30000)
    tab.wait_ready(step=200)
    assert tab.q("heatmap").is_visible()
    tab.q("view-runs").click()
    assert sorted(_points(tab)) == sorted(RUNS)
    assert tab.q("runs-view").is_visible() and not tab.q("heatmap").is_visible()
    assert tab.errors == []
