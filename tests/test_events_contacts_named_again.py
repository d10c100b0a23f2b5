"""A contact noun with a dual pronoun («لقائهما», «مباحثاتهما») is the contact of the two
parties its sentence names with it (pipeline/events/frames.py `_dual_owners`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _pairs(text: str, etype: str = "MEET") -> set[tuple]:
    return {
        frozenset(
            {
                (e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                (e["actor2_country"] or e["actor2_org"], e["actor2_role"]),
            }
        )
        for e in extract_events(text, published="2016-03-10")
        if e["event_type"] == etype and e["actor2_role"]
    }


def test_fronted_dual_meeting_pairs_the_speakers_after_it():
    text = "وخلال لقائهما أمس في عمان، أكد وزير الخارجية المصري ونظيره الأردني أهمية التنسيق."
    evs = [e for e in extract_events(text, published="2016-03-10") if e["event_type"] == "MEET"]
    assert len(evs) == 1
    assert {evs[0]["actor1_country"], evs[0]["actor2_country"]} == {"EGY", "JOR"}
    assert evs[0]["actor2_role"] == "foreign_minister"
    assert evs[0]["status"] == "reported"
    assert evs[0]["event_date"] == date(2016, 3, 9)


def test_dual_talks_noun_after_coordinated_subjects():
    text = "وشدد الرئيس المصري والعاهل الأردني خلال مباحثاتهما أمس على أهمية التنسيق."
    assert _pairs(text) == {frozenset({("EGY", "head_of_state"), ("JOR", "head_of_state")})}


def test_dual_meeting_after_a_statement_to_the_other_party():
    text = (
        "وأكد وزير الخارجية الصيني لنظيره الأمريكي أن بلاده أوقفت أنشطتها في البحر، "
        "بعد لقائهما أمس على هامش الاجتماع."
    )
    assert _pairs(text) == {frozenset({("CHN", "foreign_minister"), ("USA", "foreign_minister")})}


def test_dual_meeting_to_come_is_planned():
    text = "وأكد وزير الخارجية الفرنسي لنظيره الألماني أن الملف سيطرح خلال لقائهما غدا في باريس."
    evs = [e for e in extract_events(text, published="2016-03-10") if e["event_type"] == "MEET"]
    assert [e["status"] for e in evs] == ["planned"]


def test_dual_noun_after_a_third_side_pairs_no_one():
    # a third state named before the pronoun: which two held the talks is not told
    text = (
        "أكد الرئيس المصري لنظيره الأردني، بحضور الرئيس التركي، أن البلدين متفقان على "
        "كل الملفات التي طرحت خلال مباحثاتهما."
    )
    assert _pairs(text) == set()


def test_dual_noun_opening_a_sentence_with_one_party_after_it_pairs_no_one():
    text = "وخلال لقائهما أمس، أكد وزير الخارجية المصري أهمية التنسيق مع الجميع."
    assert _pairs(text) == set()


def test_repeated_meetings_of_two_are_no_contact():
    # «لقاءاتهما المتكررة»: their meetings over time, not one contact
    text = (
        "وأكد المتحدث أن اللقاء يعكس التوجيهات الصادرة عن الرئيسين المصري والأوغندي "
        "خلال لقاءاتهما المتكررة في الفترة الأخيرة."
    )
    assert _pairs(text) == set()
