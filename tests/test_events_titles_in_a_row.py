"""Actor segmentation: titles in a row that name two people, the bare «الكوري», unknown
princes (pipeline/events/mentions.py)."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.extract import _prepare, as_date
from pipeline.events.mentions import _KOREAN


def _actors(text: str, home: str = "SAU", published: str = "2015-08-07") -> list[tuple]:
    return [(a.country, a.org, a.role, a.text)
            for s in _prepare(text, as_date(published), home) for a in s.actors]


def _pairs(text: str, home: str = "SAU") -> set[tuple]:
    return {(e["event_type"], (e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
             (e["actor2_country"] or e["actor2_org"], e["actor2_role"]))
            for e in extract_events(text, "2015-08-07", home=home)}


# -- titles in a row: a second full title after a complete state office is the object

@pytest.mark.parametrize("text, second", [
    ("استقبل وزير الخارجية مساعد وزير الخارجية الأمريكي في الرياض أمس.",
     ("USA", None, "official", "مساعد وزير الخارجية الأمريكي")),
    ("التقى وزير الخارجية وكيل وزارة الخارجية الأمريكية في الرياض أمس.",
     ("USA", None, "official", "وكيل وزارة الخارجية الأمريكية")),
    ("استقبل الوزير ممثل منظمة الصحة العالمية في الرياض أمس.",
     (None, "WHO", "official", "ممثل منظمة الصحة العالمية")),
    ("استقبل وزير الداخلية مستشار وزير الدفاع البريطاني في مكتبه أمس.",
     ("GBR", None, "official", "مستشار وزير الدفاع البريطاني")),
])
def test_a_subordinate_title_after_an_unnamed_office_is_another_person(text, second):
    actors = _actors(text)
    assert len(actors) == 2
    assert actors[0][0] == "SAU" and actors[0][1] is None
    assert actors[1] == second


def test_the_split_object_meets_the_office_before_it():
    pairs = _pairs("استقبل وزير الخارجية مساعد وزير الخارجية الأمريكي في الرياض أمس.")
    assert ("MEET", ("SAU", "foreign_minister"), ("USA", "official")) in pairs


@pytest.mark.parametrize("text, one", [
    # a deputy premiership after a ministry is more of the minister's offices
    ("استقبل وزير الخارجية نائب رئيس الوزراء السفير الفرنسي في الرياض.",
     "وزير الخارجية نائب رئيس الوزراء"),
    # an aide's title whose principal is no minister stays the office-holder's own
    ("التقى وزير الدولة مستشار الأمن الوطني السفير الفرنسي في الرياض.", "وزير الدولة مستشار"),
])
def test_a_second_title_that_one_person_may_hold_is_not_split(text, one):
    assert _actors(text)[0][3] == one


def test_a_named_ministers_aide_title_before_the_office_stays_one_actor():
    # the aide's own title opens the mention: «مساعد وزير الخارجية الأمريكي» is one person
    actors = _actors("وصل مساعد وزير الخارجية الأمريكي إلى الرياض أمس.")
    assert actors == [("USA", None, "official", "مساعد وزير الخارجية الأمريكي")]


def test_a_representative_needs_a_body_or_a_state_right_after_it():
    # «الممثل المصري»: an actor of the stage, no representative's title
    assert _actors("التقى الممثل المصري جمهوره في الرياض أمس.") == []
    assert _actors("استقبل الوزير ممثل تونس في الاجتماع أمس.")[1][:3] == ("TUN", None,
                                                                         "official")


# -- «الكوري»: North or South, as the article names Korea in full

@pytest.mark.parametrize("text, code", [
    ("التقى وزير الخارجية السفير الكوري الجنوبي في الرياض أمس.", "KOR"),
    ("التقى وزير الخارجية الصيني نظيره الكوري الشمالي في بكين أمس.", "PRK"),
    ("التقى وزير الخارجية الصيني نظيرته الكورية الجنوبية في بكين أمس.", "KOR"),
])
def test_a_korean_adjective_with_its_side(text, code):
    assert code in {a[0] for a in _actors(text)}


def test_a_bare_korean_ambassador_with_no_korea_named_is_the_souths():
    actors = _actors("استقبل أمير المنطقة في مكتبه أمس السفير الكوري لدى المملكة.")
    assert ("KOR", None, "official", "السفير الكوري") in actors


def test_a_bare_korean_is_the_korea_the_article_names():
    text = ("هددت كوريا الشمالية بالرد على المناورات.\n"
            "والتقى وزير الخارجية الصيني نظيره الكوري في بكين أمس.")
    assert "PRK" in {a[0] for a in _actors(text)}
    assert "KOR" not in {a[0] for a in _actors(text)}


def test_with_both_koreas_named_a_bare_korean_is_the_one_named_last():
    text = ("زارت رئيسة كوريا الجنوبية واشنطن.\n"
            "وهددت كوريا الشمالية بالرد.\n"
            "والتقى وزير الخارجية الصيني نظيره الكوري في بكين أمس.")
    assert [a[0] for a in _actors(text)][-1] == "PRK"


def test_a_surname_and_the_dual_are_no_korean_state():
    # «كوري» without the article: a surname here (Curry); «الكوريتين»: both Koreas
    assert "KOR" not in {a[0] for a in _actors(
        "التقى الرئيس الأمريكي اللاعب ستيفن كوري في واشنطن أمس.")}
    assert "الكوريتين" not in _KOREAN and "كوري" not in _KOREAN


def test_a_word_containing_the_letters_is_no_korean():
    assert _actors("وناقش الوزير القيم الذكورية في الرياض أمس.") in ([], [("SAU", None,
                                                                          "minister",
                                                                          "الوزير")])


# -- princes: a head of state only as the king or a ruling emir

@pytest.mark.parametrize("text", [
    "استقبل الأمير تركي بن محمد بن فهد السفير الفرنسي في الرياض أمس.",
    "استقبل الأمير نواف بن فيصل السفير الفرنسي في الرياض أمس.",
    "استقبل الأمير تركي الفيصل السفير الفرنسي في الرياض أمس.",
])
def test_an_unknown_prince_named_by_his_name_is_an_official(text):
    assert _actors(text)[0][:3] == ("SAU", None, "official")
    assert ("MEET", ("SAU", "official"), ("FRA", "official")) in _pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a known ruling emir stays the head of his state
    ("التقى الأمير تميم بن حمد السفير الفرنسي في الدوحة أمس.", ("QAT", None, "head_of_state")),
    # the emir with his state named: the head of that state
    ("استقبل أمير الكويت السفير الفرنسي أمس.", ("KWT", None, "head_of_state")),
    ("استقبل الأمير الكويتي السفير الفرنسي أمس.", ("KWT", None, "head_of_state")),
])
def test_a_ruling_emir_stays_head_of_state(text, expected):
    assert _actors(text)[0][:3] == expected
