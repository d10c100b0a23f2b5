"""Split an Arabic news page into the seed documents' parts, from the labels that open them.

Finds the date line, المصدر, كلمات دلالية, إقرأ أيضاً and مقالات مشابهة blocks in an lxml tree
by their labels (configs/lexicons/labels.yaml), reads their values, and removes them from the
tree so that body extraction sees only the article. Values are read as a reader sees them:
hidden elements are set aside meanwhile (hidden_set_aside), a label takes the whole container
it introduces, and a «إقرأ أيضاً» block that is a list of links gives related titles, not an
embedded article. Pure: no I/O beyond reading the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

from configs import CONFIG_DIR, load_yaml
from pipeline.text.clean import (
    clean_line,
    clean_lines,
    drop_boilerplate,
    is_boilerplate,
    is_ui_link,
)
from pipeline.text.dates import parse_date_text

LABELS_PATH = CONFIG_DIR / "lexicons" / "labels.yaml"
KINDS = ("date_line", "source", "tags", "read_also", "related")

_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "ul", "ol",
    "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table",
    "tr", "td", "th", "dl", "dt", "dd", "pre", "form", "br", "hr",
}
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A line this short that holds a date is a date stamp (as under each headline of a list).
_DATE_STAMP_WORDS = 6
_SOURCE_SPLIT_RE = re.compile(r"المصدر\s*:")


@dataclass
class PageParts:
    """What the labelled blocks of a page hold (body and title are read elsewhere)."""

    date_line: str | None = None
    date_line_date: date | None = None
    origin_source: str | None = None
    tags: list[str] = field(default_factory=list)
    read_also: list[dict] = field(default_factory=list)
    related_titles: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _labels_table() -> dict:
    return load_yaml(LABELS_PATH)


@lru_cache(maxsize=1)
def _label_patterns() -> dict[str, re.Pattern]:
    table = _labels_table()
    return {kind: re.compile(r"^\s*(?:" + "|".join(table[kind]) + ")") for kind in KINDS}


@lru_cache(maxsize=1)
def _any_label_pattern() -> re.Pattern:
    """Matches where one of the _label_patterns() matches (one test instead of one per kind)."""
    table = _labels_table()
    return re.compile(r"^\s*(?:" + "|".join(p for kind in KINDS for p in table[kind]) + ")")


@lru_cache(maxsize=1)
def _stems_pattern() -> re.Pattern:
    """Finds a label's substring (labels.yaml prefilter: every label holds one of them)."""
    return re.compile("|".join(re.escape(stem) for stem in _labels_table()["prefilter"]))


@lru_cache(maxsize=1)
def _stems_utf8_pattern() -> re.Pattern:
    """_stems_pattern over UTF-8 bytes (a character string holds a stem where its UTF-8 does)."""
    stems = _labels_table()["prefilter"]
    return re.compile(b"|".join(re.escape(stem.encode("utf-8")) for stem in stems))


def _candidates(tree) -> list:
    """The elements whose own text contains a label's substring (the pre-filter), in document
    order: what the XPath //*[text()[1][contains(., stem) or ...]] selects, less the elements
    whose first text node is not their .text (after a comment; no label can start those).

    Walking the elements in Python is cheaper than that XPath, and pages whose text holds no
    label substring at all (most non-Arabic pages) are told apart from one serialisation."""
    stem = _stems_pattern().search
    doc = tree.getroottree() if hasattr(tree, "getroottree") else tree
    try:
        all_text = etree.tostring(doc, method="text", encoding="utf-8")
    except (ValueError, etree.LxmlError):  # no shortcut then: look at every element
        all_text = None
    if all_text is not None and not _stems_utf8_pattern().search(all_text):
        return []
    return [el for el in doc.iter(etree.Element) if (text := el.text) and stem(text)]


def _unmark(text: str) -> str:
    return _MARKS_RE.sub("", text)


