"""The Hugging Face Trainer callback (optional extra): a real Trainer on a tiny, randomly
initialized GPT-2, offline; event files read back and served by a real TensorBoard."""

import glob
import importlib
import os
import random
import sys
import warnings

import numpy as np
import pytest
import torch
from tensorboard.backend.event_processing import event_accumulator

from landscape_helpers import read_events

os.environ["HF_HUB_OFFLINE"] = "1"  # never a download: the model is built from a config


def test_module_imports_without_transformers_and_says_what_is_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "transformers", None)
    monkeypatch.delitem(sys.modules, "tb_landscape.integrations.transformers", raising=False)
    mod = importlib.import_module("tb_landscape.integrations.transformers")
    monkeypatch.setattr(mod, "_CLASS", None)
    with pytest.raises(ImportError, match=r"needs transformers: pip install \"tb-landscape\[transformers\]\""):
        mod.LandscapeCallback
    monkeypatch.delitem(sys.modules, "tb_landscape.integrations.transformers", raising=False)


transformers = pytest.importorskip("transformers")

from tb_landscape.integrations.logger import LandscapeWarning  # noqa: E402
from tb_landscape.integrations.transformers import LANDSCAPE_SUBDIR, first_batch  # noqa: E402

VOCAB, LENGTH = 64, 16


class Tokens(torch.utils.data.Dataset):
    """Random token sequences from a seeded generator; `labels` = `input_ids` (causal LM)."""

    def __init__(self, n: int = 96, seed: int = 0):
        g = torch.Generator().manual_seed(seed)
        self.ids = torch.randint(0, VOCAB, (n, LENGTH), generator=g)

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, i):
        return {"input_ids": self.ids[i], "attention_mask": torch.ones(LENGTH, dtype=torch.int64),
                "labels": self.ids[i]}


def tiny_gpt2(attn: str = "eager", dropout: float = 0.1):
    """A 2-layer GPT-2 (~30k parameters), randomly initialized (seeded), with dropout."""
    cfg = transformers.GPT2Config(n_layer=2, n_embd=32, n_head=2, vocab_size=VOCAB, n_positions=LENGTH,
                                  bos_token_id=0, eos_token_id=0, resid_pdrop=dropout, embd_pdrop=dropout,
                                  attn_pdrop=dropout)
    cfg._attn_implementation = attn
    torch.manual_seed(0)
    return transformers.GPT2LMHeadModel(cfg)


def eval_batch(n: int = 16):
    return torch.utils.data.default_collate([Tokens(n, seed=1)[i] for i in range(n)])


def fit(out, callbacks=(), report_to=("tensorboard",), steps=20, attn="eager"):
    """Trains the tiny GPT-2 with dropout and a shuffling sampler; returns the Trainer."""
    args = transformers.TrainingArguments(
        output_dir=str(out), max_steps=steps, per_device_train_batch_size=8, learning_rate=1e-3, logging_steps=5,
        report_to=list(report_to), save_strategy="no", use_cpu=True, disable_tqdm=True, seed=0, data_seed=0)
    trainer = transformers.Trainer(model=tiny_gpt2(attn), args=args, train_dataset=Tokens(),
                                   callbacks=list(callbacks))
    trainer.train()
    return trainer


def run_dirs(out):
    """{run directory relative to `out`: its event files} for every run under `out`."""
    runs = {}
    for f in glob.glob(os.path.join(str(out), "**", "events.out.tfevents.*"), recursive=True):
        runs.setdefault(os.path.relpath(os.path.dirname(f), str(out)), []).append(os.path.basename(f))
    return runs


def callback(**options):
    from tb_landscape.integrations.transformers import LandscapeCallback

    return LandscapeCallback(**options)


SCALARS = ("center_loss", "curvature", "sharpness", "hessian_top_eigenvalue")


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """One training run with the callback and TensorBoard reporting, shared by the tests that
    read its event files."""
    out = tmp_path_factory.mktemp("hf")
    cb = callback(eval_batch=eval_batch(), every_n_steps=10, resolution=5, snapshot_every=2, scalars=SCALARS,
                  hessian_iters=5, background=False)  # every landscape, at its step
    with warnings.catch_warnings():
        warnings.simplefilter("error", LandscapeWarning)
        trainer = fit(out, [cb])
    return out, cb, trainer


