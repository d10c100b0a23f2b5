"""An honorific inside a deputy's or an aide's title («مساعد سمو رئيس الهيئة», «نائب معالي
وزير الخارجية», «مستشار سمو وزير الدفاع») styles the principal the title names: the deputy or
aide is still the mention, with his own office (an official), never the principal's, and never
lost. A prince's own honorifics before his name stay one named actor."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare

PUBLISHED = date(2015, 8, 2)


def _actors(text: str, home: str | None = "SAU") -> list[tuple]:
    return [(a.name, a.country or a.org, a.role) for a in _prepare(text, PUBLISHED, home)[0].actors]


def test_an_assistant_of_a_styled_head_is_the_subject_of_his_contact():
    text = ("التقى مساعد سمو رئيس الهيئة للشؤون الإدارية أمس في الرياض وزير الخارجية "
            "الفرنسي.")
    assert (None, "SAU", "official") in _actors(text)
    events = extract_events(text, PUBLISHED, home="SAU")
    assert [(e["actor1_country"], e["actor1_role"], e["actor2_country"], e["actor2_role"])
            for e in events] == [("SAU", "official", "FRA", "foreign_minister")]


def test_a_deputy_of_a_styled_minister_keeps_his_own_role():
    text = "استقبل نائب معالي وزير الخارجية في مكتبه بالرياض أمس سفير فرنسا لدى المملكة."
    actors = _actors(text)
    assert (None, "SAU", "official") in actors
    assert (None, "SAU", "foreign_minister") not in actors


def test_an_adviser_of_a_styled_minister_is_an_official():
    for text in ("استقبل مستشار سمو وزير الدفاع السفير الفرنسي أمس.",
                 "استقبل مستشار معالي وزير الخارجية السفير الفرنسي أمس."):
        actors = _actors(text)
        assert (None, "SAU", "official") in actors, text
        assert not any(r.endswith("_minister") and c == "SAU" for _, c, r in actors), text


def test_a_princes_chain_of_honorifics_is_still_one_named_actor():
    text = "استقبل صاحب السمو الملكي الأمير سلطان بن سلمان السفير الفرنسي أمس."
    actors = _actors(text)
    assert actors[0][0] == "Sultan bin Salman"
    assert len(actors) == 2


def test_a_styled_prince_is_still_the_prince():
    actors = _actors("استقبل سمو الأمير سلطان بن سلمان السفير الفرنسي أمس.")
    assert actors[0][0] == "Sultan bin Salman"
    assert len(actors) == 2


def test_an_honorific_after_a_full_office_still_styles_its_holder():
    # near miss: «معالي» after the minister's own title, before his name: the minister himself
    actors = _actors("استقبل وزير الخارجية معالي عادل الجبير السفير الفرنسي أمس.")
    assert actors[0] == ("Adel al-Jubeir", "SAU", "foreign_minister")


def test_an_envoy_of_a_styled_king_is_the_kings_envoy_not_the_king():
    text = "استقبل مبعوث جلالة الملك عبدالله الثاني الرئيس الفرنسي أمس."
    actors = _actors(text)
    assert actors[0] == (None, "JOR", "envoy")
    assert not any(r == "head_of_state" and c == "JOR" for _, c, r in actors)


def test_a_deputy_of_a_styled_organisation_head_is_the_bodys_official():
    text = "التقى وزير الخارجية الفرنسي نائب معالي الأمين العام لجامعة الدول العربية أمس."
    actors = _actors(text)
    assert (None, "ARAB_LEAGUE", "official") in actors
    assert (None, "ARAB_LEAGUE", "organization_head") not in actors


def test_an_honorific_after_a_complete_deputy_title_opens_his_own_office():
    # near miss: «نائب رئيس الوزراء» is complete; «معالي وزير الخارجية» after it is the same
    # man's portfolio, not whom he deputises for
    actors = _actors("استقبل نائب رئيس الوزراء معالي وزير الخارجية السفير الفرنسي أمس.")
    assert actors[0] == (None, "SAU", "foreign_minister")


def test_words_that_are_no_honorifics_keep_a_deputys_title_from_the_office_after_it():
    # near miss: only honorifics join an aide's or a deputy's title to the office after it;
    # «نائب عن الحزب» (a member for a party) and «مساعد الشؤون الإدارية» are not that office's
    for text in ("التقى نائب عن الحزب وزير الخارجية الفرنسي أمس.",
                 "التقى مساعد الشؤون الإدارية وزير الخارجية الفرنسي أمس."):
        assert (None, "FRA", "foreign_minister") in _actors(text), text
