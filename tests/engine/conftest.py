"""Fixtures for the engine tests: small real torch models and digits data.

Models and helpers live in `engine_helpers` (a unique module name, importable in any pytest
import mode); this file only adds its directory to `sys.path` and defines fixtures.
"""

from __future__ import annotations

import os
import sys

import pytest
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine_helpers import CNN, MLP, Decoder, digits_data, settle  # noqa: E402


@pytest.fixture(autouse=True)
def _one_thread():
    """The test models are tiny: one intra-op thread is faster for them, and keeps the suite
    fast when other processes share the CPUs (spinning OpenMP threads multiply CPU time).
    Restored after each test, so that tests elsewhere keep their setting."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def digits():
    return digits_data(128)


@pytest.fixture
def mlp():
    torch.manual_seed(1)
    return MLP()


@pytest.fixture
def cnn(digits):
    torch.manual_seed(2)
    return settle(CNN(), digits[0])


@pytest.fixture
def decoder(digits):
    torch.manual_seed(3)
    return settle(Decoder(), digits[0])
