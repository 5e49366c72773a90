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

from ..speakers import PRONOUNS

__all__ = ["PRONOUNS", "ADVERBS", "BE_FORMS", "CLAUSE_ADVERBS", "CLAUSE_OPENERS", "WEEKDAYS", "MONTHS", "TIME_WORDS",
           "PUNCT_STRIP", "QUOTE_TOKENS", "PERFECT_AUXILIARIES", "SUBORDINATORS", "OPENING_SUBORDINATORS",
           "ASIDE_CLAUSE_OPENERS", "RELATIVE_PRONOUNS", "QUESTION_WORDS", "NOMINATIVE_PRONOUNS", "JOINERS",
           "OBJECT_PRONOUNS", "OBJECT_PREPOSITIONS", "HEADING_PREPOSITIONS", "EMPTY_WORDS"]


# Words that may stand between a speaker and the cue ("Rubio also said", "she has long argued").
ADVERBS = frozenset("also later previously has have had then repeatedly once recently publicly privately "
                    "again reportedly initially further subsequently separately similarly earlier often "
                    "simply just already still flatly bluntly long would will did does do has since "
                    "had even never not n't quickly immediately first last now".split())
BE_FORMS = frozenset("is are was were be been being 's".split())
CLAUSE_ADVERBS = frozenset("too so only even never nearly almost more less much many few most no none "
                           "nothing nobody everyone everything all both".split())
CLAUSE_OPENERS = frozenset("if whether why how what when where who which".split())


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())
TIME_WORDS = WEEKDAYS | MONTHS | frozenset("today yesterday tonight earlier later recently last this next week "
                                           "month year morning afternoon evening night".split())
PUNCT_STRIP = " \t\n,.;:!?\"“”‘’'«»"


QUOTE_TOKENS = frozenset("' ’ ‘ \" “ ” « » „".split())
PERFECT_AUXILIARIES = frozenset("has have had having been was were is are be".split())


# Words that open a subordinate clause, many tagged as prepositions ("After Voss said …").
SUBORDINATORS = frozenset("after before since because although though while when whenever if unless as "
                          "until till once whereas whether than that".split())
# Those that open an adverbial clause before the main one ("After Voss said …, the union …").
OPENING_SUBORDINATORS = SUBORDINATORS - frozenset("that than whether as".split())
# ... and with the relative pronouns: a verb after them is not the aside's own
ASIDE_CLAUSE_OPENERS = SUBORDINATORS | frozenset("who whom whose which".split())


# "which" clauses report documents and events as often as speakers ("the records, which showed")
RELATIVE_PRONOUNS = frozenset(("who",))


QUESTION_WORDS = frozenset("whether if how why what who when where about".split())


NOMINATIVE_PRONOUNS = frozenset("i he she we they it there".split())
JOINERS = frozenset(", though although while but and as because whereas which who".split())


OBJECT_PRONOUNS = frozenset("him her them me us himself herself themselves itself myself ourselves".split())


OBJECT_PREPOSITIONS = frozenset("in of for on over with about from at against".split())


HEADING_PREPOSITIONS = frozenset("For Over In On With At Into From Against About After Before Under".split())


EMPTY_WORDS = frozenset("it them him her this that these those us me you so".split())
