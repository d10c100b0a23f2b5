"""Integrity checks on the embedded sample (configs/sample.yaml + configs/sample/).

Reads only local files; never starts the sample server nor touches the network.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import lxml.html
import pytest
import yaml

from configs import CONFIG_DIR
from pipeline.config import load_config

SAMPLE_DIR = CONFIG_DIR / "sample"
BASE = "http://127.0.0.1:18461/"
SEEDS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
CP1256_OUTLET = "sawt-almashriq"
ARABIC = re.compile(r"[\u0621-\u064A]")
# Mojibake left when UTF-8 Arabic is decoded as cp1256 (e.g. 'ط§ظ„').
MOJIBAKE = re.compile(r"[طظ][\u0080-\u00ff\u0152-\u0192\u2013-\u203a]")

CASES = json.loads((SAMPLE_DIR / "cases.json").read_text(encoding="utf-8"))
SEEDS_MAP = json.loads((SAMPLE_DIR / "seeds.json").read_text(encoding="utf-8"))
UNDATED_SEED_PAGES = {SEEDS_MAP["000_33eb1082ec64cdfa"], SEEDS_MAP["003_97dec1b919a72250"]}
SEED_URLS = json.loads((SAMPLE_DIR / "seeds.json").read_text(encoding="utf-8"))
CONFIG = load_config()
PAGES = sorted(SAMPLE_DIR.rglob("*.html"))


def url_to_path(url: str) -> Path:
    """The file the sample server answers `url` from (the query string is not part of it)."""
    assert url.startswith(BASE), url
    return SAMPLE_DIR / urlsplit(url).path.lstrip("/")


def path_to_url(path: Path) -> str:
    return BASE + path.relative_to(SAMPLE_DIR).as_posix()


def norm(text: str) -> str:
    return " ".join(text.split())


def parsed_feeds() -> dict[str, feedparser.FeedParserDict]:
    return {f.id: feedparser.parse(url_to_path(f.url).read_bytes()) for f in CONFIG.feeds}


FEEDS = parsed_feeds()


def page_doc(path: Path) -> lxml.html.HtmlElement:
    raw = path.read_bytes()
    encoding = "cp1256" if path.relative_to(SAMPLE_DIR).parts[0] == CP1256_OUTLET else "utf-8"
    return lxml.html.document_fromstring(raw.decode(encoding))


def test_sample_yaml_is_a_valid_config_with_three_or_more_outlets():
    raw = yaml.safe_load((CONFIG_DIR / "sample.yaml").read_text(encoding="utf-8"))
    assert set(raw) == {"feeds", "network"}
    assert CONFIG.network.allow_private == ("127.0.0.0/8",)
    assert len(CONFIG.feeds) >= 3
    outlets = {urlsplit(f.url).path.split("/")[1] for f in CONFIG.feeds}
    assert len(outlets) >= 3
    for feed in CONFIG.feeds:
        assert feed.url.startswith(BASE)
        assert url_to_path(feed.url).is_file(), feed.url
        assert ARABIC.search(feed.name)


def test_feed_kinds_rss_atom_and_cp1256():
    versions = {fid: fp.version for fid, fp in FEEDS.items()}
    assert "atom10" in versions.values()
    assert "rss20" in versions.values()
    cp_feed = next(f for f in CONFIG.feeds if f.url.endswith("rss-1256.xml"))
    raw = url_to_path(cp_feed.url).read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="windows-1256"?>')
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    fp = FEEDS[cp_feed.id]
    assert fp.encoding.lower() in ("windows-1256", "cp1256")
    for entry in fp.entries:
        assert ARABIC.search(entry.title), entry.title
        assert not MOJIBAKE.search(entry.title + entry.summary), entry.title


@pytest.mark.parametrize("feed_id", sorted(FEEDS))
def test_every_feed_parses_with_metadata(feed_id):
    fp = FEEDS[feed_id]
    assert not fp.bozo, fp.get("bozo_exception")
    assert ARABIC.search(fp.feed.title)
    assert len(fp.entries) >= 5
    for entry in fp.entries:
        if entry.get("id") == CASES["malformed"]["guid"]:
            continue
        assert entry.get("summary"), entry
        assert entry.link.startswith(BASE)
        if entry.link in UNDATED_SEED_PAGES:  # seeds 000 and 003: no headline, no date
            assert not entry.get("title") and not entry.get("published_parsed"), entry.link
            continue
        assert entry.title, entry
        assert entry.get("published_parsed") or entry.get("updated_parsed"), entry.title


def test_item_links_exist_except_the_deliberate_404_and_malformed_item():
    missing, linkless, checked = [], [], 0
    for feed_id, fp in FEEDS.items():
        for entry in fp.entries:
            if not entry.get("link"):
                linkless.append((feed_id, entry.get("id")))
                continue
            checked += 1
            if not url_to_path(entry.link).is_file():
                missing.append(entry.link)
    assert missing == [CASES["not_found"]["link"]]
    malformed_feed = next(f.id for f in CONFIG.feeds if f.url == CASES["malformed"]["feed"])
    assert linkless == [(malformed_feed, CASES["malformed"]["guid"])]
    assert checked >= 25


def test_malformed_item_has_empty_title_and_unparseable_date():
    fid = next(f.id for f in CONFIG.feeds if f.url == CASES["malformed"]["feed"])
    entry = next(e for e in FEEDS[fid].entries if e.get("id") == CASES["malformed"]["guid"])
    assert not entry.get("title")
    assert entry.get("published_parsed") is None


def test_tracking_param_item_points_to_a_page_in_another_feed():
    case = CASES["tracking_param"]
    links = {fid: [e.get("link") for e in fp.entries] for fid, fp in FEEDS.items()}
    feed_of = {f.url: f.id for f in CONFIG.feeds}
    assert case["link"] in links[feed_of[case["feed"]]]
    assert case["canonical"] in links[feed_of[case["also_in_feed"]]]
    assert case["link"].split("?")[0] == case["canonical"]
    assert "utm_source=" in urlsplit(case["link"]).query
    assert url_to_path(case["link"]).is_file()


def test_at_least_25_pages_and_every_page_is_self_consistent():
    assert len(PAGES) >= 25
    for path in PAGES:
        doc = page_doc(path)
        url = path_to_url(path)
        assert doc.get("lang") == "ar" and doc.get("dir") == "rtl", path
        assert doc.xpath("//link[@rel='canonical']/@href") == [url], path
        assert doc.xpath("//meta[@property='og:url']/@content") == [url], path
        if url not in UNDATED_SEED_PAGES:
            assert doc.xpath("//meta[@property='og:title']/@content"), path
        assert doc.xpath("//meta[@name='description']/@content"), path
        assert doc.findtext(".//title"), path
        text = norm(doc.text_content())
        for chrome in ("الرئيسية", "إعلان", "الأكثر قراءة", "فيسبوك", "واتساب"):
            assert chrome in text, (path, chrome)


def test_cp1256_pages_are_stored_in_cp1256():
    pages = [p for p in PAGES if p.relative_to(SAMPLE_DIR).parts[0] == CP1256_OUTLET]
    assert len(pages) >= 3
    for path in pages:
        raw = path.read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert b"charset=windows-1256" in raw[:400]
        text = raw.decode("cp1256")
        assert len(ARABIC.findall(text)) > 500
        assert not MOJIBAKE.search(text)


def seed_lines(seed_id: str) -> list[str]:
    text = (SEEDS_DIR / f"{seed_id}.txt").read_text(encoding="utf-8")
    lines = (norm(line).lstrip("•").strip() for line in text.splitlines())
    return [line for line in lines if line]


def test_seed_map_covers_all_five_seeds_on_the_aggregator():
    seeds = sorted(p.stem for p in SEEDS_DIR.glob("00*.txt"))
    assert sorted(SEED_URLS) == seeds and len(seeds) == 5
    aggregator = CONFIG.feeds[0]
    feed_links = {e.link for e in FEEDS[aggregator.id].entries}
    for url in SEED_URLS.values():
        assert url.startswith(f"{BASE}{aggregator.id}/")
        assert url in feed_links


@pytest.mark.parametrize("seed_id", sorted(SEED_URLS))
def test_seed_page_contains_every_seed_line_in_order(seed_id):
    doc = page_doc(url_to_path(SEED_URLS[seed_id]))
    article = doc.xpath("//article")[0]
    text = norm(article.text_content())
    pos = 0
    for line in seed_lines(seed_id):
        found = text.find(line, pos)
        assert found >= 0, line
        pos = found + len(line)
    first = seed_lines(seed_id)[0]
    headline = article.xpath(".//h1")
    if (SEEDS_DIR / f"{seed_id}.txt").read_text(encoding="utf-8").split("\n")[1].startswith(
        "تاريخ النشر"
    ):
        assert norm(headline[0].text_content()) == first
    else:
        assert not headline


def test_seed_tags_are_links_and_more_is_not_a_tag():
    doc = page_doc(url_to_path(SEED_URLS["000_33eb1082ec64cdfa"]))
    tags = doc.xpath("//div[@class='post-tags']/a[@rel='tag']")
    assert [t.text for t in tags][:2] == ["روبيو", "رئيس الوزراء القطري"]
    assert all("/tag/" in t.get("href") for t in tags)
    more = doc.xpath("//div[@class='post-tags']/a[last()]")[0]
    assert more.text == "المزيد" and more.get("rel") != "tag"


def words(path: Path) -> list[str]:
    doc = page_doc(path)
    body = doc.xpath("//article//p") or doc.xpath("//p")
    return " ".join(p.text_content() for p in body).split()


def test_syndicated_story_shares_most_words_and_same_event_reports_do_not():
    a, b = (set(words(url_to_path(u))) for u in CASES["syndicated"])
    assert len(a & b) / min(len(a), len(b)) >= 0.8
    c, d = (set(words(url_to_path(u))) for u in CASES["same_event"])
    assert len(c & d) / min(len(c), len(d)) < 0.5
