"""A back-reference to talks («خلال المحادثات», «خلال المباحثات») gives way when the clause
before it names the pair itself: two parties joined by و, or the speaker's pronoun and a party
as the subject of a dual verb («إنه وY أكدا») (pipeline/events/triggers.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events

PUB = "2015-07-23"


def _events(text: str) -> list[tuple]:
    def side(e: dict, n: str) -> str:
        return e[f"{n}_country"] or e[f"{n}_org"]

    return sorted(
        (e["event_type"], e["status"], frozenset({side(e, "actor1"), side(e, "actor2")}))
        for e in extract_events(text, published=PUB)
    )


def test_speaker_and_party_with_a_dual_verb_meet():
    text = (
        "وقال وزير الدفاع الأمريكي آشتون كارتر: إنه والملك سلمان أكدا خلال المحادثات دعمهما للاتفاق"
    )
    assert _events(text) == [("MEET", "reported", frozenset({"USA", "SAU"}))]


def test_speaker_pair_with_a_lineage_after_the_name():
    text = (
        "وقال وزير الدفاع الأمريكي آشتون كارتر إن إيران تمثل تهديدا. "
        "وأوضح كارتر أنه والملك سلمان بن عبد العزيز أكدا خلال المحادثات دعمهما للاتفاق"
    )
    assert _events(text) == [("MEET", "reported", frozenset({"USA", "SAU"}))]


def test_speaker_pair_with_talks_noun():
    text = "وذكر وزير الخارجية الفرنسي أنه والرئيس التونسي بحثا خلال المباحثات الوضع في ليبيا"
    assert _events(text) == [("MEET", "reported", frozenset({"FRA", "TUN"}))]


def test_two_named_parties_before_the_cue():
    text = "وأكد الرئيس المصري والعاهل الأردني خلال المباحثات ضرورة وقف إطلاق النار"
    assert _events(text) == [("MEET", "reported", frozenset({"EGY", "JOR"}))]


def test_one_party_still_refers_back():
    text = "وأكد الرئيس المصري خلال المباحثات ضرورة وقف إطلاق النار"
    assert _events(text) == []


def test_dual_noun_still_refers_back():
    text = "وأكد الجانبان خلال المباحثات ضرورة وقف إطلاق النار"
    assert _events(text) == []


def test_speaker_alone_with_a_singular_verb_refers_back():
    text = "وقال وزير الخارجية الفرنسي إنه أكد خلال المحادثات دعم بلاده للاتفاق"
    assert _events(text) == []


def test_a_meeting_told_before_is_not_repeated():
    text = (
        "التقى وزير الخارجية الفرنسي الرئيس التونسي في قرطاج يوم الاثنين. "
        "وقال الوزير إنه والرئيس التونسي بحثا خلال المباحثات الوضع في ليبيا"
    )
    assert _events(text) == [("MEET", "reported", frozenset({"FRA", "TUN"}))]
