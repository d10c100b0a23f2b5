"""Decode HTML bytes to text (HTTP header, <meta>, detection); repair UTF-8-read-as-cp1256 mojibake.

Also checks a declared single-byte Arabic charset against the bytes (check_arabic_single_byte,
for pages and feeds alike) and reads UTF-16/UTF-32 with or without a byte order mark.
Pure functions over bytes and str; they never raise on bad input and never touch the network.
"""

from __future__ import annotations

import codecs
import re
import threading

import charset_normalizer

# Labels servers send by default whatever the bytes are: a <meta> tag or the bytes overrule them.
_WEAK_LABELS = {"iso8859-1", "latin-1", "ascii", "cp1252", "windows-1252", "us-ascii"}
_META_SCAN_BYTES = 4096
_META_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)
_HEADER_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
# UTF-32 first: its little-endian BOM starts with UTF-16's (FF FE).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
# Labels Python's codec registry does not know (IE's DOS-720, WHATWG's ISO-8859-6 variants).
_ALIASES = {"dos-720": "cp720", "iso-8859-6-i": "iso8859-6", "iso-8859-6-e": "iso8859-6",
            "csiso88596i": "iso8859-6", "csiso88596e": "iso8859-6", "x-mac-arabic": "mac-arabic"}
# Share of non-ASCII bytes that may be invalid before a "UTF-8" label is judged a lie.
_UTF8_ERROR_TOLERANCE = 0.1


def _codec(label: str | None) -> str | None:
    """A Python codec for a charset label, or None when unknown. Latin-1 means cp1252 (WHATWG)."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        return "cp1252"
    if label in ("x-user-defined", "utf-7", "utf7"):
        return None
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name
    except LookupError:
        return None
    return "utf-8" if name == "utf-8" else name


def header_charset(content_type: str | None) -> str | None:
    """The charset label of a Content-Type header value, or None."""
    m = _HEADER_CHARSET_RE.search(content_type or "")
    return m.group(1) if m else None


def meta_charset(content: bytes) -> str | None:
    """The charset label of the first <meta charset> / http-equiv tag in the head, or None."""
    m = _META_RE.search(content[:_META_SCAN_BYTES])
    return m.group(1).decode("ascii", "replace") if m else None


_HIGH_BYTES = bytes(range(0x80, 0x100))
_COUNT_ERRORS = "akhbar.count-utf8-errors"
_counting = threading.local()  # per thread: [invalid bytes so far, limit] of the running decode


class _TooManyErrors(Exception):
    pass


def _count_utf8_error(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: counts the invalid bytes and skips them; stops past the limit."""
    count = _counting.state
    count[0] += max(1, exc.end - exc.start)
    if count[0] > count[1]:
        raise _TooManyErrors
    return "", exc.end


codecs.register_error(_COUNT_ERRORS, _count_utf8_error)


def _utf8_error_share(content: bytes) -> float:
    """Share of non-ASCII bytes that sit in invalid UTF-8 sequences (0.0 = valid UTF-8).

    Counting stops once the share is past the tolerance (the value is then just above it)."""
    non_ascii = len(content) - len(content.translate(None, _HIGH_BYTES))
    if not non_ascii:
        return 0.0
    # One pass of the C decoder; the handler sees each invalid sequence (start, end) exactly
    # as a strict decode restarted after the previous one would report it.
    count = _counting.state = [0, non_ascii * _UTF8_ERROR_TOLERANCE]
    try:
        content.decode("utf-8", errors=_COUNT_ERRORS)
    except _TooManyErrors:
        pass
    finally:
        del _counting.state
    return count[0] / non_ascii


# --- single-byte Arabic charsets: a declared label checked against the bytes --------------------
ARABIC_SINGLE_BYTE = ("cp1256", "iso8859-6", "cp720")
_ASCII_BYTES = bytes(range(0x80))
# What Arabic text decodes to outside ASCII: the Arabic block and presentation forms, NBSP,
# guillemets, × ÷ ° ± · © ®, general punctuation, the ZWNJ/ZWJ/LRM/RLM marks, the euro sign.
# The wrong one of the three charsets gives Latin letters, box drawing, C1 controls or U+FFFD.
_PLAUSIBLE_ARABIC_RE = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefe\u00a0\u00ab\u00bb\u00d7"
    "\u00f7\u00b0\u00b1\u00b7\u00a9\u00ae\u200c-\u200f\u2010-\u2027\u20ac]")


