"""Argument checks at the door: every message names the argument and the value.

Torch-free: the specs (`tb_landscape.specs`) and the command line use these without torch.
A *checker* is `check(arg, value) -> normalized value`, raising `ValueError("<arg>=<value>
<problem>")`; the factories below make the ones the specs use.
"""

from __future__ import annotations

import math
import numbers
from typing import Any, Callable, NoReturn, Sequence, Tuple

Checker = Callable[[str, Any], Any]


class LandscapeMemoryError(MemoryError):
    """An allocation the engine was asked for would not fit in `memory_limit`; raised before
    allocating, naming the knob to lower."""


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def fail(arg: str, value: Any, problem: str) -> NoReturn:
    """Raises `ValueError("<arg>=<value> <problem>")`."""
    raise ValueError(f"{arg}={_short(value)} {problem}")


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def check_choice(arg: str, value: Any, supported: Sequence[Any]) -> Any:
    """The entry of `supported` that `value` names, else a ValueError listing them.

    Integers match by value whatever their type (`numpy.int64(2)` is 2) but booleans only
    match booleans (`True` is not 1); the supported entry itself is returned.
    """
    for s in supported:
        if value is s:
            return s
        if isinstance(s, bool) or isinstance(value, bool):
            continue
        if _is_int(s) and _is_int(value) and int(value) == s:
            return s
        if isinstance(s, str) and isinstance(value, str) and value == s:
            return s
    fail(arg, value, f"is not supported; use one of {list(supported)}")


def check_positive_int(arg: str, value: Any, allow_none: bool = False, minimum: int = 1):
    if value is None and allow_none:
        return None
    if not _is_int(value) or value < minimum:
        fail(arg, value, "must be a positive integer" if minimum == 1 else f"must be an integer >= {minimum}")
    return int(value)


def check_positive_float(arg: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value) or value <= 0:
        fail(arg, value, "must be a positive finite number")
    return float(value)


def check_int(arg: str, value: Any) -> int:
    if not _is_int(value):
        fail(arg, value, "must be an integer")
    return int(value)


def check_bool(arg: str, value: Any) -> bool:
    if not isinstance(value, bool):
        fail(arg, value, "must be True or False")
    return value


def per_axis(arg: str, value: Any, dims: int, check) -> Tuple:
    """A scalar or a sequence of `dims` values -> tuple of `dims` checked values."""
    if isinstance(value, (list, tuple)):
        if len(value) != dims:
            fail(arg, value, f"must be one value or {dims} (one per axis)")
        return tuple(check(arg, v) for v in value)
    return (check(arg, value),) * dims


# ---- checker factories (used as field metadata by `tb_landscape.specs`) -----------------------

def choice(*supported: Any) -> Checker:
    return lambda arg, value: check_choice(arg, value, supported)


def positive_int(minimum: int = 1, allow_none: bool = False) -> Checker:
    return lambda arg, value: check_positive_int(arg, value, allow_none=allow_none, minimum=minimum)


def positive_float(allow_none: bool = False) -> Checker:
    return lambda arg, value: None if value is None and allow_none else check_positive_float(arg, value)


def one_or_two(check: Checker, allow_none: bool = False) -> Checker:
    """A value, or a pair of values (one per axis), each checked; pairs become tuples."""

    def run(arg: str, value: Any):
        if value is None and allow_none:
            return None
        if isinstance(value, (list, tuple)):
            if len(value) not in (1, 2):
                fail(arg, value, "must be one value or two (one per axis)")
            return tuple(check(arg, v) for v in value)
        return check(arg, value)

    return run


def non_empty_str(arg: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        fail(arg, value, "must be a non-empty string")
    return value
