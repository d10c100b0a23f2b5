"""A letter handed in person (frames._handed_letter): «سلم X Y رسالة» tells that X met Y; a
letter received from its sender («تسلم Y رسالة من Z») tells no meeting of the two.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import event_rows

_PAIR = (("JOR", "foreign_minister"), ("LBN", "head_of_state"))


def _meets(text: str) -> dict:
    rows = event_rows(text, "2016-03-10", "JOR")
    return {tuple(sorted([(r[1], r[2]), (r[3], r[4])])): r for r in rows if r[0] == "MEET"}


def test_the_one_who_hands_a_letter_met_its_taker_verb_first():
    text = "وسلم وزير الخارجية الأردني الرئيس اللبناني ميشال عون رسالة من العاهل الأردني."
    assert _PAIR in _meets(text)


def test_the_one_who_hands_a_letter_met_its_taker_subject_first():
    text = "وذكرت الوكالة أن وزير الخارجية الأردني سلم الرئيس اللبناني ميشال عون رسالة خطية."
    assert _PAIR in _meets(text)


def test_a_letter_received_from_its_sender_makes_no_meeting_of_the_two():
    text = "وتسلم الرئيس اللبناني ميشال عون رسالة من وزير الخارجية الأردني."
    assert _PAIR not in _meets(text)


def test_a_thing_handed_that_is_no_letter_makes_no_meeting():
    text = "وسلم وزير الخارجية الأردني الرئيس اللبناني ميشال عون جائزة من العاهل الأردني."
    assert _PAIR not in _meets(text)
