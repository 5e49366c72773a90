"""Generate a synthetic corpus of news articles for benchmarks.

Writes ``N`` distinct articles, each a ``.txt`` file with a front-matter block (title,
published, source, url) followed by a headline line and one paragraph per line, the format of
``tests/fixtures/corpus``. Each article is about 700 words with about a dozen statements: direct
quotes (after, before and around their attribution, over several sentences or paragraphs),
reported speech ("said that", bare clauses, "told reporters that", "adding that", two cues in one
sentence), sentence-final attributions, "according to", quoted fragments, pronoun attributions
and unmarked first-person paragraphs, by several speakers (people, organisations, countries).
Publication dates are spread over 2024.

All people, places, organisations and newspapers are invented: the material is assembled from
pools of fictional names, titles, topics and sentence templates with slots (kept in
``bench/corpus_material.py``), so the texts read as plausible news but describe nobody. The
output depends only on ``N`` and ``--seed``.

Only the standard library is used; 10,000 articles take a few seconds and about 50 MB.

Examples
--------
Write 10,000 articles into ``/tmp/corpus`` (the same files for the same seed)::

    python3 bench/make_corpus.py 10000 /tmp/corpus --seed 7
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# the pools and templates, and the statement paragraphs (bench/ is on sys.path when run as a script)
from corpus_material import (
    BOILERPLATE, CLAUSES_NEU, CLAUSES_POS, CLOSINGS, COUNTRIES, FIRST_F, FIRST_M, GENERIC_BG,
    HEADLINES_OTHER, HEADLINES_SAYS, LEAD2, MINOR_DESC, MONTHS, SOURCES, SURNAMES, TOPICS, WEEKDAYS,
)
from corpus_statements import cap, clause, statement, subject


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------
class Speaker:
    """A speaker of one article: how to introduce, name and refer back to it."""

    __slots__ = ("intro", "short", "pro", "poss", "kind", "tone", "introduced")

    def __init__(self, intro, short, pro, poss, kind, tone=0.5):
        self.intro, self.short, self.pro, self.poss, self.kind = intro, short, pro, poss, kind
        self.tone = tone  # probability weight of positive (vs negative) material
        self.introduced = False


class World:
    """Persistent cast (prime ministers, ministers, opposition leaders, union leaders)."""

    def __init__(self, rng):
        self.rng = rng
        self.cast = {}
        self.used = set()

    def person(self, key):
        """The same invented person for the same role key, for the whole corpus."""
        if key not in self.cast:
            while True:
                female = self.rng.random() < 0.5
                first = self.rng.choice(FIRST_F if female else FIRST_M)
                last = self.rng.choice(SURNAMES)
                if (first, last) not in self.used:
                    break
            self.used.add((first, last))
            self.cast[key] = (f"{first} {last}", last, female)
        return self.cast[key]


def person_speaker(world, rng, key, title, apposition=None, tone=0.5):
    """A person speaker for a role; introduced by title ("Finance Minister X") or apposition."""
    full, last, female = world.person(key)
    if apposition and rng.random() < 0.5:
        intro = f"{full}, {apposition},"
    else:
        intro = f"{title} {full}" if title else f"{full}, {apposition},"
    return Speaker(intro, last, "she" if female else "he", "her" if female else "his", "person", tone)


#: share of articles that use typographic (curly) quotes and apostrophes rather than straight ones
CURLY_SHARE = 0.7
#: tries to find an insertion point that does not split a pronoun chain before appending
SPOT_TRIES = 8
#: paragraph openings that continue the previous speaker (a quote, a pronoun, "According")
CHAINED = ("He ", "She ", "According", "It ")


def _choice(rand: Callable[[], float], seq: Sequence) -> Any:
    """Like ``rng.choice``, faster (uniform within float precision)."""
    return seq[int(rand() * len(seq))]


def _randint(rand: Callable[[], float], lo: int, hi: int) -> int:
    """Random int in [lo, hi), faster than randrange."""
    return lo + int(rand() * (hi - lo))


@dataclass(frozen=True)
class Setting:
    """Where, when and what one article is about: drawn once, then fixed for the article."""

    country: str
    capital: str
    demonym: str
    currency: str
    neighbour: str
    ncapital: str
    ndemonym: str
    city: str
    topic: dict
    published: dt.date
    source: str
    curly: bool
    project: str
    plan: str
    group: str
    orgs: tuple


def draw_setting(rng: random.Random) -> Setting:
    """Draw the :class:`Setting` of one article (the first draws of each article)."""
    rand = rng.random
    country, capital, demonym, cities, currency = _choice(rand, COUNTRIES)
    ncountry, ncapital, ndemonym, _, _ = _choice(rand, [c for c in COUNTRIES if c[0] != country])
    city = _choice(rand, cities)
    topic = _choice(rand, TOPICS)
    published = dt.date(2024, 1, 1) + dt.timedelta(days=_randint(rand, 0, 366))
    source = _choice(rand, SOURCES)
    curly = rand() < CURLY_SHARE
    base = dict(city=city, capital=capital, country=country, demonym=demonym, neighbour=ncountry)
    which = int(rand() * len(topic["project"]))  # the project and its short name go together
    project = topic["project"][which].format(**base)
    orgs = [o.format(**base) for o in topic["orgs"]]
    rng.shuffle(orgs)
    group = _choice(rand, topic["group"])
    return Setting(country, capital, demonym, currency, ncountry, ncapital, ndemonym, city, topic,
                   published, source, curly, project, topic["plan"][which], group, tuple(orgs))


class Slots(dict):
    """Template slots: fixed ones per article, random ones drawn afresh on each use."""

    __slots__ = ("draw",)

    def __missing__(self, key: str) -> str:
        return self.draw(key)


@dataclass
class Article:
    """The state of one article while it is written: its setting, style and what is written so far."""

    rng: random.Random
    setting: Setting
    #: templates (and mixed-fragment keys) already used, to avoid repeats within the article
    used: set = field(default_factory=set)
    #: the speaker of the previous statement, the only one a pronoun may refer to
    last_speaker: Speaker | None = None
    #: leaning of the current paragraph: 0 positive, 1 negative, 2 neutral
    lean: int = 0
    #: the paragraphs after the lead, in order
    body: list[str] = field(default_factory=list)
    #: background sentences not used yet (taken from the end)
    bg_pool: list[str] = field(default_factory=list)
    # derived from the setting in __post_init__
    rand: Callable[[], float] = field(init=False, repr=False)
    pub_wd: int = field(init=False)
    ministry: str = field(init=False)
    oq: str = field(init=False)
    cq: str = field(init=False)
    apos: str = field(init=False)
    slots: Slots = field(init=False, repr=False)

    def __post_init__(self) -> None:
        s = self.setting
        self.rand = self.rng.random
        self.pub_wd = s.published.weekday()
        self.ministry = f"{s.topic['portfolio']} Ministry"
        self.oq, self.cq = ("\u201c", "\u201d") if s.curly else ('"', '"')
        self.apos = "\u2019" if s.curly else "'"
        base = dict(city=s.city, capital=s.capital, country=s.country, demonym=s.demonym,
                    neighbour=s.neighbour, source=s.source, ministry=self.ministry, project=s.project,
                    Project=cap(s.project), plan=s.plan, group=s.group, org=s.orgs[0],
                    pro="{pro}", poss="{poss}")
        self.slots = Slots(base)  # random slots are not stored: each use draws afresh
        self.slots.draw = self.draw

    def choice(self, seq: Sequence) -> Any:
        """Like ``rng.choice``, faster (uniform within float precision)."""
        return _choice(self.rand, seq)

    def ri(self, lo: int, hi: int) -> int:
        """Random int in [lo, hi), faster than randrange."""
        return _randint(self.rand, lo, hi)

    def draw(self, key: str) -> str:
        """A fresh value for the random slot ``key``."""
        return draw_slot(self, key)

    def fill(self, template: str) -> str:
        """``template`` with its slots filled."""
        return template.format_map(self.slots)

    def q(self, s: str) -> str:
        """Apply the article's quote and apostrophe style."""
        return s.replace("\u201c", self.oq).replace("\u201d", self.cq).replace("'", self.apos)