def _implausible(high: bytes, codec: str) -> int:
    """How many of `high` (the non-ASCII bytes of a page) decode to characters Arabic text
    does not hold, with `codec`."""
    text = high.decode(codec, errors="replace")
    return len(text) - len(_PLAUSIBLE_ARABIC_RE.findall(text))


def check_arabic_single_byte(content: bytes, declared: str | None) -> str | None:
    """The charset to decode `content` with when `declared` (a charset label such as
    "ISO-8859-6", "windows-1256", "DOS-720", or a Python codec name) is one of the three
    single-byte Arabic charsets: of ISO-8859-6, windows-1256 and cp720, the one whose
    decoding of the non-ASCII bytes gives the fewest characters foreign to Arabic text (the
    declared one on a tie). Returns a Python codec name ("iso8859-6", "cp1256", "cp720"), or
    None when `declared` is not one of the three (then nothing is checked).

    Sites declare one of these and send another (the three place the Arabic letters
    differently: the wrong one garbles 40 % of the letters). Pure and cheap: it decodes only
    the non-ASCII bytes, three times. For pages and feeds alike."""
    codec = _codec(declared)
    if codec not in ARABIC_SINGLE_BYTE:
        return None
    high = content.translate(None, _ASCII_BYTES)
    if not high:
        return codec
    best, fewest = codec, _implausible(high, codec)
    for other in ARABIC_SINGLE_BYTE:
        if fewest and other != codec and (bad := _implausible(high, other)) < fewest:
            best, fewest = other, bad
    return best


# --- UTF-16 / UTF-32 without a byte order mark ------------------------------------------------
_SHAPE_SAMPLE = 4096  # bytes looked at (a multiple of 4)
# Bytes 00-08 are control characters no text holds, and the high bytes of the UTF-16/32 code
# units of Latin (00), Greek (03), Cyrillic (04), Hebrew (05), Arabic (06) and Syriac (07).
_BLOCK_BYTES = bytes(range(9))


def _block_share(column: bytes) -> float:
    return (len(column) - len(column.translate(None, _BLOCK_BYTES))) / len(column)


def _wide_unicode(content: bytes) -> str | None:
    """The UTF-16/UTF-32 codec whose shape BOM-less bytes have, or None: in UTF-16 one byte
    of two, in UTF-32 two or three of four, is 00-08 (_BLOCK_BYTES), which byte-oriented text
    never holds in runs."""
    head = content[:_SHAPE_SAMPLE - _SHAPE_SAMPLE % 4]
    if len(head) < 8 or len(head) - len(head.translate(None, _BLOCK_BYTES)) < len(head) // 4:
        return None
    columns = [_block_share(head[i::4]) for i in range(4)]
    if columns[2] > 0.8 and columns[3] > 0.8 and columns[0] < 0.5:
        return "utf-32-le"
    if columns[0] > 0.8 and columns[1] > 0.8 and columns[3] < 0.5:
        return "utf-32-be"
    even, odd = (columns[0] + columns[2]) / 2, (columns[1] + columns[3]) / 2
    if odd > 0.5 and even < 0.1:
        return "utf-16-le"
    if even > 0.5 and odd < 0.1:
        return "utf-16-be"
    return None


def _choose(content: bytes, content_type: str | None) -> tuple[str, str | None]:
    """(codec, the decoded text when choosing it already decoded the whole of `content`)."""
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name, None
    wide = _wide_unicode(content)
    if wide:
        return wide, None  # invalid code units become U+FFFD, which extraction rejects
    head = content if len(content) <= 1_000_000 else content[:1_000_000]
    has_non_ascii = not head.isascii()
    if has_non_ascii:
        try:
            return "utf-8", content.decode("utf-8")  # valid UTF-8 (the common case)
        except UnicodeDecodeError:
            pass
    utf8_share = _utf8_error_share(content) if has_non_ascii else 0.0
    header = _codec(header_charset(content_type))
    meta = _codec(meta_charset(content))
    if not has_non_ascii:
        return header or meta or "utf-8", None
    for declared, label in ((header, header_charset(content_type)), (meta, meta_charset(content))):
        if declared is None:
            continue
        if declared == "utf-8":
            if utf8_share <= _UTF8_ERROR_TOLERANCE:
                return "utf-8", None  # mostly UTF-8 with a few broken bytes
            continue  # a UTF-8 label on bytes that are not UTF-8: look further
        if declared == "cp1252" and label and label.lower() in _WEAK_LABELS | {"iso-8859-1"}:
            continue  # a server default, not a statement about these bytes
        return check_arabic_single_byte(content, declared) or declared, None
    best = charset_normalizer.from_bytes(content[:200_000]).best()
    if best is not None and (detected := _codec(best.encoding)):
        return check_arabic_single_byte(content, detected) or detected, None
    return header or meta or "utf-8", None


