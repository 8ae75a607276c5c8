"""The Lightning callback (optional extra): real Trainer, real TensorBoardLogger event files."""

import importlib
import sys

import pytest
import torch
import torch.nn.functional as F

from landscape_helpers import MLP, cross_entropy, digits, read_events, seed_everything


def test_module_imports_without_lightning_and_says_what_is_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "lightning", None)
    monkeypatch.setitem(sys.modules, "lightning.pytorch", None)
    monkeypatch.setitem(sys.modules, "pytorch_lightning", None)
    monkeypatch.delitem(sys.modules, "tb_landscape.integrations.lightning", raising=False)
    mod = importlib.import_module("tb_landscape.integrations.lightning")
    monkeypatch.setattr(mod, "_CLASS", None)
    with pytest.raises(ImportError, match=r"needs Lightning: pip install \"tb-landscape\[lightning\]\""):
        mod.LandscapeCallback
    monkeypatch.delitem(sys.modules, "tb_landscape.integrations.lightning", raising=False)


pl = pytest.importorskip("lightning.pytorch")


class LitMLP(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.net = MLP()

    def forward(self, x):
        return self.net(x)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def _fit(tmp_path, callback, steps=25, logger=True):
    from lightning.pytorch.loggers import TensorBoardLogger

    seed_everything(0)
    x, y = digits(512)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=32, shuffle=True)
    tb = TensorBoardLogger(str(tmp_path), name="lit") if logger else False
    trainer = pl.Trainer(max_steps=steps, logger=tb, callbacks=[callback], enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, accelerator="cpu", devices=1,
                         log_every_n_steps=5)
    model = LitMLP()
    trainer.fit(model, loader)
    return trainer, tb


def test_callback_logs_landscapes_path_and_scalars_through_the_trainers_tensorboard_logger(tmp_path):
    from tb_landscape.integrations.lightning import LandscapeCallback

    x, y = digits(256)
    cb = LandscapeCallback(cross_entropy, (x, y), every_n_steps=10, resolution=5, snapshot_every=2,
                           scalars=("center_loss", "curvature", "sharpness"), background=False)
    trainer, tb = _fit(tmp_path, cb)
    records, scalars = read_events(tb.log_dir)
    assert [s for s, _ in records["landscape"]] == [1, 10, 20]  # global_step after each optimizer step
    assert [s for s, _ in records["landscape_pca"]] == [25]
    assert records["landscape"][-1][1].trajectory.steps[-1] == 20
    assert {"landscape/center_loss", "landscape/curvature_d1", "landscape/sharpness", "train_loss"} <= set(scalars)
    assert cb.logger.stats["failed"] == 0


def test_callback_options_are_checked(tmp_path):
    from tb_landscape.integrations.lightning import LandscapeCallback

    x, y = digits(64)
    with pytest.raises(ValueError, match=r"^every_n_step=3 is not an option of LandscapeCallback \(did you mean "
                                         r"'every_n_steps'"):
        LandscapeCallback(cross_entropy, (x, y), every_n_step=3)
    # values too, at construction, by the specs' validator (not when training starts)
    for options, match in ((dict(every_n_steps=0), r"^every_n_steps=0 must be a positive integer"),
                           (dict(grid={"resolution": 1}), r"^resolution=1"),
                           (dict(metrics={"loss": cross_entropy}), r"^metrics="),
                           (dict(directions={"method": "pca"}), r"^directions.method='pca'"),
                           (dict(background="thread", threads=0), r"^threads=0")):
        with pytest.raises(ValueError, match=match):
            LandscapeCallback(cross_entropy, (x, y), **options)
    # what needs the model waits for it
    with pytest.raises(ValueError, match=r"^params='nope'"):
        _fit(tmp_path, LandscapeCallback(cross_entropy, (x, y), params=["nope"]), steps=2)


def test_callback_without_a_tensorboard_logger_says_so(tmp_path):
    from tb_landscape.integrations.lightning import LandscapeCallback

    x, y = digits(64)
    with pytest.raises(ValueError, match="TensorBoardLogger"):
        _fit(tmp_path, LandscapeCallback(cross_entropy, (x, y)), steps=2, logger=False)
