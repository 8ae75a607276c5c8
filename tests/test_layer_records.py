"""Sensitivity and spectrum records: written by `tb_landscape.summary`, read back through a real
TensorBoard under both loaders, served by the `tags`, `steps`, `sensitivity` and `spectrum`
routes; files of the first format still read; a kind from a newer writer is skipped with a
reason; the field names agree across the proto, the HTTP answers and the TypeScript client."""

from __future__ import annotations

import math
import os
import re

import numpy as np
import pytest
from tensorboard.compat.proto import event_pb2, summary_pb2

import tb_landscape as tbl
from tb_landscape import metadata, plugin
from tb_landscape.proto import landscape_pb2

from writers import density_grid, open_writer, plane, sensitivity_table, write, write_layers

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_writers_check_their_input_and_name_it():
    with pytest.raises(ValueError, match="tag"):
        tbl.sensitivity_pb("", sensitivity_table(1))
    bad = sensitivity_table(1)
    bad["trace"] = bad["trace"][:1]
    with pytest.raises(ValueError, match="trace has 1 entries, expected 3"):
        tbl.sensitivity_pb("layers", bad)
    with pytest.raises(ValueError, match="LayerSensitivity"):
        tbl.sensitivity_pb("layers", [1, 2])
    d = density_grid(1)
    d["log_density"] = d["log_density"][:-1]
    with pytest.raises(ValueError, match="log_density has 63 entries, expected 64"):
        tbl.spectrum_pb("spectrum", d)
    d = density_grid(1)
    d["grid"] = d["grid"][::-1]
    with pytest.raises(ValueError, match="increasing"):
        tbl.spectrum_pb("spectrum", d)


def test_records_round_trip_and_kinds_are_in_the_metadata():
    s = tbl.sensitivity_pb("layers", sensitivity_table(5))
    content = metadata.parse_plugin_metadata(s.value[0].metadata.plugin_data.content)
    assert metadata.kind_name(content) == "sensitivity"
    assert s.value[0].metadata.data_class == summary_pb2.DATA_CLASS_BLOB_SEQUENCE
    rec = metadata.parse_record(s.value[0].tensor.string_val[0], "sensitivity")
    assert list(rec.groups) == ["conv1", "conv2", "fc"] and list(rec.sizes) == [100, 200, 300]
    # a checksum, as landscapes have: a flipped byte is caught
    data = bytearray(s.value[0].tensor.string_val[0])
    data[5] ^= 1
    with pytest.raises(metadata.RecordError, match="checksum|parse"):
        metadata.parse_record(bytes(data), "sensitivity")
    sp = tbl.spectrum_pb("spectrum", density_grid(0))
    rec = metadata.parse_record(sp.value[0].tensor.string_val[0], "spectrum")
    assert rec.top_eigenvalue == 10.0  # the largest outlier when none is given
    assert metadata.kind_name(metadata.parse_plugin_metadata(sp.value[0].metadata.plugin_data.content)) == "spectrum"
    # metadata of the first format (no kind) reads as a landscape tag
    old = landscape_pb2.LandscapePluginData(version=1).SerializeToString()
    assert metadata.kind_name(metadata.parse_plugin_metadata(old)) == "landscape"


def _write_newer_kind(logdir: str, tag: str) -> None:
    """A record of kind 9 (a newer writer's) with one EventFileWriter."""
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    summary = tbl.spectrum_pb(tag, density_grid(1))
    summary.value[0].metadata.plugin_data.content = b"\x08\x01\x10\x09"  # version 1, kind 9
    w = EventFileWriter(logdir)
    w.add_event(event_pb2.Event(wall_time=1.0, step=3, summary=summary))
    w.close()


