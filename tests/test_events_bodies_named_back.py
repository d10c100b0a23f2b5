"""Bodies named by a bare noun: «المنظمة», «الحكومة», «السلطات», a director of a body, whose
party each is.

A bare definite noun of a kind of body names back the organisation of that kind named before.

«المنظمة», «الحركة», «المفوضية», «الهيئة», «الاتحاد» ... (roles.yaml `body_anaphors`) name the
one organisation whose name starts with that noun (orgs.yaml: «منظمة الصحة العالمية», «حركة
حماس») that the article named before. With two organisations of that kind named before, or
none, or a definite word after the noun («الحركة الانفصالية»: another body), it names nobody.

A bare «الحكومة» or «السلطات» is a state's party only where the grammar makes it one side of
talks with a foreign body: «بين السلطات وبعثة صندوق النقد الدولي», «مشاورات بعثة صندوق النقد
مع الحكومة» (the one state the text names, or the outlet's when it names none), «بين الحكومة
وحركة طالبان» (the state the armed group fights, when the text names it). A domestic subject
stays nobody's (sentences written for these tests).

Actors known only by an office in a named body: a director («مدير», «مديرة») is an official of
the organisation or state attached to the title, of no one alone; «المغرب العربي» is the
Maghreb, not Morocco; a state named bare (or by its seat) after بين with an armed group joined
to it are the two sides of the talks (sentences written for these tests).

A ministry in the construct state with a state's name («خارجية المملكة») is that state's party
when it summons an envoy, and no party where it names a seat.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract as X
from tests.support.events import event_rows

PUB = "2016-01-10"


def test_the_organisation_named_before():
    text = ("أعلنت منظمة الصحة العالمية أمس أنها تتابع الوضع الصحي في سوريا. "
            "وقالت إن وفدا من المنظمة وصل إلى دمشق أمس والتقى وزير الخارجية السوري وليد المعلم.")
    assert ("MEET", "WHO", "delegation", "SYR", "foreign_minister") in event_rows(text, PUB, None)


def test_the_movement_named_before():
    text = ("تواصل حركة طالبان هجماتها في جنوب أفغانستان. "
            "وأجرت الحركة أمس محادثات مع الحكومة الأفغانية في إسلام آباد.")
    rows = event_rows(text, PUB, None)
    assert any(r[0] == "NEGOTIATE" and {r[1], r[3]} == {"TALIBAN", "AFG"} for r in rows)


def test_two_organisations_of_the_kind_name_neither():
    # near miss: two organisations named before, so «المنظمة» is neither
    text = ("أعلنت منظمة الصحة العالمية ومنظمة التجارة العالمية أمس أنهما تتابعان الوضع في "
            "سوريا. وقالت إن وفدا من المنظمة وصل إلى دمشق أمس والتقى وزير الخارجية السوري "
            "وليد المعلم.")
    rows = event_rows(text, PUB, None)
    assert not any({"WHO", "WTO"} & {r[1], r[3]} for r in rows)


def test_no_organisation_named_before_names_nobody():
    # near miss: «المنظمة» with no organisation named in the text
    text = ("قال مصدر مطلع إن وفدا من المنظمة وصل إلى دمشق أمس والتقى وزير الخارجية السوري "
            "وليد المعلم.")
    rows = event_rows(text, PUB, None)
    assert not any(r[1] not in (None, "SYR") or r[3] not in (None, "SYR") for r in rows)


def test_a_definite_word_after_makes_another_body():
    # near miss: «الحركة الانفصالية» is another movement, not the Taliban named before
    text = ("تواصل حركة طالبان هجماتها في جنوب أفغانستان. "
            "وأجرت الحركة الانفصالية أمس محادثات مع الحكومة الأفغانية في إسلام آباد.")
    rows = event_rows(text, PUB, None)
    assert not any("TALIBAN" in (r[1], r[3]) for r in rows)


def _actors(text, home="TUN"):
    return [(a.country or a.org, a.role) for s in X._prepare(text, date(2017, 4, 26), home)
            for a in s.actors]


def _candidates(text, home="TUN"):
    return {(c.etype, frozenset((c.actor1.country or c.actor1.org,
                                 c.actor2.country or c.actor2.org)))
            for c, _ in X.candidates(text, date(2017, 4, 26), home)
            if c.actor1 is not None and c.actor2 is not None}


def test_authorities_between_with_an_imf_mission_are_the_named_state():
    text = ("وأكد البنك المركزي التونسي أن المحادثات التي أجريت مؤخرا بين السلطات وبعثة صندوق "
            "النقد الدولي كانت إيجابية.")
    assert ("TUN", "official") in _actors(text)
    assert ("NEGOTIATE", frozenset(("TUN", "IMF"))) in _candidates(text)


def test_government_after_with_of_a_missions_talks_is_the_outlets_state():
    text = "وانطلقت مشاورات بعثة صندوق النقد الدولي مع الحكومة اليوم."
    assert ("TUN", "official") in _actors(text)


def test_government_with_two_states_named_is_nobody():
    text = ("زار وزير الخارجية المصري واشنطن. وانطلقت مشاورات بعثة صندوق النقد الدولي مع "
            "الحكومة اليوم.")
    assert not any(r == "official" and c in ("EGY", "USA", "TUN") for c, r in _actors(text))


def test_government_as_a_domestic_subject_is_nobody():
    text = "وقالت الحكومة إنها ستدرس مقترحات صندوق النقد الدولي خلال الأسبوع المقبل."
    assert ("TUN", "official") not in _actors(text)


def test_government_with_an_unknown_adjective_is_nobody():
    text = "وتتواصل المحادثات بين الحكومة الشرعية وبعثة صندوق النقد الدولي."
    assert ("TUN", "official") not in _actors(text)


def test_government_and_an_armed_group_are_the_state_it_fights():
    text = ("قتل عشرة أشخاص في هجوم بشمال أفغانستان. وجاء الهجوم قبل جولة جديدة من محادثات "
            "السلام بين الحكومة وحركة طالبان.")
    assert ("AFG", "official") in _actors(text, "SAU")
    assert ("TALIBAN", "group") in _actors(text, "SAU")
    assert ("NEGOTIATE", frozenset(("AFG", "TALIBAN"))) in _candidates(text, "SAU")


def test_government_and_an_armed_group_without_the_state_named_is_nobody():
    text = "وجاء الهجوم قبل جولة جديدة من محادثات السلام بين الحكومة وحركة طالبان."
    assert _actors(text, "SAU") == [("TALIBAN", "group")]


def test_government_named_before_keeps_its_state():
    text = ("وقالت الحكومة اليونانية إنها قدمت مشروع القانون. وتتواصل المحادثات بين الحكومة "
            "وبعثة صندوق النقد الدولي.")
    assert ("GRC", "official") in _actors(text, "SAU")


def test_authorities_in_a_named_state_are_that_states():
    text = ("زار وزير الخارجية السعودي القاهرة. وأجرت بعثة صندوق النقد الدولي مشاورات مع "
            "السلطات في مصر.")
    assert ("EGY", "official") in _actors(text, "SAU")
    assert ("MEET", frozenset(("IMF", "EGY"))) in _candidates(text, "SAU")


def test_authorities_in_a_named_state_without_talks_are_nobody():
    text = "زار وزير الخارجية السعودي القاهرة. وتعاون المتهم مع السلطات في مصر."
    assert ("EGY", "official") not in _actors(text, "SAU")


def _actors_director(text, home="TUN"):
    return [(a.country or a.org, a.role) for s in X._prepare(text, date(2016, 9, 30), home)
            for a in s.actors]


def _pairs(text, home="TUN"):
    return {frozenset((e["actor1_country"] or e["actor1_org"],
                       e["actor2_country"] or e["actor2_org"]))
            for e in X.extract_events(text, "2016-09-30", home=home)}


def test_director_at_an_organisation_is_its_official():
    text = ("استقبل وزير التنمية والاستثمار صباح اليوم بمقر الوزارة مدير إقليم شمال أفريقيا "
            "بمنظمة الصحة العالمية.")
    assert ("WHO", "official") in _actors_director(text)
    assert frozenset(("TUN", "WHO")) in _pairs(text)


def test_director_of_an_organisations_office_is_its_official():
    text = "التقى وزير الخارجية التونسي أمس مدير مكتب البنك الدولي في تونس."
    assert ("WORLD_BANK", "official") in _actors_director(text)


def test_director_of_a_national_agency_is_its_states_official():
    text = "استقبل وزير الخارجية التونسي أمس مدير المخابرات المصرية."
    assert ("EGY", "official") in _actors_director(text)


def test_director_alone_or_of_a_company_is_nobody():
    assert _actors_director("استقبل وزير الخارجية التونسي أمس مدير المدرسة.") == [
        ("TUN", "foreign_minister")]
    assert _actors_director("استقبل وزير الخارجية التونسي أمس مدير شركة أرامكو السعودية.") == [
        ("TUN", "foreign_minister")]


def test_the_maghreb_is_not_morocco():
    text = "التقى الوزير اليوم مديرة منطقة المغرب العربي بالمؤسسة."
    assert all(code != "MAR" for code, _ in _actors_director(text))
    assert frozenset(("TUN", "MAR")) in _pairs("التقى وزير الخارجية التونسي نظيره المغربي أمس.")


def test_a_state_and_an_armed_group_after_bayna_are_the_two_sides_of_talks():
    text = "وعقدت أمس جولة محادثات السلام بين كابل وطالبان في الدوحة."
    assert _pairs(text, home="SAU") == {frozenset(("AFG", "TALIBAN"))}
    text = "ومن المقرر أن تبدأ الأسبوع المقبل جولة جديدة من المحادثات بين كابول وحركة طالبان."
    assert frozenset(("AFG", "TALIBAN")) in _pairs(text, home="SAU")


def test_fighting_between_a_state_and_a_group_is_no_contact():
    assert _pairs("وتتواصل المعارك بين كابل وطالبان في ولاية هلمند.", home="SAU") == set()
    # two states after بين stay a pair of states
    assert _pairs("وعقدت أمس جولة محادثات بين كابل وإسلام آباد في الدوحة.", home="SAU") == {
        frozenset(("AFG", "PAK"))}


# A state's ministry named by the indefinite construct before the state's name («وزارة خارجية
# البحرين»), as the Bahraini outlets and the agencies copying them write it, is that state's
# party, as «وزارة الخارجية البحرينية» is.


def _pairs_ministry(text, published="2015-07-21"):
    from pipeline.events import extract_events

    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
            str(e["event_date"]),
        )
        for e in extract_events(text, published, home="SAU")
    ]


def test_ministry_construct_with_a_kingdom_summons_an_envoy():
    got = _pairs_ministry(
        "استدعت وزارة خارجية مملكة البحرين مساء أمس القائم بأعمال السفارة الروسية لدى "
        "البحرين، وسلمته مذكرة احتجاج رسمية."
    )
    assert ("MEET", "reported", "BHR", "official", "RUS", "official", "2015-07-20") in got


def test_ministry_construct_with_a_bare_state_name():
    got = _pairs_ministry("استدعت وزارة دفاع اليابان اليوم الملحق العسكري الصيني في طوكيو.")
    assert ("MEET", "reported", "JPN", "official", "CHN", "official", "2015-07-21") in got


def test_ministry_construct_as_a_seat_is_no_party():
    got = _pairs_ministry("التقى وزير الخارجية المصري أمس السفير الإيراني بمقر وزارة خارجية مصر.")
    assert [g[2:6] for g in got] == [("EGY", "foreign_minister", "IRN", "official")]
