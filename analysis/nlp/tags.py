"""Classes of Penn part-of-speech tags the extraction rules read (closed, like the words in
:mod:`analysis.nlp.words`)."""
from __future__ import annotations

__all__ = ["NOUN_TAGS", "NP_TAGS", "SUBJECT_TAGS", "FINITE_TAGS", "ROLE_OPENER_TAGS", "NP_AFTER_TAGS", "FINAL_SUBJECT_TAGS",
           "OBJECT_STARTS", "APPOSITIVE_OPENERS", "FUNCTION_TAGS", "ADVERB_TAGS"]

#: The tags of nouns.
NOUN_TAGS = frozenset("NN NNS NNP NNPS".split())
#: Tags of the words a noun phrase before a cue is made of ("the port's new director").
NP_TAGS = frozenset("NN NNS NNP NNPS JJ JJR JJS DT PRP$ POS CD VBN".split())
#: Tags of a word that may open the subject of a bare clause after a cue ("said [the] port was …").
SUBJECT_TAGS = frozenset("DT PRP PRP$ NNP NNPS NN NNS CD EX JJ".split())
#: Tags of a finite verb: a clause has one ("said the port [was] closed").
FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())
#: Tags that open an apposition naming a role ("the union's secretary", "director of …").
ROLE_OPENER_TAGS = frozenset("DT PRP$ JJ JJS NN NNS NNP".split())
#: Tags of a word that may open an apposition after a subject ("Voss, [the] port's director, …").
APPOSITIVE_OPENERS = frozenset("VBG VBN DT CD WP WP$ WDT JJ JJS NNP NNPS NN NNS PRP$ RB IN".split())
#: Tags of the words of a noun phrase after an inverted cue ("said [the port's new director]").
NP_AFTER_TAGS = frozenset("NN NNS NNP NNPS JJ DT PRP$ POS CD".split())
#: Tags of the words of a subject before a sentence-final cue ("…, [port officials] said").
FINAL_SUBJECT_TAGS = frozenset("DT JJ JJR JJS NN NNS NNP NNPS CC CD PRP PRP$ POS".split())
#: Tags of a word that may open the object of a stance cue ("criticized [the] plan").
OBJECT_STARTS = frozenset("DT PRP$ NNP NNPS NN NNS JJ JJR JJS CD VBG PRP".split())
#: Tags of function words (modals, prepositions, determiners, conjunctions, pronouns, wh-words):
#: such a word is no part of a person's or a body's name ("To", "We", "Or").
FUNCTION_TAGS = frozenset("MD TO IN DT CC PRP PRP$ WRB WDT WP EX UH".split())
#: Tags of adverbs: a capitalised one opens a sentence ("Falsely, …"), not a name.
ADVERB_TAGS = frozenset("RB RBR RBS".split())
