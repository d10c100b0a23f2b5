"""Dates of a month told with «العام الماضي» and of the later stops of a tour (own paraphrases)."""

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


def test_tour_starting_tomorrow_dates_only_its_first_stop():
    text = (
        "يبدأ وزير الخارجية اليمني غدا جولة أوروبية تشمل بريطانيا وبلجيكا وفرنسا "
        "لبحث الإغاثة وإعادة الإعمار."
    )
    evs = _visits(text, "2015-07-21")
    assert evs["GBR"]["status"] == "planned"
    assert evs["GBR"]["event_date"] == date(2015, 7, 22)
    # (the later stops: no day of their own, no date)
    for later in ("BEL", "FRA"):
        assert evs[later]["status"] == "planned"
        assert (evs[later]["event_date"], evs[later]["date_precision"]) == (None, None)


def test_tour_starting_today_with_its_stops_listed():
    text = (
        "يبدأ وزير الداخلية الألماني اليوم الأحد جولته المغاربية التي تشمل المغرب والجزائر وتونس."
    )
    evs = _visits(text, "2016-02-28", home="TUN")
    assert evs["MAR"]["event_date"] == date(2016, 2, 28)
    assert evs["DZA"]["event_date"] is None
    assert evs["TUN"]["event_date"] is None


def test_day_of_the_agreement_talks_came_after_is_not_theirs():
    text = (
        "وبعد الاتفاق الذي وقع في 13 يوليو، بدأت مفاوضات في اثينا خلال الاسبوع الجاري "
        "بين اليونان ودائنيها في اجواء من التوتر السياسي."
    )
    evs = [
        e for e in extract_events(text, "2015-08-01", home="SAU") if e["event_type"] == "NEGOTIATE"
    ]
    assert evs
    assert all(e["status"] == "reported" and e["event_date"] is None for e in evs)
    assert {e["actor1_country"] for e in evs} == {"GRC"}
