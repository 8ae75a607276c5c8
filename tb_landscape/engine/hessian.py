"""Hessian measures of the loss: Hessian-vector products, top eigenvalues, trace, density.

All measures use the Hessian of the batch-size-weighted mean loss over the evaluation
batches, with respect to the selected parameters, with the model in eval mode (frozen
BatchNorm statistics, no dropout):

- `hessian_vector_product`: per batch, `g = grad(L_b, w, create_graph=True)`, then
  `Hv_b = grad(<g, v>, w)` with `torch.autograd.grad` (no `.backward`, so no graph is kept
  in `.grad` and nothing leaks); the products are averaged with the batch sizes as weights.
- `hessian_eigenvalues`: the k largest (algebraic) eigenvalues by Lanczos with full
  reorthogonalization (default), or the k largest in magnitude by power iteration with
  deflation (PyHessian's method; less memory: k + 2 vectors instead of one per iteration).
- `hessian_trace`: Hutchinson's estimator E[v^T H v] with Rademacher v, with its standard
  error.
- `hessian_density`: the eigenvalue density by stochastic Lanczos quadrature (Ghorbani et
  al. 2019; Lin et al. 2016): Ritz values of Lanczos runs from normalized Rademacher vectors
  are the nodes, the squared first components of the Ritz vectors the weights. Defaults as
  Ghorbani et al.: 80 steps per run (80-90 are enough for most models, their code's README
  says), several runs, Gaussian broadening relative to the spectrum's width; `SpectralDensity.on_grid` gives the log
  density on a grid and the outlier eigenvalues, for logging (`spectrum`).

Random vectors come from a CPU generator seeded with `seed`; global RNGs, parameters, flags
and `.grad` are left exactly as they were (see `_state.preserved`). Vector arithmetic runs in
float64.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import torch
from torch import nn

from ._state import preserved
from .._validate import check_choice, check_positive_float, check_positive_int, fail
from ..specs import HessianSpec, coerce_spec
from .data import EvalData, metrics_of_batch, prepare_data
from .directions import Directions
from .params import ParamSelector, flatten, select_parameters, unflatten, unwrap_model
from .spectrum import DensityGrid, default_sigma, density_grid

__all__ = [
    "hessian_vector_product",
    "hessian_eigenvalues",
    "hessian_trace",
    "hessian_density",
    "hessian_directions",
    "HessianEigen",
    "TraceEstimate",
    "SpectralDensity",
]


class _Operator:
    """v -> H v for the selected parameters, as flat float64 vectors on the model's device."""

    def __init__(self, model: nn.Module, loss_fn: Optional[Callable], data: EvalData, names: Sequence[str],
                 evaluate: Optional[Callable]):
        self.model = model
        self.loss_fn = loss_fn
        self.data = data
        self.evaluate = evaluate
        named = dict(model.named_parameters())
        self.names = list(names)
        self.params = [named[n] for n in self.names]
        self.like = {n: named[n] for n in self.names}
        self.sizes = [p.numel() for p in self.params]
        self.n = int(sum(self.sizes))
        self.device = self.params[0].device
        self.total = float(sum(data.sizes))
        self.calls = 0
        # Only the selected parameters take part in autograd (restored by the caller's guard).
        selected = {id(p) for p in self.params}
        for p in model.parameters():
            p.requires_grad_(id(p) in selected)
        model.eval()

    def split(self, v: torch.Tensor) -> List[torch.Tensor]:
        return list(unflatten(v, self.like).values())

    def flat(self, tensors: Sequence[Optional[torch.Tensor]]) -> torch.Tensor:
        return flatten(dict(zip(self.names, tensors)), self.names, like=self.like)

    def loss(self, batch) -> torch.Tensor:
        out = metrics_of_batch(self.model, batch, self.loss_fn, {}, self.evaluate)
        loss = out["loss"]
        if not isinstance(loss, torch.Tensor) or loss.numel() != 1:
            fail("loss_fn", type(loss).__name__, "must return a scalar tensor for Hessian measures")
        return loss.reshape(())

    def __call__(self, v: torch.Tensor) -> torch.Tensor:
        self.calls += 1
        vs = self.split(v)
        total = torch.zeros(self.n, dtype=torch.float64, device=self.device)
        with torch.enable_grad():
            for batch, size in zip(self.data.batches, self.data.sizes):
                loss = self.loss(batch)
                grads = torch.autograd.grad(loss, self.params, create_graph=True, allow_unused=True)
                dot = sum(((g * u).sum() for g, u in zip(grads, vs) if g is not None),
                          torch.zeros((), device=self.device))
                if dot.requires_grad:
                    hv = torch.autograd.grad(dot, self.params, allow_unused=True)
                    total += size * self.flat(hv)
        return total / self.total


