"""Talks held by phone: a talks noun with a phone adjective is a call, not a meeting."""

from pipeline.events import extract_events

PUB = "2016-03-10"


def _one(text):
    events = extract_events(text, published=PUB)
    assert len(events) == 1, events
    return events[0]


def test_phone_talks_plural_is_call():
    e = _one(
        "وأجرى الرئيس التركي رجب طيب أردوغان مباحثات هاتفية مع الرئيس الأمريكي باراك أوباما أمس."
    )
    assert e["event_type"] == "CALL"
    assert {e["actor1_country"], e["actor2_country"]} == {"TUR", "USA"}
    assert str(e["event_date"]) == "2016-03-09"


def test_phone_consultations_is_call():
    e = _one(
        "أجرى وزير الخارجية السعودي عادل الجبير مشاورات هاتفية مع نظيره الأمريكي جون كيري أمس."
    )
    assert e["event_type"] == "CALL"
    assert e["actor2_role"] == "foreign_minister"


def test_definite_phone_talks_between_is_call():
    e = _one(
        "وتناولت المحادثات الهاتفية بين الرئيس التركي رجب طيب أردوغان "
        "والرئيس الأمريكي باراك أوباما الأزمة السورية."
    )
    assert e["event_type"] == "CALL"
    assert {e["actor1_role"], e["actor2_role"]} == {"head_of_state"}


def test_talks_without_phone_stay_meeting():
    e = _one(
        "وأجرى الرئيس التركي رجب طيب أردوغان مباحثات مع الرئيس الأمريكي باراك أوباما في أنقرة أمس."
    )
    assert e["event_type"] == "MEET"
