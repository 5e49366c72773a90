"""The closed word classes live in one module; open-class word lists in data/."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from analysis.lexicon import load_name_words
from analysis.nlp import words

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "analysis"
#: A lower-case English word as the word sets write it ("he", "n't", "i’m").
WORD_RE = re.compile(r"^[a-z]+(?:['’][a-z]+)?$|^['’][a-z]+$")
#: Sets of lower-case names that are no English words but the vocabulary of a file format:
#: HTML elements, schema.org types, the parts of a host name. (module, constant) -> why.
FORMAT_NAMES = {
    ("io/page_structure.py", "FURNITURE_TAGS"): "HTML elements",
    ("io/page_structure.py", "NEVER_DROPPED"): "HTML elements",
    ("io/page_meta.py", "ARTICLE_TYPES"): "schema.org types",
    ("io/page_meta.py", "HOST_NOISE"): "parts of a host name",
}


def _literal_items(node: ast.AST) -> list[str] | None:
    """The strings of a set built from literals: ``{"a", …}``, ``frozenset(("a", …))``,
    ``frozenset("a b".split())``; None for anything else."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("set", "frozenset"):
        if len(node.args) != 1:
            return None
        node = node.args[0]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
            return node.func.value.value.split()
        if not isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return None
    elif not isinstance(node, ast.Set):
        return None
    if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return [e.value for e in node.elts]
    return None


def _word_sets(path: Path) -> list[tuple[str, int, list[str]]]:
    """(the name it is bound to or "", line, words) of every set of three or more lower-case
    words built from literals in ``path``."""
    nodes = list(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))  # walked once, read three times
    names = {id(n.value): n.targets[0].id for n in nodes
             if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)}
    # the literal inside frozenset({...}) is part of the call, not a set of its own
    inner = {id(n.args[0]) for n in nodes if isinstance(n, ast.Call) and n.args}
    found = []
    for node in nodes:
        items = None if id(node) in inner else _literal_items(node)
        if items and sum(bool(WORD_RE.match(w)) for w in items) >= 3:
            found.append((names.get(id(node), ""), node.lineno, items))
    return found


def test_word_sets_are_found_in_every_form(tmp_path):
    path = tmp_path / "probe.py"
    path.write_text('A = frozenset("he she it".split())\nB = {"of", "and", "the"}\nC = frozenset(("we", "us", "our"))\n'
                    'D = frozenset("NN NNS NNP".split())\nE = {"a", "b"}\nF = frozenset({"n\'t", "no", "nor"})\n'
                    'def f(w):\n    return w in {"x", "yy", "zz"}\n', encoding="utf-8")
    assert [(n, line) for n, line, _ in _word_sets(path)] == [("A", 1), ("B", 2), ("C", 3), ("F", 6), ("", 8)]


def test_only_the_closed_class_module_defines_word_sets():
    """Closed grammatical classes are defined once, in analysis/nlp/words.py; open-class lists
    live in data/ and load through analysis.lexicon. No other module spells out a set of words."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel == "nlp/words.py":
            continue
        offenders += [f"{rel}:{line} {name or '<inline>'} {' '.join(items[:6])}"
                      for name, line, items in _word_sets(path) if (rel, name) not in FORMAT_NAMES]
    assert offenders == []


#: Modules whose rules test words against named classes only, never an inline tuple: the
#: extraction passes, the speaker phrases, the enrichment (identity, entities, groups, target
#: sentiment) and date phrases (issue 16).
MEMBERSHIP_CHECKED = sorted([*(p.relative_to(PACKAGE).as_posix() for folder in ("extract", "enrich")
                               for p in (PACKAGE / folder).glob("*.py")), "dates.py", "speakers.py"])


def _inline_memberships(path: Path) -> list[tuple[int, list[str]]]:
    """(line, words) of every ``x in (…)`` / ``x not in (…)`` whose tuple, list or set literal
    holds two or more lower-case words (:data:`WORD_RE`: "and", "n't"), whatever else it holds
    (``(",", "and", "but")``); punctuation, tags ("NN") and phrases ("last night") are no words."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
                alpha = [e.value for e in right.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                         and WORD_RE.match(e.value)]
                if len(alpha) >= 2:
                    found.append((node.lineno, alpha))
    return sorted(found)


