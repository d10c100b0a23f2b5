"""Date expressions of event sentences (pipeline.events.dates): spans, month precision,
relative words, and which date of a sentence dates which trigger."""

from datetime import date

import pytest

from pipeline.events import extract as extract_mod
from pipeline.events.dates import date_for, find_dates, resolve_date
from pipeline.events.extract import extract_events
from pipeline.text.normalize import normalize_arabic


def _toks(text):
    return normalize_arabic(text).split()


@pytest.mark.parametrize("text,published,expected", [
    ("سيلتقيان في الـ31 من جانفي", date(2017, 1, 22), (date(2017, 1, 31), "day")),
    ("زارها يومي 24 و25 جانفي الفارط", date(2017, 2, 18), (date(2017, 1, 24), "day")),
    ("وصل صباح الغد", date(2017, 5, 31), (date(2017, 6, 1), "day")),
    ("وصل بعد الغد", date(2017, 5, 31), (date(2017, 6, 2), "day")),
    ("التقاه أول أمس", date(2024, 10, 20), (date(2024, 10, 18), "day")),
    ("زارها في 9 فبراير الماضي", date(2015, 8, 8), (date(2015, 2, 9), "day")),
    ("زارها في 20 ديسمبر الماضي", date(2015, 1, 8), (date(2014, 12, 20), "day")),
    ("اجتمعا في ديسمبر الماضي", date(2015, 1, 8), (date(2014, 12, 1), "month")),
    ("يلتقيان نهاية جانفي الجاري", date(2017, 1, 23), (date(2017, 1, 1), "month")),
    ("يلتقيان في مارس المقبل", date(2017, 5, 23), (date(2018, 3, 1), "month")),
    ("اجتمعا الشهر الماضي", date(2017, 1, 23), (date(2016, 12, 1), "month")),
    ("يجتمعان الشهر المقبل", date(2017, 12, 23), (date(2018, 1, 1), "month")),
    ("وصل قبل قليل", date(2015, 7, 24), (date(2015, 7, 24), "day")),
    ("التقاه الليلة الماضية", date(2015, 7, 24), (date(2015, 7, 23), "day")),
    ("يصوتون في الثامن من نوفمبر", date(2016, 9, 19), (date(2016, 11, 8), "day")),
    ("في الحادي عشر من مارس", date(2016, 9, 19), (date(2016, 3, 11), "day")),
    ("في الخامس والعشرين من مارس", date(2016, 9, 19), (date(2016, 3, 25), "day")),
    ("يزورها يومي الثاني والثالث من أغسطس", date(2015, 8, 1), (date(2015, 8, 2), "day")),
    ("اتصل به البارحة الأولى", date(2016, 3, 10), (date(2016, 3, 8), "day")),
    ("وصل الوفد أول من أمس", date(2016, 3, 10), (date(2016, 3, 8), "day")),
    ("يصل يوم 12/4/2016 إلى الجزائر", date(2016, 4, 1), (date(2016, 4, 12), "day")),
    ("كان اللقاء مقررا ليوم غرة جوان الجاري", date(2017, 6, 2), (date(2017, 6, 1), "day")),
    ("يصل الوفد غرة شهر أوت المقبل", date(2017, 6, 2), (date(2017, 8, 1), "day")),
    ("يصل يوم 2016/4/12 إلى الجزائر", date(2016, 4, 1), (date(2016, 4, 12), "day")),
    ("يغادر غدا الأحد 4 / 7 / 1437هـ الموافق 10 / 4 / 2016م إلى القاهرة", date(2016, 4, 8),
     (date(2016, 4, 10), "day")),
])
def test_resolve_date_more_forms(text, published, expected):
    assert resolve_date(_toks(text), published) == expected


@pytest.mark.parametrize("text", [
    "يصل يوم 4 / 7 / 1437هـ إلى الجزائر",   # a Hijri year is no Gregorian date
    "يصل يوم 31/2/2016 إلى الجزائر",        # no such day
    "سجل 3 أهداف في 12 مباراة عام 2016",     # numbers that are no date
])
def test_numbers_that_are_not_a_gregorian_date(text):
    found = find_dates(_toks(text), date(2016, 4, 1))
    assert not any(m.explicit and m.precision == "day" for m in found)


def test_month_without_year_or_modifier_stays_null():
    assert resolve_date(_toks("يلتقيان مارس"), date(2017, 1, 1)) == (None, None)
    assert resolve_date(_toks("يلتقيان في مارس"), None) == (None, None)
    assert resolve_date(_toks("اجتمعا الشهر الماضي"), None) == (None, None)
    # a month name that is a surname is no date
    assert resolve_date(_toks("استقبل تيريزا ماي في لندن"), date(2017, 1, 1)) == (None, None)


@pytest.mark.parametrize("text,published,expected", [
    ("يلتقيان في مارس", date(2017, 1, 1), (date(2017, 3, 1), "month")),
    ("اجتمعا في نوفمبر", date(2017, 2, 10), (date(2016, 11, 1), "month")),
    ("يزورها في فبراير", date(2016, 11, 20), (date(2017, 2, 1), "month")),
    ("اجتمعا خلال شهر أيار", date(2016, 7, 20), (date(2016, 5, 1), "month")),
    ("تقابلا في تموز/يوليو", date(2016, 9, 2), (date(2016, 7, 1), "month")),
    ("تقابلا في تموز (يوليو)", date(2016, 9, 2), (date(2016, 7, 1), "month")),
    ("شهر أيار شهد لقاءهما", date(2016, 7, 20), (date(2016, 5, 1), "month")),  # شهر first
])
def test_bare_month_after_a_preposition_takes_the_nearest_year(text, published, expected):
    assert resolve_date(_toks(text), published) == expected


def test_bare_month_dates_the_contact_of_its_clause():
    evs = extract_events("وأجرى الرئيس التركي والرئيس الروسي لقاء في حزيران/يونيو على هامش "
                         "الألعاب.", date(2015, 8, 4))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert (meet["event_date"], meet["date_precision"]) == (date(2015, 6, 1), "month")


def test_the_two_is_not_monday():
    assert find_dates(_toks("اتفاق بين الاثنين"), date(2017, 1, 4)) == []
    assert resolve_date(_toks("وصل الاثنين"), date(2017, 1, 4)) == (date(2017, 1, 2), "day")


def test_date_after_another_contact_is_that_contacts():
    toks = _toks("وكان الرئيس قد دعاه خلال اتصال هاتفي بينهما في مارس الماضي، وجدد الدعوة "
                 "خلال لقائه به في العاصمة في مايو الماضي")
    found = find_dates(toks, date(2016, 8, 1))
    call, meet = toks.index("اتصال"), toks.index("لقائه")
    assert date_for(found, toks, meet, meet + 1, others=(call,)).date == date(2016, 5, 1)
    assert date_for(found, toks, call, call + 2, others=(meet,)).date == date(2016, 3, 1)
    # with no date after the trigger, the one before it still dates it
    toks = _toks("بعد اتصال هاتفي بينهما في مارس الماضي، جدد الدعوة خلال لقائه به")
    found = find_dates(toks, date(2016, 8, 1))
    call, meet = toks.index("اتصال"), toks.index("لقائه")
    assert date_for(found, toks, meet, meet + 1, others=(call,)).date == date(2016, 3, 1)