@lru_cache(maxsize=256)
def label_kind(text: str | None) -> tuple[str, int] | None:
    """(kind, end of label in the unmarked text) when `text` opens with a part label.

    Cached (a few recent texts, which may be long paragraphs): extraction asks about the
    same line two or three times in a row."""
    if not text or not text.strip():
        return None
    unmarked = _unmark(text)
    if not _any_label_pattern().match(unmarked):
        return None
    for kind, pattern in _label_patterns().items():
        m = pattern.match(unmarked)
        if m:
            return kind, m.end()
    return None


# --- hidden elements: what a reader never sees ---------------------------------------------------
# Classes that hide an element (Bootstrap, WordPress, common CMS themes); `d-none` next to a
# `d-md-block` is shown on larger screens, so a breakpoint display class keeps it visible.
_HIDDEN_CLASSES = ("d-none", "hidden", "hide", "hideme", "is-hidden", "invisible", "sr-only",
                   "visually-hidden", "screen-reader-text")
_SHOWN_AT_BREAKPOINT_RE = re.compile(r"^d-(?:sm|md|lg|xl|xxl)-(?!none$)[a-z-]+$")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A cheap pre-filter on the attributes (is_hidden decides on each element it passes).
_HIDDEN_CLASS_HINT_RE = re.compile(r"hid|d-none|invisible|sr-only|screen-reader")
_HIDDEN_STYLE_HINT_RE = re.compile(r"none|hidden", re.IGNORECASE)
_aside: set[int] = set()  # roots of the trees whose hidden elements are set aside now


def _maybe_hidden(root) -> list:
    """The elements of `root` that is_hidden may accept, in document order (one walk over the
    elements, reading at most four attributes of each: cheaper than the equivalent XPath)."""
    found = []
    for el in root.iter(etree.Element):
        if el.tag in ("template", "noscript"):
            found.append(el)
            continue
        if not el.attrib:
            continue
        get = el.get
        cls, style = get("class"), get("style")
        if ((cls is not None and _HIDDEN_CLASS_HINT_RE.search(cls))
                or (style is not None and _HIDDEN_STYLE_HINT_RE.search(style))
                or get("hidden") is not None or get("aria-hidden") is not None):
            found.append(el)
    return found


def is_hidden(el) -> bool:
    """True when the element itself is hidden from readers: <template>, <noscript>, the
    `hidden` attribute, aria-hidden="true", an inline display:none / visibility:hidden, or a
    hiding class (d-none, hidden, hide, sr-only, ...). <html> and <body> never count (pages
    hide them until their scripts have run)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("html", "body", "head"):
        return False
    if tag in ("template", "noscript") or el.get("hidden") is not None:
        return True
    if (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if _HIDDEN_STYLE_RE.search(el.get("style") or ""):
        return True
    classes = (el.get("class") or "").lower().split()
    if not any(c in _HIDDEN_CLASSES for c in classes):
        return False
    return not any(_SHOWN_AT_BREAKPOINT_RE.match(c) for c in classes)


@contextmanager
def hidden_set_aside(tree) -> Iterator[None]:
    """Within the block, hidden elements (is_hidden) are out of `tree`, each replaced by an
    empty comment that keeps its place and tail text; they are put back on exit. Labels, part
    values and the headline are read from what a reader sees; the body extractor, which has
    its own rules for hidden markup, gets the page whole."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree.getroot()
    if id(root) in _aside:  # nested: already done
        yield
        return
    swapped = []
    for el in _maybe_hidden(root):
        parent = el.getparent()
        if parent is None or not is_hidden(el):
            continue
        if el.getroottree().getroot() is not root:
            continue  # inside an element already set aside
        mark = etree.Comment("")
        mark.tail, el.tail = el.tail, None
        parent.replace(el, mark)
        swapped.append((mark, el))
    _aside.add(id(root))
    try:
        yield
    finally:
        _aside.discard(id(root))
        for mark, el in reversed(swapped):
            parent = mark.getparent()
            if parent is None:
                continue
            el.tail, mark.tail = mark.tail, None
            parent.replace(mark, el)


