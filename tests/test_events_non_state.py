"""Non-state bodies take part in no diplomatic contact (pipeline.events.extract._non_state): the
head of a trade union, a party or a sports federation received by his own country's president,
or a delegation of businessmen travelling abroad; a state's own officials still meet foreign
ones, and a minister's title is never read as a body (وزير الصناعة). Sentences written for
this test."""

import pytest

from pipeline.events import extract as extract_mod
from pipeline.events.mentions import Sentence, find_mentions, tokenize
from tests.support.events import event_rows


def _pairs(text, home="TUN"):
    return event_rows(text, "2017-03-06", home)


def _actors(text, home="TUN"):
    sent = Sentence(text, 0, tokenize(text))
    find_mentions(sent, 2017, {}, home)
    return [(a.country or a.org, a.role, a.body) for a in sent.actors]


NON_STATE = [
    # a union's secretary-general received by the president
    "استقبل رئيس الجمهورية صباح اليوم الاثنين بقصر قرطاج الأمين العام للاتحاد العام التونسي "
    "للشغل وتناول اللقاء الوضع الاجتماعي في البلاد.",
    # the union's leader after meeting the head of government
    "صرح الأمين العام للاتحاد العام التونسي للشغل إثر لقاء جمعه صباح اليوم برئيس الحكومة بأن "
    "الحوار متواصل.",
    # a national party's leader received by the president
    "استقبل رئيس الجمهورية اليوم بقصر قرطاج رئيس حركة النهضة وتباحثا في الوضع السياسي.",
    # a party leader receiving the head of a sports federation
    "استقبل رئيس حركة النهضة اليوم رئيسة الجامعة التونسية للتنس بمقر الحركة.",
    # a businessmen's delegation travelling abroad
    "يؤدي وفد من رجال الأعمال التونسيين الأسبوع المقبل زيارة إلى طهران لبحث فرص الاستثمار.",
]


@pytest.mark.parametrize("text", NON_STATE)
def test_non_state_bodies_make_no_event(text):
    assert _pairs(text) == []
    # the frames do propose the contact, with the body's actor on one side: the rule drops it
    ruled = [c for c, feats in extract_mod.candidates(text, "2017-03-06", home="TUN")
             if "rule=True" in feats]
    assert any(extract_mod._non_state(c.actor1, c.actor2) for c in ruled)


def test_the_body_words_mark_the_actor_not_a_minister():
    assert _actors("التقى وزير الصناعة التونسي نظيره الجزائري.")[0] == ("TUN", "minister", None)
    assert _actors("قال الأمين العام لاتحاد الفلاحين التونسي إن الإضراب قائم.") == [
        ("TUN", "organization_head", "TUN")]
    # a union the gazetteer names (orgs.yaml non_state) is itself, a body of no state's
    assert _actors("قال الأمين العام للاتحاد العام التونسي للشغل إن الإضراب قائم.") == [
        ("UGTT", "organization_head", "?")]


def test_a_foreign_minister_still_meets_the_president():
    text = ("استقبل رئيس الجمهورية اليوم بقصر قرطاج وزير الخارجية الإيراني محمد جواد ظريف "
            "الذي يؤدي زيارة إلى تونس.")
    assert ("MEET", "TUN", "head_of_state", "IRN", "foreign_minister") in _pairs(text)


def test_a_party_leader_meeting_a_foreign_envoy_is_kept():
    text = "التقى رئيس حركة النهضة اليوم بتونس سفير فرنسا وتباحثا في العلاقات الثنائية."
    assert [p[1:] for p in _pairs(text) if p[0] == "MEET"] == [
        ("TUN", "group", "FRA", "official")]


def test_a_state_delegation_still_visits():
    text = "يؤدي وفد حكومي تونسي برئاسة وزير الخارجية الأسبوع المقبل زيارة رسمية إلى الجزائر."
    assert any(p[0] == "VISIT" and p[1] == "TUN" for p in _pairs(text))


