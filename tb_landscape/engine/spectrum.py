"""The Hessian's eigenvalue density as a record: its log on a grid, and the outliers.

Stochastic Lanczos quadrature (`hessian.hessian_density`) gives, per run r, Ritz values
theta_rj (nodes) with weights tau_rj (summing to 1) and Lanczos residuals res_rj (the
eigenvalue nearest to theta_rj lies within res_rj of it). Broadened by a Gaussian of width
sigma (Ghorbani et al. 2019), the density is

    phi(x) = (1/R) sum_r sum_j tau_rj N(x; theta_rj, sigma^2),

computed here as its logarithm with log-sum-exp, so that it stays finite far from every node
(a plain sum underflows to 0 within a few dozen sigma, and a log axis shows -inf).

Outliers: a trained network's Hessian has a bulk of eigenvalues near zero and a few large
isolated ones (about one per class; Ghorbani et al. 2019, Papyan 2019). Lanczos resolves
isolated extreme eigenvalues within a few dozen steps while the bulk stays unresolved, so the
outliers are read off the Ritz values with weight: in each run, from the top down, the nodes
that are resolved (residual <= sigma: an eigenvalue lies within the broadening) and isolated
(residual <= `ISOLATION` times the gap to the next lower node, so the node stands for one
eigenvalue or a tight cluster, not for a stretch of the bulk), down to the first node that is
not, at most `max_outliers`. The runs agree on them to within their residuals: each outlier
is the median over the runs of that rank (over as many ranks as the median run found). When
Lanczos spans the whole space (steps >= parameters) every node is resolved and isolated, and
the outliers are simply the top eigenvalues.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Dict, Optional, Tuple

import numpy as np

from .._validate import check_positive_float, check_positive_int

__all__ = ["DensityGrid", "density_grid", "default_sigma", "log_density"]

#: The default broadening: this fraction of the range of the nodes.
RELATIVE_SIGMA = 0.01
#: An outlier's residual is at most this fraction of the gap to the next lower Ritz value.
ISOLATION = 0.1


def default_sigma(nodes: np.ndarray) -> float:
    """`RELATIVE_SIGMA` times the range of the nodes (1e-3 when they all coincide)."""
    lo, hi = float(np.min(nodes)), float(np.max(nodes))
    return RELATIVE_SIGMA * (hi - lo) if hi > lo else 1e-3


def log_density(nodes: np.ndarray, weights: np.ndarray, grid: np.ndarray, sigma: float) -> np.ndarray:
    """log phi(x) at each grid point (natural log; phi integrates to 1), float64 [G]."""
    x = np.asarray(grid, dtype=np.float64)
    with np.errstate(divide="ignore"):
        logw = np.log(np.asarray(weights, dtype=np.float64))  # zero weights: -inf, left out below
    terms = logw[:, :, None] - (x[None, None, :] - nodes[:, :, None]) ** 2 / (2.0 * sigma ** 2)
    terms = terms.reshape(-1, x.size)
    top = terms.max(axis=0)
    top = np.where(np.isfinite(top), top, 0.0)
    with np.errstate(divide="ignore"):
        lse = top + np.log(np.exp(terms - top).sum(axis=0))
    return lse - math.log(nodes.shape[0]) - math.log(sigma * math.sqrt(2.0 * math.pi))


def _outliers_of_run(nodes, weights, residuals, sigma: float, max_outliers: int) -> np.ndarray:
    """[3, K]: values, weights and residuals of one run's outliers, from the top down."""
    keep = weights > 0
    order = np.argsort(nodes[keep])[::-1]
    theta, res, tau = nodes[keep][order], residuals[keep][order], weights[keep][order]
    gap = np.append(theta[:-1] - theta[1:], np.inf)  # to the next lower node
    isolated = (res <= sigma) & (res <= ISOLATION * gap)
    count = int(np.argmin(isolated)) if not isolated.all() else isolated.size
    count = min(count, max_outliers)
    return np.stack([theta[:count], tau[:count], res[:count]])


