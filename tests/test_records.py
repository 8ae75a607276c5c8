"""`tb_landscape.records.RecordReader` over TensorBoard's own in-process data provider: each
record is read once however often and however concurrently it is asked for, and the caches
stay within their bounds."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from tensorboard import context
from tensorboard.backend.event_processing import data_provider, plugin_event_multiplexer

import tb_landscape as tbl
from tb_landscape import records

from writers import write

TAG = "train/landscape"


class CountingProvider:
    """TensorBoard's provider, counting `read_blob` calls (every call goes to the real one)."""

    def __init__(self, inner):
        self._inner = inner
        self.reads = 0
        self._lock = threading.Lock()

    def read_blob(self, ctx, *, blob_key):
        with self._lock:
            self.reads += 1
        return self._inner.read_blob(ctx, blob_key=blob_key)

    def __getattr__(self, name):
        return getattr(self._inner, name)


@pytest.fixture
def reader_and_provider(tmp_path):
    steps = list(range(40))
    write("event_file_writer", str(tmp_path / "run"), TAG,
          [(s, tbl.Landscape(values=np.full((3, 4), s, np.float32), xs=[0, 1, 2, 3], ys=[0, 1, 2])) for s in steps])
    mux = plugin_event_multiplexer.EventMultiplexer(tensor_size_guidance={"landscape": 0})
    mux.AddRunsFromDirectory(str(tmp_path))
    mux.Reload()
    provider = CountingProvider(data_provider.MultiplexerDataProvider(mux, str(tmp_path)))
    return records.RecordReader(provider, workers=4), provider


def test_each_record_is_read_once(reader_and_provider):
    reader, provider = reader_and_provider
    ctx = context.RequestContext()
    series = reader.series(ctx, "", "run", TAG)
    first = reader.summaries(ctx, "run", TAG, series)
    assert [info["ranges"] for ok, info in first] == [[[float(s), float(s)]] for s in range(40)]
    assert provider.reads == 40
    assert reader.summaries(ctx, "run", TAG, series) == first
    record, error = reader.record(ctx, "run", TAG, series[7])
    assert error is None and np.frombuffer(record.values, "<f4")[0] == 7.0
    assert provider.reads == 40  # `landscape` after `steps`: served from what `steps` read


def test_concurrent_requests_share_reads(reader_and_provider):
    reader, provider = reader_and_provider
    ctx = context.RequestContext()
    series = reader.series(ctx, "", "run", TAG)
    results = []
    threads = [threading.Thread(target=lambda: results.append(reader.summaries(ctx, "run", TAG, series)))
               for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 6 and all(r == results[0] for r in results)
    assert provider.reads == 40


def test_lru_stays_within_its_capacity():
    lru = records._Lru(10, cost=len)
    for i in range(20):
        lru.put(i, "x" * 3)
    assert sum(lru.get(i) is not None for i in range(20)) == 3
    assert lru.get(19) == "xxx" and lru.get(0) is None
    lru.put("big", "x" * 11)  # larger than the whole budget: not kept, nothing evicted
    assert lru.get("big") is None and lru.get(19) == "xxx"
