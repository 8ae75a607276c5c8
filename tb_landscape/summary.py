"""Writes landscapes into TensorBoard event files. No torch import.

    summary = landscape_pb("train/landscape", land)        # a Summary proto, for any writer
    add_landscape(writer, "train/landscape", land, global_step=100)
"""

from __future__ import annotations

import math
import operator
import time
from typing import Optional

from tensorboard.compat.proto import event_pb2, summary_pb2, tensor_pb2, tensor_shape_pb2, types_pb2

from tb_landscape import metadata
from tb_landscape.landscape import Landscape

__all__ = ["landscape_pb", "add_landscape"]


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
    record = metadata.serialize_record(metadata.landscape_to_record(landscape))
    tensor = tensor_pb2.TensorProto(
        dtype=types_pb2.DT_STRING,
        tensor_shape=tensor_shape_pb2.TensorShapeProto(dim=[tensor_shape_pb2.TensorShapeProto.Dim(size=1)]),
        string_val=[record],
    )
    summary = summary_pb2.Summary()
    summary.value.add(
        tag=tag,
        metadata=metadata.create_summary_metadata(display_name, description),
        tensor=tensor,
    )
    return summary


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
    summary = landscape_pb(tag, landscape)
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