def _outliers(nodes, weights, residuals, sigma: float, max_outliers: int) -> Tuple[np.ndarray, ...]:
    if residuals is None:
        empty = np.zeros(0)
        return empty, empty, empty
    per_run = [_outliers_of_run(nodes[r], weights[r], residuals[r], sigma, max_outliers)
               for r in range(nodes.shape[0])]
    k = int(np.median([p.shape[1] for p in per_run]))
    table = np.full((len(per_run), 3, k), np.nan)
    for r, p in enumerate(per_run):
        n = min(k, p.shape[1])
        table[r, :, :n] = p[:, :n]
    return (np.nanmedian(table[:, 0], axis=0), np.nanmean(table[:, 1], axis=0),
            np.nanmax(table[:, 2], axis=0)) if k else (np.zeros(0),) * 3


@dataclasses.dataclass
class DensityGrid:
    """The eigenvalue density on a grid, ready to be logged.

    Attributes:
        grid: float64 [G], eigenvalues, evenly spaced over the nodes +- 5 sigma.
        log_density: float64 [G], natural log of the density (per unit eigenvalue; the
            density integrates to 1), floored at `floor` times its peak.
        sigma: the Gaussian broadening used.
        outliers: float64 [K], the resolved top eigenvalues above the bulk, descending.
        outlier_weights: float64 [K], their quadrature weights (about 1/num_parameters each
            for a simple eigenvalue: the share of the spectrum they stand for).
        outlier_residuals: float64 [K], bounds on their distance to an eigenvalue.
        num_parameters: the Hessian's dimension n.
        runs, steps: Lanczos runs and steps behind the estimate.
    """

    grid: np.ndarray
    log_density: np.ndarray
    sigma: float
    outliers: np.ndarray
    outlier_weights: np.ndarray
    outlier_residuals: np.ndarray
    num_parameters: int
    runs: int
    steps: int

    @property
    def density(self) -> np.ndarray:
        """float64 [G], exp(log_density)."""
        return np.exp(self.log_density)

    def to_dict(self) -> Dict[str, object]:
        """Plain Python values (lists and numbers), e.g. for JSON."""
        out: Dict[str, object] = {}
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            out[f.name] = v.tolist() if isinstance(v, np.ndarray) else v
        return out


def density_grid(nodes: np.ndarray, weights: np.ndarray, residuals: Optional[np.ndarray], num_parameters: int,
                 points: int = 512, sigma: Optional[float] = None, max_outliers: int = 10,
                 floor: float = 1e-12) -> DensityGrid:
    """The density of Ritz `nodes` / `weights` ([R, m] each) on a grid, with the outliers.

    Args:
        residuals: [R, m] Lanczos residuals of the nodes (None: no outliers are reported).
        points: grid points G (>= 2).
        sigma: Gaussian broadening (default: `default_sigma(nodes)`, 1% of their range).
        max_outliers: report at most this many outliers.
        floor: the smallest density kept, relative to the peak (a log axis stays readable).
    """
    check_positive_int("points", points, minimum=2)
    check_positive_int("max_outliers", max_outliers, minimum=0)
    floor = check_positive_float("floor", floor)
    nodes = np.asarray(nodes, dtype=np.float64)
    weights = np.asarray(weights, dtype=np.float64)
    sigma = default_sigma(nodes) if sigma is None else check_positive_float("sigma", sigma)
    grid = np.linspace(float(nodes.min()) - 5 * sigma, float(nodes.max()) + 5 * sigma, points)
    logd = log_density(nodes, weights, grid, sigma)
    logd = np.maximum(logd, logd.max() + math.log(floor))
    values, tau, res = _outliers(nodes, weights, residuals, sigma, max_outliers)
    return DensityGrid(grid, logd, float(sigma), values, tau, res, int(num_parameters), int(nodes.shape[0]),
                       int(nodes.shape[1]))
