"""The TensorBoard backend of the Landscape tab. No torch import.

Routes (documented with examples in http_api.md), under /data/plugin/landscape/:
    static/<file>   the frontend bundle
    tags            runs and landscape tags, from metadata only
    steps           one run/tag's steps whose records decode
    landscape       one record: JSON header + float32 values, binary
    runs            one row per run: hparams, landscape scalars, user scalars (runs_table.py)
    sensitivity     all steps of a sensitivity tag: steps x groups matrices, JSON
    spectrum        all steps of a spectrum tag: density on a grid per step, JSON

Data is read only through `context.data_provider` (by `tb_landscape.records`, which reads
records concurrently and remembers what it read), so the plugin works under the Python loader
(`--load_fast=false`) and the Rust data server alike.
"""

from __future__ import annotations

import gzip
import json
import logging
import math
import os
import re
import struct
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
from tensorboard import errors
from tensorboard.backend import http_util
from tensorboard import plugin_util
from tensorboard.plugins import base_plugin
from werkzeug import wrappers

from tb_landscape import metadata, records, runs_table
from tb_landscape._json import number as _json_number, numbers as _json_numbers

logger = logging.getLogger(__name__)

_STATIC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")
_STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".map": "application/json"}

# Samples kept per tag when the user does not pass --samples_per_plugin: 0 keeps all.
# Landscapes are expensive and logged rarely; dropping them silently is the worst outcome.
DEFAULT_SAMPLES = 0

FRAME_MAGIC = b"TBL1"

_GZIP_ACCEPTED = re.compile(r"(^|[ ,])gzip($|[ ,;])", re.IGNORECASE)

_INT_RE = re.compile(r"^-?[0-9]{1,19}$")



class _MethodNotAllowed(errors.PublicError):
    """HTTP 405: every route only reads."""

    http_code = 405

    def __init__(self, method: str):
        super().__init__(f"Method not allowed: {method!r}; the landscape routes answer GET and HEAD only")
        self.headers = [("Allow", "GET, HEAD")]


def _read_only(route):
    """Wraps a werkzeug route so that methods other than GET and HEAD get a 405."""

    def wrapper(self, request):
        if request.method not in ("GET", "HEAD"):
            raise _MethodNotAllowed(request.method)
        return route(self, request)

    wrapper.__name__ = route.__name__
    wrapper.__doc__ = route.__doc__
    return wrapper


