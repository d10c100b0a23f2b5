"""Turn one fetched HTML page into article fields: trafilatura for the text, labels for the parts.

Parses the page once, refuses text that a wrong charset garbled, splits off the labelled parts
(pipeline.text.parts) and picks the headline a reader would (never a logo), then lets
trafilatura extract the body from what is left. trafilatura's costly fallback comparison
(readability, justext) runs only on pages where its own rules may use it
(pipeline.text.fallback). Pure: takes HTML text, returns a dict or raises ExtractError; it
never fetches anything.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

import trafilatura
from htmldate import find_date
from lxml import etree

from pipeline.text.clean import clean_line, clean_lines, drop_boilerplate
from pipeline.text.dates import date_to_utc, parse_date_text, parse_iso_datetime
from pipeline.text.fallback import gated_comparison
from pipeline.text.normalize import normalize_arabic
from pipeline.text.parts import (
    is_hidden,
    label_kind,
    parse_html,
    split_page,
    text_lines,
)
from pipeline.text.xpath_prefilter import prefiltered_xpaths

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


def _meta(tree) -> tuple[dict[str, str], list[str]]:
    """The first value of each meta key, and every article:tag value (a repeated key)."""
    values: dict[str, str] = {}
    tags: list[str] = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in values:
            values[key] = content.strip()
        if key == "article:tag" and content:
            tags.extend(content.split(","))
    return values, tags


def _meta_tags(values: list[str]) -> list[str]:
    """The page's article:tag values, for pages that show tag links without a label."""
    tags: list[str] = []
    for value in values:
        tag = clean_line(value).strip(" #،,")
        if tag and tag not in tags:
            tags.append(tag)
    return tags


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


# An ISO timestamp that states its offset from UTC (Z, +03:00, +0400): one without it is local
# time of an unknown zone, which JSON-LD or <time> often give with the offset.
_ISO_OFFSET_RE = re.compile(r"T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})$",
                            re.IGNORECASE)


def _published(tree, meta: dict[str, str], ld: list[dict]) -> datetime | None:
    """The publication time from meta tags, JSON-LD, then <time>: the first that states its
    offset from UTC, else the first at all."""
    first = None
    texts = [meta.get(key) for key in _PUBLISHED_META]
    texts += [obj.get("datePublished") for obj in ld if isinstance(obj, dict)]
    texts += [el.get("datetime") for el in tree.iter("time")]
    for text in texts:
        value = parse_iso_datetime(text) if isinstance(text, str) else None
        if value and _ISO_OFFSET_RE.search(text.strip()):
            return value
        first = first or value
    if first:
        return first
    for el in tree.iter("time"):
        if d := parse_date_text(el.text_content()):
            return date_to_utc(d)
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


_TITLE_SEPARATORS_RE = re.compile(r"\s+(?:-|\||–|—|::)\s+")
_CHROME_TAGS = {"header", "nav", "footer", "aside"}
_CONTENT_TAGS = {"article", "main"}
_LOGO_RE = re.compile(r"logo|brand|masthead|site-?title|site-?name", re.IGNORECASE)
_LOGO_MAX_WORDS = 4  # a site name; a headline is longer


def _reference_titles(tree, meta: dict[str, str], ld: list[dict]) -> list[str]:
    """What the page says its headline is: og:title, twitter:title, JSON-LD headline, <title>."""
    refs = [meta.get("og:title"), meta.get("twitter:title")]
    refs += [obj.get("headline") for obj in ld if isinstance(obj, dict)]
    head = tree.find("head")  # not .//title: that walks the whole page
    refs.append(head.findtext("title") if head is not None else None)
    return [clean_line(r) for r in refs if isinstance(r, str) and clean_line(r)]


def _site_pieces(refs: list[str]) -> set[str]:
    """The short pieces of the reference titles around a separator ('… - CNN Arabic'): the
    site's name as the page writes it (folded)."""
    pieces = set()
    for ref in refs:
        split = _TITLE_SEPARATORS_RE.split(ref)
        longest = max(len(p.split()) for p in split)
        pieces.update(normalize_arabic(p) for p in {split[0], split[-1]}
                      if len(p.split()) <= _LOGO_MAX_WORDS and len(p.split()) < longest)
    return pieces