def test_date_for_takes_the_trigger_clause():
    toks = _toks("قال المتحدث اليوم السبت إن الوزير سيبدأ غدا جولة")
    found = find_dates(toks, date(2017, 6, 17))
    assert len(found) == 2
    k = toks.index("جوله")
    assert date_for(found, toks, k, k + 1).date == date(2017, 6, 18)
    toks = _toks("زار بوتين مصر في 9 فبراير الماضي وزار السيسي روسيا في 8 مايو الماضي")
    found = find_dates(toks, date(2015, 8, 8))
    first, second = toks.index("زار"), toks.index("وزار")
    assert date_for(found, toks, first, first + 1).date == date(2015, 2, 9)
    assert date_for(found, toks, second, second + 1, (second,)).date == date(2015, 5, 8)
    assert date_for(found, toks, first, first + 1, (second,)).date == date(2015, 2, 9)


def test_planned_meeting_dated_by_its_own_clause():
    text = ("وقال المتحدث باسم البيت الأبيض السبت إن الرئيس الأمريكي سيلتقي يوم الجمعة المقبل "
            "الرئيس المكسيكي.")
    [ev] = extract_events(text, date(2017, 1, 22))
    assert ev["event_type"] == "MEET" and ev["status"] == "planned"
    assert ev["event_date"] == date(2017, 1, 27)


def test_meeting_within_a_span_of_days_has_month_precision():
    text = ("التقى الرئيس التونسي الرئيس الفرنسي على هامش قمة مجموعة السبع يومي 26 و27 ماي "
            "الجاري.")
    [ev] = extract_events(text, date(2017, 5, 31))
    assert ev["status"] == "reported"
    assert (ev["event_date"], ev["date_precision"]) == (date(2017, 5, 1), "month")


@pytest.mark.parametrize("text,published,expected", [
    # the paper is dated a day after the text was written: the weekday names the day
    ("اتصل اليوم الثلاثاء", date(2016, 11, 2), date(2016, 11, 1)),
    ("وصل أمس الأحد", date(2017, 1, 24), date(2017, 1, 22)),
    ("يصل غدا الإثنين", date(2024, 10, 20), date(2024, 10, 21)),
])
def test_relative_word_with_weekday_takes_the_weekday(text, published, expected):
    assert resolve_date(_toks(text), published) == (expected, "day")


def test_planned_today_in_a_paper_dated_the_day_after_stays_planned():
    text = ("قال مصدر اليوم السبت إن وزير الخارجية الأمريكي سيلتقي بعد ساعات نظيره الروسي "
            "في مسقط.")
    [ev] = extract_events(text, date(2015, 8, 9))
    assert ev["status"] == "planned" and ev["event_date"] == date(2015, 8, 8)


def test_date_after_since_dates_something_else():
    text = ("سيعلن الرئيس الفرنسي اليوم الاثنين اسم رئيس الوزراء قبل أن يتوجه إلى ألمانيا في "
            "أول زيارة له منذ تسلمه مهامه الأحد.")
    ev = next(e for e in extract_events(text, date(2017, 5, 15)) if e["event_type"] == "VISIT")
    assert ev["status"] == "planned" and ev["event_date"] == date(2017, 5, 15)


@pytest.mark.parametrize("text,expected", [
    # «أول زيارة ... بعد توقيع الاتفاق في ...»: the first visit after the deal is later than it
    ("وتعد هذه أول زيارة يقوم بها وزير الخارجية الإيراني محمد جواد ظريف إلى الكويت بعد "
     "توقيع بلاده الاتفاق النووي مع القوى الكبرى في السابع من الشهر الماضي.", None),
    ("وهي أول زيارة لوزير الخارجية الإيراني محمد جواد ظريف إلى الكويت بعد توقيع بلاده "
     "الاتفاق النووي في 7 يوليو.", None),
    # a time of day after «بعد» is still the contact's own
    ("التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الكويتي في أول لقاء بينهما بعد ظهر "
     "أمس.", date(2015, 8, 9)),
    # «بأول», «كأول»: the same word with a preposition
    ("ويقوم وزير الخارجية الإيراني محمد جواد ظريف بأول زيارة إلى الكويت بعد توقيع بلاده "
     "الاتفاق النووي في 7 يوليو.", None),
    ("وتأتي زيارة وزير الخارجية الإيراني محمد جواد ظريف إلى الكويت كأول زيارة بعد توقيع "
     "بلاده الاتفاق النووي في 7 يوليو.", None),
    # so is one with the article («بعد الظهر»), and «بعد غد» before a weekday
    ("عقد وزير الخارجية الإيراني محمد جواد ظريف أول لقاء مع نظيره الكويتي بعد الظهر اليوم.",
     date(2015, 8, 10)),
    ("يجري وزير الخارجية الإيراني محمد جواد ظريف أول زيارة إلى الكويت بعد غد الأربعاء.",
     date(2015, 8, 12)),
])
def test_a_date_after_what_a_first_contact_follows_is_that_events(text, expected):
    evs = [e for e in extract_events(text, date(2015, 8, 10))
           if e["event_type"] in ("VISIT", "MEET")]
    assert evs and all(e["event_date"] == expected for e in evs)


def test_background_sentence_takes_no_date_from_the_lead():
    text = ("التقى الرئيس التونسي اليوم الثلاثاء وزير الخارجية الجزائري.\n"
            "يذكر أن الرئيس الجزائري زار تونس في زيارة رسمية.\n"
            "وبحث الرئيس التونسي مع الوزير الجزائري العلاقات الثنائية.")
    evs = extract_events(text, date(2017, 1, 24))
    visit = next(e for e in evs if e["event_type"] == "VISIT")
    assert visit["event_date"] is None
    assert all(e["event_date"] == date(2017, 1, 24) for e in evs if e["event_type"] == "MEET")


def test_sentence_with_an_unresolved_month_or_period_takes_no_lead_date():
    text = ("التقى الرئيس التركي اليوم الثلاثاء وزير الخارجية الروسي.\n"
            "وأجرى الرئيس التركي والرئيس الروسي لقاء مطولا منذ حزيران على هامش الألعاب.\n"
            "وزار وزير الخارجية الإيراني الكويت مطلع الأسبوع الجاري.")
    evs = extract_events(text, date(2015, 8, 4))
    later = [e for e in evs if e["sentence_index"] > 0]
    assert later and all(e["event_date"] is None for e in later)


def test_lead_date_far_from_publication_is_not_inherited():
    text = ("وقع الاتفاق في 15 فبراير 1968.\n"
            "وزار وزير الخارجية الإيراني الكويت في زيارة رسمية.")
    [ev] = [e for e in extract_events(text, date(2015, 8, 6)) if e["event_type"] == "VISIT"]
    assert ev["event_date"] is None


def test_lead_date_that_contradicts_the_status_is_not_inherited():
    text = ("التقى الرئيس التونسي أمس وزير الخارجية الجزائري.\n"
            "ومن المقرر أن يزور الرئيس التونسي الجزائر.")
    visit = next(e for e in extract_events(text, date(2017, 1, 24))
                 if e["event_type"] == "VISIT")
    assert visit["status"] == "planned" and visit["event_date"] is None


def test_bare_weekday_dates_a_planned_contact_forward():
    text = "ومن المقرر أن يلتقي الرئيس الأمريكي الرئيس الروسي الخميس."
    [ev] = extract_events(text, date(2024, 7, 24))  # a Wednesday
    assert ev["status"] == "planned" and ev["event_date"] == date(2024, 7, 25)
    text = "التقى الرئيس الأمريكي الرئيس الروسي الخميس."
    [ev] = extract_events(text, date(2024, 7, 24))
    assert ev["status"] == "reported" and ev["event_date"] == date(2024, 7, 18)


