from analysis import schema
from analysis.enrich.rows import statement_rows
from analysis.extract import find_statements
from analysis.lexicon import load_lexicon
from analysis.nlp.document import Document

TEXT = ("Bridge to reopen\n"
        "“We will rebuild the old bridge,” Mayor Ilsa Brandt said on Tuesday.\n"
        "She said the Arnsby council would pay for it.")


def test_rows_resolve_speakers_dates_and_cues():
    doc = Document(TEXT, load_lexicon())
    df = statement_rows(doc, find_statements(doc), "2025-03-06", "t")
    assert list(df.columns) == schema.names(schema.STATEMENT_COLUMNS)
    assert df["statement_id"].tolist() == ["t-000", "t-001"]
    assert df["speaker"].tolist() == ["Ilsa Brandt", "Ilsa Brandt"]
    assert df["speaker_method"].tolist() == ["explicit", "pronoun"]
    assert df["cue"].tolist() == ["said on Tuesday", "said"]
    assert [str(d.date()) for d in df["date"]] == ["2025-03-04", "2025-03-04"]


ALLIANCE = ("Harbour plan agreed\n"
            "“Norway and Ilsa Brandt will share the cost,” Councillor Tomas Reuter said on Tuesday.\n"
            "Reuter said Brandt had asked Norway for help.")


def test_actors_are_found_once_with_their_offsets():
    doc = Document(ALLIANCE, load_lexicon())
    df = statement_rows(doc, find_statements(doc), None, "t")
    assert df["actor_mentions"].tolist() == [
        [{"actor": "Norway", "actor_type": "country", "mention": "Norway", "start": 21, "end": 27},
         {"actor": "Ilsa Brandt", "actor_type": "person", "mention": "Ilsa Brandt", "start": 32, "end": 43}],
        [{"actor": "Ilsa Brandt", "actor_type": "person", "mention": "Brandt", "start": 119, "end": 125},
         {"actor": "Norway", "actor_type": "country", "mention": "Norway", "start": 136, "end": 142}]]
    # the actors column lists the same finding
    assert df["actors"].tolist() == [sorted({m["actor"] for m in ms}) for ms in df["actor_mentions"]]
    assert all(ALLIANCE[m["start"]:m["end"]] == m["mention"] for ms in df["actor_mentions"] for m in ms)
