"""tb-landscape: loss landscapes of PyTorch models, logged and shown in TensorBoard.

Importing the package never imports torch: the writer, the specs and the TensorBoard plugin
work without it. The engine's functions and the logger (which need torch) are loaded on
first use; `__all__`, `dir(tb_landscape)` and tab completion list them all.
"""

from tb_landscape._validate import LandscapeMemoryError
from tb_landscape.landscape import Landscape, Trajectory
from tb_landscape.specs import (DirectionSpec, EvalSpec, GridSpec, HessianSpec, PathSpec, ScalarSpec,
                                ScheduleSpec, SensitivitySpec, SharpnessSpec)
from tb_landscape.summary import (add_landscape, add_layer_sensitivity, add_spectrum, landscape_pb, sensitivity_pb,
                                  spectrum_pb)

__version__ = "0.1.0"

# Names served by tb_landscape.engine (torch), imported when first accessed.
_ENGINE_NAMES = (
    "compute_landscape", "random_directions", "normalize_direction", "interpolation_directions",
    "pca_directions", "project_points", "load_checkpoint", "hessian_directions", "hessian_vector_product",
    "hessian_eigenvalues", "hessian_trace", "hessian_density", "sam_sharpness", "global_rng_untouched",
    "tune_evaluation", "Tuning",
    "HessianEigen", "TraceEstimate", "SpectralDensity", "Directions",
    "layer_sensitivity", "worst_case_sharpness", "LayerSensitivity", "WorstCaseSharpness", "DensityGrid",
    "linear_barrier", "align_permutations", "connect_curve", "PathLoss", "BezierCurve",
)
# Names served by tb_landscape.integrations (the training-loop logger).
_INTEGRATION_NAMES = ("LandscapeLogger", "LandscapeWarning", "LandscapeSkipWarning")

__all__ = sorted(("Landscape", "Trajectory", "add_landscape", "landscape_pb", "add_layer_sensitivity", "add_spectrum",
                  "sensitivity_pb", "spectrum_pb", "GridSpec", "DirectionSpec",
                  "EvalSpec", "HessianSpec", "ScheduleSpec", "ScalarSpec", "PathSpec", "SensitivitySpec",
                  "SharpnessSpec", "LandscapeMemoryError", "__version__")
                 + _ENGINE_NAMES + _INTEGRATION_NAMES)


def __getattr__(name):
    if name in _ENGINE_NAMES:
        from tb_landscape import engine

        return getattr(engine, name)
    if name in _INTEGRATION_NAMES:
        from tb_landscape import integrations

        return getattr(integrations, name)
    raise AttributeError(f"module 'tb_landscape' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
