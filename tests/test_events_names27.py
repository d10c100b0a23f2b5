"""The IAEA under another spelling of its name: «الوكالة الدولية للطاقة النووية»."""

from pipeline.events import extract_events
from pipeline.events.mentions import Sentence, find_mentions, tokenize


def _sentence(text, home="SAU"):
    sent = Sentence(text, 0, tokenize(text))
    find_mentions(sent, 2015, {}, home=home)
    return sent


def test_nuclear_energy_agency_spelling_names_the_iaea():
    sent = _sentence(
        "التقى وزير الخارجية القطري مدير عام الوكالة الدولية للطاقة النووية في الدوحة."
    )
    assert [a.org for a in sent.actors if a.org] == ["IAEA"]


def test_head_of_the_nuclear_energy_agency_is_no_outlet_official():
    text = "استقبل وزير الخارجية القطري في الدوحة اليوم مدير عام الوكالة الدولية للطاقة النووية."
    evs = extract_events(text, "2015-08-02", home="SAU")
    assert [(e["event_type"], e["actor1_country"], e["actor2_org"]) for e in evs] == [
        ("MEET", "QAT", "IAEA")
    ]
