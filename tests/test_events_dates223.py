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


def _statuses(text: str, published: str = "2015-08-03") -> list[tuple]:
    return sorted(
        (e["event_type"], e["status"], e["event_date"])
        for e in extract_events(text, published=published)
        if e["event_type"] == "MEET"
    )


def test_headline_run_into_its_lede_is_not_a_planned_meeting():
    # «أمير قطر يلتقي وزير الخارجية الأمريكي» is the headline of the lede that follows
    text = (
        "أمير قطر يلتقي وزير الخارجية الأمريكي التقى الشيخ تميم بن حمد أمير دولة قطر اليوم "
        "وزير الخارجية الأمريكي جون كيري في الدوحة."
    )
    assert _statuses(text) == [("MEET", "reported", date(2015, 8, 3))]


def test_present_meeting_with_its_own_clause_stays_planned():
    # a present verb told in its own clause (a conjunction before the past verb) is not a headline
    text = (
        "يلتقي أمير قطر غدا وزير الخارجية الأمريكي في الدوحة، "
        "وكان قد التقى وزير الخارجية الروسي أمس."
    )
    statuses = {s for _t, s, _d in _statuses(text)}
    assert "planned" in statuses