def _setup(model, loss_fn, data, params, trainable_only, evaluate, max_batches):
    model = unwrap_model(model)
    if evaluate is None and not callable(loss_fn):
        fail("loss_fn", loss_fn, "must be callable loss_fn(outputs, targets) -> scalar (or pass evaluate=)")
    names = select_parameters(model, params, trainable_only)
    device = next(iter(model.parameters())).device
    evaldata = data if isinstance(data, EvalData) else prepare_data(data, device, max_batches,
                                                                    custom=evaluate is not None)
    return model, names, evaldata


def _rademacher(n: int, generator: torch.Generator, device) -> torch.Tensor:
    return (torch.randint(0, 2, (n,), generator=generator, dtype=torch.int64) * 2 - 1).to(
        device=device, dtype=torch.float64)


def hessian_vector_product(
    model: nn.Module,
    loss_fn: Optional[Callable],
    data: Any,
    vector: Mapping[str, torch.Tensor],
    *,
    params: ParamSelector = None,
    trainable_only: bool = True,
    evaluate: Optional[Callable] = None,
    max_batches: Optional[int] = None,
) -> Dict[str, torch.Tensor]:
    """H v for a direction `v` (dict name -> tensor; missing selected names count as zero).

    Returns:
        dict name -> tensor (float64, shaped like each selected parameter).

    Raises:
        ValueError: naming `vector` for unknown names or mismatched shapes.
    """
    with preserved(unwrap_model(model)):
        model, names, evaldata = _setup(model, loss_fn, data, params, trainable_only, evaluate, max_batches)
        op = _Operator(model, loss_fn, evaldata, names, evaluate)
        named = dict(model.named_parameters())
        for k, t in vector.items():
            if k not in named:
                fail("vector", k, "names no parameter of the model")
            if tuple(t.shape) != tuple(named[k].shape):
                fail("vector", f"{k}: shape {tuple(t.shape)}", f"does not match {tuple(named[k].shape)}")
        v = flatten({n: vector[n].detach().to(op.device) for n in names if n in vector}, names, like=op.like)
        return unflatten(op(v), op.like, dtype=torch.float64)


# ---- Lanczos ---------------------------------------------------------------------------------

def _lanczos(op: Callable[[torch.Tensor], torch.Tensor], v0: torch.Tensor, steps: int,
             check: Optional[Callable[[np.ndarray, np.ndarray, float], bool]] = None):
    """Lanczos with full reorthogonalization.

    Returns (alphas, betas, Q): the tridiagonal's diagonal [m], off-diagonal [m] (the last is
    the residual norm beta_m) and the basis [m, n].
    """
    q = v0 / torch.linalg.vector_norm(v0)
    basis: List[torch.Tensor] = []
    alphas: List[float] = []
    betas: List[float] = []
    beta_prev = 0.0
    q_prev = torch.zeros_like(q)
    for j in range(steps):
        basis.append(q)
        w = op(q)
        a = float(torch.dot(w, q))
        w = w - a * q - beta_prev * q_prev
        Q = torch.stack(basis)
        for _ in range(2):  # full reorthogonalization, twice is enough
            w = w - Q.T @ (Q @ w)
        b = float(torch.linalg.vector_norm(w))
        alphas.append(a)
        betas.append(b)
        scale = max(max(abs(x) for x in alphas), max(betas))
        if b <= 1e-10 * max(scale, 1e-300) or len(basis) >= v0.numel():
            break  # invariant subspace found: the Ritz values are exact
        if check is not None and j >= 1 and check(np.array(alphas), np.array(betas), b):
            break
        q_prev, q, beta_prev = q, w / b, b
    return np.array(alphas), np.array(betas), torch.stack(basis)


