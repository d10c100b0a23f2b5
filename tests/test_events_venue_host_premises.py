"""A contact told held in its host's own palace, office or ministry, with no place named, is
held in the host's state: «استقبل أمير دولة قطر في قصره الوزير», «بمكتبه», «بمقر الوزارة». An
ambassador's office is abroad: no place from it.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from tests.support.events import venues

PUB = "2015-08-10"


def _venues(text: str, home: str = "SAU") -> set:
    return venues(text, PUB, home)


@pytest.mark.parametrize("text, venue", [
    ("استقبل أمير دولة قطر في قصره مساء أمس وزير الخارجية الإيطالي.", ("QAT", "Qatar")),
    ("استقبل وزير الخارجية السعودي بمكتبه أمس وزير الخارجية الإيطالي.",
     ("SAU", "Saudi Arabia")),
    ("استقبل وزير الخارجية بمقر الوزارة اليوم الأمين العام لجامعة الدول العربية.",
     ("SAU", "Saudi Arabia")),
], ids=["in-his-palace", "bi-his-office", "ministry-seat"])
def test_the_hosts_own_premises_are_in_the_hosts_state(text, venue):
    assert _venues(text) == {venue}, text


@pytest.mark.parametrize("text", [
    # an ambassador's office is in the state he is posted to
    "استقبل السفير السعودي في مكتبه أمس وزير الخارجية الإيطالي.",
    # a palace told as nobody's premises («قصر» with no pronoun) names no state
    "استقبل وزير الخارجية السعودي في القصر أمس وزير الخارجية الإيطالي.",
], ids=["ambassador", "no-pronoun"])
def test_no_state_from_premises_abroad_or_no_ones(text):
    assert _venues(text) == {(None, None)}, text


def test_a_place_the_sentence_names_comes_first():
    text = "استقبل وزير الخارجية السعودي في مكتبه بجدة أمس وزير الخارجية الإيطالي."
    assert _venues(text) == {("SAU", "Jeddah")}


@pytest.mark.parametrize("text", [
    # the host's office named as no place the contact is told in
    "استقبل وزير الخارجية السعودي أمس وزير الخارجية الإيطالي بحضور مدير مكتبه.",
    "استقبل وزير الخارجية السعودي أمس وزير الخارجية الإيطالي وبحثا افتتاح مقر الهيئة المشتركة.",
], ids=["office-manager", "seat-as-topic"])
def test_premises_not_told_as_where_the_contact_is_place_nothing(text):
    assert _venues(text) == {(None, None)}, text


def test_a_call_taken_in_the_hosts_office_has_no_venue():
    text = "تلقى أمير دولة قطر اتصالا هاتفيا في مكتبه أمس من الرئيس الأمريكي."
    calls = {(e["location_country"], e["location_name"])
             for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "CALL"}
    assert calls == {(None, None)}
