"""Status and date of contacts the rules find (pipeline/events/triggers.py, extract.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.dates import find_dates
from pipeline.events.extract import _prepare


def _status(text: str, published: str = "2015-07-24") -> set:
    """(type, status, date) of each event of a text."""
    return {(e["event_type"], e["status"],
             e["event_date"].isoformat() if e["event_date"] else None)
            for e in extract_events(text, published)}


def _statuses(text: str, published: str = "2015-07-24") -> set:
    return {(t, s) for t, s, _ in _status(text, published)}


# --- a contact noun that is the subject or object of a future verb is still to come


def test_noun_after_a_future_verb_is_planned():
    # VS order: the verb, its object (a demonstrative phrase), then the contact noun
    assert ("MEET", "planned") in _statuses(
        "وسيعقب ذلك اجتماع بين وزير الخارجية الأمريكي ونظيره الكوبي.")
    # «سيلي» (it will follow) is a future verb too, short as it is
    assert ("MEET", "planned") in _statuses(
        "وسيلي هذا الحفل اجتماع بين وزير الخارجية الأمريكي ونظيره الكوبي.")


def test_noun_of_another_noun_after_a_future_verb_is_not_planned():
    # near miss: «نتائج اجتماع» — the future verb governs «نتائج», the meeting is past
    assert _statuses("وستناقش الحكومة التونسية نتائج اجتماع وزير الخارجية التونسي "
                     "مع نظيره الفرنسي.") == {("MEET", "reported")}
    # near miss: a preposition the noun depends on («سيتحدث عن لقاء»)
    assert _statuses("وسيتحدث الوزير عن لقاء وزير الخارجية التونسي مع نظيره "
                     "الفرنسي.") == {("MEET", "reported")}


def test_first_to_make_a_visit_with_a_light_verb_is_reported():
    # «أول وزير يقوم بزيارة»: who someone is, by a visit made (as «أول وزير يزور»)
    assert _statuses("وكان وزير الخارجية الكوبي أول وزير خارجية كوبي يقوم بزيارة رسمية "
                     "لواشنطن منذ عقود.") == {("VISIT", "reported")}
    # near miss: the ordinal governed by a copula to come («سيكون أول وزير يقوم بزيارة»)
    assert _statuses("وسيكون الوزير أول وزير خارجية فرنسي يقوم بزيارة إلى إيران منذ "
                     "سنوات.") == {("VISIT", "planned")}


# --- a day of the month named relative to publication («من الشهر الماضي», «29 الحالي»)


def _dates(text: str, published=date(2015, 7, 23)) -> list:
    sent = _prepare(text, published, None)[0]
    return [(m.date, m.precision) for m in find_dates(sent.norms, published)]


def test_day_of_a_relative_month():
    assert _dates("وقع الاتفاق في الرابع عشر من الشهر الماضي") == [(date(2015, 6, 14), "day")]
    assert _dates("يلتقي الوزيران يوم 12 من الشهر الجاري") == [(date(2015, 7, 12), "day")]
    assert _dates("يزور الوزير طهران في 29 الحالي") == [(date(2015, 7, 29), "day")]
    assert _dates("تعقد القمة في العاشر من الشهر المقبل") == [(date(2015, 8, 10), "day")]
    assert _dates("تجري المحادثات يومي 5 و6 من الشهر المقبل") == [(date(2015, 8, 5), "span")]
    # a contact dated by it
    assert _status("وسيزور وزير الخارجية الفرنسي طهران في 29 الحالي.") == {
        ("VISIT", "planned", "2015-07-29")}


def test_no_day_of_a_relative_month():
    # near misses: an ordinal week is no day; a month alone stays a month; a day that the
    # month does not have is no date; a feminine «الحالية» after a number is no month
    assert _dates("تعقد القمة في الأسبوع الأول من الشهر المقبل") == [(date(2015, 8, 1), "month")]
    assert _dates("زار الوزير طهران في الشهر الماضي") == [(date(2015, 6, 1), "month")]
    assert _dates("تعقد القمة في 31 من الشهر الماضي") == [(date(2015, 6, 1), "month")]
    assert _dates("بموجب المادة 5 الحالية من الاتفاق") == []


# --- a contact to come after a recalled past story is dated by the lead


def test_contact_to_come_after_a_recalled_story_takes_the_lead_date():
    text = ("تشهد الدوحة اليوم مباحثات بين وزير الخارجية الروسي ونظيره القطري. يذكر أن هذه أول "
            "زيارة يقوم بها لافروف للخليج منذ الاتفاق الذي وقع في مطلع الشهر الماضي. وقالت "
            "الخارجية الروسية إن أمير قطر سوف يستقبل وزير الخارجية الروسي.")
    got = _status(text, "2015-08-02")
    assert ("MEET", "planned", "2015-08-02") in got
    assert ("MEET", "planned", None) not in got


def test_past_contact_after_a_recalled_story_keeps_its_date():
    # near miss: a past contact after the recalled story goes on telling it
    text = ("تشهد الدوحة اليوم مباحثات بين وزير الخارجية الروسي ونظيره القطري. يذكر أن وزير "
            "الخارجية الروسي زار الدوحة في 14 يوليو الماضي. وقد استقبله أمير قطر.")
    got = _status(text, "2015-08-02")
    assert ("MEET", "reported", "2015-07-14") in got


# --- «ليكون أول مسؤول يزور»: the result of a trip told in the past, not a visit to come


def test_first_to_after_a_trip_made_is_that_trip():
    got = _status("توجه وزير الاقتصاد الألماني يوهان شميت إلى إيران الأحد ليكون أول مسؤول "
                  "غربي بارز يتوجه إلى الجمهورية الإسلامية منذ الاتفاق.", "2015-07-22")
    assert got == {("VISIT", "reported", "2015-07-19")}


def test_first_to_after_a_trip_to_come_is_planned():
    # near miss: a present verb with a coming day: the aim of a trip still to come
    got = _status("يتوجه وزير الاقتصاد الألماني إلى إيران الأحد المقبل ليكون أول مسؤول غربي "
                  "يزور الجمهورية الإسلامية منذ الاتفاق.", "2015-07-22")
    assert got == {("VISIT", "planned", "2015-07-26")}
