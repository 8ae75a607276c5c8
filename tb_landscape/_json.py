"""Numbers for the plugin's JSON responses: JSON has no literal for NaN and +-inf, so they
travel as the strings JavaScript spells them ("NaN", "Infinity", "-Infinity")."""

from __future__ import annotations

import math
from typing import Any, Iterable, List


def number(x: float) -> Any:
    """`x` as a JSON value: a float, or the string JavaScript gives a non-finite one."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def numbers(values: Iterable[float]) -> List[Any]:
    return [number(v) for v in values]
