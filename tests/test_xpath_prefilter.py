"""trafilatura's regular-expression XPaths behind a literal prefilter
(pipeline.text.xpath_prefilter): the literals every match needs, the case folding against all of
Unicode, and the same elements and the same articles as trafilatura's own XPaths on real pages
written by others."""

from __future__ import annotations

import re
import sys
import tarfile
import threading
from pathlib import Path

import pytest
import trafilatura.settings
import trafilatura.xpaths
from lxml import etree, html

import pipeline.text.extract as extract_module
from connectors.charset import decode_html
from pipeline.text import xpath_prefilter as xp
from pipeline.text.extract import ExtractError, extract_page

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
NS = {"re": xp.REGEXP_NS}


def _needed(pattern: str, flags: int = 0):
    return xp.needed_literals(xp._sre_parse.parse(pattern, flags))


@pytest.mark.parametrize(("pattern", "expected"), [
    ("headline", {"headline"}),
    ("(?:post-|entry-|article-|post__)title|headline", {"title", "headline"}),
    ("[Aa]uthor|writer", {"uthor", "writer"}),
    ("^[Cc]omment(?!ary)|(?:article|post)-comments", {"omment", "-comments"}),
    ("(^|\\s)bottom|bottom(\\s|$)", {"bottom"}),
    ("bread-?crumb", {"bread"}),
    ("(?:ab)+cd", {"ab"}),  # both are needed; of two as long, the first
    ("x(?:abc)+", {"abc"}),
    ("a|[bc]", None),  # a branch with no literal: nothing is needed
    ("(?:foo)?bar", {"bar"}),
    ("(?:foo)?", None),
    ("^", None),
])
def test_needed_literals(pattern, expected):
    got = _needed(pattern)
    assert (set(got) if got is not None else None) == expected
    if expected:  # and every match does contain one of them
        for probe in ("xx headline", "post-title", "Author", "comment-1", "a bottom", "breadcrumb",
                      "ababcd", "xabc", "foobar", "bar"):
            m = re.search(pattern, probe)
            if m:
                assert any(lit in m.group(0) for lit in got)


def test_prefilter_conditions():
    assert xp.prefilter("@class", "cookie|cookiebot", None) == "contains(@class, 'cookie')"
    assert xp.prefilter("@id", "x|[ab]", None) is None
    assert xp.prefilter("@id", "a'b\"c", None) is None  # no XPath literal holds both quotes
    assert xp.prefilter("@id", "don't", None) == "contains(@id, \"don't\")"
    assert xp.prefilter("@id", "cookie", "x") is None  # a flag it does not know
    folded = xp.prefilter("@id", "Cookie", "i")
    assert folded.startswith("contains(translate(@id, ") and folded.endswith("'cookie')")