def test_landscapes_path_and_scalars_land_in_a_run_under_the_trainers(trained):
    out, cb, _ = trained
    runs = run_dirs(out)
    hf_run = next(r for r in runs if not r.endswith(LANDSCAPE_SUBDIR))
    assert set(runs) == {hf_run, os.path.join(hf_run, LANDSCAPE_SUBDIR)}  # the Trainer's run and ours under it
    assert runs[os.path.join(hf_run, LANDSCAPE_SUBDIR)][0].endswith(".landscape")
    records, scalars = read_events(os.path.join(str(out), hf_run, LANDSCAPE_SUBDIR))
    assert [s for s, _ in records["landscape"]] == [1, 10, 20]  # global_step after each optimizer step
    assert [s for s, _ in records["landscape_pca"]] == [20]  # at on_train_end, around the final weights
    last = records["landscape"][-1][1]
    assert last.values.shape == (5, 5) and last.trajectory.steps[-1] == 20 and last.trajectory.steps[0] == 1
    assert last.data_description == "16 samples in 1 batch"
    assert {"landscape/center_loss", "landscape/curvature_d1", "landscape/sharpness",
            "landscape/hessian_top_eigenvalue"} <= set(scalars)
    assert [s for s, _ in scalars["landscape/center_loss"]] == [1, 10, 20]
    hf = event_accumulator.EventAccumulator(os.path.join(str(out), hf_run))
    hf.Reload()
    assert "train/loss" in hf.Tags()["scalars"] and "landscape" not in hf.Tags()["tensors"]  # the Trainer's own
    assert cb.logger.stats["failed"] == 0 and cb.logger.stats["landscapes"] == 3


def test_a_real_tensorboard_serves_them(trained, tensorboard_server, load_fast):
    out, _, _ = trained
    run = next(r for r in run_dirs(out) if r.endswith(LANDSCAPE_SUBDIR))
    server = tensorboard_server(out, load_fast=load_fast)
    steps = server.wait_for_steps(run, "landscape", 3)
    assert [s["step"] for s in steps["steps"]] == [1, 10, 20] and steps["skipped"] == []
    assert steps["steps"][0]["shape"] == [1, 5, 5] and steps["steps"][0]["metrics"] == ["loss"]
    from tb_landscape.plugin import decode_frame

    header, values = decode_frame(server.plugin("landscape", run=run, tag="landscape", step=10)[2])
    assert header["step"] == 10 and header["trajectory"]["steps"][-1] == 10 and np.isfinite(values).all()
    header, _ = decode_frame(server.plugin("landscape", run=run, tag="landscape_pca")[2])
    assert header["step"] == 20 and header["method"] == "pca"
    scalar_tags = server.get("/data/plugin/scalars/tags")[2].decode()
    assert "landscape/center_loss" in scalar_tags and "train/loss" in scalar_tags


def training_state(trainer):
    """Every bit training leaves behind: weights, optimizer and scheduler state, RNG streams."""
    model, opt = trainer.model, trainer.optimizer
    out = {f"model.{k}": v.detach().clone() for k, v in model.state_dict().items()}
    for i, st in opt.state_dict()["state"].items():
        out.update({f"opt.{i}.{k}": v.clone() if torch.is_tensor(v) else v for k, v in st.items()})
    out["sched"] = trainer.lr_scheduler.state_dict()
    out["torch_rng"] = torch.get_rng_state()
    out["numpy_rng"] = np.random.get_state()[1].copy()
    out["python_rng"] = random.getstate()
    out["flags"] = [m.training for m in model.modules()]
    return out


def assert_bit_identical(a, b):
    assert a.keys() == b.keys()
    for k in a:
        if torch.is_tensor(a[k]):
            assert a[k].dtype == b[k].dtype and torch.equal(a[k].view(-1).view(torch.uint8),
                                                            b[k].view(-1).view(torch.uint8)), k
        elif isinstance(a[k], np.ndarray):
            assert np.array_equal(a[k], b[k]), k
        else:
            assert a[k] == b[k], k


class Spy(transformers.TrainerCallback):
    """Runs after the landscape callback: what the model looks like to the training loop."""

    def __init__(self):
        self.seen = []

    def on_step_end(self, args, state, control, model=None, **kwargs):
        self.seen.append((state.global_step, model.training, [p.grad is None for p in model.parameters()]))


