"""extract._co_counterparts: a weekday between the trigger and «مع» («الثلاثاء», which holds
«ثلاث») or a count of days («تستغرق ثلاثة أيام») is no trilateral meeting; «اجتماعا ثلاثيا مع
X وY» and «الأطراف الثلاثة» still are.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract

PUB = date(2015, 8, 11)


def _co(text: str) -> dict:
    return {(c.actor1.country, c.actor2.country): extract._co_counterparts(c)
            for c, _ in extract.candidates(text, PUB, None, True) if c.actor2 is not None}


def test_tuesday_is_no_trilateral_meeting():
    co = _co("التقى وزير الخارجية السعودي عادل الجبير الثلاثاء في الرياض مع نظيره الروسي "
             "سيرجي لافروف ووزير الخارجية الأمريكي جون كيري.")
    assert co[("RUS", "USA")] is True
    assert co[("SAU", "RUS")] is False


def test_a_trilateral_meeting_joins_its_counterparts():
    co = _co("عقد وزير الخارجية السعودي عادل الجبير الثلاثاء اجتماعا ثلاثيا مع نظيره الروسي "
             "سيرجي لافروف ووزير الخارجية الأمريكي جون كيري.")
    assert co.get(("RUS", "USA")) is not True


def test_a_count_of_days_is_no_trilateral_meeting():
    co = _co("التقى وزير الخارجية السعودي عادل الجبير خلال زيارة تستغرق ثلاثة أيام مع نظيره "
             "الروسي سيرجي لافروف ووزير الخارجية الأمريكي جون كيري.")
    assert co[("RUS", "USA")] is True


def test_the_three_parties_are_a_trilateral_meeting():
    co = _co("التقى وزير الخارجية السعودي عادل الجبير الأطراف الثلاثة مع نظيره الروسي "
             "سيرجي لافروف ووزير الخارجية الأمريكي جون كيري.")
    assert co.get(("RUS", "USA")) is not True
