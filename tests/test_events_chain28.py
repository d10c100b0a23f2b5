"""A prince the gazetteer does not know, named by his own name, then his office."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare

PUB = "2015-07-25"


def _actors(text):
    return [
        (a.text, a.country, a.role)
        for s in _prepare(text, date(2015, 7, 25), "SAU")
        for a in s.actors
    ]


def _events(text):
    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"],
            e["actor1_role"],
            e["actor2_country"],
            e["actor2_role"],
            e["location_country"],
            str(e["event_date"]),
        )
        for e in extract_events(text, PUB, home="SAU")
    ]


def test_office_after_comma_is_the_prince_own():
    text = (
        "وصل الأمير سالم بن فهد بن عبدالله، وزير الدولة، اليوم إلى جمهورية المالديف في زيارة رسمية."
    )
    assert _actors(text) == [("الأمير سالم بن فهد بن عبدالله، وزير الدولة", "SAU", "minister")]
    assert _events(text) == [
        ("VISIT", "reported", "SAU", "minister", None, None, "MDV", "2015-07-25")
    ]


def test_office_without_comma_is_the_prince_own():
    text = (
        "وصل الأمير سالم بن فهد بن عبدالله وزير الدولة اليوم إلى جمهورية المالديف في زيارة رسمية."
    )
    assert _events(text) == [
        ("VISIT", "reported", "SAU", "minister", None, None, "MDV", "2015-07-25")
    ]


def test_apposed_office_subject_meets_foreign_minister():
    text = (
        "التقى الأمير سالم بن فهد بن عبدالله، وزير الدولة، اليوم وزير الخارجية الفرنسي في الرياض."
    )
    events = _events(text)
    assert [e[:6] for e in events] == [
        ("MEET", "reported", "SAU", "minister", "FRA", "foreign_minister")
    ]


def test_foreign_office_after_the_name_is_another_man():
    # an office of a state the text names is the counterpart, not the prince's own
    text = "التقى الأمير سالم بن فهد بن عبدالله وزير الخارجية الفرنسي في الرياض."
    assert [a[1:] for a in _actors(text)] == [("SAU", "official"), ("FRA", "foreign_minister")]
    assert [e[:6] for e in _events(text)] == [
        ("MEET", "reported", "SAU", "official", "FRA", "foreign_minister")
    ]


def test_second_prince_after_conjunction_is_not_an_office():
    text = "وحضر الأمير سالم بن فهد بن عبدالله، والأمير ماجد بن سعد المباراة."
    assert all(not a[0].startswith("الأمير سالم") for a in _actors(text))
