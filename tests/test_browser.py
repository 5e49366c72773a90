"""The rendered HTML reports in a real browser (headless Chromium), offline.

The seed corpus's reports are rendered once, then each is opened from disk: its charts are
drawn, the interactive table filters as one types, the console shows no error, and the page
asks for nothing but ``file:``, ``data:`` and its own ``blob:`` URLs (itables' embedded
DataTables bundle is imported from a Blob the page builds itself): no network request at all.

Needs Debian's ``chromium`` and ``chromium-driver`` and the ``selenium`` package; the tests are
skipped without them (``make browser`` installs the browser, CI does too), unless the environment
sets ``QUOTEBOOK_REQUIRE_BROWSER=1`` (``.ci/run`` does): then they fail.

Run as a script, the same browser takes the documentation's screenshots::

    python tests/test_browser.py screenshots reports/seeds docs/img Trump overview
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # kernels and a browser: make test runs these, make unit does not

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
REPORTS = ("01_statements", "02_timeline", "03_actor_sentiment", "04_keywords", "05_explore")
ALLOWED_SCHEMES = ("file:", "data:", "blob:null/")  # blob:null/ = made by a file:// page, in memory
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--force-device-scale-factor=1")


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    for p in (CHROMIUM, CHROMEDRIVER):
        if not p.exists():
            return f"{p} not found: apt-get install chromium chromium-driver (make browser)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed: pip install selenium"
    return None


@contextlib.contextmanager
def chromium(width: int = 1200, height: int = 900):
    """Headless Chromium with a fresh profile, logging the console and network events."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="quotebook-chromium-") as profile:
        opts = webdriver.ChromeOptions()
        opts.binary_location = str(CHROMIUM)
        for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
            opts.add_argument(flag)
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
        try:
            driver.set_page_load_timeout(60)
            yield driver
        finally:
            driver.quit()


class Page:
    """One page as loaded: the console messages and the URLs it requested."""

    def __init__(self, driver, path: Path):
        self.driver = driver
        driver.get("about:blank")
        driver.get_log("browser"), driver.get_log("performance")  # start from empty logs
        driver.get(path.resolve().as_uri())
        _wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")
        _wait(driver, lambda d: d.execute_script(
            "return [...document.images].every(i => i.complete)"
            " && document.querySelectorAll('table[id^=itables_]')"
            ".length === document.querySelectorAll('table[id^=itables_].dataTable').length"))
        time.sleep(0.3)  # let late scripts report their errors
        self.console = driver.get_log("browser")
        self.requests = []
        for entry in driver.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg["method"] == "Network.requestWillBeSent":
                self.requests.append(msg["params"]["request"]["url"])
            elif msg["method"] in ("Network.webSocketCreated", "Network.eventSourceMessageReceived"):
                self.requests.append(msg["params"].get("url", msg["method"]))

    @property
    def errors(self) -> list[str]:
        return [f"{e['level']}: {e['message']}" for e in self.console if e["level"] in ("SEVERE", "WARNING")]

    @property
    def network(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(ALLOWED_SCHEMES)]


