"""A contact noun a verb of judging takes as its object (pipeline/events/extract.py `_judged`):
the day of the judgement, or the lead's, is not the contact's.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUBLISHED = "2015-08-05"


def _visits(text: str) -> list[tuple]:
    """(status, date, precision, visitor's country and role, destination) of each visit."""
    return [
        (
            e["status"],
            e["event_date"],
            e["date_precision"],
            e["actor1_country"],
            e["actor1_role"],
            e["location_country"],
        )
        for e in extract_events(text, published=PUBLISHED)
        if e["event_type"] == "VISIT"
    ]


def test_a_visit_criticised_today_is_not_dated_by_the_criticism():
    visits = _visits(
        "انتقدت المعارضة السورية في الخارج اليوم الزيارة التي من المقرر أن يقوم "
        "بها وزير الخارجية الفرنسي إلى دمشق."
    )
    assert visits == [("planned", None, None, "FRA", "foreign_minister", "SYR")]


def test_a_visit_described_takes_no_day_from_the_lead():
    visits = _visits(
        "شن نواب أمس هجوما على الحكومة. ووصف رئيس البرلمان اللبناني زيارة وزير "
        "الخارجية الإيراني إلى بيروت بأنها تدخل في الشؤون الداخلية."
    )
    assert visits == [("reported", None, None, "IRN", "foreign_minister", "LBN")]


def test_near_miss_a_visit_told_after_a_verb_of_saying_keeps_the_lead_day():
    # «قال ... إن زيارة» tells the visit, it does not judge it: the lead's day stays
    visits = _visits(
        "شن نواب أمس هجوما على الحكومة. وقال رئيس البرلمان اللبناني إن زيارة وزير "
        "الخارجية الإيراني إلى بيروت جاءت في وقت حساس."
    )
    assert visits == [("reported", date(2015, 8, 4), "day", "IRN", "foreign_minister", "LBN")]


def test_near_miss_the_relative_clause_of_a_judged_visit_dates_it():
    visits = _visits(
        "ووصف رئيس البرلمان الزيارة التي قام بها وزير الخارجية الفرنسي أمس إلى الجزائر بأنها ناجحة."
    )
    assert visits == [("reported", date(2015, 8, 4), "day", "FRA", "foreign_minister", "DZA")]


def test_near_miss_a_day_in_the_judged_nouns_phrase_dates_it():
    visits = _visits("واعتبر المحلل زيارة وزير الخارجية القطري للرياض أمس خطوة مهمة.")
    assert visits == [("reported", date(2015, 8, 4), "day", "QAT", "foreign_minister", "SAU")]


def test_a_day_of_another_clause_does_not_date_a_judged_visit():
    visits = _visits(
        "انتقدت المعارضة السورية زيارة وزير الخارجية الفرنسي إلى دمشق، وقالت اليوم إنها خطأ."
    )
    assert visits == [("reported", None, None, "FRA", "foreign_minister", "SYR")]


def test_near_miss_a_verb_of_judging_in_another_clause_leaves_the_visit_dated():
    # punctuation and «أن» stand between «انتقد» and the visit
    visits = _visits(
        "انتقد النائب الحكومة بشدة، وأعلن أن وزير الخارجية الفرنسي يزور الجزائر اليوم."
    )
    assert visits == [("planned", date(2015, 8, 5), "day", "FRA", "foreign_minister", "DZA")]


def test_near_miss_an_arrival_noun_clause_is_not_judged():
    visits = _visits("وصل وزير الخارجية الفرنسي اليوم إلى الجزائر في زيارة رسمية.")
    assert visits == [("reported", date(2015, 8, 5), "day", "FRA", "foreign_minister", "DZA")]
