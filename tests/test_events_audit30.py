"""Dates of a month told with «العام الماضي» (own paraphrases)."""

from datetime import date

from pipeline.events import extract_events


def _visits(text, published, home="SAU"):
    return {
        e["location_country"]: e
        for e in extract_events(text, published, home=home)
        if e["event_type"] == "VISIT"
    }


def test_month_of_last_year_without_min_is_last_year():
    text = (
        "وفي سبتمبر العام الماضي أثناء زيارة للرئيس الصيني شي جين بينغ إلى المالديف "
        "وقعت الحكومة اتفاقا مع شركة صينية."
    )
    ev = _visits(text, "2015-07-25")["MDV"]
    assert ev["status"] == "reported"
    assert ev["event_date"] == date(2014, 9, 1)
    assert ev["date_precision"] == "month"


def test_month_of_next_year_without_min_is_next_year():
    ev = _visits("ويزور الرئيس الفرنسي الجزائر في مارس العام المقبل.", "2015-07-25")["DZA"]
    assert ev["status"] == "planned"
    assert ev["event_date"] == date(2016, 3, 1)