def _agrees(text: str, refs_folded: list[str]) -> bool:
    """The headline text is one of the references, or one holds the other (a site suffix)."""
    folded = normalize_arabic(text)
    if len(folded.split()) < 2:
        return any(folded == ref for ref in refs_folded)
    return any(folded == ref or ((folded in ref or ref in folded) and
                                 min(len(folded), len(ref)) >= 0.6 * max(len(folded), len(ref)))
               for ref in refs_folded)


def _is_logo(h1, text: str, site_names: set[str]) -> bool:
    """A site logo set as <h1>: it holds the site's name (or part of it), only an image, a
    link to the home page, or a logo class; a headline never looks like that."""
    folded = normalize_arabic(text)
    if not folded:
        return True
    if any(folded == name or set(folded.split()) <= set(name.split()) for name in site_names):
        return True
    if len(text.split()) > _LOGO_MAX_WORDS:
        return False
    if h1.find(".//img") is not None or h1.find(".//svg") is not None:
        return True
    hrefs = [(a.get("href") or "").strip() for a in h1.iter("a")]
    if hrefs and all(re.fullmatch(r"(?:https?://[^/]+)?/?(?:index\.\w+)?|#", h) for h in hrefs):
        return True
    marks = [h1] + list(h1.iterancestors())[:2] + list(h1.iter("a", "span"))
    return any(_LOGO_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}") for el in marks)


def _title(tree, meta: dict[str, str], ld: list[dict], site_names: set[str]) -> str | None:
    """The headline as a reader finds it: the <h1> that agrees with og:title / twitter:title /
    JSON-LD headline / <title>, else the <h1> inside <article>/<main>, else (when the page
    gives no reference) the first <h1>; a logo <h1> (_is_logo) never wins, nor one in the
    page's header, navigation, footer or sidebar. Without such an <h1>, the reference title
    less the site name. The chosen <h1> is removed from the tree (it is stored apart)."""
    refs = _reference_titles(tree, meta, ld)
    names = {normalize_arabic(n) for n in site_names} | _site_pieces(refs)
    names.discard("")
    refs_folded = [normalize_arabic(r) for r in refs]
    candidates = []
    for h1 in tree.iter("h1"):
        if is_hidden(h1) or any(is_hidden(a) for a in h1.iterancestors()):
            continue
        ancestors = [a.tag for a in h1.iterancestors()]
        in_content = bool(_CONTENT_TAGS.intersection(ancestors))
        if _CHROME_TAGS.intersection(ancestors) and not in_content:
            continue
        text = " ".join(clean_line(h1.text_content()).split())
        if not _is_logo(h1, text, names):
            candidates.append((h1, text, in_content))
    chosen = (next((c for c in candidates if _agrees(c[1], refs_folded)), None)
              or next((c for c in candidates if c[2]), None)
              or (candidates[0] if candidates and not refs else None))
    if chosen:
        chosen[0].drop_tree()
        return chosen[1]
    for candidate in refs:
        pieces = _TITLE_SEPARATORS_RE.split(candidate)
        while pieces and normalize_arabic(pieces[-1]) in names:
            pieces.pop()
        while pieces and normalize_arabic(pieces[0]) in names:
            pieces.pop(0)
        text = " - ".join(pieces).strip()
        if text:
            return text
    return None


# A lead paragraph kept next to the article's body element rather than in it (Sputnik, many
# CMSs): body extraction starts at the body element, so the lead moves into it.
_LEAD_RE = re.compile(r"(?:^|[\s_-])(?:lead|article__lead|summary|standfirst|intro|excerpt)\b",
                      re.IGNORECASE)


def _lead_into_body(tree) -> None:
    for body in tree.xpath("//*[@itemprop='articleBody']"):
        lead = body.getprevious()
        while lead is not None and not isinstance(lead.tag, str):
            lead = lead.getprevious()
        if lead is None or lead.find(".//a") is not None:
            continue
        marked = (lead.get("itemprop") == "description"
                  or _LEAD_RE.search(lead.get("class") or ""))
        if marked and len(clean_line(lead.text_content()).split()) >= 8:
            lead.tail = None
            body.insert(0, lead)


