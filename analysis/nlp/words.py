"""Closed grammatical word classes, in one place: pronouns, determiners and number words,
forms of *be*, negators, conjunctions and clause openers, prepositions, weekdays and months,
abbreviations, the punctuation that wraps what was said, and the function words keywords drop.

These are closed classes of English, not lists an analyst tunes to a corpus (those live in
``data/`` and load through :mod:`analysis.lexicon`). Sets that look alike but mean different things
stay apart under names that say which: ``BE_FORMS`` (a copula before a cue or a subject: "is",
"'s") is not ``PERFECT_AUXILIARIES`` (what makes the next past form a participle: "has said",
"was asked") nor ``PASSIVE_AUXILIARIES`` (target sentiment's passive: "was arrested", "got
fired"). This module imports nothing from the package, so any module may read it.
"""
from __future__ import annotations

__all__ = ["PRONOUNS", "NOMINATIVE_PRONOUNS", "OBJECT_CASE_PRONOUNS", "OBJECT_PRONOUNS", "RELATIVE_PRONOUNS",
           "PERSON_RELATIVES", "PERSONAL_PRONOUNS", "THIRD_PERSON_PRONOUNS", "FIRST_PERSON_OPENERS", "EMPTY_WORDS",
           "FIRST_PERSON_SUBJECTS", "DUMMY_OBJECTS", "SINGULAR_DEMONSTRATIVES", "RELATIVE_WHO_WHICH", "WH_RELATIVES",
           "RELATIVE_WORDS", "PERSON_POSSESSIVES", "OWNER_POSSESSIVES", "FORMER_PREFIX", "ROLE_HOLDER_DETERMINERS", "ARTICLES", "INDEFINITE_ARTICLES", "OBJECT_PREDICATE_WORDS", "REDUCED_RELATIVE_HEADS",
           "DETERMINERS", "QUANTITY_WORDS", "NUMBER_VALUES", "NAME_PARTICLES", "HONORIFICS", "HONORIFIC_SEXES", "SURNAME_PREFIXES", "NAME_SUFFIXES", "NAME_LINKS",
           "BE_FORMS", "REPORT_BE_FORMS", "PERFECT_AUXILIARIES", "PASSIVE_AUXILIARIES", "PARTICIPLE_AUXILIARIES",
           "ASKED_PASSIVE_LEADS", "ASKED_OPENERS", "ANSWER_WORDS", "NEGATIONS", "NOT_FORMS", "COORDINATORS", "LIST_CONJUNCTIONS",
           "CONTRAST_CONJUNCTIONS", "CLAUSE_CONJUNCTIONS", "QUOTE_CONJUNCTIONS", "QUOTE_LINKS", "COMPLEMENT_WORDS",
           "JOINERS", "SUBORDINATORS", "OPENING_SUBORDINATORS", "ASIDE_CLAUSE_OPENERS", "CLAUSE_OPENERS",
           "QUESTION_WORDS", "CLAUSE_ADVERBS", "CLAUSE_BREAKS", "VERB_ADVERBS", "APPOSITIVE_WORDS", "CLAUSE_WORDS",
           "BYSTANDER_SUBORDINATORS", "OBJECT_PREPOSITIONS", "AFFILIATION_PREPOSITIONS", "HOMETOWN_PREPOSITIONS",
           "MODIFIER_PREPOSITIONS",
           "NAME_PREPOSITIONS", "SPEAKER_PHRASE_PREPOSITIONS", "PHRASE_LINK_WORDS", "BODY_NAME_PREPOSITIONS", "BODY_NAME_TIES",
           "HEADING_PREPOSITIONS", "WEEKDAY_NAMES", "MONTH_NAMES", "WEEKDAYS",
           "MONTH_ABBREVIATIONS", "MONTHS", "CALENDAR_NAMES", "MONTHS_ALSO_GIVEN_NAMES", "NAMELESS_CAPITALS",
           "TIME_WORDS", "TIME_DETERMINERS", "CUE_ADJUNCT_PREPOSITIONS", "TIME_ADJUNCT_OPENERS", "TIME_WORD_LEADS",
           "TRAILING_ADJUNCT_OPENERS", "TITLE_ABBREVIATIONS", "OTHER_ABBREVIATIONS", "SENTENCE_STARTERS",
           "QUOTE_TOKENS", "CLOSING_QUOTES", "PUNCT_STRIP", "FUNCTION_WORDS", "BODY_PRONOUNS"]

