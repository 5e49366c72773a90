"""The rules that tell a web page's furniture from its article, one by one."""
import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.io.html import read_html
from analysis.io.page_lines import clean_lines, line_kind
from analysis.io.page_meta import clean_title, host_name, local_day, site_in_title
from analysis.io.page_structure import article_holder, class_words, prune_page
from analysis.lexicon import load_page_words

WORDS = load_page_words()
STORY = ("<p>The island council of Skerrow voted on Monday to keep the ferry running through the winter, "
         "after a long debate about the cost of fuel and the state of the pier.</p>"
         "<p>“We cannot leave the island cut off for four months,” councillor Lena Marsk said before the vote, "
         "which passed by seven votes to two.</p>")


@pytest.mark.parametrize("line, kind", [
    ("Subscribe to the Courier for unlimited access.", "call"),
    ("Follow us on the island board for live updates", "call"),
    ("Submit your letter to the editor through this form.", "call"),
    ("Sign up for our morning newsletter", "call"),
    ("Get the week's harbour news in your inbox. Sign up", "call"),
    ("Write to news@skerrow-weekly.example with your story.", "contact"),
    ("Newsroom: 0123 456 789", "contact"),
    ("Posted in: Harbour, Ferries", "labels"),
    ("Category : Harbour", "labels"),
    ("Posted on", "labels"),
    ("*Fares are the ferry company's own estimate and may change.", "note"),
    ("* Fares rose by a tenth in March.", None),  # a list item, not a footnote
    ("Video: Skerrow ferry rides out the storm", "labels"),
    ("MORE: Lunmoor market moves indoors", "labels"),
    ("Video: “We will not sail,” says captain Ivo Renn", None),  # someone's words
    ("Advertisement", "listed"),  # a line in data/boilerplate.txt
    ("Share prices on the island exchange fell for a third day as fishing firms warned of a poor season.", None),
    ("“Subscribe to nothing,” the poet Ivo Renn told the festival crowd.", None),  # someone's words
    ("Follow the coast road for ten miles and the harbour opens up below you, said guide Tove Arn.", None),
    ("Anyone who saw the crash on the coast road on Friday night is asked to call the Lunmoor police "
     "on 0123 456 789.", None),
])
def test_line_kind(line, kind):
    assert line_kind(line, WORDS) == kind


def test_clean_lines_drops_the_headline_printed_again():
    body = "Ferry saved\nThe council voted to keep the ferry.\nSubscribe to the Weekly for a year"
    assert clean_lines(body, WORDS, headline="Ferry saved") == (
        "The council voted to keep the ferry.", {"headline": 1, "call": 1})


def test_class_words_split_at_dashes_underscores_and_camel_case():
    el = lxml.html.fragment_fromstring('<div class="c-letters-cta__text newsletterForm" id="side_promo"></div>')
    assert class_words(el) == {"c", "letters", "cta", "text", "newsletter", "form", "side", "promo"}


def test_a_box_holding_more_text_than_the_story_does_not_become_the_article():
    # the pop-up's 402 characters count as 201, against the story's 294
    long_popup = "<p>" + "The island museum opens its new hall of boats and nets this summer. " * 6 + "</p>"
    page = lxml.html.fromstring(
        f'<html><body class="has-sidebar"><div class="modal">{long_popup}</div>'
        f'<div class="story">{STORY}<div class="promo-box"><p>Read the Skerrow Weekly on your phone.</p></div>'
        f'</div></body></html>')
    assert article_holder(page, WORDS).get("class") == "story"
    pruned = prune_page(page, WORDS)
    assert (pruned.boxes, pruned.holder_chars) == (2, 294)
    assert "museum" not in page.text_content() and "Lena Marsk" in page.text_content()


def test_the_article_s_holder_is_kept_whatever_its_class_says():
    page = lxml.html.fromstring(f'<html><body><div class="share-wrapper">{STORY}</div>'
                                f'<div class="share"><p>Share on the island board</p></div></body></html>')
    prune_page(page, WORDS)
    assert [d.get("class") for d in page.iter("div")] == ["share-wrapper"]


def test_a_short_block_of_links_and_an_author_note_in_italics_are_dropped():
    page = lxml.html.fromstring(
        f'<html><body><div>{STORY}<p>MORE: <a href="/x">Skerrow lighthouse gets a new keeper</a></p>'
        '<p><em>Tove Arn is a reporter for the Skerrow Weekly.</em></p></div></body></html>')
    pruned = prune_page(page, WORDS)
    assert (pruned.link_blocks, pruned.notes) == (1, 1)
    assert len(page.findall(".//p")) == 2


@pytest.mark.parametrize("title, site, host, expected", [
    ("Ferry saved | The Lunmoor Courier", "The Lunmoor Courier", None, "Ferry saved"),
    ("Ferry saved - Lunmoor Courier | Coast news, weather, sport", None, "lunmoor-courier", "Ferry saved"),
    ("Lunmoor Courier: Ferry saved", None, "lunmoor-courier", "Lunmoor Courier: Ferry saved"),  # no separator
    ("Coast Daily — Ferry saved", "Coast Daily", None, "Ferry saved"),
    ("Ferry saved - but for how long?", "The Lunmoor Courier", "lunmoor-courier", "Ferry saved - but for how long?"),
    ("Ferry saved | Skerrow | Lunmoor Courier", None, "lunmoor-courier", "Ferry saved"),  # the longest part
])
def test_clean_title(title, site, host, expected):
    assert clean_title(title, site=site, host=host) == expected


