"""A contact told with no venue of its own, between a traveller and an official of the state
his visit goes to, is held on that visit and takes its place: the visit told in another sentence
of the report, with the contact's status and no other day.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from tests.support.events import venues

PUB = "2015-08-10"


def _venues(text: str, etype: str = "MEET") -> set:
    return venues(text, PUB, "SAU", etype)


def test_a_meeting_with_the_host_takes_the_place_of_the_visit_told_before():
    text = ("وصل وزير الخارجية الإيطالي إلى القاهرة أمس في زيارة رسمية.\n\n"
            "والتقى الوزير الإيطالي الرئيس المصري في وقت لاحق.")
    assert _venues(text) == {("EGY", "Cairo")}


def test_the_host_receiving_the_traveller_takes_the_place_too():
    text = ("وصل وزير الخارجية الإيطالي إلى القاهرة أمس في زيارة رسمية.\n\n"
            "واستقبل الرئيس المصري الوزير الإيطالي في وقت لاحق.")
    assert _venues(text) == {("EGY", "Cairo")}


@pytest.mark.parametrize("text", [
    # a visit still to come is not where a meeting already held took place
    "يزور وزير الخارجية الإيطالي القاهرة الشهر المقبل. والتقى الوزير الإيطالي الرئيس المصري "
    "أمس.",
    # an organisation's head met on the trip is of no state the visit goes to
    "وصل وزير الخارجية الإيطالي إلى القاهرة أمس في زيارة رسمية.\n\n"
    "والتقى الوزير الإيطالي الأمين العام لجامعة الدول العربية.",
], ids=["planned-visit", "organisation"])
def test_no_place_from_a_visit_of_another_status_or_to_another_party(text):
    assert _venues(text) == {(None, None)}, text


def test_an_arrival_held_places_a_meeting_to_come_that_day_not_a_later_trip():
    # the trip to come (another month) is told nearer the meeting than the arrival of its day
    text = ("وصل وزير الخارجية الكوبي إلى واشنطن اليوم.\n\n"
            "وهي أول زيارة من نوعها منذ عقود.\n\n"
            "ويلتقي الوزير الكوبي اليوم نظيره الأمريكي.\n\n"
            "وسيزور وزير الخارجية الأمريكي هافانا الشهر المقبل.")
    assert _venues(text) == {("USA", "Washington")}


def test_meetings_of_a_visit_dated_to_its_month_take_its_place():
    text = ("يؤدي وزير الخارجية الإيطالي زيارة رسمية إلى الأردن يومي 18 و19 أغسطس الجاري.\n\n"
            "وسيجري الوزير خلال الزيارة لقاءات مع عدد من كبار المسؤولين الأردنيين.")
    assert _venues(text) == {("JOR", "Jordan")}


def test_a_visit_on_another_day_places_no_meeting_of_a_written_day():
    text = ("زار وزير الخارجية الإيطالي الأردن في الثالث من أغسطس.\n\n"
            "والتقى الوزير الإيطالي العاهل الأردني في الثامن من أغسطس.")
    assert _venues(text) == {(None, None)}


def test_a_call_during_the_visit_takes_no_place():
    text = ("وصل وزير الخارجية الإيطالي إلى القاهرة أمس في زيارة رسمية.\n\n"
            "وتلقى الوزير الإيطالي اتصالا هاتفيا من الرئيس المصري.")
    assert _venues(text, "CALL") == {(None, None)}