@pytest.mark.parametrize("text,expected", [
    ("التقاه منذ يومين في عمان", (date(2016, 3, 8), "day")),
    ("وقبل 3 أيام اتصل به هاتفيا", (date(2016, 3, 7), "day")),
    ("يصل بعد أربعة أيام إلى الرباط", (date(2016, 3, 14), "day")),
    # counted from another event, or too long to name a day: no date
    ("وصل قبل يومين من القمة", (None, None)),
    ("يزورها منذ عشرة أيام", (None, None)),
    ("غادر قبل يوم الجمعة", (date(2016, 3, 4), "day")),
])
def test_a_count_of_days_from_publication(text, expected):
    assert resolve_date(_toks(text), date(2016, 3, 10)) == expected


def test_a_count_of_days_after_the_trigger_dates_it_over_the_reports_day():
    text = ("كشف الرئيس المصري اليوم الجمعة 11 مارس 2016 عن مضمون المكالمة الهاتفية "
            "التي أجراها مع الرئيس الروسي منذ يومين.")
    evs = [e for e in extract_events(text, "2016-03-11") if e["event_type"] == "CALL"]
    assert evs and evs[0]["event_date"] == date(2016, 3, 9)


def test_an_undated_sentence_after_a_recalled_visit_goes_on_with_its_days():
    text = ("استقبل الرئيس الجزائري اليوم الأحد 5 مارس 2017 وزير الخارجية الفرنسي في قصر المرادية. "
            "يذكر أن وزير الخارجية الإيطالي كان أدى زيارة عمل إلى الجزائر يومي 10 و11 جانفي 2017. "
            "وأكد خلال لقائه برئيس الجمهورية الجزائري دعم بلاده لجهود الحوار.")
    evs = {(e["event_type"], e["actor1_country"], e["sentence_index"]): e
           for e in extract_events(text, "2017-03-05")}
    lead = evs[("MEET", "DZA", 0)]
    assert (lead["event_date"], lead["date_precision"]) == (date(2017, 3, 5), "day")
    # the meeting during the recalled two-day visit: its month, not the lead's day
    recalled = evs[("MEET", "ITA", 2)]
    assert (recalled["event_date"], recalled["date_precision"]) == (date(2017, 1, 1), "month")


def test_a_day_first_numeric_publication_date_anchors_relative_dates():
    from pipeline.events.extract import extract_events
    evs = extract_events("التقى الرئيس التونسي اليوم الاثنين الرئيس الفرنسي.", "20/07/2015")
    assert [e["event_date"].isoformat() for e in evs if e["event_type"] == "MEET"] == [
        "2015-07-20"]


def test_date_for_prefers_a_date_no_other_trigger_stands_before():
    # «الاتصال» stands between «أمس» and «اللقاء»: أمس dates the call, 9 مايو the meeting
    toks = _toks("جرى أمس الاتصال ثم اللقاء في العاصمة السعودية الرياض يوم 9 مايو")
    found = find_dates(toks, date(2017, 5, 10))
    meet, call = toks.index("اللقاء"), toks.index("الاتصال")
    assert date_for(found, toks, meet, meet + 1, others=(call,)).date == date(2017, 5, 9)
    assert date_for(found, toks, meet, meet + 1, others=(call,)).explicit
    # without the call's trigger the nearer أمس wins
    assert not date_for(found, toks, meet, meet + 1).explicit
    # the only date stands past the other trigger: the meeting still gets it
    toks = _toks("وجاء اللقاء بعد الاتصال الذي جرى أمس")
    found = find_dates(toks, date(2017, 5, 10))
    meet, call = toks.index("اللقاء"), toks.index("الاتصال")
    assert date_for(found, toks, meet, meet + 1, others=(call,)).date == date(2017, 5, 9)


def test_planned_visit_is_not_dated_by_the_past_date_of_another_contact():
    # April dates the call that carried the invitation, not the visit still to come
    text = ("وتأتي زيارة الوزير في إطار التحضير للزيارة المرتقبة التي سوف يقوم بها الرئيس "
            "المصري إلى روسيا تلبية لدعوة الرئيس الروسي التي وجهها خلال مكالمة هاتفية "
            "في أبريل الماضي.")
    evs = extract_events(text, date(2017, 8, 8))
    visits = [(e["status"], e["event_date"]) for e in evs if e["event_type"] == "VISIT"
              and e["actor1_country"] == "EGY"]
    assert visits == [("planned", None)]


def test_reported_visit_keeps_a_past_date_across_another_trigger(monkeypatch):
    # a past date across another trigger does not contradict a reported contact: kept (the
    # dating is tested, so the rules decide alone: the scorer's keeping a short recalled
    # visit moves with every retraining)
    monkeypatch.setattr(extract_mod, "load_model", lambda path=None: None)
    text = "وكان الرئيس المصري زار روسيا عقب اتصال مع الرئيس الروسي في أبريل الماضي."
    evs = extract_events(text, date(2017, 8, 8))
    visits = [(e["status"], e["event_date"]) for e in evs if e["event_type"] == "VISIT"]
    assert visits == [("reported", date(2017, 4, 1))]


def test_a_past_relative_clause_dates_its_talks_noun():
    # the talks are dated by their own clause, not by the signing the sentence reports
    text = ("وقع البلدان الاتفاق يوم الاثنين الماضي إثر المفاوضات التي جرت بين تونس وإيطاليا "
            "يومي 3 و4 ماي.")
    evs = [e for e in extract_events(text, date(2017, 5, 10)) if e["event_type"] == "NEGOTIATE"]
    assert [(e["status"], e["event_date"]) for e in evs] == [("reported", date(2017, 5, 3))]
    text = ("أشاد الرئيس الفرنسي أمس باللقاء الذي جمعه بالرئيس التونسي في 2 ماي.")
    evs = [e for e in extract_events(text, date(2017, 5, 10)) if e["event_type"] == "MEET"]
    assert [e["event_date"] for e in evs] == [date(2017, 5, 2)]


@pytest.mark.parametrize("text, published, expected", [
    # a scrape a day late: «غدا الأربعاء» would say the 17th; the written date says the 16th
    ("يصل الوفد غدا الأربعاء 11 / 4 / 1437هـ الموافق 16 / 3 / 2016م إلى الرياض",
     date(2016, 3, 16), date(2016, 3, 16)),
    ("عقد المجلس اجتماعه اليوم الاثنين 3/ 5/ 1437 هـ الموافق 10/ 2/ 2016م في جدة",
     date(2016, 2, 11), date(2016, 2, 10)),
])
def test_a_day_word_hijri_and_gregorian_date_are_one_expression(text, published, expected):
    found = find_dates(normalize_arabic(text).split(), published)
    assert [(m.date, m.explicit) for m in found] == [(expected, True)]


def test_a_hijri_date_alone_between_two_dates_does_not_join_them():
    # no «الموافق»: two dates of two things
    text = "اجتمع المجلس أمس 3 / 5 / 1437هـ وقرر عقد جلسة 20 / 2 / 2016م"
    found = find_dates(normalize_arabic(text).split(), date(2016, 2, 11))
    assert len(found) == 2


@pytest.mark.parametrize("prep", ["قبل", "قبيل", "بعد"])
def test_a_contact_after_before_or_after_takes_its_own_date(prep):
    """«... أمس قبل محادثات في جنيف غدا»: yesterday dates the clause before «قبل», tomorrow
    the talks after it."""
    toks = _toks(f"اجتمع مجلس الأمن أمس {prep} محادثات في جنيف غدا السبت بين روسيا وأمريكا")
    found = find_dates(toks, date(2016, 12, 9))
    k = toks.index("محادثات")
    assert date_for(found, toks, k, k + 1).date == date(2016, 12, 10)


def test_a_contact_after_before_with_no_date_of_its_own_keeps_the_nearest():
    toks = _toks("اجتمع مجلس الأمن أمس قبل محادثات في جنيف بين روسيا وأمريكا")
    found = find_dates(toks, date(2016, 12, 9))
    k = toks.index("محادثات")
    assert date_for(found, toks, k, k + 1).date == date(2016, 12, 8)


