"""Years written with the Gregorian mark («2009م», common in Saudi papers): a month before such a
year is dated in that year, not in the nearest one to publication. Sentences are invented
paraphrases."""

from __future__ import annotations

import datetime

from pipeline.events import extract_events


def _only(text: str, published: str = "2015-07-24") -> dict:
    events = extract_events(text, published=published, home="SAU")
    assert len(events) == 1, events
    return events[0]


def test_month_with_its_other_name_and_a_marked_year():
    e = _only("وكان الرئيس الإيراني قد التقى نظيره العراقي في فبراير (شباط) عام 2009م في طهران.")
    assert e["event_type"] == "MEET"
    assert {e["actor1_country"], e["actor2_country"]} == {"IRN", "IRQ"}
    assert e["event_date"] == datetime.date(2009, 2, 1)
    assert e["date_precision"] == "month"


def test_day_month_and_marked_year():
    e = _only("واستقبل الرئيس المصري نظيره الفرنسي في 3 مارس 2010م بالقاهرة.")
    assert e["event_type"] == "MEET"
    assert e["status"] == "reported"
    assert e["event_date"] == datetime.date(2010, 3, 3)
    assert e["date_precision"] == "day"


def test_marked_year_after_min_sana():
    e = _only("وكان الملك قد استقبل الرئيس اللبناني في 12 أكتوبر من عام 2012م في الرياض.")
    assert e["event_type"] == "MEET"
    assert e["event_date"] == datetime.date(2012, 10, 12)


def test_unmarked_year_unchanged():
    e = _only("والتقى وزير الخارجية السعودي نظيره الأردني في مارس 2010 بعمان.")
    assert e["event_date"] == datetime.date(2010, 3, 1)
    assert e["date_precision"] == "month"


# A day and month after the noun of an uprising, an attack or a camp name that event, not a
# time of the contact.


def test_named_revolution_does_not_date_the_visit():
    e = _only(
        "وعاد وزير الخارجية السعودي إلى روسيا في يناير 2014 "
        "وهي الزيارة التي عقبت ثورة 30 يونيو في مصر.",
        published="2015-08-02",
    )
    assert e["event_type"] == "VISIT"
    assert e["actor1_country"] == "SAU"
    assert e["event_date"] == datetime.date(2014, 1, 1)
    assert e["date_precision"] == "month"


def test_named_camp_does_not_date_the_call():
    e = _only(
        "ونقل قيادي في قوى 8 آذار أن الملك السعودي أجرى اتصالا هاتفيا بالرئيس الروسي.",
        published="2015-08-06",
    )
    assert e["event_type"] == "CALL"
    assert {e["actor1_country"], e["actor2_country"]} == {"SAU", "RUS"}
    assert e["event_date"] is None


def test_a_plain_day_and_month_still_dates():
    e = _only("والتقى وزير الخارجية المصري نظيره الفرنسي في 30 يونيو.", published="2015-08-02")
    assert e["event_date"] == datetime.date(2015, 6, 30)