def test_the_fold_table_is_pythons_case_insensitive_matching():
    """Every code point that Python's re (IGNORECASE, str) matches against an ASCII character
    folds to that character's lower case; no other code point folds to an ASCII letter."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    fold = str.maketrans(xp.FOLD_FROM, xp.FOLD_TO)
    for code in range(0x20, 0x7F):
        char = chr(code)
        matches = {m.group(0) for m in re.finditer(re.escape(char), everything, re.IGNORECASE)}
        assert {m.translate(fold) for m in matches} == {char.lower()}, char
    assert all(ord(c) > 0x7F or c.isupper() for c in xp.FOLD_FROM)


def _elements(tree, xpath):
    return [e.getroottree().getpath(e) for e in xpath(tree)]


PAGE = """<html><body>
<div class="COOKIE-Banner">banner</div><div class="coo&#x212A;ie-bar">kelvin</div>
<div id="x" class="commentlist">ids first</div><div class="commentlist" id="x">class first</div>
<div class="Commentary">not comments</div><div class="comments">comments</div>
<section class="post-title">t</section><p class="byline">b</p><p class="Byline">B</p>
<ul class="comment-list"><li>c</li></ul><aside>a</aside><div id="footer">f</div>
</body></html>"""


@pytest.mark.parametrize("path", [
    ".//*[re:test(@class, 'cookie[-_]?(?:banner|bar)', 'i')]",
    ".//*[re:test(@id|@class, 'comment-?list')]",
    ".//*[re:test(@class|@id, 'comment-?list')]",
    ".//*[re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')]",
    ".//*[re:test(@class, '[Bb]yline|(?:post-|entry-)title') or @id='footer']",
    ".//*[self::div or self::ul][re:test(@class, 'comment')][1]",
    ".//*[re:test(@class, 'nothing-here-at-all')]",
])
def test_a_rewritten_xpath_selects_the_same_elements(path):
    tree = html.fromstring(PAGE)
    original = etree.XPath(path, namespaces=NS)
    either = xp._fast(original)
    assert either is not None
    with xp.prefiltered_xpaths():
        assert _elements(tree, either) == _elements(tree, original)
        for child in tree.iter("div", "section", "p"):  # and on a subtree as context
            assert _elements(child, either) == _elements(child, original)
    assert original(tree) or "nothing" in path


def test_a_call_no_value_can_satisfy_becomes_false():
    either = xp._fast(etree.XPath(".//*[re:test(@class, 'never') or re:test(@id, 'x')]",
                                  namespaces=NS))
    tree = html.fromstring(PAGE)
    with xp.prefiltered_xpaths():
        assert len(either(tree)) == 2
    assert (False, True) in either.compiled
    assert "false()" in either.compiled[(False, True)].path


def test_trafilaturas_regex_xpaths_are_wrapped():
    assert xp.INSTALLED >= 15
    assert isinstance(trafilatura.settings.BASIC_CLEAN_XPATH, xp._Either)
    assert any(isinstance(x, xp._Either) for x in trafilatura.xpaths.BODY_XPATH)
    # the name trafilatura.baseline is its baseline() function; the module is in sys.modules
    baseline = sys.modules["trafilatura.baseline"]
    assert baseline.BASIC_CLEAN_XPATH is trafilatura.settings.BASIC_CLEAN_XPATH


def test_outside_the_block_and_in_other_threads_trafilaturas_own_run():
    either = trafilatura.settings.BASIC_CLEAN_XPATH
    calls = []

    class Spy:
        def __init__(self, inner):
            self.inner = inner

        def __call__(self, *a, **k):
            calls.append(threading.current_thread().name)
            return self.inner(*a, **k)

    tree = html.fromstring(PAGE)
    original, either.original = either.original, Spy(either.original)
    try:
        either(tree)
        with xp.prefiltered_xpaths():
            either(tree)
            worker = threading.Thread(target=either, args=(tree,), name="other")
            worker.start()
            worker.join()
            with xp.prefiltered_xpaths(False):
                either(tree)
    finally:
        either.original = original
    assert calls == ["MainThread", "other", "MainThread"]


def _corpus_sample(step: int = 25) -> list[bytes]:
    """Every `step`-th page of the shared extraction corpus (in archive order, read in one pass)
    and the Arabic pages."""
    pages, seen = [], 0
    with tarfile.open(SHARED / "web_pages.tar.gz", mode="r|gz") as tar:
        for member in tar:
            if member.isfile() and "/pages/" in member.name:
                if seen % step == 0:
                    pages.append(tar.extractfile(member).read())
                seen += 1
    pages += [p.read_bytes() for p in sorted((SHARED / "arabic_pages").glob("*.html"))]
    return pages


@pytest.fixture(scope="module")
def sample_pages():
    if not (SHARED / "web_pages.tar.gz").is_file():
        pytest.fail(f"the shared corpus is missing: {SHARED}")
    return [decode_html(raw, None)[0] for raw in _corpus_sample()]


def test_same_elements_as_trafilaturas_xpaths_on_real_pages(sample_pages):
    wrapped = [trafilatura.settings.BASIC_CLEAN_XPATH]
    for name in dir(trafilatura.xpaths):
        value = getattr(trafilatura.xpaths, name)
        if isinstance(value, list):
            wrapped += [x for x in value if isinstance(x, xp._Either)]
    assert len(wrapped) >= 15
    compared = selected = 0
    with xp.prefiltered_xpaths():
        for text in sample_pages[::2]:
            try:
                tree = html.fromstring(text)
            except (etree.ParserError, ValueError):
                continue
            for either in wrapped:
                expected = _elements(tree, either.original)
                assert _elements(tree, either) == expected, either.original.path[:80]
                compared += 1
                selected += len(expected)
    assert compared > 300 and selected > 50


def test_same_articles_with_and_without_the_prefilter(sample_pages, monkeypatch):
    def outcome(text):
        try:
            return extract_page(text, "http://127.0.0.1/p")
        except ExtractError as exc:
            return ("error", exc.args)

    with_prefilter = [outcome(t) for t in sample_pages]
    monkeypatch.setattr(extract_module, "prefiltered_xpaths",
                        lambda: xp.prefiltered_xpaths(False))
    without = [outcome(t) for t in sample_pages]
    assert with_prefilter == without
    assert sum(isinstance(o, dict) for o in with_prefilter) > 25
