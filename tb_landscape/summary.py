"""Writes landscapes into TensorBoard event files. No torch import.

    summary = landscape_pb("train/landscape", land)        # a Summary proto, for any writer
    add_landscape(writer, "train/landscape", land, global_step=100)
    add_layer_sensitivity(writer, "layers", layer_sensitivity(...), global_step=100)
    add_spectrum(writer, "spectrum", hessian_density(...).on_grid(), global_step=100)

The sensitivity and spectrum writers take the engine's results or their `to_dict()` (plain
lists and numbers): this module never imports torch or the engine.
"""

from __future__ import annotations

import math
import operator
import time
from typing import Optional

from tensorboard.compat.proto import event_pb2, summary_pb2, tensor_pb2, tensor_shape_pb2, types_pb2

from tb_landscape import metadata
from tb_landscape.landscape import Landscape

__all__ = ["landscape_pb", "add_landscape", "sensitivity_pb", "spectrum_pb", "add_layer_sensitivity", "add_spectrum"]


def landscape_pb(tag: str, landscape: Landscape, display_name: str = "", description: str = "") -> summary_pb2.Summary:
    """Returns a `Summary` proto holding one landscape, ready for any event writer.

    Args:
        tag: the TensorBoard tag, e.g. "train/landscape". A non-empty string.
        landscape: the `Landscape` to store.
        display_name, description: optional text kept in the tag's metadata.

    Returns:
        A `tensorboard.compat.proto.summary_pb2.Summary` with one value: a DT_STRING tensor of
        shape [1] holding the serialized `LandscapeRecord` (see `metadata`).

    Raises:
        ValueError: when `tag` is not a non-empty string TensorBoard can serve (see
            `_check_tag`) or `landscape` is not a `Landscape`.
    """
    _check_tag(tag)
    for name, text in (("display_name", display_name), ("description", description)):
        if not isinstance(text, str) or not _is_utf8(text):
            raise ValueError(f"{name} must be a str of valid text, got {text!r}")
    if not isinstance(landscape, Landscape):
        raise ValueError(f"landscape must be a tb_landscape.Landscape, got {type(landscape).__name__}")
    return _record_summary(tag, metadata.landscape_to_record(landscape), metadata.LANDSCAPE, display_name, description)


def _record_summary(tag: str, record, kind: str, display_name: str = "", description: str = "") -> summary_pb2.Summary:
    """A `Summary` with one value: `record` serialized into a DT_STRING tensor of shape [1]."""
    tensor = tensor_pb2.TensorProto(
        dtype=types_pb2.DT_STRING,
        tensor_shape=tensor_shape_pb2.TensorShapeProto(dim=[tensor_shape_pb2.TensorShapeProto.Dim(size=1)]),
        string_val=[metadata.serialize_record(record)],
    )
    summary = summary_pb2.Summary()
    summary.value.add(tag=tag, metadata=metadata.create_summary_metadata(display_name, description, kind=kind),
                      tensor=tensor)
    return summary


