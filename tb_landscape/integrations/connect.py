"""`tb-landscape connect`: the paths between two trained models, logged as 1D landscapes.

    tb-landscape connect runs/a/final.pt runs/b/final.pt --model mypkg.models:make_model \\
        --data mypkg.data:eval_batch --train-data mypkg.data:train_loader --logdir runs/connect

writes into `--logdir`, at step 0:

- three 1D records (method "interpolate", t from 0 at A to 1 at B, the loss and any metrics):
  `connect/linear` (the straight line from A to B), `connect/aligned` (the straight line from
  A to B with its hidden units permuted to match A: `align_permutations`, weight matching)
  and `connect/curve` (a quadratic Bezier curve from A to B trained on `--train-data`:
  `connect_curve`);
- their barrier heights as scalars: `connect/barrier_linear`, `connect/barrier_aligned`,
  `connect/barrier_curve` (the largest rise of the loss over the straight line between the
  end losses, Frankle et al. 2020).

Each path is its own tag, with its own provenance (BatchNorm mode, how it was made, the barrier
and where it peaks); the tab's 1D view draws them on one axis with each barrier marked (Overlay
"other paths": the tags that share the prefix), and the scalars sit side by side.
An architecture `align_permutations` does not support (not a chain of layers) skips the
aligned path with a warning; `--curve-steps 0` skips the curve.

Checkpoints, `--model`, `--data`, `--train-data` and `--loss` are read as by `tb-landscape
compute`; the evaluation options (`--bn`, `--max-batches`, `--device`, `--precision`,
`--threads`) are generated from the `EvalSpec` fields marked for the command line. By default
the straight lines are evaluated with the interpolated BatchNorm statistics ("frozen") and the
curve with statistics re-estimated at each t on the training data ("recalibrate"); `--bn`
sets both.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import warnings
from typing import Any, Dict, List, Optional, Sequence, Tuple

from tb_landscape.integrations.offline import load_object

__all__ = ["build_parser", "run", "main", "eval_knobs", "PATHS"]

#: The paths, in the order they are computed and logged (tag `<prefix>/<name>`).
PATHS = ("linear", "aligned", "curve")


def eval_knobs() -> List[Tuple[str, dataclasses.Field]]:
    """(name, field) of the `EvalSpec` fields marked for the command line, in spec order."""
    from tb_landscape.specs import EvalSpec

    return [(f.name, f) for f in dataclasses.fields(EvalSpec) if f.metadata.get("cli") is not None]


def build_parser(parser: Optional[argparse.ArgumentParser] = None) -> argparse.ArgumentParser:
    """The arguments of `tb-landscape connect` (added to `parser`, or a new one); no torch."""
    p = parser or argparse.ArgumentParser(prog="tb-landscape connect", description=__doc__.split("\n\n")[0])
    p.add_argument("checkpoints", nargs=2, metavar="CHECKPOINT", help="models A and B: files written by torch.save")
    p.add_argument("--model", required=True, metavar="MODULE:FACTORY", help="function returning the model")
    p.add_argument("--data", required=True, metavar="MODULE:FACTORY", help="function returning the eval data")
    p.add_argument("--train-data", default=None, metavar="MODULE:FACTORY",
                   help="function returning the training data of the curve (default: --data)")
    p.add_argument("--loss", default="torch.nn.functional:cross_entropy", metavar="MODULE:FUNCTION",
                   help="loss_fn(outputs, targets) (default: %(default)s)")
    p.add_argument("--logdir", required=True, help="run directory to write the event file into")
    p.add_argument("--points", type=int, default=31, help="points along each path, >= 2 (default: %(default)s)")
    p.add_argument("--curve-steps", type=int, default=1000,
                   help="training steps of the curve; 0 skips the curve (default: %(default)s)")
    p.add_argument("--curve-lr", type=float, default=0.05, help="SGD learning rate of the curve (default: %(default)s)")
    p.add_argument("--batch-size", type=int, default=128,
                   help="minibatch size of the curve when the training data is one (x, y) pair (default: %(default)s)")
    p.add_argument("--seed", type=int, default=0, help="seed of the curve's t and minibatches and of the "
                                                       "alignment's layer order (default: %(default)s)")
    p.add_argument("--tag-prefix", default="connect", help="prefix of the tags (default: %(default)s)")
    p.add_argument("--trust-checkpoints", action="store_true",
                   help="load checkpoints with torch.load(weights_only=False) (runs code in the file)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    group = p.add_argument_group("evaluation options", "fields of EvalSpec (tb_landscape.specs); unset: each "
                                                       "function's default (bn: 'frozen' on the straight lines, "
                                                       "'recalibrate' on the curve)")
    for name, f in eval_knobs():
        group.add_argument("--" + name.replace("_", "-"), dest=name, default=None,
                           help=f.metadata["help"].replace("%", "%%"), **f.metadata["cli"])
    return p


def _load_models(args: argparse.Namespace) -> Tuple[Any, Any]:
    """Models A and B: the factory's model with each checkpoint loaded."""
    import torch

    from tb_landscape.engine.checkpoints import fit_keys, load_checkpoint, read_checkpoint

    factory = load_object(args.model, "--model")
    models = []
    for path in args.checkpoints:
        model = factory()
        if not isinstance(model, torch.nn.Module):
            raise ValueError(f"--model={args.model!r} returned a {type(model).__name__}, not a torch.nn.Module")
        try:
            state = fit_keys(model, load_checkpoint(read_checkpoint(path, "checkpoint", args.trust_checkpoints),
                                                    "checkpoint"), "checkpoint")
            model.load_state_dict(state, strict=False)
        except (ValueError, RuntimeError) as e:  # (RuntimeError: shapes that do not fit)
            raise ValueError(f"{path}: {e}") from None
        models.append(model.eval())
    return models[0], models[1]