def text_lines(element) -> list[str]:
    """The element's text as cleaned lines, one per block-level element or <br>."""
    return _lines(element)


def _lines(element, skip=None) -> list[str]:
    """text_lines, leaving out the subtrees of the elements for which skip(el) is true."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None or tag in _SKIP_TAGS or (skip is not None and skip(node)):
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(element)
    return clean_lines("".join(parts))


def _one_line(text: str) -> str:
    """clean_line of a text that may hold line breaks (a link or heading written over lines)."""
    return " ".join(clean_line(text).split())


def _own_text(el) -> str:
    return el.text or ""


def _is_element(el) -> bool:
    return isinstance(el.tag, str) and el.tag not in _SKIP_TAGS


def _labels_in(el, kinds=KINDS) -> list:
    return [d for d in el.iter()
            if _is_element(d) and (label_kind(_own_text(d)) or ("",))[0] in kinds]


# A read-also article may carry its own date line, source or tags: only these end it.
_ENDS = {"read_also": ("read_also", "related")}


def _block_for(label_el, kind: str) -> list:
    """The elements that make up the part a label opens: a wrapper, or the label's siblings."""
    match = label_kind(_own_text(label_el))
    rest = _unmark(_own_text(label_el))[match[1]:].strip() if match else ""
    if rest or any(_is_element(c) and clean_line(c.text_content()) for c in label_el):
        return [label_el]  # the value sits inside the label element (text or child links)
    ends = _ENDS.get(kind, KINDS)
    block = label_el
    label_text = clean_line(block.text_content())
    while True:
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        parent_text = clean_line(parent.text_content())
        if not parent_text.startswith(label_text):
            break
        if [x for x in _labels_in(parent, ends) if x is not label_el]:
            break
        block = parent
        if clean_line(block.text_content()) != label_text:
            return [block, *_items_after(block, ends)]
    # sibling mode: the label and what follows it up to the next label
    elements = [block]
    for sibling in block.itersiblings():
        if not _is_element(sibling):
            continue
        if _labels_in(sibling, ends):
            break
        elements.append(sibling)
    return elements


def _items_after(block, ends) -> list:
    """The siblings right after `block` that are more items of the same list (same tag, same
    non-empty class, no label of their own): a label introduces the whole container, not only
    the first item that shares its wrapper."""
    cls = block.get("class")
    items = []
    if not cls:
        return items
    for sibling in block.itersiblings():
        if not _is_element(sibling):
            continue
        if sibling.tag != block.tag or sibling.get("class") != cls or _labels_in(sibling, ends):
            break
        items.append(sibling)
    return items


def _block_lines(elements) -> list[str]:
    lines: list[str] = []
    for el in elements:
        lines.extend(text_lines(el))
    return lines


def _after_label(line: str) -> str:
    match = label_kind(line)
    return clean_line(_unmark(line)[match[1]:]) if match else line


def _read_source(elements) -> str | None:
    text = " ".join(_block_lines(elements))
    pieces = _SOURCE_SPLIT_RE.split(text)
    value = clean_line(pieces[-1]) if len(pieces) > 1 else ""
    value = value.strip(" .،-|")
    return value or None


def _read_tags(elements) -> list[str]:
    tags: list[str] = []
    links = [a for el in elements for a in el.iter("a")]
    if links:
        candidates = [_one_line(a.text_content()) for a in links]
    else:
        lines = _block_lines(elements)
        value = _after_label(lines[0]) if lines else ""
        candidates = re.split(r"\s*[،,|؛;]\s*|\n", value)
    for tag in candidates:
        tag = tag.strip(" #،,")
        if tag and not is_ui_link(tag) and not label_kind(tag) and tag not in tags:
            tags.append(tag)
    return tags


def _holds_label(el, label_el) -> bool:
    return el is label_el or _inside(label_el, el)


