"""One word-list folder: ``load_lexicon(data_dir=…)`` redirects every list the kit reads, the
name words, given names and date words included, and the valence, event and plural tables that
sentiment and keywords read. Fictional people and bodies only."""
import shutil

import pandas as pd
import pytest

from analysis import extract_statements, load_lexicon, mentions, polarity_label
from analysis.enrich.sentiment_features import target_features
from analysis.keywords import keywords, kwic
from analysis.lexicon import DATA_DIR, FILES, SCORING_LISTS, VERSIONED_LISTS, load_sentiment_events
from analysis.summaries.lemmas import singular


def _edited(tmp_path, name: str, section: str | None, line: str, *more: tuple[str, str]):
    """A copy of the shipped lists with ``line`` added to ``name`` (under ``[section]``), and each
    ``(name, line)`` of ``more`` added at the end of its file."""
    folder = tmp_path / "lists"
    folder.mkdir()
    for f in FILES + VERSIONED_LISTS + SCORING_LISTS:
        shutil.copy(DATA_DIR / f, folder / f)
    for other, added in more:
        with open(folder / other, "a", encoding="utf-8") as fh:
            fh.write(added + "\n")
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


def _scored(text: str, mention: str, lex=None) -> list[tuple[str, float]]:
    """The valence and event features of the mention of ``mention`` in ``text``."""
    start = text.index(mention)
    return [(f.name, f.value) for f in target_features(text, start, start + len(mention), lexicon=lex)
            if f.name.startswith(("VD", "EV"))]


def test_a_word_valence_added_in_the_folder_reaches_the_sentiment_features(tmp_path):
    text = "Mayor Ada Voss was zorbly on Monday."
    lex = _edited(tmp_path, "valence.csv", None, "zorbly,0.75")
    assert lex.valence["zorbly"] == 0.75 and "zorbly" not in load_lexicon().valence
    assert _scored(text, "Ada Voss") == []
    assert _scored(text, "Ada Voss", lex) == [("VD+clause", 0.75), ("VD+near", 0.75)]


def test_an_event_word_added_in_the_folder_scores_what_is_done_to_the_target(tmp_path):
    text = "Ada Voss was zorbled on Monday."
    lex = _edited(tmp_path, "sentiment_verbs.csv", None, "zorble,-0.8,object")
    assert [(e.word, e.polarity, e.role) for e in lex.sentiment_events.get("zorbled")] == [("zorble", -0.8, "object")]
    assert _scored(text, "Ada Voss") == []
    assert _scored(text, "Ada Voss", lex) == [("EVobject-", -0.8)]


def test_a_plural_added_in_the_folder_changes_the_keyword_singular(tmp_path):
    lex = _edited(tmp_path, "plurals.csv", None, "gloomstacks,gloomstack")
    assert singular("gloomstacks") == "gloomstacks"
    assert singular("gloomstacks", lexicon=lex) == "gloomstack"
    assert singular("children", lexicon=lex) == singular("children") == "child"


def test_a_folder_without_the_scoring_tables_reads_them_empty(tmp_path):
    for f in FILES:
        shutil.copy(DATA_DIR / f, tmp_path / f)
    lex = load_lexicon(str(tmp_path))
    assert dict(lex.valence) == {} and dict(lex.plurals) == {} and dict(lex.sentiment_events.single) == {}
    assert load_sentiment_events(str(tmp_path)).multi == {}
    assert singular("children", lexicon=lex) == "children"
    assert _scored("Ada Voss was arrested on Monday.", "Ada Voss", lex) == []


def test_the_mentions_table_scores_with_the_folder_it_is_given(tmp_path):
    text = "“The council zorbled Ada Voss,” said Councillor Ilsa Brandt on Monday."
    lex = _edited(tmp_path, "sentiment_verbs.csv", None, "zorble,-0.8,object")
    st = extract_statements(text, published="2026-11-20", lexicon=lex).assign(article_id="a1")
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    plain, edited = mentions(st, articles), mentions(st, articles, lexicon=lex)
    assert list(plain["actor"]) == list(edited["actor"]) == ["Ada Voss"]
    assert list(plain["sentiment"]) == [0.0]
    assert [polarity_label(p) for p in edited["sentiment"]] == ["negative"]


def test_keywords_read_the_plurals_and_stop_words_of_the_folder_they_are_given(tmp_path):
    lex = _edited(tmp_path, "plurals.csv", None, "brindlemen,brindleman", ("stopwords.txt", "quayside"))
    texts = ["The brindlemen by the quayside sang.", "A brindleman sang at the quayside."]

    def counted(lexicon=None):
        table = keywords(texts, min_keyness=None, min_ratio=None, lexicon=lexicon)
        return [tuple(row) for row in table[["keyword", "count"]].itertuples(index=False)]

    assert counted() == [("quayside", 2), ("sang", 2), ("brindleman", 1), ("brindlemen", 1)]
    assert counted(lex) == [("brindleman", 2), ("sang", 2)]
    assert kwic(texts, "brindleman", width=4)["keyword"].tolist() == ["brindleman"]
    assert kwic(texts, "brindleman", width=4, lexicon=lex)["keyword"].tolist() == ["brindlemen", "brindleman"]
