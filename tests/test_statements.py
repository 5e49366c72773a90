"""Statement extraction: the seed article exactly, and each form on short invented examples."""
import pandas as pd
import pytest

from analysis import extract_statements, schema

SEED_ROWS = [
    ("Marco Rubio", "indirect", "say", "both sides are stuck, the war cannot be won on the battlefield"),
    ("Marco Rubio", "indirect", "say", "the war in Ukraine cannot be resolved militarily"),
    ("Marco Rubio", "indirect", "warn",
     "Washington may have to shift focus if peace negotiations fail to produce meaningful progress"),
    ("Marco Rubio", "direct", "say",
     "I remain confident that we will be able to do something [about reaching a ceasefire agreement in Ukraine], "
     "because this is a terrible war that needs to end, because it has no military solution,"),
    ("Marco Rubio", "unmarked", None,
     "We have to be honest. Russia is not able to advance into Ukraine and conquer the whole country, and Ukraine "
     "is not going to be able to push the Russians back to the 2014 borders."),
    ("Marco Rubio", "indirect", "add",
     "the U.S. has gained a clearer understanding of the Kremlin’s stance after resuming direct contact with "
     "Russian officials following a three-year diplomatic freeze"),
    ("Marco Rubio", "indirect", "caution", "the U.S. may need to reassess its role if the opposing sides remain entrenched"),
    ("Marco Rubio", "direct", "say",
     "If at some point we come to the conclusion that they [the Russians and Ukrainians] are on irreconcilable "
     "positions and things are not moving in any direction, then we may have to move on to other priorities, "
     "because there are many other important things happening in the world. This is not our war. We did not start it,"),
    ("Donald Trump", "indirect", "say",
     "he believes agreements can be reached with both Russian President Vladimir Putin and Ukrainian President "
     "Volodymyr Zelensky"),
    ("Donald Trump", "indirect", "suggest", "securing a deal with Kyiv has proven more complex"),
    ("Donald Trump", "unmarked", None, "We have to make a deal with Zelensky … but that has been more difficult so far."),
    ("Ukraine", "indirect", "reiterate", "Kyiv will not compromise on territorial integrity as part of any settlement"),
]



def _rows(text: str, *columns: str) -> list[tuple]:
    """The statements ``text`` gives, as tuples of ``columns``."""
    df = extract_statements(text)
    return list(zip(*(df[c] for c in columns)))


def _only_statement(text: str) -> pd.Series:
    """The one statement ``text`` must give."""
    df = extract_statements(text)
    assert len(df) == 1, df[["speaker_mention", "cue", "text"]].values.tolist()
    return df.iloc[0]

@pytest.fixture(scope="module")
def seed(seed_text):
    return extract_statements(seed_text)


def test_seed_yields_exactly_its_twelve_statements(seed):
    got = [(r.speaker, r.kind, r.cue_lemma if isinstance(r.cue_lemma, str) else None, r.text)
           for r in seed.itertuples()]
    assert got == SEED_ROWS


def test_seed_offsets_index_the_text(seed, seed_text):
    for r in seed.itertuples():
        assert seed_text[r.start:r.end] == r.text
        if not pd.isna(r.speaker_start):
            assert seed_text[r.speaker_start:r.speaker_end] == r.speaker_mention


def test_seed_speaker_details(seed):
    assert seed.loc[1, "speaker_title"] == "U.S. Secretary of State"
    assert seed.loc[1, "speaker_mention"] == "Marco Rubio"
    assert list(seed["speaker_method"]) == ["headline", "explicit", "explicit", "alias", "carry-over", "alias",
                                            "pronoun", "pronoun", "explicit", "pronoun", "carry-over", "alias"]
    assert seed.loc[11, "speaker_mention"] == "the Ukrainian delegation"
    assert seed.loc[6, "speaker_mention"] == "he"


def test_seed_dates_keep_the_phrase_when_undated(seed):
    assert seed.loc[8, "date_text"] == "Wednesday"
    assert seed.loc[11, "date_text"] == "the same day"
    assert seed["date"].isna().all()


def test_seed_dates_resolve_against_publication(seed_text):
    df = extract_statements(seed_text, published="2025-04-25")  # a Friday
    assert df.loc[8, "date"] == pd.Timestamp("2025-04-23")  # "Wednesday"
    assert df.loc[11, "date"] == pd.Timestamp("2025-04-23")  # "the same day"
    assert df.loc[0, "date"] == pd.Timestamp("2025-04-25")  # undated: the publication day


def test_boilerplate_never_becomes_a_statement(seed):
    assert not seed["text"].str.contains("Others are reading|Also read").any()


def test_columns_follow_the_schema(seed):
    assert list(seed.columns) == schema.names(schema.STATEMENT_COLUMNS)
    assert seed["statement_id"].is_unique


def test_empty_text_gives_empty_table():
    df = extract_statements("")
    assert len(df) == 0
    assert list(df.columns) == schema.names(schema.STATEMENT_COLUMNS)


CASES = [
    # (text, speaker, speaker_mention, kind, cue_lemma, content)
    ("“We will rebuild the bridge by spring,” Mayor Ilsa Brandt said.",
     "Ilsa Brandt", "Ilsa Brandt", "direct", "say", "We will rebuild the bridge by spring,"),
    ("Mayor Ilsa Brandt said the bridge would reopen in May.",
     "Ilsa Brandt", "Ilsa Brandt", "indirect", "say", "the bridge would reopen in May"),
    ("Port Halden will close two schools, the council said.",
     None, "the council", "indirect", "say", "Port Halden will close two schools"),
    ("Mayor Ilsa Brandt told reporters that the budget was balanced.",
     "Ilsa Brandt", "Ilsa Brandt", "indirect", "tell", "the budget was balanced"),
    ("\"The levy is unfair to small traders and must go,\" said Oskar Lind, the chamber's president.",
     "Oskar Lind", "Oskar Lind", "direct", "say", "The levy is unfair to small traders and must go,"),
    ("“The plan is dead,” Brandt said, “and nobody will revive it.”",
     "Brandt", "Brandt", "direct", "say", "The plan is dead,” Brandt said, “and nobody will revive it."),
    ("Finance Minister Ada Voss warned that the deficit could double.",
     "Ada Voss", "Ada Voss", "indirect", "warn", "the deficit could double"),
    # a relative pronoun is the mention as written; its antecedent names the speaker
    ("The levy was opposed by Tomas Brekke, who said the harbour would lose trade.",
     "Tomas Brekke", "who", "indirect", "say", "the harbour would lose trade"),
    ("Kari Aune met the ferry pilots, who argued that the crossing was safe.",
     None, "who", "indirect", "argue", "the crossing was safe"),
    # a participle after an object reports what the clause's subject said, not the document
    # (a body named by a name and its head noun: "Velgrad council", as "the Justice Ministry")
    ("The Velgrad council issued a statement calling for a new ferry levy.",
     "Velgrad council", "The Velgrad council", "indirect", "call for", "a new ferry levy"),
    ("Ada Voss sent a letter to the harbour board saying the crossing must stay open.",
     "Ada Voss", "Ada Voss", "indirect", "say", "the crossing must stay open"),
    # a coordinated cue after its auxiliaries shares the first verb's subject
    ("Ada Voss has hesitated but has since said the levy must go.",
     "Ada Voss", "Ada Voss", "indirect", "say", "the levy must go"),
    # the subject, not the phrase after its modifier: "familiar with", "speaking to"
    ("Two officials familiar with the talks said the harbour would close.",
     None, "Two officials", "indirect", "say", "the harbour would close"),
    ("A source speaking to the Velgrad Herald said the harbour would close.",
     None, "A source", "indirect", "say", "the harbour would close"),
    # an abbreviation's full stop before a comma does not end the sentence ("R-Vel.,")
    ("“The levy is unfair to small traders,” Sen. Ada Voss, R-Vel., said Tuesday.",
     "Ada Voss", "Ada Voss", "direct", "say", "The levy is unfair to small traders,"),
]


