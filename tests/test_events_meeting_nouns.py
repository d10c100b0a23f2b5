"""Meeting nouns with an adjective («الاجتماع التشاوري», «الاجتماع الثلاثي»): a meeting of the
parties after them («مع نظيرهم», «بين X وY»).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _pairs(text: str, etype: str) -> list[tuple]:
    return [
        (
            e["status"],
            {e["actor1_country"] or e["actor1_org"], e["actor2_country"] or e["actor2_org"]},
        )
        for e in extract_events(text, "2015-08-03")
        if e["event_type"] == etype
    ]


def test_consultative_meeting_with_counterpart():
    text = (
        "بدأت اليوم في الكويت أعمال الاجتماع التشاوري لوزراء خارجية دول مجلس التعاون الخليجي "
        "مع نظيرهم الأمريكي جون كيري."
    )
    assert ("reported", {"GCC", "USA"}) in _pairs(text, "MEET")


def test_tripartite_meeting_between_ministers():
    text = (
        "رحب المسؤول بالاجتماع الثلاثي الذي تم بين وزير الخارجية المصري سامح شكري "
        "ونظيره الروسي سيرغي لافروف."
    )
    assert ("reported", {"EGY", "RUS"}) in _pairs(text, "MEET")
