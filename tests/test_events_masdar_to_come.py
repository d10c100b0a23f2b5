"""«سيتم عقد لقاء»: after the passive auxiliary of the future or present, or a word of a
contact scheduled, the letters of the past verb «عقد» read as its verbal noun, a contact
still to come (pipeline/events/triggers.py, grammar.yaml masdar_to_come_before).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events
from pipeline.events.triggers import _future_verb


def _dated(text: str, published: str = "2015-08-01") -> set:
    """(type, status, date) of each event of a text."""
    return {(e["event_type"], e["status"],
             e["event_date"].isoformat() if e["event_date"] else None)
            for e in extract_events(text, published)}


def test_future_passive_holding_of_a_meeting_is_planned_and_dated():
    text = ("وأعلن نائب الوزير أنه سيتم عقد لقاء في الثالث من أغسطس المقبل بين وزير الخارجية "
            "الروسي سيرجي لافروف ونظيره الأمريكي جون كيري في الدوحة.")
    assert _dated(text) == {("MEET", "planned", "2015-08-03")}
    # the light verb before a meeting noun as well
    text = ("وأعلن أنه سيتم عقد اجتماع بين وزير الخارجية الروسي سيرجي لافروف ونظيره "
            "الأمريكي جون كيري.")
    assert _dated(text) == {("MEET", "planned", None)}


def test_scheduled_holding_of_a_meeting_is_planned():
    text = ("وأكد السفير أنه من المنتظر عقد اجتماع يوم 23 أغسطس بين وزير الخارجية التونسي "
            "ونظيره الإيطالي.")
    assert _dated(text) == {("MEET", "planned", "2015-08-23")}


def test_past_passive_holding_of_a_meeting_stays_reported():
    # near miss: «تم عقد» is the past: the meeting was held
    text = ("وأعلن أنه تم عقد اجتماع بين وزير الخارجية الروسي سيرجي لافروف ونظيره "
            "الأمريكي جون كيري.")
    assert _dated(text) == {("MEET", "reported", None)}
    text = "وعقد وزير الخارجية الروسي سيرجي لافروف لقاء مع نظيره الأمريكي جون كيري أمس."
    assert _dated(text) == {("MEET", "reported", "2015-07-31")}


def test_the_future_auxiliary_is_a_future_verb():
    assert _future_verb("سيتم") and _future_verb("وسيتم") and _future_verb("ستتم")
    assert not _future_verb("يتم") and not _future_verb("سيد")
