"""A meeting of three or more parties named after a present gather verb on the contact noun
(«اللقاء الثلاثي الذي يجمع اليوم A وB وC»: pipeline/events/frames.py
`between_participants`, and its status in triggers.py `present_relative_at`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract as extract_mod


def _meets(text: str, published="2025-03-02", home: str | None = "SAU") -> set:
    """(sorted country pair, status) of the rule MEET candidates."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, home):
        if c.etype == "MEET" and "rule=True" in feats and c.actor2 is not None:
            pair = tuple(sorted((c.actor1.country or c.actor1.org,
                                 c.actor2.country or c.actor2.org)))
            out.add((pair, c.status))
    return out


def test_a_present_gather_verb_past_a_place_and_a_day_names_the_three_parties():
    text = ("وأكد المصدر أن اللقاء الثلاثي الذي يجمع في العاصمة العمانية مسقط، اليوم، وزراء "
            "خارجية مصر والأردن والعراق سيبحث الأزمة.")
    assert _meets(text) == {(("EGY", "JOR"), "planned"), (("EGY", "IRQ"), "planned"),
                            (("IRQ", "JOR"), "planned")}


def test_a_past_gather_verb_keeps_the_meeting_reported():
    text = ("وأكد المصدر أن اللقاء الذي جمع في العاصمة العمانية مسقط، أمس، وزراء خارجية مصر "
            "والأردن والعراق بحث الأزمة.")
    meets = _meets(text)
    assert (("EGY", "JOR"), "reported") in meets
    assert all(status == "reported" for _pair, status in meets)


def test_the_relations_that_bring_two_states_together_are_no_meeting_of_theirs():
    text = "وتناول اللقاء العلاقات التاريخية التي تجمع مصر والأردن."
    assert _meets(text) == set()


def test_a_relative_clause_on_a_topic_noun_does_not_make_the_meeting_planned():
    text = "وبحث الوزير مع نظيره المصري في لقاء العلاقات التي تجمع البلدين."
    assert {status for _pair, status in _meets(text)} == {"reported"}


def _meet_roles(text: str, published="2025-06-07") -> set:
    """(country, role, country, role) of the rule MEET candidates, sorted by country."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, "SAU"):
        if c.etype == "MEET" and "rule=True" in feats and c.actor2 is not None:
            a, b = sorted((c.actor1, c.actor2), key=lambda x: x.country or x.org or "")
            out.add((a.country, a.role, b.country, b.role))
    return out


_BEFORE = ("أعلنت الوزارة اليوم السبت أن وزير الخارجية المصري سيزور عمان الثلاثاء لمناقشة "
           "الأزمة مع نظيره الأردني. ")


def test_the_two_of_the_sentence_before_meet_each_other_at_a_three_sided_meeting():
    text = _BEFORE + "وكان الوزيران التقيا في القاهرة في مايو خلال اجتماع ثلاثي مع نظيرهما العراقي."
    meets = _meet_roles(text)
    assert ("EGY", "foreign_minister", "JOR", "foreign_minister") in meets
    # the counterpart among the two holds the first one's office with the third party too
    assert ("IRQ", "foreign_minister", "JOR", "foreign_minister") in meets


def test_the_two_meeting_a_third_party_without_a_size_are_not_paired():
    text = _BEFORE + "وكان الوزيران التقيا في القاهرة في مايو مع نظيرهما العراقي."
    assert not any({a, b} == {"EGY", "JOR"} for a, _ra, b, _rb in _meet_roles(text))