def draw_slot(art: Article, key: str) -> str:
    """A fresh random value for the slot ``key`` of ``art`` (numbers, days, benefits, harms)."""
    ri, topic = art.ri, art.setting.topic
    if key == "benefit":
        return art.choice(topic["benefit"]).replace("{n}", f"{ri(4, 60) * 50:,}")
    if key == "harm":
        return art.choice(topic["harm"])
    if key == "n":
        return f"{ri(12, 900) * 10:,}"
    if key == "money":
        return f"{ri(12, 900)} million {art.setting.currency}"
    if key == "pct":
        return str(ri(6, 45))
    if key == "k":
        return str(ri(2, 9))
    if key == "k0":
        return str(ri(8, 40))
    if key == "year":
        return str(ri(1978, 2022))
    if key == "pop":
        return f"{ri(20, 400) * 1000:,}"
    if key == "month":
        return art.choice(MONTHS)
    if key == "day":
        return WEEKDAYS[(art.pub_wd - ri(1, 6)) % 7]
    if key == "next_day":
        return WEEKDAYS[(art.pub_wd + ri(1, 6)) % 7]
    raise KeyError(key)


@dataclass(frozen=True)
class Cast:
    """The speakers of one article; ``speakers`` are those of the statements, in role order."""

    minister: Speaker
    union_leader: Speaker
    speakers: tuple
    ministry: Speaker


