"""Precision: a phone interview with a paper types no talks as a call. Sentences are invented
paraphrases."""

from __future__ import annotations

from pipeline.events import extract_events


def _events(text: str, published: str = "2015-08-07", home: str | None = None) -> list[dict]:
    return extract_events(text, published=published, home=home)


def _types(text: str) -> list[tuple]:
    return [
        (e["event_type"], e["status"], e["actor1_country"], e["actor2_country"])
        for e in _events(text)
    ]


def test_phone_interview_with_a_quoted_paper_leaves_talks_a_meeting():
    text = (
        "وأوضح المتحدث في اتصال هاتفي مع «عكاظ» أن الرئيس هادي بحث مع الرئيس عبدالفتاح "
        "السيسي آلية تدريب الجيش أمس."
    )
    assert _types(text) == [("MEET", "reported", "YEM", "EGY")]


def test_phone_statement_to_the_radio_leaves_talks_a_meeting():
    text = (
        "وقال مصدر في تصريح هاتفي للجوهرة أف أم إن الرئيس هادي بحث مع الرئيس عبدالفتاح "
        "السيسي آلية تدريب الجيش."
    )
    assert _types(text) == [("MEET", "reported", "YEM", "EGY")]


def test_phone_statements_plural_leave_talks_a_meeting():
    text = (
        "وقال مسؤول في تصريحات هاتفية إن وزير الخارجية الأردني ناقش مع نظيره المصري سامح "
        "شكري الأوضاع في ليبيا."
    )
    assert _types(text) == [("MEET", "reported", "JOR", "EGY")]


def test_talks_held_by_phone_stay_a_call():
    # near miss: the phone noun is the talks' own medium, not an interview
    text = "بحث الرئيس هادي مع الرئيس عبدالفتاح السيسي في اتصال هاتفي آلية تدريب الجيش."
    assert _types(text) == [("CALL", "reported", "YEM", "EGY")]


def test_phone_call_told_in_the_next_sentence_still_types_the_talks():
    # near miss: the call is named right after the talks, with no paper
    text = (
        "وبحث وزير الخارجية الأردني مع نظيره المصري سامح شكري الأوضاع في ليبيا. "
        "وجرى ذلك خلال اتصال هاتفي مساء أمس."
    )
    assert ("CALL", "reported", "JOR", "EGY") in _types(text)


def _pairs(text: str) -> list[tuple]:
    return [
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in _events(text)
    ]


def test_a_blocs_ministers_meeting_its_leaders_is_no_contact():
    text = "وكان وزراء خارجية مجلس التعاون قد عقدوا اجتماعا مع قادة مجلس التعاون في الرياض أمس."
    assert _pairs(text) == []


def test_a_blocs_officer_with_its_member_ministers_is_no_contact():
    text = (
        "وستجري فيديريكا موغيريني، منسقة السياسة الخارجية في الاتحاد الأوروبي، محادثات مع "
        "وزراء خارجية دول الاتحاد الأوروبي غدا في بروكسل."
    )
    assert _pairs(text) == []


def test_a_blocs_ministers_with_a_foreign_minister_stay_a_contact():
    # near miss: the other side is a state outside the bloc
    text = "اجتمع وزراء خارجية دول مجلس التعاون مع وزير الخارجية الأمريكي جون كيري في الدوحة أمس."
    assert _pairs(text) == [("MEET", "GCC", "foreign_minister", "USA", "foreign_minister")]


def test_two_officers_of_one_organisation_stay_a_contact():
    # near miss: an envoy meeting the Secretary-General holds no state's office
    text = (
        "التقى المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد الأمين العام للأمم المتحدة "
        "بان كي مون أمس."
    )
    assert _pairs(text) == [("MEET", "UN", "envoy", "UN", "organization_head")]