def test_routes_under_both_loaders(tmp_path, tensorboard_server, load_fast):
    write("event_file_writer", str(tmp_path / "run"), "landscape", [(1, plane())])
    write_layers(str(tmp_path / "run" / "layers"), "layers", "spectrum", steps=(100, 200, 300))
    _write_newer_kind(str(tmp_path / "run" / "newer"), "future")
    server = tensorboard_server(tmp_path, load_fast=load_fast)
    server.wait_for(lambda: len(server.plugin_json("tags").get("run/layers", {})) == 2
                    and server.plugin_json("tags").get("run/layers", {})["layers"]["max_step"] == 300
                    and "run/newer" in server.plugin_json("tags"), what="tags")
    tags = server.plugin_json("tags")
    assert tags["run"]["landscape"]["kind"] == "landscape"
    assert tags["run/layers"]["layers"]["kind"] == "sensitivity"
    assert tags["run/layers"]["spectrum"]["kind"] == "spectrum"
    assert tags["run/newer"]["future"]["kind"] == "unknown"

    steps = server.plugin_json("steps", run="run/newer", tag="future")
    assert steps["steps"] == [] and steps["skipped"][0]["step"] == 3
    assert "newer tb-landscape" in steps["skipped"][0]["error"]
    steps = server.plugin_json("steps", run="run/layers", tag="layers")
    assert steps["kind"] == "sensitivity" and [s["step"] for s in steps["steps"]] == [100, 200, 300]
    assert steps["steps"][0]["groups"] == ["conv1", "conv2", "fc"]

    sens = server.plugin_json("sensitivity", run="run/layers", tag="layers")
    assert sens["groups"] == ["conv1", "conv2", "fc"] and sens["sizes"] == [100, 200, 300]
    assert sens["steps"] == [100, 200, 300] and sens["skipped"] == []
    for i, s in enumerate(sens["steps"]):
        t = sensitivity_table(s)
        assert sens["trace"][i] == pytest.approx(t["trace"], rel=1e-6)
        assert sens["trace_std_error"][i] == pytest.approx(t["trace_std_error"], rel=1e-6)
        assert sens["top_eigenvalue"][i] == pytest.approx(t["top_eigenvalue"], rel=1e-6)

    spec = server.plugin_json("spectrum", run="run/layers", tag="spectrum")
    assert [s["step"] for s in spec["steps"]] == [100, 200, 300]
    first = spec["steps"][0]
    d = density_grid(100)
    assert first["grid"] == pytest.approx(d["grid"], rel=1e-6)
    assert first["log_density"] == pytest.approx(d["log_density"], rel=1e-6)
    assert first["outliers"] == [9.0, 4.0] and first["top_eigenvalue"] == 9.0 and first["num_parameters"] == 1000

    # the wrong route for a tag, unknown names, missing parameters: a clear 4xx
    for route, run, tag, want in [("sensitivity", "run/layers", "spectrum", "is a spectrum tag"),
                                  ("spectrum", "run", "landscape", "is a landscape tag"),
                                  ("landscape", "run/layers", "layers", "is a sensitivity tag"),
                                  ("spectrum", "run/newer", "future", "does not know"),
                                  ("sensitivity", "nope", "layers", "no landscapes in run")]:
        status, _, body = server.plugin(route, run=run, tag=tag)
        assert status == 404 and want in body.decode(), (route, body)
    assert server.plugin("spectrum", run="run/layers")[0] == 400


def test_field_names_agree_across_proto_http_and_typescript():
    """Every field of the new records reaches the HTTP answer under its proto name (or is
    listed here as not served) and is declared in the TypeScript client (api.ts)."""
    with open(os.path.join(ROOT, "frontend", "src", "api.ts")) as f:
        ts = f.read()
    not_served = {"version", "crc32", "extra", "data_description", "grouping", "samples", "seed",
                  "total_trace_std_error", "runs", "steps"}
    sens_keys = set(plugin.sensitivity_series([]))
    fake = type("D", (), {"step": 1, "wall_time": 1.0})()
    spec_keys = set(plugin.spectrum_step(fake, metadata.spectrum_to_record(density_grid(1), 3.0)))
    for message, served in ((landscape_pb2.SensitivityRecord, sens_keys), (landscape_pb2.SpectrumRecord, spec_keys)):
        for field in message.DESCRIPTOR.fields:
            if field.name not in not_served:
                assert field.name in served, (message.__name__, field.name)
    for interface, keys in (("SensitivityResponse", sens_keys), ("SpectrumStep", spec_keys)):
        body = re.search(r"export interface " + interface + r" \{(.*?)\n\}", ts, re.S)
        assert body, interface
        declared = set(re.findall(r"^\s+(\w+)\??:", body.group(1), re.M))
        assert keys - {"run", "tag", "skipped"} <= declared, (interface, keys - declared)
