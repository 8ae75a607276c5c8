"""`LandscapeCallback`: the `LandscapeLogger` as a Hugging Face `Trainer` callback.

    from tb_landscape.integrations.transformers import LandscapeCallback

    trainer = transformers.Trainer(
        model=model, args=args, train_dataset=train_ds,
        callbacks=[LandscapeCallback(eval_batch=batch, every_n_steps=200, resolution=25)])

The loss is the model's own (`model(**batch).loss`, which Hugging Face models compute when the
batch holds `labels`), evaluated on the logger's copy of the model in eval mode (dropout off).
It logs at `state.global_step` after each optimizer step (`on_step_end`), on the world
process zero only, into its own event file (see `LandscapeCallback` for where). transformers
is an optional extra (`pip install "tb-landscape[transformers]"`): this module imports
without it, and `LandscapeCallback` raises an `ImportError` that says so when it is missing.
"""

from __future__ import annotations

import glob
import itertools
import os
import re
import socket
import warnings
from typing import Any, Callable, List, Mapping, Optional

__all__ = ["LandscapeCallback", "model_loss", "LANDSCAPE_SUBDIR"]

#: The callback's run directory under the Trainer's TensorBoard run (see `LandscapeCallback`).
LANDSCAPE_SUBDIR = "landscape"

_CLASS = None


def model_loss(outputs: Any, labels: Any = None) -> Any:
    """The model's own loss, `outputs.loss`: the default `loss_fn` of the callback.

    A module-level function, so that `background="process"` can pickle it. `labels` (the
    batch's `labels`, or None) is not used: the model computed its loss from them.

    Raises:
        ValueError: when the model returned no loss (its batch had no `labels`).
    """
    loss = outputs.get("loss") if isinstance(outputs, Mapping) else getattr(outputs, "loss", None)
    if loss is None:
        raise ValueError(f"the model returned no loss ({type(outputs).__name__} without 'loss'): the eval batch "
                         "needs 'labels', or pass loss_fn=fn(outputs, labels)")
    return loss


def _eval_batches(eval_batch: Any, loss_fn: Optional[Callable]) -> Optional[List[dict]]:
    """`eval_batch` as a list of dict batches (None stays None), checked at construction."""
    import torch

    from tb_landscape._validate import fail

    if eval_batch is None:
        return None
    batches = [eval_batch] if isinstance(eval_batch, Mapping) else eval_batch
    if not isinstance(batches, (list, tuple)) or not batches or not all(isinstance(b, Mapping) for b in batches):
        fail("eval_batch", eval_batch, "must be a dict batch {'input_ids': tensor, 'labels': tensor, ...} (what "
             "the Trainer's data collator returns), a list of them, or None (the first batch of the dataloader)")
    for b in batches:
        if not any(isinstance(v, torch.Tensor) for v in b.values()):
            fail("eval_batch", b, "holds no tensor")
        if loss_fn is not None and "labels" not in b:
            fail("eval_batch", b, "has no 'labels': loss_fn(outputs, labels) needs them")
    return [dict(b) for b in batches]


def _pairs(batches: List[dict], custom_loss: bool) -> List[tuple]:
    """The logger's `(inputs, targets)` batches: `(batch, labels)`, the model called with
    `model(**batch)`. With a custom loss the model gets the batch without `labels` (as the
    Trainer does with `compute_loss_func`), and the loss `loss_fn(outputs, labels)`."""
    return [({k: v for k, v in b.items() if not (custom_loss and k == "labels")}, b.get("labels"))
            for b in batches]


def first_batch(dataloader: Any, batch_size: int) -> dict:
    """The first samples of `dataloader.dataset` in dataset order (not the sampler's), as many
    as the loader's batch size, collated by its `collate_fn`: the batch the Trainer would build
    from them (columns removed, padded), without iterating the loader (whose sampler, epoch
    counter and accelerate state the training loop owns) and with every global random stream
    restored (collators and dataset transforms may draw from them).

    Args:
        dataloader: the Trainer's training or evaluation dataloader.
        batch_size: how many samples when the loader has no `batch_size` (accelerate's
            loaders batch through a `batch_sampler`).
    """
    from tb_landscape.engine import rng_preserved

    n = dataloader.batch_size or getattr(getattr(dataloader, "batch_sampler", None), "batch_size", None) or batch_size
    dataset = dataloader.dataset
    with rng_preserved():
        try:
            samples = [dataset[i] for i in range(min(int(n), len(dataset)))]
        except (TypeError, NotImplementedError):  # an IterableDataset: no len, no indexing
            samples = list(itertools.islice(iter(dataset), int(n)))
        return dataloader.collate_fn(samples)


