"""Charset choice for Arabic pages (header, <meta>, detection, lying headers, invalid bytes) and
mojibake repair. Pure functions, plus one page fetched end to end; no network."""

from __future__ import annotations

import codecs
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.charset import (
    _utf8_error_share,
    check_arabic_single_byte,
    choose_encoding,
    decode_html,
    repair_mojibake,
)
from connectors.http import Fetcher
from tests.connectors.conftest import make_network

ARABIC = "أعلنت وزارة الصحة الفلسطينية، اليوم الثلاثاء، عن ارتفاع عدد الضحايا إلى 34 شخصاً."


def _page(charset_meta: str | None = None) -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return f"<html><head>{meta}<title>خبر</title></head><body><p>{ARABIC}</p></body></html>"


def test_cp1256_page_from_header():
    text, enc = decode_html(_page().encode("cp1256"), "text/html; charset=windows-1256")
    assert ARABIC in text
    assert enc == "cp1256"


def test_iso_8859_6_page_from_header():
    body = "<p>أعلنت وزارة الصحة اليوم عن خبر جديد</p>"
    text, enc = decode_html(body.encode("iso-8859-6"), "text/html; charset=ISO-8859-6")
    assert text == body
    assert enc == "iso8859-6"


def test_cp1256_page_from_meta_when_header_lies_latin1():
    html = _page("windows-1256")
    text, enc = decode_html(html.encode("cp1256"), "text/html; charset=ISO-8859-1")
    assert ARABIC in text
    assert enc == "cp1256"


def test_utf8_bytes_win_over_a_lying_header():
    for header in ("text/html; charset=ISO-8859-1", "text/html; charset=windows-1256",
                   "text/html; charset=iso-8859-6"):
        text, enc = decode_html(_page("windows-1256").encode("utf-8"), header)
        assert ARABIC in text, header
        assert enc == "utf-8"


def test_undeclared_cp1256_is_detected():
    text, _ = decode_html((_page() * 3).encode("cp1256"), None)
    assert ARABIC in text


def test_utf8_label_on_cp1256_bytes_is_not_trusted():
    text, enc = decode_html((_page() * 3).encode("cp1256"), "text/html; charset=utf-8")
    assert ARABIC in text
    assert enc != "utf-8"


def test_invalid_bytes_become_replacement_characters():
    body = _page().encode("utf-8")
    broken = body[:200] + b"\xff\xfe\xc3" + body[200:]
    text, enc = decode_html(broken, "text/html; charset=utf-8")
    assert enc == "utf-8"
    assert "\ufffd" in text
    assert ARABIC in text


def test_bom_wins():
    text, enc = decode_html("\ufeff<p>سلام</p>".encode("utf-8"), "text/html; charset=cp1256")
    assert (text, enc) == ("<p>سلام</p>", "utf-8")


def test_unknown_charset_label_falls_back():
    text, _ = decode_html(_page().encode("utf-8"), "text/html; charset=x-klingon")
    assert ARABIC in text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(
    [None, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1256",
     "text/html; charset=iso-8859-6", "text/html; charset=bogus", "text/html; charset="]))
def test_decode_never_raises(content, content_type):
    text, enc = decode_html(content, content_type)
    assert isinstance(text, str) and enc


def _error_share_by_restarts(content: bytes) -> float:
    """The reference: a strict decode restarted after each invalid sequence (slow, but plain)."""
    non_ascii = sum(1 for b in content if b >= 0x80)
    if not non_ascii:
        return 0.0
    bad = pos = 0
    while True:
        try:
            content[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad += max(1, exc.end - exc.start)
            pos += exc.end
            if bad > non_ascii * 0.1:
                break
    return bad / non_ascii


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"a", b" ", "ال".encode(), b"\xd8", b"\xa7", b"\xe2\x80",
                                 b"\xf0\x9f", b"\xed\xa0\x80", b"\xc3", b"\xff", b"\x80"]),
                max_size=60))
def test_utf8_error_share_matches_restarted_strict_decodes(pieces):
    content = b"".join(pieces)
    assert _utf8_error_share(content) == _error_share_by_restarts(content)


def test_repair_mojibake_roundtrip():
    mojibake = ARABIC.encode("utf-8").decode("cp1256")
    assert "ط§" in mojibake or "ظ" in mojibake
    assert repair_mojibake(mojibake) == ARABIC
    assert repair_mojibake(f"{mojibake}\nسطر سليم") == f"{ARABIC}\nسطر سليم"


def test_repair_mojibake_in_a_mixed_line():
    mojibake = "عاجل — «خبر»".encode().decode("cp1256")
    line = f"ماذا؟ {mojibake} ok"
    assert repair_mojibake(line) == "ماذا؟ عاجل — «خبر» ok"


