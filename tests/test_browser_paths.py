"""Paths between two models in a real browser (headless Debian Chromium, Playwright) against a
real TensorBoard: what `tb-landscape connect` writes (run here on two tiny MLPs, a few seconds),
opened on `connect/linear` with the 1D view's Overlay "other paths": the three paths on one
axis (a 1D record of another method under the same prefix left out), named in the legend with their barriers, each barrier marked where the engine found it,
and the choice kept through a reload. Screenshots go to test-artifacts/.
"""

import os
import urllib.parse

import numpy as np
import pytest
import torch

import tb_landscape as tbl
from writers import open_writer

RUN = "connect"
TAGS = ("connect/linear", "connect/aligned", "connect/curve")
OTHER = "connect/random_1d"


def tiny_mlp():
    """The model factory of the test's `tb-landscape connect` (`--model test_browser_paths:tiny_mlp`)."""
    return torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.ReLU(), torch.nn.Linear(16, 3))


def tiny_data():
    """64 points of three classes in 4 dimensions (`--data test_browser_paths:tiny_data`)."""
    g = torch.Generator().manual_seed(0)
    x = torch.randn(64, 4, generator=g)
    return x, x[:, :3].argmax(1)


def _trained(seed, path):
    torch.manual_seed(seed)
    model = tiny_mlp()
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    x, y = tiny_data()
    for _ in range(60):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    torch.save(model.state_dict(), path)
    return path


@pytest.fixture(scope="module")
def connected(tmp_path_factory):
    """A TensorBoard on what `tb-landscape connect` wrote, and the engine's paths (name -> PathLoss)."""
    from tb_landscape.integrations.connect import build_parser, run
    from tbserver import TensorBoardServer

    root = tmp_path_factory.mktemp("paths")
    a, b = _trained(1, str(root / "a.pt")), _trained(2, str(root / "b.pt"))
    logdir = root / "logs"
    args = build_parser().parse_args([a, b, "--model", "test_browser_paths:tiny_mlp", "--data", "test_browser_paths:tiny_data",
                                      "--logdir", str(logdir / RUN), "--points", "11", "--curve-steps", "30", "--no-progress"])
    paths = run(args)
    assert sorted(paths) == sorted(t.split("/")[1] for t in TAGS)
    # A 1D record of another kind under the same prefix: not a path, never overlaid.
    w = open_writer("event_file_writer", str(logdir / RUN))
    tbl.add_landscape(w, OTHER, tbl.Landscape(values=np.linspace(0, 9, 11, dtype=np.float32), xs=np.linspace(-1, 1, 11),
                                               method="random"), global_step=0)
    w.close()
    srv = TensorBoardServer(str(logdir), load_fast=True).start()
    for tag in TAGS + (OTHER,):
        srv.wait_for_steps(RUN, tag, 1)
    yield srv, paths
    srv.stop()


def _marks(tab):
    return tab.frame.evaluate("""() => [...document.querySelectorAll('[data-testid="barrier-marker"]')]
        .map(m => [m.dataset.path, Number(m.dataset.barrier), Number(m.dataset.tPeak)])""")


def _wait_paths(tab, n=3):
    tab.frame.wait_for_selector(f'.tbl-curve[data-series="{n}"][data-barriers="{n}"]', timeout=30000)
    tab.wait_ready()


def test_the_paths_are_drawn_on_one_axis_with_their_barriers(open_tab, connected, artifacts_dir):
    srv, paths = connected
    tab = open_tab(srv.url, hash_extra="&p.landscape.run=connect&p.landscape.tag=" + urllib.parse.quote("connect/linear", safe=""))
    tab.wait_ready(step=0)
    select = tab.q("overlay-select")
    values = select.evaluate("s => [...s.options].map(o => o.value)")
    assert "paths" in values, values
    select.select_option("paths")
    _wait_paths(tab)
    assert tab.frame.locator('[data-testid="curve"]').count() == 1  # one axis
    assert len(tab.frame.locator('[data-testid="curve"] path.tbl-curve-series').all()) == 3
    assert tab.frame.locator('[data-testid="barrier-chord"]').count() == 3
    marks = _marks(tab)
    assert [m[0] for m in marks] == ["linear", "aligned", "curve"]  # the selected path first, then in order
    for name, height, t_peak in marks:
        ref = paths[name]
        assert height == pytest.approx(ref.barrier, rel=1e-3, abs=1e-4), name  # float32 record vs float64
        assert t_peak == pytest.approx(ref.t_peak, abs=1e-6), name
    legend = tab.q("legend").inner_text()
    for name in ("linear", "aligned", "curve"):
        text = f"{name} · barrier {float(f'{paths[name].barrier:.3g}'):g} at t={paths[name].t_peak:.2f}"
        assert text in legend, (text, legend)
    tab.page.screenshot(path=os.path.join(artifacts_dir, "tab-paths.png"))
    assert "p.landscape.overlay=paths" in tab.page.url, tab.page.url

    # The choice survives a reload, and the view comes back with the three paths.
    tab.page.reload()
    tab.attach()
    _wait_paths(tab)
    assert tab.q("overlay-select").input_value() == "paths"
    assert len(_marks(tab)) == 3
    # Another path of the family as the selected tag: it comes first, the others overlaid.
    tab.q("tag-select").select_option("connect/curve")
    tab.frame.wait_for_function("""() => { const m = document.querySelector('[data-testid="barrier-marker"]');
        return m && m.dataset.path === 'curve' && document.querySelectorAll('[data-testid="barrier-marker"]').length === 3; }""",
                                timeout=30000)
    tab.q("overlay-select").select_option("none")
    tab.frame.wait_for_selector('.tbl-curve[data-series="1"][data-barriers="0"]', timeout=30000)
    assert tab.errors == []