def _headline_items(elements, label_el) -> list[str]:
    """The headlines of a list of links: one per list item holding a link (its longest link
    text), or per heading that holds or sits in a link; the label's own heading excluded."""
    items: list[str] = []
    for el in elements:
        for d in el.iter("li", *_HEADINGS):
            if _holds_label(d, label_el) or _inside(d, label_el):
                continue
            links = list(d.iter("a"))
            if d.tag == "li":
                if not links or d.find(".//li") is not None:
                    continue  # no link, or a list inside: its own items count
                texts = [_one_line(a.text_content()) for a in links]
                text = max(texts, key=len) or _one_line(d.text_content())
            elif links or any(a.tag == "a" for a in d.iterancestors()):
                text = _one_line(d.text_content())
            else:
                continue
            if text and not label_kind(text) and not is_boilerplate(text):
                items.append(text)
    return items


def _link_texts(elements, label_el) -> list[str]:
    """Texts of the links of a block (two words or more: not UI links such as «المزيد»)."""
    texts = []
    for el in elements:
        for a in el.iter("a"):
            if _holds_label(a, label_el) or _inside(a, label_el):
                continue
            text = _one_line(a.text_content())
            if len(text.split()) >= 2 and not label_kind(text) and not is_boilerplate(text):
                texts.append(text)
    return texts


def _prose_lines(elements, label_el) -> list[str]:
    """The block's lines of text outside links and outside the label."""
    def skip(node) -> bool:
        return node.tag == "a" or node is label_el

    return [line for el in elements for line in _lines(el, skip=skip)]


def _is_prose(line: str) -> bool:
    """A line of running text: two words or more, not a date stamp, not page chrome."""
    words = len(line.split())
    if words < 2 or is_boilerplate(line):
        return False
    return words > _DATE_STAMP_WORDS or parse_date_text(line) is None


def _is_link_list(elements, label_el) -> bool:
    """True when a «إقرأ أيضاً» block is a list of other headlines, not an embedded article:
    two linked headlines or more, or no text outside its links but dates (an article is a
    headline followed by paragraphs, as in the seed documents)."""
    if len(_headline_items(elements, label_el)) >= 2:
        return True
    return not any(_is_prose(line) for line in _prose_lines(elements, label_el))


def _link_list_titles(elements, label_el) -> list[str]:
    return _headline_items(elements, label_el) or _link_texts(elements, label_el)


def _read_read_also(elements, label_el) -> dict | None:
    title = None
    title_el = None
    for el in elements:
        for d in el.iter(*_HEADINGS):
            if not _holds_label(d, label_el) and clean_line(d.text_content()):
                title_el = d
                break
        if title_el is not None:
            break
    lines = _block_lines(elements)
    if lines and label_kind(lines[0]):
        remainder = _after_label(lines[0])
        lines = ([remainder] if remainder else []) + lines[1:]
    if title_el is not None:
        title = clean_line(title_el.text_content())
        if title in lines:
            lines = lines[lines.index(title) + 1:]
    elif lines:
        title, lines = lines[0], lines[1:]
    lines = drop_boilerplate(lines)
    if not title and not lines:
        return None
    return {"title": title, "text": "\n".join(lines)}


def _read_related(elements, label_el) -> list[str]:
    items = _headline_items(elements, label_el) or _link_texts(elements, label_el)
    if not items:
        items = _block_lines(elements)[1:]
    return [x for x in items if x and not is_boilerplate(x)]


