"""The `tb-landscape` command.

    tb-landscape demo [--logdir DIR] [--port N] [--no-serve]
    tb-landscape compute CHECKPOINT... --model MODULE:FACTORY --data MODULE:FACTORY --logdir DIR
    tb-landscape connect A B --model MODULE:FACTORY --data MODULE:FACTORY --logdir DIR

`write_demo_logs` writes synthetic landscapes (no training) for the browser tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from typing import List, Optional

import numpy as np


def _demo_landscape(step: int, total: int, lr: float, seed: int):
    """A synthetic landscape that sharpens as training goes on, with a path into its minimum."""
    import tb_landscape as tbl

    t = step / max(total, 1)
    xs, ys = np.linspace(-1, 1, 61), np.linspace(-1, 1, 51)
    X, Y = np.meshgrid(xs, ys)
    rng = np.random.default_rng(seed + step)
    sharp = 1.0 + 6.0 * t * (10 * lr)
    loss = (
        0.1
        + sharp * (X ** 2 + 2.5 * Y ** 2) * (1 - 0.25 * np.cos(4 * X))
        + 0.35 * np.exp(-((X - 0.55) ** 2 + (Y + 0.5) ** 2) / 0.05)
        + 0.01 * rng.standard_normal(X.shape)
    )
    accuracy = 1 / (1 + np.exp(3 * (loss - 1.0)))
    n = step // 10 + 1
    path_steps = np.linspace(0, step, n).astype(np.int64)
    s = path_steps / max(total, 1)
    px, py = -0.8 * np.exp(-4 * s) * np.cos(6 * s), 0.7 * np.exp(-4 * s) * np.sin(6 * s)
    plane = (0.1 + sharp * (px ** 2 + 2.5 * py ** 2)).astype(np.float32)
    trajectory = tbl.Trajectory(steps=path_steps, x=px - px[-1], y=py - py[-1], plane_loss=plane,
                                true_loss=plane + 0.02, residual=np.abs(px) * 0.1)
    return tbl.Landscape(
        values=np.stack([loss, accuracy]).astype(np.float32), xs=xs, ys=ys, metric=["loss", "accuracy"],
        x_label="direction 1", y_label="direction 2", x_unit="filter-normalized units",
        y_unit="filter-normalized units", method="random", normalization="filter", seed=seed,
        bn_mode="frozen", data_description="synthetic", frame_id=f"demo-{seed}", trajectory=trajectory,
    )


def write_demo_logs(logdir: str, steps: int = 5, every: int = 100) -> List[str]:
    """Writes synthetic landscapes for two runs; returns the run directories."""
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    import tb_landscape as tbl

    runs = []
    total = steps * every
    for lr in (0.1, 0.01):
        run_dir = os.path.join(logdir, f"lr={lr}")
        writer = EventFileWriter(run_dir)
        for i in range(1, steps + 1):
            step = i * every
            tbl.add_landscape(writer, "train/landscape", _demo_landscape(step, total, lr, seed=0), global_step=step)
            alphas = np.linspace(-1, 2, 121)
            curve = (alphas ** 2 * (alphas - 1) ** 2 * 4 * (1 + 10 * lr * i / steps) + 0.05).astype(np.float32)
            tbl.add_landscape(writer, "train/landscape_1d", tbl.Landscape(
                values=curve, xs=alphas, metric="loss", x_label="alpha", x_unit="interpolation coefficient",
                method="interpolate"), global_step=step)
        writer.close()
        runs.append(run_dir)
    return runs


def _launch(logdir: str, port: int) -> str:
    """Starts TensorBoard on 127.0.0.1 in this process (its own threads); returns its URL."""
    from tensorboard import program

    tb = program.TensorBoard()
    argv = [None, "--logdir", logdir, "--host", "127.0.0.1", "--port", str(port)]
    tb.configure(argv=argv)
    try:
        url = tb.launch()
    except program.TensorBoardPortInUseError:
        tb.configure(argv=argv[:-1] + ["0"])
        url = tb.launch()
    return url


def _wait_forever() -> None:
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("stopped")


def view_url(url: str, run: str, tag: str) -> str:
    """The tab's URL opened on `run` and `tag` (the hash keys the tab reads, URI-encoded)."""
    from urllib.parse import quote

    return f"{url}#landscape&p.landscape.run={quote(run, safe='')}&p.landscape.tag={quote(tag, safe='')}"


def _demo(args) -> int:
    """`tb-landscape demo`: serves TensorBoard (unless --no-serve) and trains the runs; Ctrl-C
    stops either cleanly (what was logged stays), exit status 130."""
    from tb_landscape.integrations.demo import connect_command, run_demo

    os.makedirs(args.logdir, exist_ok=True)
    url = None
    shown = []

    def show(run: str, tag: str) -> None:
        shown.append(view_url(url, run, tag))
        print(f"\nopen {shown[0]}\n(the optimizer's path on the PCA plane of run {run}; other runs, tags and "
              "views are in the tab)", file=sys.stderr, flush=True)

    try:
        if not args.no_serve:
            url = _launch(args.logdir, args.port)
            print(f"TensorBoard is serving {args.logdir} at {url} (Ctrl-C stops it); the demo's first "
                  "landscapes appear in ~15 s", flush=True)
        runs = run_demo(args.logdir, on_first_record=None if args.no_serve else show)
        for run in runs:
            print(f"wrote {run}")
        if len(runs) >= 2:
            print(f"the paths between two runs' final weights (~5 min): {connect_command(args.logdir)}", flush=True)
    except KeyboardInterrupt:
        print(f"\nstopped (Ctrl-C): what was logged is in {args.logdir}", file=sys.stderr, flush=True)
        return 130
    if not args.no_serve:
        print(f"done: {shown[0] if shown else url + '#landscape'} (Ctrl-C to stop)", flush=True)
        _wait_forever()
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    from tb_landscape.integrations import offline  # imports no torch

    parser = argparse.ArgumentParser(prog="tb-landscape", description="Loss landscapes in TensorBoard.")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="train small CNNs on digits, log landscapes live, start TensorBoard")
    demo.add_argument("--logdir", default="tb_landscape_demo", help="where to write (default: %(default)s)")
    demo.add_argument("--port", type=int, default=6006, help="TensorBoard port (default: %(default)s; a free one if taken)")
    demo.add_argument("--no-serve", action="store_true", help="only write the logs")
    compute = sub.add_parser("compute", help="landscapes, the path and its PCA plane from a finished run's checkpoints",
                             description=offline.__doc__.split("\n\n")[0])
    offline.build_parser(compute)
    from tb_landscape.integrations import connect as connect_cli  # imports no torch

    connect = sub.add_parser("connect", help="paths between two trained models (straight, aligned, curved) and "
                             "their loss barriers", description=connect_cli.__doc__.split("\n\n")[0])
    connect_cli.build_parser(connect)
    args = parser.parse_args(argv)

    if args.command == "demo":
        if not 0 <= args.port < 65536:
            parser.error(f"--port must be in 0..65535, got {args.port}")
        return _demo(args)
    elif args.command == "compute":
        try:
            logdir = offline.run(args)
        except ValueError as e:
            compute.error(str(e))
        print(f"wrote {logdir}")
    elif args.command == "connect":
        try:
            paths = connect_cli.run(args)
        except ValueError as e:
            connect.error(str(e))
        print(connect_cli.summary_table(paths))
        print(f"wrote {args.logdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