# --- pronouns ---
#: The subject pronouns a speaker may be, with the kind and gender of whom they stand for.
PRONOUNS = {
    "he": ("person", "m"), "she": ("person", "f"), "they": ("group", None),
    "it": ("organisation", None), "we": ("group", None), "i": ("person", None),
}
#: Third-person pronouns that may stand for a body or group named as a sentence's subject.
BODY_PRONOUNS = frozenset(("it", "they"))
#: The possessives of a person's pronoun, with the sex of whom they stand for ("[her] campaign").
PERSON_POSSESSIVES = {"his": "m", "her": "f"}
#: Possessive determiners that make the role or relation after them someone's ("[his] wife",
#: "[their] lawyer"): the one the article introduced with it.
OWNER_POSSESSIVES = frozenset(("his", "her", "their"))
#: The prefix of a former relation or role ("[ex-]wife", "[ex-]governor"): its holder is the same person.
FORMER_PREFIX = "ex-"
#: Subject pronouns that open a reported clause ("said [they] welcome it", "said [there] was").
NOMINATIVE_PRONOUNS = frozenset("i he she we they it there".split())
#: The object case of the personal pronouns ("those around [her]", "urged [them] to vote").
OBJECT_CASE_PRONOUNS = frozenset("him her them us me".split())
#: ... with the reflexives: an object a stance cue may take ("called [it] shameful").
OBJECT_PRONOUNS = frozenset("him her them me us himself herself themselves itself myself ourselves".split())
#: "which" clauses report documents and events as often as speakers ("the records, which showed").
RELATIVE_PRONOUNS = frozenset(("who",))
#: The relative pronouns of persons: right after a sentiment target, their clause is about it.
PERSON_RELATIVES = frozenset("who whom whose".split())
#: The personal pronouns and their possessives: a sentiment target that is one is a pronoun.
PERSONAL_PRONOUNS = frozenset("he him his she her they them their it its i me my we us our you your".split())
#: Pronouns that stand for someone: a clause holding one is about that someone.
THIRD_PERSON_PRONOUNS = frozenset("he him she her they them".split())
#: Words opening a paragraph in which the last speaker goes on in the first person.
FIRST_PERSON_OPENERS = frozenset(("i", "we", "i’m", "i'm", "we’re", "we're", "my", "our", "i’ve", "we’ve"))
#: Words that alone report nothing an analyst can read ("she denied [it]").
EMPTY_WORDS = frozenset("it them him her this that these those us me you so".split())
#: The first-person subjects: a stance cue whose speaker is one, right after a speaker's quote,
#: is that speaker going on ("[I] do not believe that …"), not a statement of its own.
FIRST_PERSON_SUBJECTS = frozenset(("i", "we"))
#: Pronouns that as a cue's object carry nothing to report ("called [it] …"): the object frame
#: does not start at one.
DUMMY_OBJECTS = frozenset(("it", "this", "that"))
#: The singular demonstratives: after ", but" they open no new subject ("…, but that is …").
SINGULAR_DEMONSTRATIVES = frozenset(("this", "that"))
#: The relatives that open an aside on the speaker in the middle of a sentence ("…, [which],
#: Voss said, is …", "…, [who] …").
RELATIVE_WHO_WHICH = frozenset(("which", "who"))
#: The wh- relatives: right after a source, their clause describes it ("…, a former aide,
#: [whose] study …"); not "that", which as often opens what was said.
WH_RELATIVES = frozenset(("who", "whose", "which"))
#: ... with "that": a verb after one belongs to a relative clause, not to the main one ("a town
#: [that] borders X and has …").
RELATIVE_WORDS = WH_RELATIVES | frozenset(("that",))

