"""Where word lists, caches and reports live (analysis.paths): one place, QUOTEBOOK_HOME overrides."""
from __future__ import annotations

import shutil
from pathlib import Path

from analysis import paths
from analysis.lexicon import FILES, load_lexicon

ROOT = Path(__file__).resolve().parent.parent


def test_a_checkout_reads_and_writes_under_itself(monkeypatch):
    monkeypatch.delenv("QUOTEBOOK_HOME", raising=False)
    assert paths.project_root() == ROOT
    assert paths.data_dir() == ROOT / "data"
    assert paths.processed_dir() == ROOT / "data" / "processed"
    assert paths.cache_dir() == ROOT / "data" / "processed" / "cache"
    assert paths.reports_dir() == ROOT / "reports"


def test_quotebook_home_moves_the_outputs(monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTEBOOK_HOME", str(tmp_path))
    assert paths.project_root() == tmp_path
    assert paths.processed_dir() == tmp_path / "data" / "processed"
    assert paths.cache_dir() == tmp_path / "data" / "processed" / "cache"
    assert paths.reports_dir() == tmp_path / "reports"


def test_without_word_lists_at_home_the_shipped_ones_are_read(monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTEBOOK_HOME", str(tmp_path))
    # a checkout ships nothing inside the package: its own data/ stands in for the packaged copy
    assert paths.data_dir() == ROOT / "data"
    assert load_lexicon(str(paths.data_dir())).version == load_lexicon(str(ROOT / "data")).version


def test_word_lists_at_home_are_the_ones_read(monkeypatch, tmp_path):
    (tmp_path / "data").mkdir()
    for name in FILES:
        shutil.copy(ROOT / "data" / name, tmp_path / "data" / name)
    with open(tmp_path / "data" / "titles.txt", "a", encoding="utf-8") as fh:
        fh.write("\nharbourmaster\n")
    monkeypatch.setenv("QUOTEBOOK_HOME", str(tmp_path))
    assert paths.data_dir() == tmp_path / "data"
    assert "harbourmaster" in load_lexicon(str(paths.data_dir())).titles
    assert "harbourmaster" not in load_lexicon(str(ROOT / "data")).titles


def test_no_module_defines_a_path_from_its_own_file():
    """Every path under the project comes from analysis.paths (the package finds itself once)."""
    offenders = [str(f.relative_to(ROOT)) for f in sorted((ROOT / "analysis").rglob("*.py"))
                 if f.name != "paths.py" and "__file__" in f.read_text(encoding="utf-8")]
    assert offenders == []
