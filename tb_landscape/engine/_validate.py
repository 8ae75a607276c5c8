"""Argument checks at the door: every message names the argument and the value."""

from __future__ import annotations

import math
import numbers
from typing import Any, NoReturn, Sequence, Tuple


class LandscapeMemoryError(MemoryError):
    """An allocation the engine was asked for would not fit in `memory_limit`; raised before
    allocating, naming the knob to lower."""


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def fail(arg: str, value: Any, problem: str) -> NoReturn:
    """Raises `ValueError("<arg>=<value> <problem>")`."""
    raise ValueError(f"{arg}={_short(value)} {problem}")


def check_choice(arg: str, value: Any, supported: Sequence[Any]) -> Any:
    """`value` if it is one of `supported`, else a ValueError listing them."""
    if value not in supported:
        fail(arg, value, f"is not supported; use one of {list(supported)}")
    return value


def check_positive_int(arg: str, value: Any, allow_none: bool = False):
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value <= 0:
        fail(arg, value, "must be a positive integer")
    return int(value)


def check_positive_float(arg: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value) or value <= 0:
        fail(arg, value, "must be a positive finite number")
    return float(value)


def per_axis(arg: str, value: Any, dims: int, check) -> Tuple:
    """A scalar or a sequence of `dims` values -> tuple of `dims` checked values."""
    if isinstance(value, (list, tuple)):
        if len(value) != dims:
            fail(arg, value, f"must be one value or {dims} (one per axis)")
        return tuple(check(arg, v) for v in value)
    return (check(arg, value),) * dims
