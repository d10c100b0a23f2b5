"""A visit whose sentence names no place takes the state told welcoming it: the state named
right after the welcome word («احتفى الأردن بزيارة X»), or the speaker's own («عن ترحيب بلاده
بزيارة X»); a state welcoming its own official's trip gives no place.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events

PUB = "2015-08-06"


def _visits(text: str, home: str = "SAU") -> list[tuple]:
    return [(e["actor1_country"] or e["actor1_org"], e["location_country"])
            for e in extract_events(text, PUB, home=home) if e["event_type"] == "VISIT"]


def test_state_named_after_the_welcome_word_places_the_visit():
    text = ("احتفى الأردن بشكل خاص بزيارة وزير الخارجية السعودي عادل الجبير وانشغلت مؤسسات "
            "الدولة بهذه الزيارة.")
    assert _visits(text) == [("SAU", "JOR")]


def test_the_speakers_own_state_places_the_visit():
    text = ("أعرب وزير الإعلام الأردني محمد المومني عن ترحيب بلاده بزيارة وزير الخارجية "
            "السعودي عادل الجبير.")
    assert _visits(text) == [("SAU", "JOR")]


def test_a_state_welcoming_its_own_officials_visit_gives_no_place():
    text = ("أعرب وزير الإعلام السعودي عن ترحيب بلاده بزيارة وزير الخارجية السعودي عادل "
            "الجبير وانشغلت مؤسسات الدولة بهذه الزيارة.")
    assert _visits(text) == []
