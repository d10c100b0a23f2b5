"""Recall from paired reports of one contact by two outlets (twentieth round): a call noun
whose describing clause ends in a comma before «جرى بين A وB»; a state after «لدى» that no
actor is posted to still takes a visit's destination.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _events(text: str, published="2015-07-24", home="SAU") -> list[tuple]:
    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"] or e["actor1_org"],
            e["actor2_country"] or e["actor2_org"],
            e["location_country"],
        )
        for e in extract_events(text, published, home=home)
    ]


def test_call_noun_with_a_clause_then_comma_and_held_between():
    text = (
        "وجاء ذلك بعد اتصال وصفته مصادر رسمية بأنه مهم جدا، جرى بين الرئيس الأمريكي "
        "باراك أوباما والرئيس التركي رجب طيب أردوغان."
    )
    evs = _events(text)
    assert [(t, s) for t, s, *_ in evs] == [("CALL", "reported")]
    assert {evs[0][2], evs[0][3]} == {"USA", "TUR"}


def test_meeting_noun_with_a_clause_then_comma_and_held_between():
    text = (
        "وتحدث المسؤول عن لقاء وصفه المراقبون بأنه صريح، عقد بين وزير الخارجية الروسي "
        "سيرغي لافروف ونظيره الأمريكي جون كيري."
    )
    evs = _events(text)
    assert [t for t, *_ in evs] == ["MEET"]
    assert {evs[0][2], evs[0][3]} == {"RUS", "USA"}


def test_a_new_clause_after_the_comma_names_no_parties():
    # near miss: «وجرى» opens a new clause (its subject a dispute), no contact between them
    text = (
        "وتناول اللقاء الاتفاق، وجرى بين الرئيس الأمريكي باراك أوباما والرئيس التركي رجب "
        "طيب أردوغان خلاف."
    )
    assert not any(t == "CALL" for t, *_ in _events(text))
    # near miss: a relative clause of another noun («الخلاف الذي جرى بين»)
    text = (
        "وكشف الاجتماع عن الخلاف، الذي جرى بين الرئيس الأمريكي باراك أوباما والرئيس "
        "التركي رجب طيب أردوغان."
    )
    assert _events(text) == []


def test_a_state_after_lada_with_no_posted_actor_keeps_the_destination():
    text = (
        "وقال الوزير إنه لا نية لدى روسيا لمناقشة خفض الإنتاج أثناء زيارة الأمين العام "
        "لمنظمة أوبك عبد الله البدري لموسكو غدا."
    )
    assert ("VISIT", "planned", "OPEC", None, "RUS") in _events(text, "2015-07-29")


def test_an_ambassador_posted_to_the_state_visits_none_of_its_cities():
    # near miss: the ambassador «لدى المملكة» travelling inside the state he serves
    text = "وقام السفير الأسترالي لدى المملكة بزيارة إلى جدة أمس."
    assert not any(t == "VISIT" for t, *_ in _events(text))
