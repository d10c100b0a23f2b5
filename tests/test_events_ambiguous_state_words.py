"""State words that are also ordinary words, and variant spellings of states' names.

An adjective that is also an ordinary word («روماني», "Roman"; «غانية») or spelt as the
state's name (تشيلي, بوروندي) names the state only right after an office title, a
counterpart or a delegation head (countries.yaml `title_adjectives`): «رئيس الوزراء الروماني»
is Romania's, «العهد الروماني» names no state. A name that is also an ordinary word («بنين»,
"sons", the boys' section of a school) names the state only after a destination or a visit,
or a title in construct (`destination_names`). Variant spellings the news uses
(«أوزباكستان», «النروج», «تبيليسي») name the state as its usual spelling does.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.events.extract import _prepare

PUB = date(2016, 5, 1)


def _events(text: str) -> list[tuple]:
    return [(e["event_type"], e["actor1_country"], e["actor1_role"], e["actor2_country"],
             e["actor2_role"], e.get("location_country"))
            for e in extract_events(text, PUB)]


@pytest.mark.parametrize("text, code, role", [
    ("استقبل الرئيس الفرنسي أمس رئيس الوزراء الروماني في باريس.", "ROU", "head_of_government"),
    ("التقى وزير الخارجية الألماني أمس نظيره الروماني في برلين.", "ROU", "foreign_minister"),
    ("التقى الرئيس الأمريكي أمس الرئيس البوروندي في واشنطن.", "BDI", "head_of_state"),
    ("التقى الرئيس الأمريكي أمس الرئيس التشيلي في واشنطن.", "CHL", "head_of_state"),
    ("التقى الرئيس الأمريكي أمس الرئيس الغاني في واشنطن.", "GHA", "head_of_state"),
])
def test_a_title_only_adjective_names_the_state_after_a_title(text, code, role):
    assert any(e[0] == "MEET" and e[3] == code and e[4] == role for e in _events(text))


@pytest.mark.parametrize("text", [
    "وجد علماء الآثار أمس تمثالا من العهد الروماني في روما.",
    "التقى الرئيس الإيطالي أمس الفريق الروماني في روما.",
])
def test_a_title_only_adjective_elsewhere_names_no_state(text):
    assert not any("ROU" in e for e in _events(text))


@pytest.mark.parametrize("text, kind", [
    ("يصل الرئيس الفرنسي غدا إلى بنين في زيارة رسمية.", "VISIT"),
    ("التقى الرئيس الفرنسي أمس رئيس بنين في باريس.", "MEET"),
    ("التقى الرئيس الفرنسي أمس رئيس جمهورية بنين في باريس.", "MEET"),
])
def test_benin_after_a_destination_or_a_title(text, kind):
    assert any(e[0] == kind and "BEN" in e for e in _events(text))


@pytest.mark.parametrize("text", [
    "افتتح وزير التعليم أمس مدرسة بنين جديدة في الرياض.",
    "التقى وزير التعليم أمس طلاب المدارس بنين وبنات في الرياض.",
])
def test_sons_is_no_state(text):
    assert not any("BEN" in e for e in _events(text))


def _states_named(text: str) -> set:
    """Every state the sentences' mentions name: actors, bare names, places and adjectives."""
    sents = _prepare(text, PUB, None)
    return ({a.country for s in sents for a in s.actors}
            | {code for s in sents for _i, _j, code in s.countries}
            | {code for s in sents for _i, _en, code in s.places}
            | {code for s in sents for _i, code, _definite in s.adjs})


@pytest.mark.parametrize("text, code", [
    ("وجد علماء الآثار أمس تمثالا من العهد الروماني في روما.", "ROU"),
    ("افتتح وزير التعليم أمس مدرسة بنين جديدة في الرياض.", "BEN"),
])
def test_the_ordinary_word_is_read_as_no_state_at_all(text, code):
    # (with no contact told, the events alone cannot show that the word was not read)
    assert code not in _states_named(text)
    assert "ITA" in _states_named(text) or "SAU" in _states_named(text)


@pytest.mark.parametrize("place, code", [
    ("أوزباكستان", "UZB"), ("النروج", "NOR"), ("تبيليسي", "GEO"), ("بنجلادش", "BGD"),
    ("تايلند", "THA"), ("طاجكستان", "TJK"), ("هولاندا", "NLD"), ("زمبابوي", "ZWE"),
    ("زمبيا", "ZMB"), ("دكار", "SEN"), ("كانبيرا", "AUS"), ("بروكسيل", "BEL"),
    ("مونيخ", "DEU"), ("هيلسنكي", "FIN"), ("كاتمندو", "NPL"), ("كراكاس", "VEN"),
    ("جوهانسبورغ", "ZAF"),
])
def test_variant_spellings_name_the_state(place, code):
    text = f"وصل وزير الخارجية الأمريكي أمس إلى {place} في زيارة رسمية."
    assert ("VISIT", "USA", "foreign_minister", None, None, code) in _events(text)
