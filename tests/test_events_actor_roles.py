"""Roles of actors: titles cut from their holder, plural leaders of a bloc, a head's
representative (pipeline/events/mentions.py, configs/gazetteer/roles.yaml, orgs.yaml).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import _prepare
from tests.support.events import role_pairs


def _actors(text: str, published=date(2015, 8, 6), home: str | None = "SAU") -> list[tuple]:
    """(country or org, role) of each actor of every sentence."""
    return [(a.country or a.org, a.role) for s in _prepare(text, published, home)
            for a in s.actors]


def _pairs(text: str, published="2015-08-06", home: str | None = "SAU") -> set:
    return role_pairs(text, published, home)


# ------------------------------------------------- a time word ends a title's construct

def test_a_time_word_after_the_last_title_leaves_the_state_to_the_verb():
    # «وزير الدفاع اليوم المملكة ...»: nothing comes between a noun and its genitive; the
    # kingdom is what he left, and the title is the prince's
    text = ("غادر الأمير فهد بن خالد ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
            "اليوم المملكة الأردنية الهاشمية بعد زيارة رسمية لها.")
    actors = _actors(text)
    assert ("SAU", "defense_minister") in actors
    assert ("JOR", "defense_minister") not in actors


def test_a_state_right_after_a_construct_title_is_still_its_state():
    # near miss: no time word between, the construct title governs the state's name
    text = "وصل وزير دفاع المملكة الأردنية الهاشمية اليوم إلى الرياض في زيارة رسمية."
    assert ("JOR", "defense_minister") in _actors(text)


# ------------------------------------------------------- leaders of the Gulf states

def test_leaders_of_the_gulf_states_are_the_council_heads():
    text = "استضاف الرئيس الأمريكي في مايو الماضي قمة مع قادة دول الخليج في كامب ديفيد."
    assert ("GCC", "head_of_state") in _actors(text)


def test_the_gulf_region_is_no_council():
    # near miss: «منطقة الخليج» is a region, not the states' council
    text = "وصل وزير الخارجية الأمريكي إلى منطقة الخليج في جولة تشمل عدة دول."
    assert "GCC" not in {c for c, _ in _actors(text)}


def test_leaders_of_the_euro_area_are_the_union_heads():
    text = "توصل زعماء منطقة اليورو إلى اتفاق مع اليونان بعد مفاوضات استمرت 17 ساعة."
    assert ("EU", "head_of_state") in _actors(text)


# --------------------------------------------------------- a head's representative

def test_the_representative_of_a_president_is_his_envoy():
    text = "والتقى وزير الخارجية السوري في طهران أمس ممثل الرئيس الروسي لشؤون الشرق الأوسط."
    assert ("MEET", ("RUS:envoy", "SYR:foreign_minister")) in _pairs(text)
    assert ("RUS", "head_of_state") not in _actors(text)


def test_the_representatives_other_office_and_name_are_his():
    # «ممثل الرئيس الروسي لشؤون الشرق الأوسط نائب وزير الخارجية، X»: one man, the envoy,
    # not an envoy and a deputy minister
    text = ("كما التقى وزير الخارجية السوري في طهران أمس ممثل الرئيس الروسي لشؤون الشرق الأوسط "
            "نائب وزير الخارجية، ميخائيل بوغدانوف.")
    actors = _actors(text)
    assert ("RUS", "envoy") in actors
    assert ("RUS", "official") not in actors


def test_a_representative_and_a_deputy_joined_by_and_are_two():
    # near miss: «و» before the second office names another man
    text = ("كما التقى وزير الخارجية السوري في طهران أمس ممثل الرئيس الروسي ونائب وزير "
            "الخارجية ميخائيل بوغدانوف.")
    actors = _actors(text)
    assert ("RUS", "envoy") in actors and ("RUS", "official") in actors


def test_a_president_met_in_person_stays_the_head():
    # near miss: without «ممثل» the head himself is met
    text = "والتقى وزير الخارجية السوري في موسكو أمس الرئيس الروسي."
    assert ("MEET", ("RUS:head_of_state", "SYR:foreign_minister")) in _pairs(text)


# ------------------------------------------------- an honorific after و opens a new person

def test_an_honorific_after_and_starts_the_second_person():
    # «السيسي وسمو ولي ولي العهد ... وزير الدفاع»: the ministry is the prince's, not the
    # president's
    text = ("وعقد مؤتمرا صحفيا في ختام مباحثات الرئيس المصري عبدالفتاح السيسي وسمو ولي ولي العهد "
            "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير فهد بن خالد.")
    actors = _actors(text)
    assert ("EGY", "head_of_state") in actors
    assert ("EGY", "defense_minister") not in actors
    assert ("SAU", "defense_minister") in actors


def test_an_honorific_title_of_the_same_person_stays_his():
    # near miss: «صاحب السمو» without و heads the same man's names
    text = ("غادر صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع الرياض "
            "متوجها إلى القاهرة في زيارة رسمية.")
    assert ("SAU", "defense_minister") in _actors(text)


# ----------------------------------------------------- the head of a body of an organisation

def test_the_head_of_an_organisations_office_is_its_official():
    # «رئيس مكتب الأمم المتحدة»: he heads the office, not the United Nations
    text = "استقبل وزير الخارجية أمس رئيس مكتب الأمم المتحدة في الرياض."
    actors = _actors(text)
    assert ("UN", "official") in actors
    assert ("UN", "organization_head") not in actors


def test_the_head_named_right_before_the_organisation_is_its_head():
    # near misses: no noun between (or only «السابق»), or the council the head presides
    for text in ("استقبل وزير الخارجية أمس رئيس البنك الدولي في الرياض.",
                 "استقبل وزير الخارجية أمس الرئيس السابق للائتلاف الوطني السوري.",
                 "استقبل وزير الخارجية أمس رئيس مجلس الاتحاد الأوروبي في الرياض."):
        assert any(r == "organization_head" for _, r in _actors(text)), text
