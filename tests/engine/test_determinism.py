"""No timing decides a bit: the same inputs give the same bytes, whatever the clock says and
however busy the machine is.

`compute_landscape` decides everything from the structure; the only measurement is the opt-in
`tune_evaluation`, which times candidate specs and returns one pinned. Here its clock is
replaced by random numbers, so every candidate gets probed on the same model objects and
any of them may be accepted: the landscape then computed with the accepted spec must be the
bytes of that spec's reference (nothing a probe wrote survives it), and the default
landscape must stay the bytes of its own reference. This is the failure of the old engine,
where a probe of the eager loop wrote the caller's parameters and a traced plan that aliased
them skipped its next write (t=0 of an interpolation read the loss at t=0.37).
"""

from __future__ import annotations

import copy
import random
import subprocess
import sys
import time

import pytest
import torch
import torch.nn.functional as F

import tb_landscape.engine as E
from tb_landscape.engine import _trace, tuning
from engine_helpers import MLP, accuracy, sgd_checkpoints

METHODS = ["random", "pca", "hessian", "interpolate", "explicit"]
CASES = ["mlp", "cnn", "cnn_head"]
SEEDS = range(8)


def _random_clock(monkeypatch, seed: int) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(tuning, "_clock", lambda: rng.uniform(0.0, 1e3))


@pytest.fixture(scope="module")
def small_digits():
    from engine_helpers import digits_data

    x, y = digits_data(96)
    return [(x[:64], y[:64]), (x[64:], y[64:])]  # a shorter last batch too


def _setting(case: str, method: str, data):
    """(model, kwargs of compute_landscape) for one case and direction method."""
    from engine_helpers import CNN, settle

    torch.manual_seed(1)
    x = torch.cat([b[0] for b in data])
    y = torch.cat([b[1] for b in data])
    model = MLP() if case == "mlp" else settle(CNN(), x).eval()
    params = ["fc"] if case == "cnn_head" else None
    kw = dict(params=params, resolution=3, metrics={"accuracy": accuracy})
    if method == "pca":
        states = sgd_checkpoints(copy.deepcopy(model), x, y, steps=3, lr=0.3)
        model.load_state_dict(states[-1])
        kw.update(directions="pca", checkpoints=states)
    elif method == "hessian":
        kw.update(directions="hessian", hessian={"max_iter": 6})
    elif method == "interpolate":
        other = copy.deepcopy(model)
        sgd_checkpoints(other, x, y, steps=2, lr=0.3)
        kw.update(directions="interpolate", others=other, resolution=4)
    elif method == "explicit":
        dirs = E.random_directions(model, seed=5, params=params)
        kw.update(directions=[dict(d) for d in dirs])
        kw.pop("params")
    return model.train(), kw


def _bytes(land) -> bytes:
    out = land.values.tobytes()
    if land.trajectory is not None:
        out += land.trajectory.plane_loss.tobytes() + land.trajectory.true_loss.tobytes()
    return out


def _every_candidate_probed_and_accepted(monkeypatch, case, method, data):
    model, kw = _setting(case, method, data)
    default_ref = _bytes(E.compute_landscape(model, F.cross_entropy, data, **kw))
    refs, chosen = {}, set()
    for seed in SEEDS:
        _random_clock(monkeypatch, seed)
        tuned = E.tune_evaluation(model, F.cross_entropy, data, points=3, **kw)
        spec = tuned.spec
        assert set(tuned.seconds) >= {"structural decision", "trace=False"}  # every candidate probed
        got = _bytes(E.compute_landscape(model, F.cross_entropy, data, evaluation=spec, **kw))
        refs.setdefault(spec, got)
        assert got == refs[spec], (seed, spec)  # the accepted spec's own bytes
        assert _bytes(E.compute_landscape(model, F.cross_entropy, data, **kw)) == default_ref, seed
        chosen.add(spec)
    assert len(chosen) > 1  # the random clock did accept different candidates
    # and each accepted spec, computed afresh on a fresh copy of the model, gives the same bytes
    for spec, ref in refs.items():
        fresh, _ = _setting(case, method, data)
        assert _bytes(E.compute_landscape(fresh, F.cross_entropy, data, evaluation=spec, **kw)) == ref


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("case", CASES)
def test_every_candidate_probed_and_accepted_gives_the_reference_bytes(monkeypatch, small_digits, case, method):
    _every_candidate_probed_and_accepted(monkeypatch, case, method, small_digits)


