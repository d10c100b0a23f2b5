"""The extractor's faster scans cut and find exactly what their plain forms do.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events.mentions import _SENTENCE_END, _SENTENCE_MARK, split_sentences

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
