"""Actors' roles: plural non-state bodies, a special coordinator, secretaries of state, «لدى»,
speakers, envoys of a fixed office.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import role_pairs


def _pairs(text: str, published="2016-05-10", home: str | None = "TUN") -> set:
    return role_pairs(text, published, home)


# ------------------------------------------------------- plural non-state bodies after a title

def test_leaders_of_a_states_parties_or_organisations_are_no_state_actor():
    # the plural title before a plural non-state body and a nationality
    assert _pairs("التقى الرئيس المصري اليوم قادة الأحزاب التونسية في القاهرة.") == set()
    assert _pairs("التقى الرئيس المصري اليوم قادة المنظمات الوطنية التونسية في القاهرة.") == set()
    assert _pairs("التقى الرئيس المصري اليوم قادة الجمعيات التونسية في القاهرة.") == set()


def test_leaders_of_a_bloc_of_states_are_still_its_heads():
    # near-miss: no body word between the plural title and the states
    pairs = _pairs("التقى الرئيس المصري اليوم قادة دول مجلس التعاون في القاهرة.")
    assert ("MEET", ("EGY:head_of_state", "GCC:head_of_state")) in pairs


# ------------------------------------------------------------- a special coordinator

def test_a_special_coordinator_of_the_un_is_its_official():
    pairs = _pairs("التقى رئيس مجلس الوزراء اللبناني تمام سلام اليوم المنسقة الخاصة للأمم "
                   "المتحدة في لبنان سيغريد كاغ.", published="2015-08-11", home="SAU")
    assert pairs == {("MEET", ("LBN:head_of_government", "UN:official"))}


def test_the_same_person_named_alone_keeps_her_office_in_the_gazetteer():
    # near-miss: without the coordinator's title her listed office (envoy) stands
    pairs = _pairs("التقى رئيس مجلس الوزراء اللبناني تمام سلام اليوم سيغريد كاغ.",
                   published="2015-08-11", home="SAU")
    assert pairs == {("MEET", ("LBN:head_of_government", "UN:envoy"))}


# ------------------------------------------------------------- the Maghreb's secretary of state

def test_a_foreign_secretary_of_state_is_a_minister_of_his_state():
    pairs = _pairs("التقى وزير الخارجية التونسي اليوم كاتب الدولة الفرنسي للتجارة في تونس.")
    assert pairs == {("MEET", ("FRA:minister", "TUN:foreign_minister"))}


def test_the_home_secretary_of_state_received_at_home_is_no_contact():
    # near-miss: the outlet's own secretary of state before its own head is a domestic meeting
    assert _pairs("استقبل رئيس الجمهورية اليوم كاتب الدولة للهجرة والتونسيين بالخارج.") == set()


# ------------------------------------------------------- «لدى» between two offices

def test_an_office_attached_to_another_by_lada_is_one_actor():
    # «الوزير لدى رئيس الحكومة»: the minister attached to the head of government, not the head
    pairs = _pairs("استقبل الوزير لدى رئيس الحكومة المكلف بالعلاقات مع الهيئات الدستورية اليوم "
                   "سفير فرنسا بتونس.", published="2017-03-14")
    assert pairs == {("MEET", ("FRA:official", "TUN:minister"))}
    pairs = _pairs("استقبل كاتب الدولة لدى وزير الخارجية اليوم القائم بالأعمال الليبي.",
                   published="2017-03-14")
    assert pairs == {("MEET", ("LBY:official", "TUN:minister"))}
    pairs = _pairs("استقبل مستشار لدى رئيس الجمهورية اليوم سفير فرنسا بتونس.",
                   published="2017-03-14")
    assert pairs == {("MEET", ("FRA:official", "TUN:official"))}


def test_lada_before_a_state_keeps_the_ambassadors_post():
    # near-miss: «لدى» before a state is where an ambassador serves, not an office
    pairs = _pairs("التقى سفير تونس لدى ألمانيا اليوم وزير الخارجية الألماني.",
                   published="2017-03-14")
    assert pairs == {("MEET", ("DEU:foreign_minister", "TUN:official"))}


# ------------------------------------------------------- a speaker is no head of state

def test_the_speaker_of_a_parliament_named_by_its_proper_name_is_an_official():
    pairs = _pairs("التقى رئيس الحكومة يوسف الشاهد اليوم رئيس مجلس الدوما الروسي في تونس.",
                   published="2017-03-14")
    assert pairs == {("MEET", ("RUS:official", "TUN:head_of_government"))}


def test_the_head_of_state_of_the_same_country_stays_its_head():
    # near-miss: «الرئيس الروسي» is the head of state
    pairs = _pairs("التقى رئيس الحكومة يوسف الشاهد اليوم الرئيس الروسي في تونس.",
                   published="2017-03-14")
    assert pairs == {("MEET", ("RUS:head_of_state", "TUN:head_of_government"))}


# ------------------------------------------------------- a head's envoy is not the head

def test_the_envoy_of_the_custodian_of_the_two_holy_mosques_is_a_saudi_envoy():
    pairs = _pairs("التقى وزير الخارجية الأمريكي اليوم مبعوث خادم الحرمين الشريفين في واشنطن.",
                   published="2015-08-04", home="SAU")
    assert pairs == {("MEET", ("SAU:envoy", "USA:foreign_minister"))}


def test_a_personal_envoy_of_a_head_is_his_states_envoy():
    pairs = _pairs("التقى وزير الخارجية الأمريكي اليوم المبعوث الشخصي للرئيس الروسي في واشنطن.",
                   published="2015-08-04", home="SAU")
    assert pairs == {("MEET", ("RUS:envoy", "USA:foreign_minister"))}


def test_the_custodian_of_the_two_holy_mosques_alone_is_the_king():
    # near-miss: without the envoy's title the fixed office is the head of state
    pairs = _pairs("التقى وزير الخارجية الأمريكي اليوم خادم الحرمين الشريفين في جدة.",
                   published="2015-08-04", home="SAU")
    assert pairs == {("MEET", ("SAU:head_of_state", "USA:foreign_minister"))}
