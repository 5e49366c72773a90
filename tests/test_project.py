"""The project's own promises: one dependency list, the README schema matches the code."""
import re
import tomllib

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
