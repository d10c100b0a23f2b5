"""A second contact of the same two sides: a round of talks whose sentence names no side is a
round of the talks the article told before (pipeline/events/frames.py), with its own status
and day.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

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