class LandscapePlugin(base_plugin.TBPlugin):
    """Serves landscape records written by `tb_landscape.summary`."""

    plugin_name = metadata.PLUGIN_NAME

    def __init__(self, context: base_plugin.TBContext):
        self._data_provider = context.data_provider
        self._reader = records.RecordReader(context.data_provider)
        try:
            self._static_files = frozenset(
                name for name in os.listdir(_STATIC_DIR)
                if os.path.splitext(name)[1] in _STATIC_TYPES
            )
        except OSError:
            self._static_files = frozenset()

    # -- TBPlugin interface -------------------------------------------------------------

    def get_plugin_apps(self):
        return {
            "/static/*": self._serve_static,
            "/tags": self._serve_tags,
            "/steps": self._serve_steps,
            "/landscape": self._serve_landscape,
            "/runs": self._serve_runs,
            "/sensitivity": self._serve_sensitivity,
            "/spectrum": self._serve_spectrum,
        }

    def is_active(self) -> bool:
        return False  # activity comes from data_plugin_names()

    def data_plugin_names(self):
        return (metadata.PLUGIN_NAME,)

    def frontend_metadata(self):
        return base_plugin.FrontendMetadata(es_module_path="/static/index.js", tab_name="Landscape")

    # -- routes -------------------------------------------------------------------------

    @wrappers.Request.application
    @_read_only
    def _serve_static(self, request):
        prefix = "/static/"
        path = request.path
        name = path[path.rfind(prefix) + len(prefix):] if prefix in path else ""
        # Only the files shipped beside this module, by exact name: no path arithmetic, so
        # "../plugin.py", encoded slashes and absolute paths all miss.
        if name not in self._static_files:
            raise errors.NotFoundError(f"no static file {name!r}")
        with open(os.path.join(_STATIC_DIR, name), "rb") as f:
            body = f.read()
        return http_util.Respond(request, body, _STATIC_TYPES[os.path.splitext(name)[1]])

    @wrappers.Request.application
    @_read_only
    def _serve_tags(self, request):
        ctx, eid = self._context(request)
        return http_util.Respond(request, self.tags_impl(ctx, eid), "application/json")

    @wrappers.Request.application
    @_read_only
    def _serve_steps(self, request):
        ctx, eid = self._context(request)
        run = _string_arg(request, "run")
        tag = _string_arg(request, "tag")
        return http_util.Respond(request, self.steps_impl(ctx, eid, run, tag), "application/json")

    @wrappers.Request.application
    @_read_only
    def _serve_landscape(self, request):
        ctx, eid = self._context(request)
        run = _string_arg(request, "run")
        tag = _string_arg(request, "tag")
        step = _int_arg(request, "step") if "step" in request.args else None
        header, values = self.landscape_impl(ctx, eid, run, tag, step)
        body = encode_frame(header, values)
        # The JSON header (axis coordinates, the path) compresses well and float32 loss
        # values somewhat: a 101x101 frame with a 50-point path is 1.20x its raw values
        # plain and 0.62x gzipped (level 1, under a millisecond). TensorBoard only
        # compresses text types itself.
        if _GZIP_ACCEPTED.search(request.headers.get("Accept-Encoding", "")):
            packed = gzip.compress(body, compresslevel=1, mtime=0)
            if len(packed) < len(body):
                return http_util.Respond(request, packed, "application/octet-stream", content_encoding="gzip")
        return http_util.Respond(request, body, "application/octet-stream")

    @wrappers.Request.application
    @_read_only
    def _serve_runs(self, request):
        ctx, eid = self._context(request)
        samples = _int_arg(request, "samples") if "samples" in request.args else runs_table.DEFAULT_SAMPLES
        return _respond_json(request, self.runs_impl(ctx, eid, samples))

    @wrappers.Request.application
    @_read_only
    def _serve_sensitivity(self, request):
        ctx, eid = self._context(request)
        run = _string_arg(request, "run")
        tag = _string_arg(request, "tag")
        return _respond_json(request, self.sensitivity_impl(ctx, eid, run, tag))

    @wrappers.Request.application
    @_read_only
    def _serve_spectrum(self, request):
        ctx, eid = self._context(request)
        run = _string_arg(request, "run")
        tag = _string_arg(request, "tag")
        return _respond_json(request, self.spectrum_impl(ctx, eid, run, tag))

    # -- implementations (plain data in, plain data out) ------------------------------

    def runs_impl(self, ctx, experiment_id: str, samples: int = runs_table.DEFAULT_SAMPLES) -> Dict[str, Any]:
        """One row per run for the Runs view (runs_table.runs_table); `samples` in [1, MAX_SAMPLES]."""
        if not 1 <= samples <= runs_table.MAX_SAMPLES:
            raise errors.InvalidArgumentError(
                f"parameter 'samples' must be between 1 and {runs_table.MAX_SAMPLES}, got {samples}"
            )
        landscape_runs = self._data_provider.list_blob_sequences(
            ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME
        )
        return runs_table.runs_table(self._data_provider, ctx, experiment_id,
                                     [r for r, tags in landscape_runs.items() if tags], samples)

    def tags_impl(self, ctx, experiment_id: str) -> Dict[str, Dict[str, Dict[str, Any]]]:
        """Runs -> tags -> {max_step, max_wall_time, version, kind}, from metadata only. `kind`
        is "landscape", "sensitivity", "spectrum", or "unknown" (a newer writer's kind: its
        records are listed as skipped by `steps`)."""
        mapping = self._data_provider.list_blob_sequences(
            ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME
        )
        result: Dict[str, Dict[str, Dict[str, Any]]] = {}
        for run, tags in mapping.items():
            for tag, series in tags.items():
                try:
                    content = metadata.parse_plugin_metadata(series.plugin_content)
                except metadata.RecordError as e:
                    logger.warning("landscape: skipping run %r tag %r: %s", run, tag, e)
                    continue
                result.setdefault(run, {})[tag] = {
                    "max_step": int(series.max_step),
                    "max_wall_time": float(series.max_wall_time),
                    "version": int(content.version),
                    "kind": metadata.kind_name(content) or "unknown",
                }
        return result

    def steps_impl(self, ctx, experiment_id: str, run: str, tag: str) -> Dict[str, Any]:
        """The steps of run/tag whose records decode, and those skipped with the reason (every
        record of a kind this reader does not know)."""
        kind, number = self._reader.kind(ctx, experiment_id, run, tag)
        series = self._reader.series(ctx, experiment_id, run, tag)
        if kind is None:
            why = metadata.unknown_kind_message(number)
            return {"run": run, "tag": tag, "kind": "unknown", "steps": [],
                    "skipped": [{"step": int(d.step), "error": why} for d in series]}
        steps, skipped = [], []
        for datum, (ok, info) in zip(series, self._reader.summaries(ctx, run, tag, series, kind)):
            if ok:
                steps.append(dict(step=int(datum.step), wall_time=float(datum.wall_time), **info))
            else:
                skipped.append({"step": int(datum.step), "error": info})
        return {"run": run, "tag": tag, "kind": kind, "steps": steps, "skipped": skipped}

    def _records_of_kind(self, ctx, experiment_id: str, run: str, tag: str, kind: str):
        """[(datum, record)] of every decodable step of a tag of `kind`, oldest first, and the
        skipped steps [{step, error}]. NotFoundError when the tag is of another kind."""
        have, number = self._reader.kind(ctx, experiment_id, run, tag)
        if have != kind:
            what = f"a {have} tag" if have else f"of kind {number}, which this reader does not know"
            raise errors.NotFoundError(f"run {run!r} tag {tag!r} is {what}, not a {kind} tag")
        series = self._reader.series(ctx, experiment_id, run, tag)
        self._reader.summaries(ctx, run, tag, series, kind)  # reads them all concurrently
        found, skipped = [], []
        for datum in series:
            record, error = self._reader.record(ctx, run, tag, datum, kind)
            if record is None:
                skipped.append({"step": int(datum.step), "error": error})
            else:
                found.append((datum, record))
        return found, skipped

    def sensitivity_impl(self, ctx, experiment_id: str, run: str, tag: str) -> Dict[str, Any]:
        """Every step of a sensitivity tag as steps x groups matrices (see http_api.md)."""
        found, skipped = self._records_of_kind(ctx, experiment_id, run, tag, metadata.SENSITIVITY)
        return dict(run=run, tag=tag, **sensitivity_series(found), skipped=skipped)

    def spectrum_impl(self, ctx, experiment_id: str, run: str, tag: str) -> Dict[str, Any]:
        """Every step of a spectrum tag: its density on a grid (see http_api.md)."""
        found, skipped = self._records_of_kind(ctx, experiment_id, run, tag, metadata.SPECTRUM)
        return {"run": run, "tag": tag, "steps": [spectrum_step(d, r) for d, r in found], "skipped": skipped}

    def landscape_impl(self, ctx, experiment_id: str, run: str, tag: str,
                       step: Optional[int]) -> Tuple[Dict[str, Any], bytes]:
        """The header and raw float32 values of one record (the latest one if step is None)."""
        kind, number = self._reader.kind(ctx, experiment_id, run, tag)
        if kind != metadata.LANDSCAPE:
            what = f"a {kind} tag (see its own route)" if kind else f"of kind {number}, which this reader does not know"
            raise errors.NotFoundError(f"run {run!r} tag {tag!r} is {what}, not a landscape tag")
        series = self._reader.series(ctx, experiment_id, run, tag, max_age=records.MAX_SERIES_AGE_S)
        if step is not None and not any(d.step == step for d in series):
            series = self._reader.series(ctx, experiment_id, run, tag)  # a step logged just now?
        if step is not None:
            candidates = [d for d in series if d.step == step]
            if not candidates:
                raise errors.NotFoundError(f"run {run!r} tag {tag!r} has no step {step}")
        else:
            candidates = list(reversed(series))
        last_error = None
        for datum in candidates:
            record, error = self._reader.record(ctx, run, tag, datum)
            if record is not None:
                return record_header(record, run, tag, datum), record.values
            last_error = f"record at step {datum.step} cannot be decoded: {error}"
            if step is not None:
                break
        raise errors.NotFoundError(last_error or f"run {run!r} tag {tag!r} has no records")

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _context(request):
        return plugin_util.context(request.environ), plugin_util.experiment_id(request.environ)


