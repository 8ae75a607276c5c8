"""The contract between the writer (`summary`) and the reader (`plugin`).

The plugin name, the format version, the tensor layout, and the conversion between a
`Landscape` and its `LandscapeRecord` proto. Imports only numpy, TensorBoard's protos and
the generated proto: no torch.

Layout of one summary value: a DT_STRING tensor of shape [1] holding one serialized
`LandscapeRecord`, whose last 6 bytes are its `crc32` field, a CRC-32 of the bytes before it
(`serialize_record`; records written before that field existed lack it and are read
unchecked); metadata `plugin_name=PLUGIN_NAME`, content a serialized `LandscapePluginData`,
`data_class=DATA_CLASS_BLOB_SEQUENCE` (TensorBoard fills in the data class only for its own
plugins; without it the data provider never shows the data).
"""

from __future__ import annotations

import math
import struct
import zlib
from typing import Optional

import numpy as np
from tensorboard.compat.proto import summary_pb2

from tb_landscape.landscape import Landscape, Trajectory
from tb_landscape.proto import landscape_pb2

PLUGIN_NAME = "landscape"

# Version written into LandscapePluginData and LandscapeRecord; readers accept <= this.
PROTO_VERSION = 1

# Values are float32 little-endian, C order.
VALUES_DTYPE = np.dtype("<f4")

# The tag of `LandscapeRecord.crc32` (field 16, wire type 5: fixed32), which writers put last.
CRC_TRAILER = bytes([(16 << 3 | 5) & 0x7F | 0x80, (16 << 3 | 5) >> 7])


class RecordError(ValueError):
    """A record cannot be decoded (corrupt, truncated, or from a newer writer)."""


def create_summary_metadata(display_name: str = "", description: str = "") -> summary_pb2.SummaryMetadata:
    """Returns the `SummaryMetadata` that marks a tag as a landscape tag."""
    content = landscape_pb2.LandscapePluginData(
        version=PROTO_VERSION, kind=landscape_pb2.LandscapePluginData.LANDSCAPE
    )
    return summary_pb2.SummaryMetadata(
        display_name=display_name,
        summary_description=description,
        plugin_data=summary_pb2.SummaryMetadata.PluginData(
            plugin_name=PLUGIN_NAME, content=content.SerializeToString()
        ),
        data_class=summary_pb2.DATA_CLASS_BLOB_SEQUENCE,
    )


def parse_plugin_metadata(content: bytes) -> landscape_pb2.LandscapePluginData:
    """Parses the plugin-specific content of a tag's summary metadata.

    Raises:
        RecordError: when `content` is not bytes or does not parse.
    """
    if not isinstance(content, (bytes, bytearray)):
        raise RecordError(f"plugin metadata content must be bytes, got {type(content).__name__}")
    result = landscape_pb2.LandscapePluginData()
    try:
        result.ParseFromString(bytes(content))
    except Exception as e:  # protobuf raises DecodeError, or others on some backends
        raise RecordError(f"plugin metadata does not parse: {e}") from None
    if result.version == 0:  # written before versions existed, or by hand: the first format
        result.version = 1
    return result


