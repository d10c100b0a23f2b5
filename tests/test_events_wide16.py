"""Structures a rule frame now reads where only a wide candidate paired the actors before:
the possessed talks nouns «مباحثاته/مباحثاتها/محادثاتها» and press conference nouns «مؤتمره
الصحافي» (triggers.yaml), an indefinite adjective between a visit noun and its doer's clause
(«أول زيارة خارجية يقوم بها X», grammar.yaml visit_adjectives), and a light verb's second
subject joined by a bare «و» before quotes («وتجري الحكومة و«فارك» محادثات», frames._joined).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from tests.support.events import role_pairs

PUBLISHED = date(2015, 8, 6)


def _pairs(text: str) -> set:
    return role_pairs(text, PUBLISHED, None)


def test_possessed_talks_noun_with_its_counterpart():
    text = ("وقال وزير الخارجية المصري سامح شكري عقب مباحثاته مع الرئيس الفلسطيني محمود عباس "
            "إن الوضع خطير.")
    assert ("MEET", ("EGY:foreign_minister", "PSE:head_of_state")) in _pairs(text)


def test_feminine_possessed_talks_noun():
    text = ("وأكدت المستشارة الألمانية أنجيلا ميركل خلال مباحثاتها مع الرئيس الفرنسي فرانسوا "
            "هولاند أن أوروبا موحدة.")
    assert ("MEET", ("DEU:head_of_government", "FRA:head_of_state")) in _pairs(text)


def test_possessed_talks_noun_without_a_counterpart_is_no_meeting():
    text = "وقال وزير الخارجية المصري سامح شكري إن مباحثاته كانت مثمرة."
    assert _pairs(text) == set()


def _visits(text: str) -> list[tuple]:
    return [(e["actor1_country"], e["actor1_role"], e["location_country"])
            for e in extract_events(text, PUBLISHED) if e["event_type"] == "VISIT"]


def test_indefinite_adjective_before_the_doer_clause():
    text = "وكانت أول زيارة خارجية يقوم بها الملك سلمان إلى مصر في مارس الماضي."
    assert _visits(text) == [("SAU", "head_of_state", "EGY")]


def test_adjective_without_a_doer_clause_names_no_visitor():
    text = "وكانت أول زيارة خارجية إلى مصر في مارس الماضي ناجحة."
    assert _visits(text) == []


def test_light_verb_subjects_joined_by_a_bare_and():
    text = "وتجري الحكومة الكولومبية و«فارك» محادثات سلام في كوبا منذ عامين."
    assert ("NEGOTIATE", ("COL:official", "FARC:group")) in _pairs(text)


def test_press_conference_noun_with_its_holder_pronoun():
    text = ("وقال وزير الخارجية السعودي عادل الجبير في مؤتمره الصحافي مع الوزير المصري سامح "
            "شكري إن العلاقات متينة.")
    assert ("PRESS_CONFERENCE", ("EGY:foreign_minister", "SAU:foreign_minister")) in _pairs(text)


def test_own_press_conference_alone_is_no_contact():
    text = "وقال وزير الخارجية السعودي عادل الجبير في مؤتمره الصحافي إن العلاقات متينة."
    assert not any(t == "PRESS_CONFERENCE" for t, _ in _pairs(text))