@pytest.mark.parametrize("text,speaker,mention,kind,cue_lemma,content", CASES)
def test_forms(text, speaker, mention, kind, cue_lemma, content):
    row = _only_statement(text)
    assert (None if pd.isna(row.speaker) else row.speaker, row.speaker_mention, row.kind, row.cue_lemma, row.text) == \
        (speaker, mention, kind, cue_lemma, content)


@pytest.mark.parametrize("text,speaker,title", [
    ("Mayor of Port Halden Jonas Reik said the harbour would stay open.", "Jonas Reik", "Mayor of Port Halden"),
    ("The Justice Ministry said the inquiry would continue.", "Justice Ministry", None),
    ("Justice Minister Ada Voss said the inquiry would continue.", "Ada Voss", "Justice Minister"),
    ("Voss said the plan was fair. Finance Minister Ada Voss spoke later.", "Ada Voss", None),
    ("A poll published Sunday found most voters backed the strike.", None, None),
])
def test_speaker_names(text, speaker, title):
    row = extract_statements(text).iloc[0]
    assert (None if pd.isna(row.speaker) else row.speaker) == speaker
    assert (None if pd.isna(row.speaker_title) else row.speaker_title) == title


@pytest.mark.parametrize("text,rows", [
    ("Ada Voss has voiced doubts but has since said the levy must go.",
     [("voice", "doubts"), ("say", "the levy must go")]),
    ("Ada Voss said the levy was fair and warned that the deficit could double.",
     [("say", "the levy was fair"), ("warn", "the deficit could double")]),
])
def test_two_cues_in_one_sentence_are_two_statements(text, rows):
    assert [(lemma, content) for lemma, content, _ in _rows(text, "cue_lemma", "text", "speaker")] == rows
    assert {speaker for _, _, speaker in _rows(text, "cue_lemma", "text", "speaker")} == {"Ada Voss"}


@pytest.mark.parametrize("text,rows", [
    ("Mayor Ada Voss said the reforms were incomplete, and harbour unions warned that the vote would slip.",
     [("Ada Voss", "the reforms were incomplete"), ("harbour unions", "the vote would slip")]),
    ("Ada Voss said the plan was fair and the council agreed that it should pass.",
     [("Ada Voss", "the plan was fair"), ("the council", "it should pass")]),
    ("Ada Voss said voters and officials believe the plan is fair.",
     [("Ada Voss", "voters and officials believe the plan is fair")]),
])
def test_a_new_clause_with_its_own_speaker_ends_the_statement(text, rows):
    assert _rows(text, "speaker_mention", "text") == rows


