"""«منذ» and a span after a present verb of contact tell the contact under way (reported, undated)
only when the since-phrase is the verb's own: not when it belongs to a relative clause («الأردن
التي تستضيف اللاجئين منذ سنوات») or qualifies a noun by a participle of lasting («في ظل الأزمة
المستمرة منذ أسابيع»), nor when the contact's own clause names its day («يلتقي غدا ... منذ») or
a planned cue before the verb makes it a contact to come («من المقرر أن يلتقي ... بعد قطيعة منذ
عامين»)."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

PUB = date(2015, 8, 11)


def _events(text, etype):
    return [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == etype]


@pytest.mark.parametrize("text, etype, day", [
    # the meeting's own day is told: a meeting to come, whatever lasts since
    ("ويلتقي الرئيس المصري غدا نظيره الأردني في ظل القطيعة منذ عامين.", "MEET",
     date(2015, 8, 12)),
    ("ويلتقي الرئيس المصري اليوم نظيره الأردني في ظل الأزمة المستمرة منذ أسابيع.", "MEET",
     PUB),
    # «منذ» of a relative clause: the host's, not the visit's
    ("ومن المقرر أن يزور الرئيس المصري الأردن التي تستضيف اللاجئين منذ سنوات.", "VISIT",
     None),
    # a planned cue before the verb: a contact to come («بعد قطيعة منذ عامين»: the rupture's)
    ("ومن المقرر أن يلتقي الرئيس المصري نظيره الأردني بعد قطيعة منذ عامين.", "MEET", None),
])
def test_a_since_phrase_not_the_verbs_leaves_the_contact_planned(text, etype, day):
    found = _events(text, etype)
    assert found and all(e["status"] == "planned" for e in found)
    if day is not None:
        assert all(e["event_date"] == day for e in found)


def test_a_participle_of_lasting_keeps_the_since_phrase_its_own():
    found = _events("ومن المقرر أن يلتقي الرئيس المصري نظيره الأردني في ظل الأزمة المستمرة "
                    "منذ أسابيع.", "MEET")
    assert found and all(e["status"] == "planned" for e in found)
