"""Role and relation nouns resolved to the people the article introduces with them
(analysis.enrich.roles); every text is fictional."""
import pytest

from analysis import extract_statements
from analysis.enrich.entities import build
from analysis.enrich.roles import RoleMention, _apposed, holders, plural_role, read_mention
from analysis.lexicon import load_lexicon


def _speakers(text: str) -> list[tuple]:
    df = extract_statements(text)
    return [(text[int(a):int(b)], s, m) for a, b, s, m in
            zip(df["speaker_start"], df["speaker_end"], df["speaker"], df["speaker_method"])]


@pytest.mark.parametrize("name, expected", [
    ("The Tarn County judge", RoleMention("the", ("judge",), frozenset({"tarn", "county"}), False, 0)),
    ("the state attorney general", RoleMention("the", ("attorney", "general"), frozenset({"state"}), False, 0)),
    ("His ex-wife", RoleMention("his", ("wife",), frozenset(), False, 0)),
    ("Voss's lawyer", RoleMention("voss", ("lawyer",), frozenset(), False, 0)),
    ("the two councillors", RoleMention("the", ("councillor",), frozenset(), True, 2)),
    ("the committee chairmen", RoleMention("the", ("chairman",), frozenset({"committee"}), True, 0)),
    ("Judge", RoleMention("", ("judge",), frozenset(), False, 0)),
    ("the former secretary of state", RoleMention("the", ("secretary",), frozenset({"former"}), False, 0)),
    ("The Norwegian president", RoleMention("the", ("president",), frozenset({"norwegian"}), False, 0, frozenset({"Norway"}))),
    ("the port", None),
    ("Ada Voss", None),
    ("He", None),
])
def test_read_mention(name, expected):
    assert read_mention(name, load_lexicon()) == expected


def test_plural_role():
    lex = load_lexicon()
    assert plural_role("The councillors", lex) is True
    assert plural_role("The councillor", lex) is False


def test_holders_before_and_after_the_name():
    text = ("Circuit Judge Ada Voss ruled. Karl Brandt sold the mill. His wife, Mira Brandt, objected. "
            "Tomas Reuter, Brandt's lawyer, said no. Ines Kail, the former secretary of state, agreed. "
            "Like her father, Lena Halvik said no.")
    found = holders(build(text, load_lexicon()))
    assert [(h.ent.name, h.head, h.owner) for h in found] == [
        ("Ada Voss", "judge", ""), ("Mira Brandt", "wife", "his"), ("Tomas Reuter", "lawyer", "brandt"),
        ("Ines Kail", "secretary", "")]


def test_the_one_judge_named_before_or_after():
    text = ("Harbour plan blocked\n\n"
            "A Tarn County judge said on Monday that the port never asked the town.\n\n"
            "Circuit Judge Ada Voss wrote that the port must start again. Her ruling came a day late.\n\n"
            "The judge said the town would have a say.")
    assert _speakers(text) == [("A Tarn County judge", "Ada Voss", "nominal"),
                               ("Ada Voss", "Ada Voss", "explicit"),
                               ("The judge", "Ada Voss", "nominal")]


def test_two_judges_leave_the_role_missing():
    text = ("Harbour plan blocked\n\n"
            "The port wants a wider harbour. The Tarn judge said the port never asked the town.\n\n"
            "Judge Ada Voss and Judge Ines Kail heard the case together.")
    assert ("The Tarn judge", None, "explicit") in _speakers(text)


def test_a_judge_after_the_lede_is_someone_new():
    text = ("Harbour plan blocked\n\n"
            "The port wants a wider harbour and the town does not. A Tarn judge said the port never asked the town.\n\n"
            "Judge Ada Voss heard the case.")
    assert ("A Tarn judge", None, "explicit") in _speakers(text)


def test_an_attorney_general_named_later():
    text = ("Harbour plan appealed\n\n"
            "The port will appeal on Friday. The Norvian state attorney general said the ruling was wrong.\n\n"
            "Attorney General Per Lund did not say when.")
    assert _speakers(text)[0] == ("The Norvian state attorney general", "Per Lund", "nominal")


