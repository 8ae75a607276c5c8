"""Reading landscape records through a TensorBoard data provider: concurrently, checked,
remembered. No torch import; used by `tb_landscape.plugin`.

Why concurrently: under TensorBoard's default loader every data-provider call is a gRPC call
to the Rust data server, and one call alone costs ~45 ms on loopback whatever its size: the
server's socket waits (Nagle) for an acknowledgement that the client delays (delayed ACK).
That is waiting, not work, and it vanishes as soon as a second call is in flight on the same
connection, whose frames carry the acknowledgement: a cold `steps` of 1,000 records took 44 s
read one at a time, 1.3 s with 2 reads in flight, 0.95-1.1 s with 4 to 128 (benchmarks/scale.py;
beyond a few, the Python side, gRPC plus parsing and checksums under the GIL, is the limit).
So a tag's records are read by a small pool of threads, and what each read learnt is
remembered, since a record never changes once written:

- per record (keyed by blob key and wall time, so a step logged again is read again): a
  small summary (shape, metric names, finite range per metric) or the reason it is unreadable;
- the parsed records themselves, up to a byte budget, so that the `landscape` route serves
  a step that `steps` has just read without reading it again;
- per (run, tag), the series of steps last listed, reused for `MAX_SERIES_AGE_S` by the
  `landscape` route (the `steps` route always lists afresh).

Why not a per-step summary logged by the writer beside each record (one `read_tensors` call
for a whole tag): the `steps` route must list a damaged record as damaged, which only reading
it can tell, and event files written before such a summary would still need this path.
"""

from __future__ import annotations

import collections
import concurrent.futures
import logging
import threading
import time
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np
from tensorboard import errors
from tensorboard.data import provider

from tb_landscape import metadata

logger = logging.getLogger(__name__)

# Concurrent reads from the data provider, shared by all requests (see the module docstring:
# 2 already remove the per-call wait of the Rust data server; 8 leave room for several
# requests at once without more threads than the GIL can use).
READ_WORKERS = 8

# Record summaries remembered (a few hundred bytes each).
SUMMARY_ENTRIES = 50_000

# Parsed records remembered for the `landscape` route, in bytes of record.
RECORD_BYTES = 64 * 1024 * 1024

# How long the `landscape` route may reuse a tag's listed steps before listing them again.
MAX_SERIES_AGE_S = 1.0

# `read_blob_sequences` needs a downsampling target; ask for every step that was kept.
_READ_ALL = 1_000_000_000

# Characters that TensorBoard's Rust data server cannot carry in a blob key: it writes the run
# and tag into JSON and cannot parse escaped strings back.
_JSON_ESCAPED = frozenset('"\\') | frozenset(chr(i) for i in range(0x20))

Key = Tuple[str, float]


class _ProviderError(metadata.RecordError):
    """The data provider failed to hand over a record (not remembered: it may answer later)."""


class _Lru:
    """A bounded, thread-safe LRU map; `cost(value)` counts against `capacity`."""

    def __init__(self, capacity: int, cost=lambda value: 1):
        self._capacity = capacity
        self._cost = cost
        self._used = 0
        self._entries: "collections.OrderedDict[Any, Any]" = collections.OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        cost = self._cost(value)
        if cost > self._capacity:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._used -= self._cost(old)
            self._entries[key] = value
            self._used += cost
            while self._used > self._capacity:
                _, dropped = self._entries.popitem(last=False)
                self._used -= self._cost(dropped)


def record_key(datum: provider.BlobSequenceDatum) -> Key:
    """What identifies one record: its blob key (run, tag, step) and its wall time (a step
    logged again, after a restart, has another wall time)."""
    key = datum.values[0].blob_key if datum.values else f"<empty:{datum.step}>"
    return key, float(datum.wall_time)


