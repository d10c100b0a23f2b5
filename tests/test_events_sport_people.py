"""Actors outside politics: people of sport pages who share an office holder's name."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


@pytest.mark.parametrize("text", [
    "وسيصل أموريم لاعب بنفيكا إلى الدوحة غدا لإجراء الفحص الطبي.",
    "وصل زوما مدافع تشيلسي إلى باريس أمس.",
    "وصل اللاعب ساماراس إلى الرياض أمس للانضمام إلى فريقه الجديد.",
    "وصل المدرب شكري إلى تونس أمس لقيادة الفريق.",
])
def test_a_sportsman_sharing_an_office_holders_surname_is_no_party(text):
    """A bare surname the gazetteer knows, with a sports occupation right after or before it
    (grammar.yaml sport_people), is a player or a coach of that name, not the office holder."""
    assert extract_events(text, "2015-08-08", home="SAU") == []


def test_the_same_surname_without_a_sports_occupation_is_still_the_office_holder():
    events = extract_events("وصل ساماراس إلى الرياض أمس في زيارة رسمية يلتقي خلالها خادم "
                            "الحرمين الشريفين.", "2015-08-08", home="SAU")
    assert ("VISIT", "GRC") in {(e["event_type"], e["actor1_country"]) for e in events}
