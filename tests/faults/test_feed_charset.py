"""A feed's charset: a server-default Content-Type label (text/xml; charset=ISO-8859-1) does not
override the bytes and the XML declaration, and a declared single-byte Arabic label
(windows-1256, ISO-8859-6, cp720) is checked against the bytes. The links keep their Arabic
slugs, so the articles are fetched (one real `akhbar run` on a loopback server)."""

from __future__ import annotations

from urllib.parse import quote
from xml.sax.saxutils import escape

import pytest

from connectors.feeds import parse_feed
from tests.faults.server import FaultServer, Resp, page, read_dataset, run_akhbar, write_config

SLUGS = ["زيارة-وزير-الخارجية-إلى-الدوحة", "اتصال-هاتفي-بين-الرئيسين"]
TITLES = ["وزير الخارجية يزور الدوحة ويلتقي نظيره", "اتصال هاتفي بين الرئيسين بحثا العلاقات"]


def _rss(base: str, codec: str, declared: str | None) -> bytes:
    decl = f'<?xml version="1.0" encoding="{declared}"?>' if declared else ""
    items = "".join(f"<item><title>{escape(t)}</title><link>{escape(base)}/news/{s}.html</link>"
                    "<pubDate>Mon, 10 Mar 2025 08:00:00 +0000</pubDate></item>"
                    for s, t in zip(SLUGS, TITLES, strict=True))
    return (f"{decl}<rss version=\"2.0\"><channel><title>أخبار عربية</title>"
            f"<link>{base}/</link>{items}</channel></rss>").encode(codec)


# (bytes codec, XML declaration, Content-Type)
CASES = [
    ("cp1256", "windows-1256", "text/xml; charset=ISO-8859-1"),  # the case
    ("cp1256", "windows-1256", "application/rss+xml; charset=iso-8859-1"),
    ("cp1256", None, "text/xml; charset=ISO-8859-1"),  # only the bytes to go by
    ("cp1256", "ISO-8859-6", "text/xml"),  # the wrong Arabic code page declared
    ("iso8859-6", "windows-1256", "text/xml"),
    ("cp720", "windows-1256", "text/xml; charset=windows-1256"),
    ("iso8859-6", "ISO-8859-6", "text/xml; charset=ISO-8859-1"),
    ("cp1256", "windows-1256", "text/xml; charset=windows-1256"),  # all true: unchanged
]


@pytest.mark.parametrize("codec,declared,ctype", CASES)
def test_feed_links_and_titles_keep_their_arabic(codec, declared, ctype):
    base = "http://news.example"
    poll = parse_feed(_rss(base, codec, declared), f"{base}/rss.xml", {"content-type": ctype})
    assert [i.url for i in poll.items] == [f"{base}/news/{s}.html" for s in SLUGS]
    assert [i.title for i in poll.items] == TITLES


@pytest.mark.parametrize("codec", ["cp1256", "iso8859-6", "cp720"])
@pytest.mark.parametrize("label", ["windows-1256", "ISO-8859-6", "cp720"])
def test_a_declared_arabic_code_page_is_checked_against_the_bytes(codec, label):
    from connectors.charset import check_arabic_label

    text = " ".join(TITLES) * 5
    assert check_arabic_label(text.encode(codec), label) == codec


def test_other_labels_and_utf8_pass_through():
    from connectors.charset import check_arabic_label

    assert check_arabic_label("نص عربي".encode(), "windows-1256") == "utf-8"
    assert check_arabic_label(b"plain", "koi8-r") == "koi8-r"
    assert check_arabic_label(b"x", "no-such-codec") == "no-such-codec"


def test_run_fetches_the_articles_behind_a_windows_1256_feed_served_as_latin1(tmp_path):
    srv = FaultServer("127.0.0.1")
    base = srv.url("").rstrip("/")
    for slug in SLUGS:
        srv.routes["/news/" + quote(slug) + ".html"] = page(f"slug-{slug}")
    srv.routes["/rss.xml"] = Resp(body=_rss(base, "cp1256", "windows-1256"),
                                  content_type="text/xml; charset=ISO-8859-1")
    config = write_config(tmp_path / "c.yaml", [{"id": "w", "url": srv.url("/rss.xml"),
                                                  "name": "w"}])
    proc = run_akhbar(config, tmp_path / "lake")
    srv.stop()
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert read_dataset(tmp_path / "lake", "rejects") == []
    urls = sorted(a["url"] for a in read_dataset(tmp_path / "lake", "articles"))
    assert urls == sorted(f"{base}/news/{s}.html" for s in SLUGS)