@pytest.fixture(scope="module")
def two_cpu_bound_processes():
    procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    time.sleep(0.3)
    yield procs
    for p in procs:
        p.kill()
        p.wait()


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("case", CASES)
def test_the_same_with_two_cpu_bound_processes_alongside(monkeypatch, small_digits, two_cpu_bound_processes,
                                                         case, method):
    assert all(p.poll() is None for p in two_cpu_bound_processes)  # they are running
    _every_candidate_probed_and_accepted(monkeypatch, case, method, small_digits)
    assert all(p.poll() is None for p in two_cpu_bound_processes)


def test_the_default_path_reads_no_clock(monkeypatch, small_digits):
    """With every clock of the `time` module returning random numbers, the bytes are the same."""
    model, kw = _setting("cnn", "random", small_digits)
    ref = _bytes(E.compute_landscape(model, F.cross_entropy, small_digits, **kw))
    rng = random.Random(0)
    for name in ("perf_counter", "monotonic", "time", "process_time"):
        monkeypatch.setattr(time, name, lambda: rng.uniform(0.0, 1e6))
    for _ in range(3):
        assert _bytes(E.compute_landscape(model, F.cross_entropy, small_digits, **kw)) == ref


def test_interpolation_reads_loss_a_at_t0_after_any_tuning(monkeypatch, small_digits):
    """The reported failure: 1D interpolation between two MLPs, 11 points, t=0 is loss(A)."""
    torch.manual_seed(0)
    a, b = MLP(64, 128), MLP(64, 128)
    x = torch.cat([d[0] for d in small_digits])
    y = torch.cat([d[1] for d in small_digits])
    with torch.no_grad():
        loss_a = float(F.cross_entropy(copy.deepcopy(a).eval()(x), y))
    kw = dict(directions="interpolate", others=b, resolution=11, limits=(0.0, 1.0))
    for seed in range(4):
        _random_clock(monkeypatch, seed)
        tuned = E.tune_evaluation(a, F.cross_entropy, small_digits, **kw)
        land = E.compute_landscape(a, F.cross_entropy, small_digits, evaluation=tuned.spec, **kw)
        assert land.values[0] == pytest.approx(loss_a, rel=1e-6), tuned.spec


# ---- the guard against a traced plan that does not compute the model ---------------------------

def _sabotage(monkeypatch, how: str) -> None:
    real = _trace.trace

    def sabotaged(model, moves, **kw):
        traced = real(model, moves, **kw)
        g = traced.plan.module.graph
        out = next(n for n in g.nodes if n.op == "output")
        with g.inserting_before(out):
            if how == "affine":  # outputs 2 * out + 1
                new = g.call_function(torch.add, (g.call_function(torch.mul, (out.args[0], 2.0)), 1.0))
            else:  # a tuple instead of a tensor
                new = g.call_function(tuple, ([out.args[0]],))
        out.args = (new,)
        traced.plan.module.recompile()
        return traced

    monkeypatch.setattr(_trace, "trace", sabotaged)


@pytest.mark.parametrize("how", ["affine", "structure"])
def test_a_sabotaged_traced_plan_is_rejected(monkeypatch, cnn, digits, how):
    x, y = digits
    with torch.no_grad():
        true_centre = float(F.cross_entropy(copy.deepcopy(cnn).eval()(x), y))
    _sabotage(monkeypatch, how)
    land = E.compute_landscape(cnn, F.cross_entropy, digits, resolution=3)
    assert land.extra["plan"].startswith("eager (not traceable: RuntimeError: the traced plan disagrees"), \
        land.extra["plan"]
    assert land.values[1, 1] == pytest.approx(true_centre, rel=1e-6)


def test_same_outputs_compares_every_leaf():
    t = torch.ones(3)
    assert _trace.same_outputs({"a": t, "n": 1}, {"a": t.clone(), "n": 1}) is None
    assert "instead of 1" in _trace.same_outputs({"a": t, "n": 1}, {"a": t, "n": 2})
    assert "structure" in _trace.same_outputs(t, (t,))
    assert "differs by up to" in _trace.same_outputs(t, 2 * t + 1)
    assert "float64" in _trace.same_outputs(t, t.double())
