"""Turn one fetched HTML page into article fields: trafilatura for the text, labels for the parts.

Parses the page once, splits off the labelled parts (pipeline.text.parts), then lets trafilatura
extract body and metadata from what is left. trafilatura's costly fallback comparison (readability,
justext) runs only on pages where its own rules may use it (pipeline.text.fallback). Pure: takes
HTML text, returns a dict or raises ExtractError; it never fetches anything.
"""

from __future__ import annotations

import json
from datetime import datetime

import trafilatura
from htmldate import find_date
from lxml import etree

from pipeline.text.clean import clean_line, clean_lines, drop_boilerplate
from pipeline.text.dates import date_to_utc, parse_date_text, parse_iso_datetime
from pipeline.text.fallback import gated_comparison
from pipeline.text.parts import label_kind, parse_html, split_page

MIN_BODY_CHARS = 80  # shorter bodies are not articles (error kind no_content)

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
)


class ExtractError(Exception):
    """A page that gives no article; `kind` is a stable error kind for the rejects table."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def _meta(tree) -> dict[str, str]:
    values: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in values:
            values[key] = content.strip()
    return values


def _json_ld(tree) -> list[dict]:
    objects: list[dict] = []
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return objects


def _canonical(tree, meta: dict[str, str]) -> str | None:
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            return el.get("href").strip()
    return meta.get("og:url")


def _published(tree, meta: dict[str, str], ld: list[dict]) -> datetime | None:
    for key in _PUBLISHED_META:
        value = parse_iso_datetime(meta.get(key))
        if value:
            return value
    for obj in ld:
        value = parse_iso_datetime(obj.get("datePublished") if isinstance(obj, dict) else None)
        if value:
            return value
    for el in tree.iter("time"):
        value = parse_iso_datetime(el.get("datetime")) or (
            date_to_utc(d) if (d := parse_date_text(el.text_content())) else None
        )
        if value:
            return value
    return None


def _htmldate(tree) -> datetime | None:
    """Last resort when neither the page's metadata nor the feed dates it: htmldate's extensive
    search (slow, as it runs dateparser, but rare: feeds nearly always date their items)."""
    try:
        found = find_date(tree, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd trees; a missing date is not an error
        return None
    if not found or found.endswith("-01-01"):
        return None  # its year-only fallback (a copyright line) is a confident wrong date
    return parse_iso_datetime(found)


def _authors(meta: dict[str, str], ld: list[dict]) -> list[str]:
    names: list[str] = []
    for obj in ld:
        author = obj.get("author")
        for a in author if isinstance(author, list) else [author]:
            name = a.get("name") if isinstance(a, dict) else a
            if isinstance(name, str) and clean_line(name):
                names.append(clean_line(name))
    if not names and meta.get("author"):
        names.append(clean_line(meta["author"]))
    return list(dict.fromkeys(n for n in names if not n.startswith("http")))


def _title(tree, meta: dict[str, str], site_names: set[str]) -> str | None:
    """The visible headline: the article's <h1>, else og:title / <title> minus the site name."""
    for h1 in tree.iter("h1"):
        if any(a.tag in ("header", "nav", "footer") for a in h1.iterancestors()):
            continue
        text = clean_line(h1.text_content())
        if text and text not in site_names:
            h1.drop_tree()  # the headline is stored apart from the body
            return text
    for candidate in (meta.get("og:title"), tree.findtext(".//title")):
        text = clean_line(candidate or "")
        for name in site_names:
            for sep in (" - ", " | ", " – ", " — ", " :: "):
                text = text.removesuffix(sep + name).removeprefix(name + sep)
        if text and text not in site_names:
            return text
    return None


def _body(text: str, title: str | None) -> str:
    lines = clean_lines(text)
    kept: list[str] = []
    for line in lines:
        kind = label_kind(line)
        if kind and kind[0] != "date_line":
            break  # a labelled part leaked into the body: the article ends here
        if kind or (title and line == title and not kept):
            continue
        kept.append(line)
    return "\n".join(drop_boilerplate(kept))


def extract_page(
    html: str,
    url: str,
    *,
    site_name: str | None = None,
    feed_published: datetime | None = None,
    full_comparison: bool = False,
) -> dict:
    """Article fields of one page: title, body, published_at, origin_source, tags, read_also,
    related_titles, authors, language, page_canonical. Raises ExtractError.

    `full_comparison=True` runs trafilatura's fallback comparison on every page (its default;
    slower, and no better on the evaluation set: bench/extraction_eval.py)."""
    if not html or not html.strip():
        raise ExtractError("no_content", "empty page")
    try:
        tree = parse_html(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError("parse", f"unparseable HTML: {exc}") from None
    meta = _meta(tree)
    ld = _json_ld(tree)
    site_names = {clean_line(x) for x in (site_name, meta.get("og:site_name")) if x}
    page_published = _published(tree, meta, ld)
    canonical = _canonical(tree, meta)
    language = (tree.get("lang") or meta.get("og:locale") or "").split("-")[0].split("_")[0]
    parts = split_page(tree)
    title = _title(tree, meta, site_names)
    try:
        with gated_comparison(not full_comparison):
            doc = trafilatura.bare_extraction(
                tree, url=url, with_metadata=False, include_comments=False,
                include_tables=True, deduplicate=False,
            )
    except Exception as exc:  # trafilatura raises a variety of lxml errors on hostile pages
        raise ExtractError("parse", f"trafilatura failed: {type(exc).__name__}: {exc}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    body = _body(text or "", title)
    if len(body) < MIN_BODY_CHARS:
        raise ExtractError("no_content", f"no article text ({len(body)} characters)")
    if parts.date_line_date:
        published = date_to_utc(parts.date_line_date)
    else:
        published = page_published or feed_published or _htmldate(tree)
    return {
        "title": title,
        "body": body,
        "published_at": published,
        "origin_source": parts.origin_source,
        "tags": parts.tags,
        "read_also": parts.read_also,
        "related_titles": parts.related_titles,
        "authors": _authors(meta, ld),
        "language": language or None,
        "page_canonical": canonical,
    }
