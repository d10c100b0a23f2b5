"""The one a traveller goes to meet («للقاء X» after a visit verb) is never the traveller:
when the traveller is no actor the extractor knows («وفد من المتمردين»), the visit has no
visitor rather than the person met. Sentences written for these tests."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

pytestmark = pytest.mark.usefixtures("rules_alone")

PUB = date(2025, 3, 10)


def _visits(events):
    return [(e["actor1_country"] or e["actor1_org"], e["actor1_role"])
            for e in events if e["event_type"] == "VISIT"]


def test_the_envoy_met_is_not_the_unknown_traveller():
    text = "وفد من المتمردين يغادر إلى مسقط للقاء المبعوث الأممي"
    assert _visits(extract_events(text, PUB)) == []


def test_a_named_traveller_keeps_his_visit_and_his_meeting():
    text = "سيتوجه الرئيس الفرنسي إلى برلين للقاء المستشارة الألمانية."
    events = extract_events(text, PUB)
    assert _visits(events) == [("FRA", "head_of_state")]
    assert [e["event_type"] for e in events if e["event_type"] == "MEET"] == ["MEET"]
