"""Feeds: conditional GET, bozo/not-a-feed, entity attacks (billion laughs, XXE), links, duplicates,
mojibake, JSON Feed, fuzzing. Local servers and temp files only."""

from __future__ import annotations

import time
import tracemalloc
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.errors import FetchError
from connectors.feeds import parse_feed, poll_feed, strip_internal_dtd
from connectors.http import Fetcher
from tests.connectors.conftest import make_network

FEED_URL = "https://news.example/ar/rss.xml"


def rss(items: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel>'
            f"<title>أخبار</title><link>https://news.example/</link>{items}</channel></rss>"
            ).encode()


def item(link: str | None = None, title: str = "عنوان", guid: str | None = None,
         date: str | None = None) -> str:
    parts = [f"<title>{title}</title>"]
    if link is not None:
        parts.append(f"<link>{link}</link>")
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if date is not None:
        parts.append(f"<pubDate>{date}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


def test_items_links_dates_and_validators():
    body = rss(item("https://news.example/a/1", "الأول", date="Tue, 24 Jul 2024 10:00:00 +0300")
               + item("/a/2", "الثاني") + item("a/3?x=1#frag", "الثالث"))
    poll = parse_feed(body, FEED_URL, {"ETag": '"abc"', "Last-Modified": "Tue, 24 Jul 2024"})
    assert [i.url for i in poll.items] == [
        "https://news.example/a/1", "https://news.example/a/2", "https://news.example/ar/a/3?x=1"]
    assert [i.title for i in poll.items] == ["الأول", "الثاني", "الثالث"]
    assert poll.items[0].published == datetime(2024, 7, 24, 7, 0, tzinfo=UTC)
    assert poll.items[1].published is None
    assert (poll.etag, poll.last_modified) == ('"abc"', "Tue, 24 Jul 2024")
    assert poll.bozo is False and poll.not_modified is False


def test_arabic_pubdate_is_kept_raw_when_unparseable():
    poll = parse_feed(rss(item("/x", date="الثلاثاء 24 تموز 2024")), FEED_URL)
    assert poll.items[0].published is None
    assert poll.items[0].published_raw == "الثلاثاء 24 تموز 2024"


def test_items_without_link_are_rejects():
    poll = parse_feed(rss(item(None, "بلا رابط") + item("/ok")), FEED_URL)
    assert [i.url for i in poll.items] == ["https://news.example/ok"]
    assert len(poll.rejects) == 1
    url, kind, message = poll.rejects[0]
    assert (url, kind) == (None, "no_link")
    assert "بلا رابط" in message


def test_non_http_links_are_rejects():
    poll = parse_feed(rss(item("javascript:alert(1)") + item("mailto:a@b.c")), FEED_URL)
    assert poll.items == ()
    assert [r[1] for r in poll.rejects] == ["bad_url", "bad_url"]


def test_duplicates_count_once():
    body = rss(item("/a/1", "أ") + item("/a/1", "أ مكرر") + item("https://news.example/a/1")
               + item("/a/2", guid="g-1") + item("/a/2-amp", guid="g-1") + item("/a/3"))
    poll = parse_feed(body, FEED_URL)
    assert [i.url for i in poll.items] == [
        "https://news.example/a/1", "https://news.example/a/2", "https://news.example/a/3"]
    assert poll.items[0].title == "أ"


def test_bozo_feed_is_parsed_as_far_as_possible():
    body = rss(item("/a/1", "خبر & تقرير") + item("/a/2", "ثان"))  # bare '&' is malformed XML
    poll = parse_feed(body, FEED_URL)
    assert poll.bozo is True
    assert poll.bozo_message
    assert [i.url for i in poll.items] == ["https://news.example/a/1", "https://news.example/a/2"]


@pytest.mark.parametrize("body", [
    b"<html><head><title>Not found</title></head><body><p>404</p></body></html>",
    b"just some text",
    b'{"error": "nope"}',
    b"\x89PNG\r\n\x1a\n\x00\x00",
    b"/etc/passwd",  # feedparser would open a bytes *path*; we hand it a stream
    b"   ",
])
def test_not_a_feed(body):
    with pytest.raises(FetchError) as err:
        parse_feed(body, FEED_URL)
    assert err.value.kind == "feed_parse"
    assert "root:" not in str(err.value)


BILLION_LAUGHS = """<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>"""


def test_billion_laughs_neither_expands_nor_blows_memory():
    body = rss(item("/a/1", "&lol9;") + item("/a/2", "سليم"), prolog=BILLION_LAUGHS)
    tracemalloc.start()
    started = time.monotonic()
    try:
        try:
            poll = parse_feed(body, FEED_URL)
        except FetchError as err:
            assert err.kind == "feed_parse"
            poll = None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 60  # an expanding parser would not end at all
    assert peak < 20 * 1024 * 1024
    if poll is not None:
        assert all("lollol" not in (i.title or "") for i in poll.items)
        assert "https://news.example/a/2" in [i.url for i in poll.items]


def test_quadratic_blowup_is_not_expanded():
    big = "x" * 50_000
    prolog = f'<!DOCTYPE rss [<!ENTITY a "{big}">]>'
    body = rss(item("/a/1", "&a;" * 2000), prolog=prolog)
    poll = parse_feed(body, FEED_URL)
    assert all(len(i.title or "") < 100_000 for i in poll.items)


def test_xxe_does_not_read_local_files(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER-7731")
    for target in (secret.as_uri(), "file:///etc/passwd"):
        prolog = f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{target}">]>'
        body = rss(item("/a/1", "&xxe;") + item("/a/2", "ok"), prolog=prolog)
        try:
            poll = parse_feed(body, FEED_URL)
        except FetchError as err:
            assert err.kind == "feed_parse"
            continue
        dump = repr(poll)
        assert "TOP-SECRET-MARKER-7731" not in dump
        assert "root:" not in dump


def test_external_dtd_is_not_fetched(httpserver):
    httpserver.expect_request("/evil.dtd").respond_with_data('<!ENTITY x "pwned">')
    prolog = (f'<!DOCTYPE rss SYSTEM "{httpserver.url_for("/evil.dtd")}" '
              f'[<!ENTITY % p SYSTEM "{httpserver.url_for("/evil.dtd")}"> %p;]>')
    body = rss(item("/a/1", "&x;"), prolog=prolog)
    try:
        poll = parse_feed(body, FEED_URL)
        assert "pwned" not in repr(poll)
    except FetchError as err:
        assert err.kind == "feed_parse"
    assert len(httpserver.log) == 0


def test_strip_internal_dtd():
    body = b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "]>">]>\n<r>&a;</r>'
    assert strip_internal_dtd(body) == b'<?xml version="1.0"?>\n\n<r>&a;</r>'
    plain = b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd"><rss/>'
    assert strip_internal_dtd(plain) == plain
    with pytest.raises(FetchError):
        strip_internal_dtd(b'<!DOCTYPE r [<!ENTITY a "x">')


def test_cp1256_declared_utf8_feed_titles_are_repaired():
    title = "الرئيس يزور القاهرة"
    body = (f'<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel>'
            f"<title>t</title><item><title>{title}</title><link>/a</link>"
            f"<description>{title} اليوم</description></item></channel></rss>").encode()
    poll = parse_feed(body, FEED_URL)
    assert poll.items[0].title == title
    assert poll.items[0].summary == f"{title} اليوم"


def test_cp1256_feed_is_decoded():
    body = ('<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel>'
            "<title>t</title><item><title>خبر عاجل</title><link>/a</link></item>"
            "</channel></rss>").encode("cp1256")
    assert parse_feed(body, FEED_URL).items[0].title == "خبر عاجل"


def test_atom_feed():
    body = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>t</title><id>urn:f</id><updated>2024-07-24T10:00:00Z</updated>"
            '<entry><title>مقال</title><id>urn:e1</id><link rel="alternate" href="/e/1"/>'
            "<updated>2024-07-24T09:00:00+02:00</updated><summary>ملخص</summary></entry>"
            "</feed>").encode()
    poll = parse_feed(body, FEED_URL)
    (entry,) = poll.items
    assert (entry.url, entry.guid, entry.title, entry.summary) == (
        "https://news.example/e/1", "urn:e1", "مقال", "ملخص")
    assert entry.published == datetime(2024, 7, 24, 7, 0, tzinfo=UTC)