@pytest.mark.parametrize("text, is_date", [
    ("وعندما يزور وزير الخارجية روسيا اليوم في نهاية جولته", True),
    ("تعقد الجزائر وروسيا اليوم الدورة الثانية للجنة المشتركة", True),
    ("وفق ما نقله موقع روسيا اليوم عن مصادر", False),
    ("نقلا عن روسيا اليوم", False),
    ("بحسب قناة مصر اليوم", False),
    ("روسيا اليوم", False),
])
def test_today_after_an_outlets_name(text, is_date):
    found = find_dates(_toks(text), date(2015, 8, 11))
    assert bool(found) == is_date


def test_the_paper_al_ghad_is_no_tomorrow():
    toks = _toks("ونقلت صحيفة الغد الأردنية عن السفير أن عريقات أجرى اتصالا هاتفيا مع جودة")
    assert find_dates(toks, date(2015, 8, 4)) == []
    toks = _toks("ويلتقي الوزير نظيره في الغد")
    assert [m.date for m in find_dates(toks, date(2015, 8, 4))] == [date(2015, 8, 5)]


def test_a_deadline_dates_nothing():
    tokens = normalize_arabic("على أن يسدد البلد ديونه بحلول 30 سبتمبر وقبل المهلة المحددة "
                              "في 12 أكتوبر، واجتمع الوزيران يوم 3 سبتمبر.").split()
    found = find_dates(tokens, date(2019, 9, 5))
    assert [m.date for m in found] == [date(2019, 9, 3)]


def test_a_sentence_naming_a_deadline_takes_the_lead_date():
    text = ("بدأت الحكومة المصرية والبنك الدولي أمس جولة محادثات في القاهرة.\n"
            "وعقد وزير المالية المصري اجتماعا مع ممثلي البنك الدولي، على أن تنتهي الجولة قبل "
            "المهلة المحددة في 30 نوفمبر.")
    evs = [e for e in extract_events(text, date(2019, 11, 12)) if e["sentence_index"] == 1]
    assert evs and all(e["status"] == "reported" and e["event_date"] == date(2019, 11, 11)
                       for e in evs)


def test_a_contact_told_in_the_past_is_not_dated_by_a_coming_day_of_another_clause():
    # tomorrow is the forum's the prime minister announced, not the press conference's
    text = ("وقد عقد رئيس الوزراء الهندي مؤتمرا صحفيا مع رئيس الوزراء الياباني أعلن خلاله عن "
            "عقد منتدى اقتصادي يوم غد.")
    evs = [e for e in extract_events(text, date(2017, 5, 8)) if e["event_type"] != "VISIT"]
    assert evs and all(e["status"] == "reported" and e["event_date"] != date(2017, 5, 9)
                       for e in evs)


def test_a_visit_under_way_now_is_dated_the_writers_day_not_another_clauses():
    # March is the chancellor's earlier visit; the speaker's visit goes on today
    text = ("وقالت المستشارة الألمانية خلال جلسة حضرها رئيس البرلمان الكيني الذي يؤدي حاليا "
            "زيارة عمل إلى برلين، مذكرة بزيارتها إلى نيروبي في مارس 2017.")
    evs = [e for e in extract_events(text, date(2017, 4, 27)) if e["event_type"] == "VISIT"
           and e["actor1_country"] == "KEN"]
    assert evs and evs[0]["status"] == "reported" and evs[0]["event_date"] == date(2017, 4, 27)
@pytest.mark.parametrize("text,published,anchor", [
    # a relative day word with a date of its own tells the day the text calls today
    ("يصل الوفد يوم غد الخميس 30 يوليو 2015 إلى القاهرة", date(2015, 7, 31), date(2015, 7, 29)),
    ("وصل الوفد أمس الخميس إلى القاهرة", date(2015, 8, 1), date(2015, 7, 31)),
    ("اجتمع الوزيران أمس الأحد", date(2017, 1, 24), date(2017, 1, 23)),
    ("يجتمع الوزيران اليوم 12 مارس 2016", date(2016, 3, 13), date(2016, 3, 12)),
    # a bare relative word or a bare weekday tells nothing of it
    ("يجتمع الوزيران اليوم", date(2016, 3, 13), None),
    ("اجتمع الوزيران الخميس 10 مارس 2016", date(2016, 3, 13), None),
])
def test_relative_word_with_its_own_date_anchors_the_texts_today(text, published, anchor):
    assert [m.anchor for m in find_dates(_toks(text), published)] == [anchor]


def test_relative_words_count_from_the_day_the_text_calls_today():
    # written on Monday 20 July, the paper is dated Tuesday 21: «اليوم» elsewhere is Monday
    text = ("يبحث وزراء خارجية الاتحاد الأوروبي اليوم (الاثنين) في بروكسل دعم الأردن.\n"
            "ويجري رئيس الوزراء الأردني اليوم مباحثات مع وزير الخارجية الألماني في بروكسل.")
    ev = next(e for e in extract_events(text, date(2015, 7, 21)) if e["event_type"] == "MEET")
    assert ev["event_date"] == date(2015, 7, 20)


def test_tomorrow_with_its_explicit_date_dates_the_other_tomorrows():
    # «يوم غد الخميس ... 30 / 7 / 2015م» in a paper dated the 31st: the text was written on
    # the 29th, so its visit tomorrow is still to come and the bare «يوم غد» is the 30th too
    text = ("يلتقي وزير الخارجية الأردني يوم غد الخميس الموافق 30 / 7 / 2015م نظيره الجزائري "
            "في الجزائر.\n"
            "المصدر: وزير الخارجية الأردني يتوجه يوم غد إلى الجزائر")
    evs = extract_events(text, date(2015, 7, 31))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert (meet["status"], meet["event_date"]) == ("planned", date(2015, 7, 30))
    visit = next(e for e in evs if e["event_type"] == "VISIT")
    assert (visit["status"], visit["event_date"]) == ("planned", date(2015, 7, 30))


def test_a_today_far_before_publication_moves_no_relative_word():
    text = ("التقى الرئيس التونسي اليوم 3 مارس 2015 وزير الخارجية الجزائري.\n"
            "ويستقبل الرئيس التونسي غدا وزير الخارجية المغربي.")
    evs = extract_events(text, date(2015, 3, 20))
    later = next(e for e in evs if e["actor1_country"] == "MAR" or e["actor2_country"] == "MAR")
    assert later["event_date"] == date(2015, 3, 21)


@pytest.mark.parametrize("text,published,expected", [
    # a week back or ahead names no day, nor a month (the week may straddle two)
    ("زار الوزير الجزائر الأسبوع الماضي", date(2016, 5, 20), (None, None)),
    ("زار الوزير الجزائر في الأسبوع الماضي", date(2016, 6, 3), (None, None)),
    ("يزور الوزير الجزائر الأسبوع المقبل", date(2016, 5, 28), (None, None)),
    # «يأتي ذلك بعد N يوما على <event>»: the event N days before publication
    ("ويأتي ذلك بعد 20 يوما على زيارة الوزير", date(2016, 5, 10), (date(2016, 4, 1), "month")),
    ("وتأتي الخطوة عقب 3 أيام من لقاء الرئيسين", date(2016, 5, 10), (date(2016, 5, 7), "day")),
])
def test_weeks_and_days_since_another_event(text, published, expected):
    assert resolve_date(_toks(text), published) == expected


