"""A diplomat's title followed by «في» and a state («السفير في الجزائر», «المبعوث في سوريا»):
the state is where he serves, as after «لدى», not whose diplomat he is; an official's bare
title keeps the state after «في» («المسؤولين في تونس» are Tunisia's). Sentences written for
these tests."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")

PUB = date(2025, 3, 10)


def _sides(text, home="TUN"):
    return sorted(tuple(sorted([(e["actor1_country"], e["actor1_role"]),
                                (e["actor2_country"], e["actor2_role"])]))
                  for e in extract_events(text, PUB, home=home) if e["event_type"] == "MEET")


def test_an_ambassador_in_a_state_is_not_that_states():
    text = "استقبل الرئيس الجزائري أمس السفير في الجزائر."
    assert _sides(text) == [(("DZA", "head_of_state"), ("TUN", "official"))]


def test_an_envoy_in_a_state_is_not_that_states():
    text = "استقبل الرئيس الجزائري أمس المبعوث في الجزائر."
    assert _sides(text) == [(("DZA", "head_of_state"), ("TUN", "envoy"))]


def test_an_ambassador_with_a_nationality_keeps_it():
    text = "استقبل الرئيس الجزائري أمس السفير الفرنسي في الجزائر."
    assert _sides(text) == [(("DZA", "head_of_state"), ("FRA", "official"))]


def test_officials_in_a_state_are_still_that_states():
    text = "التقى وزير الخارجية الجزائري أمس المسؤولين في تونس."
    assert _sides(text, home="SAU") == [(("DZA", "foreign_minister"), ("TUN", "official"))]
