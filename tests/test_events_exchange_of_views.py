"""An exchange of views held with someone («يجري خلال زيارته تبادلا للآراء مع ...») is a meeting
with him (configs/lexicons/events/triggers.yaml, MEET nouns), as a working session is.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import event_rows


def _meets(text: str) -> set:
    rows = event_rows(text, "2016-04-12", None)
    return {tuple(sorted([(r[1], r[2]), (r[3], r[4])])) for r in rows if r[0] == "MEET"}


def test_an_exchange_of_views_with_a_counterpart_during_a_visit_is_a_meeting():
    text = ("سيزور وزير الخارجية القطري موسكو الأسبوع المقبل. ومن المقرر أن يجري الوزير خلال "
            "زيارته تبادلا للآراء مع وزير الخارجية الروسي سيرغي لافروف حول الأزمة السورية.")
    assert (("QAT", "foreign_minister"), ("RUS", "foreign_minister")) in _meets(text)


def test_an_exchange_of_views_between_two_named_ministers_is_their_meeting():
    text = ("أجرى وزير الخارجية الأردني أمس تبادل الآراء مع نظيره المصري سامح شكري حول "
            "الأوضاع في المنطقة.")
    assert (("EGY", "foreign_minister"), ("JOR", "foreign_minister")) in _meets(text)
