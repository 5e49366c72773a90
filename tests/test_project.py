"""The project's own promises: one dependency list, the README schema matches the code."""
import re
import tomllib

import pytest
import yaml
from pathlib import Path

import analysis
from analysis import schema

ROOT = Path(__file__).resolve().parent.parent


def _name(req: str) -> str:
    return re.split(r"[\[<>=!~ ]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = {_name(d) for d in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        deps |= {_name(d) for d in extra}
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    assert {"pip": ["-e ."]} in env["dependencies"]
    assert conda == deps


def test_readme_schema_table_matches_schema_module():
    readme = (ROOT / "README.md").read_text()
    assert schema.markdown_table(schema.STATEMENT_COLUMNS) in readme
    assert schema.markdown_table(schema.ARTICLE_COLUMNS) in readme


def test_readme_starts_with_the_two_commands():
    head = (ROOT / "README.md").read_text().splitlines()[:6]
    assert any(ln.startswith("make report") for ln in head)
    assert any(ln.startswith("make test") for ln in head)


def test_public_api_is_listed():
    for name in analysis.__all__:
        assert hasattr(analysis, name), name


def test_seed_is_a_copy_of_the_shared_seed():
    shared = ROOT.parent / "shared" / "seeds" / "000_0cbf520dcd3947b9.txt"
    ours = ROOT / "seeds" / "000_0cbf520dcd3947b9.txt"
    if shared.exists():
        assert ours.read_bytes() == shared.read_bytes()
    assert ours.read_bytes().startswith(b"US Secretary of State Marco Rubio says")


DEV_SET = ROOT.parent / "shared" / "bench" / "polnear_dev.jsonl"
SEED = ROOT / "seeds" / "000_0cbf520dcd3947b9.txt"
_WORDS = re.compile(r"[a-z0-9']+")


def _shingles(text: str, n: int = 7) -> set[tuple[str, ...]]:
    w = _WORDS.findall(text.lower().replace("’", "'"))
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


@pytest.mark.skipif(not DEV_SET.exists(), reason="the shared dev set is not beside this clone")
def test_no_dev_set_text_in_the_project():
    # Rules, word lists, tests and docs are our own words: no run of seven words from a dev-set
    # article (the seed, which the kit ships, is ours to quote).
    import json

    dev: set = set()
    for line in DEV_SET.read_text(encoding="utf-8").splitlines():
        if line.strip():
            dev |= _shingles(json.loads(line)["text"])
    dev -= _shingles(SEED.read_text(encoding="utf-8"))
    found = {}
    for folder in ("analysis", "tests", "data", "docs", "notebooks", "bench"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".py", ".md", ".csv", ".txt", ".json", ".ipynb") and "processed" not in path.parts:
                hits = _shingles(path.read_text(encoding="utf-8", errors="replace")) & dev
                if hits:
                    found[str(path.relative_to(ROOT))] = sorted(" ".join(h) for h in hits)[:3]
    hits = _shingles((ROOT / "README.md").read_text(encoding="utf-8")) & dev
    if hits:
        found["README.md"] = sorted(" ".join(h) for h in hits)[:3]
    assert found == {}


def _pick_python():
    import importlib.util
    spec = importlib.util.spec_from_file_location("pick_python", ROOT / "bench" / "pick_python.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("times, expected", [
    ({"python3": 0.30, "/usr/bin/python3": 0.24}, "/usr/bin/python3"),  # a fifth faster: taken
    ({"python3": 0.30, "/usr/bin/python3": 0.28}, "python3"),  # within the margin: python3 stays
    ({"python3": 0.20, "python3.12": 0.25}, "python3"),
    ({"python3.12": 0.25, "python3.11": 0.21}, "python3.11"),  # no python3: the fastest
    ({}, "python3"),
])
def test_setup_builds_the_venv_from_a_clearly_faster_python(times, expected):
    assert _pick_python().choose(times) == expected