# --- determiners, numbers and the small words inside names ---
#: Articles: after one, an adjective right before a past verb stands for a person ("a relative said").
ARTICLES = frozenset(("a", "an", "the"))
#: The indefinite articles: a clause opening with one after a stance cue is an object, not a
#: subject ("called [a] halt").
INDEFINITE_ARTICLES = frozenset(("a", "an"))
#: Words after a cue's object that open what it is called ("called him [a] liar", "described
#: it [as] …"): the object frame holds.
OBJECT_PREDICATE_WORDS = INDEFINITE_ARTICLES | frozenset(("as",))
#: Words that open a group a reduced relative describes ("[those] surveyed said", "[people]
#: polled say"): the group, not the participle, is the subject.
REDUCED_RELATIVE_HEADS = frozenset(("those", "people"))
#: Determiners before a lone role that make it the role of someone named elsewhere ("[its]
#: director", "[the] chairman", "[their] spokeswoman").
ROLE_HOLDER_DETERMINERS = frozenset(("its", "the", "their"))
#: Words after which a lower-case head noun names an unnamed source ("[several] officials said").
DETERMINERS = frozenset("the a an this that these those his her its their our some several many two three "
                        "four five other another one both all most".split())
#: Words that count people rather than name them: "Half say", "Two-thirds said", "Six in 10 say".
QUANTITY_WORDS = frozenset(
    "half third thirds quarter quarters fifth fifths majority minority dozen dozens hundreds thousands millions "
    "one two three four five six seven eight nine ten eleven twelve "
    "twenty thirty forty fifty sixty seventy eighty ninety".split())
#: The small numbers written as words, by value ("the [three] scholars").
NUMBER_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: Lower-case words that do occur inside people's names ("Ursula von der Leyen").
NAME_PARTICLES = frozenset("de del della der des di da dos du la le van von bin ibn al el y".split())
#: Prefixes of surnames written with a capital after them ("McBride", "MacKay", "FitzGerald"):
#: such a word is one name, not two words run together.
SURNAME_PREFIXES = frozenset("mc mac fitz".split())
#: Generational suffixes after a surname ("Ada Voss Jr.", "Per Lund III"): part of the name,
#: but the surname is the word before them.
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
#: Words that join the parts of a body's name ("Bank of Tarn", "Parti de la Rive", "Tarn &
#: Sons"): they are no role before it, and its initials skip them ("Port of Tarn": PT).
NAME_LINKS = frozenset({"of", "and", "for", "on", "the", "in", "to", "&", "de", "du", "des", "la"})

# --- verbs of the grammar and negation ---
#: The forms of "be".
BE_FORMS = frozenset("be am is are was were been being 's 're 'm".split())
#: ... as the extraction reads them before a cue or a subject ("is said", "was being"): not the
#: first person singular, as "I am hoping" reports no one else's words (with "am", one more
#: statement on the dev pages, a wrong one).
REPORT_BE_FORMS = BE_FORMS - frozenset(("am", "'m"))
#: Auxiliaries that make the next past form a participle ("has said", "was asked").
PERFECT_AUXILIARIES = frozenset("has have had having been was were is are be".split())
#: Forms of "be" and "get" that make a passive ("was arrested", "got fired").
PASSIVE_AUXILIARIES = BE_FORMS | frozenset("get gets got gotten getting".split())
#: The participles of the auxiliaries: a clause opening with one is a participle ("[Having]
#: announced …, Captain Brekk …"), not a speaker.
PARTICIPLE_AUXILIARIES = frozenset(("having", "being"))
#: Words right before "asked" that make it a question put to the speaker ("Voss [was] asked
#: what …", "…, she said [when] asked how …").
ASKED_PASSIVE_LEADS = frozenset(("was", "were", "being", "been", "when"))
#: Subordinators that open a sentence before "asked" ("[When] asked whether …, Voss said").
ASKED_OPENERS = frozenset(("when", "if", "once"))
#: The answers a speech cue may report alone ("46 percent said [yes]").
ANSWER_WORDS = frozenset(("yes", "no"))
#: Words that negate what follows ("did [not] win").
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "without", "neither"})
#: The two spellings of "not": an adverb run before a stance cue's infinitive stops at one
#: ("wants [not] to leave" is no "wants to leave").
NOT_FORMS = frozenset(("not", "n't"))

