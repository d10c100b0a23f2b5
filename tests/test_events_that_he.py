"""«أنه/إنه» right before a contact verb: the pronoun is the verb's subject, the speaker who
opens the sentence, not the object named just before it («بحث X مع نظيره Y ...، مشيرا إلى
أنه التقى Z»: X meets Z; pipeline/events/frames.py `_pronoun_speaker`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import event_rows


def _pairs(text: str) -> set:
    """(type, actor1 country or org, actor2 country or org) of each event."""
    return {(etype, a1, a2) for etype, a1, _r1, a2, _r2 in event_rows(text, "2025-03-02", "SAU")}


def test_the_pronoun_after_a_prepositional_object_is_the_speaker():
    text = ("وبحث وزير الخارجية السعودي مع نظيره الأمريكي الأزمة، مشيرا إلى أنه التقى الرئيس "
            "الفرنسي أمس.")
    assert _pairs(text) == {("MEET", "SAU", "USA"), ("MEET", "SAU", "FRA")}


def test_the_pronoun_after_a_coordinated_object_is_not_that_object():
    text = ("وأفاد رئيس المفوضية الأوروبية بأنه سيجري مباحثات اليوم مع المستشارة الألمانية "
            "والرئيس الفرنسي، مشيراً الى انه تحدث مع رئيس الوزراء اليوناني أمس.")
    pairs = _pairs(text)
    assert ("CALL", "FRA", "GRC") not in pairs
    assert ("CALL", "EU", "GRC") in pairs


def test_the_head_of_a_relative_clause_is_still_its_pronouns_antecedent():
    text = ("واستقبل الرئيس المصري وزير الخارجية الأمريكي الذي أكد أنه بحث مع نظيره المصري "
            "الأزمة.")
    assert ("MEET", "USA", "EGY") in _pairs(text)