def record_header(record, run: str, tag: str, datum) -> Dict[str, Any]:
    """The JSON half of a `landscape` answer: everything in the record but the values."""
    t = record.trajectory if record.HasField("trajectory") and len(record.trajectory.steps) else None
    dims = len(record.axes)
    return {
        "run": run,
        "tag": tag,
        "step": int(datum.step),
        "wall_time": _json_number(datum.wall_time),
        "version": int(record.version),
        "dims": dims,
        "shape": [int(s) for s in record.shape],
        "metrics": list(record.metrics),
        "axes": [
            {
                "label": a.label,
                "unit": a.unit,
                "coords": _json_numbers(a.coords),
                "explained_variance": None if math.isnan(a.explained_variance) else _json_number(a.explained_variance),
            }
            for a in record.axes
        ],
        "center": _json_numbers(record.center) if len(record.center) else [0.0] * dims,
        "method": record.method,
        "normalization": record.normalization,
        "seed": int(record.seed) if record.has_seed else None,
        "bn_mode": record.bn_mode,
        "data_description": record.data_description,
        "frame_id": record.frame_id,
        "extra": dict(record.extra),
        "trajectory": None if t is None else {
            "steps": [int(s) for s in t.steps],
            "x": _json_numbers(t.x),
            "y": _json_numbers(t.y) if dims == 2 and len(t.y) else None,
            "plane_loss": _json_numbers(t.plane_loss) if len(t.plane_loss) else None,
            "true_loss": _json_numbers(t.true_loss) if len(t.true_loss) else None,
            "residual": _json_numbers(t.residual) if len(t.residual) else None,
        },
    }


