"""The day before yesterday told as «الليلة قبل الماضية» / «قبل أمس» (invented sentences)."""

from datetime import date

from pipeline.events import extract_events

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