def test_host_and_site_in_title():
    assert host_name("https://www.lunmoor-courier.example/2025/03/04/x") == "lunmoor-courier"
    assert host_name(None) is None
    assert site_in_title("Ferry saved | Lunmoor Courier News", "lunmoor-courier") == "Lunmoor Courier News"
    assert site_in_title("Lunmoor Courier", "lunmoor-courier") is None  # one part: the headline itself


@pytest.mark.parametrize("stamp, url, expected", [
    ("2025-03-04T23:30:00-05:00", None, "2025-03-04"),
    ("2025-03-05T04:30:00Z", "https://x.example/2025/03/04/story", "2025-03-04"),  # a UTC stamp past midnight
    ("2025-03-05T04:30:00+00:00", "https://x.example/2025/03/01/story", "2025-03-05"),  # too far: the stamp
    ("2025-03-05T04:30:00+01:00", "https://x.example/2025/03/04/story", "2025-03-05"),  # not UTC: the stamp
    ("March 5, 2025", None, "March 5, 2025"),
    (None, None, None),
])
def test_local_day(stamp, url, expected):
    assert local_day(stamp, url) == expected


def test_a_page_without_article_text_is_an_error():
    from analysis.inputs import ArticleError

    with pytest.raises(ArticleError, match="no article text"):
        read_html("empty.html", "<html><body><script>var home = 1;</script></body></html>")


@given(st.lists(st.sampled_from([
    "Subscribe to the Weekly", "Ada Quill said the pier was safe.", "Category : Harbour", "",
    "“Follow us,” the guide Tove Arn said.", "Write to news@skerrow-weekly.example", "The ferry sails at noon.",
    "Advertisement", "Ferry saved"]) | st.text(alphabet="abc :@.“”\n", max_size=30), max_size=12))
def test_cleaning_keeps_whole_lines_in_their_order(lines):
    body = "\n".join(lines)
    text, dropped = clean_lines(body, WORDS, headline="Ferry saved")
    kept = iter(body.split("\n"))
    assert all(any(k == b for b in kept) for k in text.split("\n") if text)  # a subsequence of the lines
    assert sum(dropped.values()) <= len(body.split("\n"))


def test_a_page_of_only_the_site_s_own_lines_is_an_error():
    from analysis.inputs import ArticleError

    with pytest.raises(ArticleError, match="only the site's own lines"):
        read_html("signup.html", "<html><body><div><p>Subscribe to the Skerrow Weekly</p>"
                                 "<p>Sign up for our morning letter</p></div></body></html>")


@pytest.mark.parametrize("name, line", [("page_blocks.txt", "masthead"), ("cues.csv", "zorble,zorbles,speech,no,clause")])
def test_editing_a_page_word_list_changes_the_rules_version(tmp_path, name, line):
    import shutil

    from analysis.io.html import RULE_FILES, rules_version
    from analysis.lexicon import DATA_DIR

    for f in RULE_FILES:
        shutil.copy(DATA_DIR / f, tmp_path / f)
    before = rules_version(str(tmp_path))
    assert before == rules_version(str(DATA_DIR))
    with open(tmp_path / name, "a", encoding="utf-8") as f:
        f.write(line + "\n")
    assert rules_version(str(tmp_path)) != before


def test_a_saying_verb_added_in_the_folder_keeps_a_call_line_that_reports_someone(tmp_path):
    import shutil

    from analysis.lexicon import DATA_DIR, FILES, PAGE_FILES, load_lexicon

    for f in set(FILES + PAGE_FILES):
        shutil.copy(DATA_DIR / f, tmp_path / f)
    with open(tmp_path / "cues.csv", "a", encoding="utf-8") as f:
        f.write("zorble,zorble zorbles zorbled,speech,no,clause\n")
    lex = load_lexicon(str(tmp_path))
    assert "zorbles" in lex.saying_forms and "zorble" not in lex.saying_forms
    line = "Sign up for the ferry list before Friday, zorbles harbour pilot Tove Arn."
    assert line_kind(line, WORDS) == "call"
    assert line_kind(line, WORDS, lexicon=lex) is None
    body = "Ferry list opens\n" + line
    assert clean_lines(body, WORDS) == ("Ferry list opens", {"call": 1})
    assert clean_lines(body, WORDS, lexicon=lex) == (body, {})
    page = f"<html><body><article><p>{line}</p>{STORY}</article></body></html>"
    assert line not in read_html("a.html", page).text
    assert line in read_html("a.html", page, data_dir=str(tmp_path)).text


def test_a_teaser_s_date_marked_up_as_its_own_item_is_not_the_article_s():
    from analysis.io.page_meta import page_meta

    page = lxml.html.fromstring(
        '<html><head><title>Pier opens</title></head><body>'
        '<div itemscope itemtype="https://schema.org/ListItem"><meta itemprop="datePublished" content="2025-02-27">'
        '<a href="/x">Choir prize</a></div>'
        '<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" '
        f'content="2025-03-04">{STORY}</div></body></html>')
    assert page_meta(page).published == "2025-03-04"
