"""Actors this round reads: a run of titles after another state's unnamed office, governors
before a state's name or a province noun, and spelling variants of known office holders
(pipeline/events/mentions.py, configs/gazetteer/actors.yaml, grammar.yaml `province_nouns`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare


def _actors(text: str, published=date(2015, 8, 4), home=None) -> list[tuple]:
    return [(a.country or a.org, a.role) for s in _prepare(text, published, home) for a in s.actors]


def _pairs(text: str, published: str = "2015-08-04") -> set[tuple]:
    return {
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in extract_events(text, published=published)
    }


# ------------------------------------------------------------------ titles after an office
def test_deputy_premier_and_minister_after_a_host_is_the_guest():
    text = "استقبل الرئيس الفرنسي النائب الأول لرئيس مجلس الوزراء ووزير الخارجية الكويتي أمس."
    assert _pairs(text) == {("MEET", "FRA", "head_of_state", "KWT", "foreign_minister")}


def test_premier_and_minister_after_a_minister_is_the_premier():
    text = "استقبل وزير الخارجية الأمريكي رئيس مجلس الوزراء وزير الخارجية القطري أمس."
    assert _pairs(text) == {("MEET", "USA", "foreign_minister", "QAT", "head_of_government")}


def test_premier_and_foreign_minister_takes_the_premier_role():
    text = "التقى الرئيس الفرنسي رئيس الوزراء ووزير الخارجية الإسرائيلي بنيامين نتنياهو أمس."
    assert _pairs(text) == {("MEET", "FRA", "head_of_state", "ISR", "head_of_government")}


def test_a_head_of_state_after_a_princes_titles_is_his_guest():
    text = "استقبل ولي العهد السعودي نائب رئيس مجلس الوزراء وزير الدفاع الرئيس الفرنسي أمس."
    assert _pairs(text) == {("MEET", "SAU", "defense_minister", "FRA", "head_of_state")}


def test_titles_of_one_state_stay_one_person():
    text = "استقبل ولي العهد السعودي نائب رئيس مجلس الوزراء وزير الدفاع أمس السفير الفرنسي."
    assert _actors(text) == [("SAU", "defense_minister"), ("FRA", "official")]


# ------------------------------------------------------------------ governors
def test_governor_of_tunis_is_a_tunisian_official():
    assert _actors("التقى والي تونس بالسفير الفرنسي.") == [
        ("TUN", "official"),
        ("FRA", "official"),
    ]


def test_governor_with_a_province_noun_before_the_place():
    assert _actors("التقى والي ولاية الخرطوم بالسفير الفرنسي.")[0] == ("SDN", "official")
    assert _actors("التقى محافظ محافظة البصرة بالسفير الفرنسي.")[0] == ("IRQ", "official")


def test_governor_of_a_province_meets_an_ambassador():
    events = extract_events("استقبل والي ولاية صفاقس أمس السفير الإيطالي.", published="2016-01-05")
    assert {(e["event_type"], e["actor1_country"], e["actor2_country"]) for e in events} == {
        ("MEET", "TUN", "ITA")
    }


def test_and_to_tunis_is_still_no_governor():
    text = "وصل وزير الخارجية الفرنسي إلى الجزائر أمس وإلى تونس اليوم."
    assert ("TUN", "official") not in _actors(text)


def test_a_head_title_before_a_province_noun_names_no_one():
    assert _actors("التقى رئيس مدينة صفاقس بالسفير الفرنسي.") == [("FRA", "official")]


# ------------------------------------------------------------------ spelling variants
def test_tusk_spelt_with_alef():
    assert _pairs("التقى دونالد تاسك الرئيس الفرنسي أمس.") == {
        ("MEET", "EU", "organization_head", "FRA", "head_of_state")
    }


def test_barzani_spelt_with_the_article():
    assert _actors("استقبل مسعود البرزاني وزير الدفاع الأمريكي أمس.")[0] == ("IRQ", "official")
