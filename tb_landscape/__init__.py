"""tb-landscape: loss landscapes of PyTorch models, logged and shown in TensorBoard.

Importing the package never imports torch: the writer and the TensorBoard plugin work
without it. The engine's functions (which need torch) are loaded on first use.
"""

from tb_landscape.landscape import Landscape, Trajectory
from tb_landscape.summary import add_landscape, landscape_pb

__version__ = "0.1.0"

__all__ = ["Landscape", "Trajectory", "add_landscape", "landscape_pb", "__version__"]

# Names served by tb_landscape.engine (torch), imported when first accessed.
_ENGINE_NAMES = (
    "compute_landscape", "random_directions", "normalize_direction", "interpolation_directions",
    "pca_directions", "project_points", "load_checkpoint", "hessian_directions",
    "hessian_vector_product", "hessian_eigenvalues", "hessian_trace", "hessian_density",
    "HessianEigen", "TraceEstimate", "SpectralDensity", "Directions", "frame_id", "grid_axes",
    "select_parameters", "unwrap_model", "EvalConfig", "LandscapeMemoryError", "sam_sharpness",
    "global_rng_untouched",
)
# Names served by tb_landscape.integrations (the training-loop logger).
_INTEGRATION_NAMES = ("LandscapeLogger", "LandscapeWarning")


def __getattr__(name):
    if name in _ENGINE_NAMES:
        from tb_landscape import engine

        return getattr(engine, name)
    if name in _INTEGRATION_NAMES:
        from tb_landscape import integrations

        return getattr(integrations, name)
    raise AttributeError(f"module 'tb_landscape' has no attribute {name!r}")
