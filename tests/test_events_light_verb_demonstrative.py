"""A demonstrative between a light verb and its contact noun is no word of the phrase:
«وسيعقد على هامش هذه القمة اجتماع ...» is the future light verb of the meeting, as
«وسيعقد على هامش القمة اجتماع ...» is (the gathering named again through هذا/هذه)."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

PUB = date(2016, 9, 20)


def _meets(text):
    return [e["status"] for e in extract_events(text, PUB) if e["event_type"] == "MEET"]


@pytest.mark.parametrize("text", [
    "وسيعقد على هامش هذا الاجتماع اجتماع ثلاثي يضم وزراء خارجية مصر والأردن والعراق.",
    "وسيعقد على هامش هذا المؤتمر، اجتماع بين وزيري خارجية تونس والجزائر.",
])
def test_future_light_verb_reaches_over_a_demonstrative(text):
    statuses = _meets(text)
    assert statuses and set(statuses) == {"planned"}


def test_past_light_verb_stays_reported():
    text = "وعقد على هامش هذه القمة اجتماع بين وزيري خارجية تونس والجزائر."
    assert set(_meets(text)) == {"reported"}
