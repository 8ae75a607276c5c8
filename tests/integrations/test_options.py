"""The logger's knobs are the specs' fields: routed, validated and resolved against the model once."""

import warnings

import numpy as np
import pytest

import tb_landscape.engine as engine
from landscape_helpers import MLP, cross_entropy, digits, fresh_python, read_events, seed_everything
from tb_landscape.integrations import DEFAULT_GRID, LandscapeLogger, LandscapeWarning
from tb_landscape.specs import DirectionSpec, EvalSpec, GridSpec


class _Capture:
    """A writer that keeps the scalars it is given (and drops landscape records)."""

    def __init__(self):
        self.scalars = {}

    def add_scalar(self, tag, value, step):
        self.scalars[(tag, step)] = value

    def add_event(self, event):
        pass

    def flush(self):
        pass


def _logger(writer=None, model=None, data=None, **options):
    x, y = data if data is not None else digits(64)
    return LandscapeLogger(writer if writer is not None else _Capture(), model if model is not None else MLP(),
                           cross_entropy, (x, y), **{"background": False, **options})


# ---- names ----------------------------------------------------------------------------------------------

def test_an_unknown_option_gets_the_routers_message_with_the_closest_names():
    with pytest.raises(ValueError, match=r"^resolutoin=5 is not an option of LandscapeLogger "
                                         r"\(did you mean 'resolution'( or '\w+')*\?\)$"):
        _logger(resolutoin=5)
    with pytest.raises(ValueError, match=r"^evalution=None is not an option of LandscapeLogger "
                                         r"\(did you mean 'evaluation'"):
        _logger(evalution=None)  # the logger's own arguments are suggested too
    with pytest.raises(ValueError, match=r"^option=1 is not an option of LandscapeLogger") as e:
        _logger(option=1)
    assert "'options'" not in str(e.value) and "'self'" not in str(e.value)  # not the signature's own


def test_every_spec_field_is_a_logger_option():
    import dataclasses

    from tb_landscape.integrations._options import SPEC_CLASSES

    names = {f.name for _, cls in SPEC_CLASSES for f in dataclasses.fields(cls)}
    old = {"every_n_steps", "resolution", "span", "dims", "frame", "normalization", "seed", "bn", "params",
           "scalars", "scalar_prefix", "tag", "pca_tag", "basin_delta", "sam_rho", "hessian_iters", "trace_samples",
           "path", "snapshot_every", "snapshot_budget_bytes", "max_snapshots", "snapshot_storage", "snapshot_dir",
           "pca_every_n_steps", "pca_resolution", "pca_span", "background", "background_threads", "background_nice",
           "device", "max_batches"}
    assert old <= names  # every option the logger had still works
    assert {"threads", "precision", "trace", "memory_limit"} <= names


# ---- specs and flat options ---------------------------------------------------------------------------

def test_spec_objects_and_flat_options_make_one_config():
    cfg = _logger(path=False).config
    assert cfg.grid == DEFAULT_GRID == GridSpec(dims=2, resolution=25, span=1.0)
    cfg = _logger(grid=GridSpec(resolution=7, span=0.2), span=0.3, directions={"seed": 4}, bn="recalibrate",
                  evaluation=EvalSpec(max_batches=1), path=False).config
    assert (cfg.grid.resolution, cfg.grid.span, cfg.grid.dims) == (7, 0.3, None)  # flat options change the given grid
    assert cfg.directions.seed == 4 and cfg.evaluation.bn == "recalibrate" and cfg.evaluation.max_batches == 1
    assert cfg.evaluation.device == "cpu"  # resolved: where the logger's copy computes
    assert _logger(every_n_steps=30).config.path.snapshot_every == 3  # default: every_n_steps // 10
    assert _logger(pca_resolution=9, pca_span=2.0).config.pca_grid == GridSpec(dims=2, resolution=9, span=2.0)


def test_numpy_integers_are_taken_the_same_by_the_logger_and_the_engine(tmp_path):
    from torch.utils.tensorboard import SummaryWriter

    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    writer = SummaryWriter(str(tmp_path))
    logger = _logger(writer, model, (x, y), dims=np.int64(2), resolution=np.int64(5), seed=np.int64(3),
                     every_n_steps=np.int64(10), scalars=(), path=False)
    assert type(logger.config.grid.dims) is int and logger.config.grid.dims == 2
    logger.step(0)
    logger.close()
    writer.close()
    logged = read_events(str(tmp_path))[0]["landscape"][0][1]
    direct = engine.compute_landscape(model, cross_entropy, (x, y), dims=np.int64(2), resolution=np.int64(5),
                                      span=1.0, seed=np.int64(3))
    assert logged.values.shape == direct.values.shape == (5, 5)
    np.testing.assert_array_equal(logged.values, direct.values)
    assert logged.frame_id == direct.frame_id and logged.seed == direct.seed == 3


