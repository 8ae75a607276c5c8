"""Grid points sharded over two gloo processes equal the single-process landscape."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import numpy as np
import pytest
import torch
import torch.nn.functional as F

import tb_landscape.engine as E
from engine_helpers import CNN, digits_data, accuracy, settle

WORKER = os.path.join(os.path.dirname(__file__), "_dist_worker.py")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(not torch.distributed.is_available(), reason="torch.distributed not built")
def test_two_gloo_processes_shard_points_and_gather_the_same_landscape(tmp_path):
    port = _free_port()
    procs = []
    for rank in range(2):
        env = dict(os.environ, MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), RANK=str(rank), WORLD_SIZE="2",
                   LOCAL_RANK=str(rank), PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
        procs.append(subprocess.Popen([sys.executable, WORKER, str(tmp_path)], env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
    for p in procs:
        out, _ = p.communicate(timeout=240)
        assert p.returncode == 0, out.decode()[-3000:]
    r0, r1 = (np.load(tmp_path / f"rank_{r}.npz") for r in range(2))
    assert int(r0["world"]) == 2
    assert int(r0["points_here"]) == int(r1["points_here"]) == 10  # 20 grid points, half each
    for key in ("sharded", "pca", "true", "plane"):
        assert r0[key].tobytes() == r1[key].tobytes(), key  # every rank returns the full result
    assert r0["sharded"].tobytes() == r0["single"].tobytes()  # bit-identical to one process
    assert r0["pca"].tobytes() == r0["pca_single"].tobytes()
    assert r0["true"].tobytes() == r0["true_single"].tobytes()
    assert r0["plane"].tobytes() == r0["plane_single"].tobytes()
    # ... and equal, to float rounding, to a landscape computed here without torch.distributed
    torch.manual_seed(2)
    x, y = digits_data(128)
    model = settle(CNN(), x).eval()
    here = E.compute_landscape(model, F.cross_entropy, (x, y), resolution=(5, 4), metrics={"accuracy": accuracy},
                               seed=3)
    assert np.allclose(here.values, r0["sharded"], rtol=1e-5, atol=1e-6)


def test_distributed_true_without_process_group_is_an_error(mlp, digits):
    with pytest.raises(ValueError, match="torch.distributed is not initialized"):
        E.compute_landscape(mlp, F.cross_entropy, digits, resolution=3, distributed=True)
