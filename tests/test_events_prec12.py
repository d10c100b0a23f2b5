"""False pairs and types: contacts the text only refers back to or names as a topic."""

from __future__ import annotations

from pipeline.events import extract_events

PUB = "2015-07-24"


def _pairs(text: str, etype: str | None = None) -> set[tuple]:
    return {(e["event_type"], frozenset({(e["actor1_country"], e["actor1_role"]),
                                         (e["actor2_country"], e["actor2_role"])}))
            for e in extract_events(text, PUB, home="SAU")
            if etype is None or e["event_type"] == etype}


_BARE = frozenset({("EGY", "official"), ("JOR", "official")})


def test_definite_talks_between_two_states_retell_their_ministers_meeting():
    """«المشاورات الثنائية بين مصر والأردن» after the two foreign ministers' meeting: the same
    contact told again, not talks between the states' officials."""
    text = ("التقى وزير الخارجية المصري سامح شكري أمس نظيره الأردني ناصر جودة في عمان. "
            "وقال المتحدث باسم الخارجية المصرية إن المشاورات الثنائية بين مصر والأردن "
            "تناولت مجمل العلاقات الثنائية والأوضاع في المنطقة.")
    pairs = _pairs(text)
    assert ("MEET", frozenset({("EGY", "foreign_minister"), ("JOR", "foreign_minister")})) in pairs
    assert not any(p == _BARE for _t, p in pairs)


def test_talks_between_two_states_with_no_contact_of_their_people_are_kept():
    """Near miss: the same sentence with no meeting of the two states' people told before
    (here the meeting is with a third state) still gives the talks."""
    text = ("التقى وزير الخارجية المصري سامح شكري أمس نظيره الكويتي في الكويت. "
            "وقال المتحدث باسم الخارجية المصرية إن المشاورات الثنائية بين مصر والأردن "
            "تناولت مجمل العلاقات الثنائية والأوضاع في المنطقة.")
    assert any(p == _BARE for _t, p in _pairs(text))
