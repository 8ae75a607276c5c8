"""The `tb-landscape demo` training runs: a small CNN on scikit-learn's digits.

    from tb_landscape.integrations.demo import run_demo
    runs = run_demo("tb_landscape_demo")        # ~1 minute on a 2-core CPU

Trains the same small CNN three times, with learning rates 0.2, 0.05 and 0.01 (SGD with
momentum; everything else equal, same seed), logging live with `LandscapeLogger`: landscapes
on a fixed random frame with the path so far, every landscape scalar, the PCA plane of the
whole path at the end, and the training loss and held-out accuracy beside them. Each run is a
sub-directory of `logdir` (`lr=0.2`, ...), so TensorBoard shows them as runs to compare.

The data ship inside scikit-learn (`sklearn.datasets.load_digits`: 1797 8x8 images, no
download): the first 1500 train, the other 297 are the held-out evaluation data of every
landscape.
"""

from __future__ import annotations

import glob
import os
import sys
import time
from typing import Callable, List, Optional, Sequence

import torch
import torch.nn.functional as F
from torch import nn

__all__ = ["run_demo", "DigitsCNN", "load_digits_tensors", "DEMO_LEARNING_RATES"]

DEMO_LEARNING_RATES = (0.2, 0.05, 0.01)


def load_digits_tensors():
    """(x_train [1500, 64], y_train, x_eval [297, 64], y_eval): scikit-learn's digits in [0, 1].

    Raises:
        ImportError: saying what to install when scikit-learn is missing.
    """
    try:
        from sklearn.datasets import load_digits
    except ImportError:
        raise ImportError("the demo's data ship with scikit-learn: pip install \"tb-landscape[demo]\" "
                          "(or pip install scikit-learn)") from None

    d = load_digits()
    x = torch.tensor(d.data, dtype=torch.float32) / 16.0
    y = torch.tensor(d.target, dtype=torch.int64)
    return x[:1500], y[:1500], x[1500:], y[1500:]


class DigitsCNN(nn.Module):
    """Two conv+BatchNorm+ReLU blocks and a linear head for 1x8x8 digits (~10k parameters)."""

    def __init__(self, width: int = 16):
        super().__init__()
        self.conv1 = nn.Conv2d(1, width, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, 2 * width, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(2 * width)
        self.fc = nn.Linear(2 * width * 16, 10)

    def forward(self, x):
        x = x.view(-1, 1, 8, 8)
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2)
        return self.fc(torch.flatten(x, 1))


def _accuracy(out, y):
    return (out.argmax(1) == y).float().mean()


def _clear_old_events(run_dir: str) -> None:
    """Removes event files an earlier demo left in `run_dir`, so steps are not logged twice."""
    for f in glob.glob(os.path.join(run_dir, "events.out.tfevents.*")):
        os.remove(f)


def run_demo(logdir: str, learning_rates: Sequence[float] = DEMO_LEARNING_RATES, steps: int = 600,
             every_n_steps: int = 100, resolution: int = 25, batch_size: int = 64, seed: int = 0,
             progress: bool = True, background=False, on_first_record: Optional[Callable[[], None]] = None,
             threads: Optional[int] = 1, **logger_options) -> List[str]:
    """Trains one run per learning rate and logs landscapes live; returns the run directories.

    Args:
        logdir: the parent directory; run `lr=<value>` goes to `logdir/lr=<value>` (event
            files an earlier demo left there are removed first).
        learning_rates: one run per value (SGD, momentum 0.9).
        steps: optimizer steps per run.
        every_n_steps, resolution: the landscapes' cadence and grid (the 0th step included).
        batch_size: training batch size.
        seed: the same seed for every run (weights, batches, directions).
        progress: a progress bar on stderr.
        background: `LandscapeLogger`'s background mode.
        on_first_record: called once, after the first landscape is written (e.g. to print
            the TensorBoard URL only when there is something to see).
        threads: torch's intra-op threads while the demo runs (restored after); None leaves
            them. One thread is the robust choice on a small machine: on 2 cores the demo took
            76 s with 1 thread and 57 s with 2 when the machine was otherwise idle, but 87 s
            against 508 s while other processes kept it busy (two OpenMP threads stall
            whenever one loses its core).
        **logger_options: further `LandscapeLogger` options (override the demo's).

    Cost: on a 2-core CPU about 25 s per run with the defaults (7 landscapes of 625 points
    with every scalar, the path, and the PCA plane at the end; training itself takes ~2 s).
    """
    from tb_landscape.integrations._progress import ProgressBar

    data = load_digits_tensors()
    threads_before = torch.get_num_threads()
    if threads:
        torch.set_num_threads(int(threads))
    bar = ProgressBar(len(learning_rates) * steps, "starting", enabled=progress)
    runs = []
    first = [on_first_record]
    try:
        for lr in learning_rates:
            run_dir = os.path.join(logdir, f"lr={lr:g}")
            os.makedirs(run_dir, exist_ok=True)
            _clear_old_events(run_dir)
            options = dict(every_n_steps=every_n_steps, resolution=resolution, span=1.0, seed=seed,
                           metrics={"accuracy": _accuracy}, snapshot_every=max(1, every_n_steps // 10),
                           background=background)
            options.update(logger_options)
            _train_run(run_dir, data, lr, steps, every_n_steps, batch_size, seed, options, bar, first)
            runs.append(run_dir)
    finally:
        bar.close()
        torch.set_num_threads(threads_before)
    return runs


def _train_run(run_dir: str, data, lr: float, steps: int, every_n_steps: int, batch_size: int, seed: int,
               options: dict, bar, first: list) -> None:
    """One demo run: trains the CNN with learning rate `lr`, logging into `run_dir`."""
    from torch.utils.tensorboard import SummaryWriter

    from tb_landscape.integrations.logger import LandscapeLogger

    x_train, y_train, x_eval, y_eval = data
    torch.manual_seed(seed)
    model = DigitsCNN()
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    writer = SummaryWriter(run_dir)
    logger = LandscapeLogger(writer, model, F.cross_entropy, (x_eval, y_eval), **options)
    g = torch.Generator().manual_seed(seed)
    model.train()
    for step in range(steps + 1):
        if step > 0:
            idx = torch.randint(0, x_train.shape[0], (batch_size,), generator=g)
            opt.zero_grad()
            loss = F.cross_entropy(model(x_train[idx]), y_train[idx])
            loss.backward()
            opt.step()
            if step % 10 == 0:
                writer.add_scalar("train/loss", float(loss.detach()), step)
        if step % every_n_steps == 0:
            model.eval()
            with torch.no_grad():
                acc = float(_accuracy(model(x_eval), y_eval))
            model.train()
            writer.add_scalar("eval/accuracy", acc, step)
        bar.update(1 if step > 0 else 0, f"lr={lr:g} step {step}/{steps}"
                   + (" (landscape)" if step % every_n_steps == 0 else ""))
        logger.step(step)
        if first[0] is not None and logger.stats["landscapes"]:
            first[0]()
            first[0] = None
    bar.update(0, f"lr={lr:g} PCA plane of the path")
    logger.close()
    writer.close()


def main(argv: Optional[Sequence[str]] = None) -> int:
    """`python -m tb_landscape.integrations.demo [LOGDIR]`: the runs only (no server)."""
    args = list(sys.argv[1:] if argv is None else argv)
    logdir = args[0] if args else "tb_landscape_demo"
    t0 = time.perf_counter()
    for run in run_demo(logdir):
        print(f"wrote {run}")
    print(f"{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