@pytest.mark.parametrize("text,rows", [
    ("But Ada Voss only briefly said that the plan would work.", [("Ada Voss", "said", "the plan would work")]),
    ("Ada Voss angrily said that the plan would fail.", [("Ada Voss", "said", "the plan would fail")]),
    ("The family said the plan would work.", [("The family", "said", "the plan would work")]),
    ("The Ledger, citing leaked minutes, reported that the port was short of money.",
     [("The Ledger", "reported", "the port was short of money")]),
])
def test_adverbs_and_participles_between_speaker_and_cue(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("line,speaker", [
    ("Mayor Ada Voss: The bridge will stay shut all winter", "Ada Voss"),
    ("ADA VOSS: We will not sign this agreement today", "ADA VOSS"),
    ("Poll: Most voters in Port Halden back the strike", "Poll"),
    ("Harbour Plan Divides Port Halden: The vote is set for Tuesday evening", None),
    ("Little Relief for Dockers: The strike fund is nearly empty now", None),
    ("Follow Ada Voss on social media: she posts every day", None),
    ("So: the strike goes on for another week", None),
    ("Big Win For Dockers: Union Holds Off On Endorsement", None),
    ("Monday’s Morning Email: The levy is back on the agenda", None),
])
def test_headline_labels_name_a_speaker_or_nothing(line, speaker):
    df = extract_statements("Harbour news\n\n" + line + "\n\nThe port stayed closed on Monday.")
    got = df.loc[df.cue_type == "headline", "speaker_mention"].tolist()
    assert got == ([speaker] if speaker else [])


@pytest.mark.parametrize("paragraph,rows", [
    # a transcript inside the quote marks of the whole exchange
    ('"VOSS: Well, look, the harbour will stay open all winter.',
     [("VOSS", "direct", "Well, look, the harbour will stay open all winter")]),
    # a label with a party in brackets and the quotation right after the colon
    ('Mayor Ada Voss (D-Port):"I have never seen that figure before."',
     [("Ada Voss", "direct", "I have never seen that figure before.")]),
])
def test_transcript_labels(paragraph, rows):
    assert _rows("Debate\n\n" + paragraph + "\n\nLater.", "speaker_mention", "kind", "text") == rows




@pytest.mark.parametrize("text,rows", [
    # a participle on a noun after a preposition reports nothing of its own
    ("In a note naming its choice, the Dockers Union called Ada Voss a friend of the port.",
     [("the Dockers Union", "called", "Ada Voss a friend of the port")]),
    ("In a message posted Friday, Ada Voss said the strike would end.", [("Ada Voss", "said", "the strike would end")]),
    ("Ada Voss issued a statement calling for calm.", [("Ada Voss", "calling for", "calm")]),
    # a subordinate clause's statement ends at its comma
    ("After Ada Voss said the strike would end, the dockers cheered.", [("Ada Voss", "said", "the strike would end")]),
    ("While Ada Voss said the strike would end, Jonas Reik said it would not.",
     [("Ada Voss", "said", "the strike would end"), ("Jonas Reik", "said", "it would not")]),
    ("Six weeks after Ada Voss unveiled her harbour plan, the port is working again.",
     [("Ada Voss", "unveiled", "her harbour plan")]),
])
def test_opening_phrases_and_clauses(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows






def test_participle_is_not_a_cue():
    assert len(extract_statements("The home game, planned for Saturday, was called off.")) == 0


@pytest.mark.parametrize("text,speaker,content", [
    ("Ada Voss went on to say, “The harbour will stay open all winter.”", "Ada Voss",
     "The harbour will stay open all winter."),
    ("Oskar Lind continued to argue that the levy was unfair.", "Oskar Lind", "the levy was unfair"),
    ("Tomas Brekke wants to close the old shipyard by June.", "Tomas Brekke", "to close the old shipyard by June"),
])
def test_more_cue_frames(text, speaker, content):
    row = extract_statements(text).iloc[0]
    assert (row.speaker, row.text) == (speaker, content)


@pytest.mark.parametrize("text,content", [
    ("However, the harbour will close in May, the council said.", "the harbour will close in May"),
    ("PORT HALDEN — The harbour will close in May, officials said on Tuesday.", "The harbour will close in May"),
])
def test_reporter_openers_are_not_content(text, content):
    assert extract_statements(text).iloc[0].text == content


@pytest.mark.parametrize("text,speakers,title", [
    ("Mayor Ilsa Brandt of Port Halden said the harbour would stay open. Later Brandt said it would close.",
     ["Ilsa Brandt", "Ilsa Brandt"], "Mayor"),
])
def test_affiliation_after_the_name(text, speakers, title):
    df = extract_statements(text)
    assert list(df.speaker) == speakers
    assert df.loc[0, "speaker_title"] == title


def test_names_never_cross_a_sentence_end(seed_text):
    from analysis.speakers import ArticleSpeakers
    from analysis import load_lexicon
    reg = ArticleSpeakers(load_lexicon())
    reg.register_names(seed_text)
    assert set(reg.names.values()) == {"Marco Rubio", "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky",
                                       "Keith Kellogg"}


@pytest.mark.parametrize("text,speaker,content", [
    ("Despite the rain, harbour officials said they expect more ferries.", None, "they expect more ferries"),
    ("Kari Aune, 31, a ferry pilot from Velgrad, said the crossing was safe.", "Kari Aune", "the crossing was safe"),
])
def test_pronoun_clauses_and_ages(text, speaker, content):
    row = extract_statements(text).iloc[0]
    assert (None if pd.isna(row.speaker) else row.speaker, row.text) == (speaker, content)


def test_a_clause_between_commas_is_not_an_aside():
    df = extract_statements("During a speech in Velgrad, Ada Voss attacked the plan, saying, "
                            "“The levy is unfair to small traders.”")
    assert list(df.speaker_mention) == ["Ada Voss", "Ada Voss"]
    assert df.loc[1, "text"] == "The levy is unfair to small traders."


def test_name_in_apposition_to_a_role_is_the_speaker():
    df = extract_statements("Its general secretary, Mira Kallan, said the plan was a betrayal. She said they would strike.")
    assert list(df.speaker) == ["Mira Kallan", "Mira Kallan"]
    assert list(df.speaker_mention) == ["Mira Kallan", "She"]


@pytest.mark.parametrize("text,mention,cue_lemma,content", [
    # the listener ends where a new determiner opens the reported clause
    ("Dag Sorlie told reporters his ferry company would add a route.", "Dag Sorlie", "tell",
     "his ferry company would add a route"),
    # an object pronoun before the infinitive; "vote" read as a verb after "to"
    ("The rally ended, and she urged them to vote early.", "she", "urge", "to vote early"),
    ("Mayor Ilsa Brandt told her aides to cancel the parade.", "Ilsa Brandt", "tell", "her aides to cancel the parade"),
    # a verb the lexicon reads as an adjective, before a determiner
    ("Mayor Ilsa Brandt asked the town to welcome the new ferry.", "Ilsa Brandt", "ask",
     "the town to welcome the new ferry"),
    # a participle after a common noun: the clause's subject is the speaker, not the letter
    ("The Velgrad dockers sent a letter to the council urging it to drop the levy.", "The Velgrad dockers", "urge",
     "to drop the levy"),
])
def test_listeners_and_infinitives(text, mention, cue_lemma, content):
    row = _only_statement(text)
    assert (row.speaker_mention, row.cue_lemma, row.text) == (mention, cue_lemma, content)


@pytest.mark.parametrize("text,mention,cue,content", [
    # a plural subject before a base form the lexicon reads as a noun
    ("Harbour records show the ferry ran late twice a week.", "Harbour records", "show",
     "the ferry ran late twice a week"),
    # "called" with a small clause and no quotation
    ("Mayor Ilsa Brandt called the delay unfair.", "Ilsa Brandt", "called", "the delay unfair"),
    ("Oskar Lind called it a costly mistake.", "Oskar Lind", "called", "it a costly mistake"),
    # general cue verbs with their frames
    ("Tomas Brekke dismissed the report as a rumour.", "Tomas Brekke", "dismissed", "the report as a rumour"),
    ("Ada Voss made clear she would stay on as mayor.", "Ada Voss", "made clear", "she would stay on as mayor"),
    ("The Velgrad council deemed the levy illegal.", "The Velgrad council", "deemed", "the levy illegal"),
    # the cue as written after the words runs to the next stop
    ("“The harbour stays open,” Ada Voss said at a briefing on Monday.", "Ada Voss", "said at a briefing on Monday",
     "The harbour stays open,"),
])
def test_more_cues_and_cue_tails(text, mention, cue, content):
    row = _only_statement(text)
    assert (row.speaker_mention, row.cue, row.text) == (mention, cue, content)


@pytest.mark.parametrize("text,mention,cue,content", [
    # "as" after the object completes a small clause; reflexive objects count
    ("Velgrad voters see the levy as a tax on fishing.", "Velgrad voters", "see", "the levy as a tax on fishing"),
    ("Ada Voss portrayed herself as a reformer.", "Ada Voss", "portrayed", "herself as a reformer"),
])
def test_small_clauses_with_as(text, mention, cue, content):
    row = _only_statement(text)
    assert (row.speaker_mention, row.cue, row.text) == (mention, cue, content)


def test_a_plain_object_of_see_is_not_a_statement():
    assert len(extract_statements("Ada Voss saw the ferry leave the harbour.")) == 0


@pytest.mark.parametrize("text,mention,cue,content", [
    ("The Velgrad port authority unveiled a plan to dredge the harbour.", "The Velgrad port authority", "unveiled",
     "a plan to dredge the harbour"),
    ("Mayor Ilsa Brandt expressed her regret over the closure.", "Ilsa Brandt", "expressed", "her regret over the closure"),
    # "issued" read as a participle: the speaker is still the subject before it
    ("Rain fell. The Velgrad ferry union issued a statement saying the strike would end.", "The Velgrad ferry union",
     "saying", "the strike would end"),
])
def test_action_cues_and_statements_saying(text, mention, cue, content):
    row = _only_statement(text)
    assert (row.speaker_mention, row.cue, row.text) == (mention, cue, content)


@pytest.mark.parametrize("text,speaker,mention,typ", [
    # a plural possessive inside an organisation's name
    ("The Norvanian Nurses’ Association called the freeze a good start.", "Norvanian Nurses' Association",
     "The Norvanian Nurses’ Association", "organisation"),
    # a share of a people is an anonymous group, not a person
    ("In the poll, 58 per cent of Norvanians backed the strikers.", None, "58 per cent of Norvanians",
     "anonymous"),
    # the name in apposition after an inverted cue
    ("“It is costly and slow,” said the federation’s chairman, Rolf Engen.", "Rolf Engen", "Rolf Engen", "person"),
])
def test_organisations_groups_and_apposed_names(text, speaker, mention, typ):
    row = _only_statement(text)
    assert (None if pd.isna(row.speaker) else row.speaker, row.speaker_mention, row.speaker_type) == \
        (speaker, mention, typ)


def test_a_titled_person_heading_a_sentence_is_who_he_or_she_is():
    text = ("Velgrad said it expected access to the harbour. Trade Minister Oren Castell was blunter. "
            "“We will not pay for it,” he told the parliament.")
    df = extract_statements(text)
    assert list(zip(df.speaker, df.speaker_method)) == [("Velgrad", "explicit"), ("Oren Castell", "pronoun")]


@pytest.mark.parametrize("text,speaker,typ,content", [
    # first person after a speaker's quote: the speaker goes on, stance verbs and all
    ("“They are angry,” Tomas Brekke said.\nI do not believe that a modern port and good jobs are enemies.",
     "Tomas Brekke", "person", "I do not believe that a modern port and good jobs are enemies."),
    # a body named with a lower-case word is no person, and keeps its possessive
    ("Nurses at St. Aldric’s said they felt caught in the middle.", "Nurses at St. Aldric's", "organisation",
     "they felt caught in the middle"),
    # a comparative opening the reported clause
    ("The Timber Federation said faster loading would help.", "Timber Federation", "organisation",
     "faster loading would help"),
])
def test_last_statement_speaker_and_content(text, speaker, typ, content):
    row = extract_statements(text).iloc[-1]
    assert (row.speaker, row.speaker_type, row.text) == (speaker, typ, content)


def test_the_union_is_the_union_named_before():
    text = ("Strike vote at the port\n"
            "Members of the Port Halden Dockworkers’ Union voted to strike on Thursday. Of the 3,100 members who "
            "cast ballots, 2,870 backed a walkout, the union said.\n"
            "The Finance Ministry rejected the figures. No ward will close, the ministry said in a statement.")
    df = extract_statements(text)
    assert list(zip(df.speaker_mention, df.speaker, df.speaker_method)) == [
        ("the union", "Port Halden Dockworkers' Union", "alias"),
        ("The Finance Ministry", "Finance Ministry", "explicit"),
        ("the ministry", "Finance Ministry", "alias"),
    ]


@pytest.mark.parametrize("text,speakers", [
    # a role is the person the article names in apposition to it
    ("Two wards will close, its director warned on Tuesday.\n"
     "Dr. Henrik Solberg, director of St. Aldric’s Hospital, said the cut would cost 34 million crowns.",
     ["Henrik Solberg", "Henrik Solberg"]),
    # a role nobody is named for stays anonymous
    ("Two wards will close, its director warned on Tuesday.\nDr. Henrik Solberg said the cut was too deep.",
     [None, "Henrik Solberg"]),
    # the head of a sentence is a role word
    ("The hospital chief warns health cuts will close wards.", [None]),
])
def test_roles_and_their_holders(text, speakers):
    df = extract_statements(text)
    assert [None if pd.isna(s) else s for s in df.speaker] == speakers


@pytest.mark.parametrize("text,rows", [
    # "this" opens a clause unless a time word follows
    ("Ada Lund said this was a miscalculation.", [("Ada Lund", "said", "indirect", "this was a miscalculation")]),
    ("Ada Lund said this week that the port would open.",
     [("Ada Lund", "said", "indirect", "the port would open")]),
    # "that" before a verb is the clause's subject, not its complementiser
    ("Dock officials said that was never the plan.", [("Dock officials", "said", "indirect", "that was never the plan")]),
    ("Dock officials said that the levy was never the plan.", [("Dock officials", "said", "indirect", "the levy was never the plan")]),
    # an adjunct before the reported clause's pronoun subject
    ("Ada Lund said after the meeting she would not accept the offer.",
     [("Ada Lund", "said", "indirect", "she would not accept the offer")]),
    # a past form after a subject and its apposition is the main verb
    ("Jonas Reik, a spokesman for the mayor, called on the council to take back its words.",
     [("Jonas Reik", "called on", "indirect", "the council to take back its words")]),
    ("The levy, criticized by the union, was dropped.", []),
    # a cue ending its paragraph with a colon introduces the next one
    ("At the rally in May, he said:\nMake no error about it: the levy must be removed from the port.\nLater.",
     [("he", "said:", "unmarked", "Make no error about it: the levy must be removed from the port.")]),
    ("Ada Voss said:\n“We will rebuild the bridge before the winter comes.”\nLater.",
     [("Ada Voss", "said:", "direct", "We will rebuild the bridge before the winter comes.")]),
])
def test_clause_openers_appositions_and_colons(text, rows):
    assert _rows(text, "speaker_mention", "cue", "kind", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a cue inside the quoted words does not cut them
    ('Ada Voss told the Ledger that "they closed the port because they said it was unsafe."',
     [("Ada Voss", "told", "they closed the port because they said it was unsafe.")]),
    # records and results as sources, before a that-clause or at the end of the sentence
    ("The results show that rural voters back the strike.", [("The results", "show", "rural voters back the strike")]),
    ("In all, the committee raised 57 million crowns, election records show.",
     [("election records", "show", "the committee raised 57 million crowns")]),
])
def test_quoted_clauses_and_records(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # verbs of saying that also take a plain object
    ("The mayor denied the report.", [("The mayor", "denied", "the report")]),
    ("The union demanded an apology from the minister.", [("The union", "demanded", "an apology from the minister")]),
])
def test_speech_verbs_with_objects(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("sentence,may", [
    ("Leaders of the United States and the State Department met on Monday.", False),  # names, not cues
    ("New cranes would make the harbour busier.", False),  # "make" opens only "make clear"
    ("Ada Voss made clear she would stay.", True),
    ("Ada Voss will state her case on Monday.", True),
    ("Said the mayor: nothing will change.", True),  # a capital opening the sentence
])
def test_units_that_cannot_hold_a_cue_are_not_parsed(sentence, may):
    from analysis.lexicon import load_lexicon
    from analysis.extract.cues import may_hold_cue
    from analysis.nlp.document import Document

    a = Document("Headline\n" + sentence, load_lexicon())
    assert may_hold_cue(a, a.units[-1]) is may


@pytest.mark.parametrize("text,speaker,title", [
    # a role in apposition is the speaker's title when no title stands before the name
    ("Mira Kallan, the union’s general secretary, said the strike would go on.", "Mira Kallan",
     "the union’s general secretary"),
    ("“It is costly,” said the federation’s chairman, Rolf Engen.", "Rolf Engen", "the federation’s chairman"),
    ("Its general secretary, Mira Kallan, said the strike would go on.", "Mira Kallan", "Its general secretary"),
    ("Dr. Henrik Solberg, director of the hospital, said the cut was deep.", "Henrik Solberg", "Dr."),
    ("Ada Voss, speaking on Monday, said the port would open.", "Ada Voss", None),
])
def test_roles_in_apposition_are_titles(text, speaker, title):
    row = _only_statement(text)
    assert (row.speaker, None if pd.isna(row.speaker_title) else row.speaker_title) == (speaker, title)


@pytest.mark.parametrize("text,rows", [
    # the source's apposition and relative clause are no part of the reported words
    ("Ferry traffic fell by a third last year, according to a study by Mira Holt, an economist at "
     "the University of Arnsby, whose figures were published on Monday.",
     [("a study", "Ferry traffic fell by a third last year")]),
    # in mid-sentence, the words go on after the source and its apposition
    ("Behind the delay, according to Mira Holt, an engineer, was a quarrel over the cranes.",
     [("Mira Holt", "Behind the delay, according to Mira Holt, an engineer, was a quarrel over the cranes")]),
    # a role noun opens the apposition too
    ("Ferry traffic fell by a third, according to Mira Holt, head of the harbour board.",
     [("Mira Holt", "Ferry traffic fell by a third")]),
    # an opening source in apposition: the reported words start after it
    ("According to Lina Aro, Voss's press officer, the union has courted older dockers.",
     [("Lina Aro", "the union has courted older dockers")]),
    ("According to the poll, in the north, Voss leads by five points.",
     [("the poll", "in the north, Voss leads by five points")]),
    # an opening phrase with no verb of its own is no statement
    ("About noon, according to the harbour log, the ferry left for Velgrad.",
     [("the harbour log", "the ferry left for Velgrad")]),
])
def test_according_to_in_mid_or_final_position(text, rows):
    assert _rows(text, "speaker_mention", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a cue word that opens only a longer cue ("make clear") does not end the reported clause
    ("Pilots say that gales like Hild and Orm make the crossing slower.",
     [("Pilots", "say", "gales like Hild and Orm make the crossing slower")]),
    # a small clause after "called": the object may carry its own phrases, "her" may be a determiner
    ("At the hearing, Ada Voss called her support for the ferry tax an error.",
     [("Ada Voss", "called", "her support for the ferry tax an error")]),
    ("Ada Voss called her brother on Monday.", []),
])
def test_clause_ends_and_small_clauses(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("text,mention", [
    ("Six in 10 say the levy is unfair.", "Six in 10"),
    ("Seven in 10 voters say the levy is unfair.", "Seven in 10 voters"),
    ("Half say the levy is unfair.", "Half"),
    ("Two-thirds say the levy is unfair.", "Two-thirds"),
])
def test_shares_of_people_are_anonymous_sources(text, mention):
    row = _only_statement(text)
    assert (row.speaker_mention, row.speaker_type, None if pd.isna(row.speaker) else row.speaker) == \
        (mention, "anonymous", None)


def test_a_sentence_that_opens_a_quote_introduces_it():
    # "Jon Brekk said: “…”" follows a closed quote but speaks for the quote after it
    text = ('Headline\n"We came for the work," Lina Aro said. "We did not come to stay." Jon Brekk said: '
            '"The fire was an accident. Nobody on the quay was hurt."\n')
    assert _rows(text, "speaker_mention", "text") == [
        ("Lina Aro", 'We came for the work," Lina Aro said. "We did not come to stay.'),
        ("Jon Brekk", "The fire was an accident. Nobody on the quay was hurt."),
    ]


@pytest.mark.parametrize("text,rows", [
    # a main clause before "he added, “…”" is part of what was said
    ("The port is quiet, Jon Brekk added, “but the cranes will be back by spring.”",
     [("mixed", "The port is quiet, Jon Brekk added, “but the cranes will be back by spring.")]),
    # a scene, a time or a subordinate clause before the speaker is the reporter's
    ("At the harbour on Monday, Jon Brekk said, “There are no exemptions for ferries.”",
     [("direct", "There are no exemptions for ferries.")]),
    ("As the ferry left, Jon Brekk said, “There are no exemptions for ferries.”",
     [("direct", "There are no exemptions for ferries.")]),
    # the quoted words' own subject before the quote
    ("Voss “has read every page of the harbour report,” Jon Brekk said.",
     [("mixed", "Voss “has read every page of the harbour report,")]),
    # the clause goes on after the closing mark, up to the attribution
    ("“Nothing changes at the port until the owners pay” for broken cranes, Ada Voss said.",
     [("mixed", "Nothing changes at the port until the owners pay” for broken cranes")]),
])
def test_words_around_a_quote_in_one_clause(text, rows):
    assert _rows(text, "kind", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a dash-enclosed aside between subject and cue
    ("Dockworkers — and some ferry owners — say that the levy costs more than it brings.",
     [("Dockworkers", "say", "the levy costs more than it brings")]),
    # a gerund subject right after the cue; a participial cue after a comma is still a cue
    ("Ada Voss said ending the levy early would be reckless.",
     [("Ada Voss", "said", "ending the levy early would be reckless")]),
    ("Ada Voss said Tuesday, adding that the plan would fail.", [("Ada Voss", "adding", "the plan would fail")]),
    # "plans to", "wants to": verbs the lexicon reads as plural nouns
    ("Friends say the retired captain plans to openly endorse Brekk.",
     [("Friends", "say", "the retired captain plans to openly endorse Brekk")]),
    # a cue the lexicon reads as a noun, after a speaker and an apposition, before "that"
    ("Tomas Orm, a harbour consultant, notes that a fifth of the cranes are idle.",
     [("Tomas Orm", "notes", "a fifth of the cranes are idle")]),
    # a sentence-final attribution owns the sentence, a cue inside it included
    ("Inspectors will question Voss about the cranes, current and former port officials said.",
     [("current and former port officials", "said", "Inspectors will question Voss about the cranes")]),
    ("The board met the captain and cited a list of worries about the cranes, officials said.",
     [("officials", "said", "The board met the captain and cited a list of worries about the cranes")]),
    # the verb first, then the speaker and a colon
    ("Experts say the plan is weak. Said Orm: “Nobody on the board cares about the port.”",
     [("Experts", "say", "the plan is weak"), ("Orm", "Said", "Nobody on the board cares about the port.")]),
    ("Said Orm: “Nobody on the board cares about the port.”", [("Orm", "Said", "Nobody on the board cares about the port.")]),
    # quieter verbs of saying
    ("Voss whispered that the vote was lost.", [("Voss", "whispered", "the vote was lost")]),
    ("“The vote is lost,” Voss confessed.", [("Voss", "confessed", "The vote is lost,")]),
    # a number joined to words is a noun that can speak
    ("The 61-year-old said the ferry was late.", [("The 61-year-old", "said", "the ferry was late")]),
    # who answered a poll
    ("By a wide margin, those surveyed said the harbour fund should stay.",
     [("those surveyed", "said", "the harbour fund should stay")]),
    # a coordinated cue after a plural subject's past form
    ("Other pilots grumbled about the delay and said the crossing was safe.",
     [("Other pilots", "said", "the crossing was safe")]),
])
def test_subjects_and_clauses_around_plain_cues(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("text,mention,speaker,title", [
    ("The levy angered the ferry crews, many of whom say it was never explained.", "many of whom", None, None),
    ("Orm -- co-author of a guide to the port -- said the mayor liked ribbon-cuttings.", "Orm", "Orm", None),
    # a hyphen with spaces is a dash too
    ("The old pilot, Jon Orm - in words aimed at the council - declared that the port must stay open.",
     "Jon Orm", "Jon Orm", None),
    ("Lina Aro, 61, of Hild, Vg., who saw the launch, said the new ferry looked fine.",
     "Lina Aro", "Lina Aro", None),
    ("The Mayor of Arnsby, Lina Aro, said the bridge would open in May.", "Lina Aro", "Lina Aro",
     "The Mayor of Arnsby"),
])
def test_asides_between_speaker_and_cue(text, mention, speaker, title):
    row = _only_statement(text)
    assert (row.speaker_mention, None if pd.isna(row.speaker) else row.speaker,
            None if pd.isna(row.speaker_title) else row.speaker_title) == (mention, speaker, title)


@pytest.mark.parametrize("text,rows", [
    # an infinitive may open with a quote mark or an adverb
    ("And she vowed to “keep the gates open” for every crew.", [("she", "vowed", "to “keep the gates open” for every crew")]),
    ("The mayor closed the meeting and vowed to sharply cut the ferry fares.",
     [("The mayor", "vowed", "to sharply cut the ferry fares")]),
    # promises take an object; "is promising" is a verb
    ("Voss promised cheaper fares and more ferries.", [("Voss", "promised", "cheaper fares and more ferries")]),
    ("Voss is promising cheaper fares and “boats, boats, boats.”",
     [("Voss", "promising", "cheaper fares and “boats, boats, boats.”")]),
    # a participle in apposition is no cue, and "for years" is no speaker
    ("The ferry, promised for years, finally arrived.", []),
    # a name with a particle after an inverted cue
    ("“I have followed every vote,” said Anneke van Dam, a teacher of law.",
     [("Anneke van Dam", "said", "I have followed every vote,")]),
])
def test_infinitives_objects_and_particles(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("text,speaker", [
    # a headline's bare title is the one person the article names with it
    ("Mayor promises new bridge\n\nMayor Ilsa Brandt said on Monday that the bridge would open in May.\n",
     "Ilsa Brandt"),
    # two mayors: nobody can tell which
    ("Mayor promises new bridge\n\nMayor Ilsa Brandt met Mayor Oskar Lind on Monday. The bridge will open in May.\n",
     None),
])
def test_a_bare_title_in_a_headline(text, speaker):
    row = extract_statements(text).iloc[0]
    assert (row.speaker_mention, None if pd.isna(row.speaker) else row.speaker) == ("Mayor", speaker)


@pytest.mark.parametrize("text,rows", [
    # a parenthetical attribution reports the clause it interrupts
    ("The port had long refused new cranes, but the queues grew so long, Ada Voss noted, that ships turned away.",
     [("Ada Voss", "noted", "the queues grew so long, Ada Voss noted, that ships turned away")]),
    ("The quay is next to the fish hall, which, Jon Brekk said, is busiest before dawn.",
     [("Jon Brekk", "said", "which, Jon Brekk said, is busiest before dawn")]),
    ("The plan, Ada Voss said, is dead.", [("Ada Voss", "said", "The plan, Ada Voss said, is dead")]),
    # a participial cue after a stance object is a statement of its own
    ("The union called Voss a “friend” of the crews, citing her vote on night shifts.",
     [("The union", "called", "Voss a “friend” of the crews"), ("The union", "citing", "her vote on night shifts")]),
])
def test_parentheticals_and_participles_end_clauses(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # verbs the lexicon reads as nouns: after a modal, or an -s form after a singular subject
    ("The Velgran council claims Brekk hides his ferry accounts.",
     [("The Velgran council", "claims", "Brekk hides his ferry accounts")]),
    ("His opponent, Jon Brekk, would support a second ferry line.", [("Jon Brekk", "support", "a second ferry line")]),
    # a subject with its own phrase ending in an object pronoun
    ("Those around her admit that a fourth term looks unlikely.",
     [("Those around her", "admit", "a fourth term looks unlikely")]),
    ("People close to him say the strike is over.", [("People close to him", "say", "the strike is over")]),
])
def test_verbs_read_as_nouns_and_subjects_with_phrases(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("text,speaker,title", [
    # two appositions: the role nearest the name is the title
    ("Jon Brekk, president of the Harbour Fund, a lobby allied with the port, said the levy must go.",
     "Jon Brekk", "president of the Harbour Fund"),
    # an opening place is no speaker
    ("In Arnsby, the mayor, Lina Aro, said the bridge would open.", "Lina Aro", "the mayor"),
])
def test_stacked_appositions(text, speaker, title):
    row = _only_statement(text)
    assert (row.speaker, row.speaker_title) == (speaker, title)


@pytest.mark.parametrize("text,rows", [
    # a participle after the attribution between two quotes is a statement of its own
    ("“The levy is unfair,” Ada Voss said, referring to the new harbour tax. “We will fight it.”",
     [("said", "direct", "The levy is unfair,” Ada Voss said, referring to the new harbour tax. “We will fight it."),
      ("referring to", "indirect", "the new harbour tax")]),
    # a two-word participial cue ends the clause before it
    ("Ada Voss said the levy was unfair, referring to the new harbour tax.",
     [("said", "indirect", "the levy was unfair"), ("referring to", "indirect", "the new harbour tax")]),
])
def test_participles_after_an_attribution(text, rows):
    assert _rows(text, "cue", "kind", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a restrictive relative pronoun speaks for reported words
    ("Brekk met a welder who said the yard owed him wages.", [("who", "said", "the yard owed him wages")]),
    # "Having said that" is an idiom, not a statement
    ("Having said that, the levy will stay.", []),
])
def test_restrictive_relatives_and_idioms(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a cue word heading a noun phrase after a name is no cue
    ("Given Voss's Harbour Act claims, the court moved slowly.", []),
    ("The Arnsby attack now counts as the worst.", []),
    ("The Harbour Research Office plans to publish its figures next week.",
     [("The Harbour Research Office", "plans", "to publish its figures next week")]),
    ("The Arnsby Ferry Board claims the levy is dead.", [("The Arnsby Ferry Board", "claims", "the levy is dead")]),
    # an inverted speaker needs a clause or a quote before the cue
    ("Voss and Brekk, and Gov. Oskar Lind, posted their praise of the levy.", []),
    ("“We are very pleased” with the ruling, said Lina Aro, head of the union.",
     [("Lina Aro", "said", "“We are very pleased” with the ruling")]),
])
def test_noun_readings_and_inverted_speakers(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


def test_a_role_before_a_final_speaker_is_not_part_of_the_words():
    text = "Voss will stay on as chair, her deputy, Jon Brekk, told the Ledger."
    assert _rows(text, "speaker_mention", "speaker_title", "text") == [
        ("Jon Brekk", "her deputy", "Voss will stay on as chair")]


def test_a_headline_role_at_a_body_is_the_person_holding_it():
    text = ("Hospital chief warns cuts will close wards\n\nDr. Henrik Solberg, director of St. Aldric’s Hospital, "
            "said the cuts would cost the hospital dearly.\n")
    assert extract_statements(text).speaker.tolist() == ["Henrik Solberg", "Henrik Solberg"]


@pytest.mark.parametrize("text,rows", [
    ("Port Halden has been warning that its dredging fund is nearly empty.",
     [("Port Halden", "warning", "its dredging fund is nearly empty")]),
    ("Rep. Lina Aro wants more money for harbour pilots.", [("Lina Aro", "wants", "more money for harbour pilots")]),
    ("Voss in 2008 said the levy was unfair.", [("Voss", "said", "the levy was unfair")]),
])
def test_progressives_wants_and_years(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a short quote right after a verb of saying is a statement, not a fragment
    ("Others, angry at the delay, shouted, “Open the gates!”", [("Others", "shouted", "direct", "Open the gates!")]),
    ("As Voss thanked the crowd, a docker yelled “Come back soon!”",
     [("Voss", "thanked", "indirect", "the crowd"), ("a docker", "yelled", "direct", "Come back soon!")]),
    # the sentence before a shouting speaker is not theirs
    ("Some jeered, and when Voss said the vote was fair, a docker shouted “Count it again!”",
     [("Voss", "said", "indirect", "the vote was fair"), ("a docker", "shouted", "direct", "Count it again!")]),
    # signs and banners read what they say; "read the report" is no statement
    ("The banner read, “Save our harbour.”", [("The banner", "read", "direct", "Save our harbour.")]),
    ("Voss read the report on Monday.", []),
    # a label after a cue of another kind stays part of its clause
    ("Voss called it “a farce.”", [("Voss", "called", "mixed", "it “a farce.”")]),
    # a bracket closing the reporter's aside is no part of the words
    ("(Voss said the levy would fall.)", [("Voss", "said", "indirect", "the levy would fall")]),
    # an object list is no new clause
    ("Voss praised the mayor, the council and the union.",
     [("Voss", "praised", "indirect", "the mayor, the council and the union")]),
])
def test_short_quotes_after_speech_verbs_and_object_ends(text, rows):
    assert _rows(text, "speaker_mention", "cue", "kind", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a sentence that only ends with a quoted fragment does not take the next one as its attribution
    ("Lina Aro said she keeps Arnsby “close to me every single day.” She said she sees herself in the strikers.",
     [("Lina Aro", "mixed", "she keeps Arnsby “close to me every single day.”"),
      ("She", "indirect", "she sees herself in the strikers")]),
    # "Having announced …" opens a participial phrase: no speaker
    ("Having announced that the ferry would sail, Captain Brekk left the bridge.", []),
])
def test_quote_sentences_and_participial_openers(text, rows):
    assert _rows(text, "speaker_mention", "kind", "text") == rows


