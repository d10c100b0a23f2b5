"""Status and dates of found contacts (pipeline/events/extract.py, triggers.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _visits(text: str, published: str = "2017-05-04") -> list[tuple]:
    return [
        (e["status"], e["event_date"])
        for e in extract_events(text, published)
        if e["event_type"] == "VISIT"
    ]


def test_statement_day_does_not_date_a_coming_visit():
    # the day stands between the speech verb and «إن»: it is the statement's
    text = "قال مسؤول في وزارة الخارجية اليوم الخميس إن الرئيس الفرنسي سيزور الجزائر."
    assert _visits(text) == [("planned", None)]


def test_own_day_of_a_coming_visit_still_dates_it():
    # near miss: the day stands in the reported clause, after the visit
    text = "قال مسؤول في وزارة الخارجية إن الرئيس الفرنسي سيزور الجزائر اليوم."
    assert _visits(text) == [("planned", date(2017, 5, 4))]


def test_statement_day_still_dates_a_reported_visit():
    # near miss: a past contact in the reported clause keeps the telling's day
    text = "قال مسؤول في وزارة الخارجية اليوم الخميس إن الرئيس الفرنسي زار الجزائر."
    assert _visits(text) == [("reported", date(2017, 5, 4))]


def test_news_some_months_before_a_visit_tells_a_coming_visit():
    text = "ويأتي القرار قبل ثلاثة أشهر من زيارة الرئيس الصيني إلى بريطانيا."
    assert _visits(text, "2015-07-31") == [("planned", None)]


def test_news_days_before_a_visit_tells_a_coming_visit():
    text = "وجاء الاتصال قبل أيام قليلة من زيارة وزير الخارجية الفرنسي إلى طهران."
    assert _visits(text, "2015-07-31") == [("planned", None)]


def test_news_after_a_visit_tells_a_visit_made():
    # near miss: «بعد ... من» puts the visit before the news
    text = "وجاء القرار بعد ثلاثة أشهر من زيارة الرئيس الصيني إلى بريطانيا."
    assert _visits(text, "2015-07-31") == [("reported", None)]


def test_day_a_visit_is_put_off_to_is_not_its_day():
    text = "أرجأ الرئيس الفرنسي زيارته إلى الجزائر إلى الشهر المقبل."
    assert _visits(text) == [("cancelled", None)]


def test_day_a_postponement_is_announced_is_not_the_visits():
    text = "أعلنت الخارجية الثلاثاء إرجاء زيارة وزير الخارجية الإيراني إلى تركيا."
    assert _visits(text) == [("cancelled", None)]


def test_day_a_called_off_visit_was_due_still_dates_it():
    # near miss: the day the visit was due, told after the announcement's
    text = (
        "أعلنت الخارجية الثلاثاء إرجاء زيارة وزير الخارجية الإيراني إلى تركيا "
        "التي كانت مقررة اليوم."
    )
    assert _visits(text) == [("cancelled", date(2017, 5, 4))]
