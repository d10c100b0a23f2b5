"""A crosshead inside the body («الجبير يلتقي كيري»: a short line of its own, no full stop)
tells its contact in the present of headlines, which says neither when nor whether held: when
the sentence right after it tells the same contact between the same parties, that telling alone
stands (its status and day). Invented articles."""

from pipeline.events import extract_events

LEAD = ("وصل وزير الخارجية الأمريكي جون كيري إلى الدوحة أمس في جولة خليجية.\n"
        "وقال مسؤول إن الزيارة تهدف إلى طمأنة دول الخليج.\n"
        "الجبير يلتقي كيري\n")


def _meetings(text):
    return [(e["status"], e["event_date"]) for e in extract_events(text, "2015-08-04", home="SAU")
            if e["event_type"] == "MEET"]


def test_crosshead_before_a_planned_meeting_is_not_a_held_one():
    text = LEAD + "ومن المقرر أن يلتقي وزير الخارجية عادل الجبير غدا نظيره الأمريكي جون كيري."
    assert [m[0] for m in _meetings(text)] == ["planned"]


def test_crosshead_whose_body_tells_something_else_still_counts():
    # near miss: the sentence after the crosshead tells no meeting of the two
    text = LEAD + "وأكد المسؤول أن الاتفاق النووي يحمي المنطقة."
    assert [m[0] for m in _meetings(text)] == ["reported"]
