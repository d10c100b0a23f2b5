"""Unit tests of pipeline.text.normalize.normalize_arabic (matching keys only)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.text.normalize import (
    _LETTERS,
    _PUNCT_RE,
    _PUNCT_TO_SPACE_RE,
    normalize_arabic,
    normalized_tokens,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مُحَمَّدٌ", "محمد"),  # harakat, shadda, tanwin
        ("الرَّحْمٰنِ", "الرحمن"),  # superscript alef
        ("جـــديد", "جديد"),  # tatweel
        ("أحمد إبراهيم آمال ٱلقاهرة", "احمد ابراهيم امال القاهره"),  # alef variants, ة
        ("مستشفى على", "مستشفي علي"),  # alef maqsura
        ("وزیر الخارجیة أمیر قطر", "وزير الخارجيه امير قطر"),  # Farsi yeh (seed 003)
        ("کتاب", "كتاب"),  # keheh
        ("مدرسە", "مدرسه"),  # Kurdish ae
        ("عام ٢٠٢٤ و۱۴۰۳", "عام 2024 و1403"),  # Arabic-Indic and Persian digits
        ("غزة\u200f \u200bرفح\u202bالقدس\u202c", "غزه رفحالقدس"),  # bidi and zero-width
        ("«بلينكن»: نعم، لا؛ هل؟!", "بلينكن نعم لا هل"),  # Arabic punctuation
        ("  سطر\n\tسطر  ", "سطر سطر"),  # whitespace folded
        ("(CNN)-- أجرى", "cnn اجري"),  # Latin case-folded, punctuation runs
        ("ﻻ", "لا"),  # presentation form (NFKC)
        ("", ""),
    ],
)
def test_normalize_arabic(raw, expected):
    assert normalize_arabic(raw) == expected


def test_hamza_on_seats_is_kept():
    # ؤ and ئ are spellings of their own; folding them would merge different words
    assert normalize_arabic("مؤتمر رئيس") == "مؤتمر رئيس"


def test_tokens():
    assert normalized_tokens("قطر، والولايات المتحدة.") == ["قطر", "والولايات", "المتحده"]


@given(st.text(max_size=200))
def test_idempotent_and_clean(text):
    once = normalize_arabic(text)
    assert normalize_arabic(once) == once
    assert once == once.strip()
    assert "  " not in once
    for ch in "\u0640\u064e\u0651\u0623\u0625\u0622\u0649\u0629\u200f\u200b\u06cc\u06a9٣۳":
        assert ch not in once


@given(st.text(alphabet=st.sampled_from("".join(_LETTERS) + "ابت ثجح،.ـًAbc\u200f٣ﻻ"), max_size=80))
def test_letter_folding_is_the_translate_table(text):
    table = str.maketrans(_LETTERS)
    expected = normalize_arabic(text.translate(table))  # the folding done by str.translate
    assert normalize_arabic(text) == expected


@given(st.lists(st.sampled_from([" ", "  ", "\n", "\t", "_", ".", "،", "a", "ب", "\u0651", "1",
                                 "\u00a0", "-", "x_y"]), max_size=20).map("".join))
def test_punctuation_runs_become_one_space(text):
    assert _PUNCT_TO_SPACE_RE.sub(" ", text) == _PUNCT_RE.sub(" ", text)