def test_json_feed():
    body = ('{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": ['
            '{"id": "1", "url": "/j/1", "title": "خبر",'
            ' "date_published": "2024-07-24T10:00:00+03:00"},'
            '{"id": "2", "title": "بلا رابط"}, {"id": "1", "url": "/j/1"}]}').encode()
    poll = parse_feed(body, FEED_URL)
    assert [(i.url, i.title) for i in poll.items] == [("https://news.example/j/1", "خبر")]
    assert poll.items[0].published == datetime(2024, 7, 24, 7, 0, tzinfo=UTC)
    assert [r[1] for r in poll.rejects] == ["no_link"]


def test_conditional_get_304(httpserver):
    body = rss(item("/a/1"))
    httpserver.expect_request("/rss", headers={"If-None-Match": '"v1"'}).respond_with_data(
        b"", status=304, headers={"ETag": '"v1"'})
    httpserver.expect_request("/rss").respond_with_data(
        body, content_type="application/rss+xml",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 24 Jul 2024 10:00:00 GMT"})
    with Fetcher(make_network()) as fetcher:
        first = poll_feed(fetcher, httpserver.url_for("/rss"))
        second = poll_feed(fetcher, httpserver.url_for("/rss"), etag=first.etag,
                           last_modified=first.last_modified)
    assert len(first.items) == 1 and first.not_modified is False
    assert first.etag == '"v1"'
    assert second.not_modified is True
    assert second.items == ()
    assert (second.etag, second.last_modified) == ('"v1"', "Wed, 24 Jul 2024 10:00:00 GMT")
    sent = httpserver.log[1][0].headers
    assert sent.get("If-Modified-Since") == "Wed, 24 Jul 2024 10:00:00 GMT"


def test_poll_resolves_links_against_final_url(httpserver):
    httpserver.expect_request("/old-rss").respond_with_data(
        "", status=301, headers={"Location": "/feeds/ar/rss"})
    httpserver.expect_request("/feeds/ar/rss").respond_with_data(
        rss(item("story/9")), content_type="text/xml")
    with Fetcher(make_network()) as fetcher:
        poll = poll_feed(fetcher, httpserver.url_for("/old-rss"))
    assert poll.feed_url == httpserver.url_for("/old-rss")
    assert [i.url for i in poll.items] == [httpserver.url_for("/feeds/ar/story/9")]


def test_poll_not_a_feed(httpserver):
    httpserver.expect_request("/rss").respond_with_data(
        "<html><body>moved</body></html>", content_type="text/html")
    with Fetcher(make_network()) as fetcher, pytest.raises(FetchError) as err:
        poll_feed(fetcher, httpserver.url_for("/rss"))
    assert err.value.kind == "feed_parse"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_parse_feed_fuzz_bytes_only_raises_feed_parse(content):
    try:
        poll = parse_feed(content, FEED_URL)
    except FetchError as err:
        assert err.kind == "feed_parse"
    else:
        assert all(i.url.startswith(("http://", "https://")) for i in poll.items)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(st.none(), st.text(max_size=40)),
                          st.text(max_size=40)), max_size=8))
def test_parse_feed_fuzz_items(entries):
    from xml.sax.saxutils import escape

    items = "".join(item(None if link is None else escape(link), escape(title))
                    for link, title in entries)
    poll = parse_feed(rss(items), FEED_URL)
    assert len(poll.items) + len(poll.rejects) <= len(entries)
    assert len({i.url for i in poll.items}) == len(poll.items)