def _newest_event_file(root: str) -> Optional[str]:
    """The event file under `root` that this process's TensorBoard writer created last, or None.

    TensorBoard's `EventFileWriter` (behind torch's `SummaryWriter`) names its files
    `events.out.tfevents.<time>.<host>.<pid>.<n>`, `n` counting the writers of the process. The
    callback's own files end in ".landscape" and never match."""
    pattern = re.compile(r"^events\.out\.tfevents\.\d+\.%s\.%d\.(\d+)$" % (re.escape(socket.gethostname()), os.getpid()))
    newest, newest_n = None, -1
    for path in glob.glob(os.path.join(glob.escape(root), "**", "events.out.tfevents.*"), recursive=True):
        m = pattern.match(os.path.basename(path))
        if m and int(m.group(1)) > newest_n:
            newest, newest_n = path, int(m.group(1))
    return newest


def run_dir(args: Any, state: Any) -> str:
    """The run directory of the Trainer's `TensorBoardCallback` for this `train()` call.

    Its rule: the `TENSORBOARD_LOGGING_DIR` environment variable, else (or under
    hyperparameter search) `output_dir/runs/<date>_<host>[/<trial>]`. The date is read from the
    clock when its writer is made, so with TensorBoard reporting on, the directory is the one of
    the event file this process created last under `output_dir/runs` (its writer is made by its
    `on_train_begin`, which runs before any user callback's); the rule's own answer only when
    none is found or reporting is off.
    """
    trial = getattr(state, "trial_name", None) if getattr(state, "is_hyper_param_search", False) else None
    env = os.getenv("TENSORBOARD_LOGGING_DIR")
    if env and trial is None:
        return os.path.expanduser(env)
    if "tensorboard" in (args.report_to or []):
        newest = _newest_event_file(os.path.join(args.output_dir, "runs"))
        if newest is not None:
            return os.path.dirname(newest)
    from transformers.integrations.integration_utils import default_logdir

    return os.path.join(args.output_dir, default_logdir(), *([trial] if trial else []))


def _transformers():
    try:
        import transformers

        return transformers
    except ImportError:
        raise ImportError(
            "tb_landscape.integrations.transformers.LandscapeCallback needs transformers: "
            "pip install \"tb-landscape[transformers]\" (or pip install transformers accelerate)") from None