@pytest.mark.parametrize("text", [
    "وصل الوزير قبل يومين من الزيارة",  # counted from the visit, not from publication
    "يأتي اللقاء قبل يومين فقط من زيارة الوزير",  # «فقط» before the visit counted from
    "سيصل الوزير بعد 20 يوما على توقيع الاتفاق",  # no «يأتي ذلك»: the day is not said
    "ويأتي ذلك بعد 45 يوما على زيارة الوزير",  # beyond a month: no date
])
def test_days_counted_from_another_event_are_no_date(text):
    assert resolve_date(_toks(text), date(2016, 5, 10)) == (None, None)


def test_the_event_after_come_n_days_after_is_dated_by_the_count():
    text = ("ويأتي قرار الحكومة الأردنية عقب 15 يوما على زيارة الرئيس الأمريكي إلى عمان.")
    [ev] = extract_events(text, date(2017, 6, 5))
    assert ev["event_type"] == "VISIT" and ev["status"] == "reported"
    assert (ev["event_date"], ev["date_precision"]) == (date(2017, 5, 1), "month")


@pytest.mark.parametrize("earlier", ["الأسبوع الماضي", "أمس"])
def test_date_of_a_contact_after_before_or_after_is_not_the_next_clauses(earlier):
    # «بعد زيارة ... الأسبوع الماضي، يصل ... اليوم»: last week is the earlier visit's
    text = (f"بعد زيارة ناجحة إلى باريس {earlier}، يصل الرئيس التونسي اليوم إلى الرباط "
            "لإجراء محادثات مع العاهل المغربي.")
    evs = extract_events(text, date(2016, 5, 13))
    arrival = next(e for e in evs if e["event_type"] == "VISIT" and e["location_country"] == "MAR")
    assert arrival["event_date"] == date(2016, 5, 13)


_STATEMENT = ("صدر اليوم بيان مشترك في ختام زيارة وزير الخارجية المغربي إلى تونس.\n"
              "وقد قام وزير الخارجية المغربي بزيارة رسمية إلى تونس يوم الاثنين 3 / 4 / 2017م.\n")


def test_undated_meeting_after_a_visit_dated_by_its_day_takes_the_visits_day():
    text = _STATEMENT + "وعقد الرئيس التونسي اجتماعا مع وزير الخارجية المغربي."
    evs = extract_events(text, date(2017, 4, 5))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert (meet["status"], meet["event_date"]) == ("reported", date(2017, 4, 3))


def test_undated_meeting_of_others_after_a_dated_visit_keeps_the_leads_day():
    text = _STATEMENT + "وعقد الرئيس الجزائري اجتماعا مع وزير الخارجية الفرنسي."
    evs = extract_events(text, date(2017, 4, 5))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] == date(2017, 4, 5)


def test_a_relative_day_right_after_since_dates_the_visit_under_way():
    text = ("تنطلق اليوم الجمعة 15 أفريل 2016 اجتماعات الربيع وتتواصل إلى غاية 17 أفريل حيث "
            "يشارك وزير المالية التونسي الذي يزور واشنطن منذ يوم أمس في حلقات الحوار.")
    ev = next(e for e in extract_events(text, date(2016, 4, 15)) if e["event_type"] == "VISIT")
    assert (ev["status"], ev["event_date"]) == ("reported", date(2016, 4, 14))


def test_the_first_meeting_since_a_month_is_not_dated_by_it():
    text = "التقى وزير الخارجية التونسي نظيره الجزائري في أول لقاء بينهما منذ مارس الماضي."
    [ev] = extract_events(text, date(2016, 6, 15))
    assert ev["event_date"] != date(2016, 3, 1)


def test_contact_after_eve_is_the_day_after_the_main_clause():
    text = ("عشية وصوله إلى الكويت حيث سيلتقي مع وزراء خارجية دول مجلس التعاون، سعى وزير "
            "الخارجية الفرنسي أمس الثلاثاء من بيروت إلى طمأنة دول المنطقة.")
    evs = extract_events(text, date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert (meet["event_date"], meet["status"]) == (date(2016, 5, 11), "planned")


def test_contact_after_morrow_is_the_day_before_the_main_clause():
    text = ("زار وزير الخارجية الياباني أمس الأربعاء القاهرة، غداة محادثاته مع نظيره "
            "الأردني في عمان.")
    evs = extract_events(text, date(2016, 5, 12))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] == date(2016, 5, 10)
    visit = next(e for e in evs if e["event_type"] == "VISIT")
    assert visit["event_date"] == date(2016, 5, 11)


def test_eve_does_not_move_a_contact_before_it():
    text = ("التقى وزير الخارجية الفرنسي أمس الثلاثاء نظيره الأردني في عمان، عشية زيارة "
            "الرئيس الفرنسي للأردن.")
    evs = extract_events(text, date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] == date(2016, 5, 10)


def test_eve_of_talks_dated_in_their_own_clause_keeps_that_day():
    # the talks name their own day after them («... في موسكو اليوم»): not the day after
    text = ("وتأتي تصريحات وزير الخارجية السعودي عشية مباحثات يعقدها مع نظيره الروسي في "
            "موسكو اليوم.")
    evs = extract_events(text, date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] == date(2016, 5, 11)
    # near-miss: a date of the main clause, before «عشية», is still shifted a day on
    text = ("وتأتي تصريحات وزير الخارجية السعودي أمس عشية مباحثات يعقدها مع نظيره الروسي في "
            "موسكو.")
    evs = extract_events(text, date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] == date(2016, 5, 11)
    # near-miss: a bare day after the noun, with no clause on it, is the main clause's
    # («قال أمس، غداة لقاء»): the meeting is the day before
    text = ("وقال وزير الخارجية الأمريكي غداة لقاء مع نظيره الروسي في ماليزيا أمس إن الخلاف "
            "قائم.")
    [meet] = extract_events(text, date(2016, 5, 11))
    assert meet["event_date"] == date(2016, 5, 9)


def test_a_full_stop_inside_closing_quotes_ends_the_sentence():
    from pipeline.events.mentions import split_sentences

    text = 'وقال إن "الصاروخ أصاب هدفه." وكان التحالف قد بدأ حملة. وقال: «نعم.» ثم مضى'
    assert split_sentences(text) == ['وقال إن "الصاروخ أصاب هدفه."',
                                     "وكان التحالف قد بدأ حملة.", "وقال: «نعم.»", "ثم مضى"]
    # the recalled sentence after the quote takes no date from the sentence before it
    text = ('وقال وزير الخارجية الصيني أمس بعد لقاء نظيره الأمريكي إن "الخطر يزداد." وكان '
            "وزير الخارجية الصيني قد زار السعودية في زيارة رسمية.")
    evs = extract_events(text, date(2015, 8, 6))
    visit = next(e for e in evs if e["event_type"] == "VISIT")
    assert visit["event_date"] is None and visit["sentence_index"] == 1


def test_talks_joined_to_a_visit_noun_take_the_visit_told_before():
    text = ("اهتمت وسائل الإعلام الأردنية بزيارة وزير الخارجية الفرنسي للأردن أول من أمس.\n"
            "وبثت محطات الإذاعة أمس واليوم تقارير مصورة لزيارة الوزير ومحادثاته مع المسؤولين "
            "الأردنيين.")
    evs = extract_events(text, date(2016, 3, 10))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert (meet["status"], meet["event_date"]) == ("reported", date(2016, 3, 8))
    # talks not joined to the visit noun keep their own clause's date
    text = ("اهتمت وسائل الإعلام الأردنية بزيارة وزير الخارجية الفرنسي للأردن أول من أمس.\n"
            "وأجرى الوزير الفرنسي أمس محادثات مع المسؤولين الأردنيين.")
    meet = next(e for e in extract_events(text, date(2016, 3, 10)) if e["event_type"] == "MEET")
    assert meet["event_date"] == date(2016, 3, 9)