# ---- checks at construction ------------------------------------------------------------------------------

def test_params_that_select_nothing_fail_at_construction_naming_params():
    with pytest.raises(ValueError, match=r"^params='nope' matches no parameter or module name"):
        _logger(params=["nope"])
    with pytest.raises(ValueError, match=r"^params="):
        _logger(params=lambda name, p: False)


def test_params_are_resolved_to_names_so_a_submodule_of_the_training_model_works():
    model = MLP()
    logger = _logger(model=model, params=model.l2, scalars=("sharpness",), path=False, resolution=3)
    assert logger.config.directions.params == ("l2.weight", "l2.bias")
    with warnings.catch_warnings():
        warnings.simplefilter("error", LandscapeWarning)
        logger.step(0)
    assert logger.stats["landscapes"] == 1 and logger.stats["failed"] == 0


def test_a_direction_method_other_than_random_is_refused_naming_directions():
    with pytest.raises(ValueError, match=r"^directions.method='pca' is not supported by LandscapeLogger"):
        _logger(directions=DirectionSpec(method="pca"))
    with pytest.raises(ValueError, match=r"^directions.method='hessian'"):
        _logger(method="hessian")


def test_background_threads_set_the_engines_threads_in_thread_mode():
    cfg = _logger(background="thread", background_threads=2, path=False).config
    assert cfg.schedule.background_threads == 2
    assert cfg.evaluation.threads == 2 and cfg.evaluation.trace is True
    cfg = _logger(background="thread", background_threads=2, threads=3, path=False).config
    assert cfg.evaluation.threads == 3  # the user's own threads win
    cfg = _logger(background="thread", evaluation=EvalSpec(threads=1), path=False).config
    assert cfg.evaluation.threads == 1 and cfg.schedule.background_threads >= 1
    cfg = _logger(path=False).config  # foreground: the engine's own default
    assert cfg.evaluation.threads is None and cfg.evaluation.trace is True


# ---- the model scalars use the directions' parameters -------------------------------------------------------

def test_model_scalars_are_over_the_directions_parameters():
    seed_everything(0)
    x, y = digits(128)
    model = MLP()
    writer = _Capture()
    logger = _logger(writer, model, (x, y), params=["l2"], resolution=3, path=False, hessian_iters=5,
                     trace_samples=3, scalars=("sharpness", "hessian_top_eigenvalue", "hessian_trace"))
    logger.step(0)
    logger.close()
    logged = {tag.split("/")[1]: v for (tag, _), v in writer.scalars.items()}
    subset = engine.sam_sharpness(model, cross_entropy, (x, y), rho=0.05, params=["l2"])
    everything = engine.sam_sharpness(model, cross_entropy, (x, y), rho=0.05)
    assert logged["sharpness"] == pytest.approx(subset, rel=1e-6)
    assert abs(subset - everything) > 1e-3 * abs(everything)  # so the check above tells them apart
    eig = engine.hessian_eigenvalues(model, cross_entropy, (x, y), k=1, max_iter=5, params=["l2"])
    assert logged["hessian_top_eigenvalue"] == pytest.approx(float(eig.eigenvalues[0]), rel=1e-6)
    trace = engine.hessian_trace(model, cross_entropy, (x, y), max_iter=3, min_iter=3, params=["l2"])
    assert logged["hessian_trace"] == pytest.approx(float(trace.value), rel=1e-6)


# ---- imports ---------------------------------------------------------------------------------------------

def test_jobs_does_not_import_the_worker_module():
    assert fresh_python("import sys; import tb_landscape.integrations._jobs; "
                        "print('tb_landscape.integrations._worker' in sys.modules)") == "False"


def test_the_options_module_imports_no_torch():
    assert fresh_python("import sys; from tb_landscape.integrations import _options; _options.logger_specs('x', "
                        "{'resolution': 5, 'every_n_steps': 3}, []); print('torch' in sys.modules)") == "False"
