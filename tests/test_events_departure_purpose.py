"""A departure for a place with a purpose clause («غادر الوفد صنعاء إلى مسقط للتباحث مع
المبعوث»): the contact is what the trip is for, still to come (planned), as after «توجه» or
«وصل». Told after «ثم» in a sequence of past acts it stays reported."""

from datetime import date

from pipeline.events.extract import extract_events

PUB = date(2016, 11, 5)


def _meets(text):
    return [e["status"] for e in extract_events(text, PUB) if e["event_type"] == "MEET"]


def test_departure_with_purpose_is_planned():
    text = "غادر وزير الخارجية الأردني عمان إلى الرباط للتباحث مع نظيره المغربي."
    assert _meets(text) == ["planned"]


def test_departure_after_sequence_word_stays_reported():
    text = "التقى وزير الخارجية الأردني نظيره المغربي ثم غادر إلى تونس للقاء الرئيس التونسي."
    assert set(_meets(text)) == {"reported"}
