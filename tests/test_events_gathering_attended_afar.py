"""A gathering attended from afar, over a video or telephone link («شارك عبر الفيديو في القمة»,
«عبر تقنية الفيديو»): the attendee stays at home and makes no visit to the gathering's place, as
one or as several listed; attending in person still is a visit.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _visits(text: str) -> list:
    return sorted((e["actor1_country"], e["location_country"])
                  for e in extract_events(text, "2016-07-25")
                  if e["event_type"] == "VISIT")


def test_one_attending_by_video_link_makes_no_visit():
    text = "وشارك الرئيس المصري عبد الفتاح السيسي عبر الفيديو في القمة الإفريقية في أديس أبابا."
    assert _visits(text) == []


def test_two_attending_through_a_video_link_after_the_gathering_make_no_visit():
    text = ("وشارك الرئيس المصري عبد الفتاح السيسي والرئيس الكيني أوهورو كيناتا في القمة "
            "الإفريقية في أديس أبابا عبر تقنية الفيديو.")
    assert _visits(text) == []


def test_attending_in_person_is_a_visit():
    text = ("وشارك الرئيس المصري عبد الفتاح السيسي والرئيس الكيني أوهورو كيناتا في القمة "
            "الإفريقية في أديس أبابا.")
    assert _visits(text) == [("EGY", "ETH"), ("KEN", "ETH")]