# --- conjunctions and clause openers ---
#: The conjunctions after which a cue shares the subject of the verb before ("… and said").
COORDINATORS = frozenset(("and", "but"))
#: The conjunctions that join the items of a list ("sale of old cranes [and] …"): after a quote,
#: one may open a clause whose verb has a subject of its own.
LIST_CONJUNCTIONS = frozenset(("and", "or"))
#: The contrasting conjunctions: after a comma one opens a new clause ("…, [but] the queues …").
CONTRAST_CONJUNCTIONS = frozenset(("but", "yet"))
#: Conjunctions after a comma that open a new clause with its own subject ("…, [but] critics
#: point to …"): the content before them ends there.
CLAUSE_CONJUNCTIONS = COORDINATORS | frozenset(("while",))
#: Conjunctions right after a quote that join a clause of its own to it ("“…,” [but] she …"):
#: the attribution is not looked for past them.
QUOTE_CONJUNCTIONS = CLAUSE_CONJUNCTIONS | frozenset(("yet",))
#: Conjunctions alone between two quotes of one statement ("“…,” [but] “…”").
QUOTE_LINKS = COORDINATORS | frozenset(("or",))
#: Words right after a cue that open its complement, not a subject of its own ("said [that] …",
#: "urged them [to] …").
COMPLEMENT_WORDS = frozenset(("that", "to"))
#: Words before a second speaker's cue that end the first statement ("…, though she noted").
JOINERS = frozenset(", though although while but and as because whereas which who".split())
#: Words that open a subordinate clause, many tagged as prepositions ("After Voss said …").
SUBORDINATORS = frozenset("after before since because although though while when whenever if unless as "
                          "until till once whereas whether than that".split())
#: Those that open an adverbial clause before the main one ("After Voss said …, the union …").
OPENING_SUBORDINATORS = SUBORDINATORS - frozenset("that than whether as".split())
#: ... and with the relative pronouns: a verb after them is not the aside's own.
ASIDE_CLAUSE_OPENERS = SUBORDINATORS | frozenset("who whom whose which".split())
#: Words that open the content of a bare clause ("said [whether] …", "said [how] …").
CLAUSE_OPENERS = frozenset("if whether why how what when where who which".split())
#: Words that open the question after "Asked" ("Asked [whether] she would run, …").
QUESTION_WORDS = frozenset("whether if how why what who when where about".split())
#: Quantifiers and adverbs that may open a reported clause ("said [only] two ships …").
CLAUSE_ADVERBS = frozenset("too so only even never nearly almost more less much many few most no none "
                           "nothing nobody everyone everything all both".split())
#: Words after a comma that end the clause a stance cue's object stands in ("…, [which] …"),
#: with the participles that add a clause of their own ("…, [saying] …").
CLAUSE_BREAKS = frozenset("which who whom whose where while but as because although though saying adding "
                          "according after before when since until".split())
#: Adverbs between a conjunction and its verb ("… but also had to", ", but he also noted").
VERB_ADVERBS = frozenset(("also", "then", "later", "still"))
#: Words that open an apposition after a subject whatever its tag ("Voss, [who] …").
APPOSITIVE_WORDS = frozenset("who whose which speaking".split())
#: Words that open a new clause: the scope of target sentiment's clause features.
CLAUSE_WORDS = frozenset(
    "but while although though whereas because however unless whether who whom whose which where when "
    "after before since if yet that".split()
)
#: Words that open a subordinate clause besides :data:`CLAUSE_WORDS` ("watched [as] the team
#: lost"): they end the clause of a bystander in target sentiment.
BYSTANDER_SUBORDINATORS = frozenset("as until once while whereas so".split())