@pytest.mark.parametrize("text", [
    "أطلع الوفد الإعلامي التونسي الذي زار دمشق العام الماضي على أوضاع الجالية.",
    "على هامش زيارة يجريها وفد من المجموعة الصينية إلى تونس لبحث مشروع الميناء.",
    "يؤدي وفد ليبي متكون من 40 رجال أعمال وأعضاء بلديات زيارة إلى صفاقس.",
    # the head of a world sports body and a games team are no state's party
    "وسيشرف على سحب القرعة الأمين العام للفيفا الإيطالي ماركو روسي الذي وصل إلى موسكو أمس.",
    "وكانت بعثة الأولمبياد المصري قد وصلت إلى ألمانيا أمس للمشاركة في الألعاب العالمية.",
    "كما التقت الوزيرة بالأمين العام لمنظمة السياحة العالمية.",
    "استقبل ولي العهد أمس وفدا من عائلة الشمري الكويتية في قصره.",
])
def test_media_company_and_business_delegations_are_bodies(text):
    assert any(body for _, _, body in _actors(text, "TUN")), _actors(text)


def test_a_delegation_with_ministers_among_its_businessmen_stays_a_states():
    assert _actors("يؤدي وفد ليبي يضم وزراء ورجال أعمال زيارة إلى تونس.") == [
        ("LBY", "delegation", None)]


def test_a_family_name_closing_another_persons_name_is_not_that_person():
    text = "استقبل رئيس الجمهورية السيد ناصر بن غانم الخليفي رئيس نادي باريس سان جيرمان."
    assert all(country != "QAT" for country, _, _ in _actors(text))


def test_a_title_joined_to_a_foreign_office_holder_is_of_his_country():
    text = "طالبت زعيمة المعارضة باستقالة وزير الداخلية الفرنسي برنارد كازنوف ووزيرة العدل."
    assert [c for c, _, _ in _actors(text)] == ["FRA", "FRA"]


def test_definite_delegation_is_the_body_named_before():
    # «الوفد الأسترالي» two sentences after a chamber of commerce's delegation is that one
    text = ("يزور وفد من غرفة التجارة الأسترالية تونس هذا الأسبوع. ويضم الوفد عشرين مستثمرا. "
            "وسيلتقي الوفد الأسترالي وزير التجارة التونسي يوم الخميس.")
    assert not [p for p in _pairs(text) if p[0] == "MEET"]


def test_a_delegation_attached_to_a_body_and_named_back_with_its_country_is_that_body():
    # «وفد رفيع المستوى تابع للغرفة»: a chamber's delegation, its country not said; «الوفد
    # الأسترالي» after it, with no Australian delegation named before, is that one
    text = ("يؤدي وفد رفيع المستوى تابع للغرفة زيارة إلى تونس هذا الأسبوع. "
            "والتقى الوفد الأسترالي أمس وزير التجارة التونسي.")
    assert not _pairs(text)
    # a state's delegation, attached to no body, still meets
    text = ("يؤدي وفد رفيع المستوى زيارة إلى تونس هذا الأسبوع. "
            "والتقى الوفد الأسترالي أمس وزير التجارة التونسي.")
    assert ("MEET", "AUS", "delegation", "TUN", "minister") in _pairs(text)


def test_new_state_delegation_is_not_the_body_named_before():
    # an indefinite official delegation of the same country opens a new one
    text = ("يزور وفد من غرفة التجارة الأسترالية تونس. ويزور وفد أسترالي رسمي الجزائر. "
            "والتقى الوفد الأسترالي الرئيس الجزائري.")
    assert ("MEET", "AUS", "delegation", "DZA", "head_of_state") in _pairs(text)


def test_organisation_name_with_a_sport_complement_is_a_sports_body():
    # «الاتحاد الأوروبي لكرة القدم» is the football union, not the European Union
    text = ("التقى رئيس الوزراء الأردني برئيس الاتحاد الأوروبي لكرة القدم في باريس أمس.")
    assert not _pairs(text)
    assert ("UEFA", "organization_head", "?") in _actors(text)
    # the European Union itself still meets
    text = "التقى رئيس الوزراء الأردني برئيس المفوضية في الاتحاد الأوروبي في بروكسل أمس."
    assert [p for p in _pairs(text) if p[0] == "MEET"]


@pytest.mark.parametrize("text", [
    # a press delegation (adjective الصحفي) is no state's delegation
    "استقبل رئيس الجمهورية صباح اليوم بقصر قرطاج الوفد الصحفي المغربي المشارك في المنتدى.",
    # two national teams named by their nationality adjectives meet in a match
    "ويختتم الدور الأول يوم الأحد بلقاء المنتخبين المصري والمغربي في القاهرة.",
])
def test_press_delegation_or_team_is_no_contact(text):
    assert _pairs(text) == []


