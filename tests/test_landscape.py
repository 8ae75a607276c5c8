"""`Landscape` / `Trajectory` validation and the proto round trip (no server)."""

import subprocess
import sys

import numpy as np
import pytest

import tb_landscape as tbl
from tb_landscape import metadata


def grid(ny=3, nx=4):
    return np.arange(ny * nx, dtype=np.float32).reshape(ny, nx)


def test_2d_single_metric():
    land = tbl.Landscape(values=grid(), xs=[0, 1, 2, 3], ys=[-1, 0, 1])
    assert land.dims == 2 and land.metrics == ("loss",)
    assert land.values.dtype == np.float32 and land.stacked().shape == (1, 3, 4)
    assert land.center == (0.0, 0.0)


def test_multi_metric_and_1d():
    land = tbl.Landscape(values=np.zeros((2, 5)), xs=np.linspace(-1, 1, 5), metric=["loss", "acc"])
    assert land.dims == 1 and land.metrics == ("loss", "acc")
    np.testing.assert_array_equal(land.metric_values("acc"), np.zeros(5))
    with pytest.raises(KeyError, match="no metric 'f1'"):
        land.metric_values("f1")


@pytest.mark.parametrize(
    "kwargs, match",
    [
        (dict(values=grid(3, 4), xs=[0, 1, 2], ys=[0, 1, 2]), r"Landscape.values has shape \(3, 4\), expected \(3, 3\)"),
        (dict(values=grid(), xs=[0, 1, 2, 3], ys=[0, 1]), r"Landscape.values has shape"),
        (dict(values=np.zeros((2, 3, 4)), xs=[0, 1, 2, 3], ys=[0, 1, 2]), r"Landscape.values has shape \(2, 3, 4\)"),
        (dict(values=np.zeros((2, 3, 4)), xs=[0, 1, 2, 3], ys=[0, 1, 2], metric=["a", "b", "c"]), r"M=len\(metric\)=3"),
        (dict(values=grid(), xs=[0, 1, np.nan, 3], ys=[0, 1, 2]), r"Landscape.xs has non-finite"),
        (dict(values=grid(), xs=[0, 1, 2, 3], ys=[0, np.inf, 2]), r"Landscape.ys has non-finite"),
        (dict(values=grid(), xs=[0, 2, 1, 3], ys=[0, 1, 2]), r"Landscape.xs must be strictly increasing"),
        (dict(values=np.zeros((0,)), xs=[]), r"Landscape.xs is empty"),
        (dict(values=np.zeros((3, 0)), xs=[0, 1], ys=[0, 1, 2]), r"Landscape.values is empty"),
        (dict(values=grid(), xs=[[0, 1, 2, 3]], ys=[0, 1, 2]), r"Landscape.xs must be 1D"),
        (dict(values="abc", xs=[0]), r"Landscape.values must be an array of real numbers"),
        (dict(values=np.zeros((2, 4)), xs=[0, 1, 2, 3], metric=["a", "a"]), r"duplicate names"),
        (dict(values=np.zeros(4), xs=[0, 1, 2, 3], metric=""), r"Landscape.metric must be"),
        (dict(values=np.zeros(4), xs=[0, 1, 2, 3], center=(0, 0)), r"Landscape.center must be 1 finite"),
        (dict(values=np.zeros(4), xs=[0, 1, 2, 3], seed=1.5), r"Landscape.seed must be an integer"),
        (dict(values=np.zeros(4), xs=[0, 1, 2, 3], extra={"a": 1}), r"Landscape.extra must be a dict"),
        (dict(values=np.zeros(4), xs=[0, 1, 2, 3], method=3), r"Landscape.method must be a str"),
        (dict(values=grid(), xs=[0, 1, 2, 3], ys=[0, 1, 2], trajectory=tbl.Trajectory(steps=[1], x=[0.0])),
         r"Landscape.trajectory.y must be given"),
    ],
)
def test_bad_landscape_names_the_field(kwargs, match):
    with pytest.raises(ValueError, match=match):
        tbl.Landscape(**kwargs)


def test_bad_trajectory():
    with pytest.raises(ValueError, match=r"Trajectory.x has 2 entries, expected 3"):
        tbl.Trajectory(steps=[1, 2, 3], x=[0.0, 1.0])
    with pytest.raises(ValueError, match=r"Trajectory.true_loss has 1 entries"):
        tbl.Trajectory(steps=[1, 2], x=[0.0, 1.0], true_loss=[1.0])


