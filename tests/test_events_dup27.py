"""Two kept candidates alike in everything a user sees of an event are one contact told twice."""

from datetime import date

from pipeline.events.extract import _told_as
from pipeline.events.frames import Candidate
from pipeline.events.mentions import Actor


def _visit(name="Barack Obama", day=date(2015, 7, 24), status="planned", place=("Kenya", "KEN")):
    obama = Actor(0, 2, name=name, country="USA", role="head_of_state")
    return Candidate("VISIT", status, obama, None, None, "يصل", day, "day", place)


def test_a_visit_told_twice_is_one_contact():
    assert _told_as(_visit()) == _told_as(_visit())


def test_another_day_place_status_or_person_is_another_contact():
    one = _told_as(_visit())
    assert one != _told_as(_visit(day=date(2015, 7, 26)))
    assert one != _told_as(_visit(place=("Ethiopia", "ETH")))
    assert one != _told_as(_visit(status="reported"))
    assert one != _told_as(_visit(name="John Kerry"))


def test_the_trigger_and_sentence_are_not_what_a_user_sees():
    other = _visit()
    other.trigger = "زيارة"
    assert _told_as(_visit()) == _told_as(other)
