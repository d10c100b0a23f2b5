"""Dates and statuses this round reads: a contact told after «غداة» / «عشية» in a sentence that
names no day of its own (pipeline/events/extract.py `_eve_word`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _meets(text: str, published: str = "2015-08-07") -> list[dict]:
    return [e for e in extract_events(text, published=published) if e["event_type"] == "MEET"]


LEAD = "يصوت مجلس الأمن صباح اليوم على مشروع قرار بشأن سوريا. "


def test_day_after_a_meeting_in_an_undated_sentence_takes_no_lead_day():
    # the lead's day is the vote's: the meeting, the day before an undated statement, has none
    text = (
        LEAD + "وقال وزير الخارجية الأمريكي غداة لقائه نظيره الروسي في ماليزيا إن الجانبين اتفقا."
    )
    meets = _meets(text)
    assert meets and all(e["event_date"] is None for e in meets)
    assert {(e["actor1_country"], e["actor2_country"]) for e in meets} <= {
        ("USA", "RUS"),
        ("RUS", "USA"),
    }


def test_day_after_a_meeting_takes_its_own_sentence_day_shifted():
    # a day in the statement's own clause still dates the meeting, the day before it
    text = (
        LEAD
        + "وقال وزير الخارجية الأمريكي أمس غداة لقائه نظيره الروسي في ماليزيا إن الجانبين اتفقا."
    )
    meets = _meets(text)
    assert meets and all(e["event_date"] == date(2015, 8, 5) for e in meets)


def test_meeting_without_eve_word_still_takes_the_lead_day():
    text = (
        "استقبل الرئيس المصري اليوم وزير الخارجية الأمريكي. "
        "وبحث الرئيس مع الوزير الأوضاع في المنطقة."
    )
    meets = extract_events(text, published="2015-08-07")
    assert meets and all(e["event_date"] == date(2015, 8, 7) for e in meets)
