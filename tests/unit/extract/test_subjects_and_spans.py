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
    assert idiom("Needless to say , the".split(), 2) is True
    doc, u = _unit("The quay was quiet all week.")
    assert may_hold_cue(doc, u) is False


def test_trim_leaves_out_punctuation_and_the_full_stop():
    assert trim(" , the bridge would reopen.", 0, 27) == (3, 26)
    assert trim("(Voss said the levy would fall", 0, 30) == (1, 30)
