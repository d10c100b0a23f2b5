"""Unit tests of pipeline.text.urls: canonical URLs and article ids."""

import hashlib

import pytest

from pipeline.text.urls import (
    article_id,
    canonicalize_url,
    registrable_domain,
    tracking_params,
)

BASE = "https://youm7.com/story/2024/7/24/abc"


@pytest.mark.parametrize(
    "variant",
    [
        "https://youm7.com/story/2024/7/24/abc",
        "HTTPS://YOUM7.COM/story/2024/7/24/abc",
        "https://www.youm7.com/story/2024/7/24/abc/",
        "https://youm7.com:443/story/2024/7/24/abc",
        "https://youm7.com/story/2024/7/24/abc#comments",
        "https://youm7.com/story/2024/7/24/abc?utm_source=rss&utm_medium=feed",
        "https://youm7.com/story/2024/7/24/abc?fbclid=IwAR0x&gclid=1&ocid=msn",
        "https://m.youm7.com/story/2024/7/24/abc",
        "https://amp.youm7.com/story/2024/7/24/abc",
        "https://youm7.com/amp/story/2024/7/24/abc",
        "https://youm7.com/story/2024/7/24/abc/amp",
        "https://youm7.com/story/2024/7/24/abc/amp/",
        "https://youm7.com/story/2024/7/24/abc?amp",
        "https://youm7.com/story/2024/7/24/abc?amp=1",
        "https://user:pw@youm7.com/story/2024/7/24/abc",
    ],
)
def test_variants_share_one_canonical_url(variant):
    assert canonicalize_url(variant) == BASE
    assert article_id(canonicalize_url(variant)) == article_id(BASE)


def test_content_parameters_are_kept_and_sorted():
    got = canonicalize_url("https://daralmaref.com/News.aspx?page=2&id=1832217&utm_term=x")
    assert got == "https://daralmaref.com/News.aspx?id=1832217&page=2"
    assert canonicalize_url("https://a.com/x?id=1") != canonicalize_url("https://a.com/x?id=2")


def test_other_port_and_scheme_are_kept():
    assert canonicalize_url("http://example.com:8080/a/") == "http://example.com:8080/a"
    assert canonicalize_url("http://example.com:80/a") == "http://example.com/a"


def test_percent_escapes_and_raw_arabic_agree():
    raw = "https://alyaum.com/articles/6543/السعودية"
    esc = "https://alyaum.com/articles/6543/%d8%a7%d9%84%d8%b3%d8%b9%d9%88%d8%af%d9%8a%d8%a9"
    assert canonicalize_url(raw) == canonicalize_url(esc)
    assert "%D8%A7" in canonicalize_url(raw)


def test_encoded_slash_is_not_a_path_separator():
    assert canonicalize_url("https://a.com/x%2Fy") == "https://a.com/x%2Fy"


def test_dot_segments_and_amp_html():
    assert canonicalize_url("https://a.com/n/b/../c/") == "https://a.com/n/c"
    assert canonicalize_url("https://a.com/news/1.amp.html") == "https://a.com/news/1.html"


def test_page_canonical_on_same_site_wins():
    assert (
        canonicalize_url("https://m.a.com/s?id=5&utm_source=x", "https://www.a.com/news/5-title/")
        == "https://a.com/news/5-title"
    )
    # relative canonical, og:url style
    assert canonicalize_url("https://a.com/s?id=5", "/news/5") == "https://a.com/news/5"
    # a subdomain of the same site counts as the same site
    assert canonicalize_url("https://a.com/s", "https://news.a.com/5") == "https://news.a.com/5"


@pytest.mark.parametrize(
    "bad",
    [
        "https://agency.com/original/5",  # another site (syndication source)
        "https://a.com/",  # home page
        "javascript:void(0)",
        "",
        "   ",
        None,
    ],
)
def test_page_canonical_ignored_when_unusable(bad):
    assert canonicalize_url("https://a.com/news/5", bad) == "https://a.com/news/5"


def test_registrable_domain():
    assert registrable_domain("www.youm7.com") == "youm7.com"
    assert registrable_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert registrable_domain("m.masrawy.com.eg") == "masrawy.com.eg"
    assert registrable_domain("ahram.org.eg") == "ahram.org.eg"


def test_article_id_is_sha1_prefix():
    url = "https://a.com/news/5"
    assert article_id(url) == hashlib.sha1(url.encode()).hexdigest()[:16]
    assert len(article_id(url)) == 16
    assert article_id(url) != article_id(url + "6")


def test_tracking_list_is_data():
    exact, prefixes = tracking_params()
    assert "fbclid" in exact and "utm_" in prefixes
    assert "id" not in exact and "page" not in exact
