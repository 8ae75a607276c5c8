"""The landscape engine: directions, grids, trajectories and Hessian measures (torch).

Knows nothing of TensorBoard; returns `tb_landscape.Landscape` objects (numpy arrays).
Everything public is listed in `__all__` (the main names are also on `tb_landscape`).
"""

from ..specs import (SUPPORTED_BN_MODES, SUPPORTED_METHODS, SUPPORTED_NORMALIZATIONS, DirectionSpec, EvalSpec,
                     GridSpec, HessianSpec, SensitivitySpec, SharpnessSpec)
from .._validate import LandscapeMemoryError
from ._state import global_rng_untouched, rng_preserved
from ._trace import no_new_traces, trace_ahead
from .checkpoints import load_checkpoint
from .compute import compute_landscape, grid_axes
from .connect import BezierCurve, PathLoss, connect_curve, linear_barrier
from .directions import Directions, frame_id, interpolation_directions, normalize_direction, random_directions
from .hessian import (HessianEigen, SpectralDensity, TraceEstimate, hessian_density, hessian_directions,
                      hessian_eigenvalues, hessian_trace, hessian_vector_product)
from .params import select_parameters, unwrap_model
from .permute import align_permutations
from .projection import pca_directions, project_points
from .sam import sam_sharpness
from .sensitivity import LayerSensitivity, layer_sensitivity
from .sharpness import WorstCaseSharpness, worst_case_sharpness
from .spectrum import DensityGrid
from .tuning import Tuning, tune_evaluation

__all__ = [
    "compute_landscape",
    "GridSpec",
    "DirectionSpec",
    "EvalSpec",
    "HessianSpec",
    "random_directions",
    "normalize_direction",
    "interpolation_directions",
    "pca_directions",
    "project_points",
    "load_checkpoint",
    "hessian_directions",
    "hessian_vector_product",
    "hessian_eigenvalues",
    "hessian_trace",
    "hessian_density",
    "sam_sharpness",
    "layer_sensitivity",
    "worst_case_sharpness",
    "SensitivitySpec",
    "SharpnessSpec",
    "LayerSensitivity",
    "WorstCaseSharpness",
    "DensityGrid",
    "linear_barrier",
    "align_permutations",
    "connect_curve",
    "PathLoss",
    "BezierCurve",
    "tune_evaluation",
    "Tuning",
    "global_rng_untouched",
    "no_new_traces",
    "trace_ahead",
    "rng_preserved",
    "HessianEigen",
    "TraceEstimate",
    "SpectralDensity",
    "Directions",
    "frame_id",
    "grid_axes",
    "select_parameters",
    "unwrap_model",
    "LandscapeMemoryError",
    "SUPPORTED_METHODS",
    "SUPPORTED_NORMALIZATIONS",
    "SUPPORTED_BN_MODES",
]
