"""The look-ups that let a scan skip words (regions.py's first words, triggers.py's whole set
of cancellation forms, extract.py's story openers) answer as the full readings they guard.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from pipeline.events.extract import _other_story
from pipeline.events.mentions import tokenize
from pipeline.events.regions import region_at
from pipeline.events.triggers import any_cancels_told, cancels_told


def _norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "clitics", "found"),
    [
        ("بالشرق الأوسط", "لب", (2, "Middle East")),  # ب off
        ("لأفريقيا", "لب", (1, "Africa")),  # ل off
        ("للخليج العربي", "لب", (2, "Gulf")),  # ل off, the article's alif back
        ("وأمريكا اللاتينية", "و", (2, "Latin America")),
        ("بالشرق الأوسط", "", None),  # no clitic allowed
        ("الشرق الأقصى", "", None),  # a first word of a region, not a region
        ("زيارة رسمية", "لب", None),
    ],
)
def test_region_at_with_and_without_clitics(text, clitics, found):
    assert region_at(_norms(text), 0, clitics) == found


def test_region_at_past_the_last_word():
    norms = _norms("زار أفريقيا")
    assert region_at(norms, len(norms)) is None
    assert region_at(norms, 1) == (1, "Africa")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("وأعلنت الرئاسة لاحقا تأجيلها إلى موعد آخر", True),
        ("غير أن الحكومة أرجأتها دون توضيح", True),
        ("وحضر الوزير لأجلها الحفل", False),  # for her sake
        ("وأعلنت الرئاسة تأجيل الزيارة", False),  # the bare noun: a status cue of its own
    ],
)
def test_any_cancels_told_is_any_word_that_cancels_told(text, told):
    norms = _norms(text)
    assert any_cancels_told(norms) is told
    assert any(cancels_told(t) for t in norms) is told


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("ومن جهة أخرى، استقبل الوزير السفير", True),
        ("على صعيد آخر أعلنت الوزارة", True),
        ("من جهة أخرى", False),  # the opener alone
        ("وقال من جهة أخرى إن", False),  # not at the opening
        ("", False),
    ],
)
def test_other_story_openers(text, other):
    assert _other_story(_norms(text)) is other