def test_talks_named_by_two_adjectives_still_pair_the_states():
    text = "انطلق الحوار الاستراتيجي المصري الأمريكي اليوم في القاهرة."
    assert [(t, a1, a2) for t, a1, _r1, a2, _r2 in _pairs(text)] == [("MEET", "EGY", "USA")]



SCHOOLS_AND_HOSPITALS = [
    # the director of a private school network, abroad, received by an organisation's head
    ("استقبل الأمين العام لمنظمة التعاون الإسلامي أمس مدير عام مدارس الأمل الخاصة في السنغال "
     "إبراهيم سال.", "SAU"),
    # the head of a school met by a visiting foreign minister
    ("التقى وزير الخارجية الفرنسي اليوم في تونس المدير العام لمدرسة اللغات الحديثة.", "TUN"),
    # a hospital's director received by a foreign minister
    ("استقبل وزير الخارجية الإيطالي أمس في روما مدير عام المستشفى الجامعي للتوليد.", "MAR"),
    # a school's director received by the Arab League's secretary-general
    ("استقبل الأمين العام لجامعة الدول العربية أمس مدير عام مدرسة النجاح الدولية.", "EGY"),
]


@pytest.mark.parametrize("text,home", SCHOOLS_AND_HOSPITALS)
def test_a_school_or_hospital_head_is_no_states_official(text, home):
    # a bare title of a school's or a hospital's head is no state's official,
    # not the outlet's country's
    assert _pairs(text, home=home) == []


def test_a_school_head_is_marked_as_a_body_of_the_outlets_country():
    text = "استقبل وزير الخارجية الأردني أمس مدير عام مدارس الأمل في السنغال."
    actors = _actors(text, home="JOR")
    assert ("JOR", "official", "JOR") in actors


def test_a_sports_body_travels_on_no_states_visit_but_a_states_official_does():
    for text in ("وسيشرف على سحب القرعة الأمين العام للفيفا الإيطالي ماركو روسي الذي وصل إلى "
                 "موسكو يوم الاثنين الماضي.",
                 "وكانت بعثة الأولمبياد المصري قد وصلت إلى ألمانيا الأحد الماضي للمشاركة في "
                 "الألعاب العالمية."):
        assert _pairs(text) == []
    assert _pairs("وكان وزير الخارجية الإيطالي قد وصل إلى موسكو يوم الاثنين الماضي.") == [
        ("VISIT", "ITA", "foreign_minister", None, None)]
    assert _pairs("وكانت بعثة صندوق النقد الدولي قد وصلت إلى القاهرة الأحد الماضي.") == [
        ("VISIT", "IMF", "delegation", None, None)]


# a trip told among the words of a sports fixture is a team's or a sports official's
SPORT_TRIP = "وكان الوفد المصري قد وصل إلى نيجيريا أمس {}."


def test_a_delegation_going_to_a_match_is_no_state_visit():
    assert _pairs(SPORT_TRIP.format("لحضور المباراة النهائية لكأس إفريقيا")) == []


def test_a_delegation_going_for_talks_still_visits():
    assert _pairs(SPORT_TRIP.format("لبحث التعاون بين البلدين")) == [
        ("VISIT", "EGY", "delegation", None, None)]


def test_a_head_of_state_watching_a_match_on_his_visit_still_visits():
    text = "وصل الرئيس الفرنسي إلى الدوحة أمس في زيارة رسمية يحضر خلالها مباراة منتخب بلاده."
    assert ("VISIT", "FRA", "head_of_state", None, None) in _pairs(text)


def test_a_youth_delegation_is_a_body_but_a_plain_delegation_visits():
    assert _pairs("يغادر الوفد الشبابي المصري اليوم إلى الجزائر للمشاركة في أسبوع الإخاء "
                  "الشبابي المصري الجزائري.") == []
    assert _pairs("يغادر الوفد المصري اليوم إلى الجزائر لبحث التعاون بين البلدين.") == [
        ("VISIT", "EGY", "delegation", None, None)]
