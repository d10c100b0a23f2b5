"""Status and date of contacts: an ordinal after a part of the month, a title trailer's status, a
relative clause's date closed before the contact (read from the thirteenth round's train misses).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _dates(text: str, published=date(2015, 8, 7)) -> list[tuple]:
    return [(e["event_type"], e["status"], e["event_date"], e["date_precision"])
            for e in extract_events(text, published=published)]


# ------------------------------------------------- an ordinal naming a part of the month

def test_an_ordinal_after_a_part_of_the_month_is_no_day():
    # «النصف الثاني من يوليو» is the second half of July, not the second of July
    got = _dates("وأضاف أن وزير الخارجية الإيراني زار موسكو في النصف الثاني من يوليو.")
    assert got == [("VISIT", "reported", date(2015, 7, 1), "month")]
    got = _dates("وأضاف أن وزير الخارجية الإيراني سيزور موسكو في الأسبوع الأول من سبتمبر.")
    assert got == [("VISIT", "planned", date(2015, 9, 1), "month")]


def test_an_ordinal_day_of_the_month_is_still_a_day():
    got = _dates("وأضاف أن وزير الخارجية الإيراني زار موسكو في الثاني من يوليو.")
    assert got == [("VISIT", "reported", date(2015, 7, 2), "day")]
    got = _dates("وأضاف أن وزير الخارجية الإيراني زار موسكو يوم الحادي عشر من يوليو.")
    assert got == [("VISIT", "reported", date(2015, 7, 11), "day")]


# ------------------------------------------------- a page's title trailer retells the lead

def _told(text: str, published=date(2015, 8, 6)) -> list[tuple]:
    return [(e["event_type"], e["status"], e["event_date"], e["trigger"])
            for e in extract_events(text, published=published)]


def test_a_title_trailer_takes_the_status_the_article_gives_its_contact():
    # the title's present with «اليوم» would read as planned; the article tells it done
    text = ("وصل وزير الخارجية السعودي عادل الجبير إلى الدوحة اليوم في زيارة رسمية لدولة قطر. "
            "رابط الخبر بصحيفة الوئام: الجبير يصل الدوحة اليوم في زيارة رسمية لدولة قطر")
    assert _told(text) == [("VISIT", "reported", date(2015, 8, 6), "وصل")]
    # run on to the article's last sentence
    text = ("زار وزير الخارجية السوري وليد المعلم مسقط اليوم الخميس للاجتماع مع نظيره العماني. "
            "واتفق الوزيران على تعزيز التعاون رابط الخبر بصحيفة الوئام: وزير الخارجية السوري "
            "يزور سلطنة عمان لمناقشة قضايا المنطقة")
    assert [e[:2] for e in _told(text)] == [("VISIT", "reported"), ("MEET", "reported")]


def test_a_title_trailer_alone_keeps_its_own_reading():
    # near miss: no contact of the article to retell (the title's present and today: planned)
    text = "رابط الخبر بصحيفة الوئام: الجبير يصل الدوحة اليوم في زيارة رسمية لدولة قطر"
    assert _told(text) == [("VISIT", "planned", date(2015, 8, 6), "يصل")]


# ------------------------------------------- a date in a relative clause closed before a contact

def test_a_relative_clause_date_closed_before_the_contact_is_not_its_date():
    # «التي كان قد وصلها أول من أمس» dates the arrival; the press conference of the next
    # clause is the main clause's yesterday
    text = ("واختتم وزير الخارجية القطري أمس زيارته إلى أربيل التي كان قد وصلها أول من أمس، "
            "وقال في مؤتمر صحافي مشترك عقده مع وزير الداخلية العراقي إن الزيارة ناجحة.")
    got = _told(text, published=date(2015, 7, 21))
    assert ("VISIT", "reported", date(2015, 7, 19), "زيارته") in got
    assert ("PRESS_CONFERENCE", "reported", date(2015, 7, 20), "مؤتمر صحافي") in got


def test_a_relative_clause_date_stays_when_the_sentence_names_no_other():
    # near miss: no other date in the sentence, the relative clause's day is kept
    text = ("وعقد وزير الخارجية القطري الذي وصل أربيل أول من أمس، مؤتمرا صحافيا مع وزير "
            "الداخلية العراقي.")
    got = _told(text, published=date(2015, 7, 21))
    assert ("PRESS_CONFERENCE", "reported", date(2015, 7, 19), "مؤتمرا صحافيا") in got
