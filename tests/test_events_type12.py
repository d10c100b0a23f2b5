"""Which type a contact gets when the words around its trigger decide it (triggers.py).

Sentences written for these tests (not corpus text).
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