def _add_new(target: list[str], items: list[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def split_page(tree) -> PageParts:
    """Read the labelled parts of a page and remove their blocks from `tree` (mutates it).

    Hidden elements are not read (hidden_set_aside). A «إقرأ أيضاً» block that is a list of
    links gives related titles; only a headline followed by paragraphs is a read-also article."""
    found = [el for el in _candidates(tree) if _is_element(el) and label_kind(_own_text(el))]
    if not found:
        return PageParts()  # most pages that are not Arabic news: no hidden elements to look up
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree.getroot()
    with hidden_set_aside(tree):
        return _split_page([el for el in found if el.getroottree().getroot() is root])


def _split_page(found: list) -> PageParts:
    parts = PageParts()
    taken: list = []  # blocks already read: labels inside them belong to them
    related_read = False
    for label_el in found:
        if any(label_el is t or _inside(label_el, t) for block in taken for t in block):
            continue
        kind = label_kind(_own_text(label_el))[0]
        block = _block_for(label_el, kind)
        if kind == "date_line" and parts.date_line is None:
            parts.date_line = " ".join(_block_lines(block)) or None
            parts.date_line_date = parse_date_text(parts.date_line)
        elif kind == "source" and parts.origin_source is None:
            parts.origin_source = _read_source(block)
        elif kind == "tags" and not parts.tags:
            parts.tags = _read_tags(block)
        elif kind == "read_also" and _is_link_list(block, label_el):
            _add_new(parts.related_titles, _link_list_titles(block, label_el))
        elif kind == "read_also":
            item = _read_read_also(block, label_el)
            if item:
                parts.read_also.append(item)
        elif kind == "related" and not related_read:
            _add_new(parts.related_titles, _read_related(block, label_el))
            related_read = True
        else:
            continue
        taken.append(block)
    for block in taken:
        for el in block:
            if el.getparent() is not None:
                el.drop_tree()
    return parts


def _inside(el, ancestor) -> bool:
    return any(a is ancestor for a in el.iterancestors())


# An XML declaration naming an encoding: lxml refuses it on an already decoded string
# ("Unicode strings with encoding declaration are not supported"), which XHTML pages carry.
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def parse_html(html: str):
    """An lxml tree of an HTML page (raises ValueError on an empty document). The text is
    already decoded, so a leading XML declaration (and the encoding it names) is dropped."""
    if html.lstrip()[:5].lower() == "<?xml":
        html = _XML_DECLARATION_RE.sub("", html, count=1)
    return lxml_html.document_fromstring(html)


@dataclass
class TextParts(PageParts):
    """The parts of a plain-text document in the seed layout (headline and body included)."""

    title: str | None = None
    body: list[str] = field(default_factory=list)


_BULLET_RE = re.compile(r"^[•·\-\*▪●]\s*")


def split_text(text: str) -> TextParts:
    """Split a plain-text page in the seed layout (headline, date line, body, المصدر, tags,
    إقرأ أيضاً, مقالات مشابهة) into its parts. Tag boundaries are not written in plain text,
    so tags come back one word each."""
    parts = TextParts()
    lines = clean_lines(text)
    if len(lines) > 1 and (label_kind(lines[1]) or ("",))[0] == "date_line":
        parts.title, lines = lines[0], lines[1:]
    section, current = "body", None
    for line in lines:
        kind = (label_kind(line) or (None,))[0]
        if kind == "date_line" and parts.date_line is None and section == "body":
            parts.date_line = line
            parts.date_line_date = parse_date_text(line)
        elif kind == "source" and section == "body":
            pieces = _SOURCE_SPLIT_RE.split(line)
            parts.origin_source = clean_line(pieces[-1]).strip(" .،-|") or None
            section = "footer"
        elif kind == "tags" and section in ("body", "footer"):
            words = _after_label(line).split()
            parts.tags = [w for w in words if not is_ui_link(w)]
            section = "footer"
        elif kind == "read_also":
            current = {"title": None, "text": ""}
            parts.read_also.append(current)
            rest = _after_label(line)
            if rest:
                current["title"] = rest
            section = "read_also"
        elif kind == "related":
            section = "related"
        elif section == "body":
            if not is_boilerplate(line):
                parts.body.append(line)
        elif section == "read_also" and current is not None:
            if current["title"] is None:
                current["title"] = line
            elif not is_boilerplate(line):
                current["text"] = f"{current['text']}\n{line}" if current["text"] else line
        elif section == "related":
            title = _BULLET_RE.sub("", line)
            if title:
                parts.related_titles.append(title)
    return parts