def _short(x: float) -> Any:
    """A JSON number with float32's 7 significant digits (shorter text, same as the frontend
    keeps), NaN and +-inf as strings."""
    x = float(x)
    return float(f"{x:.7g}") if math.isfinite(x) else _json_number(x)


def sensitivity_series(found) -> Dict[str, Any]:
    """The body of a `sensitivity` answer from [(datum, SensitivityRecord)]: the union of the
    groups in order of first appearance, and per step a row over those groups of trace,
    trace_std_error, top_eigenvalue (null where a step lacks the group or the measure)."""
    groups: Dict[str, int] = {}
    sizes: List[Optional[int]] = []
    for _, r in found:
        for g, n in zip(r.groups, r.sizes):
            if g not in groups:
                groups[g] = len(groups)
                sizes.append(int(n))
    rows: Dict[str, List[List[Any]]] = {"trace": [], "trace_std_error": [], "top_eigenvalue": []}
    for _, r in found:
        for name, row in rows.items():
            values = getattr(r, name)
            line: List[Any] = [None] * len(groups)
            for g, v in zip(r.groups, values):
                line[groups[g]] = None if math.isnan(v) else _short(v)
            row.append(line)
    return {
        "groups": list(groups), "sizes": sizes,
        "steps": [int(d.step) for d, _ in found], "wall_times": [_json_number(d.wall_time) for d, _ in found],
        **rows,
        "total_trace": [None if math.isnan(r.total_trace) else _short(r.total_trace) for _, r in found],
    }


def spectrum_step(datum, record) -> Dict[str, Any]:
    """One step of a `spectrum` answer."""
    top = record.top_eigenvalue if record.HasField("top_eigenvalue") else math.nan
    return {
        "step": int(datum.step), "wall_time": _json_number(datum.wall_time),
        "grid": [_short(v) for v in record.grid], "log_density": [_short(v) for v in record.log_density],
        "sigma": _short(record.sigma), "outliers": [_short(v) for v in record.outliers],
        "outlier_weights": [_short(v) for v in record.outlier_weights],
        "top_eigenvalue": None if math.isnan(top) else _short(top),
        "num_parameters": int(record.num_parameters),
    }


def encode_frame(header: Dict[str, Any], values: bytes) -> bytes:
    """`TBL1`, uint32 LE header length, JSON header padded to 4 bytes, float32 values."""
    text = json.dumps(header, allow_nan=False, separators=(",", ":")).encode("utf-8")
    text += b" " * (-(8 + len(text)) % 4)
    return FRAME_MAGIC + struct.pack("<I", len(text)) + text + bytes(values)


def decode_frame(body: bytes) -> Tuple[Dict[str, Any], np.ndarray]:
    """Inverse of `encode_frame`, for scripts and tests: (header, float32 values shaped)."""
    if len(body) < 8 or body[:4] != FRAME_MAGIC:
        raise ValueError("not a tb-landscape frame (bad magic)")
    (n,) = struct.unpack("<I", body[4:8])
    header = json.loads(body[8:8 + n].decode("utf-8"))
    values = np.frombuffer(body[8 + n:], dtype=metadata.VALUES_DTYPE).reshape(header["shape"])
    return header, values


def _respond_json(request, data: Any):
    """`data` as compact JSON (non-finite numbers already spelled as strings by the impl)."""
    body = json.dumps(data, allow_nan=False, separators=(",", ":"))
    return http_util.Respond(request, body, "application/json")


def _string_arg(request, name: str) -> str:
    values = request.args.getlist(name)
    if len(values) != 1 or not values[0]:
        raise errors.InvalidArgumentError(
            f"parameter {name!r} is required exactly once and must not be empty"
        )
    return values[0]


def _int_arg(request, name: str) -> int:
    values = request.args.getlist(name)
    if len(values) != 1 or not _INT_RE.match(values[0]):
        raise errors.InvalidArgumentError(f"parameter {name!r} must be one integer, got {values!r}")
    value = int(values[0])
    if not -(2 ** 63) <= value < 2 ** 63:
        raise errors.InvalidArgumentError(f"parameter {name!r} is out of range: {value}")
    return value


class LandscapeLoader(base_plugin.TBLoader):
    """Entry point: loads the plugin and keeps every landscape by default."""

    def fix_flags(self, flags):
        # A user's explicit --samples_per_plugin=landscape=N still wins.
        samples = getattr(flags, "samples_per_plugin", None)
        if isinstance(samples, dict):
            samples.setdefault(metadata.PLUGIN_NAME, DEFAULT_SAMPLES)

    def load(self, context):
        return LandscapePlugin(context)
