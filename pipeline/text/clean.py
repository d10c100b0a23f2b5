"""Clean up stored Arabic text: invisible characters, whitespace, and page-chrome lines.

The stored text keeps its letters as published (Persian look-alikes included); folding for
matching lives in `pipeline.text.normalize`. Boilerplate lines: configs/lexicons/boilerplate.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from configs import CONFIG_DIR, load_yaml
from pipeline.text.normalize import normalize_arabic

BOILERPLATE_PATH = CONFIG_DIR / "lexicons" / "boilerplate.yaml"

# Zero-width and bidi control characters (kept out of stored text), BOM, soft hyphen.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SPACES_RE = re.compile(r"[^\S\n]+")  # whitespace other than newline (NBSP, thin space, tabs)
# What _SPACES_RE.sub(" ", ...) changes: its runs less those that are one space already.
_SPACES_TO_SPACE_RE = re.compile(r"(?:[^\S\n ]| (?=[^\S\n]))[^\S\n]*")
_TATWEEL_RUN_RE = re.compile("\u0640{2,}")


def _clean_chars(text: str) -> str:
    """NFC, no invisible characters, tatweel runs as one (line breaks untouched)."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE_RE.sub("", text)
    if "\u0640\u0640" in text:
        text = _TATWEEL_RUN_RE.sub("\u0640", text)
    return text


def clean_line(text: str) -> str:
    """One line of stored text: NFC, no invisible characters, single spaces, trimmed."""
    return _SPACES_TO_SPACE_RE.sub(" ", _clean_chars(text)).strip()


def clean_lines(text: str) -> list[str]:
    """Non-empty cleaned lines of a block of text: `clean_line` of each of text.splitlines().

    The character clean-up runs once on the whole text (it never makes or removes a line
    break, and NFC does not compose across one); within a line, where no line break is left,
    clean_line's spacing is str.split's: both take whitespace as str.isspace does."""
    lines = (" ".join(line.split()) for line in _clean_chars(text).splitlines())
    return [line for line in lines if line]


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[frozenset[str], tuple[re.Pattern, ...], frozenset[str],
                            tuple[re.Pattern, ...]]:
    data = load_yaml(BOILERPLATE_PATH) or {}
    lines = frozenset(normalize_arabic(x) for x in data.get("lines", []))
    patterns = tuple(re.compile(p, re.IGNORECASE) for p in data.get("patterns", []))
    ui_links = frozenset(normalize_arabic(x) for x in data.get("ui_links", []))
    notices = tuple(re.compile(p, re.IGNORECASE) for p in data.get("notices", []))
    return lines, patterns, ui_links, notices


MAX_BOILERPLATE_CHARS = 150  # page-chrome lines are short; longer lines are text (but notices)


def is_boilerplate(line: str) -> bool:
    """True when a line is page chrome (ad label, share/follow prompt, comment policy or
    disclaimer notice) rather than text."""
    folded = normalize_arabic(line)
    if not folded:
        return True
    lines, patterns, _, notices = _boilerplate()
    if any(p.search(folded) for p in notices):
        return True
    if len(line) > MAX_BOILERPLATE_CHARS:
        return False
    return folded in lines or any(p.search(folded) for p in patterns)


def is_ui_link(text: str) -> bool:
    """True for link texts such as المزيد that sit among tags but are navigation."""
    return normalize_arabic(text) in _boilerplate()[2]


def drop_boilerplate(lines: list[str]) -> list[str]:
    """The lines that are not page chrome."""
    return [line for line in lines if not is_boilerplate(line)]


_ARABIC_LETTER_RE = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_ANY_LETTER_RE = re.compile(r"[^\W\d_]")


# Counted by their complements, which are rare in the texts they are counted in: characters
# that are not letters, letters that are not Arabic, and the two of the Arabic ranges that are
# not letters (U+06FD, U+06FE: counted as Arabic all the same).
_NOT_LETTER_RE = re.compile(r"[\W\d_]")
_OTHER_LETTER_RE = re.compile(r"[^\W\d_\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_ARABIC_NOT_LETTERS = tuple(chr(c) for c in range(0x0600, 0x0700)
                            if _ARABIC_LETTER_RE.match(chr(c)) and not _ANY_LETTER_RE.match(chr(c)))


def arabic_share(text: str | None, sample: int = 4000) -> float:
    """Share of Arabic letters among the letters of (the start of) a text, 0.0 to 1.0."""
    head = (text or "")[:sample]
    if not _ARABIC_LETTER_RE.search(head):
        return 0.0
    letters = len(head) - len(_NOT_LETTER_RE.findall(head))  # = len(_ANY_LETTER_RE.findall)
    if not letters:
        return 0.0
    arabic = letters - len(_OTHER_LETTER_RE.findall(head))  # Arabic letters among the letters
    arabic += sum(head.count(ch) for ch in _ARABIC_NOT_LETTERS)  # = len(_ARABIC_LETTER_RE...)
    return arabic / letters


def is_arabic(text: str | None, min_share: float = 0.0) -> bool:
    """Whether the text holds Arabic letters, at least `min_share` of its letters (0.0: any)."""
    share = arabic_share(text)
    return share > 0 and share >= min_share
