"""Whose titles are whose: a run of titles after a named person, and one person named once with
two offices (pipeline/events/mentions.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare


def _actors(text: str, published=date(2015, 8, 1), home: str | None = None) -> list[tuple]:
    """(country or org, role) of each actor of the text, in order."""
    return [(a.country or a.org, a.role) for s in _prepare(text, published, home) for a in s.actors]


def _pairs(text: str, published: str) -> set:
    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return {
        (e["event_type"], frozenset({side(e, "actor1"), side(e, "actor2")}))
        for e in extract_events(text, published=published)
    }


# ----------------------------------------------------- titles another state's adjective closes


def test_titles_after_a_named_head_that_another_state_closes_are_the_guest():
    actors = _actors("استقبل الرئيس السيسي نائب رئيس الوزراء وزير الخارجية الكويتي أمس.")
    assert ("EGY", "head_of_state") in actors
    assert ("KWT", "foreign_minister") in actors
    assert ("EGY", "official") not in actors


def test_titles_joined_by_and_after_a_named_minister_are_the_guest():
    actors = _actors("التقى وزير الخارجية سامح شكري رئيس الوزراء ووزير الخارجية القطري أمس.")
    assert ("EGY", "foreign_minister") in actors
    assert ("EGY", "head_of_government") not in actors


def test_titles_of_the_named_persons_own_state_stay_his():
    # the near miss: the run of titles ends with his own state's nationality
    actors = _actors(
        "التقى الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع السعودي نظيره الأمريكي أمس."
    )
    assert actors[0] == ("SAU", "defense_minister")
    assert ("SAU", "official") not in actors[1:]


# ----------------------------------------------------- one person named with two offices


def test_a_premier_and_foreign_minister_named_after_both_titles_is_the_premier():
    pairs = _pairs(
        "التقى الرئيس المصري محمد مرسي رئيس الوزراء ووزير الخارجية القطري الشيخ "
        "حمد بن جاسم أمس في القاهرة.",
        "2012-09-10",
    )
    assert ("MEET", frozenset({("EGY", "head_of_state"), ("QAT", "head_of_government")})) in pairs


def test_two_offices_before_a_name_that_held_only_the_second_are_two_people():
    # the near miss: Khalid Al-Attiyah was never Qatar's premier; the premiership is not his
    actors = _actors("التقى رئيس الوزراء ووزير الخارجية القطري خالد العطية أمس.", date(2015, 8, 1))
    assert ("QAT", "head_of_government") not in actors
    assert ("QAT", "foreign_minister") in actors


# ----------------------------------------------------- under-secretaries-general


def test_an_under_secretary_general_is_no_secretary_general():
    actors = _actors("التقى الرئيس السيسي وكيل الأمين العام للأمم المتحدة للشؤون السياسية.")
    assert actors == [("EGY", "head_of_state"), ("UN", "official")]
    # the near miss: «وكيل» alone is a proxy, no office («وكيل إيران في المنطقة»)
    assert _actors("وحذر من وكيل إيران في المنطقة.") == []


def test_the_secretary_general_himself_stays_the_head():
    # the near miss: no under-secretary's word before the title
    actors = _actors("التقى الرئيس السيسي الأمين العام للأمم المتحدة بان كي مون.")
    assert ("UN", "organization_head") in actors