def special_values(shape):
    """Float32 values whose bits must survive: NaN (two payloads), +-inf, -0.0, denormals."""
    bits = np.array([0x7FC00000, 0x7FC00001, 0x7F800000, 0xFF800000, 0x80000000, 0x00000001,
                     0x7F7FFFFF, 0x3F800000], dtype=np.uint32)
    n = int(np.prod(shape))
    rng = np.random.default_rng(0)
    out = rng.standard_normal(n).astype(np.float32).view(np.uint32)
    out[: bits.size] = bits
    return out.view(np.float32).reshape(shape)


def test_record_round_trip_is_bit_exact():
    values = special_values((2, 5, 7))
    traj = tbl.Trajectory(steps=[0, 10, 20], x=[-1.0, -0.5, 0.0], y=[0.5, 0.25, 0.0],
                          plane_loss=[2.0, np.nan, 0.5], true_loss=[2.1, 1.0, 0.5], residual=[1.0, 0.5, 0.0])
    land = tbl.Landscape(values=values, xs=np.linspace(-1, 1, 7), ys=np.linspace(-2, 2, 5), metric=["loss", "acc"],
                         x_label="direction 1", x_unit="filter-normalized units", method="random",
                         normalization="filter", seed=0, bn_mode="frozen", data_description="64 digits",
                         frame_id="f1", explained_variance=(0.6, 0.2), extra={"k": "v"}, trajectory=traj)
    data = metadata.landscape_to_record(land).SerializeToString()
    back = metadata.record_to_landscape(metadata.parse_record(data))
    assert back.values.view(np.uint32).tobytes() == values.view(np.uint32).tobytes()
    assert back.metrics == ("loss", "acc") and back.seed == 0 and back.extra == {"k": "v"}
    assert back.explained_variance == (0.6, 0.2) and back.x_unit == "filter-normalized units"
    np.testing.assert_array_equal(back.trajectory.plane_loss, traj.plane_loss)
    np.testing.assert_array_equal(back.trajectory.steps, [0, 10, 20])


@pytest.mark.parametrize(
    "mutate, match",
    [
        (lambda r: r.ClearField("axes"), "0 axes"),
        (lambda r: r.shape.__setitem__(1, 99), "does not match"),
        (lambda r: setattr(r, "values", r.values[:-3]), "bytes of values"),
        (lambda r: setattr(r, "version", 99), "newer than this reader"),
        (lambda r: r.axes[0].coords.__setitem__(0, float("nan")), "axis 0"),
    ],
)
def test_parse_record_rejects_inconsistent_records(mutate, match):
    land = tbl.Landscape(values=grid(), xs=[0, 1, 2, 3], ys=[0, 1, 2])
    record = metadata.landscape_to_record(land)
    mutate(record)
    with pytest.raises(metadata.RecordError, match=match):
        metadata.parse_record(record.SerializeToString())


def test_parse_record_rejects_garbage():
    with pytest.raises(metadata.RecordError):
        metadata.parse_record(b"\xff\xff\xff\xff garbage")
    with pytest.raises(metadata.RecordError, match="no version"):
        metadata.parse_record(b"")


