"""Rounds of talks: their type, and the sides of a round whose sentence names none.

Which type a contact gets when the words around its trigger decide it (triggers.py).

Sentences written for these tests (not corpus text).

A second contact of the same two sides: a round of talks whose sentence names no side is a
round of the talks the article told before (pipeline/events/frames.py), with its own status
and day.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare
from pipeline.events.triggers import find_triggers


def _triggers(text: str, published=date(2015, 7, 25)) -> list[tuple[str, str]]:
    """(type, first word) of each trigger of the text's first sentence."""
    sent = _prepare(text, published, None)[0]
    return [(t.etype, sent.norms[t.i]) for t in find_triggers(sent)[0]]


def _types(text: str, published="2015-07-25") -> set:
    out = set()
    for ev in extract_events(text, published):
        pair = tuple(sorted(f"{ev[f'{n}_country'] or ev[f'{n}_org']}:{ev[f'{n}_role']}"
                            for n in ("actor1", "actor2") if ev[f"{n}_role"]))
        out.add((ev["event_type"], pair))
    return out


# ----------------------------------------------------------------------------- talks in rounds

def test_talks_counted_in_rounds_are_a_negotiation_and_the_round_no_trip():
    text = ("وقال مسؤول إن الجولة الثانية من المحادثات بين الحكومة الأفغانية وحركة طالبان "
            "ستعقد في الصين الأسبوع المقبل.")
    types = [t for t, _ in _triggers(text)]
    assert "NEGOTIATE" in types
    assert "MEET" not in types and "VISIT" not in types


def test_a_round_of_meetings_between_two_sides_is_a_negotiation():
    text = ("وقال مسؤولون إن جولة ثانية من الاجتماعات ستعقد بين ممثلي طالبان "
            "والحكومة الأفغانية هذا الأسبوع.")
    assert ("NEGOTIATE", ("AFG:official", "TALIBAN:group")) in _types(text)


def test_a_tour_and_talks_held_on_it_keep_their_types():
    # near miss: «جولة» is a trip here, and the talks are not counted in rounds
    text = ("وبدأ الرئيس الفرنسي جولة في المنطقة تشمل مصر والأردن، وأجرى في القاهرة "
            "محادثات مع الرئيس المصري.")
    types = _types(text)
    assert ("MEET", ("EGY:head_of_state", "FRA:head_of_state")) in types
    assert any(t == "VISIT" for t, _ in types)


def test_talks_after_another_from_stay_a_meeting():
    # near miss: «من» before the talks with no round before it
    text = "وخرج وزير الخارجية الأمريكي من المحادثات مع نظيره الروسي أمس متفائلا."
    assert ("MEET", "المحادثات") in _triggers(text)


PUB = "2015-07-31"

TOLD = "أجرت الحكومة الأفغانية محادثات سلام مع حركة طالبان في إسلام آباد في السابع من يوليو."


def _talks(text: str, published: str = PUB) -> list[tuple]:
    """(status, date, sides) of each NEGOTIATE event of the text."""
    return [
        (
            e["event_type"],
            e["status"],
            e["event_date"],
            frozenset(
                {e["actor1_country"] or e["actor1_org"], e["actor2_country"] or e["actor2_org"]}
            ),
        )
        for e in extract_events(text, published=published)
        if e["event_type"] == "NEGOTIATE"
    ]


def test_a_postponed_round_of_the_talks_told_before_is_their_cancelled_round():
    text = (
        TOLD
        + " وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام اليوم، إلا أن باكستان أرجأتها."
    )
    talks = _talks(text)
    sides = frozenset({"AFG", "TALIBAN"})
    assert ("NEGOTIATE", "cancelled", date(2015, 7, 31), sides) in talks
    # the round held before stays an event of its own
    assert any(t[1] == "reported" and t[3] == sides for t in talks)


def test_a_round_to_come_of_the_talks_told_before_is_planned():
    text = TOLD + " ومن المقرر أن تعقد الجولة الثانية من المفاوضات الأسبوع المقبل."
    talks = _talks(text)
    assert any(t[1] == "planned" and t[3] == frozenset({"AFG", "TALIBAN"}) for t in talks)


def test_a_round_to_come_takes_no_day_of_the_talks_told_before():
    # the sentence names no day: the round is another occasion than the talks the lead dates
    text = TOLD + " وقال المتحدث إن جولة جديدة من المحادثات ستعقد قريبا."
    talks = _talks(text)
    assert ("NEGOTIATE", "planned", None, frozenset({"AFG", "TALIBAN"})) in talks


def test_a_round_with_no_talks_told_before_has_no_sides():
    text = "وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام اليوم، إلا أن باكستان أرجأتها."
    assert _talks(text) == []


def test_a_round_that_names_its_own_sides_is_theirs():
    text = TOLD + " وتستضيف الخرطوم غدا جولة جديدة من المفاوضات بين مصر وإثيوبيا."
    sides = {t[3] for t in _talks(text)}
    assert frozenset({"EGY", "ETH"}) in sides
    assert all(
        s != frozenset({"AFG", "TALIBAN"}) or t[1] == "reported"
        for t in _talks(text)
        for s in [t[3]]
    )


def test_talks_between_the_two_sides_are_those_of_the_talks_told_before():
    # «الجانبين» names the two sides of the talks told before, not the officials who told of
    # them (Afghan and Pakistani officials are the sentence before's first two actors)
    text = (
        "قال مسؤولون أفغان وباكستانيون إن جولة ثانية من المحادثات ستعقد بين ممثلي حركة طالبان"
        " وحكومة كابول هذا الأسبوع. وكانت مفاوضات تمهيدية قد جرت بين الجانبين في باكستان هذا الشهر."
    )
    talks = _talks(text)
    assert ("NEGOTIATE", "reported", date(2015, 7, 1), frozenset({"AFG", "TALIBAN"})) in talks
    assert all(t[3] != frozenset({"AFG", "PAK"}) for t in talks)


def test_talks_between_the_two_sides_with_no_talks_told_before_pair_no_officials_who_told():
    text = (
        "قال مسؤولون أفغان وباكستانيون إن جولة ثانية من المحادثات ستعقد هذا الأسبوع."
        " وكانت مفاوضات تمهيدية قد جرت بين الجانبين في باكستان هذا الشهر."
    )
    assert all(t[3] != frozenset({"AFG", "TALIBAN"}) for t in _talks(text))


def test_a_round_of_talks_held_with_several_sides_is_between_the_first_two():
    text = (
        "أجرت الحكومة الأفغانية محادثات سلام مع حركة طالبان وممثلي الصين والولايات المتحدة"
        " في إسلام آباد في السابع من يوليو. وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام"
        " اليوم، إلا أن باكستان أرجأتها."
    )
    cancelled = [t for t in _talks(text) if t[1] == "cancelled"]
    assert cancelled and all(t[3] == frozenset({"AFG", "TALIBAN"}) for t in cancelled)