# --- prepositions ---
#: Prepositions inside an object's own phrase ("called her support [for] the tax an error").
OBJECT_PREPOSITIONS = frozenset("in of for on over with about from at against".split())
#: Prepositions whose phrase may modify the noun before it ("the complaint [to] the court", "a
#: letter [by] the board"): the noun, not the preposition's object, is what a verb after them has
#: as its subject.
MODIFIER_PREPOSITIONS = OBJECT_PREPOSITIONS | frozenset(("to", "by"))
#: Prepositions that tie people to the body they work for ("researchers [at] Norvia Labs").
AFFILIATION_PREPOSITIONS = frozenset("at from".split())
#: Prepositions that tie a person to a place after a comma ("Ada Voss, [of] Arnsby", ", [from]
#: Hild, Vg."): the hometown is part of the speaker's phrase.
HOMETOWN_PREPOSITIONS = frozenset(("of", "from"))
#: Prepositions inside a capitalised phrase ("Minister [of] Finance", "Fund [for] Peace"): the
#: phrase goes on after them.
NAME_PREPOSITIONS = frozenset(("of", "for"))
#: Prepositions that join a speaker's phrase to a name or noun before them ("director [of] the
#: Fund", "researcher [at] Norvia Labs"): the phrase reaches back past them.
SPEAKER_PHRASE_PREPOSITIONS = NAME_PREPOSITIONS | frozenset(("at",))
#: ... and "and": a speaker's phrase never opens with one (what it joined is left out of it).
PHRASE_LINK_WORDS = SPEAKER_PHRASE_PREPOSITIONS | frozenset(("and",))
#: Prepositions inside a body's name, after its head ("the Commission [on] Harbour Affairs", "the
#: Alliance [to] Save …").
BODY_NAME_PREPOSITIONS = frozenset(("on", "to"))
#: Prepositions that tie a body's head to the rest of its name ("the Institute [for] Jobs and the
#: Environment"): a name with one runs on over "and the".
BODY_NAME_TIES = frozenset(("of", "for", "on", "to"))
#: Prepositions as a headline capitalises them: inside a label they make it a heading.
HEADING_PREPOSITIONS = frozenset("For Over In On With At Into From Against About After Before Under".split())

# --- time ---
#: Weekday names in calendar order (Monday first, as :mod:`analysis.dates` counts).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Month names in calendar order.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
#: The weekdays as a set.
WEEKDAYS = frozenset(WEEKDAY_NAMES)
#: The months' abbreviations news writes ("Sept."); their dot belongs to the word.
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: Month names and their abbreviations.
MONTHS = frozenset(MONTH_NAMES) | MONTH_ABBREVIATIONS
#: Weekday and month names written out.
CALENDAR_NAMES = frozenset(WEEKDAY_NAMES + MONTH_NAMES)
#: Months that are also given names ("April Voss"): a name may hold them.
MONTHS_ALSO_GIVEN_NAMES = frozenset({"may", "june", "april", "august"})
#: Capitalised words that name no one: the calendar, and "I".
NAMELESS_CAPITALS = CALENDAR_NAMES | frozenset(("i",))
#: Words of time that stand where a subject or an adjunct may ("said [Tuesday]", "[last week]").
TIME_WORDS = WEEKDAYS | MONTHS | frozenset("today yesterday tonight earlier later recently last this next week "
                                           "month year morning afternoon evening night".split())
