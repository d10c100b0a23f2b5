"""An actor of one contact noun's «بين/جمع» list is not the subject of a later contact noun
of the same sentence (pipeline/events/frames.py `_listed_earlier`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract as ex


def _pairs(text: str, frame: str | None = None) -> set:
    return {(c.etype, c.actor1.country or c.actor1.org, c.actor2.country or c.actor2.org)
            for c, _ in ex.candidates(text, "2015-08-04", None)
            if c.frame and (frame is None or c.frame == frame)}


def test_the_last_of_a_between_list_is_not_the_next_nouns_subject():
    text = ("وجاءت المحادثات بين الرئيس المصري والعاهل الأردني بعد اجتماع مع رئيس "
            "الوزراء الإيطالي.")
    pairs = _pairs(text)
    assert ("MEET", "EGY", "JOR") in pairs
    assert not any("ITA" in p for p in pairs)


def test_a_between_list_does_not_give_a_later_call_its_caller():
    text = ("وسبقت المحادثات بين الرئيس المصري والعاهل الأردني في القاهرة أمس مكالمة "
            "هاتفية مع الرئيس الفرنسي.")
    assert not any("FRA" in p for p in _pairs(text))


def test_near_miss_a_subject_of_its_own_before_the_later_noun_keeps_it():
    text = ("وتأتي المحادثات بين الرئيس المصري والعاهل الأردني بينما كان رئيس الوزراء "
            "الإيطالي في اجتماع مع الرئيس الفرنسي.")
    pairs = _pairs(text)
    assert ("MEET", "EGY", "JOR") in pairs
    assert ("MEET", "ITA", "FRA") in _pairs(text, "before")


def test_near_miss_the_lists_own_pair_may_stand_for_the_later_noun():
    text = ("وأعلن المتحدث أنه سيتم عقد لقاء بين وزير الخارجية الروسي ونظيره الأمريكي "
            "في الدوحة لاستكمال المباحثات بشأن الأزمة.")
    assert ("MEET", "RUS", "USA") in _pairs(text, "before")
