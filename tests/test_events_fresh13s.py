"""Status and date of contacts in the thirteenth round's train misses.

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
