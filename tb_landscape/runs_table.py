"""One row per run for the Runs view: hyperparameters, landscape scalars, user scalars.

Torch-free; reads only through a TensorBoard data provider, so it works under the Python
loader and the Rust data server alike.

- Hyperparameters come from the hparams plugin's own summaries (`list_tensors` with
  `plugin_name="hparams"`, tag `_hparams_/session_start_info`): the data provider's
  `list_hyperparameters` answers nothing for local logdirs. The values are in the summary
  metadata, so no tensor is read.
- torch's and tensorboardX's `SummaryWriter.add_hparams` write into a child run
  `<run>/<name>` that holds the hparams and the metric scalars only: those are folded into
  the parent run when the parent exists (TensorBoard's own `hparams_pb` writes into the run
  itself).
- Scalars tagged `<prefix>/<name>` (the logger's landscape scalars: sharpness, curvature,
  ...) come as their whole series (downsampled to `samples` points, the latest always kept);
  every other scalar as its final value.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from tensorboard.data import provider as provider_lib
from tensorboard.plugins.hparams import metadata as hparams_metadata

from tb_landscape._json import number as _json_number

logger = logging.getLogger(__name__)

LANDSCAPE_PREFIX = "landscape/"
DEFAULT_SAMPLES = 1000
MAX_SAMPLES = 100_000
_SCALARS_PLUGIN = "scalars"


def _hparam_value(value) -> Any:
    """A `google.protobuf.Value` as a JSON scalar; None for an empty or structured one."""
    kind = value.WhichOneof("kind")
    if kind == "number_value":
        return _json_number(value.number_value)
    if kind == "string_value":
        return value.string_value
    if kind == "bool_value":
        return bool(value.bool_value)
    return None


def read_hparams(data_provider, ctx, experiment_id: str) -> Dict[str, Dict[str, Any]]:
    """Run -> {hparam name: value}, from `_hparams_/session_start_info` metadata."""
    mapping = data_provider.list_tensors(
        ctx, experiment_id=experiment_id, plugin_name=hparams_metadata.PLUGIN_NAME
    )
    result: Dict[str, Dict[str, Any]] = {}
    for run, tags in mapping.items():
        series = tags.get(hparams_metadata.SESSION_START_INFO_TAG)
        if series is None:
            continue
        try:
            info = hparams_metadata.parse_session_start_info_plugin_data(series.plugin_content)
        except Exception as e:  # a foreign writer's bad proto: skip the run, say why
            logger.warning("landscape: run %r: unreadable hparams: %s", run, e)
            continue
        values = {name: _hparam_value(v) for name, v in info.hparams.items()}
        result[run] = {k: v for k, v in values.items() if v is not None}
    return result


def _parent(run: str, known: set) -> Optional[str]:
    """The run `add_hparams` wrote `run` for (`<parent>/<name>`), if that run exists."""
    if "/" not in run:
        return None
    parent = run.rsplit("/", 1)[0]
    return parent if parent in known else None


def _fold_children(hparams: Dict[str, Dict[str, Any]], scalars: Dict[str, Dict[str, Any]],
                   landscape_runs: set, known: set) -> set:
    """Moves the hparams (and metric scalars) of `add_hparams`' child runs into their parents.

    A child is folded when it has hparams, no landscape data, and only scalars besides (the
    metrics `add_hparams` logs). Returns the folded children's names.
    """
    folded = set()
    for run in list(hparams):
        parent = _parent(run, known)
        if parent is None or run in landscape_runs:
            continue
        for name, value in hparams.pop(run).items():
            hparams.setdefault(parent, {}).setdefault(name, value)
        for tag, value in scalars.pop(run, {}).items():
            scalars.setdefault(parent, {}).setdefault(tag, value)
        folded.add(run)
    return folded


def _read_series(data_provider, ctx, experiment_id: str, runs, tags, samples: int) -> Dict[str, Dict[str, List]]:
    """Run -> tag -> [[step, value], ...] of `tags` in `runs`, downsampled to `samples` points."""
    if not runs or not tags:
        return {}
    data = data_provider.read_scalars(
        ctx, experiment_id=experiment_id, plugin_name=_SCALARS_PLUGIN, downsample=samples,
        run_tag_filter=provider_lib.RunTagFilter(runs=sorted(runs), tags=sorted(tags)),
    )
    return {
        run: {tag: [[int(d.step), _json_number(d.value)] for d in series] for tag, series in tags_.items() if series}
        for run, tags_ in data.items()
    }


def read_scalars(data_provider, ctx, experiment_id: str, samples: int,
                 prefix: str = LANDSCAPE_PREFIX) -> Dict[str, Dict[str, List]]:
    """Run -> tag -> [[step, value], ...] of every scalar: tags under `prefix` downsampled to
    `samples` points, the others to their last point only (both keep the latest)."""
    listing = data_provider.list_scalars(ctx, experiment_id=experiment_id, plugin_name=_SCALARS_PLUGIN)
    runs = {r for r, tags in listing.items() if tags}
    tags = {t for r in runs for t in listing[r]}
    landscape_tags = {t for t in tags if t.startswith(prefix)}
    result = _read_series(data_provider, ctx, experiment_id, runs, landscape_tags, samples)
    for run, finals in _read_series(data_provider, ctx, experiment_id, runs, tags - landscape_tags, 1).items():
        result.setdefault(run, {}).update(finals)
    return result


def runs_table(data_provider, ctx, experiment_id: str, landscape_runs,
               samples: int = DEFAULT_SAMPLES, prefix: str = LANDSCAPE_PREFIX) -> Dict[str, Any]:
    """The `runs` route's answer (http_api.md).

    Args:
        landscape_runs: runs that hold landscape records (never folded into a parent).
        samples: points per landscape scalar series, >= 1.
        prefix: tag prefix of the landscape scalars.
    Returns:
        {"runs": {run: {"hparams": {name: value}, "landscape": {name: [[step, value], ...]},
        "scalars": {tag: final value}, "landscape_records": bool}}, "hparams": [names],
        "landscape": [names], "scalars": [tags]}, names sorted.
    """
    landscape_runs = set(landscape_runs)
    hparams = read_hparams(data_provider, ctx, experiment_id)
    scalars = read_scalars(data_provider, ctx, experiment_id, samples, prefix)
    known = {r.run_name for r in data_provider.list_runs(ctx, experiment_id=experiment_id)}
    known |= landscape_runs | set(scalars)
    _fold_children(hparams, scalars, landscape_runs, known)
    rows: Dict[str, Any] = {}
    for run in sorted(set(hparams) | set(scalars) | landscape_runs):
        land, user = {}, {}
        for tag, points in scalars.get(run, {}).items():
            if tag.startswith(prefix) and len(tag) > len(prefix):
                land[tag[len(prefix):]] = points
            else:
                user[tag] = points[-1][1]
        rows[run] = {
            "hparams": hparams.get(run, {}),
            "landscape": land,
            "scalars": user,
            "landscape_records": run in landscape_runs,
        }
    names = lambda key: sorted({n for row in rows.values() for n in row[key]})  # noqa: E731
    return {"runs": rows, "hparams": names("hparams"), "landscape": names("landscape"), "scalars": names("scalars")}
