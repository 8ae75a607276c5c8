"""Training-loop integrations: the one place where the engine (torch) and the summary writer meet.

- `LandscapeLogger` (`logger`): landscapes, the optimizer's path and landscape scalars logged
  live from a training loop.
- `tb_landscape.integrations.lightning.LandscapeCallback`: the same for Lightning (an optional
  extra; importing this package does not import Lightning).
- `offline.main`: `tb-landscape compute CHECKPOINT...` for finished runs.
- `demo.run_demo`: the `tb-landscape demo` command's training runs.

Importing this package does not import torch; its names are loaded on first use, so that
`tb_landscape.integrations.offline` can build the command line parser without it.
"""

_NAMES = {
    "LandscapeLogger": "logger",
    "LandscapeWarning": "logger",
    "SUPPORTED_SCALARS": "logger",
    "SUPPORTED_FRAMES": "logger",
    "SUPPORTED_BACKGROUND": "logger",
    "DEFAULT_SNAPSHOT_BUDGET": "logger",
    "SnapshotStore": "snapshots",
    "Snapshot": "snapshots",
}

__all__ = sorted(_NAMES)


def __getattr__(name):
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'tb_landscape.integrations' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"tb_landscape.integrations.{module}"), name)
    globals()[name] = value
    return value
