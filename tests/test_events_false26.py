"""A newspaper's issue day and a quoted paper name date no contact; a coming year recalls nothing.

Invented sentences (paraphrases of the constructions, not corpus text).
"""

from datetime import date

from pipeline.events import extract_events


def _one(text, published, home="SAU", etype=None):
    events = [
        e
        for e in extract_events(text, published, home=home)
        if etype is None or e["event_type"] == etype
    ]
    assert len(events) == 1, events
    return events[0]


def test_press_issue_day_is_not_the_meetings():
    e = _one(
        "ركزت الصحف المغربية الصادرة اليوم على لقاء وزير الخارجية المغربي بنظيره الفرنسي"
        " في باريس أمس.",
        date(2016, 5, 10),
    )
    assert (e["event_type"], e["status"]) == ("MEET", "reported")
    assert {e["actor1_country"], e["actor2_country"]} == {"MAR", "FRA"}
    assert e["event_date"] == date(2016, 5, 9)


def test_a_meeting_dated_today_keeps_its_day():
    # near miss: no paper between the verb and the day
    e = _one("التقى وزير الخارجية المغربي اليوم نظيره الفرنسي في باريس.", date(2016, 5, 10))
    assert e["event_date"] == date(2016, 5, 10)


def test_press_review_lead_takes_no_day_from_the_next_story():
    text = (
        "أبرزت الصحف الأردنية الصادرة اليوم زيارة رئيس الوزراء الأردني إلى بغداد.\n"
        "وتطرقت إلى الحريق الذي اندلع أمس في عمان."
    )
    e = _one(text, date(2016, 5, 10))
    assert (e["event_type"], e["actor1_country"], e["actor1_role"]) == (
        "VISIT",
        "JOR",
        "head_of_government",
    )
    assert e["event_date"] is None


def test_undated_headline_still_dated_by_its_lede():
    # near miss: with no paper's issue day, the undated first sentence takes the second's
    text = (
        "أبرزت الصحف الأردنية زيارة رئيس الوزراء الأردني إلى بغداد.\n"
        "وتطرقت إلى الحريق الذي اندلع أمس في عمان."
    )
    e = _one(text, date(2016, 5, 10))
    assert e["event_date"] == date(2016, 5, 9)


def test_press_issue_weekday_still_tells_the_writers_day():
    # «الصادرة اليوم (الأربعاء)» in a Thursday paper: today is Wednesday, yesterday Tuesday
    text = (
        "أجمعت الصحف الأردنية الصادرة اليوم (الأربعاء) على أهمية الزيارة.\n"
        "جاء ذلك خلال زيارة وزير الخارجية المصري للأردن يوم أمس."
    )
    e = _one(text, date(2015, 8, 6))
    assert (e["event_type"], e["actor1_country"]) == ("VISIT", "EGY")
    assert e["event_date"] == date(2015, 8, 4)


_LEAD = "أكد رئيس بعثة صندوق النقد الدولي أمس الاثنين أن المشاورات انتهت. "


def test_coming_years_do_not_cut_the_lead_day():
    text = _LEAD + (
        "وأضاف في تصريح إثر لقاء جمعه مع رئيس الحكومة أن الأهم هو الاتفاق على"
        " أولويات الإصلاح لسنتي 2017 و2018."
    )
    e = _one(text, date(2017, 4, 18), home="TUN", etype="MEET")
    assert {e["actor1_org"], e["actor2_country"]} == {"IMF", "TUN"}
    assert e["actor2_role"] == "head_of_government"
    assert e["event_date"] == date(2017, 4, 17)


def test_a_past_year_still_recalls():
    # near miss: a year before publication is the past, so the lead's day is not taken
    text = _LEAD + "وأضاف في تصريح إثر لقاء جمعه مع رئيس الحكومة أن الإصلاحات تأخرت في 2013."
    e = _one(text, date(2017, 4, 18), home="TUN", etype="MEET")
    assert e["event_date"] is None


_SAID = "إن اجتماع وزير الخارجية السعودي مع نظيره الأمريكي كان مثمرا."


def test_quoted_paper_name_is_no_day():
    for source in ("لـ “عين اليوم” ", 'لـ "الإمارات اليوم"، '):
        e = _one("قال المحلل " + source + _SAID, date(2015, 8, 4))
        assert (e["event_type"], e["actor1_country"], e["actor2_country"]) == ("MEET", "SAU", "USA")
        assert e["event_date"] is None


def test_paper_named_alone_in_brackets_is_no_day():
    e = _one(
        "وأوضح المسؤول لـ(اليوم) أن وزير الخارجية السعودي التقى نظيره الأمريكي.", date(2015, 8, 4)
    )
    assert e["event_date"] is None


def test_bracketed_time_of_day_is_a_day():
    # near misses: «(مساء اليوم)» and a bare «اليوم» are today
    e = _one("قال المحلل (مساء اليوم) " + _SAID, date(2015, 8, 4))
    assert e["event_date"] == date(2015, 8, 4)
    e = _one("وأوضح المسؤول اليوم أن وزير الخارجية السعودي التقى نظيره الأمريكي.", date(2015, 8, 4))
    assert e["event_date"] == date(2015, 8, 4)
