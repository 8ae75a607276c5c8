"""`LandscapeCallback`: the `LandscapeLogger` as a Lightning callback.

    from tb_landscape.integrations.lightning import LandscapeCallback

    trainer = lightning.pytorch.Trainer(
        callbacks=[LandscapeCallback(loss_fn, eval_batch, every_n_steps=200, resolution=25)])

It logs through the trainer's `TensorBoardLogger` (Lightning's default logger when
TensorBoard is installed), at `trainer.global_step`, on global rank 0 only. Lightning is an
optional extra (`pip install "tb-landscape[lightning]"`): this module imports without it, and
`LandscapeCallback` raises an `ImportError` that says so when Lightning is missing. The
callback subclasses `lightning.pytorch.Callback`, or `pytorch_lightning.Callback` when only
the older package is installed.
"""

from __future__ import annotations

from typing import Any, Callable

__all__ = ["LandscapeCallback"]

_CLASS = None


def _lightning():
    try:
        import lightning.pytorch as pl

        return pl
    except ImportError:
        pass
    try:
        import pytorch_lightning as pl

        return pl
    except ImportError:
        raise ImportError(
            "tb_landscape.integrations.lightning.LandscapeCallback needs Lightning: "
            "pip install \"tb-landscape[lightning]\" (or pip install lightning)") from None


def _build_class():
    pl = _lightning()

    class LandscapeCallback(pl.Callback):
        """Logs landscapes, the optimizer's path and landscape scalars while Lightning trains.

        Args:
            loss_fn: `loss_fn(outputs, targets) -> scalar tensor`, where `outputs` is
                `pl_module(x)`.
            eval_data: one batch `(x, y)`, a list of batches or a DataLoader (see
                `LandscapeLogger`).
            **options: any keyword option of `tb_landscape.LandscapeLogger` (the spec
                arguments `grid`, `directions`, `evaluation`, `metrics`, and every spec field
                by name: every_n_steps, resolution, span, frame, scalars, background,
                snapshot_budget_bytes, ...), with the same meaning and costs.

        The logger is created at `on_train_start` (the module is on its device then), steps
        at every `on_train_batch_end` with `trainer.global_step`, and is closed (final PCA
        plane of the path) at `on_train_end`.

        Raises:
            ValueError: at construction, for an unknown option name or a bad option value
                (checked by the specs' validator, as `LandscapeLogger` does); when training
                starts, for what needs the model (`params` names, eval data, the snapshot
                budget), or when the trainer has no TensorBoard logger.
        """

        def __init__(self, loss_fn: Callable, eval_data: Any, **options):
            super().__init__()
            from tb_landscape.integrations.logger import check_options

            check_options("LandscapeCallback", options)
            self.loss_fn = loss_fn
            self.eval_data = eval_data
            self.options = options
            self.logger = None

        @staticmethod
        def _writer(trainer):
            tb_types = []
            for mod in ("lightning.pytorch.loggers", "pytorch_lightning.loggers", "lightning.fabric.loggers"):
                try:
                    module = __import__(mod, fromlist=["TensorBoardLogger"])
                    tb_types.append(module.TensorBoardLogger)
                except (ImportError, AttributeError):
                    pass
            for lg in getattr(trainer, "loggers", None) or []:
                if isinstance(lg, tuple(tb_types)):
                    return lg.experiment
            raise ValueError(
                f"trainer.logger={type(getattr(trainer, 'logger', None)).__name__} is not a TensorBoardLogger: "
                "LandscapeCallback logs through the trainer's TensorBoard logger; pass "
                "Trainer(logger=TensorBoardLogger(...)) (or leave the default with TensorBoard installed)")

        def on_train_start(self, trainer, pl_module) -> None:
            if not trainer.is_global_zero or self.logger is not None:
                return
            from tb_landscape.integrations.logger import LandscapeLogger

            self.logger = LandscapeLogger(self._writer(trainer), pl_module, self.loss_fn, self.eval_data,
                                          **self.options)

        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx) -> None:
            if self.logger is not None:
                self.logger.step(trainer.global_step)

        def on_train_end(self, trainer, pl_module) -> None:
            if self.logger is not None:
                self.logger.close()

        def on_exception(self, trainer, pl_module, exception) -> None:
            if self.logger is not None:
                self.logger.close(pca=False)

    LandscapeCallback.__module__ = __name__
    return LandscapeCallback


def __getattr__(name: str):
    global _CLASS
    if name == "LandscapeCallback":
        if _CLASS is None:
            _CLASS = _build_class()
        return _CLASS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