@pytest.mark.parametrize("text,content", [
    # a second clause goes on with the reported words unless it reports someone else's
    ("Voss said the levy was unclear to her, but she would pay it anyway.",
     "the levy was unclear to her, but she would pay it anyway"),
    ("Voss said the levy was fair, but critics warned that it would ruin the port.", "the levy was fair"),
])
def test_second_clauses_in_reported_words(text, content):
    assert _rows(text, "text")[0] == (content,)


@pytest.mark.parametrize("text", [
    "Let's say you think a new ferry would pay for itself.",
    "Needless to say, the levy was unpopular.",
    "Having said that, the levy will stay.",
])
def test_set_phrases_report_nobody(text):
    assert _rows(text, "text") == []


@pytest.mark.parametrize("text,rows", [
    # the relative clause ends where the main clause's cue resumes
    ("Lina Aro, who said the plan was vetted by lawyers, said she was unaware of any dispute.",
     [("who", "the plan was vetted by lawyers"), ("Lina Aro", "she was unaware of any dispute")]),
    # an apposition inside the words does not end them
    ("Voss said she will protect the port while her rival, Jon Brekk, wants to “sell the cranes.”",
     [("Voss", "she will protect the port while her rival, Jon Brekk, wants to “sell the cranes.”")]),
    # a parenthetical attribution after a dash reports the phrase after it
    ("The bill would bar new tariffs - a rule, Voss said, that is meant to protect the port.",
     [("Voss", "a rule, Voss said, that is meant to protect the port")]),
    # "In contrast," is the reporter's link
    ("In contrast, Voss has kept her support among dockers, the survey found.",
     [("the survey", "Voss has kept her support among dockers")]),
])
def test_main_clauses_dashes_and_links(text, rows):
    assert _rows(text, "speaker_mention", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # an object ends where a verb of the main clause resumes
    ("Lina Aro, who backed Voss in 2012, said on Monday that she would back Brekk.",
     [("who", "Voss in 2012"), ("Lina Aro", "she would back Brekk")]),
    ("Brekk, who once backed Voss, is launching a new ferry fund.", [("who", "Voss")]),
    # a negated participle after a comma is a statement of its own
    ("Some councillors declined to comment, not wanting to anger the dockers.",
     [("Some councillors", "to comment"), ("Some councillors", "to anger the dockers")]),
])
def test_objects_end_at_the_main_verb(text, rows):
    assert _rows(text, "speaker_mention", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # an object ends before a second verb of its subject, and at a spaced dash
    ("Some officials praised Brekk's work on the quay but also had to refuse his loan.",
     [("Some officials", "Brekk's work on the quay")]),
    ("Brekk pledged to take the fight to the council -- even as Voss closed in on a majority.",
     [("Brekk", "to take the fight to the council")]),
    # inside a relative clause, the second verb is the clause's own
    ("Voss praised a town that borders Velgrad and has kept its ferries.",
     [("Voss", "a town that borders Velgrad and has kept its ferries")]),
])
def test_objects_end_before_a_second_verb_or_a_dash(text, rows):
    assert _rows(text, "speaker_mention", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # "…,” but she also noted …": a clause of its own, not the quote's attribution
    ("Voss called the fire “an attack on our town,” but she also noted the quick work of the crews.",
     [("Voss", "called", "the fire “an attack on our town,”"), ("she", "noted", "the quick work of the crews")]),
    # "As for the cranes," names the reporter's topic
    ("As for the cranes, “they will be back by spring,” Voss said.", [("Voss", "said", "they will be back by spring,")]),
])
def test_clauses_after_quotes_and_topic_leads(text, rows):
    assert _rows(text, "speaker_mention", "cue", "text") == rows


