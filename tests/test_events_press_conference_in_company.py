"""A press conference held in someone's company (pipeline/events/frames.py, _ALONG_WITH):
«في ندوة صحفية عقدها رفقة X», «بمعية X», «برفقة X» is held with X, as «عقدها مع X» already
was; one side speaking to the press alone is still no contact.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from tests.support.events import event_rows


def _rows(text: str) -> set:
    """(event type, the two sides sorted) of every two-sided event."""
    return {(t, *sorted((a1, a2))) for t, a1, _r1, a2, _r2 in
            event_rows(text, "2017-03-06", "TUN") if a2}


@pytest.mark.parametrize("along", ["رفقة", "بمعية", "برفقة"])
def test_a_press_conference_held_in_someones_company_is_with_him(along):
    text = (f"وقال وزير الخارجية المغربي في ندوة صحفية عقدها اليوم {along} نظيره الإسباني إن "
            "التعاون متين.")
    assert ("PRESS_CONFERENCE", "ESP", "MAR") in _rows(text)


def test_a_press_conference_held_alone_names_no_counterpart():
    text = "وقال وزير الخارجية المغربي في ندوة صحفية عقدها اليوم إن التعاون مع إسبانيا متين."
    assert not any(t == "PRESS_CONFERENCE" for t, *_ in _rows(text))
