"""Contacts recalled on their anniversary or as past history (invented sentences): the day
of the telling (اليوم, the lead's day) is not theirs. «في مثل هذا اليوم من عام 1990» is the
publication's day in that year; a year alone («قبل 25 عاما», «الذكرى العاشرة لزيارة») is no
date (labelling conventions: year only -> null), and the contact stays reported."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.dates import find_dates, resolve_date, years_ago_at
from pipeline.text.normalize import normalize_arabic

PUB = date(2015, 6, 10)


def _norms(text):
    return normalize_arabic(text).split()


def _events(text, published=PUB):
    return [(e["event_type"], e["status"], str(e["event_date"]) if e["event_date"] else None,
             e["date_precision"],
             e["actor1_country"], e["actor2_country"] or e["location_country"])
            for e in extract_events(text, published=published)]


def test_same_day_of_a_named_year():
    assert resolve_date(_norms("وفي مثل هذا اليوم من عام 1990 وقعت الحرب"), PUB) \
        == (date(1990, 6, 10), "day")
    assert resolve_date(_norms("في مثل هذا اليوم قبل عشر سنوات وقعت الحرب"), PUB) \
        == (date(2005, 6, 10), "day")


def test_same_day_without_a_year_is_no_date_and_never_today():
    assert find_dates(_norms("وفي مثل هذا اليوم وقعت الحرب"), PUB) == []
    # «اليوم» alone is still today
    assert resolve_date(_norms("وقعت الحرب اليوم"), PUB) == (PUB, "day")


def test_years_ago_counts():
    assert years_ago_at(_norms("قبل 25 عاما"), 0)[0] == 25
    assert years_ago_at(_norms("قبل عشر سنوات"), 0)[0] == 10
    assert years_ago_at(_norms("وقبل عامين"), 0)[0] == 2
    # before a year, before next year: no count
    assert years_ago_at(_norms("قبل عام 2009"), 0)[0] is None
    assert years_ago_at(_norms("قبل العام المقبل"), 0)[0] is None


def test_meeting_on_this_day_in_a_named_year():
    text = ("وفي مثل هذا اليوم من عام 1990 التقى الرئيس المصري حسني مبارك بالرئيس السوري "
            "حافظ الأسد في دمشق.")
    assert _events(text) == [("MEET", "reported", "1990-06-10", "day", "EGY", "SYR")]


def test_visit_years_ago_takes_no_date():
    text = "قال الوزير اليوم إن الرئيس الأمريكي زار الصين قبل عشر سنوات."
    assert _events(text) == [("VISIT", "reported", None, None, "USA", "CHN")]
    # nor the lead's day, in a sentence of its own
    text = ("استقبل الرئيس المصري اليوم وزير الخارجية الأمريكي في القاهرة. وقبل 25 عاما زار "
            "الرئيس الأمريكي بيل كلينتون الصين.")
    assert ("VISIT", "reported", None, None, "USA", "CHN") in _events(text)


def test_anniversary_of_a_visit_is_past_and_undated():
    for text in ("تحل اليوم الذكرى العاشرة لزيارة الرئيس الأمريكي باراك أوباما إلى القاهرة.",
                 "وتحيي مصر غدا ذكرى زيارة الرئيس الأمريكي باراك أوباما إلى القاهرة.",
                 "بمناسبة مرور عشر سنوات على زيارة الرئيس الأمريكي باراك أوباما إلى القاهرة."):
        assert _events(text) == [("VISIT", "reported", None, None, "USA", "EGY")], text


def test_near_miss_this_day_recalls_something_else():
    # the anniversary is of the invasion; the reception is today's
    text = ("وفي مثل هذا اليوم من عام 1990 اجتاح العراق الكويت، واستقبل الرئيس المصري اليوم "
            "وزير الخارجية الأمريكي في القاهرة.")
    assert _events(text) == [("MEET", "reported", "2015-06-10", "day", "EGY", "USA")]
    # years before another event are no years ago
    text = "استقبل الرئيس المصري اليوم وزير الخارجية الأمريكي في القاهرة قبل عامين من الانتخابات."
    assert _events(text) == [("MEET", "reported", "2015-06-10", "day", "EGY", "USA")]


def test_year_after_min_am():
    pub = date(2017, 1, 27)
    assert resolve_date(_norms("صودق عليه في مثل هذا اليوم 27 جانفي من سنة 2014"), pub) \
        == (date(2014, 1, 27), "day")
    assert resolve_date(_norms("زار تونس يوم 5 مارس من عام 2012"), pub) \
        == (date(2012, 3, 5), "day")
    assert resolve_date(_norms("زار تونس يوم 5 مارس من العام الماضي"), pub) \
        == (date(2016, 3, 5), "day")
    assert resolve_date(_norms("يزور تونس في 5 مارس من السنة المقبلة"), pub) \
        == (date(2018, 3, 5), "day")
    # «من» opening something else after the month keeps the month's own year
    assert resolve_date(_norms("زار تونس يوم 5 مارس من أجل المشاركة"), pub) \
        == (date(2017, 3, 5), "day")


def test_a_decade_ago_of_time():
    text = "قال الوزير اليوم إن الرئيس الأمريكي زار الصين قبل عقد من الزمن."
    assert _events(text) == [("VISIT", "reported", None, None, "USA", "CHN")]
