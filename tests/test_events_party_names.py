"""Parties, unions and movements named by name (configs/gazetteer/orgs.yaml, actors.yaml).

Tunisia's parties and national organisations are read as themselves, not as the state whose
name they carry («نداء تونس», «آفاق تونس») nor as another person (the president's son, named
in full); like the bodies roles.yaml non_state_bodies names by «حزب»/«الشغل» they take part in
no diplomatic contact (orgs.yaml `non_state`). A name several states' movements share
(`home_names`: «الجبهة الشعبية», «أنصار الشريعة») is the outlet's own state's; in another
state's outlet only a name that says which state («أنصار الشريعة في ليبيا») names one.
Sentences written for this test."""

import pytest

from pipeline.events.gazetteer import load_gazetteer
from tests.support.events import actor_triples, event_rows


def _rows(text, home="TUN"):
    return event_rows(text, "2017-03-06", home)


def _actors(text, home="TUN"):
    return [(code, role) for code, role, _ in actor_triples(text, 2017, home)]


def test_the_presidents_son_named_in_full_is_not_the_president():
    text = "التقى حافظ قايد السبسي اليوم سفير فرنسا بتونس وتباحثا في العلاقات الثنائية."
    assert _actors(text)[0] == ("NIDAA_TOUNES", "group")
    assert _rows(text) == []
    # the president's surname alone is still the president
    assert _actors("استقبل قايد السبسي اليوم سفير فرنسا بتونس.")[0] == ("TUN", "head_of_state")


@pytest.mark.parametrize("text, code, role", [
    ("يؤدي وفد من نداء تونس الأسبوع المقبل زيارة إلى الجزائر.", "NIDAA_TOUNES", "delegation"),
    ("قال القيادي في حزب النداء إن الحوار متواصل.", "NIDAA_TOUNES", "group"),
    ("التقى رئيس حزب آفاق تونس ياسين إبراهيم اليوم السفير الأمريكي.", "AFEK_TOUNES", "group"),
    ("التقى محسن مرزوق اليوم في بنغازي المشير خليفة حفتر.", "MACHROU_TOUNES", "group"),
    ("استقبل سليم الرياحي اليوم سفير الاتحاد الأوروبي بتونس.", "UPL", "group"),
    ("التقى حمة الهمامي اليوم سفير الاتحاد الأوروبي بتونس.", "POPULAR_FRONT_TUN", "group"),
    ("التقى نور الدين الطبوبي اليوم السفير الألماني بتونس.", "UGTT", "organization_head"),
    ("التقت وداد بوشماوي اليوم السفير الألماني بتونس.", "UTICA", "organization_head"),
    ("التقى ممثلو الرباعي الراعي للحوار الوطني اليوم السفير الألماني بتونس.",
     "TUN_DIALOGUE_QUARTET", "official"),
])
def test_tunisian_parties_and_unions_are_read_and_meet_no_one(text, code, role):
    assert _actors(text)[0] == (code, role)
    assert _rows(text) == []


def test_a_party_named_after_a_project_of_the_state_needs_its_party_word():
    assert _actors("انطلق مشروع تونس الرقمية بحضور السفير الفرنسي.") == [("FRA", "official")]
    assert _actors("قال الأمين العام لحركة مشروع تونس إن الحوار متواصل.")[0] == (
        "MACHROU_TOUNES", "group")


def test_a_shared_name_is_the_outlets_own_states_movement():
    text = "التقى وفد من الجبهة الشعبية اليوم السفير الفرنسي."
    assert _actors(text, "TUN")[0] == ("POPULAR_FRONT_TUN", "delegation")
    assert _actors(text, "SAU") == [("FRA", "official")]
    # the PFLP's longer name stays the PFLP's in any outlet
    assert _actors("قال القيادي في الجبهة الشعبية لتحرير فلسطين إن الحوار متواصل.", "TUN")[0][0] \
        == "PFLP"


def test_a_jihadist_groups_shared_name_needs_the_outlets_state_or_its_own():
    text = "التقى قادة من أنصار الشريعة أمس وفدا من الحكومة الليبية."
    assert _actors(text, "TUN")[0] == ("ANSAR_SHARIA_TUN", "group")
    assert _actors(text, "SAU") == [("LBY", "delegation")]
    named = "التقى قادة من أنصار الشريعة في ليبيا أمس وفدا من الحكومة الليبية."
    assert _actors(named, "SAU")[0] == ("ANSAR_SHARIA_LBY", "group")
    assert _actors("أعلن تنظيم أنصار الشريعة اليمني مسؤوليته.", "SAU") == [
        ("ANSAR_SHARIA_YEM", "group")]


