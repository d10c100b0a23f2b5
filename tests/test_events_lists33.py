"""Officials listed by country after a plural or dual title («سفراء السويد والدنمارك»), and the
article's feminine «الرئيسة» as a head of state only with the state attached
(configs/gazetteer/roles.yaml).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare

PUBLISHED = "2015-07-23"


def _actors(text: str, published=date(2015, 7, 23), home: str | None = None) -> list[tuple]:
    """(country or org, role) of each actor of the text, in order."""
    return [(a.country or a.org, a.role) for s in _prepare(text, published, home) for a in s.actors]


def _events(text: str, home: str | None = None) -> list[tuple]:
    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return [
        (e["event_type"], e["status"], frozenset({side(e, "actor1"), side(e, "actor2")}))
        for e in extract_events(text, published=PUBLISHED, home=home)
    ]


# ------------------------------------------------------- ambassadors listed after a plural title


def test_summoned_ambassadors_listed_by_country_are_one_meeting_each():
    evs = _events(
        "استدعت وزارة الخارجية الإيرانية أمس سفراء السويد والدنمارك وسويسرا لديها للاحتجاج."
    )
    others = {c for _, _, pair in evs for c, _ in pair if c != "IRN"}
    assert others == {"SWE", "DNK", "CHE"}
    for etype, status, pair in evs:
        assert etype == "MEET" and status == "reported"
        assert ("IRN", "official") in pair


def test_feminine_deputy_minister_meets_each_listed_ambassador():
    evs = _events(
        "وكانت نائبة وزير الخارجية الإسرائيلية قد التقت أمس مع سفراء بريطانيا وإسبانيا "
        "وهولندا لدى إسرائيل."
    )
    assert {frozenset({("ISR", "official"), (c, "official")}) for c in ("GBR", "ESP", "NLD")} == {
        pair for _, _, pair in evs
    }


def test_two_ambassadors_in_the_dual_are_two_meetings():
    evs = _events("استقبل الرئيس المصري أمس سفيري فرنسا وإيطاليا في قصر الاتحادية.")
    assert {pair for _, _, pair in evs} == {
        frozenset({("EGY", "head_of_state"), ("FRA", "official")}),
        frozenset({("EGY", "head_of_state"), ("ITA", "official")}),
    }


def test_the_homes_own_ambassadors_abroad_are_no_counterpart():
    # «سفراء المملكة لدى الدول»: the outlet's own ambassadors, posted abroad
    evs = _events("التقى وزير الخارجية أمس سفراء المملكة لدى الدول الأوروبية.", home="SAU")
    assert evs == []


def test_plural_ambassadors_with_no_state_are_nobody():
    # «سفراء الحزم»: students honoured as «ambassadors», no state attached
    actors = _actors("استقبل الأمير أمس سفراء الحزم من الطلاب في مقر الإمارة.", home="SAU")
    assert actors == [("SAU", "head_of_state")]
    assert _events("استقبل مدير التعليم أمس سفراء الحزم من الطلاب.", home="SAU") == []


def test_ambassadors_killed_in_a_crash_are_no_contact():
    assert _events("وقتل في تحطم المروحية أمس سفيرا النرويج والفلبين.") == []


def test_countries_listed_as_topics_are_not_ambassadors():
    evs = _events(
        "التقى وزير الخارجية المصري أمس السفير الأمريكي وبحث معه الأوضاع في سوريا واليمن."
    )
    assert {pair for _, _, pair in evs} == {
        frozenset({("EGY", "foreign_minister"), ("USA", "official")})
    }


# ------------------------------------------------------------------- the feminine «الرئيسة»


def test_feminine_president_with_a_nationality_is_that_states_head():
    evs = _events("استقبل الرئيس الأمريكي أمس الرئيسة البرازيلية في البيت الأبيض.")
    assert evs == [
        ("MEET", "reported", frozenset({("USA", "head_of_state"), ("BRA", "head_of_state")}))
    ]


def test_feminine_president_postponing_her_visit_is_a_cancelled_visit():
    evs = _events("أجلت الرئيسة الكورية زيارتها المقررة الأسبوع الجاري للولايات المتحدة.")
    assert evs and evs[0][0] == "VISIT" and evs[0][1] == "cancelled"
    assert ("KOR", "head_of_state") in evs[0][2]


def test_main_roads_are_no_president():
    # «الشوارع الرئيسة»: the adjective «main», in a Saudi city
    text = "وتابع أمير المنطقة أمس انسيابية الحركة في الشوارع الرئيسة بمكة المكرمة."
    assert all(role != "head_of_state" for _, role in _actors(text))
    assert _events(text, home="SAU") == []


def test_a_companys_chief_executive_is_no_head_of_state():
    evs = _events("التقى وزير الخارجية الأمريكي أمس الرئيسة التنفيذية لشركة ياهو.")
    assert all(("USA", "head_of_state") not in pair for _, _, pair in evs)
    assert evs == []


def test_feminine_chancellor_and_a_legal_adviser():
    evs = _events("استقبلت المستشارة الألمانية أمس الرئيس الفرنسي في برلين.")
    assert {pair for _, _, pair in evs} == {
        frozenset({("DEU", "head_of_government"), ("FRA", "head_of_state")})
    }
    # «المستشارة القانونية»: an adviser, no chancellor
    assert _events("استقبل الأمير أمس المستشارة القانونية للشركة.", home="SAU") == []
