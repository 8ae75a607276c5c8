"""The CPU priority of the logger's background work (its thread, or its worker process).

Both `_jobs` (the "thread" mode) and `_worker` (the "process" mode) lower their priority with
`lower_priority`; it lives here so that neither imports the other.
"""

from __future__ import annotations

import os
import sys
import threading

__all__ = ["lower_priority"]


def lower_priority(increment: int) -> None:
    """Makes the calling thread (and the threads it starts later) yield the CPU to training.

    Adds `increment` (0 to 19) to the niceness of the calling thread on Linux, where niceness
    is per thread and new threads inherit it; elsewhere to the whole process. Best effort:
    a platform without `os.setpriority`, or a refusal, leaves the priority as it is.

    Args:
        increment: niceness to add (0: nothing changes); the result is capped at 19.
    """
    if not increment:
        return
    try:
        who = threading.get_native_id() if sys.platform.startswith("linux") else 0
        os.setpriority(os.PRIO_PROCESS, who, min(19, os.getpriority(os.PRIO_PROCESS, 0) + int(increment)))
    except (AttributeError, OSError):
        pass