def landscape_to_record(landscape: Landscape) -> landscape_pb2.LandscapeRecord:
    """Converts a validated `Landscape` into its `LandscapeRecord` proto."""
    stacked = landscape.stacked()
    record = landscape_pb2.LandscapeRecord(
        version=PROTO_VERSION,
        metrics=list(landscape.metrics),
        shape=list(stacked.shape),
        values=np.ascontiguousarray(stacked, dtype=VALUES_DTYPE).tobytes(),
        center=list(landscape.center),
        method=landscape.method,
        normalization=landscape.normalization,
        has_seed=landscape.seed is not None,
        seed=landscape.seed or 0,
        bn_mode=landscape.bn_mode,
        data_description=landscape.data_description,
        frame_id=landscape.frame_id,
    )
    record.extra.update(landscape.extra)
    ev = landscape.explained_variance or (math.nan,) * landscape.dims
    axes = [(landscape.x_label, landscape.x_unit, landscape.xs)]
    if landscape.ys is not None:
        axes.append((landscape.y_label, landscape.y_unit, landscape.ys))
    for (label, unit, coords), var in zip(axes, ev):
        record.axes.add(label=label, unit=unit, coords=coords.tolist(), explained_variance=var)
    traj = landscape.trajectory
    if traj is not None:
        t = record.trajectory
        t.steps.extend(traj.steps.tolist())
        t.x.extend(traj.x.tolist())
        if traj.y is not None:
            t.y.extend(traj.y.tolist())
        for name in ("plane_loss", "true_loss", "residual"):
            v = getattr(traj, name)
            if v is not None:
                getattr(t, name).extend(v.tolist())
    return record


def serialize_record(record: landscape_pb2.LandscapeRecord) -> bytes:
    """The bytes a writer stores for `record`: every field but `crc32`, then `crc32` last.

    `crc32` is zlib's CRC-32 of all the bytes before it (the 6-byte field `CRC_TRAILER`
    + 4 little-endian bytes ends the record), so a reader checks a record without
    re-serializing it. Protobuf parsers accept fields in any order, so older readers parse the
    result as before.
    """
    body = landscape_pb2.LandscapeRecord()
    body.CopyFrom(record)
    body.ClearField("crc32")
    data = body.SerializeToString()
    return data + CRC_TRAILER + struct.pack("<I", zlib.crc32(data))


def parse_record(data: bytes) -> landscape_pb2.LandscapeRecord:
    """Parses and checks one serialized record.

    Checks what a reader relies on: the checksum (when the record carries one), the version,
    1 or 2 axes with finite increasing coordinates, a shape [M, nx] or [M, ny, nx] that matches
    the axes and the metric names, exactly prod(shape) float32 values, a centre of one
    coordinate per axis, and a trajectory whose arrays all have one entry per step.

    Raises:
        RecordError: naming what is wrong.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise RecordError(f"record must be bytes, got {type(data).__name__}")
    data = bytes(data)
    record = landscape_pb2.LandscapeRecord()
    try:
        record.ParseFromString(data)
    except Exception as e:
        raise RecordError(f"record does not parse: {e}") from None
    _check_crc(record, data)
    if record.version == 0:
        raise RecordError("record has no version (not a LandscapeRecord?)")
    if record.version > PROTO_VERSION:
        raise RecordError(
            f"record version {record.version} is newer than this reader's {PROTO_VERSION}: "
            "upgrade tb-landscape"
        )
    _check_grid(record)
    _check_trajectory(record)
    return record


def _check_crc(record: landscape_pb2.LandscapeRecord, data: bytes) -> None:
    """Checks `crc32` against the bytes before it; a record without one is read unchecked
    (written before checksums), unless it holds fields this reader does not know: a bit flip
    in the checksum field's tag turns it into such a field."""
    if record.HasField("crc32"):
        n = len(CRC_TRAILER) + 4
        if data[-n:-4] != CRC_TRAILER or struct.unpack("<I", data[-4:])[0] != record.crc32 \
                or zlib.crc32(memoryview(data)[:-n]) != record.crc32:
            raise RecordError("record checksum (crc32) does not match its bytes: "
                              "the record was damaged after it was written")
        return
    size = record.ByteSize()
    record.DiscardUnknownFields()
    if record.ByteSize() != size:
        raise RecordError("record has no checksum (crc32) and holds fields this reader does not know: "
                          "a damaged record")