def test_a_contact_in_a_when_clause_takes_no_date_from_another_clause():
    # «حين زار ...» retold: «اليوم» is the main clause's, the visit is undated
    text = ("وأضاف أنه كان من المفترض حين زار الرئيس الأمريكي الرياض أن يقال للقطريين ما "
            "يقال لهم اليوم.")
    events = extract_events(text, date(2017, 6, 17), home="TUN")
    assert [(e["event_type"], e["status"], e["event_date"]) for e in events] == [
        ("VISIT", "reported", None)]


def test_a_contact_in_a_when_clause_keeps_a_date_of_its_own():
    text = ("وقال الوزير إن التنسيق جرى عندما التقى الرئيس الروسي وزير الخارجية الأمريكي في "
            "سوتشي في شهر ماي الماضي.")
    events = extract_events(text, date(2017, 6, 17), home="TUN")
    assert [(e["event_type"], e["event_date"]) for e in events] == [("MEET", date(2017, 5, 1))]


def test_a_visit_one_is_invited_to_takes_not_the_invitations_day():
    text = "ودعا الرئيس اليمني خلال لقائه اليوم المبعوث الأممي في الرياض إلى زيارة محافظة عدن."
    events = extract_events(text, date(2015, 7, 26), home="SAU")
    assert [(e["status"], e["event_date"]) for e in events if e["event_type"] == "VISIT"] == [
        ("planned", None)]


def test_a_date_in_a_relative_clause_on_another_noun_does_not_date_the_lead():
    # the lead's news is yesterday's; 14 July is the agreement's, told in a relative clause
    text = ("قال وزراء الخارجية الخليجيون لوزير الخارجية الأمريكي أمس في مستهل محادثات الدوحة إن "
            "الاتفاق الذي أبرم في 14 يوليو الماضي يجب أن يخدم الاستقرار.\n"
            "وأوضح الوزير الأمريكي في مؤتمر صحفي مشترك مع نظيره القطري أن المحادثات كانت صريحة.")
    events = extract_events(text, date(2015, 8, 4), home="SAU")
    conf = [e for e in events if e["event_type"] == "PRESS_CONFERENCE"]
    assert [e["event_date"] for e in conf] == [date(2015, 8, 3)]
    # near miss: a contact's own relative clause («الزيارة التي ...») keeps its date
    text = ("أشاد الوزير أمس بنتائج الزيارة التي قام بها إلى الرياض في 14 يوليو الماضي.\n"
            "وأوضح الوزير الأمريكي في مؤتمر صحفي مشترك مع نظيره القطري أن المحادثات كانت صريحة.")
    events = extract_events(text, date(2015, 8, 4), home="SAU")
    assert extract_mod._occasion_date(
        find_dates(_toks(text.splitlines()[0]), date(2015, 8, 4)),
        _toks(text.splitlines()[0])) == (date(2015, 7, 14), "day")


def test_a_contact_skips_a_date_in_a_relative_clause_on_another_noun_after_it():
    from types import SimpleNamespace

    def other_relative(text, trigger, contact_toks=()):
        toks = _toks(text)
        k = toks.index(normalize_arabic(trigger))
        m = find_dates(toks, date(2015, 7, 27))[-1]
        return extract_mod._in_other_relative(toks, SimpleNamespace(i=k, j=k + 1), m,
                                              set(contact_toks))

    # «جولة ... بعد الاتفاق الذي أبرمته بلاده في 14 يوليو»: the agreement's day
    assert other_relative("وصل أمس في مستهل جولة هي الأولى بعد الاتفاق الذي أبرمته بلاده "
                          "في 14 يوليو الجاري", "جولة")
    # near misses: a contact noun's own clause, and a date before the trigger
    assert not other_relative("وصل أمس في مستهل جولة هي الأولى بعد الاجتماع الذي عقد "
                              "في 14 يوليو الجاري", "جولة")
    assert not other_relative("الاتفاق الذي أبرم في 14 يوليو الجاري سبق جولة الوزير", "جولة")
    # the whole sentence: the visit is yesterday's
    text = ("وصل وزير الخارجية الإيراني إلى الكويت أمس في مستهل زيارة تشمل قطر والعراق والتي "
            "تعد أول جولة إقليمية له بعد الاتفاق الذي أبرمته بلاده في 14 يوليو الجاري.")
    events = extract_events(text, date(2015, 7, 27), home="SAU")
    # (Qatar and Iraq are stops still to come, dated by nothing: tests/test_events_tours.py)
    assert {e["event_date"] for e in events if e["event_type"] == "VISIT"
            and e["location_country"] == "KWT"} == {date(2015, 7, 26)}


@pytest.mark.parametrize("text,expected", [
    ("وقال الرئيس في اليوم الأول من زيارته إن المحادثات كانت مثمرة", (None, None)),
    ("التقاه في اليوم التالي لوصوله", (None, None)),
    ("احتفل باليوم الوطني في السفارة", (None, None)),
    # near misses: «اليوم» before a weekday or a name is today
    ("وصل اليوم الاثنين إلى نيروبي", (date(2015, 7, 27), "day")),
    ("يلتقي اليوم الرئيس الكيني", (date(2015, 7, 27), "day")),
])
def test_the_day_an_adjective_names_is_not_today(text, expected):
    assert resolve_date(_toks(text), date(2015, 7, 27)) == expected



def _ev(e):
    return e if isinstance(e, dict) else e.__dict__


def test_a_digest_headline_kicker_date_dates_only_its_own_headline():
    """A daily digest runs its headlines together: «الاثنين القادم :» is the kicker of the
    headline after it, not the date of the visit told in the headline before; in a plain
    article the same words still date the visit."""
    lead = "أبرز عناوين الأخبار والمستجدات المسجلة على الساحة الوطنية اليوم الخميس 6 أفريل 2017:\n"
    run = ("وزير الشؤون الخارجية يؤدي زيارة رسمية إلى الجزائر حجز كميات من المواد الغذائية "
           "في القصرين الاثنين القادم : انطلاق التسجيل في مناظرة الانتداب")
    digest = [_ev(e) for e in extract_events(lead + run, "2017-04-06", home="TUN")]
    assert digest and all(str(e["event_date"]) != "2017-04-10" for e in digest)
    plain = "يؤدي وزير الشؤون الخارجية الاثنين القادم زيارة رسمية إلى الجزائر."
    events = [_ev(e) for e in extract_events(plain, "2017-04-06", home="TUN")]
    assert [str(e["event_date"]) for e in events if e["event_type"] == "VISIT"] == ["2017-04-10"]


def test_a_digest_lead_is_a_short_opening_paragraph_only():
    digest = extract_mod._is_digest
    assert digest("موعد يومي مع أبرز الأحداث والمستجدات على الساحة الوطنية\nعنوان")
    assert digest("أبرز أخبار يوم السبت 11 فيفري 2017\nأبرز عناوين الأخبار اليوم:\nع")
    # the words inside an article's body, or a digest lead with nothing after it, are not one
    assert not digest("استقبل الرئيس الوزير.\nوتناول اللقاء أبرز الأحداث في المنطقة.")
    assert not digest("أبرز الأحداث والمستجدات على الساحة الوطنية")


