"""`tb-landscape compute`: the records of a finished run, from its checkpoints.

    tb-landscape compute runs/exp1/ckpt_*.pt --model mypkg.models:make_model \\
        --data mypkg.data:eval_batch --logdir runs/exp1

writes, through the same `LandscapeLogger` a live run uses, into `--logdir`:

- one landscape per checkpoint on a fixed random frame (drawn at the first checkpoint), with
  the path so far projected onto it (tag `landscape`; `--no-frames` skips them);
- at the end, the PCA plane of all checkpoints around the last one, with the whole path
  (tag `landscape_pca`);
- the landscape scalars (`landscape/...`).

Checkpoints are files written by `torch.save`: a `state_dict`, a dict holding one under
"state_dict" (Lightning), "model_state_dict" or "model", or a whole `nn.Module`. The step of
each comes from its "global_step" or "step" entry, else the last number in its file name,
else its position; they are processed in step order. Files are read by the engine's one
checkpoint loader (`tb_landscape.engine.checkpoints`).

`--model module:factory` names a function returning the (untrained) model; `--data
module:factory` one returning the evaluation data (a batch `(x, y)`, a list of batches or a
DataLoader); `--loss module:function` the loss (default: cross-entropy). The current
directory is importable.

The landscape options (`--resolution`, `--span`, `--dims`, `--seed`, `--normalization`,
`--every-n-steps`, `--max-batches`, `--device`, `--tag`, ...) are generated from the fields of
the specs (`tb_landscape.specs`) marked for the command line, with their help and the
logger's defaults (`--every-n-steps` defaults to 1 here: every checkpoint is a landscape),
and passed to `LandscapeLogger` by name.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import warnings
from typing import Any, Dict, List, Optional, Sequence, Tuple

__all__ = ["main", "build_parser", "run", "load_object", "knob_options", "logger_options"]


def load_object(spec: str, arg: str):
    """`module.path:attribute` -> the attribute (the current directory is importable).

    Raises:
        ValueError: naming `arg` when the spec is malformed, the module does not import, or the
            attribute is missing.
    """
    if not isinstance(spec, str) or spec.count(":") != 1 or not all(spec.split(":")):
        raise ValueError(f"{arg}={spec!r} must look like module.path:name")
    module_name, attr = spec.split(":")
    if os.getcwd() not in sys.path and "" not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        module = importlib.import_module(module_name)
    except Exception as e:
        raise ValueError(f"{arg}={spec!r}: module {module_name!r} does not import: {type(e).__name__}: {e}") from None
    obj = module
    for part in attr.split("."):
        if not hasattr(obj, part):
            raise ValueError(f"{arg}={spec!r}: {module_name!r} has no attribute {attr!r}")
        obj = getattr(obj, part)
    return obj


#: The CLI's own defaults where they differ from the logger's: every checkpoint is a landscape.
_CLI_DEFAULTS = {"every_n_steps": 1}
#: Spec fields marked for the command line that the logger cannot take: its frames are random.
_NOT_ON_CLI = ("method",)


def knob_options() -> List[str]:
    """The names of the spec fields `tb-landscape compute` exposes as `--<name-with-dashes>`
    (those whose metadata has `cli`, see `tb_landscape.specs`), in spec order."""
    from tb_landscape.integrations._options import cli_fields

    return [name for name, _, _ in cli_fields(exclude=_NOT_ON_CLI)]


def _add_knobs(parser: argparse.ArgumentParser) -> None:
    """One option per spec field marked for the command line: its argparse arguments, help
    and (the logger's, or the CLI's own) default come from the field."""
    from tb_landscape.integrations._options import cli_fields

    group = parser.add_argument_group("landscape options", "fields of the specs (tb_landscape.specs), passed to "
                                                            "LandscapeLogger by name")
    for name, f, default in cli_fields(exclude=_NOT_ON_CLI):
        kwargs = dict(f.metadata["cli"])
        if default is None and kwargs.get("choices") and "none" in kwargs["choices"]:
            default = "none"
        help_text = f.metadata["help"].replace("%", "%%") + " (default: %(default)s)"
        group.add_argument("--" + name.replace("_", "-"), dest=name, default=_CLI_DEFAULTS.get(name, default),
                           help=help_text, **kwargs)


def build_parser(parser: Optional[argparse.ArgumentParser] = None) -> argparse.ArgumentParser:
    """The arguments of `tb-landscape compute` (added to `parser`, or a new one). Imports no
    torch (the specs are torch-free): `tb-landscape --help` stays fast."""
    p = parser or argparse.ArgumentParser(prog="tb-landscape compute",
                                          description="Landscapes, the path and its PCA plane from checkpoints.")
    p.add_argument("checkpoints", nargs="+", metavar="CHECKPOINT", help="files written by torch.save")
    p.add_argument("--model", required=True, metavar="MODULE:FACTORY", help="function returning the model")
    p.add_argument("--data", required=True, metavar="MODULE:FACTORY", help="function returning the eval data")
    p.add_argument("--loss", default="torch.nn.functional:cross_entropy", metavar="MODULE:FUNCTION",
                   help="loss_fn(outputs, targets) (default: %(default)s)")
    p.add_argument("--logdir", required=True, help="run directory to write the event file into")
    p.add_argument("--no-frames", action="store_true", help="only the PCA plane, no landscape per checkpoint")
    p.add_argument("--scalars", default=None,
                   help="comma-separated scalars to log (center_loss, curvature, basin_width, sharpness, "
                        "hessian_top_eigenvalue, hessian_trace), or '' for none (default: all)")
    p.add_argument("--snapshot-budget", type=int, default=2 ** 30,
                   help="bytes of checkpoints held for the PCA (default: %(default)s; thinned beyond)")
    p.add_argument("--trust-checkpoints", action="store_true",
                   help="load checkpoints with torch.load(weights_only=False) (runs code in the file)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    _add_knobs(p)
    return p


def _load_checkpoints(paths: Sequence[str], model: Any, trust: bool) -> List[Tuple[int, str, Dict[str, Any]]]:
    """(step, path, state fitted to `model`) of each checkpoint file, in step order.

    Raises:
        ValueError: naming `checkpoint` for a file that is missing, does not load or does not
            fit the model, and naming the steps when two checkpoints share one.
    """
    from tb_landscape.engine.checkpoints import checkpoint_step, fit_keys, load_checkpoint, read_checkpoint

    loaded = []
    for i, path in enumerate(paths):
        obj = read_checkpoint(path, "checkpoint", trust)  # (its step may be stored beside the state dict)
        try:
            state = fit_keys(model, load_checkpoint(obj, "checkpoint"), "checkpoint")
        except ValueError as e:
            raise ValueError(f"{path}: {e}") from None
        loaded.append((checkpoint_step(obj, path, i), path, state))
    loaded.sort(key=lambda t: t[0])
    steps = [s for s, _, _ in loaded]
    if len(set(steps)) != len(steps):
        raise ValueError(f"checkpoints share steps {sorted({s for s in steps if steps.count(s) > 1})}: name them "
                         "with their step (ckpt_000200.pt) or store 'global_step' in them")
    return loaded


def logger_options(args: argparse.Namespace, n_checkpoints: int) -> Dict[str, Any]:
    """The `LandscapeLogger` options of parsed `args`: the spec-generated knobs by name, the
    scalars, and a path that keeps every checkpoint (within `--snapshot-budget`)."""
    from tb_landscape.specs import DEFAULT_SCALARS

    options = {name: getattr(args, name) for name in knob_options()}
    options.update(
        scalars=DEFAULT_SCALARS if args.scalars is None else tuple(s for s in args.scalars.split(",") if s),
        snapshot_every=1, snapshot_budget_bytes=args.snapshot_budget, max_snapshots=max(100, n_checkpoints),
        background=False)  # no training to keep moving: every checkpoint's landscape, in turn
    return options


def run(args: argparse.Namespace) -> str:
    """Runs `tb-landscape compute` with parsed `args`; returns the log directory.

    Raises:
        ValueError: for a bad factory, checkpoint or option, naming it.
    """
    import torch

    from tb_landscape.engine.checkpoints import load_state
    from tb_landscape.integrations._progress import ProgressBar
    from tb_landscape.integrations.logger import LandscapeLogger, LandscapeWarning

    model_factory = load_object(args.model, "--model")
    data_factory = load_object(args.data, "--data")
    loss_fn = load_object(args.loss, "--loss")
    model = model_factory()
    if not isinstance(model, torch.nn.Module):
        raise ValueError(f"--model={args.model!r} returned a {type(model).__name__}, not a torch.nn.Module")
    eval_data = data_factory()
    loaded = _load_checkpoints(args.checkpoints, model, args.trust_checkpoints)

    from torch.utils.tensorboard import SummaryWriter

    writer = SummaryWriter(args.logdir)
    bar = ProgressBar(len(loaded) + 1, "loading", enabled=not args.no_progress)
    try:
        logger = LandscapeLogger(writer, model, loss_fn, eval_data, **logger_options(args, len(loaded)))
        for step, path, state in loaded:
            load_state(model, state)
            if args.no_frames:
                logger.snapshot(step)
            else:
                logger.step(step)
            bar.update(1, f"step {step} ({os.path.basename(path)})")
        bar.update(0, "PCA plane of the path")
        logger.close(pca=len(loaded) >= 3)
        bar.update(1, "done")
    finally:
        bar.close()
        writer.close()
    if len(loaded) < 3:
        warnings.warn("tb_landscape: the PCA plane needs at least 3 checkpoints; none was written", LandscapeWarning)
    return args.logdir


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of `tb-landscape compute` (argv without the program and command names)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        logdir = run(args)
    except ValueError as e:
        parser.error(str(e))
    print(f"wrote {logdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
