"""A meeting told by a noun and the relative clause of holding it.

The bare definite «الاجتماع» is a contact only with a clause that names its parties: besides
«الذي جمعه ب...» (brought together), a clause of holding it with its doer and «مع» («الاجتماع
الذي عقده الرئيس أمس مع نظيره») or of its taking place with «بين» («الاجتماع الذي عقد بين A
وB»): pipeline/events/triggers.py `_held_with`. A possessed contact noun keeps its «مع»
counterpart over its own relative clause with no subject («بمحادثاته التي أجراها مع نظيره»):
pipeline/events/frames.py `_own_clause_len`. A pair gathered by «جمع بين» may be joined
through an honorific that carries the «و» («بين الرئيس A وسمو ولي العهد B»): frames.py
`between_participants`.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import role_pairs

PUB = "2017-03-02"


def _pairs(text: str) -> set:
    return role_pairs(text, PUB, "TUN")


def test_meeting_held_by_its_doer_with_a_counterpart():
    pairs = _pairs("أشاد الوزير بالاجتماع الذي عقده وزير الخارجية المصري سامح شكري أمس مع "
                   "نظيره السعودي عادل الجبير.")
    assert ("MEET", ("EGY:foreign_minister", "SAU:foreign_minister")) in pairs


def test_meeting_that_took_place_between_two_parties():
    pairs = _pairs("وأكد الوزير أن الاجتماع الذي عقد بين الرئيس المصري عبد الفتاح السيسي "
                   "والعاهل الأردني الملك عبد الله الثاني وضع أسسا للتعاون.")
    assert any(t == "MEET" and {x.split(":")[0] for x in p} == {"EGY", "JOR"}
               for t, p in pairs)


def test_bare_meeting_with_a_clause_naming_no_other_side_is_no_contact():
    # a body's session: the clause names its doer but no «مع» or «بين»
    pairs = _pairs("وأوضح وزير الخارجية المصري أن الاجتماع الذي عقده المجلس أمس تناول "
                   "الوضع في ليبيا.")
    assert not any(t == "MEET" for t, _ in pairs)


def test_possessed_talks_keep_their_counterpart_over_their_own_clause():
    pairs = _pairs("وأشاد وزير الخارجية خميس الجهيناوي بمحادثاته التي أجراها مع نظيره الليبي "
                   "الطاهر سيالة.")
    assert ("MEET", ("LBY:foreign_minister", "TUN:foreign_minister")) in pairs


def test_gathered_pair_joined_through_an_honorific_after_a_speaker():
    # «جمع بين A وسمو B»: the honorific carries the و; the speaker before the noun is no party
    pairs = _pairs("ونوه وزير الخارجية السعودي بالاجتماع الذي جمع بين الرئيس المصري وسمو ولي "
                   "العهد الأردني، مؤكدا أهميته.")
    assert any(t == "MEET" and {x.split(":")[0] for x in p} == {"EGY", "JOR"}
               for t, p in pairs)
    assert not any("SAU:foreign_minister" in p for _, p in pairs)


def test_a_with_of_the_clauses_own_phrase_is_not_the_meetings():
    # «مع» after a purpose («لبحث الشراكة مع»): the partnership's, not the meeting's other side
    for text in ("وأكد وزير الخارجية الجزائري أن الاجتماع الذي عقده الرئيس التونسي لبحث الشراكة "
                 "مع الاتحاد الأوروبي كان مثمرا.",
                 "وأشاد وزير الخارجية الجزائري بالاجتماع الذي عقده الرئيس التونسي أمس حول "
                 "العلاقات مع مصر."):
        assert not any(t == "MEET" for t, _ in _pairs(text))


def test_a_meeting_held_in_a_place_with_a_counterpart():
    # near-miss of the above: a place (with «في» or a clitic) and a day stand between
    for text in ("أشاد الوزير بالاجتماع الذي عقده وزير الخارجية المصري سامح شكري في القاهرة "
                 "مع نظيره السعودي عادل الجبير.",
                 "أشاد الوزير بالاجتماع الذي عقده وزير الخارجية المصري سامح شكري أمس بالقاهرة "
                 "مع نظيره السعودي عادل الجبير."):
        assert ("MEET", ("EGY:foreign_minister", "SAU:foreign_minister")) in _pairs(text)
    pairs = _pairs("وأكد الوزير أن الاجتماع الذي عقد مؤخرا بين الرئيس المصري ونظيره الأردني "
                   "كان مثمرا.")
    assert any(t == "MEET" and {x.split(":")[0] for x in p} == {"EGY", "JOR"}
               for t, p in pairs)