def test_a_meeting_of_a_visit_of_several_days_named_in_its_sentence_takes_the_month():
    """«وتتضمن زيارة X التي تتواصل على مدى يومين لقاءات مع ...»: the text does not say on which
    of the visit's days the meetings fall, so they take the month (labelling convention);
    without the visit's length in the sentence the lead's day still dates them."""
    lead = "شرع رئيس الحكومة اليوم الثلاثاء في زيارة رسمية إلى إيطاليا.\n"
    several = ("وتتضمن زيارة رئيس الحكومة إلى إيطاليا التي تتواصل على مدى يومين لقاءات مع "
               "الرئيس الإيطالي ورئيس الوزراء الإيطالي.")
    meets = [_ev(e) for e in extract_events(lead + several, "2017-03-07", home="TUN")
             if _ev(e)["event_type"] == "MEET"]
    assert len(meets) == 2
    assert {(str(e["event_date"]), e["date_precision"]) for e in meets} == {("2017-03-01", "month")}
    plain = "وتتضمن زيارة رئيس الحكومة إلى إيطاليا لقاءات مع الرئيس الإيطالي."
    meets = [_ev(e) for e in extract_events(lead + plain, "2017-03-07", home="TUN")
             if _ev(e)["event_type"] == "MEET"]
    assert [(str(e["event_date"]), e["date_precision"]) for e in meets] == [("2017-03-07", "day")]


@pytest.mark.parametrize("text,expected", [
    ("في زيارة تستغرق ثلاثة أيام", True),
    ("في زيارة لمدة أربعة أيام يلتقي خلالها", True),
    ("زيارة رسمية تستمر يومين", True),
    ("زيارة رسمية إلى تونس يومي 1 و2 مارس", False),  # a span of days is dated as such
    ("خلال زيارته قبل يومين", False),  # when it was, not how long it lasts
    ("التقى اليوم الرئيس بعد يومين من زيارة", False),
])
def test_a_visit_of_several_days(text, expected):
    from pipeline.events.mentions import tokenize

    assert extract_mod._several_days([t.norm for t in tokenize(text)]) is expected


def test_undated_first_sentence_takes_the_second_sentences_day():
    lead = ("هيمنت الأزمة اليمنية على اللقاء الذي جمع وزير الخارجية الأميركي مع وزير "
            "الخارجية القطري.")
    [ev] = extract_events(lead + " وعقد اللقاء عصر أمس في العاصمة القطرية الدوحة.",
                          date(2016, 5, 11))
    assert (ev["event_type"], ev["event_date"]) == ("MEET", date(2016, 5, 10))
    # near-misses: a second sentence that recalls the past (وكان ... قد, a year) tells
    # another story, and its date is not the lead's
    for second in (" وكان الوزيران قد تحادثا في 3 مايو 2014 في واشنطن.",
                   " وكان الوزير قد زار الدوحة أمس."):
        [ev] = extract_events(lead + second, date(2016, 5, 11))
        assert ev["event_date"] is None


def test_undated_meeting_takes_the_day_of_the_pairs_press_conference():
    lead = "عقد وزير الخارجية السعودي ونظيره المصري أمس مؤتمرا صحفيا مشتركا في جدة."
    evs = extract_events(lead + " وكان ملف الإرهاب حاضرا في اجتماع وزير الخارجية السعودي "
                         "ونظيره المصري.", date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] == date(2016, 5, 10)
    # near-miss: the past perfect («وكان ... قد») recalls another meeting
    evs = extract_events(lead + " وكان وزير الخارجية السعودي ونظيره المصري قد عقدا اجتماعا "
                         "في القاهرة.", date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] is None


def test_undated_talks_take_the_day_of_a_visit_to_the_other_partys_country():
    lead = "وصل الرئيس الأمريكي إلى نيروبي في زيارة رسمية إلى كينيا يوم 3 مايو."
    talks = " وكان أوباما قال في تصريح بعد محادثاته مع الرئيس {} إن العلاقات متينة."
    evs = extract_events(lead + talks.format("الكيني"), date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] == date(2016, 5, 3)
    # near-miss: talks with a party of another country were not held on that visit
    evs = extract_events(lead + talks.format("المصري"), date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] is None


def test_past_contact_whose_sentence_names_only_a_coming_day_takes_the_leads_day():
    conference = (" وقد عقد رئيس الحكومة التونسي مؤتمرا صحفيا مع المستشارة الألمانية أعلنت "
                  "خلاله عن عقد منتدى اقتصادي يوم غد.")
    lead = "يبدأ رئيس الحكومة التونسي اليوم الأربعاء زيارة رسمية إلى ألمانيا."
    evs = extract_events(lead + conference, date(2014, 6, 18))
    pc = next(e for e in evs if e["event_type"] == "PRESS_CONFERENCE")
    assert pc["event_date"] == date(2014, 6, 18)
    # near-misses: no lead, or a lead that recalls the past, dates nothing (tomorrow is
    # the forum's, never the conference's)
    for text in (conference.strip(), "يذكر أن رئيس الحكومة التونسي زار ألمانيا في 2014."
                 + conference):
        evs = extract_events(text, date(2014, 6, 18))
        pc = next(e for e in evs if e["event_type"] == "PRESS_CONFERENCE")
        assert pc["event_date"] is None


@pytest.mark.parametrize("lasts,meeting,expected", [
    # a visit of several days: a meeting during it with no day of its own takes the month
    (" تتواصل على مدى يومين.", "خلال هذه الزيارة", (date(2017, 2, 1), "month")),
    (" تستغرق ثلاثة أيام.", "خلال هذه الزيارة", (date(2017, 2, 1), "month")),
    # near-misses: no length told, two days named as something else, or a day of its own
    (".", "خلال هذه الزيارة", (date(2017, 2, 14), "day")),
    (". ووصف الزيارة بأنها مهمة وقال إن يومين من المحادثات ستكفي.", "خلال هذه الزيارة",
     (date(2017, 2, 14), "day")),
    (" تستغرق ثلاثة أيام.", "غدا", (date(2017, 2, 15), "day")),
])
def test_meeting_during_a_visit_of_several_days_takes_the_month(lasts, meeting, expected):
    text = ("يبدأ رئيس الحكومة التونسي اليوم الثلاثاء زيارة رسمية إلى ألمانيا" + lasts
            + f" ويلتقي رئيس الحكومة التونسي {meeting} المستشارة الألمانية.")
    meet = next(e for e in extract_events(text, date(2017, 2, 14)) if e["event_type"] == "MEET")
    assert (meet["event_date"], meet["date_precision"]) == expected


@pytest.mark.parametrize("text,expected", [
    # the only date is the agreement's (a relative clause on a noun that is no contact)
    ("وكان وزير الخارجية الأمريكي عقد اجتماعا في الدوحة مع نظيره القطري لتبديد المخاوف من "
     "الاتفاق الذي أبرم الشهر الماضي.", None),
    ("عقد وزير الخارجية الأمريكي اجتماعا في الدوحة مع نظيره القطري لتبديد المخاوف من "
     "الاتفاق الذي أبرم الشهر الماضي.", None),
    # near-miss: the meeting names its own day beside the agreement's
    ("عقد وزير الخارجية الأمريكي أمس اجتماعا في الدوحة مع نظيره القطري لتبديد المخاوف من "
     "الاتفاق الذي أبرم الشهر الماضي.", date(2015, 8, 3)),
])
def test_a_date_only_in_another_nouns_relative_clause_dates_no_contact(text, expected):
    [meet] = extract_events(text, date(2015, 8, 4))
    assert meet["event_date"] == expected


@pytest.mark.parametrize("second,expected", [
    # «the first ... since 1959» tells the present occasion: the lead dates it
    (" وهو أول وزير خارجية كوبي يقوم بزيارة رسمية إلى واشنطن منذ الثورة الكوبية عام 1959.",
     date(2015, 7, 24)),
    # near-miss: a year the visit took place in is the past
    (" وقام وزير الخارجية الكوبي بزيارة رسمية إلى واشنطن عام 1959.", None),
])
def test_a_year_after_since_does_not_make_a_sentence_recall_the_past(second, expected):
    lead = "أعادت الولايات المتحدة وكوبا اليوم فتح سفارتيهما."
    visit = next(e for e in extract_events(lead + second, date(2015, 7, 24))
                 if e["event_type"] == "VISIT")
    assert visit["event_date"] == expected