def _check_grid(record: landscape_pb2.LandscapeRecord) -> None:
    dims = len(record.axes)
    if dims not in (1, 2):
        raise RecordError(f"record has {dims} axes, expected 1 or 2")
    grid = []
    for i, axis in enumerate(record.axes):
        coords = np.asarray(axis.coords, dtype=np.float64)
        if coords.size == 0 or not np.all(np.isfinite(coords)) or np.any(np.diff(coords) <= 0):
            raise RecordError(f"axis {i} coordinates are empty, not finite or not increasing")
        grid.append(coords.size)
    expected = [len(record.metrics)] + grid[::-1]  # [M, ny, nx] or [M, nx]
    if len(record.metrics) == 0:
        raise RecordError("record has no metric names")
    if list(record.shape) != expected:
        raise RecordError(f"record shape {list(record.shape)} does not match axes and metrics {expected}")
    n = int(np.prod(expected))
    if len(record.values) != n * VALUES_DTYPE.itemsize:
        raise RecordError(
            f"record has {len(record.values)} bytes of values, expected {n * VALUES_DTYPE.itemsize}"
        )
    if len(record.center) not in (0, dims):
        raise RecordError(f"record center has {len(record.center)} coordinates, expected {dims}")


def _check_trajectory(record: landscape_pb2.LandscapeRecord) -> None:
    """Every array of the trajectory has one entry per step (`y` none for 1D, the losses
    none when not recorded)."""
    if not record.HasField("trajectory"):
        return
    t = record.trajectory
    n = len(t.steps)
    dims = len(record.axes)
    if len(t.x) != n:
        raise RecordError(f"record trajectory.x has {len(t.x)} entries, expected {n} (one per trajectory.steps)")
    if dims == 2 and len(t.y) != n:
        raise RecordError(f"record trajectory.y has {len(t.y)} entries, expected {n} (one per trajectory.steps)")
    if dims == 1 and len(t.y):
        raise RecordError(f"record trajectory.y has {len(t.y)} entries, expected none for a 1D landscape")
    for name in ("plane_loss", "true_loss", "residual"):
        k = len(getattr(t, name))
        if k not in (0, n):
            raise RecordError(f"record trajectory.{name} has {k} entries, expected {n} (one per "
                              "trajectory.steps) or none")


def record_to_landscape(record: landscape_pb2.LandscapeRecord) -> Landscape:
    """Converts a checked record (see `parse_record`) back into a `Landscape`."""
    shape = tuple(record.shape)
    values = np.frombuffer(record.values, dtype=VALUES_DTYPE).reshape(shape).astype(np.float32)
    metrics = list(record.metrics)
    xs = np.asarray(record.axes[0].coords)
    ys = np.asarray(record.axes[1].coords) if len(record.axes) == 2 else None
    ev = [a.explained_variance for a in record.axes]
    trajectory: Optional[Trajectory] = None
    if record.HasField("trajectory") and len(record.trajectory.steps):
        t = record.trajectory
        trajectory = Trajectory(
            steps=np.asarray(t.steps, dtype=np.int64),
            x=np.asarray(t.x),
            y=np.asarray(t.y) if ys is not None else None,
            plane_loss=np.asarray(t.plane_loss, dtype=np.float32) if len(t.plane_loss) else None,
            true_loss=np.asarray(t.true_loss, dtype=np.float32) if len(t.true_loss) else None,
            residual=np.asarray(t.residual, dtype=np.float32) if len(t.residual) else None,
        )
    return Landscape(
        values=values if len(metrics) > 1 else values[0],
        xs=xs,
        ys=ys,
        metric=metrics if len(metrics) > 1 else metrics[0],
        x_label=record.axes[0].label,
        y_label=record.axes[1].label if ys is not None else "y",
        x_unit=record.axes[0].unit,
        y_unit=record.axes[1].unit if ys is not None else "",
        center=tuple(record.center) or None,
        method=record.method,
        normalization=record.normalization,
        seed=record.seed if record.has_seed else None,
        bn_mode=record.bn_mode,
        data_description=record.data_description,
        frame_id=record.frame_id,
        explained_variance=None if all(math.isnan(v) for v in ev) else tuple(ev),
        extra=dict(record.extra),
        trajectory=trajectory,
    )
