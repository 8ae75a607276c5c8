"""Training-loop integrations: the one place where the engine (torch) and the summary writer meet.

- `LandscapeLogger` (`logger`): landscapes, the optimizer's path and landscape scalars logged
  live from a training loop.
- `tb_landscape.integrations.lightning.LandscapeCallback`: the same for Lightning (an optional
  extra; importing this package does not import Lightning).
- `tb_landscape.integrations.transformers.LandscapeCallback`: the same for the Hugging Face
  `Trainer` (an optional extra; importing this package does not import transformers).
- `offline.main`: `tb-landscape compute CHECKPOINT...` for finished runs.
- `demo.run_demo`: the `tb-landscape demo` command's training runs.

Importing this package does not import torch; its names are loaded on first use, so that
`tb_landscape.integrations.offline` can build the command line parser without it. The
`SUPPORTED_*` names are those of `tb_landscape.specs` (torch-free).
"""

_NAMES = {
    "LandscapeLogger": "tb_landscape.integrations.logger",
    "LandscapeWarning": "tb_landscape.integrations.logger",
    "LandscapeSkipWarning": "tb_landscape.integrations.logger",
    "DEFAULT_SNAPSHOT_BUDGET": "tb_landscape.integrations.logger",
    "DEFAULT_GRID": "tb_landscape.integrations._options",
    "SUPPORTED_SCALARS": "tb_landscape.specs",
    "SUPPORTED_FRAMES": "tb_landscape.specs",
    "SUPPORTED_BACKGROUND": "tb_landscape.specs",
    "SUPPORTED_STORAGE": "tb_landscape.specs",
    "SnapshotStore": "tb_landscape.integrations.snapshots",
    "Snapshot": "tb_landscape.integrations.snapshots",
}

__all__ = sorted(_NAMES)


def __getattr__(name):
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'tb_landscape.integrations' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