def _wait(driver, condition, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


# --- fixtures -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def driver():
    why = _missing()
    if why and os.environ.get("QUOTEBOOK_REQUIRE_BROWSER"):
        pytest.fail(f"QUOTEBOOK_REQUIRE_BROWSER is set, but {why}")
    if why:
        pytest.skip(why)
    with chromium() as d:
        yield d


@pytest.fixture(scope="module")
def reports(driver, tmp_path_factory):
    """The seed corpus's four reports, rendered as ``make report`` renders them."""
    from analysis.report import render_reports

    out = tmp_path_factory.mktemp("reports")
    failed = render_reports(ROOT / "seeds", out_root=out)
    assert failed == []
    return out / "seeds"


@pytest.fixture(scope="module")
def seed_table():
    import analysis
    from analysis import display

    st = analysis.statements(analysis.load_articles(ROOT / "seeds"))
    return st, display.statement_table(st)  # the table as shown: render.tables.readable changes no word


# --- the checks ---------------------------------------------------------------------------------

def test_the_checks_catch_network_requests_and_console_errors(driver, tmp_path):
    """The checks below are not vacuous: a page that fetches from the web and logs an error fails them."""
    page = tmp_path / "bad.html"
    page.write_text('<html><body><img src="http://198.51.100.7/chart.png">'
                    '<script src="https://cdn.example.invalid/lib.js"></script>'
                    '<script>console.error("boom")</script></body></html>')
    p = Page(driver, page)
    assert "http://198.51.100.7/chart.png" in p.network
    assert "https://cdn.example.invalid/lib.js" in p.network
    assert any("boom" in e for e in p.errors)


@pytest.mark.parametrize("name", REPORTS)
def test_report_opens_offline_without_console_errors(driver, reports, name):
    p = Page(driver, reports / f"{name}.html")
    assert p.network == [], f"{name}.html asked the network for {p.network}"
    assert p.errors == [], f"{name}.html logged {p.errors}"
    assert any(u.startswith("file:") for u in p.requests)  # the log did record this page


@pytest.mark.parametrize("name", REPORTS)
def test_report_charts_are_embedded_and_displayed(driver, reports, name):
    Page(driver, reports / f"{name}.html")
    images = driver.execute_script("""
        return [...document.images].map(i => {
            const r = i.getBoundingClientRect();
            return {src: i.src.slice(0, 22), natural: [i.naturalWidth, i.naturalHeight], shown: [r.width, r.height],
                    visible: getComputedStyle(i).display !== 'none' && getComputedStyle(i).visibility !== 'hidden'};
        });""")
    assert images or name == "05_explore", f"{name}.html has no chart"  # 05: statements in context, no chart
    for img in images:
        assert img["src"].startswith("data:image/"), img
        assert min(img["natural"]) > 0 and min(img["shown"]) > 0 and img["visible"], img


#: The statement table of 01_statements (``qd.show(..., table_id="statements")``).
STATEMENTS = "itables_statements"
SEARCH_BOX = f"#{STATEMENTS}_wrapper .dt-search input, #{STATEMENTS}_wrapper .dataTables_filter input"


def _info(driver) -> str:
    return driver.execute_script(f"const e = document.querySelector('#{STATEMENTS}_info');"
                                 "return e ? e.textContent : ''")


def _visible_rows(driver) -> list[str]:
    return driver.execute_script(f"return [...document.querySelectorAll('#{STATEMENTS} tbody tr')]"
                                 ".map(r => r.textContent)")


def test_statement_table_search_filters_the_rows(driver, reports, seed_table):
    from selenium.webdriver.common.by import By

    _, table = seed_table
    total = len(table)
    cells = table.astype(str)

    def rows_with(w):
        return int(cells.apply(lambda col: col.str.contains(w, case=False, regex=False)).any(axis=1).sum())

    # a speaker's surname that some rows have and others not
    word = next(w for w in (str(s).split()[-1] for s in table["speaker"].unique()) if 0 < rows_with(w) < total)
    expected = rows_with(word)

    Page(driver, reports / "01_statements.html")
    assert len(driver.find_elements(By.CSS_SELECTOR, f"table#{STATEMENTS}.dataTable")) == 1
    assert re.search(rf"\bof {total} entries", _info(driver)), _info(driver)
    box = driver.find_element(By.CSS_SELECTOR, SEARCH_BOX)
    box.send_keys(word)
    _wait(driver, lambda d: "filtered" in _info(d))
    assert re.search(rf"\bof {expected} entries \(filtered from {total} total entries\)", _info(driver)), _info(driver)
    rows = _visible_rows(driver)
    assert 0 < len(rows) <= expected and all(word.lower() in r.lower() for r in rows)

    box.clear()
    box.send_keys("zzqx-nobody-said-this")
    _wait(driver, lambda d: "No matching records" in " ".join(_visible_rows(d)))
    box.clear()
    box.send_keys(" ")  # clear() fires no input event: a blank search shows every row again
    _wait(driver, lambda d: "filtered" not in _info(d))
    assert re.search(rf"\bof {total} entries", _info(driver))


def test_highlighted_article_marks_every_statement(driver, reports, seed_table):
    st, _ = seed_table
    Page(driver, reports / "01_statements.html")
    marks = driver.execute_script("return [...document.querySelectorAll('mark[title]')]"
                                  ".map(m => [m.title, m.getBoundingClientRect().width])")
    n = int(st["article_id"].value_counts().max())
    assert len(marks) >= n  # a statement cut by a speaker or cue mark is drawn in several pieces
    assert all(w > 0 for _, w in marks)
    assert {t.split(" · ")[0] for t, _ in marks} == set(st["speaker"].fillna("(unnamed source)"))


# --- screenshots for the documentation ------------------------------------------------------------

SHOTS = (  # (name, report, heading id of the section to frame, or None for the top of the page)
    ("overview", "01_statements", None),
    ("table_search", "01_statements", "Every-statement"),
    ("highlight", "01_statements", "One-article,-statements-in-context"),
    ("timeline", "02_timeline", "Statements-over-time,-per-speaker"),
    ("sentiment", "03_actor_sentiment", None),
    ("heatmap", "03_actor_sentiment", "Who-talks-how-about-whom"),
    ("keywords", "04_keywords", None),
    ("explore", "05_explore", "Pick-and-read"),
)


def take_screenshots(report_dir: Path, out_dir: Path, search: str, names: list[str] | None = None, *,
                     width: int = 1200, max_height: int = 900, max_bytes: int = 300_000) -> list[Path]:
    """PNG screenshots of one corpus's reports, ``<corpus>_<name>.png``, each at most ``max_bytes``.

    ``search`` is typed into the statement table's search box for the ``table_search`` shot;
    ``names`` picks some of :data:`SHOTS` (default: all).
    """
    import base64
    import io

    from PIL import Image
    from selenium.webdriver.common.by import By

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with chromium(width, max_height) as d:
        for name, report, anchor in SHOTS:
            if names and name not in names:
                continue
            p = Page(d, report_dir / f"{report}.html")
            assert not p.network and not p.errors, (report, p.network, p.errors)
            if name == "table_search":
                d.find_element(By.CSS_SELECTOR, SEARCH_BOX).send_keys(search)
                _wait(d, lambda dr: "filtered" in _info(dr))
            top = 0 if anchor is None else d.execute_script(
                "const h = document.getElementById(arguments[0]); return h.getBoundingClientRect().top + scrollY - 8",
                anchor)
            page_h = d.execute_script("return document.documentElement.scrollHeight")
            clip = {"x": 0, "y": top, "width": width, "height": min(max_height, page_h - top), "scale": 1}
            shot = d.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "clip": clip,
                                                                 "captureBeyondViewport": True})
            img = Image.open(io.BytesIO(base64.b64decode(shot["data"]))).convert("RGB")
            for colors in (256, 128, 64, 32):  # a palette PNG: sharp text, a fraction of the size
                buf = io.BytesIO()
                img.quantize(colors=colors, method=Image.Quantize.MEDIANCUT).save(buf, "PNG", optimize=True)
                if buf.tell() <= max_bytes:
                    break
            path = out_dir / f"{report_dir.name}_{name}.png"
            path.write_bytes(buf.getvalue())
            written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) < 5 or sys.argv[1] != "screenshots" or not set(sys.argv[5:]) <= {s[0] for s in SHOTS}:
        sys.exit("usage: python tests/test_browser.py screenshots REPORT_DIR OUT_DIR SEARCH_WORD "
                 f"[{'|'.join(s[0] for s in SHOTS)} ...]")
    if _missing():
        sys.exit(_missing())
    for f in take_screenshots(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], sys.argv[5:]):
        print(f"{f} ({f.stat().st_size // 1000} KB)")
