"""Talks with a council of allied states (blocs.yaml `councils`: the GCC, the Arab League):
a meeting, not a negotiation, and the council named by its member states with no title takes
the role of the minister or head of state who meets it (pipeline/events/blocs.py `bloc_type`,
`council_role`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _events(text: str, published="2015-08-03") -> set:
    """(type, {(country or org, role) of each actor}) of each event."""
    out = set()
    for e in extract_events(text, published=published):
        actors = frozenset((e[f"actor{k}_country"] or e[f"actor{k}_org"], e[f"actor{k}_role"])
                           for k in (1, 2))
        out.add((e["event_type"], actors))
    return out


US_FM = ("USA", "foreign_minister")


def test_talks_with_the_gulf_states_are_a_meeting_with_their_foreign_ministers():
    got = _events("بدأ وزير الخارجية الأمريكي محادثات مع دول الخليج العربية في الرياض اليوم "
                  "لبحث الأزمة.")
    assert got == {("MEET", frozenset({US_FM, ("GCC", "foreign_minister")}))}


def test_meeting_with_the_council_states_takes_the_ministers_role():
    got = _events("عقد وزير الخارجية الأمريكي اجتماعا مع دول مجلس التعاون في الرياض اليوم.")
    assert got == {("MEET", frozenset({US_FM, ("GCC", "foreign_minister")}))}


def test_the_council_itself_is_met_but_keeps_its_role():
    # near miss: the council named as an organisation, not by its states
    got = _events("أجرى وزير الخارجية الأمريكي محادثات مع مجلس التعاون الخليجي في الرياض اليوم.")
    assert got == {("MEET", frozenset({US_FM, ("GCC", "official")}))}


def test_a_titled_bloc_keeps_its_title():
    got = _events("استقبل خادم الحرمين الشريفين اليوم وفد دول مجلس التعاون.")
    assert got == {("MEET", frozenset({("SAU", "head_of_state"), ("GCC", "delegation")}))}


def test_talks_with_a_lender_or_the_six_powers_stay_a_negotiation():
    # near misses: an organisation that is not a council of allies, and a bloc of states
    got = _events("أجرى وزير الخارجية الإيراني محادثات مع صندوق النقد الدولي في فيينا اليوم.")
    assert {t for t, _a in got} == {"NEGOTIATE"}
    got = _events("أجرى وزير الخارجية الإيراني محادثات مع مجموعة 5+1 في فيينا اليوم.")
    assert {t for t, _a in got} == {"NEGOTIATE"}
    assert ("NEGOTIATE", frozenset({("IRN", "foreign_minister"), ("USA", "official")})) in got


def test_plural_counterparts_named_by_the_bloc_adjective_stop_there():
    # the nationality after the next noun is the agreement's, not the counterparts'
    got = _events("بحث وزير الخارجية الأمريكي مع نظرائه الخليجيين الاتفاق النووي الإيراني.")
    assert got == {("MEET", frozenset({US_FM, ("GCC", "foreign_minister")}))}
    got = _events("بحث وزير الخارجية الأمريكي مع نظرائه العرب الأزمة السورية اليوم.")
    assert got == {("MEET", frozenset({US_FM, ("ARAB_LEAGUE", "foreign_minister")}))}


def test_a_singular_counterpart_still_takes_the_nationality_after_it():
    # near miss: no bloc adjective, the nationality names the counterpart
    got = _events("بحث وزير الخارجية الأمريكي مع نظيره الإيراني الاتفاق النووي اليوم.")
    assert ("MEET", frozenset({US_FM, ("IRN", "foreign_minister")})) in got


def test_the_league_of_arab_states_is_an_organisation_not_its_states():
    # near miss: «الدول» inside the organisation's name, not the name's head
    got = _events("أجرى وزير الخارجية الأمريكي مباحثات مع جامعة الدول العربية في القاهرة اليوم.")
    assert got == {("MEET", frozenset({US_FM, ("ARAB_LEAGUE", "official")}))}