def test_training_is_bit_identical_with_and_without_the_callback(tmp_path):
    # eval_batch omitted: the first samples of the training data, taken without touching the
    # shuffling loader; landscapes, path, sharpness and a Hessian on every 5th step, in the
    # default background mode (a worker process: landscapes that fall due while one runs are
    # skipped)
    cb = callback(every_n_steps=5, resolution=3, snapshot_every=1, scalars=("center_loss", "sharpness",
                                                                          "hessian_trace"), trace_samples=1)
    spy_with, spy_without = Spy(), Spy()
    with_cb = training_state(fit(tmp_path / "with", [cb, spy_with], steps=15))
    without = training_state(fit(tmp_path / "without", [spy_without], steps=15))
    assert cb.logger.background == "process"
    assert cb.logger.stats["landscapes"] >= 1 and cb.logger.stats["failed"] == 0
    assert_bit_identical(with_cb, without)
    # in train mode after every step, no gradient left behind (zero_grad set them to None)
    assert spy_with.seen == spy_without.seen and all(t and all(g) for _, t, g in spy_with.seen)


def test_landscapes_are_evaluated_in_eval_mode(tmp_path):
    batch = eval_batch()
    cb = callback(eval_batch=batch, every_n_steps=10, resolution=3, scalars=("center_loss",), path=False,
                  log_dir=str(tmp_path / "l"), background=False)
    trainer = fit(tmp_path / "out", [cb], report_to=(), steps=10)
    records, scalars = read_events(str(tmp_path / "l"))
    model = trainer.model
    assert model.training  # the Trainer's flag, as it left it
    with torch.no_grad():
        model.eval()
        eval_loss = model(**batch).loss.item()
        model.train()
        torch.manual_seed(1)
        train_loss = model(**batch).loss.item()  # dropout on
    center = records["landscape"][-1][1].values[1, 1]
    assert records["landscape"][-1][0] == 10 and scalars["landscape/center_loss"][-1] == (10, pytest.approx(center))
    assert center == pytest.approx(eval_loss, rel=1e-5)
    assert abs(train_loss - eval_loss) > 1e-3  # dropout matters: the comparison above means something


def test_report_to_none_and_a_custom_loss(tmp_path):
    def shifted_cross_entropy(outputs, labels):
        return torch.nn.functional.cross_entropy(outputs.logits[:, :-1].reshape(-1, VOCAB), labels[:, 1:].reshape(-1))

    own = callback(eval_batch=eval_batch(), every_n_steps=10, resolution=3, scalars=("center_loss",), path=False,
                   background=False)
    custom = callback(eval_batch=eval_batch(), loss_fn=shifted_cross_entropy, log_dir=str(tmp_path / "custom"),
                      every_n_steps=10, resolution=3, scalars=("center_loss",), path=False, background=False)
    fit(tmp_path / "out", [own, custom], report_to=(), steps=10)
    runs = run_dirs(tmp_path / "out")
    assert len(runs) == 1 and next(iter(runs)).endswith(LANDSCAPE_SUBDIR)  # no Trainer writer, ours still
    a = read_events(os.path.join(str(tmp_path / "out"), next(iter(runs))))[1]["landscape/center_loss"]
    b = read_events(str(tmp_path / "custom"))[1]["landscape/center_loss"]
    assert [s for s, _ in a] == [s for s, _ in b] == [1, 10]
    assert [v for _, v in a] == pytest.approx([v for _, v in b], rel=1e-5)  # the model's loss is that loss


def test_bad_options_are_named_at_construction():
    batch = eval_batch(4)
    with pytest.raises(ValueError, match=r"^every_n_step=3 is not an option of LandscapeCallback \(did you mean "
                                         r"'every_n_steps'"):
        callback(eval_batch=batch, every_n_step=3)
    no_labels = {k: v for k, v in batch.items() if k != "labels"}
    for options, match in ((dict(every_n_steps=0), r"^every_n_steps=0 must be a positive integer"),
                           (dict(grid={"resolution": 1}), r"^resolution=1"),
                           (dict(background="sometimes"), r"^background='sometimes'"),
                           (dict(scalars=("loss",)), r"^scalars="),
                           (dict(metrics={"loss": len}), r"^metrics="),
                           (dict(eval_batch=batch["input_ids"]), r"(?s)^eval_batch=tensor.* must be a dict batch"),
                           (dict(eval_batch=[]), r"^eval_batch=\[\] must be a dict batch"),
                           (dict(eval_batch={"ids": [1, 2]}), r"^eval_batch=.* holds no tensor"),
                           (dict(eval_batch=no_labels, loss_fn=len), r"^eval_batch=.* has no 'labels'"),
                           (dict(loss_fn="ce"), r"^loss_fn='ce' must be callable"),
                           (dict(log_dir=3), r"^log_dir=3 must be a directory path")):
        with pytest.raises(ValueError, match=match):
            callback(**{"eval_batch": batch, **options})


