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
else its position; they are processed in step order.

`--model module:factory` names a function returning the (untrained) model; `--data
module:factory` one returning the evaluation data (a batch `(x, y)`, a list of batches or a
DataLoader); `--loss module:function` the loss (default: cross-entropy). The current
directory is importable.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
import warnings
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

__all__ = ["main", "build_parser", "load_object", "load_state", "checkpoint_step"]


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


def _read(path: str, trust: bool):
    import torch

    try:
        return torch.load(path, map_location="cpu", weights_only=not trust)
    except FileNotFoundError:
        raise ValueError(f"checkpoint {path!r} does not exist") from None
    except Exception as e:
        if not trust and "weights_only" in str(e):
            raise ValueError(
                f"checkpoint {path!r} holds more than tensors and cannot be loaded safely (torch.load "
                f"weights_only=True); pass --trust-checkpoints if you trust the file") from None
        raise ValueError(f"checkpoint {path!r} does not load: {type(e).__name__}: {e}") from None


def load_state(obj: Any, path: str = "checkpoint") -> Dict[str, Any]:
    """The state dict inside a loaded checkpoint (see the module docstring)."""
    import torch

    if isinstance(obj, torch.nn.Module):
        return obj.state_dict()
    if isinstance(obj, Mapping):
        for key in ("state_dict", "model_state_dict", "model"):
            inner = obj.get(key)
            if isinstance(inner, Mapping) and inner and all(isinstance(v, torch.Tensor) for v in inner.values()):
                return dict(inner)
            if isinstance(inner, torch.nn.Module):
                return inner.state_dict()
        tensors = {k: v for k, v in obj.items() if isinstance(v, torch.Tensor)}
        if tensors:
            return tensors
    raise ValueError(f"checkpoint {path!r} holds no state dict (a {type(obj).__name__})")


def checkpoint_step(obj: Any, path: str, index: int) -> int:
    """The training step of a checkpoint (see the module docstring)."""
    if isinstance(obj, Mapping):
        for key in ("global_step", "step"):
            v = obj.get(key)
            if isinstance(v, int) and not isinstance(v, bool):
                return v
    numbers = re.findall(r"\d+", os.path.splitext(os.path.basename(path))[0])
    return int(numbers[-1]) if numbers else index


def _fit_keys(model, state: Dict[str, Any], path: str) -> Dict[str, Any]:
    """Matches checkpoint keys to the model's, dropping one common prefix ("model.",
    "module.", "net.") where that makes them match."""
    want = set(model.state_dict().keys())
    if want <= set(state):
        return {k: state[k] for k in want}
    for key in state:
        for cut in range(1, key.count(".") + 1):
            prefix = key.split(".", cut)
            prefix = ".".join(prefix[:cut]) + "."
            stripped = {k[len(prefix):]: v for k, v in state.items() if k.startswith(prefix)}
            if want <= set(stripped):
                return {k: stripped[k] for k in want}
        break
    missing = sorted(want - set(state))[:5]
    raise ValueError(f"checkpoint {path!r} does not fit the model from --model: missing {missing}")


