"""A contact the text says did not or will not take place is no event: a negation before a verb
of holding it («لم يجر أي اتصال», «لم تجر أي محادثات») negates the contact noun after it, as
«لم يلتق» and «لن يلتقي» do a contact verb. Near misses stay contacts: «لم يكتف بلقاء» (not
content with a meeting: the meeting took place), «لا سيما بعد لقائه» (especially after it).
Sentences are invented paraphrases."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2024, 3, 10)


def _events(text: str) -> list[dict]:
    return extract_events(text, published=PUBLISHED)


def _pair(event: dict) -> set:
    return {
        (event["actor1_country"], event["actor1_role"]),
        (event["actor2_country"], event["actor2_role"]),
    }


def test_no_call_held():
    text = "قال المتحدث إنه لم يجر أي اتصال بين الرئيس الأمريكي والرئيس الإيراني."
    assert _events(text) == []


def test_no_talks_held():
    text = "وأوضح المصدر أنه لم تجر أي محادثات بين وزير الخارجية الإيراني ونظيره الأمريكي في جنيف."
    assert _events(text) == []


def test_negated_meeting_verbs():
    assert _events("لم يلتق وزير الخارجية المصري نظيره الإثيوبي في القاهرة أمس.") == []
    assert _events("لن يلتقي الرئيس الفرنسي الرئيس الروسي الأسبوع المقبل.") == []


def test_talks_held_without_negation_still_planned():
    text = "وتجري وزيرة الخارجية الألمانية محادثات مع نظيرها الفرنسي في باريس اليوم."
    events = _events(text)
    assert len(events) == 1
    assert events[0]["status"] == "planned"
    assert _pair(events[0]) == {("DEU", "foreign_minister"), ("FRA", "foreign_minister")}


def test_call_made_is_reported():
    events = _events("أجرى الرئيس الأمريكي اتصالا هاتفيا بالرئيس الإيراني أمس.")
    assert [(e["event_type"], e["status"]) for e in events] == [("CALL", "reported")]
    assert _pair(events[0]) == {("USA", "head_of_state"), ("IRN", "head_of_state")}
    assert events[0]["event_date"] == date(2024, 3, 9)


def test_not_content_with_a_meeting_is_a_meeting():
    text = "لم يكتف وزير الخارجية الأمريكي بلقاء نظيره المصري في القاهرة أمس بل زار الأردن."
    meets = [e for e in _events(text) if e["event_type"] == "MEET"]
    assert len(meets) == 1
    assert meets[0]["status"] == "reported"
    assert _pair(meets[0]) == {("USA", "foreign_minister"), ("EGY", "foreign_minister")}


def test_especially_after_meeting_is_a_meeting():
    text = (
        "أشاد وزير الخارجية الأمريكي بالعلاقات مع مصر، لا سيما بعد لقائه نظيره المصري "
        "في القاهرة أمس."
    )
    meets = [e for e in _events(text) if e["event_type"] == "MEET"]
    assert len(meets) == 1
    assert meets[0]["status"] == "reported"
    assert _pair(meets[0]) == {("USA", "foreign_minister"), ("EGY", "foreign_minister")}
    assert meets[0]["event_date"] == date(2024, 3, 9)
