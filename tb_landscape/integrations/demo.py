"""The `tb-landscape demo` training runs: a small CNN on scikit-learn's digits.

    from tb_landscape.integrations.demo import run_demo
    runs = run_demo("tb_landscape_demo")        # ~2 minutes on a quiet 2-core CPU

Trains the same small CNN three times, with learning rates 0.05, 0.2 and 0.01 (SGD with
momentum; everything else equal, same seed), logging live with `LandscapeLogger`: landscapes
on a fixed random frame with the path so far, every landscape scalar, the PCA plane of the
path so far every 200 steps (the plane where the path shows: a random plane in ~10k
dimensions is nearly orthogonal to it), per-layer sensitivity (the trace and top eigenvalue
of each layer's Hessian block) and the Hessian's eigenvalue density every 300 steps (the
Layers and Spectrum views), and the training loss and held-out accuracy beside them. Each
run is a
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

__all__ = ["run_demo", "DigitsCNN", "load_digits_tensors", "eval_data", "train_data", "DEMO_LEARNING_RATES",
           "CHECKPOINT_NAME", "connect_command"]

#: lr=0.05 first: its run tells the story (a path that settles into a basin), and the demo
#: points the browser at it as soon as its first PCA plane is written.
DEMO_LEARNING_RATES = (0.05, 0.2, 0.01)
#: SGD momentum of every demo run (logged as a hyperparameter with the learning rate and batch size).
DEMO_MOMENTUM = 0.9
#: Each run's final weights (`model.state_dict()`), beside its event files: `<logdir>/lr=<value>/model.pt`
#: (TensorBoard reads event files only), ready for `tb-landscape connect`.
CHECKPOINT_NAME = "model.pt"


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


def eval_data():
    """(x_eval, y_eval): the demo's held-out data, for `--data tb_landscape.integrations.demo:eval_data`."""
    _, _, x, y = load_digits_tensors()
    return x, y


def train_data():
    """(x_train, y_train): the demo's training data, for `--train-data tb_landscape.integrations.demo:train_data`."""
    x, y, _, _ = load_digits_tensors()
    return x, y


def connect_command(logdir: str, a: float = DEMO_LEARNING_RATES[0], b: float = DEMO_LEARNING_RATES[1]) -> str:
    """The `tb-landscape connect` command on the final weights of the demo's runs `lr=a` and
    `lr=b` in `logdir`, logging into `<logdir>/connect` (README, "Paths between solutions")."""
    import shlex

    ckpt = [shlex.quote(os.path.join(logdir, f"lr={v:g}", CHECKPOINT_NAME)) for v in (a, b)]
    mod = "tb_landscape.integrations.demo"
    return (f"tb-landscape connect {ckpt[0]} {ckpt[1]} --model {mod}:DigitsCNN --data {mod}:eval_data "
            f"--train-data {mod}:train_data --logdir {shlex.quote(os.path.join(logdir, 'connect'))}")


def _accuracy(out, y):
    return (out.argmax(1) == y).float().mean()


def _clear_old_events(run_dir: str) -> None:
    """Removes event files an earlier demo left in `run_dir`, so steps are not logged twice."""
    for f in glob.glob(os.path.join(run_dir, "events.out.tfevents.*")):
        os.remove(f)