@pytest.mark.parametrize("text,content", [
    # the quote resumes after the rest of its attribution
    ("“Now that I am retired,” he told the host, “it was hard to work there.”",
     "Now that I am retired,” he told the host, “it was hard to work there."),
    ("“The levy is dead,” Voss said on Monday, “and nobody will revive it.”",
     "The levy is dead,” Voss said on Monday, “and nobody will revive it."),
    ("“Pilots choose their words with care,” said Orm, speaking of the council, “and keep a door open.”",
     "Pilots choose their words with care,” said Orm, speaking of the council, “and keep a door open."),
    ("“Few of us expected this,” Orm wrote in a letter explaining why he will speak, “but the port needs a change.”",
     "Few of us expected this,” Orm wrote in a letter explaining why he will speak, “but the port needs a change."),
    ("“The levy is dead,” Voss said at a rally in Hild, Vg. “Nobody will revive it.”",
     "The levy is dead,” Voss said at a rally in Hild, Vg. “Nobody will revive it."),
    # a sentence of the reporter's between two quotes keeps them apart
    ("“The levy is dead,” Voss said. Brekk left the room, angry. “Nobody will revive it.”", "The levy is dead,"),
])
def test_interrupted_quotes_with_longer_attributions(text, content):
    assert _rows(text, "text")[0] == (content,)