def _tridiag_eigh(alphas: np.ndarray, betas: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    m = len(alphas)
    T = np.diag(alphas)
    if m > 1:
        T += np.diag(betas[: m - 1], 1) + np.diag(betas[: m - 1], -1)
    return np.linalg.eigh(T)


@dataclasses.dataclass
class HessianEigen:
    """Top eigenpairs of the Hessian.

    Attributes:
        eigenvalues: float64 [k], descending.
        eigenvectors: k dicts name -> tensor (unit norm over the selected parameters,
            parameter dtype and device), or None when not requested.
        residuals: float64 [k], `|H v - lambda v|` (Lanczos estimate).
        hvp_calls: Hessian-vector products used.
    """

    eigenvalues: np.ndarray
    eigenvectors: Optional[List[Dict[str, torch.Tensor]]]
    residuals: np.ndarray
    hvp_calls: int


def _sign_fix(v: torch.Tensor) -> torch.Tensor:
    """Deterministic sign: the entry of largest magnitude is positive."""
    i = int(torch.argmax(v.abs()))
    return -v if float(v[i]) < 0 else v


def hessian_eigenvalues(
    model: nn.Module,
    loss_fn: Optional[Callable],
    data: Any,
    k: int = 1,
    *,
    method: str = "lanczos",
    max_iter: int = 100,
    tol: float = 1e-4,
    seed: int = 0,
    params: ParamSelector = None,
    trainable_only: bool = True,
    evaluate: Optional[Callable] = None,
    max_batches: Optional[int] = None,
    return_eigenvectors: bool = False,
) -> HessianEigen:
    """Top-k Hessian eigenvalues (and optionally eigenvectors).

    Args:
        model, loss_fn, data: as in `compute_landscape`.
        k: number of eigenpairs.
        method: "lanczos" (k largest algebraic eigenvalues; one stored vector per
            iteration) or "power" (power iteration with deflation: k largest in magnitude,
            k + 2 stored vectors).
        max_iter: Lanczos steps, or power iterations per eigenpair.
        tol: relative tolerance (Ritz residual for Lanczos, change of the eigenvalue
            estimate between iterations for power iteration).
        seed: seed of the start vector.
        params, trainable_only: parameter subset.
        evaluate: escape hatch `evaluate(model, batch) -> {"loss": ...}`.
        max_batches: use at most this many batches.
        return_eigenvectors: also return the eigenvectors as dicts.

    Raises:
        ValueError: naming `k`, `method`, `max_iter` or `tol` when invalid, or `k` larger
            than the number of selected parameters.
    """
    check_positive_int("k", k)
    spec = HessianSpec(method=method, max_iter=max_iter, tol=tol)  # the one validator
    method, max_iter, tol = spec.method, spec.max_iter, spec.tol
    with preserved(unwrap_model(model)):
        model, names, evaldata = _setup(model, loss_fn, data, params, trainable_only, evaluate, max_batches)
        op = _Operator(model, loss_fn, evaldata, names, evaluate)
        if k > op.n:
            fail("k", k, f"exceeds the {op.n} selected parameters")
        gen = torch.Generator().manual_seed(int(seed))
        if method == "lanczos":
            values, vectors, residuals = _top_lanczos(op, k, max_iter, tol, gen)
        else:
            values, vectors, residuals = _top_power(op, k, max_iter, tol, gen)
        eigvecs = [unflatten(v, op.like) for v in vectors] if return_eigenvectors else None
        return HessianEigen(np.asarray(values, dtype=np.float64), eigvecs, np.asarray(residuals, np.float64), op.calls)


def _top_lanczos(op, k, max_iter, tol, gen):
    v0 = torch.randn(op.n, generator=gen, dtype=torch.float64).to(op.device)

    def converged(alphas, betas, b):
        if len(alphas) < k:
            return False
        theta, S = _tridiag_eigh(alphas, betas)
        top = np.argsort(theta)[::-1][:k]
        res = np.abs(b * S[-1, top])
        return bool(np.all(res <= tol * np.maximum(np.abs(theta[top]), 1e-12)))

    alphas, betas, Q = _lanczos(op, v0, min(max_iter, op.n), converged)
    theta, S = _tridiag_eigh(alphas, betas)
    top = np.argsort(theta)[::-1][:k]
    vecs = []
    for i in top:
        v = Q.T @ torch.from_numpy(S[:, i]).to(Q)
        vecs.append(_sign_fix(v / torch.linalg.vector_norm(v)))
    res = np.abs(betas[-1] * S[-1, top])
    return theta[top], vecs, res


def _top_power(op, k, max_iter, tol, gen):
    values, vecs, res = [], [], []
    for _ in range(k):
        v = torch.randn(op.n, generator=gen, dtype=torch.float64).to(op.device)
        lam = None
        for _ in range(max_iter):
            for u in vecs:  # deflation: stay orthogonal to the eigenvectors found
                v = v - torch.dot(v, u) * u
            v = v / torch.linalg.vector_norm(v)
            hv = op(v)
            new = float(torch.dot(hv, v))
            r = float(torch.linalg.vector_norm(hv - new * v))
            norm = float(torch.linalg.vector_norm(hv))
            if norm == 0.0:
                lam = 0.0
                break
            done = lam is not None and abs(new - lam) <= tol * max(abs(new), 1e-12)
            lam = new
            v = hv / norm
            if done:
                break
        for u in vecs:
            v = v - torch.dot(v, u) * u
        v = v / torch.linalg.vector_norm(v)
        values.append(lam)
        vecs.append(_sign_fix(v))
        res.append(r)
    order = np.argsort(values)[::-1]
    return [values[i] for i in order], [vecs[i] for i in order], [res[i] for i in order]


# ---- trace -------------------------------------------------------------------------------------

@dataclasses.dataclass
class TraceEstimate:
    """Hutchinson estimate of the Hessian trace.

    Attributes:
        value: the mean of the samples v^T H v.
        std_error: standard error of the mean (NaN with one sample).
        samples: float64 [S], the individual estimates.
    """

    value: float
    std_error: float
    samples: np.ndarray

    def __float__(self) -> float:
        return float(self.value)


def hessian_trace(
    model: nn.Module,
    loss_fn: Optional[Callable],
    data: Any,
    *,
    max_iter: int = 100,
    min_iter: int = 10,
    tol: float = 1e-3,
    seed: int = 0,
    params: ParamSelector = None,
    trainable_only: bool = True,
    evaluate: Optional[Callable] = None,
    max_batches: Optional[int] = None,
) -> TraceEstimate:
    """Hutchinson trace estimate, stopping when the standard error falls below `tol * |mean|`.

    Raises:
        ValueError: naming `max_iter`, `min_iter` or `tol` when invalid.
    """
    check_positive_int("max_iter", max_iter)
    check_positive_int("min_iter", min_iter)
    check_positive_float("tol", tol)
    with preserved(unwrap_model(model)):
        model, names, evaldata = _setup(model, loss_fn, data, params, trainable_only, evaluate, max_batches)
        op = _Operator(model, loss_fn, evaldata, names, evaluate)
        gen = torch.Generator().manual_seed(int(seed))
        samples = []
        for i in range(max_iter):
            v = _rademacher(op.n, gen, op.device)
            samples.append(float(torch.dot(v, op(v))))
            if len(samples) >= max(min_iter, 2):
                arr = np.array(samples)
                se = arr.std(ddof=1) / math.sqrt(len(arr))
                if se <= tol * max(abs(arr.mean()), 1e-12):
                    break
        arr = np.array(samples)
        se = float(arr.std(ddof=1) / math.sqrt(len(arr))) if len(arr) > 1 else math.nan
        return TraceEstimate(float(arr.mean()), se, arr)


# ---- density -----------------------------------------------------------------------------------

@dataclasses.dataclass
class SpectralDensity:
    """Eigenvalue density by stochastic Lanczos quadrature.

    Attributes:
        nodes: float64 [R, m], Ritz values of each of the R Lanczos runs.
        weights: float64 [R, m], quadrature weights (each row sums to 1).
        num_parameters: dimension n of the Hessian.
        residuals: float64 [R, m], Lanczos residual of each node (an eigenvalue lies within
            it), or None.
    """

    nodes: np.ndarray
    weights: np.ndarray
    num_parameters: int
    residuals: Optional[np.ndarray] = None

    def density(self, grid: Optional[np.ndarray] = None, sigma: Optional[float] = None,
                points: int = 1000) -> Tuple[np.ndarray, np.ndarray]:
        """The density smoothed with a Gaussian of width `sigma`, integrating to 1.

        Args:
            grid: where to evaluate (default: `points` values spanning the nodes +- 5 sigma).
            sigma: kernel width (default: 1% of the node range, or 1e-3 if it is zero;
                `spectrum.default_sigma`).

        Returns:
            (grid float64 [G], density float64 [G]).
        """
        lo, hi = float(self.nodes.min()), float(self.nodes.max())
        if sigma is None:
            sigma = default_sigma(self.nodes)
        check_positive_float("sigma", sigma)
        if grid is None:
            grid = np.linspace(lo - 5 * sigma, hi + 5 * sigma, points)
        grid = np.asarray(grid, dtype=np.float64)
        kern = np.exp(-((grid[None, None, :] - self.nodes[:, :, None]) ** 2) / (2 * sigma ** 2)) / (
            sigma * math.sqrt(2 * math.pi))
        dens = (self.weights[:, :, None] * kern).sum(axis=1).mean(axis=0)
        return grid, dens

    def on_grid(self, points: int = 512, sigma: Optional[float] = None, max_outliers: int = 10) -> DensityGrid:
        """The log density on `points` evenly spaced eigenvalues and the outlier eigenvalues
        (resolved top Ritz values above the bulk), as a `DensityGrid` to log; see `spectrum`."""
        return density_grid(self.nodes, self.weights, self.residuals, self.num_parameters, points=points,
                            sigma=sigma, max_outliers=max_outliers)

    def moment(self, p: int) -> float:
        """Estimate of (1/n) tr(H^p) = sum_j w_j theta_j^p, averaged over runs."""
        return float((self.weights * self.nodes ** p).sum(axis=1).mean())


def hessian_density(
    model: nn.Module,
    loss_fn: Optional[Callable],
    data: Any,
    *,
    steps: int = 80,
    runs: int = 3,
    seed: int = 0,
    params: ParamSelector = None,
    trainable_only: bool = True,
    evaluate: Optional[Callable] = None,
    max_batches: Optional[int] = None,
) -> SpectralDensity:
    """Eigenvalue density of the Hessian by stochastic Lanczos quadrature.

    Args:
        steps: Lanczos steps per run (m; at most the number of parameters). Ghorbani et al.
            2019 find 80-90 enough; one Hessian-vector product each.
        runs: independent runs (R), each from a normalized Rademacher vector: R * m products.
            Several runs smooth the estimate (Ghorbani et al.'s code runs one per job, in many
            parallel jobs); with many parameters one run already averages over all
            eigenvectors. Default 3: 240 products.

    Raises:
        ValueError: naming `steps` or `runs` when not positive integers.
    """
    check_positive_int("steps", steps)
    check_positive_int("runs", runs)
    with preserved(unwrap_model(model)):
        model, names, evaldata = _setup(model, loss_fn, data, params, trainable_only, evaluate, max_batches)
        op = _Operator(model, loss_fn, evaldata, names, evaluate)
        gen = torch.Generator().manual_seed(int(seed))
        m = min(steps, op.n)
        nodes = np.full((runs, m), np.nan)
        weights = np.zeros((runs, m))
        residuals = np.zeros((runs, m))
        for r in range(runs):
            v = _rademacher(op.n, gen, op.device)
            alphas, betas, _ = _lanczos(op, v, m)
            theta, S = _tridiag_eigh(alphas, betas)
            j = len(theta)
            nodes[r, :j] = theta
            weights[r, :j] = S[0, :] ** 2
            residuals[r, :j] = np.abs(betas[-1] * S[-1, :])
            if j < m:  # early exact termination: pad with zero-weight copies
                nodes[r, j:] = theta[-1]
        return SpectralDensity(nodes, weights, op.n, residuals)


# ---- directions ------------------------------------------------------------------------------

def hessian_directions(
    model: nn.Module,
    loss_fn: Optional[Callable],
    data: Any,
    dims: int = 2,
    *,
    params: ParamSelector = None,
    trainable_only: bool = True,
    evaluate: Optional[Callable] = None,
    seed: int = 0,
    max_batches: Optional[int] = None,
    hessian: Any = None,
) -> Directions:
    """The top-`dims` Hessian eigenvectors as landscape directions (unit norm).

    Args:
        hessian: a `HessianSpec` (or a dict of its fields): method, max_iter, tol of
            `hessian_eigenvalues`.
    """
    check_choice("dims", dims, (1, 2))
    spec = coerce_spec(HessianSpec, hessian, "hessian")
    eig = hessian_eigenvalues(model, loss_fn, data, dims, params=params, trainable_only=trainable_only,
                              evaluate=evaluate, seed=seed, max_batches=max_batches, return_eigenvectors=True,
                              method=spec.method, max_iter=spec.max_iter, tol=spec.tol)
    labels = [f"eigenvector {i + 1} (lambda={v:.4g})" for i, v in enumerate(eig.eigenvalues)]
    return Directions(eig.eigenvectors, method="hessian", normalization="unit (eigenvector)", seed=seed,
                      unit="parameter distance (L2)", labels=labels,
                      extra={"eigenvalues": ", ".join(f"{v:.6g}" for v in eig.eigenvalues),
                             "hvp_calls": str(eig.hvp_calls)})
