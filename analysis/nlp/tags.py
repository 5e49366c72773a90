"""Classes of Penn part-of-speech tags the extraction rules read (closed, like the words in
:mod:`analysis.nlp.words`)."""
from __future__ import annotations

from ..speakers import NOUN_TAGS

__all__ = ["NOUN_TAGS", "SUBJECT_TAGS", "FINITE_TAGS", "ROLE_OPENER_TAGS", "NP_AFTER_TAGS", "FINAL_SUBJECT_TAGS",
           "OBJECT_STARTS", "APPOSITIVE_OPENERS"]


# Subordinating words that can open the content of a bare clause ("said there was ...").
SUBJECT_TAGS = frozenset("DT PRP PRP$ NNP NNPS NN NNS CD EX JJ".split())


FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())


# Tags that open an apposition naming a role ("the union's secretary", "director of …").
ROLE_OPENER_TAGS = frozenset("DT PRP$ JJ JJS NN NNS NNP".split())


APPOSITIVE_OPENERS = frozenset("VBG VBN DT CD WP WP$ WDT JJ JJS NNP NNPS NN NNS PRP$ RB IN".split())


NP_AFTER_TAGS = frozenset("NN NNS NNP NNPS JJ DT PRP$ POS CD".split())


FINAL_SUBJECT_TAGS = frozenset("DT JJ JJR JJS NN NNS NNP NNPS CC CD PRP PRP$ POS".split())


OBJECT_STARTS = frozenset("DT PRP$ NNP NNPS NN NNS JJ JJR JJS CD VBG PRP".split())