class RecordReader:
    """Lists and reads the records of one TensorBoard data provider.

    Thread-safe: TensorBoard serves each HTTP request on its own thread.

    Args:
        data_provider: TensorBoard's `context.data_provider`.
        workers: reads in flight at most, over all requests.
    """

    def __init__(self, data_provider, workers: int = READ_WORKERS):
        self._provider = data_provider
        self._pool = concurrent.futures.ThreadPoolExecutor(workers, thread_name_prefix="tb-landscape-read")
        self._summaries = _Lru(SUMMARY_ENTRIES)
        self._records = _Lru(RECORD_BYTES, cost=lambda entry: entry[1])  # (record, bytes)
        self._series: Dict[Tuple[str, str, str], Tuple[float, List[provider.BlobSequenceDatum]]] = {}
        self._kinds: Dict[Tuple[str, str, str], Any] = {}  # a tag's kind never changes
        self._inflight: Dict[Key, concurrent.futures.Future] = {}
        self._lock = threading.RLock()  # a done callback may run on the thread that holds it

    # -- listing ------------------------------------------------------------------------

    def series(self, ctx, experiment_id: str, run: str, tag: str,
               max_age: float = 0.0) -> List[provider.BlobSequenceDatum]:
        """The steps of run/tag, oldest first; a listing up to `max_age` seconds old may be
        reused. Raises NotFoundError for an unknown run or tag."""
        cached = self._series.get((experiment_id, run, tag))
        if cached is not None and time.monotonic() - cached[0] <= max_age:
            return cached[1]
        data = self._provider.read_blob_sequences(
            ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME, downsample=_READ_ALL,
            run_tag_filter=provider.RunTagFilter(runs=[run], tags=[tag]),
        )
        series = data.get(run, {}).get(tag)
        if series is None:
            self._not_found(ctx, experiment_id, data, run, tag)
        series = sorted(series, key=lambda d: d.step)
        with self._lock:
            self._series[(experiment_id, run, tag)] = (time.monotonic(), series)
        return series

    def _not_found(self, ctx, experiment_id: str, data, run: str, tag: str) -> None:
        """Raises NotFoundError for run/tag missing from a listing `data`: the run, or its tag."""
        if run not in data and not self._provider.list_blob_sequences(
            ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME,
            run_tag_filter=provider.RunTagFilter(runs=[run]),
        ):
            raise errors.NotFoundError(f"no landscapes in run {run!r}")
        raise errors.NotFoundError(f"run {run!r} has no landscape tag {tag!r}")

    def kind(self, ctx, experiment_id: str, run: str, tag: str) -> Tuple[Optional[str], int]:
        """(kind name, kind number) of run/tag, from its metadata (remembered: a tag's metadata
        is its first event's); the name is None for a kind this reader does not know, and
        metadata that does not parse reads as kind -1. Raises NotFoundError for an unknown run
        or tag."""
        key = (experiment_id, run, tag)
        known = self._kinds.get(key)
        if known is not None:
            return known
        data = self._provider.list_blob_sequences(
            ctx, experiment_id=experiment_id, plugin_name=metadata.PLUGIN_NAME,
            run_tag_filter=provider.RunTagFilter(runs=[run], tags=[tag]),
        )
        series = data.get(run, {}).get(tag)
        if series is None:
            self._not_found(ctx, experiment_id, data, run, tag)
        try:
            content = metadata.parse_plugin_metadata(series.plugin_content)
            known = (metadata.kind_name(content), int(content.kind))
        except metadata.RecordError:
            known = (None, -1)
        with self._lock:
            self._kinds[key] = known
        return known

    # -- reading ------------------------------------------------------------------------

    def summaries(self, ctx, run: str, tag: str, series: Sequence[provider.BlobSequenceDatum],
                  kind: str = metadata.LANDSCAPE) -> List[Tuple[bool, Any]]:
        """Per datum, (True, summary dict) or (False, why it cannot be read), in order.

        Records not summarized before are read concurrently (at most `workers` at once).
        """
        out: List[Optional[Tuple[bool, Any]]] = [self._summaries.get(record_key(d)) for d in series]
        pending = [(i, self._submit(ctx, run, tag, d, need_record=False, kind=kind))
                   for i, d in enumerate(series) if out[i] is None]
        for i, future in pending:
            ok, _, info = future.result()
            out[i] = (ok, info)
        return out  # type: ignore[return-value]

    def record(self, ctx, run: str, tag: str, datum,
               kind: str = metadata.LANDSCAPE) -> Tuple[Optional[Any], Optional[str]]:
        """(parsed record, None) or (None, why it cannot be read)."""
        key = record_key(datum)
        known = self._summaries.get(key)
        if known is not None and not known[0]:
            return None, known[1]
        entry = self._records.get(key)
        if entry is not None:
            return entry[0], None
        ok, record, info = self._submit(ctx, run, tag, datum, need_record=True, kind=kind).result()
        return (record, None) if ok else (None, info)

    def _submit(self, ctx, run: str, tag: str, datum, need_record: bool,
                kind: str = metadata.LANDSCAPE) -> concurrent.futures.Future:
        """A future of `_read(datum)`: the read in flight for this record if there is one, a
        done future if its summary is known by now (and the record itself is not needed),
        else a new read. `_read` remembers a summary before its future is done, and the future
        leaves `_inflight` after, so a record is read once however many requests ask for it."""
        key = record_key(datum)
        with self._lock:
            future = self._inflight.get(key)
            known = None if need_record or future is not None else self._summaries.get(key)
            if known is not None:
                future = concurrent.futures.Future()
                future.set_result((known[0], None, known[1]))
            elif future is None:
                future = self._pool.submit(self._read, ctx, run, tag, datum, kind)
                self._inflight[key] = future
                future.add_done_callback(lambda _f, k=key: self._forget(k))
        return future

    def _forget(self, key: Key) -> None:
        with self._lock:
            self._inflight.pop(key, None)

    def _read(self, ctx, run: str, tag: str, datum, kind: str = metadata.LANDSCAPE) -> Tuple[bool, Optional[Any], Any]:
        """(True, record, its summary) or (False, None, why it cannot be read); remembers
        both, and logs each unreadable record once."""
        key = record_key(datum)
        try:
            blob = self._blob(ctx, run, tag, datum)
            record = metadata.parse_record(blob, kind)
        except Exception as e:  # a damaged event must never become a 500
            error = str(e) or type(e).__name__
            logger.warning("landscape: skipping run %r tag %r step %d: %s", run, tag, datum.step, error)
            if not isinstance(e, _ProviderError):  # the provider may answer next time
                self._summaries.put(key, (False, error))
            return False, None, error
        summary = record_summary(record, kind)
        self._summaries.put(key, (True, summary))
        self._records.put(key, (record, len(blob) + 200))
        return True, record, summary

    def _blob(self, ctx, run: str, tag: str, datum) -> bytes:
        """The one serialized record an event holds, or RecordError saying what the event
        holds instead (another writer's tensor, or a name the loader cannot carry)."""
        if len(datum.values) != 1:
            raise metadata.RecordError(
                f"the event holds {len(datum.values)} values; a landscape event holds exactly one "
                "serialized record (a string tensor of shape [1])")
        try:
            blob = self._provider.read_blob(ctx, blob_key=datum.values[0].blob_key)
        except IndexError:  # the Python loader indexes a 0-d tensor
            raise metadata.RecordError(
                "the event's tensor is a scalar (shape []), not a string tensor of shape [1] holding a "
                "serialized record: written by something other than tb_landscape.summary") from None
        except Exception as e:
            bad = sorted({c for c in run + tag if c in _JSON_ESCAPED})
            if bad:
                raise metadata.RecordError(unreadable_name_message(run, tag, bad)) from None
            raise _ProviderError(f"the data provider cannot read the record: {e}") from None
        if not isinstance(blob, (bytes, bytearray, memoryview)):
            raise metadata.RecordError(_not_a_record_message(blob))
        return blob