def test_inline_memberships_are_found(tmp_path):
    path = tmp_path / "probe.py"
    path.write_text('def f(w, t, c):\n'
                    '    a = w in ("but", "and")\n'
                    '    b = w not in {"it", "this", "that"}\n'
                    '    c2 = w in ["of", ",", "for"]\n'
                    '    d = t in ("NN", "NNS") or w in ("it",) or w in (",", "and") or w in ("last night", "today")\n'
                    '    e = c in ("rank", "count") if w == "x" else w in WORDS\n'
                    '    g = ("a", "an") == w or "an" in ("a", "an")\n'
                    "    h = w not in ('not', \"n't\") and w not in ('.', '’s')\n"
                    '    return a, b, c2, d, e, g, h\n', encoding="utf-8")
    assert _inline_memberships(path) == [(2, ["but", "and"]), (3, ["it", "this", "that"]), (4, ["of", "for"]),
                                         (6, ["rank", "count"]), (7, ["a", "an"]), (8, ["not", "n't"])]


def test_rules_read_named_classes_not_inline_tuples():
    """A rule in these modules tests a word against a named class of analysis/nlp/words.py (or a
    named constant of its own module), so a class is read the same way everywhere it is used."""
    assert {"extract/spans.py", "extract/reported.py", "speakers.py", "enrich/identity.py", "enrich/entities.py",
            "enrich/groups.py", "enrich/sentiment_features.py"} <= set(MEMBERSHIP_CHECKED)
    offenders = [f"{rel}:{line} {' '.join(items)}" for rel in MEMBERSHIP_CHECKED
                 for line, items in _inline_memberships(PACKAGE / rel)]
    assert offenders == []


def test_an_inline_word_tuple_added_to_a_checked_module_is_found(tmp_path):
    """The guard reads the modules as they are: a rule written with its own tuple of words in
    one of them is reported, at its line."""
    source = (PACKAGE / "speakers.py").read_text(encoding="utf-8")
    probe = tmp_path / "speakers.py"
    probe.write_text(source + '\n\ndef _probe(w):\n    return w in ("its", "their")\n', encoding="utf-8")
    assert _inline_memberships(PACKAGE / "speakers.py") == []
    assert _inline_memberships(probe) == [(source.count("\n") + 4, ["its", "their"])]


def test_closed_class_constants_are_documented():
    """Every word class is a named constant with a ``#:`` comment saying what it is for."""
    lines = (PACKAGE / "nlp" / "words.py").read_text(encoding="utf-8").splitlines()
    undocumented = [ln.split(" = ")[0] for i, ln in enumerate(lines)
                    if re.match(r"^[A-Z_]+ = ", ln) and not lines[i - 1].startswith("#:")]
    assert undocumented == []
    assert set(words.__all__) == {n for n in dir(words) if n.isupper()}


def test_derived_classes():
    assert words.OPENING_SUBORDINATORS == frozenset(
        "after before since because although though while when whenever if unless until till once whereas".split())
    assert words.NAMELESS_CAPITALS - words.CALENDAR_NAMES == {"i"}
    assert words.CALENDAR_NAMES & words.MONTHS_ALSO_GIVEN_NAMES == {"may", "june", "april", "august"}
    assert words.MONTHS - frozenset(words.MONTH_NAMES) == words.MONTH_ABBREVIATIONS
    assert words.WEEKDAY_NAMES.index("wednesday") == 2
    assert words.SPEAKER_PHRASE_PREPOSITIONS == {"of", "for", "at"}
    assert words.PHRASE_LINK_WORDS == {"of", "for", "at", "and"}
    assert set(words.HONORIFIC_SEXES) <= words.HONORIFICS
    assert {w for w, sex in words.HONORIFIC_SEXES.items() if sex == "f"} == {"mrs", "mrs.", "ms", "ms.", "miss"}
    assert set(words.PERSON_POSSESSIVES) <= words.PERSONAL_PRONOUNS and words.PERSON_POSSESSIVES["her"] == "f"
    assert {w for w, (kind, _) in words.PRONOUNS.items() if kind == "group"} == {"they", "we"}
    assert [words.NUMBER_VALUES[w] for w in ("two", "four", "ten")] == [2, 4, 10]
    assert set(words.NUMBER_VALUES) <= words.QUANTITY_WORDS


def test_name_words_load_by_section(tmp_path):
    (tmp_path / "name_words.txt").write_text(
        "# a comment\n[female]\nDame Madam\n[male]\nsir\n[organisation]\nboard ministry\n[thing]\nbill\n",
        encoding="utf-8")
    got = load_name_words(str(tmp_path))
    assert got.female == {"dame", "madam"} and got.male == {"sir"}
    assert got.organisation == {"board", "ministry"} and got.not_person == {"board", "ministry", "bill"}


def test_shipped_name_words():
    got = load_name_words()
    assert {"mrs.", "chairwoman"} <= got.female and {"mr.", "chairman"} <= got.male
    assert "bill" in got.not_person and "bill" not in got.organisation
    assert got.organisation <= got.not_person and not got.female & got.male
