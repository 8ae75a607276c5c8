"""`tune_evaluation`: opt-in measurement of the evaluation knobs, returned as a pinned spec.

`compute_landscape` never measures anything: its "auto" knobs are decided from the model's
structure and the data's shapes, so the same inputs give the same bytes on a busy machine.
Another chunk size or memory format may still run faster on your hardware; this function
times candidates and returns the fastest as an `EvalSpec` with every knob pinned. Pass it on
(`compute_landscape(..., evaluation=spec)`, `LandscapeLogger(..., evaluation=spec)`): the
result is recorded there (`land.extra["evaluation"]`), and any computation with that spec
gives the same bytes, whoever measured it and however loaded the machine was.

The directions are made once; each candidate evaluates the same few grid points on its own
copies (the caller's model is never written), and the model, its buffers, gradients, modes
and the RNGs are put back exactly at the end, as by every engine function.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any, Callable, Dict, List, Mapping, Optional

import numpy as np
from torch import nn

from ..specs import EvalSpec

__all__ = ["tune_evaluation", "Tuning"]

_clock = time.perf_counter  # (a test replaces it with random numbers)


@dataclasses.dataclass
class Tuning:
    """What `tune_evaluation` measured.

    Attributes:
        spec: the fastest candidate, every fast-path knob pinned.
        seconds: candidate description -> seconds per point (median of `repeats`).
    """

    spec: EvalSpec
    seconds: Dict[str, float]


def _pinned(spec: EvalSpec, ev: Any) -> EvalSpec:
    """`spec` with its "auto" knobs replaced by what the evaluator `ev` decided."""
    traced = ev.traced
    return spec.replace(chunk_size=ev.chunk, trace=traced is not None,
                        channels_last=traced is not None and traced.channels_last,
                        linearize=traced is not None and "linearized" in traced.notes)


def _candidates(base: EvalSpec, chunks=(None, 16, 64, 256, 1024)) -> Dict[str, EvalSpec]:
    """The structural decision, and each knob changed in turn."""
    out = {"structural decision": base}
    if base.trace:
        for c in chunks:
            if c != base.chunk_size:
                out[f"chunk_size={c}"] = base.replace(chunk_size=c)
        out[f"channels_last={not base.channels_last}"] = base.replace(channels_last=not base.channels_last)
        out[f"linearize={not base.linearize}"] = base.replace(linearize=not base.linearize)
        out["trace=False"] = base.replace(trace=False, chunk_size=None, channels_last=False, linearize=False)
    return out


def tune_evaluation(model: nn.Module, loss_fn: Optional[Callable] = None, data: Any = None,
                    directions: Any = "random", *, grid: Any = None, evaluation: Any = None,
                    metrics: Optional[Mapping[str, Callable]] = None, evaluate: Optional[Callable] = None,
                    others: Any = None, checkpoints: Any = None, points: int = 8, repeats: int = 1,
                    **options: Any) -> Tuning:
    """Times evaluation candidates on `points` grid points; returns the fastest, pinned.

    Args:
        model, loss_fn, data, directions, grid, evaluation, metrics, evaluate, others,
            checkpoints, **options: as for `compute_landscape` (the landscape you mean to
            compute; the directions are made once).
        points: grid points per timing (spread over the grid).
        repeats: timings per candidate (the median is kept).

    Returns:
        A `Tuning`: the pinned `EvalSpec` and the seconds per point of every candidate.
    """
    from .compute import _check_functions, _resolve_specs, prepared
    from .evaluator import PointEvaluator

    specs = _resolve_specs(directions, grid, evaluation, options)
    metrics = _check_functions(loss_fn, evaluate, metrics, False)
    with prepared(model, loss_fn, data, specs, metrics, evaluate, others, checkpoints) as p:
        probe = p.points[np.unique(np.linspace(0, len(p.points) - 1, max(1, points)).round().astype(int))]

        def evaluator(spec: EvalSpec) -> PointEvaluator:
            return PointEvaluator(p.work, loss_fn, metrics, evaluate, p.data, p.moves, spec, p.device)

        candidates = _candidates(_pinned(specs.evaluation, evaluator(specs.evaluation)))
        seconds: Dict[str, float] = {}
        for name, spec in candidates.items():
            ev = evaluator(spec)
            times: List[float] = []
            for _ in range(max(1, repeats)):
                t0 = _clock()
                ev.evaluate_points(probe)
                times.append((_clock() - t0) / len(probe))
            seconds[name] = sorted(times)[len(times) // 2]
    best = min(seconds, key=seconds.get)
    return Tuning(candidates[best], seconds)