def unreadable_name_message(run: str, tag: str, bad: Sequence[str]) -> str:
    """Why TensorBoard's Rust data server cannot read a record of run/tag, and what to do."""
    culprits = [(kind, name) for kind, name in (("run directory", run), ("tag", tag)) if set(name) & set(bad)]
    return (
        "TensorBoard's default data loader cannot read records of "
        f"{' and '.join(f'{kind.split()[0]} {name!r}' for kind, name in culprits)}: "
        f"{'the names hold' if len(culprits) > 1 else 'the name holds'} "
        f"{', '.join(repr(c) for c in bad)}, which its blob keys cannot carry. Rename the "
        f"{' and the '.join(kind for kind, _ in culprits)} without '\"', '\\' and control characters, "
        "or start TensorBoard with --load_fast=false"
    )


def _not_a_record_message(value: Any) -> str:
    """Says what the Python loader handed back instead of a record's bytes."""
    arr = np.asarray(value)
    kind = "string" if arr.dtype.kind in "OSU" else str(arr.dtype)
    if arr.ndim:
        what = f"a {kind} tensor of rank {arr.ndim + 1} (shape [n, {', '.join(map(str, arr.shape))}])"
    else:
        what = f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} tensor"
    return (f"the event holds {what}, not a string tensor of shape [1] holding a serialized record: "
            "written by something other than tb_landscape.summary")


def record_summary(record, kind: str = metadata.LANDSCAPE) -> Dict[str, Any]:
    """What the `steps` route lists per record. A landscape: dims, shape [M, ...], metric
    names, and per metric the [min, max] of its finite values (None when it has none). A
    sensitivity record: its group names. A spectrum: the [first, last] eigenvalue of its grid
    and its number of points."""
    if kind == metadata.SENSITIVITY:
        return {"groups": list(record.groups)}
    if kind == metadata.SPECTRUM:
        return {"points": len(record.grid), "eigenvalue_range": [float(record.grid[0]), float(record.grid[-1])]}
    shape = [int(s) for s in record.shape]
    values = np.frombuffer(record.values, dtype=metadata.VALUES_DTYPE).reshape(shape[0], -1)
    return {"dims": len(record.axes), "shape": shape, "metrics": list(record.metrics),
            "ranges": [_finite_range(v) for v in values]}


def _finite_range(values: np.ndarray) -> Optional[List[float]]:
    """[min, max] of the finite values, or None when there are none (for a colour scale
    fixed across steps, without fetching every record)."""
    finite = np.isfinite(values)
    if not finite.all():
        values = values[finite]
        if values.size == 0:
            return None
    return [float(values.min()), float(values.max())]