@pytest.mark.parametrize("margin,expected", [
    # «هذا اللقاء» points back to the meeting the sentence before dates (tomorrow)
    ("هذا اللقاء", date(2015, 8, 3)),
    # near-miss: with no demonstrative the undated sentence reports the lead's occasion
    ("الاجتماع", date(2015, 8, 2)),
])
def test_this_meeting_takes_the_date_of_the_contact_told_just_before(margin, expected):
    text = ("يعقد وزراء خارجية السعودية وروسيا اليوم اجتماعا في الدوحة. وسيلتقي وزير الخارجية "
            f"الأمريكي غدا نظيره القطري. وعلى هامش {margin} سيجري وزير الخارجية الأمريكي "
            "محادثات مع نظيره الروسي.")
    meet = next(e for e in extract_events(text, date(2015, 8, 2))
                if {e["actor1_country"], e["actor2_country"]} == {"USA", "RUS"})
    assert meet["event_date"] == expected


def _visits(text, published):
    return [(e["actor1_country"], e["status"], e["event_date"], e["date_precision"])
            for e in extract_events(text, published) if e["event_type"] == "VISIT"]


def test_a_contact_timed_by_a_week_takes_no_other_clauses_day():
    # «الأسبوع الماضي» in the contact's own relative clause is its time, which names no day:
    # the «أمس» of the statement is not its day (nor a month)
    text = ("وأوضح المتحدث في اتصال هاتفي أمس أن وزير الخارجية الجزائري الذي زار الرياض "
            "الأسبوع الماضي لم يقدم مبادرة جديدة.")
    assert _visits(text, date(2016, 5, 11)) == [("DZA", "reported", None, None)]
    # a written date of another thing later in the sentence is not its day either
    text = ("منذ الزيارة التي قام بها وزير الخارجية الإيطالي إلى القاهرة بداية الأسبوع "
            "الماضي، تتابع الصحف الاتفاق الموقع في 3 مايو الماضي.")
    assert _visits(text, date(2016, 5, 11)) == [("ITA", "reported", None, None)]
    # near miss: a day told with the week dates the contact
    text = "زار وزير الخارجية الأردني القاهرة الأسبوع الماضي يوم الخميس."
    assert _visits(text, date(2016, 5, 11)) == [("JOR", "reported", date(2016, 5, 5), "day")]


def test_a_day_of_the_next_clause_is_not_the_weeks_day():
    # «أمس» three words after the week, past its comma or the next clause's verb: the
    # meeting's day, not the arrival's
    for text in ("وصل وزير الخارجية الأردني إلى القاهرة الأسبوع الماضي، والتقى أمس الرئيس "
                 "المصري.",
                 "وصل وزير الخارجية الأردني إلى القاهرة الأسبوع الماضي والتقى أمس الرئيس "
                 "المصري."):
        evs = extract_events(text, date(2016, 5, 11))
        assert [(e["event_type"], e["event_date"]) for e in evs] == [
            ("VISIT", None), ("MEET", date(2016, 5, 10))]


def test_a_visit_noun_right_after_the_week_is_timed_by_it():
    # «الأسبوع الماضي في زيارة»: the noun names the arrival the week times, not a visit dated
    # by the meeting's «أمس» later in the sentence
    text = ("وصل وزير الخارجية الأردني إلى القاهرة الأسبوع الماضي في زيارة رسمية، والتقى أمس "
            "الرئيس المصري.")
    evs = extract_events(text, date(2016, 5, 11))
    assert [(e["event_type"], e["event_date"]) for e in evs] == [
        ("VISIT", None), ("MEET", date(2016, 5, 10))]
    text = ("التقى الرئيس المصري أمس وزير الخارجية الأردني الذي وصل إلى القاهرة الأسبوع الماضي "
            "في زيارة تستمر أسبوعين.")
    assert _visits(text, date(2016, 5, 11)) == [("JOR", "reported", None, None)]


def test_a_week_in_a_guests_relative_clause_leaves_the_reception_the_leads_day():
    # the week times the guest's visit («الذي يزور القاهرة هذا الأسبوع»), not the reception
    # the sentence tells after the lead's: that keeps the lead's day
    text = ("استقبل الرئيس المصري أمس وزير الخارجية الأردني. واستقبل الرئيس المصري أيضا وزير "
            "الخارجية السوداني الذي يزور القاهرة هذا الأسبوع.")
    evs = extract_events(text, date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET" and e["actor2_country"] == "SDN")
    assert meet["event_date"] == date(2016, 5, 10)
    visit = next(e for e in evs if e["event_type"] == "VISIT")
    assert visit["event_date"] is None  # the visit itself: the week, no day


def test_a_lead_timed_by_a_week_gives_later_sentences_no_day():
    # the lead's occasion is next week: the statement's «اليوم» is not it, and a later
    # undated contact is not dated by it
    text = ("أعلن وزير الخارجية الإيطالي اليوم أنه سيتوجه إلى القاهرة الأسبوع المقبل. "
            "وتأتي زيارة الوزير بعد زيارة وزير الاقتصاد الألماني إلى مصر.")
    visits = _visits(text, date(2016, 5, 11))
    assert ("ITA", "planned", None, None) in visits
    assert all(d is None for _, _, d, _ in visits)


def test_this_week_gives_no_day_and_keeps_the_lead_day_off():
    text = ("استقبل الرئيس التونسي اليوم وزير الخارجية الجزائري بقصر قرطاج. "
            "ويزور وزير الخارجية الجزائري المغرب هذا الأسبوع.")
    evs = extract_events(text, date(2016, 5, 11))
    meet = next(e for e in evs if e["event_type"] == "MEET")
    assert meet["event_date"] == date(2016, 5, 11)  # near miss: the lead's own day
    visit = next(e for e in evs if e["event_type"] == "VISIT" and e["location_country"] == "MAR")
    assert visit["event_date"] is None


@pytest.mark.parametrize("text,expected", [
    ("مطلع الأسبوع الجاري", True), ("هذا الأسبوع", True), ("الأسبوع قبل الماضي", True),
    ("الأسبوع المنصرم", True),
    ("أسبوع الثقافة", False), ("الأسبوع الثقافي", False), ("خلال الأسبوع", False),
])
def test_week_phrases(text, expected):
    from pipeline.events.dates import week_at
    toks = _toks(text)
    assert any(week_at(toks, k) for k in range(len(toks))) is expected


@pytest.mark.parametrize("text,published,expected", [
    # the Syriac gloss written without the article, between the month and its «الماضي»
    ("زارها في ديسمبر (كانون أول) الماضي", date(2015, 8, 9), (date(2014, 12, 1), "month")),
    ("زارها في كانون أول الماضي", date(2015, 8, 9), (date(2014, 12, 1), "month")),
    ("يزورها في تشرين أول المقبل", date(2015, 8, 9), (date(2015, 10, 1), "month")),
    ("التقاه في 5 تشرين ثاني 2014", date(2015, 8, 9), (date(2014, 11, 5), "day")),
])
def test_syriac_month_names_without_the_article(text, published, expected):
    assert resolve_date(_toks(text), published) == expected


def test_a_visit_dated_by_a_past_month_with_its_gloss_is_reported():
    text = ("وأكد المبعوث حرص بلاده على البناء على نتائج الزيارة التي أجراها الرئيس المصري "
            "للصين في ديسمبر (كانون أول) الماضي.")
    events = [(e["event_type"], e["status"], e["event_date"], e["actor1_country"])
              for e in extract_events(text, date(2015, 8, 9))]
    assert ("VISIT", "reported", date(2014, 12, 1), "EGY") in events
