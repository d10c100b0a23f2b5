"""A contact still to come of a visit told as begun («بدأ ... اليوم زيارة رسمية» then «كما
سيجري خلال الزيارة مباحثات مع ...») has no day of its own: the visit lasts beyond the day it
began, so its month dates the contact (the labels' convention for the programme of a visit of
several days). A visit performed today («يؤدي اليوم زيارة»), a contact already held, and a
contact outside the visit's programme keep their day."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _visit_begun
from pipeline.text.normalize import normalize_arabic

PUB = "2015-08-11"


def _meets(text):
    return [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "MEET"]


def _one_meet(text):
    meets = _meets(text)
    assert len(meets) == 1, meets
    return meets[0]


BEGUN = "بدأ رئيس الوزراء الماليزي نجيب عبد الرزاق اليوم الثلاثاء زيارة رسمية إلى بروناي."


def test_planned_talks_of_a_begun_visit_take_its_month():
    ev = _one_meet(BEGUN + "\nويلتقي رئيس الوزراء خلال الزيارة سلطان بروناي حسن البلقية.")
    assert (ev["actor1_country"], ev["actor2_country"]) in (("MYS", "BRN"), ("BRN", "MYS"))
    assert ev["status"] == "planned"
    assert (ev["event_date"], ev["date_precision"]) == (date(2015, 8, 1), "month")


def test_future_talks_of_a_begun_visit_take_its_month():
    ev = _one_meet(
        BEGUN + "\nكما سيجري رئيس الوزراء خلال الزيارة مباحثات مع سلطان بروناي "
        "حسن البلقية حول القضايا الإقليمية."
    )
    assert ev["status"] == "planned"
    assert ev["date_precision"] == "month"


def test_visit_performed_today_keeps_the_day_of_its_talks():
    # «يؤدي اليوم زيارة», «يبدأ اليوم زيارة»: a visit of the day, its programme is today's
    ev = _one_meet(
        "يؤدي رئيس الوزراء الماليزي نجيب عبد الرزاق اليوم الثلاثاء زيارة رسمية إلى "
        "بروناي.\nويلتقي رئيس الوزراء خلال الزيارة سلطان بروناي حسن البلقية."
    )
    assert ev["status"] == "planned"
    assert (ev["event_date"], ev["date_precision"]) == (date(2015, 8, 11), "day")


def test_talks_held_during_a_begun_visit_keep_their_day():
    ev = _one_meet(BEGUN + "\nوالتقى رئيس الوزراء خلال الزيارة اليوم سلطان بروناي حسن البلقية.")
    assert ev["status"] == "reported"
    assert (ev["event_date"], ev["date_precision"]) == (date(2015, 8, 11), "day")


def test_visit_begun_needs_a_verb_of_beginning_before_a_visit_noun():
    assert _visit_begun(normalize_arabic(BEGUN).split())
    assert _visit_begun(normalize_arabic("واستهل الوزير جولته الخليجية من الكويت").split())
    # a visit that begins today (present) is the day's, not one under way
    assert not _visit_begun(normalize_arabic("يبدأ الوزير اليوم زيارة رسمية إلى الكويت").split())
    # «بدأ» with no visit after it, or a visit with no beginning
    assert not _visit_begun(normalize_arabic("بدأ الاجتماع الوزاري في الرياض اليوم").split())
    assert not _visit_begun(normalize_arabic("يؤدي الوزير اليوم زيارة رسمية إلى الكويت").split())