def choose_encoding(content: bytes, content_type: str | None) -> str:
    """Pure: the codec to decode `content` with.

    Order: BOM (UTF-8, UTF-16, UTF-32); the zero-byte shape of BOM-less UTF-16/32; bytes
    that are valid non-ASCII UTF-8 (a lying header is common, the reverse is near impossible
    for Arabic text); a non-default header charset; <meta>; detection; UTF-8. A declared or
    detected single-byte Arabic charset is checked against the bytes
    (check_arabic_single_byte).
    """
    return _choose(content, content_type)[0]


def decode_html(content: bytes, content_type: str | None) -> tuple[str, str]:
    """(text, encoding): charset from the HTTP header, then the <meta> tag, then detection
    (charset-normalizer); a header that lies (says ISO-8859-1 but the bytes are valid UTF-8 or the
    meta says windows-1256) still gives correct Arabic; never raises on invalid bytes."""
    encoding, text = _choose(content, content_type)
    if text is None:
        text = content.decode(encoding, errors="replace")
    text = text.removeprefix("\ufeff")
    return text, encoding


# --- mojibake: UTF-8 Arabic bytes decoded as windows-1256 --------------------------------------
# UTF-8 lead bytes of the Arabic block (0xD8-0xDB) followed by a continuation byte (0x80-0xBF), as
# cp1256 shows them ('ط§ظ„' is 'ال'), mark a line as mojibake. Runs of characters that cp1256 maps
# to high bytes are then re-encoded; a run is replaced only when its bytes are valid UTF-8.
_LEADS = bytes(range(0xD8, 0xDC)).decode("cp1256")
_CONTS = bytes(range(0x80, 0xC0)).decode("cp1256")
_HIGH = bytes(range(0x80, 0x100)).decode("cp1256")
# Two pairs in a row (one mojibake'd Arabic word of 2+ letters): a single pair is plausible in
# clean text ('ضغط،' is ط then the Arabic comma), two in a row are not.
_HINT = re.compile(f"(?:[{re.escape(_LEADS)}][{re.escape(_CONTS)}]){{2}}")
_PAIR = re.compile(f"[{re.escape(_LEADS)}][{re.escape(_CONTS)}]")
_HIGH_RUN = re.compile(f"[{re.escape(_HIGH)}]{{2,}}")


def _roundtrip(s: str) -> str | None:
    try:
        return s.encode("cp1256").decode("utf-8")
    except UnicodeError:
        return None


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 bytes decoded as cp1256 ('ط§ظ…' → 'ام'), line by line; other text unchanged.

    Text is touched only when it holds a mojibake'd word of two letters or more somewhere.

    A whole line is re-encoded when that round-trips (keeps punctuation such as '،' right);
    otherwise each run of cp1256 high-byte characters that is valid UTF-8 is repaired alone.
    """
    if not text or not _HINT.search(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not _PAIR.search(line):
            continue
        whole = _roundtrip(line)
        if whole is not None:
            lines[i] = whole
            continue
        lines[i] = _HIGH_RUN.sub(lambda m: _roundtrip(m.group(0)) or m.group(0), line)
    return "\n".join(lines)


# --- declared single-byte Arabic labels checked against the bytes --------------------------
def check_arabic_label(content: bytes, codec: str) -> str:
    """Pure: the codec to decode a feed's `content` with when its label says `codec`.

    Labels other than the single-byte Arabic ones (windows-1256, ISO-8859-6, cp720) are
    returned as they are. For those, bytes that are valid UTF-8 with non-ASCII characters are
    UTF-8 (a CMS that names an Arabic code page and writes UTF-8); else the one of the three
    that decodes them cleanly (check_arabic_single_byte, the pages' rule)."""
    checked = check_arabic_single_byte(content, codec)
    if checked is None:
        return codec
    if not content.isascii():
        try:
            content.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
    return checked