# Image blocks: an element named as a picture that holds an <img> and a line of text (its
# caption or credit). That line is not the article's; the tree is left whole, as the body
# extractor weighs image blocks in choosing the article's container.
_PICTURE_RE = re.compile(r"image|img|photo|picture|figure|caption|gallery|thumb", re.IGNORECASE)
_CAPTION_MAX_WORDS = 25
_CAPTION_LEVELS = 3


def _picture_captions(tree) -> set[str]:
    """Lines of the image blocks near each <img> (one of its three nearest div/figure, named as
    a picture, holding no paragraph) short enough to be a caption or a credit."""
    captions: set[str] = set()
    seen: set = set()
    for img in tree.iter("img"):
        for depth, el in enumerate(img.iterancestors("div", "figure")):
            if depth == _CAPTION_LEVELS or el in seen:
                break
            seen.add(el)
            name = f"{el.get('class') or ''} {el.get('id') or ''}"
            if _PICTURE_RE.search(name) and el.find(".//p") is None:
                captions.update(line for line in text_lines(el)
                                if len(line.split()) <= _CAPTION_MAX_WORDS)
    return captions


# Decoded text that is not text: control characters (UTF-16/32 read as a single-byte charset
# or UTF-8 puts NULs between the letters) and replacement characters (bytes the charset did
# not map). A few come from broken bytes in a real page; many mean a wrong charset.
_CONTROLS_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_GARBAGE_MIN = 20
_CONTROLS_SHARE = 0.01  # of all characters
_REPLACEMENT_SHARE = 0.1  # of the non-ASCII characters
_CONTROLS_SAMPLE = 20_000  # characters looked at first


def _garbled(text: str) -> bool:
    """True when `text` holds many characters a correct decoding never gives."""
    if "\ufffd" not in text and not _CONTROLS_RE.search(text, 0, _CONTROLS_SAMPLE):
        return False  # the common case (a wrong charset puts them all over the page)
    controls = len(_CONTROLS_RE.findall(text))
    if controls >= _GARBAGE_MIN and controls > _CONTROLS_SHARE * len(text):
        return True
    replaced = text.count("\ufffd")
    if replaced < _GARBAGE_MIN:
        return False
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return replaced > _REPLACEMENT_SHARE * non_ascii


def _body(text: str, title: str | None, captions: set[str] = frozenset()) -> str:
    lines = clean_lines(text)
    kept: list[str] = []
    for line in lines:
        kind = label_kind(line)
        if kind and kind[0] != "date_line":
            break  # a labelled part leaked into the body: the article ends here
        if kind or (title and line == title and not kept) or line in captions:
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
    if _garbled(html):
        raise ExtractError("unsupported_encoding", "the page's bytes did not decode to text")
    try:
        tree = parse_html(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError("parse", f"unparseable HTML: {exc}") from None
    meta, meta_tags = _meta(tree)
    ld = _json_ld(tree)
    site_names = {clean_line(x) for x in (site_name, meta.get("og:site_name")) if x}
    page_published = _published(tree, meta, ld)
    canonical = _canonical(tree, meta)
    language = (tree.get("lang") or meta.get("og:locale") or "").split("-")[0].split("_")[0]
    parts = split_page(tree)  # labels and values as a reader sees them (hidden ones left out)
    title = _title(tree, meta, ld, site_names)
    if "articleBody" in html:
        _lead_into_body(tree)
    captions = _picture_captions(tree)
    try:
        with gated_comparison(not full_comparison), prefiltered_xpaths():
            doc = trafilatura.bare_extraction(
                tree, url=url, with_metadata=False, include_comments=False,
                include_tables=True, deduplicate=False,
            )
    except Exception as exc:  # trafilatura raises a variety of lxml errors on hostile pages
        raise ExtractError("parse", f"trafilatura failed: {type(exc).__name__}: {exc}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    body = _body(text or "", title, captions)
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
        "tags": parts.tags or _meta_tags(meta_tags),
        "read_also": parts.read_also,
        "related_titles": parts.related_titles,
        "authors": _authors(meta, ld),
        "language": language or None,
        "page_canonical": canonical,
    }
