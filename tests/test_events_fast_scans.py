"""The extractor's fast scans and look-ups find exactly what their plain forms do.

The look-ups that let a scan skip words (regions.py's first words, triggers.py's whole set
of cancellation forms, extract.py's story openers) answer as the full readings they guard.

Sentences written for these tests (not corpus text).

The extractor's faster scans cut and find exactly what their plain forms do.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.extract import _other_story, _visit_begun
from pipeline.events.mentions import (
    _SENTENCE_MARK,
    split_sentences,
    tokenize,
)
from pipeline.events.regions import region_at
from pipeline.events.triggers import any_cancels_told, cancels_told
from tests.test_events_speed import _SENTENCE_END


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


# every kind of mark, quote, space and next character around a cut
CUT_TEXTS = [
    "",
    "التقى الوزير نظيره. وبحث الجانبان العلاقات!ثم غادر؟وقال إن الزيارة ناجحة",
    'وصل إلى المطار." وكان الوفد قد بدأ زيارته.» ثم التقى الوزير!” وغادر',
    'قال «سنلتقي غدا.»ثم غادر."وبعدها وصل.»  \tوأضاف',
    "بلغت 3.5 ساعات. 2015.5 وصل...ثم . .والتقى!!؟؟ نظيره",
    ".؟! ",
    "وصل الوزير.\u00a0ثم غادر.\u2003وعاد.\u200bوقال.ـ ثم",
    "النسبة ½.½ ثم .² ثم ._ثم .-ثم",
    "أ.د. محمد ود. علي (د. ب. أ) الاجتماع.ثم غادر",
    '."»" ثم.""  ثم',
]


def test_the_mark_scan_cuts_where_the_lookbehind_scan_does():
    for text in CUT_TEXTS:
        plain = [m.span() for m in _SENTENCE_END.finditer(text)]
        fast = [
            m.span(1) if m.group(1) is not None else (m.end(), m.end())
            for m in _SENTENCE_MARK.finditer(text)
        ]
        assert fast == plain, text


def test_sentences_cut_after_marks_and_closing_quotes():
    assert split_sentences('وصل الوزير إلى المطار." وكان الوفد قد بدأ زيارته.ثم التقى نظيره') == [
        'وصل الوزير إلى المطار."',
        "وكان الوفد قد بدأ زيارته.",
        "ثم التقى نظيره",
    ]
    # no cut inside a number, before a quote run into the next word, or after a title
    assert split_sentences('بلغت 3.5 ساعات."وقال د. علي إن اللقاء تم') == [
        'بلغت 3.5 ساعات."وقال د. علي إن اللقاء تم'
    ]


def _rows(text: str, published: str = "2015-07-08") -> list[tuple]:
    return [
        (
            e["event_type"],
            e["status"],
            str(e["event_date"]),
            e["actor1_country"],
            e["actor1_role"],
            e["actor2_country"],
            e["actor2_role"],
            e["location_country"],
        )
        for e in extract_events(text, published)
    ]


def test_a_sentence_with_an_onward_verb_still_tells_the_next_stop():
    text = (
        "وصل وزير الخارجية الأمريكي إلى القاهرة أمس في جولة إقليمية. ومن مصر، سينتقل "
        "وزير الخارجية الأمريكي، الاثنين، إلى الدوحة."
    )
    assert (
        "VISIT",
        "planned",
        "2015-07-13",
        "USA",
        "foreign_minister",
        None,
        None,
        "QAT",
    ) in _rows(text)


def test_a_visit_begun_still_dates_the_meeting_during_it():
    rows = _rows("بدأ الرئيس الفرنسي اليوم زيارة رسمية إلى تونس يلتقي خلالها الرئيس التونسي.")
    assert ("VISIT", "reported", "2015-07-08", "FRA", "head_of_state", None, None, "TUN") in rows
    assert _visit_begun([t.norm for t in tokenize("بدأ الرئيس اليوم زيارة رسمية")])
    assert not _visit_begun([t.norm for t in tokenize("أنهى الرئيس اليوم زيارة رسمية")])


def test_a_contact_scheduled_for_a_day_later_takes_that_day():
    text = (
        "أعلن وزير الخارجية الروسي أنه سيتوجه إلى طهران الأسبوع المقبل حيث سيلتقي الرئيس "
        "الإيراني. والزيارة مقررة في 14 يوليو."
    )
    assert (
        "MEET",
        "planned",
        "2015-07-14",
        "RUS",
        "foreign_minister",
        "IRN",
        "head_of_state",
        "IRN",
    ) in _rows(text)


def test_a_capital_that_summons_an_envoy_is_still_his_counterpart():
    # the capital names the summoner, not a venue; the summons is held in the summoner's state
    assert _rows("استدعت أنقرة السفير المصري لديها أمس للاحتجاج على التصريحات.") == [
        ("MEET", "reported", "2015-07-07", "TUR", "official", "EGY", "official", "TUR")
    ]
    assert _rows("انتقدت أنقرة التصريحات المصرية أمس.") == []
