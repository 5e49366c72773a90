from analysis.extract.cues import cue_at, idiom, may_hold_cue
from analysis.extract.spans import content_after, trim
from analysis.extract.subjects import subject_before
from analysis.lexicon import load_lexicon
from analysis.nlp.document import Document

LEX = load_lexicon()


def _unit(sentence):
    doc = Document("Harbour news\n" + sentence, LEX)
    return doc, doc.units[-1]


def test_subject_with_role_in_apposition():
    doc, u = _unit("Ilsa Brandt, the mayor of Arnsby, said on Tuesday that the bridge would reopen.")
    i = doc.words(u).index("said")
    m = subject_before(doc, u, i)
    assert (m.name, m.title) == ("Ilsa Brandt", "the mayor of Arnsby")
    assert content_after(doc, u, i, 1, LEX.cue_forms["said"]) == 12  # the word after "that"


def test_no_subject_after_a_form_of_be():
    doc, u = _unit("The plan was said to be finished.")
    assert subject_before(doc, u, doc.words(u).index("said")) is None


def test_cues_and_set_phrases():
    assert cue_at("She pointed out that".split(), 1, LEX) == ("pointed out", 2)
    assert cue_at("She pointed at the quay".split(), 1, LEX) is None
    assert idiom("Needless to say , the".split(), 2, LEX) is True
    doc, u = _unit("The quay was quiet all week.")
    assert may_hold_cue(doc, u) is False


def test_trim_leaves_out_punctuation_and_the_full_stop():
    assert trim(" , the bridge would reopen.", 0, 27) == (3, 26)
    assert trim("(Voss said the levy would fall", 0, 30) == (1, 30)


def _subject(sentence, cue):
    doc, u = _unit(sentence)
    m = subject_before(doc, u, doc.words(u).index(cue))
    return None if m is None else m.text


def test_the_object_of_a_preposition_is_not_the_subject():
    # the noun the phrase modifies speaks, not the object inside it
    assert _subject("Brandt’s wording in the memo makes clear that she is angry.", "makes") == "Brandt’s wording"
    # the noun's own complement after "of" or "for" stays in its phrase
    assert _subject("Supporters of the ferry plan say it would work.", "say") == "Supporters of the ferry plan"
    assert _subject("A spokesman for the port board said the ferry was late.", "said") == "A spokesman for the port board"
    assert _subject("The Dock Union’s complaint to the harbour board says the rules were broken.",
                    "says") == "The Dock Union’s complaint"
    assert _subject("But critics in the port towns argue the levy is too high.", "argue") == "critics"


def test_the_source_after_from_or_by_stays_the_speaker():
    assert _subject("A letter from the Dock Union to the mayor says the rules were broken.",
                    "says") == "the Dock Union"
    assert _subject("Figures from the Arnsby Harbour Survey show fewer ships.", "show") == "the Arnsby Harbour Survey"


def test_a_prepositional_object_after_a_verb_is_left_alone():
    # no noun opens the clause before "to": the phrase stays as it was ("governed" then tells
    # the participle that it reports the clause's subject)
    assert _subject("The union sent a letter to the mayor saying the plan would fail.", "saying") == "the mayor"
    assert _subject("Voss in a statement said the plan would fail.", "said") == "Voss"


def test_names_and_places_are_no_modifying_phrases():
    # a name after "for" is not stepped over: the name rules read it, as before
    assert _subject("The Committee for a Sound Harbour Budget reported that costs rose.",
                    "reported") == "a Sound Harbour Budget"
    # a capital after "in" is the place the phrase hangs from, as before
    assert _subject("But the council in Arnsby said the levy would stay.", "said") == "the council"


def test_a_body_s_initials_after_or_are_one_more_aside():
    assert _subject("Ada Voss, head of the Harbour Budget Office, or HBO, said the levy would rise.",
                    "said") == "Ada Voss"
    assert _subject("The Harbour Budget Office, or HBO, said the levy would rise.", "said") == "The Harbour Budget Office"
    assert _subject("Karl Lund, director of the Harbour Fund, or HF - which a fisherman founded - said "
                    "the board must go.", "said") == "Karl Lund"


def test_the_name_in_apposition_leaves_its_party_and_state_in_brackets_out():
    doc, u = _unit("Dock Liberals' deputy leader, Sen. Ada Voss (H-Vg.), promised that the quay would reopen.")
    m = subject_before(doc, u, doc.words(u).index("promised"))
    assert (m.text, m.name, m.title) == ("Sen. Ada Voss", "Ada Voss", "Sen.")