class _Callback:
    """Logs landscapes, the optimizer's path and landscape scalars while a `Trainer` trains.

    Args:
        eval_batch: the batch every landscape is evaluated on: a dict as the Trainer's data
            collator returns it (`{"input_ids": tensor, "attention_mask": ..., "labels":
            ...}`), or a list of them. None: the first samples of the eval dataloader when
            the Trainer has one at the start of training, else of the training dataloader,
            collated by its collator (`first_batch`: dataset order, the loader itself is
            not iterated, so training sees the same batches and random numbers).
        loss_fn: None (default): the model's own loss, `model(**batch).loss` (the batch
            needs what the model computes it from, usually `labels`). Else
            `loss_fn(outputs, labels) -> scalar tensor`, the model called without
            `labels` (as the Trainer does with `compute_loss_func`). `metrics` functions
            get `(outputs, labels)` too.
        log_dir: the directory of the callback's event file. None: the subdirectory
            `LANDSCAPE_SUBDIR` ("landscape") of the Trainer's TensorBoard run (`run_dir`).
        **options: any keyword option of `tb_landscape.LandscapeLogger` (the spec
            arguments `grid`, `directions`, `evaluation`, `metrics`, and every spec field
            by name: every_n_steps, resolution, span, frame, scalars, background,
            snapshot_budget_bytes, ...), with the same meaning and costs.

    Where it writes, and why its own writer: a callback is not given the Trainer's
    `TensorBoardCallback` writer (nor the Trainer), that writer is closed in its
    `on_train_end` before any user callback's (the final PCA plane of the path comes
    after), and it does not exist with `report_to=[]`. A second writer in the same
    directory would break TensorBoard's Python loader, which follows only the newest event
    file of a run while training runs. So the callback owns a `SummaryWriter` on a run of
    its own, `<the Trainer's run>/landscape` (TensorBoard lists it as `<run>/landscape`
    beside `<run>`), made at `on_train_begin` and closed at `on_train_end` after the
    logger; every landscape is flushed when it is written.

    The logger is made at `on_train_begin` (from the `model` the Trainer passes: the
    unwrapped model, on its device), steps at every `on_step_end` (after the optimizer
    step and `zero_grad`, at `state.global_step`), and is closed at `on_train_end` (with
    `load_best_model_at_end`, the Trainer has loaded the best checkpoint by then: the final
    PCA plane is centred on it, at the last step). All of
    it happens on the world process zero only (`state.is_world_process_zero`); with
    DeepSpeed ZeRO-3 or FSDP the process holds a shard of the weights, not the model.
    The logger computes on its own copy of the model (eval mode, its own gradients), so
    the training model's weights, gradients, train/eval flags and the random streams are
    never changed: training is bit-identical with and without the callback.

    Attention: the Hessian scalars (`hessian_top_eigenvalue`, `hessian_trace`) need a
    second derivative, which PyTorch's fused attention kernels (`attn_implementation=
    "sdpa"`, the default, and flash attention) do not have: they are then left out with a
    warning. Load the model with `attn_implementation="eager"` for them, or leave them
    out of `scalars`.

    Raises:
        ValueError: at construction, naming the argument: an unknown option name or a bad
            option value (the specs' validator, as `LandscapeLogger`), an `eval_batch`
            that is not a dict batch (or has no `labels` for a `loss_fn`), a `loss_fn`
            that is not callable. Nothing raises later: what needs the model (`params`
            names, the eval batch against the model, the snapshot budget) is checked when
            training starts, and a failure there or later becomes a `LandscapeWarning`;
            training goes on without (or with fewer) landscapes.
    """

    def __init__(self, eval_batch: Any = None, loss_fn: Optional[Callable] = None, *,
                 log_dir: Optional[str] = None, **options):
        from tb_landscape._validate import fail
        from tb_landscape.integrations.logger import check_options

        check_options("LandscapeCallback", options)
        if loss_fn is not None and not callable(loss_fn):
            fail("loss_fn", loss_fn, "must be callable: loss_fn(outputs, labels) -> scalar tensor, or None "
                 "for the model's own loss")
        if log_dir is not None and not isinstance(log_dir, (str, os.PathLike)):
            fail("log_dir", log_dir, "must be a directory path or None")
        self.eval_batches = _eval_batches(eval_batch, loss_fn)
        self.loss_fn = loss_fn
        self.log_dir = None if log_dir is None else os.fspath(log_dir)
        self.options = options
        self.logger = None
        self.writer = None

    def on_train_begin(self, args, state, control, model=None, train_dataloader=None, eval_dataloader=None,
                       **kwargs):
        self._finish()  # what a previous train() left open
        self.logger = None
        if not state.is_world_process_zero:
            return
        try:
            self._start(args, state, model, train_dataloader if eval_dataloader is None else eval_dataloader)
        except Exception as e:  # never into the training loop
            from tb_landscape.integrations._jobs import short_error
            from tb_landscape.integrations.logger import LandscapeWarning

            warnings.warn(f"tb_landscape: no landscapes in this run: {short_error(e)}", LandscapeWarning,
                          stacklevel=2)
            self._finish()

    def _start(self, args, state, model, dataloader) -> None:
        from torch.utils.tensorboard import SummaryWriter

        from tb_landscape.integrations.logger import LandscapeLogger

        batches = self.eval_batches
        if batches is None:
            if dataloader is None:
                raise ValueError("eval_batch=None and the Trainer has no dataloader: pass eval_batch=")
            batches = [first_batch(dataloader, args.per_device_train_batch_size)]
        log_dir = self.log_dir or os.path.join(run_dir(args, state), LANDSCAPE_SUBDIR)
        self.writer = SummaryWriter(log_dir, filename_suffix=".landscape")
        self.logger = LandscapeLogger(self.writer, model, self.loss_fn or model_loss,
                                      _pairs(batches, self.loss_fn is not None), **self.options)

    def on_step_end(self, args, state, control, **kwargs):
        if self.logger is not None:
            self.logger.step(state.global_step)

    def on_train_end(self, args, state, control, **kwargs):
        self._finish()

    def _finish(self) -> None:
        """Closes the logger (final PCA plane of the path) and then the writer. Never raises."""
        if self.logger is not None:
            self.logger.close()
        if self.writer is not None:
            try:
                self.writer.close()
            except Exception:
                pass
        self.writer = None


def _build_class():
    """`LandscapeCallback`: `_Callback`'s methods on a `transformers.TrainerCallback` (whose other
    events stay no-ops), made on first use so that this module imports without transformers."""
    transformers = _transformers()
    return type("LandscapeCallback", (_Callback, transformers.TrainerCallback),
                {"__doc__": _Callback.__doc__, "__module__": __name__, "__qualname__": "LandscapeCallback"})


def __getattr__(name: str):
    global _CLASS
    if name == "LandscapeCallback":
        if _CLASS is None:
            _CLASS = _build_class()
        return _CLASS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
