"""A press conference held right after talks with someone (pipeline/events/frames.py
_after_talks_word): «في مؤتمر صحفي بعد محادثات مع X» is a press conference with X, as «عقب
محادثات مع X» already was; «بعد» elsewhere still ends a list of counterparts.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from tests.support.events import event_rows


def _rows(text: str) -> set:
    """(event type, the two sides sorted) of every two-sided event."""
    return {(t, *sorted((a1, a2))) for t, a1, _r1, a2, _r2 in
            event_rows(text, "2017-03-06", "TUN") if a2}


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية المغربي في مؤتمر صحفي بعد محادثات مع نظيره الإسباني إن التعاون متين.",
    "وقال وزير الخارجية المغربي في مؤتمر صحفي عقده بعد جلسة مباحثات مع نظيره الإسباني إن "
    "التعاون متين.",
])
def test_a_press_conference_after_talks_with_someone_is_with_him(text):
    assert _rows(text) == {("MEET", "ESP", "MAR"), ("PRESS_CONFERENCE", "ESP", "MAR")}


def test_a_press_conference_after_an_arrival_names_no_counterpart():
    text = ("وقال وزير الخارجية المغربي في مؤتمر صحفي بعد وصوله إلى مدريد حيث التقى نظيره "
            "الإسباني إن التعاون متين.")
    assert not any(t == "PRESS_CONFERENCE" for t, *_ in _rows(text))


def test_a_press_conference_days_after_talks_is_not_with_their_counterpart():
    # «بعد» followed by no contact word («بعد يومين من محادثاته»): the conference is his own
    text = ("وقال وزير الخارجية المغربي في مؤتمر صحفي بعد يومين من محادثاته مع نظيره الإسباني "
            "إن التعاون متين.")
    assert _rows(text) == {("MEET", "ESP", "MAR")}


# ----------------------------------------------------------------------------- the talks it closed
# A contact noun right after the conference's counterpart, past «عقب/بعد/إثر» or «في ختام»
# (frames.conference_talks), names the talks the conference closed: the same two sides' contact.

@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية المغربي في مؤتمر صحفي مشترك مع نظيره الإسباني عقب المباحثات إن "
    "التعاون متين.",
    "وقال وزير الخارجية المغربي في مؤتمر صحفي مشترك عقده مع نظيره الإسباني، عقب اختتام أعمال "
    "الحوار الاستراتيجي المغربي الإسباني الذي عقد في الرباط اليوم، إن التعاون متين.",
    "وقال وزير الخارجية المغربي في مؤتمر صحفي مشترك مع نظيره الإسباني في ختام جلسات الحوار "
    "الاستراتيجي بين البلدين إن التعاون متين.",
])
def test_the_talks_a_joint_press_conference_closed_are_its_two_sides(text):
    assert _rows(text) == {("MEET", "ESP", "MAR"), ("PRESS_CONFERENCE", "ESP", "MAR")}


def test_talks_naming_a_party_of_their_own_are_not_the_conferences_sides():
    # his talks with the prime minister, not with the counterpart of the conference
    text = ("وقال وزير الخارجية المغربي في مؤتمر صحفي مشترك مع نظيره الإسباني عقب محادثاته مع "
            "رئيس الوزراء الإسباني إن التعاون متين.")
    assert not any(r[0] == "MEET" and r[2] == "foreign_minister" and r[4] == "foreign_minister"
                   for r in event_rows(text, "2017-03-06", "TUN"))


@pytest.mark.parametrize("gathering", [
    "اجتماع مجلس الوزراء الأردني",
    "اجتماع مجلس الأمن الدولي",
    "اجتماع وزراء الخارجية العرب",
])
def test_someone_elses_gathering_after_the_conference_is_not_the_sides_talks(gathering):
    # an indefinite noun in construct with the noun after it: another body's meeting
    text = (f"وقال وزير الخارجية الأمريكي جون كيري في مؤتمر صحفي مشترك مع نظيره الأردني ناصر "
            f"جودة عقب {gathering} إن الوضع صعب.")
    assert ("MEET", "JOR", "USA") not in _rows(text)
    assert ("PRESS_CONFERENCE", "JOR", "USA") in _rows(text)


@pytest.mark.parametrize("talks", ["المباحثات", "محادثاتهما", "مباحثاتهما الثنائية"])
def test_the_sides_own_talks_after_the_conference_stay_theirs(talks):
    # near-miss: a definite noun or one with a pronoun names the two sides' own talks
    text = (f"وقال وزير الخارجية الأمريكي جون كيري في مؤتمر صحفي مشترك مع نظيره الأردني ناصر "
            f"جودة عقب {talks} إن الوضع صعب.")
    assert _rows(text) == {("MEET", "JOR", "USA"), ("PRESS_CONFERENCE", "JOR", "USA")}
