"""The worker process of `LandscapeLogger(background="process")`.

The process is started with the "spawn" method (a fresh interpreter: no state inherited from
the training process, whose threads and locks a fork would copy). The model copy, loss,
evaluation batches and the logger's `Config` (its specs) reach it once, as one pickled payload
given to `init`; each job then brings only the weights (CPU tensors in shared memory, so no
copy crosses the pipe). Imports: `_worker` -> `_jobs` -> `_priority`; never the reverse.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import re
import sys
import types
from typing import Iterator, Optional

import torch

from tb_landscape.engine.data import to_device
from tb_landscape.integrations._jobs import Context, Job, Result, run_job
from tb_landscape.integrations._priority import lower_priority

_CONTEXT = None


def needs_main(payload: bytes) -> bool:
    """Whether the pickled payload refers to something defined in `__main__`."""
    return b"__main__" in payload


def main_is_importable() -> bool:
    """Whether a spawned process can re-import `__main__` (a script or `python -m`, not a REPL
    or a notebook)."""
    main = sys.modules.get("__main__")
    return main is not None and (getattr(main, "__file__", None) is not None
                                 or getattr(getattr(main, "__spec__", None), "name", None) is not None)


_GUARD = re.compile(r"""^if\s+(__name__\s*==\s*['"]__main__['"]|['"]__main__['"]\s*==\s*__name__)""", re.M)


def main_is_safe() -> bool:
    """Whether a spawned process can import `__main__` without re-running the training: an
    importable script (or `python -m` module) whose source has the `if __name__ == "__main__":`
    guard at its top level."""
    if not main_is_importable():
        return False
    path = getattr(sys.modules["__main__"], "__file__", None)
    try:
        with open(path, encoding="utf-8") as f:
            return _GUARD.search(f.read()) is not None
    except (OSError, TypeError, UnicodeDecodeError):
        return False


def check_not_bootstrapping() -> None:
    """Raises a clear error when a worker process that is importing the user's script (because
    its training code is not under `if __name__ == "__main__":`) reaches a new logger."""
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise RuntimeError(
            "LandscapeLogger(background='process') was created while its worker process imported your "
            "script: put the training code under `if __name__ == \"__main__\":` (multiprocessing's spawn "
            "rule), or use background='thread'")


@contextlib.contextmanager
def spawning(payload: Optional[bytes]) -> Iterator[None]:
    """Starts processes without making them re-run the user's script, when they need nothing
    from it.

    multiprocessing's "spawn" re-imports `__main__` in the child (running an unguarded
    training script a second time). When the payload refers to nothing in `__main__`, the
    main module is swapped for an empty one while the child is started, so the child only
    imports tb_landscape and what the payload names.
    """
    if payload is None or needs_main(payload):
        yield
        return
    real = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if real is not None:
            sys.modules["__main__"] = real


def init(payload: bytes) -> None:
    """Process initializer: unpickles the context (model copy, loss, batches, `Config`),
    lowers the priority by `schedule.background_nice`, gives torch
    `schedule.background_threads` threads, and moves the model and batches to
    `evaluation.device`."""
    model, loss_fn, batches, config = pickle.loads(payload)
    lower_priority(config.schedule.background_nice)
    if config.schedule.background_threads:
        torch.set_num_threads(int(config.schedule.background_threads))
    if config.evaluation.device is not None:
        device = torch.device(config.evaluation.device)
        model = model.to(device)
        batches = [to_device(b, device) for b in batches]
    global _CONTEXT
    _CONTEXT = Context(model, loss_fn, batches, config)


def ping() -> int:
    """A no-op job: returns the worker's pid once it is ready."""
    return os.getpid()


def run(job: Job) -> Result:
    """Runs one job on the worker's context (see `_jobs.run_job`; never raises)."""
    return run_job(_CONTEXT, job)
