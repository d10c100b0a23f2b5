"""Talks a letter's text tells held in the first person (pipeline/events/letters.py): a cable of
thanks sent after a visit («بعث X برقية شكر لـY») whose text says «المباحثات التي عقدناها» tells
a meeting of the sender and the addressee.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import event_rows

_CABLE = ("بعث وزير الخارجية السعودي عادل الجبير برقية شكر لفخامة الرئيس التونسي الباجي قائد "
          "السبسي، وذلك بعد انتهاء زيارته لتونس. "
          "وقال في نص برقيته: "
          "يسعدني وأنا أغادر بلدكم أن أعبر لكم عن شكري على حسن الاستقبال. "
          "فخامة الرئيس: لقد أكدت المباحثات المشتركة التي عقدناها عمق العلاقات بين بلدينا. "
          "والسلام عليكم ورحمة الله وبركاته.")


def _meets(text: str) -> set:
    rows = event_rows(text, "2016-03-10", "SAU")
    return {tuple(sorted([(r[1], r[2]), (r[3], r[4])])) for r in rows if r[0] == "MEET"}


def test_talks_held_in_the_first_person_in_a_cable_are_a_meeting_of_sender_and_addressee():
    assert (("SAU", "foreign_minister"), ("TUN", "head_of_state")) in _meets(_CABLE)


def test_the_same_talks_told_in_the_third_person_of_others_make_no_meeting_of_the_cable():
    # «التي عقدوها»: the talks of others the letter speaks of, not the sender's
    text = _CABLE.replace("التي عقدناها", "التي عقدوها")
    assert (("SAU", "foreign_minister"), ("TUN", "head_of_state")) not in _meets(text)


def test_a_cable_sent_to_no_named_addressee_makes_no_meeting():
    text = _CABLE.replace("لفخامة الرئيس التونسي الباجي قائد السبسي", "إلى الشعب التونسي")
    assert not any(("TUN", "head_of_state") in pair for pair in _meets(text))


def test_talks_of_a_later_story_take_no_sender_from_a_cable_before_it():
    # the digest's next story («ومن جهة أخرى») is no part of the letter
    text = _CABLE.replace("فخامة الرئيس: لقد", "ومن جهة أخرى، قال مصدر إن")
    assert (("SAU", "foreign_minister"), ("TUN", "head_of_state")) not in _meets(text)
