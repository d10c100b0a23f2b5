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


# The bare definite «الاجتماع» is a meeting only with a clause of gathering after it, which
# names the meeting's own parties; elsewhere it is a meeting already told or a body's session.


def test_the_meeting_that_brought_him_together_with_a_president():
    text = (
        "أكد رئيس الحكومة التونسي يوسف الشاهد خلال الاجتماع الذي جمعه بالرئيس الفرنسي "
        "فرانسوا هولاند أمس على أهمية التعاون الاقتصادي."
    )
    assert ("reported", {"TUN", "FRA"}) in _pairs(text, "MEET")


def test_the_meeting_that_brought_the_two_together():
    text = (
        "شدد وزير الخارجية المصري سامح شكري ونظيره الروسي سيرغي لافروف خلال الاجتماع الذي "
        "جمعهما في موسكو على ضرورة الحل السياسي."
    )
    assert ("reported", {"EGY", "RUS"}) in _pairs(text, "MEET")


def test_the_meeting_without_a_clause_is_no_new_meeting():
    # two ministers named before the bare noun, so that it would pair them were it read
    text = (
        "وأكد وزير الخارجية المصري سامح شكري ونظيره الأردني ناصر جودة خلال الاجتماع على "
        "أهمية التعاون العربي."
    )
    assert _pairs(text, "MEET") == []


def test_a_session_of_a_body_is_no_meeting():
    text = (
        "وأكد وزير الخارجية المصري سامح شكري ونظيره الأردني ناصر جودة خلال الاجتماع الوزاري "
        "لجامعة الدول العربية في القاهرة على أهمية التعاون."
    )
    assert _pairs(text, "MEET") == []


def test_the_meeting_that_brought_them_together_after_the_reception_is_one_meeting():
    text = (
        "وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة أمس حيث كان في استقباله وزير "
        "الخارجية المصري سامح شكري. وأكد الوزيران خلال الاجتماع الذي جمعهما ضرورة الحل "
        "السياسي في سوريا."
    )
    assert _pairs(text, "MEET") == [("reported", {"EGY", "RUS"})]