def run_demo(logdir: str, learning_rates: Sequence[float] = DEMO_LEARNING_RATES, steps: int = 600,
             every_n_steps: int = 100, resolution: int = 25, batch_size: int = 64, seed: int = 0,
             progress: bool = True, background=False,
             on_first_record: Optional[Callable[[str, str], None]] = None,
             threads: Optional[int] = 1, **logger_options) -> List[str]:
    """Trains one run per learning rate and logs landscapes live; returns the run directories.

    Args:
        logdir: the parent directory; run `lr=<value>` goes to `logdir/lr=<value>` (event
            files an earlier demo left there are removed first).
        learning_rates: one run per value (SGD, momentum 0.9), trained in this order; each
            run's final weights go to `<run dir>/model.pt` (`CHECKPOINT_NAME`), for
            `tb-landscape connect` (see the README, "Paths between solutions").
        steps: optimizer steps per run.
        every_n_steps, resolution: the landscapes' cadence and grid (the 0th step included);
            the PCA plane of the path so far is logged every `2 * every_n_steps` steps (and
            at the end), so the path is in view while the demo trains; per-layer sensitivity
            and the spectrum every `3 * every_n_steps` steps (from step 0), kept cheap: 10
            probes and 5 Lanczos steps per layer, and a 20-step Lanczos density, about 3 s
            per step on the demo CNN (1 thread), ~25 s over the demo's 3 runs.
        batch_size: training batch size.
        seed: the same seed for every run (weights, batches, directions).
        progress: a progress bar on stderr, with an estimate of the time left.
        background: `LandscapeLogger`'s background mode. False: the demo's training is so fast
            (~2 s a run) that a background logger would skip most landscapes; the demo wants
            every one, so it waits for them.
        on_first_record: called once as `on_first_record(run, tag)` when the first PCA plane
            is written (e.g. to print the URL of that view when there is something to see).
        threads: torch's intra-op threads while the demo runs (restored after); None leaves
            them. One thread is the robust choice on a small machine: on 2 cores the demo took
            76 s with 1 thread and 57 s with 2 when the machine was otherwise idle, but 87 s
            against 508 s while other processes kept it busy (two OpenMP threads stall
            whenever one loses its core).
        **logger_options: further `LandscapeLogger` options (override the demo's).

    Cost: on a 2-core CPU about 40 s per run with the defaults (7 landscapes of 625 points
    with every scalar, the path, and 3 PCA planes; training itself takes ~2 s), plus ~8 s for
    the 3 sensitivity and spectrum records, longer when
    other work shares the cores (the progress bar's estimate follows).
    """
    data = load_digits_tensors()
    threads_before = torch.get_num_threads()
    if threads:
        torch.set_num_threads(int(threads))
    pca_every = logger_options.get("pca_every_n_steps", 2 * every_n_steps)
    bar = _DemoProgress(len(learning_rates), steps, every_n_steps, pca_every, enabled=progress)
    runs = []
    first = [on_first_record]
    try:
        for lr in learning_rates:
            run_dir = os.path.join(logdir, f"lr={lr:g}")
            os.makedirs(run_dir, exist_ok=True)
            _clear_old_events(run_dir)
            options = dict(every_n_steps=every_n_steps, resolution=resolution, span=1.0, seed=seed,
                           metrics={"accuracy": _accuracy}, snapshot_every=max(1, every_n_steps // 10),
                           pca_every_n_steps=pca_every, background=background,
                           sensitivity_every_n_steps=3 * every_n_steps, sensitivity_samples=10, sensitivity_iters=5,
                           spectrum_every_n_steps=3 * every_n_steps, spectrum_lanczos_steps=20)
            options.update(logger_options)
            _train_run(run_dir, data, lr, steps, every_n_steps, batch_size, seed, options, bar, first)
            runs.append(run_dir)
    finally:
        bar.close()
        torch.set_num_threads(threads_before)
    return runs


class _DemoProgress:
    """The demo's progress bar: training steps, with the time left estimated from the time
    training steps and landscapes have taken so far (a landscape costs hundreds of steps)."""

    def __init__(self, runs: int, steps: int, every: int, pca_every: Optional[int], enabled: bool):
        from tb_landscape.integrations._progress import ProgressBar

        pcas = steps // pca_every + (steps % pca_every != 0) if pca_every else 1  # + the one of close()
        per_run = steps // every + 1 + pcas
        self.todo = {"step": runs * steps, "landscape": runs * per_run}
        self.done = {"step": 0, "landscape": 0}
        self.spent = {"step": 0.0, "landscape": 0.0}
        self.bar = ProgressBar(runs * steps, "starting", enabled=enabled)

    def add(self, kind: str, count: int, seconds: float) -> None:
        self.done[kind] += count
        self.spent[kind] += seconds

    def eta(self) -> Optional[float]:
        """Seconds left, once a step and a landscape have been timed (else None)."""
        if not all(self.done.values()):
            return None
        return sum(max(self.todo[k] - self.done[k], 0) * self.spent[k] / self.done[k] for k in self.todo)

    def update(self, n: int, label: str) -> None:
        self.bar.update(n, label, eta=self.eta())

    def close(self) -> None:
        self.bar.close()


def _train_run(run_dir: str, data, lr: float, steps: int, every_n_steps: int, batch_size: int, seed: int,
               options: dict, bar: _DemoProgress, first: list) -> None:
    """One demo run: trains the CNN with learning rate `lr`, logging into `run_dir`."""
    from torch.utils.tensorboard import SummaryWriter

    from tb_landscape.integrations.logger import LandscapeLogger

    x_train, y_train, x_eval, y_eval = data
    torch.manual_seed(seed)
    model = DigitsCNN()
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=DEMO_MOMENTUM)
    writer = SummaryWriter(run_dir)
    _log_hparams(writer, {"lr": lr, "batch_size": batch_size, "momentum": DEMO_MOMENTUM})
    logger = LandscapeLogger(writer, model, F.cross_entropy, (x_eval, y_eval), **options)
    g = torch.Generator().manual_seed(seed)
    model.train()
    name = os.path.basename(run_dir)
    for step in range(steps + 1):
        t0 = time.perf_counter()
        if step > 0:
            idx = torch.randint(0, x_train.shape[0], (batch_size,), generator=g)
            opt.zero_grad()
            loss = F.cross_entropy(model(x_train[idx]), y_train[idx])
            loss.backward()
            opt.step()
            if step % 10 == 0:
                writer.add_scalar("train/loss", float(loss.detach()), step)
        if step % every_n_steps == 0:
            writer.add_scalar("eval/accuracy", _eval_accuracy(model, x_eval, y_eval), step)
        bar.add("step", 1 if step > 0 else 0, time.perf_counter() - t0)
        bar.update(1 if step > 0 else 0, f"{name} step {step}/{steps}")
        _log_step(logger, step, bar)
        if first[0] is not None and logger.stats["pca_landscapes"]:
            first[0](name, logger.config.schedule.pca_tag)
            first[0] = None
    bar.update(0, f"{name} PCA plane of the path")
    _log_step(logger, None, bar)
    writer.close()
    torch.save(model.state_dict(), os.path.join(run_dir, CHECKPOINT_NAME))


