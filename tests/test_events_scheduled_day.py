"""A contact to come told with its month only, whose noun a later sentence names as scheduled
for a day («والزيارة مقررة في 29 يوليو»): held that day (pipeline/events/extract.py
_scheduled_day).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _dated(text: str, published: str = "2015-07-21") -> set:
    """(type, status, date, precision) of each event of a text."""
    return {(e["event_type"], e["status"],
             e["event_date"].isoformat() if e["event_date"] else None, e["date_precision"])
            for e in extract_events(text, published)}


VISIT_NEXT_WEEK = ("أعلن وزير الخارجية الإيطالي اليوم أنه سيتوجه إلى القاهرة الأسبوع المقبل، "
                   "حيث سيلتقي الرئيس المصري عبد الفتاح السيسي.")


def test_a_visit_scheduled_for_a_day_dates_the_visit_and_its_meeting():
    before = _dated(VISIT_NEXT_WEEK)
    assert ("VISIT", "planned", None, None) in before  # a week names no day, nor a month
    after = _dated(VISIT_NEXT_WEEK + " والزيارة مقررة في 29 يوليو، بحسب مصادر دبلوماسية.")
    assert ("VISIT", "planned", "2015-07-29", "day") in after
    assert ("MEET", "planned", "2015-07-29", "day") in after
    # «فإن الزيارة مقررة في» as well
    after = _dated(VISIT_NEXT_WEEK + " وبحسب مصادر دبلوماسية فإن الزيارة مقررة في 29 يوليو الحالي.")
    assert ("VISIT", "planned", "2015-07-29", "day") in after


def test_talks_scheduled_for_a_day():
    text = ("أعلن مسؤولون أن الجولة المقبلة من محادثات السلام بين الحكومة الأفغانية ومتمردي "
            "حركة طالبان ستجري في أواخر يوليو. وأعلن مسؤول أفغاني أن المحادثات مقررة في 30 "
            "يوليو.")
    assert ("NEGOTIATE", "planned", "2015-07-30", "day") in _dated(text)


def test_a_visit_that_was_scheduled_keeps_its_month():
    # near miss: «كانت مقررة» tells a day the visit is no longer held on
    text = VISIT_NEXT_WEEK + " وكانت الزيارة مقررة في 23 يوليو قبل أن تؤجل."
    assert not any(d == "2015-07-23" for _, _, d, _ in _dated(text))
    text = VISIT_NEXT_WEEK + " يذكر أن الزيارة كانت مقررة في 23 يوليو."
    assert not any(d == "2015-07-23" for _, _, d, _ in _dated(text))


def test_a_day_of_another_month_does_not_date_the_visit():
    # near miss: the day named is not in the week the visit was told in
    # (a week with no day: the day named after the coming week ends dates nothing)
    text = VISIT_NEXT_WEEK + " والزيارة مقررة في 3 أغسطس."
    assert ("VISIT", "planned", None, None) in _dated(text)


def test_scheduled_word_lists_are_loaded_normalised():
    from pipeline.events import extract, words
    assert extract._SCHEDULED_VISITS is words.SCHEDULED_VISIT_NOUNS
    assert "والزياره" in words.SCHEDULED_VISIT_NOUNS and "مقرره" in words.SCHEDULED_WORDS
    assert "المحادثات" in words.SCHEDULED_TALKS_NOUNS
