"""Actors named by a word that is also something else, and honorific pronouns."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare


def _pairs(text, published="2023-05-01", home=None):
    return [
        {
            (e["actor1_name"], e["actor1_country"], e["actor1_role"]),
            (e["actor2_name"], e["actor2_country"], e["actor2_role"]),
        }
        for e in extract_events(text, published, home=home)
    ]


def test_nationality_list_is_no_surname():
    # «السوداني» after another nationality adjective is Sudan's, not Iraq's prime minister
    text = "اجتمع الرئيسان المصري والسوداني في القاهرة أمس وبحثا تطورات الأوضاع."
    events = extract_events(text, "2023-05-01")
    assert events
    assert all(e["actor2_country"] != "IRQ" and e["actor1_country"] != "IRQ" for e in events)
    assert any(e["actor2_country"] == "SDN" for e in events)


def test_adjective_surname_alone_without_full_name():
    # no full name before: the bare adjective names nobody the gazetteer knows
    text = "بحث الرئيس السيسي مع السوداني الأوضاع في المنطقة خلال لقاء في القاهرة."
    for e in extract_events(text, "2023-05-01"):
        assert "Mohammed Shia al-Sudani" not in (e["actor1_name"], e["actor2_name"])


def test_adjective_surname_after_full_name():
    # after «محمد شياع السوداني», the bare surname names him again
    text = (
        "تتعرض الحكومة لضغوط على رئيس الوزراء العراقي محمد شياع السوداني. وقال مسؤول إن "
        "السوداني خلال لقاء وزير الخارجية الأمريكي أنتوني بلينكن أبدى تقديره."
    )
    for published in (None, "2024-01-10"):
        pairs = _pairs(text, published)
        assert {
            ("Mohammed Shia al-Sudani", "IRQ", "head_of_government"),
            ("Antony Blinken", "USA", "foreign_minister"),
        } in pairs


def test_full_name_then_nationality_list():
    text = (
        "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الأمريكي أنتوني بلينكن "
        "في بغداد. والتقى الرئيسان المصري والسوداني في القاهرة أمس."
    )
    events = extract_events(text, "2023-05-01")
    egypt = [e for e in events if e["actor1_country"] == "EGY"]
    assert egypt and all(e["actor2_country"] == "SDN" and e["actor2_name"] is None for e in egypt)


def test_honorific_pronoun_not_a_prince():
    # «معاليه» is the foreign minister, not the prince (styled «سمو») named after him
    text = (
        "أوضح وزير الخارجية عادل الجبير أن لقاء وزير الخارجية البحريني خالد بن أحمد أمس مع "
        "ولي العهد الأمير محمد بن نايف وزير الداخلية تناول العلاقات. وأشار معاليه خلال "
        "المؤتمر الصحفي الذي عقده اليوم مع نظيره البحريني إلى عمق العلاقات."
    )
    events = extract_events(text, "2015-07-23", home="SAU")
    press = [e for e in events if e["event_type"] == "PRESS_CONFERENCE"]
    assert press
    assert press[0]["actor1_name"] == "Adel al-Jubeir"
    assert press[0]["actor1_role"] == "foreign_minister"
    assert press[0]["actor2_country"] == "BHR"


def test_honorific_pronoun_not_the_counterparts_state():
    # the last one named who takes «معالي» is the guest: the counterpart's state rules him out
    text = (
        "التقى وزير الخارجية عادل الجبير في جدة أمس وزير الخارجية الأردني ناصر جودة. "
        "وأشار معاليه خلال المؤتمر الصحفي المشترك مع نظيره الأردني إلى تطابق المواقف."
    )
    events = extract_events(text, "2015-07-23", home="SAU")
    press = [e for e in events if e["event_type"] == "PRESS_CONFERENCE"]
    assert press
    assert {press[0]["actor1_name"], press[0]["actor2_country"]} == {"Adel al-Jubeir", "JOR"}


def test_assistant_secretary_general_is_no_head():
    # «الأمين العام المساعد»: an official of the organisation, not its secretary-general
    text = (
        "التقى الأمين العام المساعد للجامعة العربية للشؤون السياسية في القاهرة أمس السفير الصيني."
    )
    events = extract_events(text, "2015-07-27", home="EGY")
    assert events
    assert events[0]["actor1_org"] == "ARAB_LEAGUE"
    assert events[0]["actor1_role"] == "official"
    # near-miss: the secretary-general himself is the head
    text = "استقبل الأمين العام لجامعة الدول العربية نبيل العربي في القاهرة أمس السفير الصيني."
    events = extract_events(text, "2015-07-27", home="EGY")
    assert events and events[0]["actor1_role"] == "organization_head"


def _actors(text, year):
    return [(a.name, a.country) for s in _prepare(text, date(year, 6, 1), None) for a in s.actors]


def test_surname_alone_before_every_office_names_nobody():
    # «الصفدي» in 2015: Jordan's foreign minister only from 2017, so someone else
    text = "التقى وزير الخارجية السعودي عادل الجبير بالصفدي في عمان أمس."
    assert ("Ayman Safadi", "JOR") not in _actors(text, 2015)
    assert not extract_events(text, "2015-06-01")
    # near-misses: in his years the surname alone names him, and before them after his full name
    assert ("Ayman Safadi", "JOR") in _actors(text, 2018)
    assert {
        ("Adel al-Jubeir", "SAU", "foreign_minister"),
        ("Ayman Safadi", "JOR", "foreign_minister"),
    } in _pairs(text, "2018-06-01")
    named = "تحدث الصحفي أيمن الصفدي عن الزيارة. " + text
    assert ("Ayman Safadi", "JOR") in _actors(named, 2015)[1:]