def _log_hparams(writer, hparams: dict) -> None:
    """Logs `hparams` TF-style (`hparams_pb`) into the run itself.

    torch's `add_hparams` would write them into a child run `<run>/<time>`, a second run in
    TensorBoard's run list for each demo run; `hparams_pb` keeps them in the run, where the
    HParams dashboard and the Landscape tab's Runs view both find them.
    """
    from tensorboard.plugins.hparams.summary_v2 import hparams_pb

    from tb_landscape.summary import _file_writer_of

    _file_writer_of(writer).add_summary(hparams_pb(hparams), 0)


def _eval_accuracy(model: nn.Module, x, y) -> float:
    model.eval()
    with torch.no_grad():
        acc = float(_accuracy(model(x), y))
    model.train()
    return acc


def _log_step(logger, step: Optional[int], bar: _DemoProgress) -> None:
    """`logger.step(step)` (or `logger.close()` for None), timing the landscapes it logs."""
    before = logger.stats["landscapes"] + logger.stats["pca_landscapes"]
    t0 = time.perf_counter()
    if step is None:
        logger.close()
    else:
        logger.step(step)
    logged = logger.stats["landscapes"] + logger.stats["pca_landscapes"] - before
    if logged:
        bar.add("landscape", logged, time.perf_counter() - t0)


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
