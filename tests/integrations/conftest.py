"""Integration tests run torch on one intra-op thread.

On a shared 2-core machine two OpenMP threads per process are up to 10x slower than one as
soon as other processes compete for the cores (a thread that loses its core stalls every
parallel region). One thread keeps the suite's time predictable; nothing the tests check
depends on the thread count (bit-identity compares two runs with the same count).
"""

import pytest
import torch


@pytest.fixture(autouse=True, scope="session")
def _one_torch_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
