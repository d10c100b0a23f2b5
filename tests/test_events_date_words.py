"""Dates of two joined weekdays with a dual «المقبلين/الماضيين», a weekday «قبل الماضي», and a
second day written «والـ24» (invented sentences)."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.dates import find_dates, resolve_date
from pipeline.events.mentions import tokenize

WED = date(2015, 8, 12)  # a Wednesday


def _date(sentence: str, published: date = WED):
    return resolve_date([t.norm for t in tokenize(sentence)], published)


def test_two_weekdays_to_come_take_the_coming_first_day():
    # before: the Saturday before publication (the dual «المقبلين» was not read)
    assert _date("يلتقي الوزير نظيره يومي السبت والأحد المقبلين") == (date(2015, 8, 15), "day")
    assert _date("يلتقي الوزير نظيره الثلاثاء والأربعاء القادمين") == (date(2015, 8, 18), "day")


def test_two_past_weekdays_take_the_first_past_day():
    assert _date("التقى الوزير نظيره يومي الأربعاء والخميس الماضيين") == (date(2015, 8, 5), "day")


def test_two_weekdays_are_one_span():
    found = find_dates([t.norm for t in tokenize("يزور الوزير عمان السبت والأحد المقبلين")], WED)
    assert [(m.date, m.precision) for m in found] == [(date(2015, 8, 15), "span")]


def test_weekday_before_last():
    assert _date("التقى الوزير نظيره الخميس قبل الماضي") == (date(2015, 7, 30), "day")
    # on the weekday of publication: the one two weeks back
    assert _date("التقى الوزير نظيره الأربعاء قبل الماضي") == (date(2015, 7, 29), "day")


def test_weekday_before_a_time_clause_is_still_the_last_one():
    # «قبل أن»: no «قبل الماضي»
    assert _date("التقى الوزير نظيره الخميس قبل أن يغادر") == (date(2015, 8, 6), "day")


def test_second_day_with_article_and_conjunction():
    # «الـ23 والـ24 من شهر أغسطس»: a span from the 23rd (before: the month only)
    assert _date("يعقد الاجتماع يومي الـ23 والـ24 من شهر أغسطس الجاري") == (
        date(2015, 8, 23),
        "day",
    )
    assert _date("يعقد الاجتماع يومي الـ23 والـ24 من الشهر الجاري") == (date(2015, 8, 23), "day")


def test_rank_with_article_is_no_day():
    # «والـ16 عالميا»: a rank, not a day; the month after it stands alone
    assert _date("احتلت المرتبة الأولى عربيا والـ16 عالميا في مارس") == (date(2015, 3, 1), "month")


def test_ordinal_of_a_king_is_no_day():
    # «عبدالله الثاني» before «من» of no month: no date
    evs = extract_events(
        "استقبل الملك عبدالله الثاني وزير الخارجية المصري سامح شكري في عمان.", "2015-08-12"
    )
    assert evs and all(e["event_date"] is None for e in evs)


def test_revolution_name_is_no_date():
    evs = extract_events(
        "التقى وزير الخارجية المصري سامح شكري نظيره العراقي في بغداد في ذكرى ثورة 14 يوليو.",
        "2015-08-12",
    )
    assert evs and all(e["event_date"] is None for e in evs)


def test_visit_on_two_coming_days_is_dated_by_the_first():
    evs = extract_events(
        "التقى وزير الخارجية المصري سامح شكري نظيره الأردني ناصر جودة في عمان يومي السبت "
        "والأحد الماضيين.",
        "2015-08-12",
    )
    meets = [e for e in evs if e["event_type"] == "MEET"]
    assert meets and meets[0]["status"] == "reported"
    assert {meets[0]["actor1_country"], meets[0]["actor2_country"]} == {"EGY", "JOR"}
    assert (meets[0]["event_date"], meets[0]["date_precision"]) == (date(2015, 8, 8), "day")


def test_meeting_on_two_days_to_come():
    evs = extract_events(
        "يزور وزير الخارجية المصري سامح شكري الأردن يومي السبت والأحد المقبلين حيث يلتقي "
        "الملك عبدالله الثاني.",
        "2015-08-12",
    )
    meet = [e for e in evs if e["event_type"] == "MEET"][0]
    assert meet["status"] == "planned"
    assert (meet["event_date"], meet["date_precision"]) == (date(2015, 8, 15), "day")
