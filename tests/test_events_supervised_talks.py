"""Talks a third party supervises or sponsors (pipeline/events/supervised.py): «محادثات يشرف
عليها المبعوث الأممي» makes the one named after the verb the mediator of the talks (MEDIATE), not
a side meeting the other.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import event_rows


def _types(text: str) -> set:
    return {r[0] for r in event_rows(text, "2016-05-02", None)
            if {r[1], r[3]} == {"UN", "HOUTHIS"}}


def test_talks_an_envoy_supervises_are_his_mediation():
    text = ("وصل أمس إلى الكويت وفد من جماعة الحوثي للمشاركة في محادثات يشرف عليها المبعوث "
            "الأممي إسماعيل ولد الشيخ أحمد.")
    assert _types(text) == {"MEDIATE"}


def test_talks_with_an_envoy_he_does_not_supervise_stay_a_meeting():
    text = ("وصل أمس إلى الكويت وفد من جماعة الحوثي لإجراء محادثات مع المبعوث "
            "الأممي إسماعيل ولد الشيخ أحمد.")
    assert "MEDIATE" not in _types(text)
