"""The extractor's faster scans cut and find exactly what their plain forms do.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events
from pipeline.events.extract import _visit_begun
from pipeline.events.mentions import (
    _SENTENCE_MARK,
    split_sentences,
    tokenize,
)
from tests.test_events_speed import _SENTENCE_END

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
    assert _rows("استدعت أنقرة السفير المصري لديها أمس للاحتجاج على التصريحات.") == [
        ("MEET", "reported", "2015-07-07", "TUR", "official", "EGY", "official", None)
    ]
    assert _rows("انتقدت أنقرة التصريحات المصرية أمس.") == []
