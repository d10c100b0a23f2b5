"""How far an attended gathering may stand from the verb of attending (pipeline/events/frames.py
_attended_gathering): «former» on the attendee's title («الرئيس التركي السابق X») is his, not a
word between the verb and what he attends.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _visits(text: str) -> set:
    """(visitor's country or org, role, place's country) of every visit."""
    return {(e["actor1_country"] or e["actor1_org"], e["actor1_role"], e["location_country"])
            for e in extract_events(text, "2015-08-07", home="SAU")
            if e["event_type"] == "VISIT"}


def test_a_former_president_attending():
    text = "وحضر الرئيس التركي السابق عبد الله غل حفل تخريج الطلبة في القاهرة."
    assert ("TUR", "head_of_state", "EGY") in _visits(text)


def test_a_ceremony_far_from_its_place_is_still_no_visit_there():
    # the place is not the ceremony's: far past it, in a clause of its own
    text = ("وحضر الرئيس الفرنسي حفل تخريج الطلبة، وقال إن بلاده تدعم الجهود الرامية إلى "
            "إحلال السلام في سوريا.")
    assert not any(c == "SYR" for _c, _r, c in _visits(text))