def test_non_state_organisations_are_marked_as_bodies():
    gaz = load_gazetteer()
    assert {"UGTT", "UTICA", "TUN_DIALOGUE_QUARTET", "NIDAA_TOUNES",
            "POPULAR_FRONT_TUN"} <= gaz.non_state_orgs
    # a national party that meets foreign envoys keeps its own rule
    assert "ENNAHDA" not in gaz.non_state_orgs and gaz.org_country["ENNAHDA"] == "TUN"


def test_a_party_leader_in_a_state_office_that_year_is_the_states():
    # Yassine Brahim, the Afek Tounes leader, was a minister in 2015
    text = "التقى ياسين إبراهيم اليوم السفير الألماني بتونس."
    assert event_rows(text, "2015-05-05", "TUN") == [("MEET", "TUN", "minister", "DEU", "official")]
    assert event_rows(text, "2017-05-05", "TUN") == []


# A party leader with no state office is `group`; Ennahda's people (orgs.yaml `by_country`) and
# a legal party's leader with no party code are keyed by their country; a movement's leaders by
# the movement's code (bench/data/events_real/README.md, "Harmonised labels" parts 8 and 10).
@pytest.mark.parametrize("text", [
    "التقى راشد الغنوشي اليوم بتونس سفير فرنسا وتباحثا في العلاقات الثنائية.",
    "التقى رئيس حركة النهضة راشد الغنوشي اليوم بتونس سفير فرنسا.",
    "التقى الغنوشي رئيس حركة النهضة اليوم بتونس سفير فرنسا.",
    "التقى رئيس حركة النهضة اليوم بتونس سفير فرنسا.",
])
def test_the_ennahda_leader_is_tunisias_group_not_a_party_code(text):
    assert _rows(text) == [("MEET", "TUN", "group", "FRA", "official")]


def test_an_ennahda_delegation_is_tunisias_delegation():
    text = "استقبل الرئيس الجزائري اليوم وفدا من حركة النهضة برئاسة راشد الغنوشي."
    assert _rows(text) == [("MEET", "DZA", "head_of_state", "TUN", "delegation")]


def test_the_ennahda_leader_meeting_his_own_government_is_still_party_business():
    # keyed by the country, he is still the party: no contact with Tunisia's own offices
    text = "استقبل رئيس الحكومة اليوم بالقصبة راشد الغنوشي رئيس حركة النهضة."
    assert ("TUN", "group") in _actors(text)
    assert _rows(text) == []


def test_a_legal_party_leader_with_no_code_is_his_countrys_group():
    text = "التقى صلاح الدين دميرتاش زعيم حزب الشعوب الديمقراطي اليوم في أربيل مسعود بارزاني."
    assert _actors(text, "SAU")[0] == ("TUR", "group")
    # another man of that surname is not him
    assert _actors("والتحق نور الدين ديمرتاش بالمتمردين في الجبال.", "SAU") == []


@pytest.mark.parametrize("name, code", [
    ("خالد مشعل", "HAMAS"), ("حسن نصر الله", "HEZBOLLAH"), ("عبد الله أوجلان", "PKK"),
    ("عبد الملك الحوثي", "HOUTHIS")])
def test_a_movements_leader_is_the_movements_group(name, code):
    assert _actors(f"التقى {name} أمس وزير الخارجية الروسي.", "SAU")[0] == (code, "group")


def test_yemens_general_peoples_congress_is_the_partys_group():
    # Saleh's party, a party to the Yemeni war and talks: its secretary-general is the party's
    text = "والتقى المبعوث الأممي إلى اليمن أمس في القاهرة الأمين العام لحزب المؤتمر الشعبي العام."
    assert ("MEET", "UN", "envoy", "GPC", "group") in _rows(text, "SAU")
    # without «العام» it is also Sudan's Popular Congress party: no party code
    text = "والتقى الرئيس السوداني أمس في الخرطوم الأمين العام لحزب المؤتمر الشعبي."
    assert ("GPC", "group") not in _actors(text, "SAU")
