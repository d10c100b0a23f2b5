"""A state's officials named as a bare group («كبار المسؤولين», «عدد من المسؤولين») with no
nationality of their own: they are the officials of the state a visit told before them in the
sentence goes to, or of the place right after «في»; with no such place, or places of two states
before them, they stay nobody's. Sentences written for these tests."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")

PUB = date(2025, 3, 10)


def _pairs(events, etype="MEET"):
    return sorted(tuple(sorted([(e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                                (e["actor2_country"] or e["actor2_org"], e["actor2_role"])]))
                  for e in events if e["event_type"] == etype)


def test_officials_met_on_a_visit_are_the_hosts():
    text = "وصل وزير الخارجية الياباني إلى طهران أمس حيث التقى كبار المسؤولين."
    assert _pairs(extract_events(text, PUB)) == [
        (("IRN", "official"), ("JPN", "foreign_minister"))]


def test_a_number_of_officials_met_on_a_visit_are_the_hosts():
    text = "وصل وزير الخارجية الياباني إلى طهران أمس حيث اجتمع بعدد من المسؤولين."
    assert _pairs(extract_events(text, PUB)) == [
        (("IRN", "official"), ("JPN", "foreign_minister"))]


def test_officials_in_a_city_are_its_states():
    text = "التقى وزير الخارجية الياباني أمس كبار المسؤولين في طهران."
    assert _pairs(extract_events(text, PUB)) == [
        (("IRN", "official"), ("JPN", "foreign_minister"))]


def test_officials_with_no_place_stay_nobodys():
    text = "التقى وزير الخارجية الياباني أمس كبار المسؤولين."
    assert _pairs(extract_events(text, PUB)) == []


def test_officials_after_places_of_two_states_stay_nobodys():
    # the envoy's title names one state, the city visited another: whose officials is not told
    text = ("زار المبعوث الأممي إلى سوريا العاصمة الإيرانية طهران، والتقى الثلاثاء بمسؤولين "
            "لبحث حل سياسي للأزمة.")
    assert _pairs(extract_events(text, PUB)) == []


def test_officials_beside_the_named_host_give_no_second_meeting():
    text = "وصل وزير الخارجية الياباني إلى طهران أمس حيث التقى الرئيس الإيراني وكبار المسؤولين."
    assert _pairs(extract_events(text, PUB)) == [
        (("IRN", "head_of_state"), ("JPN", "foreign_minister"))]


def test_officials_of_a_body_after_fi_are_not_the_hosts():
    # near miss: «في» names the body they serve (a community, a company), no place: they are
    # not the visited state's officials
    for body in ("الجالية اليابانية", "شركته"):
        text = f"وصل وزير الخارجية الياباني إلى طهران أمس حيث التقى كبار المسؤولين في {body}."
        assert _pairs(extract_events(text, PUB)) == [], body