def test_writer_and_plugin_import_without_torch():
    code = (
        "import sys; sys.modules['torch'] = None\n"
        "import tb_landscape, tb_landscape.summary, tb_landscape.plugin, tb_landscape.metadata\n"
        "import numpy as np\n"
        "tb_landscape.landscape_pb('t', tb_landscape.Landscape(values=np.zeros(3), xs=[0, 1, 2]))\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_summary_metadata_marks_blob_sequence():
    from tensorboard.compat.proto import summary_pb2

    s = tbl.landscape_pb("train/landscape", tbl.Landscape(values=np.zeros(3), xs=[0, 1, 2]))
    v = s.value[0]
    assert v.tag == "train/landscape"
    assert v.metadata.plugin_data.plugin_name == "landscape"
    assert v.metadata.data_class == summary_pb2.DATA_CLASS_BLOB_SEQUENCE
    assert metadata.parse_plugin_metadata(v.metadata.plugin_data.content).version == metadata.PROTO_VERSION
    assert [d.size for d in v.tensor.tensor_shape.dim] == [1] and len(v.tensor.string_val) == 1


@pytest.mark.parametrize("tag", ["", None, 3])
def test_landscape_pb_rejects_bad_tag(tag):
    with pytest.raises(ValueError, match="tag must be a non-empty string"):
        tbl.landscape_pb(tag, tbl.Landscape(values=np.zeros(3), xs=[0, 1, 2]))


def test_add_landscape_rejects_bad_arguments(tmp_path):
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    land = tbl.Landscape(values=np.zeros(3), xs=[0, 1, 2])
    w = EventFileWriter(str(tmp_path))
    with pytest.raises(ValueError, match="global_step must be an integer"):
        tbl.add_landscape(w, "t", land, global_step=1.5)
    with pytest.raises(ValueError, match="walltime must be a number"):
        tbl.add_landscape(w, "t", land, walltime="noon")
    with pytest.raises(ValueError, match="landscape must be a tb_landscape.Landscape"):
        tbl.add_landscape(w, "t", np.zeros(3))
    with pytest.raises(ValueError, match="writer must be a torch or tensorboardX SummaryWriter"):
        tbl.add_landscape(object(), "t", land)
    w.close()


# ---- bad arguments at the door (issue 13) ------------------------------------------------------

def _writer(tmp_path):
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    return EventFileWriter(str(tmp_path))


@pytest.mark.parametrize("walltime", [float("nan"), float("inf"), -float("inf"), np.float64("nan")])
def test_add_landscape_refuses_a_non_finite_walltime(tmp_path, walltime):
    # The Rust loader stops reading an event file at a NaN wall time: every later step is lost.
    w = _writer(tmp_path)
    with pytest.raises(ValueError, match="walltime must be finite"):
        tbl.add_landscape(w, "t", tbl.Landscape(values=np.zeros(3), xs=[0, 1, 2]), walltime=walltime)
    w.close()


@pytest.mark.parametrize("step, ok", [(2 ** 63, False), (-(2 ** 63) - 1, False), (2 ** 70, False), (True, False),
                                      (2 ** 63 - 1, True), (-(2 ** 63), True), (np.int64(5), True)])
def test_add_landscape_checks_global_step_range(tmp_path, step, ok):
    w = _writer(tmp_path)
    land = tbl.Landscape(values=np.zeros(3), xs=[0, 1, 2])
    if ok:
        tbl.add_landscape(w, "t", land, global_step=step)
    else:
        with pytest.raises(ValueError, match="global_step must"):
            tbl.add_landscape(w, "t", land, global_step=step)
    w.close()


@pytest.mark.parametrize(
    "kwargs, match",
    [
        (dict(seed=2 ** 70), r"Landscape.seed must fit in int64"),
        (dict(seed=-(2 ** 63) - 1), r"Landscape.seed must fit in int64"),
        (dict(metric=None), r"Landscape.metric must be a name or a list of names, got None"),
        (dict(metric=5), r"Landscape.metric must be a name or a list of names, got 5"),
        (dict(metric=["loss", None]), r"Landscape.metric must be a non-empty name"),
        (dict(values=np.zeros(3) + 1j), r"Landscape.values must be an array of real numbers"),
        (dict(xs=[0, 1, 2j]), r"Landscape.xs must be an array of real numbers"),
        (dict(center=("a",)), r"Landscape.center must be an array of real numbers"),
        (dict(explained_variance={"a": 1}), r"Landscape.explained_variance must be an array of real numbers"),
        (dict(x_label="\ud800"), r"Landscape.x_label is not valid text"),
        (dict(metric="l\ud800"), r"Landscape.metric is not valid text"),
        (dict(extra={"k": "\udcff"}), r"Landscape.extra\['k'\] is not valid text"),
        (dict(extra={"\udcff": "v"}), r"Landscape.extra key is not valid text"),
    ],
)
def test_bad_fields_are_named_before_anything_is_written(kwargs, match):
    base = dict(values=np.zeros(3), xs=[0, 1, 2])
    with pytest.raises(ValueError, match=match):
        tbl.Landscape(**{**base, **kwargs})


@pytest.mark.parametrize(
    "kwargs, match",
    [
        (dict(steps=[0, 2 ** 70]), r"Trajectory.steps must"),
        (dict(steps=[0.5, 1.0]), r"Trajectory.steps must be integers"),
        (dict(steps=["a", "b"]), r"Trajectory.steps must be integers"),
        (dict(steps=[0, 1], x=[0, 1j]), r"Trajectory.x must be an array of real numbers"),
    ],
)
def test_bad_trajectory_fields_are_named(kwargs, match):
    with pytest.raises(ValueError, match=match):
        tbl.Trajectory(**{**dict(steps=[0, 1], x=[0.0, 1.0]), **kwargs})


@pytest.mark.parametrize("tag", ['a"b', "a\\b", "a\nb", "a\x00b"])
def test_tags_the_default_loader_cannot_read_are_refused_with_the_reason(tag):
    with pytest.raises(ValueError, match="TensorBoard's default data loader cannot read"):
        tbl.landscape_pb(tag, tbl.Landscape(values=np.zeros(3), xs=[0, 1, 2]))


def test_every_field_either_refused_by_name_or_storable():
    """Seeded junk in each field: a ValueError naming the field, or a landscape that the writer
    can store (never an error from deep inside numpy or protobuf)."""
    rng = np.random.default_rng(13)
    junk = [None, 5, 2 ** 70, -(2 ** 70), float("nan"), float("inf"), "abc", b"x", [], [None], ["a", None],
            {"a": 1}, object(), 1.5, True, np.zeros((2, 2)), [[1, 2]], 1j, [1j], np.array(["a"]), -1, (1, 2, 3),
            ("a", 3), "\ud800", [2 ** 64], np.zeros(3, dtype=object), {"\ud800": "x"}]
    fields = ["values", "xs", "ys", "metric", "x_label", "y_label", "x_unit", "y_unit", "center", "method",
              "normalization", "seed", "bn_mode", "data_description", "frame_id", "explained_variance", "extra",
              "trajectory"]
    base = dict(values=np.zeros((3, 4)), xs=[0, 1, 2, 3], ys=[0, 1, 2])
    for field in fields:
        for i in rng.permutation(len(junk)):
            try:
                land = tbl.Landscape(**{**base, field: junk[i]})
            except ValueError as e:
                # The field itself, or a field it disagrees with, naming it ("len(xs)=1").
                assert str(e).startswith("Landscape.") and field in str(e), (field, junk[i], e)
                continue
            tbl.landscape_pb("t", land)


# ---- checksums (issue 13) --------------------------------------------------------------------

def _small_record(**kwargs):
    traj = tbl.Trajectory(steps=[0, 5], x=[-1.0, 0.0], y=[0.5, 0.0], plane_loss=[1, 2], true_loss=[1, 2],
                          residual=[0, 0])
    land = tbl.Landscape(values=grid(), xs=[0, 1, 2, 3], ys=[0, 1, 2], seed=3, method="random", frame_id="abc",
                         extra={"k": "v"}, trajectory=traj, **kwargs)
    return metadata.landscape_to_record(land)


def test_the_checksum_is_the_last_field_and_covers_the_bytes_before_it():
    import zlib

    data = metadata.serialize_record(_small_record())
    assert data[-6:-4] == metadata.CRC_TRAILER
    assert int.from_bytes(data[-4:], "little") == zlib.crc32(data[:-6])
    assert metadata.parse_record(data).crc32 == zlib.crc32(data[:-6])


def test_every_single_bit_flip_of_a_record_is_refused():
    data = metadata.serialize_record(_small_record())
    for i in range(len(data) * 8):
        flipped = bytearray(data)
        flipped[i // 8] ^= 1 << (i % 8)
        with pytest.raises(metadata.RecordError):
            metadata.parse_record(bytes(flipped))


def test_a_record_without_checksum_reads_unchecked_unless_it_has_unknown_fields():
    old = _small_record().SerializeToString()  # as written before checksums existed
    assert not metadata.parse_record(old).HasField("crc32")
    with pytest.raises(metadata.RecordError, match="holds fields this reader does not know"):
        metadata.parse_record(old + b"\x8d\x01\x00\x00\x00\x00")  # field 17: a damaged checksum tag


def test_a_checksum_that_is_not_last_is_refused():
    data = metadata.serialize_record(_small_record())
    with pytest.raises(metadata.RecordError, match="checksum"):
        metadata.parse_record(data + b"\x3a\x00")  # an empty `method` (field 7) after the checksum


@pytest.mark.parametrize(
    "mutate, match",
    [
        (lambda r: r.trajectory.x.pop(), r"trajectory.x has 1 entries, expected 2"),
        (lambda r: r.trajectory.y.append(1.0), r"trajectory.y has 3 entries, expected 2"),
        (lambda r: r.trajectory.plane_loss.pop(), r"trajectory.plane_loss has 1 entries"),
        (lambda r: r.trajectory.steps.append(9), r"trajectory.x has 2 entries, expected 3"),
    ],
)
def test_parse_record_checks_the_trajectory(mutate, match):
    record = _small_record()
    mutate(record)
    with pytest.raises(metadata.RecordError, match=match):
        metadata.parse_record(metadata.serialize_record(record))
