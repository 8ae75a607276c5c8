"""The logger's knobs: flat keyword options routed to the specs of `tb_landscape.specs`.

Torch-free, so that the command line (`tb-landscape compute --help`) can list the options and
their defaults without importing torch. `LandscapeLogger`, the Lightning callback and the
command line all build their specs here, with the one validator of the specs: there is no
second list of option names or checks.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Dict, Iterator, Mapping, Optional, Sequence, Tuple

from tb_landscape._validate import fail
from tb_landscape.specs import (DirectionSpec, EvalSpec, GridSpec, PathSpec, RecordsSpec, ScalarSpec, ScheduleSpec,
                                coerce_spec, route_options)

__all__ = ["DEFAULT_GRID", "SPEC_CLASSES", "logger_specs", "check_metrics", "default_specs", "cli_fields"]

#: The logger's grid when none is given: a 25 x 25 plane over [-1, 1]^2 in the directions' units.
DEFAULT_GRID = GridSpec(dims=2, resolution=25, span=1.0)

#: The logger's specs, by the key `_jobs.Config` holds them under, in routing order.
SPEC_CLASSES: Tuple[Tuple[str, type], ...] = (
    ("grid", GridSpec), ("directions", DirectionSpec), ("evaluation", EvalSpec), ("schedule", ScheduleSpec),
    ("scalars", ScalarSpec), ("path", PathSpec), ("records", RecordsSpec))


def _direction_spec(directions: Any) -> DirectionSpec:
    if isinstance(directions, str):
        return DirectionSpec(method=directions)
    return coerce_spec(DirectionSpec, directions, "directions")


def logger_specs(where: str, options: Mapping[str, Any], signature: Sequence[str], *, grid: Any = None,
                 directions: Any = None, evaluation: Any = None) -> Dict[str, Any]:
    """The logger's seven specs from its spec arguments and flat options, validated.

    Args:
        where: who was given the options ("LandscapeLogger", "LandscapeCallback"), for messages.
        options: flat options, each a field name of one of the specs (`resolution=41`); each
            changes the spec that defines it (the given `grid`, or `DEFAULT_GRID`).
        signature: the caller's own parameter names (suggested for misspellings too).
        grid: a `GridSpec` or a dict of its fields; None: `DEFAULT_GRID`.
        directions: a `DirectionSpec` (method "random"), a dict of its fields, or None.
        evaluation: an `EvalSpec` or a dict of its fields, or None.

    Returns:
        {"grid": GridSpec, "directions": DirectionSpec, "evaluation": EvalSpec,
        "schedule": ScheduleSpec, "scalars": ScalarSpec, "path": PathSpec, "records": RecordsSpec}.

    Raises:
        ValueError: naming the option: an unknown name (with the closest real names), a bad
            value, or a direction method other than "random".
    """
    specs = route_options(where, options, signature,
                          grid=DEFAULT_GRID if grid is None else coerce_spec(GridSpec, grid, "grid"),
                          directions=_direction_spec(directions),
                          evaluation=coerce_spec(EvalSpec, evaluation, "evaluation"),
                          schedule=ScheduleSpec(), scalars=ScalarSpec(), path=PathSpec(), records=RecordsSpec())
    method = specs["directions"].method
    if method != "random":
        raise ValueError(f"directions.method={method!r} is not supported by {where}: its landscapes use random "
                         "directions ('random'); the PCA plane of the path is logged under pca_tag")
    sched, rec = specs["schedule"], specs["records"]
    for name in ("sensitivity_tag", "spectrum_tag"):
        if getattr(rec, name) in (sched.tag, sched.pca_tag):
            fail(name, getattr(rec, name), f"must differ from tag ({sched.tag!r}) and pca_tag ({sched.pca_tag!r})")
    return specs


def check_metrics(metrics: Any) -> Optional[Dict[str, Callable]]:
    """`metrics` as a dict {name: fn(outputs, targets) -> scalar}, or None.

    Raises:
        ValueError: naming `metrics` when it is not a dict of new names (not "loss") to
            callables.
    """
    if metrics is None:
        return None
    if not isinstance(metrics, Mapping) or not all(
            isinstance(k, str) and k and k != "loss" and callable(v) for k, v in metrics.items()):
        fail("metrics", metrics, "must be a dict {name: fn(outputs, targets)} with names other than 'loss'")
    return dict(metrics) or None


def default_specs() -> Dict[str, Any]:
    """The logger's specs when no option is given (key -> spec, as in `logger_specs`)."""
    return {key: DEFAULT_GRID if cls is GridSpec else cls() for key, cls in SPEC_CLASSES}


def cli_fields(exclude: Sequence[str] = ()) -> Iterator[Tuple[str, dataclasses.Field, Any]]:
    """(name, field, the logger's default) of each spec field marked for the command line
    (`cli` metadata), in spec order, leaving out `exclude`."""
    for spec in default_specs().values():
        for f in dataclasses.fields(spec):
            if f.metadata.get("cli") is not None and f.name not in exclude:
                yield f.name, f, getattr(spec, f.name)