# Clean-text alphabet without the cp1256 characters that are also UTF-8 continuation bytes
# ('،', '؛', '؟', '«', '»'): 'ط،ط،' is a genuine ambiguity; the sentences below cover them.
arabic_text = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآأإئؤةىٌٍَُِّ٠١٢٣٤٥٦٧٨٩ 0123456789.,-:\n")),
    min_size=1, max_size=200)
TWO_LETTERS = re.compile("[\u0621-\u064a]{2}")


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_repair_leaves_clean_arabic_alone_and_fixes_its_mojibake(text):
    assert repair_mojibake(text) == text
    mojibake = text.encode("utf-8").decode("cp1256")
    if TWO_LETTERS.search(text):
        assert repair_mojibake(mojibake) == text


def test_clean_sentences_with_arabic_punctuation_are_untouched():
    for text in ("ارتفع الضغط، والتوتر؛ لماذا؟ «خبر»", "ط، ظ؟", ARABIC):
        assert repair_mojibake(text) == text


def test_choose_encoding_ascii_only_uses_declared():
    assert choose_encoding(b"<p>hello</p>", "text/html; charset=windows-1256") == "cp1256"


def test_fetched_page_lying_header_end_to_end(httpserver):
    httpserver.expect_request("/p").respond_with_data(
        _page("windows-1256").encode("cp1256"), content_type="text/html; charset=ISO-8859-1")
    with Fetcher(make_network()) as fetcher:
        result = fetcher.fetch(httpserver.url_for("/p"))
    assert ARABIC in result.text
    assert result.encoding == "cp1256"


# --- single-byte Arabic labels checked against the bytes; UTF-16/32 ---------------------------
ARABIC_CHARSETS = ("cp1256", "iso8859-6", "cp720")
PLAIN = "أعلنت وزارة الصحة اليوم عن ارتفاع عدد الحالات إلى 34 حالة وتعافي 12 مريضا"


def test_check_arabic_single_byte_leaves_other_labels_alone():
    for label in (None, "", "utf-8", "ISO-8859-1", "x-klingon", "mac-arabic"):
        assert check_arabic_single_byte(PLAIN.encode("utf-8"), label) is None


@pytest.mark.parametrize("actual", ARABIC_CHARSETS)
@pytest.mark.parametrize("label", ["ISO-8859-6", "windows-1256", "DOS-720", "cp720", "arabic"])
def test_check_arabic_single_byte_takes_the_charset_the_bytes_are_in(label, actual):
    assert check_arabic_single_byte(_page().replace(ARABIC, PLAIN).encode(actual), label) == actual


def test_check_arabic_single_byte_keeps_the_label_on_ascii_bytes():
    assert check_arabic_single_byte(b"<p>hello</p>", "ISO-8859-6") == "iso8859-6"
    assert check_arabic_single_byte(b"<p>hello</p>", "DOS-720") == "cp720"


@pytest.mark.parametrize("actual", ARABIC_CHARSETS)
@pytest.mark.parametrize("declared", ARABIC_CHARSETS)
def test_check_arabic_single_byte_on_real_text(seed_texts, declared, actual):
    for seed_id, text in seed_texts.items():  # each seed paragraph, as the charset can hold it
        for line in filter(None, text.splitlines()):
            line = line.encode(actual, "ignore").decode(actual)
            if sum(ch.isalpha() and not ch.isascii() for ch in line) < 30:
                continue  # too few letters to tell: a tie keeps the declared charset
            assert check_arabic_single_byte(line.encode(actual), declared) == actual, seed_id


def test_lying_meta_single_byte_label_decodes_right():
    html = _page("ISO-8859-6")
    text, enc = decode_html(html.encode("cp1256"), "text/html")
    assert (ARABIC in text, enc) == (True, "cp1256")
    text, enc = decode_html(html.replace("،", ",").encode("cp720"), "text/html; charset=cp1256")
    assert (ARABIC.replace("،", ",") in text, enc) == (True, "cp720")


@pytest.mark.parametrize("codec, bom", [
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", b""), ("utf-32-be", b""), ("utf-16-le", b""), ("utf-16-be", b"")])
def test_utf16_and_utf32_with_or_without_bom(codec, bom):
    text, enc = decode_html(bom + _page().encode(codec), "text/html; charset=utf-32")
    assert (text, enc) == (_page(), codec)


def test_arabic_only_utf16_without_bom_is_found():
    text, enc = decode_html(("<p>" + PLAIN * 20 + "</p>").encode("utf-16-le"), None)
    assert (PLAIN in text, enc) == (True, "utf-16-le")
