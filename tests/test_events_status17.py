"""Status and date of a contact told with the right parties: cases where the tense cue or the
date expression belongs to the contact though another word stands between them.

Sentences written for these tests (not corpus text). The learned scorer is switched off.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract as extract_mod
from pipeline.events import extract_events

PUB = "2015-08-06"  # a Thursday


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    monkeypatch.setattr(extract_mod, "load_model", lambda path=None: None)


def _events(text: str, etype: str, published: str = PUB) -> list[tuple]:
    return [(e["status"], e["event_date"]) for e in extract_events(text, published)
            if e["event_type"] == etype]


# ----------------------------------------------------------------------------- conjoined verbs
# two verbs of one subject joined by «و» share the time adverb before the first: a chronology
# «- 14 أبريل : X يزور القاهرة ويلتقي بالرئيس» tells the meeting on that day, as the visit

@pytest.mark.parametrize("text, day", [
    ("- 14 أبريل (نيسان) : ولي العهد السعودي يزور القاهرة ويلتقي بالرئيس المصري.",
     date(2015, 4, 14)),
    ("- 3 مارس : وزير الخارجية التونسي يزور الجزائر ويجتمع بنظيره الجزائري.",
     date(2015, 3, 3)),
])
def test_conjoined_verb_shares_the_fronted_day(text, day):
    assert ("reported", day) in _events(text, "MEET")


def test_conjoined_verb_after_a_reported_clause_stays_to_come():
    # near miss: the verbs stand in a clause opened by «أن» after a dated statement verb: the
    # day is the statement's, the visit and the meeting are still announced
    text = ("أعلن الديوان الملكي في 14 أبريل أن ولي العهد السعودي يزور القاهرة "
            "ويلتقي بالرئيس المصري.")
    assert _events(text, "MEET") == [("planned", None)]