def build_parser(parser: Optional[argparse.ArgumentParser] = None) -> argparse.ArgumentParser:
    """The arguments of `tb-landscape compute` (added to `parser`, or a new one). Imports no
    torch: `tb-landscape --help` stays fast."""
    p = parser or argparse.ArgumentParser(prog="tb-landscape compute",
                                          description="Landscapes, the path and its PCA plane from checkpoints.")
    p.add_argument("checkpoints", nargs="+", metavar="CHECKPOINT", help="files written by torch.save")
    p.add_argument("--model", required=True, metavar="MODULE:FACTORY", help="function returning the model")
    p.add_argument("--data", required=True, metavar="MODULE:FACTORY", help="function returning the eval data")
    p.add_argument("--loss", default="torch.nn.functional:cross_entropy", metavar="MODULE:FUNCTION",
                   help="loss_fn(outputs, targets) (default: %(default)s)")
    p.add_argument("--logdir", required=True, help="run directory to write the event file into")
    p.add_argument("--resolution", type=int, default=25, help="grid points per axis (default: %(default)s)")
    p.add_argument("--span", type=float, default=1.0, help="half-width of the random frame's grid (default: %(default)s)")
    p.add_argument("--dims", type=int, default=2, choices=(1, 2))
    p.add_argument("--seed", type=int, default=0, help="seed of the random directions (default: %(default)s)")
    p.add_argument("--normalization", default="filter", choices=("filter", "layer", "none"))
    p.add_argument("--no-frames", action="store_true", help="only the PCA plane, no landscape per checkpoint")
    p.add_argument("--scalars", default=None,
                   help="comma-separated scalars to log (center_loss, curvature, basin_width, sharpness, "
                        "hessian_top_eigenvalue, hessian_trace), or '' for none (default: all)")
    p.add_argument("--tag", default="landscape")
    p.add_argument("--pca-tag", default="landscape_pca")
    p.add_argument("--device", default=None, help="e.g. cuda:0 (default: cpu)")
    p.add_argument("--max-batches", type=int, default=None, help="evaluate on at most this many batches")
    p.add_argument("--snapshot-budget", type=int, default=2 ** 30,
                   help="bytes of checkpoints held for the PCA (default: %(default)s; thinned beyond)")
    p.add_argument("--trust-checkpoints", action="store_true",
                   help="load checkpoints with torch.load(weights_only=False) (runs code in the file)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    return p


def run(args: argparse.Namespace) -> str:
    """Runs `tb-landscape compute` with parsed `args`; returns the log directory.

    Raises:
        ValueError: for a bad factory, checkpoint or option, naming it.
    """
    import torch

    from tb_landscape.integrations._progress import ProgressBar
    from tb_landscape.integrations.logger import SUPPORTED_SCALARS, LandscapeLogger, LandscapeWarning

    model_factory = load_object(args.model, "--model")
    data_factory = load_object(args.data, "--data")
    loss_fn = load_object(args.loss, "--loss")
    model = model_factory()
    if not isinstance(model, torch.nn.Module):
        raise ValueError(f"--model={args.model!r} returned a {type(model).__name__}, not a torch.nn.Module")
    eval_data = data_factory()
    loaded: List[Tuple[int, str, Dict[str, Any]]] = []
    for i, path in enumerate(args.checkpoints):
        obj = _read(path, args.trust_checkpoints)
        loaded.append((checkpoint_step(obj, path, i), path, _fit_keys(model, load_state(obj, path), path)))
    loaded.sort(key=lambda t: t[0])
    steps = [s for s, _, _ in loaded]
    if len(set(steps)) != len(steps):
        raise ValueError(f"checkpoints share steps {sorted({s for s in steps if steps.count(s) > 1})}: name them "
                         "with their step (ckpt_000200.pt) or store 'global_step' in them")
    if args.device:
        model = model.to(args.device)
    scalars = SUPPORTED_SCALARS if args.scalars is None else tuple(s for s in args.scalars.split(",") if s)

    from torch.utils.tensorboard import SummaryWriter

    writer = SummaryWriter(args.logdir)
    bar = ProgressBar(len(loaded) + 1, "loading", enabled=not args.no_progress)
    try:
        logger = LandscapeLogger(
            writer, model, loss_fn, eval_data, every_n_steps=1, resolution=args.resolution, span=args.span,
            dims=args.dims, seed=args.seed, normalization=None if args.normalization == "none" else args.normalization,
            scalars=scalars, tag=args.tag, pca_tag=args.pca_tag, snapshot_every=1,
            snapshot_budget_bytes=args.snapshot_budget, max_snapshots=max(100, len(loaded)), device=args.device, max_batches=args.max_batches)
        for step, path, state in loaded:
            with torch.no_grad():
                model.load_state_dict(state, strict=False)
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
