"""What the README says about Python versions is what the packages say."""

import importlib.metadata as md
import os
import re

from packaging.specifiers import SpecifierSet

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _read(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return f.read()


def _floor(spec: str) -> tuple:
    """The lowest 3.x minor version `spec` admits, as (3, minor)."""
    s = SpecifierSet(spec or "")
    return next((3, m) for m in range(6, 30) if s.contains(f"3.{m}.0"))


def _pins():
    pins = {}
    for line in _read("requirements-dev.txt").splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s#]+)", line.strip())
        if m:
            pins[m.group(1)] = m.group(2)
    return pins


def test_python_requires_is_torchs_floor_and_the_readme_says_so():
    setup_floor = _floor(re.search(r'python_requires="([^"]+)"', _read("setup.py")).group(1))
    torch_floor = _floor(md.metadata("torch")["Requires-Python"])
    assert setup_floor == torch_floor == (3, 10)
    readme = " ".join(_read("README.md").split())
    assert "the package and the demo need 3.10 or newer, torch 2.13's floor" in readme


def test_the_test_requirements_need_the_python_the_readme_and_scripts_test_name():
    floors = {}
    for name, version in _pins().items():
        meta = md.metadata(name)
        assert meta["Version"].split("+")[0] == version.split("+")[0], f"{name} installed {meta['Version']}, pinned {version}"
        floors[name] = _floor(meta.get("Requires-Python") or "")
    need = max(floors.values())
    assert need == (3, 11), sorted((v, k) for k, v in floors.items())[-3:]
    readme = " ".join(_read("README.md").split())
    assert "the test command's pinned numpy and scikit-learn need 3.11" in readme
    assert "sys.version_info < (3, 11)" in _read("scripts/test")
