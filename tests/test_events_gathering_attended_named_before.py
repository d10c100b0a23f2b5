"""A gathering abroad named before the verb that attends it, the verb carrying its pronoun
(«اجتماع في القاهرة حضره X», «القمة التي انعقدت في باماكو وشارك فيها X»): X, named right
after the verb, visits the place the gathering's own clause gives (after «في» or in ب).

A place after a word of topic («قمة حول الأزمة في ليبيا») is no venue; a press conference is
no gathering attended; someone named before the verb (the gathering's host or chair) is no
attendee; a gathering at the attendee's home is no visit.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _visits(text, published="2017-03-08", home="TUN"):
    return [
        (e["status"], e["actor1_country"], e["actor1_role"], e["location_country"])
        for e in extract_events(text, published, home=home)
        if e["event_type"] == "VISIT"
    ]


def test_meeting_in_bi_then_the_attended_verb_with_its_pronoun():
    text = (
        "قرر وزراء الخارجية العرب خلال اجتماع في مقر الجامعة بالقاهرة أمس حضره الرئيس "
        "الفلسطيني محمود عباس دعم المبادرة."
    )
    assert _visits(text) == [("reported", "PSE", "head_of_state", "EGY")]


def test_summit_held_in_a_capital_then_attending_in_it():
    text = (
        "يأتي الهجوم بعد أيام من القمة الإفريقية التي انعقدت في العاصمة المالية باماكو وشارك "
        "فيها الرئيس الفرنسي فرانسوا هولاند."
    )
    assert _visits(text) == [("reported", "FRA", "head_of_state", "MLI")]


def test_a_place_after_a_word_of_topic_is_no_venue():
    text = (
        "وقال المتحدث إن قمة مصغرة حول الأزمة في ليبيا يشارك فيها الرئيس المصري عبد الفتاح "
        "السيسي لم يحدد موعدها."
    )
    assert _visits(text) == []


def test_a_press_conference_named_before_is_no_gathering_attended():
    text = (
        "وقال المتحدث في مؤتمر صحفي بباريس أمس حضره وزير الخارجية الأمريكي إن المحادثات "
        "مستمرة."
    )
    assert _visits(text) == []
    # its adjective definite or in the accusative
    for text in ("وقال المتحدث في المؤتمر الصحفي بباريس أمس حضره وزير الخارجية الأمريكي إن "
                 "المحادثات مستمرة.",
                 "وعقد المتحدث مؤتمرا صحافيا بباريس أمس حضره وزير الخارجية الأمريكي وقال إن "
                 "المحادثات مستمرة."):
        assert _visits(text) == [], text


def test_someone_named_before_the_verb_is_no_attendee():
    # the attendee after the verb is at home; the one who called the meeting is not told
    # to have attended it
    text = (
        "وكان وزير الخارجية الأمريكي قد دعا إلى اجتماع في الرياض أمس وحضره وزير الخارجية "
        "السعودي."
    )
    assert [v for v in _visits(text) if v[3] == "SAU"] == []


def test_one_named_further_on_than_the_verb_is_no_attendee():
    # the verb's own subject is a body that is no actor; the one named three words on and
    # more belongs to another clause
    text = (
        "وقال المتحدث إن اجتماعا في بروكسل يحضره ممثلو الدول الأعضاء سيناقش مقترحا قدمه رئيس "
        "الوزراء اليوناني أمس."
    )
    assert _visits(text) == []

def test_a_gathering_at_the_attendees_home_is_no_visit():
    text = "واختتم الاجتماع الذي عقد في تونس أمس وحضره وزير الخارجية التونسي خميس الجهيناوي."
    assert _visits(text) == []


def test_talks_named_before_a_verb_of_attending_to_come():
    # talks are a gathering only before such a verb (grammar.yaml round_talks)
    text = (
        "ودعا دبلوماسيون الصين إلى معالجة المخاوف خلال محادثات أمنية إقليمية في كوالالمبور "
        "سيحضرها وزير الخارجية الأمريكي جون كيري."
    )
    assert _visits(text) == [("planned", "USA", "foreign_minister", "MYS")]