def test_another_countrys_president_is_someone_else():
    text = ("Harbour talks\n\n"
            "President Ada Voss had a talk this week with Karl Brandt. The Norwegian president said the port would stay open.")
    assert _speakers(text) == [("The Norwegian president", None, "alias")]


def test_his_ex_wife():
    text = ("Mill sale fight\n\n"
            "Karl Brandt sold the mill in 2019. His wife, Mira Brandt, opposed the sale.\n\n"
            "His ex-wife said she would appeal as well.")
    assert _speakers(text) == [("His ex-wife", "Mira Brandt", "nominal")]


def test_the_owners_lawyer_named_later():
    text = ("Mill sale fight\n\n"
            "Karl Brandt sold the mill in 2019. Brandt's lawyer said the sale was lawful. "
            "Brandt's lawyer, Jonas Weller, filed the papers.")
    assert _speakers(text) == [("Brandt's lawyer", "Jonas Weller", "nominal")]


def test_another_owners_spokeswoman_is_not_theirs():
    text = ("Ferry strike\n\n"
            "Lena Halvik runs the ferry. Ada Voss runs the port. Voss's spokeswoman, Mia Roth, declined to comment. "
            "Halvik's spokeswoman said the ferry would keep running.")
    assert ("Halvik's spokeswoman", None, "explicit") in _speakers(text)


def test_a_plural_role_is_the_people_named_with_it():
    text = ("Harbour plan goes to the council\n\n"
            "Councillor Tomas Reuter and Councillor Ilsa Brandt sent a letter to the port on Monday. "
            "The councillors said the plan was rushed.")
    assert _speakers(text) == [("The councillors", "Tomas Reuter and Ilsa Brandt", "nominal")]


def test_an_epithet_is_the_subject_before():
    text = "Tarn hotels sold\n\nTor Hagen bought the pier on Monday. The hotel mogul said he would open it in May."
    assert _speakers(text) == [("The hotel mogul", "Tor Hagen", "nominal")]


def test_a_role_after_a_sentence_opening_with_a_role_is_their_subject():
    text = ("Port stays open\n\n"
            "Ada Voss spoke in Arnsby on Friday.\n\n"
            "The Norvian vice presidential nominee was in Arnsby hours after Tomas Reuter left.\n\n"
            "The Tarn governor said the port would stay open.\n")
    assert _speakers(text) == [("The Tarn governor", "Ada Voss", "nominal")]


def test_the_name_in_apposition_right_after_the_role():
    text = ("Mill sale fight\n\n"
            "Karl Brandt sold the mill in 2019. His wife, longtime Tarn Foods aide Mira Halvik, said the sale was lawful.\n\n"
            "A Tarn Foods spokesman, Jonas Weller, said on Monday that the firm would not comment.")
    assert _speakers(text) == [("His wife", "Mira Halvik", "nominal"), ("A Tarn Foods spokesman", "Jonas Weller", "nominal")]


def test_a_clause_after_the_role_is_no_apposition():
    lex = load_lexicon()
    text = "A spokesman, asked about Jonas Weller, said no. A spokesman, Jonas Weller, said no."
    art = build(text, lex)
    assert _apposed(art, len("A spokesman")) is None
    assert _apposed(art, text.rindex("A spokesman") + len("A spokesman")).name == "Jonas Weller"


def test_a_judge_named_long_after_is_not_the_judge():
    filler = " ".join(f"The quay was closed on day {n}." for n in range(1, 10))
    text = ("Harbour plan blocked\n\n"
            "The port wants a wider harbour. The Tarn judge said the port never asked the town.\n\n"
            + filler + "\n\nSupreme Court Justice Ada Voss heard another case.")
    assert ("The Tarn judge", None, "explicit") in _speakers(text)
    near = text.replace(filler, "The quay was closed.")
    assert ("The Tarn judge", "Ada Voss", "nominal") in _speakers(near)
