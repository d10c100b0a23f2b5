"""A noun of intention with its holder's pronoun before a contact («أعلن عزمه زيارة طهران»,
«اعتزامها زيارة», «نيته التوجه إلى ... للقاء»): the contact is planned, as after يعتزم."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

PUB = date(2016, 3, 14)


def _events(text):
    return [(e["event_type"], e["status"]) for e in extract_events(text, PUB)]


@pytest.mark.parametrize("text,etype", [
    ("أعلن وزير الخارجية الإيطالي عزمه زيارة الجزائر في أقرب وقت.", "VISIT"),
    ("أعلنت وزيرة الخارجية السويدية اعتزامها زيارة الرباط على المدى القريب.", "VISIT"),
    ("أكد وزراء الخارجية الأوروبيون عزمهم على زيارة طهران.", "VISIT"),
    ("أبدى وزير الخارجية الإسباني نيته التوجه إلى القاهرة للقاء الرئيس المصري.", "MEET"),
])
def test_intention_noun_makes_the_contact_planned(text, etype):
    found = [e for e in _events(text) if e[0] == etype]
    assert found and all(status == "planned" for _, status in found)


def test_a_past_contact_stays_reported():
    text = "زار وزير الخارجية الإيطالي الجزائر أمس وأكد عزمه تعزيز التعاون."
    assert ("VISIT", "reported") in _events(text)