def test_only_the_world_process_zero_logs(tmp_path):
    args = transformers.TrainingArguments(output_dir=str(tmp_path), report_to=[], use_cpu=True)
    state = transformers.TrainerState(is_world_process_zero=False)
    control = transformers.TrainerControl()
    cb = callback(eval_batch=eval_batch(4), every_n_steps=1, resolution=3)
    model = tiny_gpt2()
    cb.on_train_begin(args, state, control, model=model)
    for step in (1, 2):
        state.global_step = step
        cb.on_step_end(args, state, control, model=model)
    cb.on_train_end(args, state, control, model=model)
    assert cb.logger is None and cb.writer is None and run_dirs(tmp_path) == {}


def test_what_needs_the_model_warns_and_training_goes_on(tmp_path):
    no_labels = {k: v for k, v in eval_batch(4).items() if k != "labels"}
    bad_params = callback(eval_batch=eval_batch(4), params=["nope"], log_dir=str(tmp_path / "a"))
    bad_batch = callback(eval_batch=no_labels, log_dir=str(tmp_path / "b"))
    with pytest.warns(LandscapeWarning) as got:
        trainer = fit(tmp_path / "out", [bad_params, bad_batch], report_to=(), steps=3)
    messages = [str(w.message) for w in got]
    assert any("no landscapes in this run" in m and "params=" in m for m in messages), messages
    assert any("no landscapes in this run" in m and "needs 'labels'" in m for m in messages), messages
    assert trainer.state.global_step == 3 and bad_params.logger is None and bad_batch.logger is None


def test_fused_attention_leaves_only_the_hessian_scalars_out(tmp_path):
    cb = callback(eval_batch=eval_batch(4), every_n_steps=10, resolution=3, path=False,
                  scalars=("center_loss", "hessian_top_eigenvalue"), log_dir=str(tmp_path / "l"))
    with pytest.warns(LandscapeWarning, match="hessian_top_eigenvalue at step 1 left out"):
        fit(tmp_path / "out", [cb], report_to=(), steps=2, attn="sdpa")
    records, scalars = read_events(str(tmp_path / "l"))
    assert [s for s, _ in records["landscape"]] == [1] and set(scalars) == {"landscape/center_loss"}


def test_the_default_batch_is_the_first_samples_in_dataset_order():
    data = Tokens(40)
    loader = torch.utils.data.DataLoader(data, batch_size=8, shuffle=True)
    state = torch.get_rng_state()
    batch = first_batch(loader, 99)
    assert torch.equal(torch.get_rng_state(), state)  # the sampler drew nothing
    assert torch.equal(batch["input_ids"], data.ids[:8]) and torch.equal(batch["labels"], data.ids[:8])
    unbatched = torch.utils.data.DataLoader(data, batch_sampler=torch.utils.data.BatchSampler(
        torch.utils.data.SequentialSampler(data), batch_size=5, drop_last=False))
    assert first_batch(unbatched, 99)["input_ids"].shape == (5, LENGTH)


def test_run_dir_follows_the_trainers_tensorboard_callback(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from tb_landscape.integrations.transformers import run_dir

    monkeypatch.delenv("TENSORBOARD_LOGGING_DIR", raising=False)
    state = transformers.TrainerState()
    off = SimpleNamespace(output_dir=str(tmp_path), report_to=[])
    default = run_dir(off, state)
    assert os.path.dirname(default) == os.path.join(str(tmp_path), "runs")  # runs/<date>_<host>
    # reporting on: the directory of the writer this process made last (the Trainer's)
    on = SimpleNamespace(output_dir=str(tmp_path), report_to=["tensorboard"])
    assert run_dir(on, state) == default  # none yet
    from torch.utils.tensorboard import SummaryWriter

    for name in ("a", "b"):
        SummaryWriter(str(tmp_path / "runs" / name)).close()
    SummaryWriter(str(tmp_path / "runs" / "b" / LANDSCAPE_SUBDIR), filename_suffix=".landscape").close()
    assert run_dir(on, state) == str(tmp_path / "runs" / "b")
    monkeypatch.setenv("TENSORBOARD_LOGGING_DIR", str(tmp_path / "env"))
    assert run_dir(on, state) == run_dir(off, state) == str(tmp_path / "env")
    trial = transformers.TrainerState(is_hyper_param_search=True, trial_name="t1")
    assert os.path.basename(run_dir(off, trial)) == "t1"
