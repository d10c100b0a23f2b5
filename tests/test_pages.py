"""Every stored page against what a reader sees on it, the way Fundus keeps its parser tests: a
page and a hand-written JSON of its parts (tests/data/pages/*.json, see the README there), and
one test over all of them, so a change to decoding, the splitter or the headline rule is
checked against every layout at once.

The pages are the eight real Arabic pages of ../shared/corpus/arabic_pages (other people's,
read from there), the five seed pages of the embedded sample, and small pages written here to
reproduce one pattern each (logo headlines, read-also link lists, hidden templates, comment
policies, lying or rare charsets). Each page is decoded and extracted as the pipeline does
(connectors.charset.decode_html, then pipeline.text.extract.extract_page)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from configs import CONFIG_DIR
from connectors.charset import decode_html
from pipeline.events.rows import is_event_source, rows_for_article
from pipeline.text.extract import ExtractError, extract_page
from pipeline.text.normalize import normalize_arabic

PAGES_DIR = Path(__file__).resolve().parent / "data" / "pages"
ROOTS = {
    "shared": Path(__file__).resolve().parents[1].parent / "shared",
    "sample": CONFIG_DIR / "sample",
}
CASES = sorted(PAGES_DIR.glob("*.json"))
# A page that shows only its local day: the instant akhbar stores lies in that day for some
# time zone of the Arab world's (UTC to UTC+4).
EASTMOST_OFFSET = timedelta(hours=4)


def _page_path(ref: str) -> Path:
    root, sep, rest = ref.partition(":")
    return ROOTS[root] / rest if sep else PAGES_DIR / ref


def _spaces(text: str) -> str:
    return " ".join(text.split())


def _published_as_expected(actual: datetime | None, expected: str | None) -> bool:
    if expected is None or actual is None:
        return actual is None and expected is None
    if len(expected) == 10:  # the page shows a day, no time zone
        day = date.fromisoformat(expected)
        start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc) - EASTMOST_OFFSET
        return start <= actual < start + EASTMOST_OFFSET + timedelta(1)
    return actual == datetime.fromisoformat(expected)


def test_every_pattern_has_a_page_and_every_page_an_expectation():
    stored = {p.name for p in PAGES_DIR.glob("*.html")}
    used = {json.loads(c.read_text(encoding="utf-8"))["page"] for c in CASES}
    assert stored <= used  # no page without its JSON
    shared = {u for u in used if u.startswith("shared:")}
    assert len(shared) == 8 and len([u for u in used if u.startswith("sample:")]) == 5


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_page_parts_are_what_a_reader_sees(case):
    spec = json.loads(case.read_text(encoding="utf-8"))
    html, _ = decode_html(_page_path(spec["page"]).read_bytes(), spec.get("content_type"))
    if "reject" in spec:
        with pytest.raises(ExtractError) as err:
            extract_page(html, spec["url"], site_name=spec.get("site_name"))
        assert err.value.kind == spec["reject"]
        return
    fields = extract_page(html, spec["url"], site_name=spec.get("site_name"))

    body = _spaces(fields["body"])
    first, last = _spaces(spec["body_first"]), _spaces(spec["body_last"])
    got = {  # every field at once, so that a failure shows all that differs
        "title": fields["title"],
        "published_at": spec["published_at"]
        if _published_as_expected(fields["published_at"], spec["published_at"])
        else fields["published_at"],
        "body_first": first if body.startswith(first) else body[:len(first)],
        "body_last": last if body.endswith(last) else body[-len(last):],
        "origin_source": fields["origin_source"],
        "tags": fields["tags"],
        "read_also": [item["title"] for item in fields["read_also"]],
        "related_titles": fields["related_titles"],
    }
    assert got == {**{key: spec[key] for key in got}, "body_first": first, "body_last": last}
    assert "\ufffd" not in body

    # Nothing read from a related-headlines list reaches the text or the events (a seed's
    # embedded read-also article may be one of its related headlines too: that one is text).
    embedded = {normalize_arabic(t) for t in spec["read_also"]}
    related = [t for t in map(normalize_arabic, spec["related_titles"]) if t not in embedded]
    lines = fields["body"].split("\n") + [line for item in fields["read_also"]
                                          for line in item["text"].split("\n")]
    assert not {normalize_arabic(line) for line in lines} & set(related)
    article = dict(fields, article_id=case.stem, source="test")
    events = rows_for_article(article) if is_event_source(article) else []
    for event in events:  # its trigger and first actor are still there without those titles
        rest = normalize_arabic(event["evidence"] or "")
        for title in related:
            rest = rest.replace(title, " ")
        for said in (event["trigger"], event["actor1_text"]):
            assert normalize_arabic(said or "") in rest, event