def cast_speakers(world: World, art: Article) -> Cast:
    """The :class:`Cast` of ``art``, each speaker with a leaning so that tones differ."""
    rng, rand, choice, s = art.rng, art.rand, art.choice, art.setting
    mood = rand()  # how well things are going for the government in this article
    portfolio = s.topic["portfolio"]
    minister = person_speaker(world, rng, (s.country, portfolio), f"{portfolio} Minister",
                              f"the {portfolio.lower()} minister", 0.55 + 0.45 * mood)
    union_leader = person_speaker(
        world, rng, (s.country, s.orgs[0]), None,
        choice(["the head of ", "general secretary of ", "chair of ", "a spokesperson for "]) + s.orgs[0],
        0.6 * mood)
    org_name = s.orgs[1] if len(s.orgs) > 1 else s.orgs[0]
    speakers = [minister, union_leader, Speaker(org_name, org_name, "it", "its", "org", rand())]
    speakers.append(third_speaker(world, art, mood))
    if rand() < 0.45:
        speakers.append(Speaker(choice([s.neighbour, f"the {s.ndemonym} government",
                                        f"the {s.ndemonym} delegation"]),
                                s.ncapital, "it", "its", "country", rand()))
    if rand() < 0.6:
        female = rand() < 0.5
        first, last = choice(FIRST_F if female else FIRST_M), choice(SURNAMES)
        speakers.append(Speaker(f"{first} {last}, {art.fill(choice(MINOR_DESC))},", last,
                                "she" if female else "he", "her" if female else "his",
                                "minor", rand()))
    ministry_sp = Speaker(f"the {art.ministry}", "the ministry", "it", "its", "org", 0.8)
    return Cast(minister, union_leader, tuple(speakers), ministry_sp)


def third_speaker(world: World, art: Article, mood: float) -> Speaker:
    """The prime minister, the opposition leader or the mayor of the article's city."""
    rng, rand, s = art.rng, art.rand, art.setting
    extra = rand()
    if extra < 0.35:
        return person_speaker(world, rng, (s.country, "pm"), "Prime Minister",
                              "the prime minister", 0.5 + 0.5 * mood)
    if extra < 0.6:
        return person_speaker(world, rng, (s.country, "opposition"), "Opposition leader",
                              "the leader of the opposition", 0.25 * mood)
    return person_speaker(world, rng, (s.city, "mayor"), f"Mayor of {s.city}",
                          f"the mayor of {s.city}", rand())


# ---- the article ---------------------------------------------------------------------------

def spot(art: Article) -> int:
    """A place for an inserted paragraph that does not split a pronoun chain."""
    body = art.body
    n = len(body)
    for _ in range(SPOT_TRIES):
        j = art.ri(1, n + 1)
        if j == n or not body[j].startswith((art.oq,) + CHAINED):
            return j
    return n


def background(art: Article, k: int) -> str:
    """``k`` background sentences (fewer when the pool runs out) as one paragraph."""
    k = min(len(art.bg_pool), k)
    return art.q(" ".join(art.fill(art.bg_pool.pop()) for _ in range(k)))


def write_headline(art: Article, cast: Cast) -> str:
    """The headline: a speaker "says" something, or a plain news headline."""
    lead_sp = art.choice(cast.speakers[:2])
    if art.rand() < 0.45:
        headline = f"{lead_sp.short} says {art.fill(art.choice(HEADLINES_SAYS))}"
    else:
        headline = art.fill(art.choice(HEADLINES_OTHER))
    return cap(art.q(headline))


def write_lead(art: Article, cast: Cast) -> str:
    """The lead paragraph: what happened on which day, and why it matters."""
    s = art.setting
    project, group, city = s.project, s.group, s.city
    lead_day = WEEKDAYS[(art.pub_wd - art.ri(0, 4)) % 7]
    form = art.ri(0, 4)
    if form == 0:
        lead = (f"{cap(subject(art, cast.minister))} on {lead_day} defended {project} against growing "
                f"criticism from {group} in {city}.")
    elif form == 1:
        lead = (f"The row over {project} deepened on {lead_day}, as {group} in {city} stepped up "
                f"their campaign against the {s.plan}.")
    elif form == 2:
        lead = (f"{cap(project)} took a step forward on {lead_day} after weeks of uncertainty, "
                f"but {group} in {city} remain deeply divided.")
    else:
        lead = f"{cap(subject(art, cast.union_leader))} on {lead_day} called on the government to rethink {project}."
    return lead + " " + art.fill(art.choice(LEAD2))


