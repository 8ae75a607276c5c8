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

Record kinds: the content's `kind` says which message every record of the tag holds
(`LandscapeRecord`, `SensitivityRecord`, `SpectrumRecord`; `RECORD_TYPES`), so the reader
picks the message from the tag's metadata; 0 (written before kinds) reads as a landscape,
and a kind this reader does not know is refused by name (`kind_name` is None) rather than
misread. All three messages put `crc32` at field 16, written last by `serialize_record`.
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


# Record kinds, as named in the proto (`LandscapePluginData.Kind`) and over HTTP (`tags`).
LANDSCAPE = "landscape"
SENSITIVITY = "sensitivity"
SPECTRUM = "spectrum"
KINDS = {
    LANDSCAPE: landscape_pb2.LandscapePluginData.LANDSCAPE,
    SENSITIVITY: landscape_pb2.LandscapePluginData.SENSITIVITY,
    SPECTRUM: landscape_pb2.LandscapePluginData.SPECTRUM,
}
_KIND_NAMES = {number: name for name, number in KINDS.items()}
# The message of each kind's records.
RECORD_TYPES = {
    LANDSCAPE: landscape_pb2.LandscapeRecord,
    SENSITIVITY: landscape_pb2.SensitivityRecord,
    SPECTRUM: landscape_pb2.SpectrumRecord,
}