def _check_args(args: argparse.Namespace) -> None:
    if args.points < 2:
        raise ValueError(f"--points={args.points} must be at least 2")
    if args.curve_steps < 0:
        raise ValueError(f"--curve-steps={args.curve_steps} must be >= 0 (0 skips the curve)")


def compute_paths(args: argparse.Namespace, bar: Any) -> Dict[str, Any]:
    """name -> `PathLoss` of each path computed (see `PATHS`), updating the progress `bar`."""
    import tb_landscape as tbl
    from tb_landscape.integrations.logger import LandscapeWarning

    a, b = _load_models(args)
    loss_fn = load_object(args.loss, "--loss")
    data = load_object(args.data, "--data")()
    train = data if args.train_data is None else load_object(args.train_data, "--train-data")()
    options = {name: getattr(args, name) for name, _ in eval_knobs() if getattr(args, name) is not None}
    out: Dict[str, Any] = {}
    out["linear"] = tbl.linear_barrier(a, b, loss_fn, data, args.points, **options)
    bar.update(1, "aligning B to A (weight matching)")
    try:
        b_aligned = tbl.align_permutations(a, b, seed=args.seed)
    except ValueError as e:
        warnings.warn(f"tb_landscape: no aligned path: {e}", LandscapeWarning)
        b_aligned = None
    bar.update(1, "aligned path")
    if b_aligned is not None:
        out["aligned"] = tbl.linear_barrier(a, b_aligned, loss_fn, data, args.points, **options)
    bar.update(1, "training the curve")
    if args.curve_steps:
        curve = tbl.connect_curve(a, b, loss_fn, train, steps=args.curve_steps, lr=args.curve_lr, seed=args.seed,
                                  points=args.points, eval_data=data, batch_size=args.batch_size,
                                  progress=lambda done, total: bar.update(1, f"curve: step {done}/{total}"),
                                  **options)
        out["curve"] = curve.path
    return out


def run(args: argparse.Namespace) -> Dict[str, Any]:
    """Runs `tb-landscape connect` with parsed `args`; returns name -> `PathLoss` logged.

    Raises:
        ValueError: for a bad factory, checkpoint or option, naming it.
    """
    from torch.utils.tensorboard import SummaryWriter

    import tb_landscape as tbl
    from tb_landscape.integrations._progress import ProgressBar

    _check_args(args)
    bar = ProgressBar(args.curve_steps + 4, "linear path", enabled=not args.no_progress)
    try:
        paths = compute_paths(args, bar)
        writer = SummaryWriter(args.logdir)
        try:
            for name in PATHS:
                if name in paths:
                    tbl.add_landscape(writer, f"{args.tag_prefix}/{name}", paths[name].to_landscape(), global_step=0)
                    writer.add_scalar(f"{args.tag_prefix}/barrier_{name}", paths[name].barrier, 0)
        finally:
            writer.close()
        bar.update(1, "done")
    finally:
        bar.close()
    return paths


def summary_table(paths: Dict[str, Any]) -> str:
    """One line per path: its barrier, where it peaks, and the end losses."""
    lines = [f"{'path':<8} {'barrier':>10} {'t_peak':>7} {'loss(A)':>10} {'loss(B)':>10}"]
    for name in PATHS:
        if name in paths:
            p = paths[name]
            lines.append(f"{name:<8} {p.barrier:>10.4f} {p.t_peak:>7.3f} {p.loss[0]:>10.4f} {p.loss[-1]:>10.4f}")
    return "\n".join(lines)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of `tb-landscape connect` (argv without the program and command names)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        paths = run(args)
    except ValueError as e:
        parser.error(str(e))
    print(summary_table(paths))
    print(f"wrote {args.logdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
