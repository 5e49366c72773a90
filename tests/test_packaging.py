"""A wheel built from the project works where the source tree is not: it parses the seed."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from analysis import extract_statements

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0cbf520dcd3947b9.txt"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
#: what a build does not need and must not carry: caches, outputs, the venv, git
BUILD_IGNORE = shutil.ignore_patterns(".git", ".venv", "processed", "reports", "__pycache__", "*.pyc",
                                      ".pytest_cache", ".hypothesis", "build", "*.egg-info", "notebooks")

# run by the installed package, from a folder without the project, with no site hooks (-S):
# the project venv's editable install (a .pth file) is not read, only the wheel's copy
PROBE = """
import json, sys
import analysis
from analysis import extract_statements, paths
text = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps({"module": analysis.__file__, "data": str(paths.data_dir()),
                  "statements": len(extract_statements(text))}))
"""


def _package_dirs() -> set[str]:
    """Every folder of ``analysis/`` that holds Python modules, as a dotted package name."""
    found = set()
    for f in (ROOT / "analysis").rglob("*.py"):
        rel = f.parent.relative_to(ROOT)
        if "__pycache__" not in rel.parts:
            found.add(".".join(rel.parts))
    return found


def test_every_package_folder_is_listed_for_the_wheel():
    # pyproject lists its packages (the packaged word lists are mapped in as analysis._data, which
    # automatic discovery cannot do): a new subpackage missing from the list is missing from the wheel
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert _package_dirs() - listed == set()


def test_every_word_list_is_packaged():
    data = PYPROJECT["tool"]["setuptools"]["package-data"]["analysis._data"]
    assert PYPROJECT["tool"]["setuptools"]["package-dir"]["analysis._data"] == "data"
    lists = {f.name for f in (ROOT / "data").iterdir() if f.is_file() and not f.name.startswith(".")}
    assert lists and all(any(Path(n).match(pat) for pat in data) for n in lists)


def _build_wheel(tmp: Path) -> Path:
    """Build the wheel from a copy of the project (the build writes build/ and egg-info beside it)."""
    from packaging.requirements import Requirement
    from importlib.metadata import PackageNotFoundError, version

    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=BUILD_IGNORE)
    isolation = []
    try:
        # the backend of the test extra builds offline; an older one is replaced by pip's own download
        if all(Requirement(r).specifier.contains(version(Requirement(r).name))
               for r in PYPROJECT["build-system"]["requires"]):
            isolation = ["--no-build-isolation"]
    except PackageNotFoundError:
        pass
    out = tmp / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", *isolation, "-w", str(out), str(src)],
                   check=True, cwd=tmp, capture_output=True, text=True)
    (wheel,) = out.glob("quotebook-*.whl")
    return wheel


@pytest.mark.slow
def test_the_installed_wheel_parses_the_seed_as_the_source_tree_does(tmp_path):
    wheel = _build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "analysis/_data/cues.csv" in names and "analysis/templates/quotebook/index.html.j2" in names
    assert not any("processed" in n or n.endswith(".pyc") for n in names)

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                    "--target", str(target), str(wheel)], check=True, capture_output=True, text=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # the dependencies come from this interpreter's site-packages (no network); nothing of the checkout
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(elsewhere),
           "PYTHONPATH": os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]])}
    run = subprocess.run([sys.executable, "-S", "-c", PROBE, str(SEED)], cwd=elsewhere, env=env,
                         check=True, capture_output=True, text=True)
    got = json.loads(run.stdout)
    assert Path(got["module"]).parent == target / "analysis"
    assert Path(got["data"]) == target / "analysis" / "_data"
    assert got["statements"] == len(extract_statements(SEED.read_text(encoding="utf-8")))
    assert got["statements"] > 0