#: Determiners that make the next time word a time ("said [this] week"; "said this was" is not).
TIME_DETERMINERS = frozenset(("this", "last", "next"))
#: Prepositions opening an adjunct after a cue, behind which the reported clause may start with
#: its pronoun subject ("said [after] the meeting he would …").
CUE_ADJUNCT_PREPOSITIONS = frozenset(("after", "before", "during", "following", "at", "in", "on"))
#: Words opening a short adjunct of time or place after a cue ("said [on] Tuesday,", "said
#: [earlier] this week"): the reported clause starts after it.
TIME_ADJUNCT_OPENERS = frozenset(("on", "in", "at", "during", "last", "this", "earlier"))
#: Words before a time word between a subject and its verb ("Voss [on] Tuesday dismissed",
#: "[late] Monday"): the subject is found before both.
TIME_WORD_LEADS = frozenset(("on", "last", "this", "late", "early", "in"))
#: Words that open an adjunct after what a cue reports (prepositions, time subordinators and time
#: words: "said it [during] the debate"): only adjuncts follow, so the statement ends there.
TRAILING_ADJUNCT_OPENERS = frozenset(("in", "on", "at", "during", "after", "before", "to", "from", "via", "through",
                                      "with", "when", "while", "as", "last", "this", "earlier", "later", "late"))

# --- abbreviations and sentence starts ---
#: Titles whose final dot is part of the word: a title never ends a sentence ("Gov. Voss").
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov lt gen col maj capt sgt adm cmdr gov rev fr st hon pres supt insp det".split()
)
#: Other abbreviations whose final dot is part of the word ("Tarn Corp.", "Oct.").
OTHER_ABBREVIATIONS = frozenset("jr sr inc corp ltd llc bros vs etc approx dept".split()) | MONTH_ABBREVIATIONS \
    | frozenset("mt ft ave blvd rd univ assn".split())
#: Words that, capitalised after an abbreviation such as "U.S.", suggest a new sentence.
SENTENCE_STARTERS = frozenset(
    "he she it they we i you the but and this that these those in a an there his her their our its".split()
)

# --- quote marks and punctuation ---
#: The quotation marks as tokens.
QUOTE_TOKENS = frozenset("' ’ ‘ \" “ ” « » „".split())
#: Marks that close a quotation ("a disaster[,”] she said").
CLOSING_QUOTES = frozenset("\" ” ’ » '".split())
#: What is stripped from the ends of what was said before it is compared.
PUNCT_STRIP = " \t\n,.;:!?\"“”‘’'«»"

# --- function words ---
#: English closed-class words (pronouns, determiners, prepositions, conjunctions, auxiliaries and
#: modals, the pieces of contractions, number words, titles): always dropped from keywords.
#: Open-class filler ("get", "going", "said") is left to the keyness score.
FUNCTION_WORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although always am among
amongst an and another any anybody anyone anything anyway anywhere are aren't around as at back be became because
become becomes been before beforehand behind being below beside besides between beyond both but by can can't cannot
could couldn't did didn't do does doesn't doing don't done down during each either else elsewhere enough etc ever
every everybody everyone everything everywhere except few for former formerly from further had hadn't has hasn't
have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've
if in indeed into is isn't it it's its itself let let's many me meanwhile more moreover most mostly much must
mustn't my myself neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on
once only onto or other others otherwise ought our ours ourselves out over own per perhaps rather same shall shan't
she she'd she'll she's should shouldn't since so some somebody someone something sometime sometimes somewhere such
than that that's the their theirs them themselves then thence there there's thereafter thereby therefore therein
these they they'd they'll they're they've this those though through throughout thru thus to together too toward
towards under unless until up upon us very via was wasn't we we'd we'll we're we've were weren't what what's
whatever when when's whence whenever where where's whereas whereby wherein whether which while whither who who's
whoever whole whom whose why why's will with within without won't would wouldn't yet you you'd you'll you're
you've your yours yourself yourselves ll ve re s t d m
may might one two three four five six seven eight nine ten hundred thousand million billion
mr mrs ms dr however including according
""".split())
#: Honorifics written before a surname ("Mr. Lund of the Harbour Fund", "Dr. Voss").
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr.".split())
#: The honorifics that give the person they go with a sex ("[Mrs.] Voss" is a woman).
HONORIFIC_SEXES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
