import os

import pytest

from tbserver import TensorBoardServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTIFACTS = os.path.join(ROOT, "test-artifacts")

LOADERS = {"rust": True, "python": False}


@pytest.fixture(params=sorted(LOADERS))
def load_fast(request):
    """Runs a test under the Rust data server and under the Python loader."""
    return LOADERS[request.param]


@pytest.fixture
def artifacts_dir():
    os.makedirs(ARTIFACTS, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def tensorboard_server():
    """A factory: tensorboard_server(logdir, load_fast=..., extra_args=...) started; stopped after."""
    servers = []

    def start(logdir, load_fast=True, extra_args=()):
        server = TensorBoardServer(logdir, load_fast=load_fast, extra_args=extra_args).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium (Playwright), one per test module."""
    sync_api = pytest.importorskip("playwright.sync_api")
    from landscape_tab import launch

    with sync_api.sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def open_tab(browser):
    """A factory: open_tab(url, hash_extra="", dark=False) -> landscape_tab.Tab; closed after."""
    from landscape_tab import Tab

    tabs = []

    def open_(url, **kwargs):
        tab = Tab(browser, url, **kwargs)
        tabs.append(tab)
        return tab

    yield open_
    for tab in tabs:
        tab.close()
