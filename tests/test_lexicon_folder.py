"""One word-list folder: ``load_lexicon(data_dir=…)`` redirects every list extraction reads,
the name words, given names and date words included. Fictional people and bodies only."""
import shutil

import pandas as pd
import pytest

from analysis import extract_statements, load_lexicon
from analysis.lexicon import DATA_DIR, FILES, VERSIONED_LISTS


def _edited(tmp_path, name: str, section: str | None, line: str):
    """A copy of the shipped lists with ``line`` added to ``name`` (under ``[section]``)."""
    folder = tmp_path / "lists"
    folder.mkdir()
    for f in FILES + VERSIONED_LISTS:
        shutil.copy(DATA_DIR / f, folder / f)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    if section is None:
        text = text.rstrip("\n") + "\n" + line + "\n"
    else:
        assert f"[{section}]\n" in text
        text = text.replace(f"[{section}]\n", f"[{section}]\n{line}\n", 1)
    path.write_text(text, encoding="utf-8")
    return load_lexicon(str(folder))


def _speakers(text: str, lex=None, *cols: str):
    df = extract_statements(text, published="2026-11-20", lexicon=lex)
    cols = cols or ("speaker", "speaker_type", "speaker_method")
    return [tuple(None if pd.isna(v) else v for v in row) for row in df[list(cols)].itertuples(index=False)]


def test_a_given_name_added_in_the_folder_gives_her_pronoun_a_referent(tmp_path):
    text = "Zorvath Quell opened the harbour fair on Monday. “The boats are ready,” she said."
    lex = _edited(tmp_path, "first_names.csv", None, "zorvath,f")
    assert lex.first_names["zorvath"] == "f" and "zorvath" not in load_lexicon().first_names
    assert _speakers(text) == [(None, "anonymous", "pronoun")]
    assert _speakers(text, lex) == [("Zorvath Quell", "person", "pronoun")]


def test_an_organisation_head_added_in_the_folder_makes_a_body(tmp_path):
    text = "“We will not sign,” the Brisa Conclave said on Tuesday."
    lex = _edited(tmp_path, "name_words.txt", "organisation", "conclave")
    assert "conclave" in lex.name_words.organisation and "conclave" in lex.name_words.not_person
    assert _speakers(text) == [("Brisa Conclave", "person", "explicit")]
    assert _speakers(text, lex) == [("Brisa Conclave", "organisation", "explicit")]


def test_a_date_word_added_in_the_folder_turns_a_date_ahead(tmp_path):
    text = "“The quay is safe,” Ada Voss said before Dec. 2."
    lex = _edited(tmp_path, "date_words.txt", "next", "before")
    assert _speakers(text, None, "date", "date_text") == [(pd.Timestamp("2025-12-02"), "Dec. 2")]
    assert _speakers(text, lex, "date", "date_text") == [(pd.Timestamp("2026-12-02"), "Dec. 2")]


@pytest.mark.parametrize("name", ["name_words.txt", "first_names.csv", "date_words.txt"])
def test_an_edit_to_any_list_changes_the_version(tmp_path, name):
    section = {"name_words.txt": "thing", "date_words.txt": "last", "first_names.csv": None}[name]
    line = "zorvath,m" if section is None else "gone"
    assert _edited(tmp_path, name, section, line).version != load_lexicon().version


def test_a_folder_without_the_optional_lists_reads_none(tmp_path):
    for f in FILES:
        shutil.copy(DATA_DIR / f, tmp_path / f)
    lex = load_lexicon(str(tmp_path))
    assert dict(lex.first_names) == {} and lex.places == frozenset()
    assert lex.date_words.next_words == () and lex.name_words == load_lexicon().name_words