def write_statements(art: Article, cast: Cast) -> int:
    """The statements of the body interleaved with background; returns the number of statements."""
    rand, speakers = art.rand, cast.speakers
    target_statements = art.ri(10, 14)
    order = [speakers[i % len(speakers)] for i in range(target_statements)]
    rest = order[1:]
    art.rng.shuffle(rest)
    order = order[:1] + rest
    n_st = 0
    art.bg_pool = art.setting.topic["bg"] + art.rng.sample(GENERIC_BG, 30)
    art.rng.shuffle(art.bg_pool)
    i, prev = 0, None
    while n_st < target_statements:
        sp = order[i % len(order)]
        if sp is prev and rand() < 0.5:
            sp = art.choice(speakers)
        para, k = statement(art, sp)
        if "\n" not in para and art.bg_pool and rand() < 0.4:  # statement, then some context
            para += " " + background(art, 1)
        art.body.append(art.q(para))
        n_st, prev, i = n_st + k, sp, i + 1
        if rand() < 0.3 and art.bg_pool:
            art.body.append(background(art, art.ri(1, 3)))
            art.last_speaker = None
    art.last_speaker = None
    return n_st


def add_ministry_statement(art: Article, cast: Cast) -> int:
    """Sometimes a written statement of the ministry; returns the number of statements added."""
    if art.rand() >= 0.3:
        return 0
    c = clause(art, cast.ministry, art.choice((CLAUSES_POS, CLAUSES_NEU)), initial=True)[0]
    art.body.insert(spot(art), art.q(f"{cap(c)}, the ministry said in a statement."))
    return 1


def pad_body(art: Article, cast: Cast, lead: str) -> int:
    """Background, then more statements, until the article is long enough; returns statements added."""
    n_st = 0
    target_words = art.ri(660, 780)
    words = len(lead.split()) + sum(len(p.split()) for p in art.body)
    while words < target_words and art.bg_pool:
        para = background(art, art.ri(2, 4))
        art.body.insert(spot(art), para)
        words += len(para.split())
    while words < target_words - 60:
        para, k = statement(art, art.choice(cast.speakers))
        art.last_speaker = None
        art.body.insert(spot(art), art.q(para))
        words += len(para.split())
        n_st += k
    return n_st


def finish_body(art: Article) -> None:
    """A closing sentence, and sometimes a boilerplate line inside the body."""
    art.body.append(art.q(art.fill(art.choice(CLOSINGS))))
    if art.rand() < 0.5:
        art.body.insert(spot(art), art.choice(BOILERPLATE))


def render(art: Article, headline: str, lead: str, index: int) -> tuple[str, str]:
    """``(filename, text)`` of the finished article: front matter, headline, lead and body."""
    s = art.setting
    published = s.published
    slug = "-".join(headline.lower().replace(art.apos, "").replace(":", "").split()[:6])
    url = (f"https://example.org/{s.source.lower().replace(' ', '-')}/"
           f"{published:%Y/%m/%d}/{slug}-{index}")
    text = (f"---\ntitle: {headline}\npublished: {published.isoformat()}\nsource: {s.source}\n"
            f"url: {url}\n---\n{headline}\n{art.q(lead)}\n" + "\n".join(art.body) + "\n")
    return f"{published.isoformat()}_{index:06d}.txt", text


def make_article(world: World, rng: random.Random, index: int) -> tuple[str, str, int]:
    """Return ``(filename, text, n_statements)`` for one generated article.

    The steps run in a fixed order and each draws from ``rng`` in a fixed order, so the output
    depends only on the seed.
    """
    art = Article(rng, draw_setting(rng))
    cast = cast_speakers(world, art)
    headline = write_headline(art, cast)
    lead = write_lead(art, cast)
    n_st = write_statements(art, cast)
    n_st += add_ministry_statement(art, cast)
    n_st += pad_body(art, cast, lead)
    finish_body(art)
    name, text = render(art, headline, lead, index)
    return name, text, n_st


def main(argv=None):
    """Parse arguments and write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, metavar="N", help="number of articles to write")
    parser.add_argument("out", type=Path, metavar="OUT", help="output folder (created if missing)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be >= 0")
    t0 = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    world = World(random.Random(args.seed + 1))
    seen = set()
    total_words = total_statements = written = 0
    while written < args.n:
        name, text, n_st = make_article(world, rng, written)
        body = text.split("\n---\n", 1)[1]
        digest = hashlib.sha1(body.encode("utf-8")).digest()
        if digest in seen:          # practically never; keeps every article body distinct
            continue
        seen.add(digest)
        (args.out / name).write_text(text, encoding="utf-8")
        total_words += len(body.split())
        total_statements += n_st
        written += 1
    k = max(written, 1)
    print(f"wrote {written} articles to {args.out}: mean {total_words / k:.0f} words, "
          f"~{total_statements / k:.1f} statements, {time.perf_counter() - t0:.1f}s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