def create_summary_metadata(display_name: str = "", description: str = "",
                            kind: str = LANDSCAPE) -> summary_pb2.SummaryMetadata:
    """Returns the `SummaryMetadata` that marks a tag as a tag of `kind` (one of `KINDS`)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {sorted(KINDS)}, got {kind!r}")
    content = landscape_pb2.LandscapePluginData(version=PROTO_VERSION, kind=KINDS[kind])
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
    if result.kind == landscape_pb2.LandscapePluginData.KIND_UNSPECIFIED:  # written before kinds
        result.kind = landscape_pb2.LandscapePluginData.LANDSCAPE
    return result


def kind_name(plugin_data: landscape_pb2.LandscapePluginData) -> Optional[str]:
    """The kind of a tag (`LANDSCAPE`, `SENSITIVITY`, `SPECTRUM`), or None for a kind this
    reader does not know (written by a newer tb-landscape)."""
    return _KIND_NAMES.get(int(plugin_data.kind))


def unknown_kind_message(kind: int) -> str:
    return (f"records of kind {kind} were written by a newer tb-landscape than this reader, which knows "
            f"kinds {sorted(KINDS.values())}: upgrade tb-landscape")


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


def serialize_record(record) -> bytes:
    """The bytes a writer stores for `record` (a record message of any kind, all of which
    number `crc32` 16): every field but `crc32`, then `crc32` last.

    `crc32` is zlib's CRC-32 of all the bytes before it (the 6-byte field `CRC_TRAILER`
    + 4 little-endian bytes ends the record), so a reader checks a record without
    re-serializing it. Protobuf parsers accept fields in any order, so older readers parse the
    result as before.
    """
    body = type(record)()
    body.CopyFrom(record)
    body.ClearField("crc32")
    data = body.SerializeToString()
    return data + CRC_TRAILER + struct.pack("<I", zlib.crc32(data))


def parse_record(data: bytes, kind: str = LANDSCAPE):
    """Parses and checks one serialized record of `kind` (the tag's, from its metadata).

    Checks what a reader relies on: the checksum (when the record carries one), the version;
    for a landscape, 1 or 2 axes with finite increasing coordinates, a shape [M, nx] or
    [M, ny, nx] that matches the axes and the metric names, exactly prod(shape) float32
    values, a centre of one coordinate per axis, and a trajectory whose arrays all have one
    entry per step; for the other kinds, see `_check_sensitivity` and `_check_spectrum`.

    Raises:
        RecordError: naming what is wrong (also for a kind this reader does not know).
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise RecordError(f"record must be bytes, got {type(data).__name__}")
    if kind not in RECORD_TYPES:
        raise RecordError(f"unknown record kind {kind!r}")
    data = bytes(data)
    record = RECORD_TYPES[kind]()
    try:
        record.ParseFromString(data)
    except Exception as e:
        raise RecordError(f"record does not parse: {e}") from None
    _check_crc(record, data)
    if record.version == 0:
        raise RecordError(f"record has no version (not a {RECORD_TYPES[kind].__name__}?)")
    if record.version > PROTO_VERSION:
        raise RecordError(
            f"record version {record.version} is newer than this reader's {PROTO_VERSION}: "
            "upgrade tb-landscape"
        )
    _CHECKS[kind](record)
    return record


def _check_landscape(record: landscape_pb2.LandscapeRecord) -> None:
    _check_grid(record)
    _check_trajectory(record)


def _check_sensitivity(record: landscape_pb2.SensitivityRecord) -> None:
    """At least one group, and one entry per group in every per-group field (`top_eigenvalue`
    may be empty: not measured)."""
    k = len(record.groups)
    if k == 0:
        raise RecordError("sensitivity record has no groups")
    for name in ("sizes", "trace", "trace_std_error", "top_eigenvalue"):
        n = len(getattr(record, name))
        if n != k and not (name == "top_eigenvalue" and n == 0):
            raise RecordError(f"sensitivity record {name} has {n} entries, expected {k} (one per group)")


def _check_spectrum(record: landscape_pb2.SpectrumRecord) -> None:
    """A grid of >= 2 finite increasing eigenvalues, a finite log density per grid point, one
    weight per outlier."""
    grid = np.asarray(record.grid, dtype=np.float64)
    if grid.size < 2 or not np.all(np.isfinite(grid)) or np.any(np.diff(grid) <= 0):
        raise RecordError("spectrum record grid has fewer than 2 points, or is not finite and increasing")
    if len(record.log_density) != grid.size:
        raise RecordError(f"spectrum record log_density has {len(record.log_density)} entries, expected "
                          f"{grid.size} (one per grid point)")
    if not np.all(np.isfinite(np.asarray(record.log_density, dtype=np.float64))):
        raise RecordError("spectrum record log_density is not finite")
    if len(record.outlier_weights) != len(record.outliers):
        raise RecordError(f"spectrum record outlier_weights has {len(record.outlier_weights)} entries, "
                          f"expected {len(record.outliers)} (one per outlier)")


def sensitivity_to_record(result: dict, grouping: str = "", samples: int = 0, seed: int = 0,
                          total_trace: float = math.nan, total_trace_std_error: float = math.nan,
                          data_description: str = "") -> landscape_pb2.SensitivityRecord:
    """A `SensitivityRecord` from `LayerSensitivity.to_dict()` (columns "group", "size",
    "trace", "trace_std_error", "top_eigenvalue", one entry per group); checked."""
    record = landscape_pb2.SensitivityRecord(
        version=PROTO_VERSION, groups=[str(g) for g in result["group"]],
        sizes=[int(v) for v in result["size"]], trace=[float(v) for v in result["trace"]],
        trace_std_error=[float(v) for v in result["trace_std_error"]],
        top_eigenvalue=[float(v) for v in result.get("top_eigenvalue", ())],
        total_trace=float(total_trace), total_trace_std_error=float(total_trace_std_error),
        grouping=str(grouping), samples=int(samples), seed=int(seed), data_description=str(data_description),
    )
    _check_sensitivity(record)
    return record


def spectrum_to_record(grid: dict, top_eigenvalue: Optional[float] = None,
                       data_description: str = "") -> landscape_pb2.SpectrumRecord:
    """A `SpectrumRecord` from `DensityGrid.to_dict()` (grid, log_density, sigma, outliers,
    outlier_weights, num_parameters, runs, steps); checked."""
    record = landscape_pb2.SpectrumRecord(
        version=PROTO_VERSION, grid=[float(v) for v in grid["grid"]],
        log_density=[float(v) for v in grid["log_density"]], sigma=float(grid["sigma"]),
        outliers=[float(v) for v in grid.get("outliers", ())],
        outlier_weights=[float(v) for v in grid.get("outlier_weights", ())],
        num_parameters=int(grid.get("num_parameters", 0)), runs=int(grid.get("runs", 0)),
        steps=int(grid.get("steps", 0)), data_description=str(data_description),
    )
    if top_eigenvalue is not None:
        record.top_eigenvalue = float(top_eigenvalue)
    _check_spectrum(record)
    return record


_CHECKS = {LANDSCAPE: _check_landscape, SENSITIVITY: _check_sensitivity, SPECTRUM: _check_spectrum}


def _check_crc(record, data: bytes) -> None:
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
