"""A bare state's name right after a contact verb is the verb's subject («استقبلت تونس X وY»):
the actors after it are its guests, not a subject and its counterparts
(pipeline/events/frames.py `_state_subject`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import event_rows


def _pairs(text: str) -> set:
    """(type, actor1 country or org, actor2 country or org) of each event."""
    return {(etype, a1, a2) for etype, a1, _r1, a2, _r2 in event_rows(text, "2025-03-02", "SAU")}


def test_the_guests_a_state_receives_do_not_meet_each_other():
    text = "واستقبلت تونس أمس وزير الخارجية الفرنسي ووزير الخارجية الإيطالي."
    assert _pairs(text) == set()


def test_a_list_of_guests_of_a_state_makes_no_pair_among_them():
    text = ("كما تستقبل مصر نائب رئيس وزراء المجر، ونائب المستشارة الألمانية، ونائب رئيس "
            "وزراء أذربيجان.")
    assert _pairs(text) == set()


def test_a_place_after_a_preposition_or_a_clitic_leaves_the_subject_after_it():
    for text in ("والتقى في تونس وزير الخارجية الفرنسي نظيره الإيطالي.",
                 "والتقى بتونس وزير الخارجية الفرنسي نظيره الإيطالي."):
        assert _pairs(text) == {("MEET", "FRA", "ITA")}


def test_a_titled_subject_receives_its_guest():
    text = "واستقبل الرئيس التونسي أمس وزير الخارجية الفرنسي."
    assert _pairs(text) == {("MEET", "TUN", "FRA")}