def _as_dict(result, what: str) -> dict:
    """`result.to_dict()` for an engine result, or `result` itself when it is a dict."""
    if isinstance(result, dict):
        return result
    to_dict = getattr(result, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise ValueError(f"{what} must be a {'LayerSensitivity' if what == 'result' else 'DensityGrid'} or its "
                     f"to_dict(), got {type(result).__name__}")


def sensitivity_pb(tag: str, result) -> summary_pb2.Summary:
    """A `Summary` holding one `SensitivityRecord`, for any writer.

    Args:
        tag: the TensorBoard tag, e.g. "layers".
        result: a `LayerSensitivity` (`tb_landscape.layer_sensitivity`), or its `to_dict()`
            (columns "group", "size", "trace", "trace_std_error", "top_eigenvalue", K entries
            each; optionally the numbers "total_trace", "total_trace_std_error", "seed",
            "samples").

    Raises:
        ValueError: for a bad tag, or a result without those columns of equal length.
    """
    _check_tag(tag)
    columns = _as_dict(result, "result")
    # a dict may carry the totals beside its columns (the logger's jobs send them so)
    extra = {k: columns[k] for k in ("total_trace", "total_trace_std_error", "seed", "samples") if k in columns}
    if not isinstance(result, dict):
        extra = dict(total_trace=float(result.total_trace), total_trace_std_error=float(result.total_trace_std_error),
                     seed=int(result.seed), samples=int(len(result.trace_samples)))
    try:
        record = metadata.sensitivity_to_record(columns, **extra)
    except (KeyError, TypeError, metadata.RecordError) as e:
        raise ValueError(f"result is not a layer sensitivity table: {e}") from None
    return _record_summary(tag, record, metadata.SENSITIVITY)


def spectrum_pb(tag: str, density, top_eigenvalue: Optional[float] = None) -> summary_pb2.Summary:
    """A `Summary` holding one `SpectrumRecord`, for any writer.

    Args:
        tag: the TensorBoard tag, e.g. "spectrum".
        density: a `DensityGrid` (`SpectralDensity.on_grid()`), or its `to_dict()`: "grid"
            (G increasing eigenvalues), "log_density" (G finite natural logs), "sigma",
            "outliers", "outlier_weights", "num_parameters", "runs", "steps".
        top_eigenvalue: the largest Hessian eigenvalue, when measured (None: the largest
            outlier, if any).

    Raises:
        ValueError: for a bad tag or density.
    """
    _check_tag(tag)
    grid = _as_dict(density, "density")
    if top_eigenvalue is None and len(grid.get("outliers", ())):
        top_eigenvalue = max(float(v) for v in grid["outliers"])
    try:
        record = metadata.spectrum_to_record(grid, top_eigenvalue=top_eigenvalue)
    except (KeyError, TypeError, ValueError, metadata.RecordError) as e:
        raise ValueError(f"density is not a density on a grid: {e}") from None
    return _record_summary(tag, record, metadata.SPECTRUM)


def add_layer_sensitivity(writer, tag: str, result, global_step: Optional[int] = None,
                          walltime: Optional[float] = None) -> None:
    """Logs one per-layer sensitivity table (see `sensitivity_pb`) through an event writer
    (any writer `add_landscape` takes). Not flushed. Raises ValueError as `sensitivity_pb`."""
    global_step, walltime = _check_step_and_walltime(global_step, walltime)
    _write_summary(writer, sensitivity_pb(tag, result), global_step, walltime)


def add_spectrum(writer, tag: str, density, global_step: Optional[int] = None, walltime: Optional[float] = None,
                 top_eigenvalue: Optional[float] = None) -> None:
    """Logs one eigenvalue density (see `spectrum_pb`) through an event writer (any writer
    `add_landscape` takes). Not flushed. Raises ValueError as `spectrum_pb`."""
    global_step, walltime = _check_step_and_walltime(global_step, walltime)
    _write_summary(writer, spectrum_pb(tag, density, top_eigenvalue=top_eigenvalue), global_step, walltime)


def _check_tag(tag) -> None:
    """A non-empty str that both TensorBoard loaders can serve.

    TensorBoard's default loader (the Rust data server) names each record by a JSON blob key
    it cannot parse back when the run or tag name holds a character JSON escapes (`"`, `\\`,
    control characters): every record of such a tag would be unreadable in the tab.
    """
    if not isinstance(tag, str) or not tag:
        raise ValueError(f"tag must be a non-empty string, got {tag!r}")
    bad = sorted({c for c in tag if c in '"\\' or ord(c) < 0x20})
    if bad:
        raise ValueError(
            f"tag {tag!r} contains {', '.join(repr(c) for c in bad)}: TensorBoard's default data loader "
            "cannot read records of a tag whose name holds '\"', '\\' or control characters; use another character"
        )
    if not _is_utf8(tag):
        raise ValueError(f"tag {tag!r} is not valid text (it holds a lone surrogate)")


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_step_and_walltime(global_step, walltime):
    """(int64 step or None, finite float or None); ValueError naming the argument otherwise.

    A non-finite wall time is refused: TensorBoard's Rust loader stops reading an event file at
    an event whose wall time is NaN, losing that step and everything after it.
    """
    if global_step is not None:
        try:
            if isinstance(global_step, bool):
                raise TypeError
            global_step = operator.index(global_step)
        except TypeError:
            raise ValueError(f"global_step must be an integer or None, got {global_step!r}") from None
        if not -(2 ** 63) <= global_step < 2 ** 63:
            raise ValueError(f"global_step must fit in int64 (-2**63 <= step < 2**63), got {global_step}")
    if walltime is not None:
        try:
            if isinstance(walltime, bool):
                raise TypeError
            walltime = float(walltime)
        except (TypeError, ValueError, OverflowError):
            raise ValueError(f"walltime must be a number of seconds or None, got {walltime!r}") from None
        if not math.isfinite(walltime):
            raise ValueError(f"walltime must be finite, got {walltime!r}")
    return global_step, walltime


def _file_writer_of(writer):
    """The object that accepts `add_summary(summary, step, walltime)` for `writer`.

    torch's and tensorboardX's `SummaryWriter` expose no public method that logs a ready-made
    `Summary`; their own `add_*` methods all go through `_get_file_writer().add_summary`, which
    also re-opens a closed writer. This is the one place that relies on that private method
    (tests/test_writers.py covers both libraries).
    """
    get = getattr(writer, "_get_file_writer", None)
    if callable(get):
        return get()
    return writer


def add_landscape(writer, tag: str, landscape: Landscape, global_step: Optional[int] = None,
                  walltime: Optional[float] = None) -> None:
    """Logs one landscape through an existing event writer.

    Args:
        writer: torch's `torch.utils.tensorboard.SummaryWriter`, a tensorboardX
            `SummaryWriter` (or either library's `FileWriter`), or TensorBoard's own
            `tensorboard.summary.writer.event_file_writer.EventFileWriter`.
        tag: the TensorBoard tag, e.g. "train/landscape".
        landscape: the `Landscape` to store.
        global_step: the training step, an integer in int64 range; None logs step 0.
        walltime: seconds since the epoch, finite; None uses the current time.

    The writer is not flushed: call `writer.flush()` so that TensorBoard sees the record
    before the writer's own flush interval (120 s for torch's SummaryWriter).

    Raises:
        ValueError: for a bad tag, landscape, step or walltime, or a writer of another kind.
    """
    global_step, walltime = _check_step_and_walltime(global_step, walltime)
    _write_summary(writer, landscape_pb(tag, landscape), global_step, walltime)


def _write_summary(writer, summary: summary_pb2.Summary, global_step: Optional[int], walltime: Optional[float]) -> None:
    """Hands `summary` to `writer` (see `add_landscape` for the writers taken)."""
    target = _file_writer_of(writer)
    if hasattr(target, "add_summary"):
        if type(target).__module__.startswith("tensorboardX"):
            # tensorboardX builds events from its own copy of the protos.
            from tensorboardX.proto import summary_pb2 as tbx_summary_pb2

            summary = tbx_summary_pb2.Summary.FromString(summary.SerializeToString())
        target.add_summary(summary, global_step, walltime)
    elif hasattr(target, "add_event"):
        event = event_pb2.Event(
            wall_time=time.time() if walltime is None else walltime,
            step=global_step or 0,
            summary=summary,
        )
        target.add_event(event)
    else:
        raise ValueError(
            "writer must be a torch or tensorboardX SummaryWriter or a TensorBoard "
            f"EventFileWriter, got {type(writer).__name__}"
        )
