"""Closed grammatical word classes, in one place: forms of *be*, pronouns, subordinators,
weekdays and months, the punctuation that wraps what was said.

These are closed classes of English, not lists an analyst tunes to a corpus (those live in
``data/`` and load through :mod:`analysis.lexicon`). Sets that look alike but mean different things
stay apart under names that say which: ``BE_FORMS`` (a copula before a cue or a subject: "is",
"'s") is not ``PERFECT_AUXILIARIES`` (what makes the next past form a participle: "has said",
"was asked"), and sentiment's own ``BE_FORMS`` in :mod:`analysis.sentiment` also holds linking
verbs such as "become" for its tone rules.
"""
from __future__ import annotations

from .. import dates
from ..speakers import PRONOUNS

__all__ = ["PRONOUNS", "NOMINATIVE_PRONOUNS", "OBJECT_CASE_PRONOUNS", "OBJECT_PRONOUNS", "RELATIVE_PRONOUNS",
           "EMPTY_WORDS", "BE_FORMS", "PERFECT_AUXILIARIES", "COORDINATORS", "JOINERS", "SUBORDINATORS",
           "OPENING_SUBORDINATORS", "ASIDE_CLAUSE_OPENERS", "CLAUSE_OPENERS", "QUESTION_WORDS", "CLAUSE_ADVERBS",
           "OBJECT_PREPOSITIONS", "HEADING_PREPOSITIONS", "WEEKDAYS", "MONTHS", "TIME_WORDS", "QUOTE_TOKENS",
           "PUNCT_STRIP"]

# --- pronouns (PRONOUNS, the subject pronouns a speaker may be, is kept in analysis.speakers) ---
# subject pronouns that open a reported clause ("said [they] welcome it", "said [there] was")
NOMINATIVE_PRONOUNS = frozenset("i he she we they it there".split())
# the object case of the personal pronouns ("those around [her]", "urged [them] to vote")
OBJECT_CASE_PRONOUNS = frozenset("him her them us me".split())
# ... with the reflexives: an object a stance cue may take ("called [it] shameful")
OBJECT_PRONOUNS = frozenset("him her them me us himself herself themselves itself myself ourselves".split())
# "which" clauses report documents and events as often as speakers ("the records, which showed")
RELATIVE_PRONOUNS = frozenset(("who",))
# words that alone report nothing an analyst can read ("she denied [it]")
EMPTY_WORDS = frozenset("it them him her this that these those us me you so".split())

# --- verbs of the grammar ---
# a copula before a cue or a subject ("is said", "was being")
BE_FORMS = frozenset("is are was were be been being 's".split())
# auxiliaries that make the next past form a participle ("has said", "was asked")
PERFECT_AUXILIARIES = frozenset("has have had having been was were is are be".split())

# --- conjunctions and clause openers ---
# the conjunctions after which a cue shares the subject of the verb before ("… and said")
COORDINATORS = frozenset(("and", "but"))
#: Articles: after one, an adjective right before a past verb stands for a person ("a relative said").
ARTICLES = frozenset(("a", "an", "the"))
# words before a second speaker's cue that end the first statement ("…, though she noted")
JOINERS = frozenset(", though although while but and as because whereas which who".split())
# Words that open a subordinate clause, many tagged as prepositions ("After Voss said …").
SUBORDINATORS = frozenset("after before since because although though while when whenever if unless as "
                          "until till once whereas whether than that".split())
# Those that open an adverbial clause before the main one ("After Voss said …, the union …").
OPENING_SUBORDINATORS = SUBORDINATORS - frozenset("that than whether as".split())
# ... and with the relative pronouns: a verb after them is not the aside's own
ASIDE_CLAUSE_OPENERS = SUBORDINATORS | frozenset("who whom whose which".split())
# words that open the content of a bare clause ("said [whether] …", "said [how] …")
CLAUSE_OPENERS = frozenset("if whether why how what when where who which".split())
# words that open the question after "Asked" ("Asked [whether] she would run, …")
QUESTION_WORDS = frozenset("whether if how why what who when where about".split())
# quantifiers and adverbs that may open a reported clause ("said [only] two ships …")
CLAUSE_ADVERBS = frozenset("too so only even never nearly almost more less much many few most no none "
                           "nothing nobody everyone everything all both".split())

# --- prepositions ---
# prepositions inside an object's own phrase ("called her support [for] the tax an error")
OBJECT_PREPOSITIONS = frozenset("in of for on over with about from at against".split())
# prepositions as a headline capitalises them: inside a label they make it a heading
HEADING_PREPOSITIONS = frozenset("For Over In On With At Into From Against About After Before Under".split())

# --- time ---
# weekday and month names as analysis.dates reads them, and the months' abbreviations ("Sept.")
WEEKDAYS = frozenset(dates.WEEKDAYS)
MONTHS = frozenset(dates.MONTHS) | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# words of time that stand where a subject or an adjunct may ("said [Tuesday]", "[last week]")
TIME_WORDS = WEEKDAYS | MONTHS | frozenset("today yesterday tonight earlier later recently last this next week "
                                           "month year morning afternoon evening night".split())

# --- quote marks and punctuation ---
QUOTE_TOKENS = frozenset("' ’ ‘ \" “ ” « » „".split())
# what is stripped from the ends of what was said before it is compared
PUNCT_STRIP = " \t\n,.;:!?\"“”‘’'«»"
