"""One rank of the two-process gloo test (launched like `torchrun` would, from env vars).

Writes rank_<r>.npz into the directory given as argv[1]: the sharded landscape (DDP model),
a single-process landscape of the same model on the same rank, and a sharded PCA trajectory.
"""

from __future__ import annotations

import copy
import os
import sys

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
from engine_helpers import CNN, digits_data, accuracy, settle, sgd_checkpoints  # noqa: E402

import tb_landscape.engine as E  # noqa: E402


def main(out_dir: str) -> None:
    torch.set_num_threads(1)
    dist.init_process_group("gloo")
    rank = dist.get_rank()
    torch.manual_seed(2)
    x, y = digits_data(128)
    model = settle(CNN(), x).eval()
    ddp = torch.nn.parallel.DistributedDataParallel(model)
    kw = dict(resolution=(5, 4), metrics={"accuracy": accuracy}, seed=3)
    sharded = E.compute_landscape(ddp, F.cross_entropy, (x, y), **kw)
    single = E.compute_landscape(model, F.cross_entropy, (x, y), distributed=False, **kw)
    states = sgd_checkpoints(copy.deepcopy(model), x, y, steps=5, lr=0.1)
    pca = E.compute_landscape(model, F.cross_entropy, (x, y), directions="pca", checkpoints=states, resolution=3)
    pca_single = E.compute_landscape(model, F.cross_entropy, (x, y), directions="pca", checkpoints=states,
                                     resolution=3, distributed=False)
    np.savez(os.path.join(out_dir, f"rank_{rank}.npz"), sharded=sharded.values, single=single.values,
             world=int(sharded.extra["world_size"]), xs=sharded.xs, ys=sharded.ys,
             pca=pca.values, pca_single=pca_single.values,
             true=pca.trajectory.true_loss, true_single=pca_single.trajectory.true_loss,
             plane=pca.trajectory.plane_loss, plane_single=pca_single.trajectory.plane_loss,
             points_here=int(sharded.extra["points_this_rank"]))
    dist.destroy_process_group()


if __name__ == "__main__":
    main(sys.argv[1])
