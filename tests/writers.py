"""Writing test data with each supported writer, and hand-made bad events."""

from __future__ import annotations

import os
import time

import numpy as np

import tb_landscape as tbl

WRITERS = ("torch", "tensorboardX", "event_file_writer")


def open_writer(kind: str, logdir: str):
    """A writer of `kind` for `logdir`; close it with `.close()`."""
    if kind == "torch":
        from torch.utils.tensorboard import SummaryWriter

        return SummaryWriter(logdir)
    if kind == "tensorboardX":
        from tensorboardX import SummaryWriter

        return SummaryWriter(logdir)
    if kind == "event_file_writer":
        from tensorboard.summary.writer.event_file_writer import EventFileWriter

        return EventFileWriter(logdir)
    raise ValueError(kind)


def write(kind: str, logdir: str, tag: str, items) -> None:
    """Writes (step, landscape) items with a writer of `kind` and closes it."""
    w = open_writer(kind, logdir)
    for step, land in items:
        tbl.add_landscape(w, tag, land, global_step=step)
    w.flush()
    w.close()


def sensitivity_table(step: int, groups=("conv1", "conv2", "fc")) -> dict:
    """A `LayerSensitivity.to_dict()`-like table whose values move with `step`."""
    k = len(groups)
    trace = [float((i + 1) * 10.0 / (1 + step / 100)) for i in range(k)]
    return {"group": list(groups), "size": [100 * (i + 1) for i in range(k)], "trace": trace,
            "trace_std_error": [t / 10 for t in trace], "top_eigenvalue": [t / 3 for t in trace]}


def density_grid(step: int, points: int = 64) -> dict:
    """A `DensityGrid.to_dict()`-like density: a Gaussian bulk and two outliers."""
    grid = np.linspace(-1.0, 12.0, points)
    dens = np.exp(-grid ** 2 / 0.5) + 1e-6
    dens /= np.trapezoid(dens, grid) if hasattr(np, "trapezoid") else np.trapz(dens, grid)
    return {"grid": grid.tolist(), "log_density": np.log(dens).tolist(), "sigma": 0.05,
            "outliers": [10.0 - step / 100, 4.0], "outlier_weights": [0.001, 0.001], "num_parameters": 1000,
            "runs": 1, "steps": 20}


def write_layers(logdir: str, layers_tag: str, spectrum_tag: str, steps=(1, 2)) -> None:
    """Writes a sensitivity and a spectrum record at each step with one EventFileWriter."""
    w = open_writer("event_file_writer", logdir)
    for s in steps:
        tbl.add_layer_sensitivity(w, layers_tag, sensitivity_table(s), global_step=s)
        tbl.add_spectrum(w, spectrum_tag, density_grid(s), global_step=s)
    w.flush()
    w.close()


def plane(seed: int = 0, ny: int = 31, nx: int = 41) -> tbl.Landscape:
    """A smooth bowl with a little noise, on a non-square grid."""
    xs, ys = np.linspace(-1, 1, nx), np.linspace(-1.5, 1.5, ny)
    X, Y = np.meshgrid(xs, ys)
    rng = np.random.default_rng(seed)
    Z = (X ** 2 + 0.5 * Y ** 2 + 0.3 * np.sin(3 * X) + 0.01 * rng.standard_normal(X.shape)).astype(np.float32)
    return tbl.Landscape(values=Z, xs=xs, ys=ys, x_label="direction 1", y_label="direction 2",
                         x_unit="filter-normalized units", y_unit="filter-normalized units",
                         method="random", normalization="filter", seed=seed)


def write_mixed(logdir: str, tag: str, items) -> None:
    """Writes (step, Landscape or raw bytes) items in order with one EventFileWriter.

    Raw bytes go into the landscape tensor as they are: a corrupt record, as a broken writer
    or a damaged file would leave it.
    """
    from tensorboard.compat.proto import event_pb2
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    w = EventFileWriter(logdir)
    for step, item in items:
        if isinstance(item, tbl.Landscape):
            summary = tbl.landscape_pb(tag, item)
        else:
            summary = tbl.landscape_pb(tag, tbl.Landscape(values=np.zeros(1), xs=[0.0]))
            summary.value[0].tensor.string_val[0] = item
        w.add_event(event_pb2.Event(wall_time=time.time(), step=step, summary=summary))
    w.close()


def event_files(logdir: str):
    return sorted(os.path.join(logdir, f) for f in os.listdir(logdir) if "tfevents" in f)


def write_events(logdir: str, items) -> None:
    """Writes (step, tag, value) events in order with one EventFileWriter, bypassing the
    writer's checks, as another program or a damaged file would leave them. `value` is a
    `Landscape`, raw record bytes (put in the string tensor as they are), or a `TensorProto`
    that replaces the landscape tensor (a foreign writer's dtype or shape)."""
    from tensorboard.compat.proto import event_pb2, tensor_pb2
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    w = EventFileWriter(logdir)
    for step, tag, value in items:
        land = value if isinstance(value, tbl.Landscape) else tbl.Landscape(values=np.zeros(1), xs=[0.0])
        summary = tbl.landscape_pb("placeholder", land)
        summary.value[0].tag = tag
        if isinstance(value, (bytes, bytearray)):
            summary.value[0].tensor.string_val[0] = bytes(value)
        elif isinstance(value, tensor_pb2.TensorProto):
            summary.value[0].tensor.CopyFrom(value)
        w.add_event(event_pb2.Event(wall_time=1.7e9 + step, step=step, summary=summary))
    w.close()


def flip_bit(path: str, needle: bytes, offset: int, bit: int = 0) -> None:
    """Flips one bit of the file at `path`, `offset` bytes into the only occurrence of `needle`
    (a serialized record): a bit flip on disk, which the event file's own framing does not
    stop TensorBoard's Rust loader from serving."""
    with open(path, "rb") as f:
        data = bytearray(f.read())
    at = data.find(needle)
    if at < 0 or data.find(needle, at + 1) >= 0:
        raise ValueError("needle must occur exactly once in the file")
    data[at + offset] ^= 1 << bit
    with open(path, "wb") as f:
        f.write(bytes(data))