def test_a_lead_ending_in_a_colon_is_no_part_of_the_quote():
    text = "Sen. Lina Aro scolded him: “The whole port is against you,” she said. “When will you listen?”"
    assert _rows(text, "kind", "text")[-1] == ("direct", "The whole port is against you,” she said. “When will you listen?")


def test_a_quote_only_cue_before_a_quoted_paragraph():
    text = ("Headline\n\n“The port is busy,” Voss said.\n\nVoss continued:\n\n"
            "“The health of the harbour is a shared concern, and we will fund it.”\n")
    assert _rows(text, "speaker_mention", "cue", "kind", "text")[-1] == (
        "Voss", "continued:", "direct", "The health of the harbour is a shared concern, and we will fund it.")


@pytest.mark.parametrize("text,rows", [
    # a quote that makes the whole content is a direct statement; the reporter's tail is left out
    ("Voss said “the port is closed” and left.", [("direct", "the port is closed")]),
    ("The officer shouted “Stop right there,” until the crowd left.", [("direct", "Stop right there,")]),
    ("The crowd chanted “no contract, no peace” after the talks failed.", [("direct", "no contract, no peace")]),
    ("Voss said the port was “closed for good.”", [("mixed", "the port was “closed for good.”")]),
    # a participle inside the speaker's own quote ends nothing
    ("Voss said she had sailed “for the island, knowing that few would thank her.”",
     [("mixed", "she had sailed “for the island, knowing that few would thank her.”")]),
    # but a quote that opens a coordinated subject goes on with its clause
    ("He said “harbour fees” and the sale of old cranes would pay for it.",
     [("mixed", "“harbour fees” and the sale of old cranes would pay for it")]),
])
def test_a_quote_as_the_whole_content(text, rows):
    assert _rows(text, "kind", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a stance's object ends with its quoted label; the time and what follows are the reporter's
    ("Voss called Brekk a “disgrace” on Monday on the radio.", [("mixed", "Brekk a “disgrace”")]),
    # a reported clause goes on after a quoted fragment
    ("Voss said the port was “closed” but would reopen in May.", [("mixed", "the port was “closed” but would reopen in May")]),
])
def test_objects_end_with_their_quoted_label(text, rows):
    assert _rows(text, "kind", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a question put to the speaker is reported too, by nobody named
    ("Asked whether she would run again, Voss said: “We will see.”",
     [(None, "Asked", "indirect", "whether she would run again"), ("Voss", "said:", "direct", "We will see.")]),
    ("Asked whether Voss “has the will to lead the port,” 75 percent of dockers said yes.",
     [(None, "Asked", "mixed", "whether Voss “has the will to lead the port,”")]),
    ("“It is a mess,” Brekk said when asked how the port handles news.",
     [("Brekk", "said", "direct", "It is a mess,"), (None, "asked", "indirect", "how the port handles news")]),
    ("Asked if the levy was fair, 46 percent of voters said yes.",
     [(None, "Asked", "indirect", "if the levy was fair"), ("46 percent of voters", "said", "indirect", "yes")]),
    ("At a forum, Voss was asked what happened to the ferry money.",
     [(None, "asked", "indirect", "what happened to the ferry money")]),
    ("Asked whether his time at the yard, which friends called grim, shaped him, Brekk said nothing.",
     [(None, "Asked", "indirect", "whether his time at the yard, which friends called grim, shaped him")]),
])
def test_questions_put_to_a_speaker(text, rows):
    got = [(None if pd.isna(m) else m, c, k, t) for m, c, k, t in _rows(text, "speaker_mention", "cue", "kind", "text")]
    assert got == rows


@pytest.mark.parametrize("text,rows", [
    # a pronoun alone reports nothing an analyst can read
    ("Voss walked back her words a day after she said them.", []),
    ("Voss denied it.", []),
    ("Voss denied the report.", [("Voss", "the report")]),
])
def test_a_pronoun_alone_is_no_statement(text, rows):
    assert _rows(text, "speaker_mention", "text") == rows


@pytest.mark.parametrize("text,rows", [
    # a link word before the speaker, in brackets or not, is the reporter's; the quote is direct
    ("(Even so, Voss also warned, “If the board pushes, the crews will push back.”)",
     [("Voss", "direct", "If the board pushes, the crews will push back.")]),
    ("However, Voss said, “I did not know him well.”", [("Voss", "direct", "I did not know him well.")]),
])
def test_link_words_before_an_attribution(text, rows):
    assert _rows(text, "speaker_mention", "kind", "text") == rows
