"""The shape of the code: short functions, no import circles, a torch-free top level that still
lists every public name."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "tb_landscape")
MAX_FUNCTION_LINES = 80


def _modules():
    for dirpath, _, files in os.walk(PACKAGE):
        for f in files:
            if f.endswith(".py") and not f.endswith("_pb2.py"):
                path = os.path.join(dirpath, f)
                rel = os.path.relpath(path, ROOT)[:-3].replace(os.sep, ".")
                yield rel[: -len(".__init__")] if rel.endswith(".__init__") else rel, path


def _code_lines(fn: ast.AST) -> int:
    """Lines of a function, its docstring left out."""
    body = fn.body
    if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) \
            and isinstance(body[0].value.value, str):
        doc = body[0].end_lineno - body[0].lineno + 1
    else:
        doc = 0
    return fn.end_lineno - fn.lineno + 1 - doc


def test_no_function_is_longer_than_80_lines():
    long = []
    for name, path in _modules():
        tree = ast.parse(open(path).read())
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _code_lines(node) > MAX_FUNCTION_LINES:
                long.append(f"{name}.{node.name}: {_code_lines(node)} lines")
    assert not long, long


def _imports(name: str, path: str):
    """The tb_landscape modules `name` imports (anywhere in the file, lazy imports too)."""
    package = name if path.endswith("__init__.py") else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(open(path).read())):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("tb_landscape"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod.startswith("tb_landscape"):
                out.add(mod)
                out.update(f"{mod}.{a.name}" for a in node.names)
    return out


def test_no_import_circles():
    mods = dict(_modules())
    graph = {m: {i for i in _imports(m, p) if i in mods and i != m} for m, p in mods.items()}
    # a package's __init__ may import its own submodules; a submodule importing its package is
    # an import of that package's __init__, and part of a circle only through such edges
    seen, stack, circles = set(), [], []

    def visit(m):
        if m in stack:
            circles.append(stack[stack.index(m):] + [m])
            return
        if m in seen:
            return
        seen.add(m)
        stack.append(m)
        for n in sorted(graph[m]):
            if not (m.startswith(n + ".") and mods[n].endswith("__init__.py")):  # a module -> its own package
                visit(n)
        stack.pop()

    for m in sorted(graph):
        visit(m)
    assert not circles, circles


def test_importing_the_package_imports_no_torch_and_lists_every_public_name():
    code = ("import sys, tb_landscape as t; assert 'torch' not in sys.modules, 'torch imported'; "
            "print(sorted(t.__all__)); print(sorted(n for n in dir(t) if not n.startswith('_')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    names = eval(out.splitlines()[0])
    listed = eval(out.splitlines()[1])
    for name in ("compute_landscape", "LandscapeLogger", "GridSpec", "DirectionSpec", "EvalSpec", "tune_evaluation",
                 "add_landscape", "Landscape", "hessian_eigenvalues", "sam_sharpness"):
        assert name in names and name in listed, name
    for plumbing in ("select_parameters", "unwrap_model", "frame_id", "grid_axes", "EvalConfig"):
        assert plumbing not in names, plumbing
    import tb_landscape

    for name in tb_landscape.__all__:
        assert getattr(tb_landscape, name) is not None, name
