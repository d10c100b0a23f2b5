"""Light verbs with a feminine subject: «أجرت مصر والسودان أمس جولة جديدة من المفاوضات» is
the past light verb of the talks as «أجرى» is (triggers.yaml light_verbs past: أجرت، عقدت،
قامت، بدأت), so two states as its subject hold the talks it tells.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events

PUB = date(2016, 5, 1)


@pytest.mark.parametrize("verb", ["أجرت", "وعقدت", "بدأت"])
def test_two_states_under_a_feminine_past_light_verb_negotiate(verb):
    text = f"{verb} مصر والسودان أمس جولة جديدة من المفاوضات في الخرطوم."
    events = extract_events(text, PUB)
    assert [(e["event_type"], e["status"], {e["actor1_country"], e["actor2_country"]})
            for e in events] == [("NEGOTIATE", "reported", {"EGY", "SDN"})]
