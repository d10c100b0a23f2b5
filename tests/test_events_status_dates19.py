"""Status and date of events whose pair and type are right (invented sentences)."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.dates import find_dates
from pipeline.text.normalize import normalize_arabic

PUB = "2015-08-02"  # a Sunday


def _dates(text: str, published: date = date(2015, 8, 2)):
    return find_dates(normalize_arabic(text).split(), published)


def _events(text: str, published: str = PUB) -> list[tuple]:
    return [(e["event_type"], e["status"], e["event_date"], e["date_precision"],
             e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, published)]


# --- two relative days joined by و: the days of one occasion (a span) ---

def test_today_and_tomorrow_is_a_span():
    (m,) = _dates("يزور الوزير قطر اليوم وغدا")
    assert (m.date, m.precision) == (date(2015, 8, 2), "span")


def test_today_with_its_weekday_is_one_day():
    (m,) = _dates("يزور الوزير قطر اليوم الأحد")
    assert (m.date, m.precision) == (date(2015, 8, 2), "day")


def _reception(days: str) -> str:
    return (f"يصل وزير الخارجية الروسي سيرغي لافروف إلى الدوحة {days} في زيارة رسمية إلى قطر. "
            "وقالت الخارجية الروسية إن أمير دولة قطر الشيخ تميم بن حمد آل ثاني سوف يستقبل "
            "لافروف.")


def test_meeting_during_a_visit_of_two_days_takes_the_month():
    evs = _events(_reception("اليوم وغداً"))
    assert ("VISIT", "planned", date(2015, 8, 2), "day", "RUS", None) in evs
    assert ("MEET", "planned", date(2015, 8, 1), "month", "QAT", "RUS") in evs


def test_meeting_during_a_visit_of_one_day_takes_the_day():
    evs = _events(_reception("اليوم"))
    assert ("MEET", "planned", date(2015, 8, 2), "day", "QAT", "RUS") in evs
