"""The gate on trafilatura's fallback comparison (pipeline.text.fallback): when it runs, that
it stays inside extract_page, and that the embedded sample's articles come out unchanged."""

from __future__ import annotations

import threading

import pytest
import trafilatura
import trafilatura.core
from lxml import etree

from configs import CONFIG_DIR
from connectors.charset import decode_html
from pipeline.text import fallback as extract_fallback
from pipeline.text.extract import extract_page
from pipeline.text.fallback import gated_comparison, needs_comparison

SAMPLE_PAGES = sorted((CONFIG_DIR / "sample").rglob("*.html"))
LONG = "A sentence of the article that goes on for a while, as articles do. " * 6


def _body(xml: str):
    return etree.fromstring(f"<body>{xml}</body>")


def test_the_gate_is_in_place_for_the_installed_trafilatura():
    assert extract_fallback.installed()
    assert getattr(trafilatura.core.compare_extraction, "akhbar_gate", False)


@pytest.mark.parametrize(("xml", "expected"), [
    (f"<p>{LONG}</p><p>{LONG}</p>", False),  # long, paragraphs, clean: comparison skipped
    ("<p>short text</p>", True),  # under trafilatura's minimum: justext examines it
    (f"<head>{LONG}</head><list><item>{LONG}</item></list>", True),  # no paragraph text
    (f"<p>{LONG}</p><table><row><cell>{LONG}</cell></row></table><table/>", True),  # tables
    (f"<p>{LONG}</p><aside>{LONG}</aside>", True),  # unclean element left in the result
    (f"<p>{LONG}</p><figure>caption</figure>", True),
])
def test_needs_comparison_follows_trafilaturas_triggers(xml, expected):
    body = _body(xml)
    text = " ".join(body.itertext()).strip()
    assert needs_comparison(body, text, 250) is expected


def _article_html() -> str:
    paragraphs = "".join(f"<p>{LONG} Paragraph {i}.</p>" for i in range(8))
    return (f"<html><head><title>t</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Headline</h1>{paragraphs}</article><footer>Contact</footer>"
            f"</body></html>")


def test_gate_acts_only_inside_its_block():
    html = _article_html()
    extract_fallback.counts.clear()
    trafilatura.extract(html)  # outside: trafilatura as it is
    assert sum(extract_fallback.counts.values()) == 0
    with gated_comparison():
        trafilatura.extract(html)
    assert extract_fallback.counts["skipped"] == 1
    with gated_comparison(False):
        trafilatura.extract(html)
    assert extract_fallback.counts == {"skipped": 1}


def test_gate_is_not_seen_by_other_threads():
    html, seen = _article_html(), []
    extract_fallback.counts.clear()
    with gated_comparison():
        worker = threading.Thread(target=lambda: seen.append(trafilatura.extract(html)))
        worker.start()
        worker.join()
    assert seen and sum(extract_fallback.counts.values()) == 0


def test_extract_page_gates_and_keeps_the_text():
    html = _article_html()
    extract_fallback.counts.clear()
    gated = extract_page(html, "http://127.0.0.1/a")
    assert extract_fallback.counts == {"skipped": 1}
    assert gated == extract_page(html, "http://127.0.0.1/a", full_comparison=True)
    assert "Paragraph 7." in gated["body"]


@pytest.mark.parametrize("path", SAMPLE_PAGES, ids=lambda p: str(p.relative_to(CONFIG_DIR)))
def test_sample_articles_are_the_same_with_the_gate(path):
    html = decode_html(path.read_bytes(), None)[0]
    url = "http://127.0.0.1:18461/" + str(path.relative_to(CONFIG_DIR / "sample"))

    def fields(full: bool):
        try:
            return extract_page(html, url, full_comparison=full)
        except Exception as exc:  # the same error either way is the same outcome
            return repr(exc)

    assert fields(False) == fields(True)
