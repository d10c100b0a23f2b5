"""Day words: tomorrow with a weekday, the day before yesterday, joined weekdays, years with the
Gregorian mark.

«غدا» with a weekday: which day it names (paraphrased sentences, not corpus text).

The day before yesterday told as «الليلة قبل الماضية» / «قبل أمس» (invented sentences).

Dates of two joined weekdays with a dual «المقبلين/الماضيين», a weekday «قبل الماضي», and a
second day written «والـ24» (invented sentences).

Years written with the Gregorian mark («2009م», common in Saudi papers): a month before such a
year is dated in that year, not in the nearest one to publication. Sentences are invented
paraphrases.
"""

from __future__ import annotations

import datetime
from datetime import date

from pipeline.events import extract_events
from pipeline.events.dates import find_dates, resolve_date
from pipeline.events.mentions import tokenize


def _dates(text, published, etype):
    return sorted(
        (e["status"], str(e["event_date"]), e["date_precision"])
        for e in extract_events(text, published)
        if e["event_type"] == etype
    )


def test_tomorrow_with_a_weekday_before_publication_is_that_weekday():
    # written on Wednesday, the paper dated Friday: «غد الخميس» is the Thursday just past,
    # not the Thursday six days after publication
    text = (
        "يصل ولي ولي العهد الأمير محمد بن سلمان إلى القاهرة غد الخميس في زيارة "
        "يلتقي خلالها الرئيس عبد الفتاح السيسي."
    )
    assert _dates(text, "2015-07-31", "VISIT") == [("planned", "2015-07-30", "day")]
    assert _dates(text, "2015-07-31", "MEET") == [("planned", "2015-07-30", "day")]


def test_tomorrow_with_the_next_days_weekday_is_the_next_day():
    text = "يلتقي وزير الخارجية الإيراني محمد جواد ظريف غدا الثلاثاء نظيره العماني يوسف بن علوي."
    assert _dates(text, "2015-07-20", "MEET") == [("planned", "2015-07-21", "day")]


def test_tomorrow_with_a_weekday_two_days_ahead_stays_ahead():
    # a paper dated a day before the text was written: the nearest Tuesday is still ahead
    text = "يلتقي وزير الخارجية الإيراني محمد جواد ظريف غدا الثلاثاء نظيره العماني يوسف بن علوي."
    assert _dates(text, "2015-07-26", "MEET") == [("planned", "2015-07-28", "day")]


def test_tomorrow_with_a_weekday_two_days_behind_is_that_weekday():
    # «غدا الاثنين» in a paper dated Wednesday: Monday two days before, not five days after
    text = (
        "ويجري وزير الخارجية الأمريكي جون كيري غدا الاثنين محادثات مع نظيره الروسي "
        "سيرغي لافروف في جنيف."
    )
    assert _dates(text, "2015-07-22", "MEET") == [("planned", "2015-07-20", "day")]


PUB = "2015-07-25"  # a Saturday


def _one(text: str, published: str = PUB) -> dict:
    events = [e for e in extract_events(text, published) if e["event_type"] == "MEET"]
    assert len(events) == 1, events
    return events[0]


def test_night_before_last_is_two_days_back():
    e = _one(
        "استقبل الملك سلمان بن عبدالعزيز الليلة قبل الماضية وزير الخارجية الأمريكي جون كيري في جدة."
    )
    assert e["status"] == "reported"
    assert e["event_date"] == date(2015, 7, 23)


def test_late_in_the_night_before_last():
    e = _one(
        "التقى وزير الخارجية السعودي عادل الجبير في ساعة متأخرة من الليلة قبل الماضية "
        "نظيره الروسي سيرغي لافروف."
    )
    assert e["event_date"] == date(2015, 7, 23)


def test_last_night_stays_yesterday():
    e = _one(
        "استقبل الملك سلمان بن عبدالعزيز الليلة الماضية وزير الخارجية الأمريكي جون كيري في جدة."
    )
    assert e["event_date"] == date(2015, 7, 24)


def test_before_yesterday():
    e = _one("التقى وزير الخارجية السعودي عادل الجبير قبل أمس نظيره الروسي سيرغي لافروف في موسكو.")
    assert e["event_date"] == date(2015, 7, 23)


def test_before_the_day_of_yesterday():
    e = _one(
        "التقى وزير الخارجية السعودي عادل الجبير قبل يوم أمس نظيره الروسي سيرغي لافروف في موسكو."
    )
    assert e["event_date"] == date(2015, 7, 23)


def test_before_yesterday_with_its_weekday():
    e = _one(
        "التقى وزير الخارجية السعودي عادل الجبير قبل أمس (الخميس) نظيره الروسي "
        "سيرغي لافروف في موسكو."
    )
    assert e["event_date"] == date(2015, 7, 23)


def test_yesterday_before_leaving_stays_yesterday():
    # «قبل» after «أمس» opens another clause; it does not move the day
    e = _one(
        "التقى وزير الخارجية السعودي عادل الجبير أمس نظيره الروسي سيرغي لافروف قبل أن يغادر موسكو."
    )
    assert e["event_date"] == date(2015, 7, 24)


def test_a_moment_ago_stays_today():
    e = _one("التقى وزير الخارجية السعودي عادل الجبير قبل قليل نظيره الروسي سيرغي لافروف في موسكو.")
    assert e["event_date"] == date(2015, 7, 25)


CABINET = "ترأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز جلسة مجلس الوزراء أمس. "


def _call(text: str) -> dict:
    events = [e for e in extract_events(text, "2015-07-21") if e["event_type"] == "CALL"]
    assert len(events) == 1, events
    return events[0]


def test_content_of_a_call_told_to_the_cabinet_has_no_day():
    # the session's day is the telling's, not the call's
    e = _call(
        CABINET + "وأطلع خادم الحرمين الشريفين المجلس على فحوى الاتصال الهاتفي مع "
        "الرئيس الأمريكي باراك أوباما."
    )
    assert e["status"] == "reported"
    assert e["event_date"] is None


def test_a_call_made_in_the_session_story_keeps_the_lead_day():
    e = _call(
        CABINET + "وأجرى خادم الحرمين الشريفين اتصالا هاتفيا مع الرئيس الأمريكي باراك أوباما."
    )
    assert e["event_date"] == date(2015, 7, 20)


def test_content_of_a_call_with_its_own_day_keeps_it():
    e = _call(
        "رفض الرئيس التونسي الباجي قائد السبسي أمس الكشف عن فحوى المكالمة الهاتفية التي "
        "جمعته بالرئيس الأمريكي دونالد ترامب منذ يومين."
    )
    assert e["event_date"] == date(2015, 7, 19)


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
