"""A contact noun whose clause resumes its parties by a dual pronoun («خلال لقاء جمعهما»,
«في الاجتماع الذي جمعهما»): the two are the two people the sentence names before the noun
(the verb's subject and object), not an actor named after it that no «ب» or «مع» joins to the
clause (a quoted demand's addressee, a topic). pipeline/events/frames.py `between_participants`.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import role_pairs

PUB = "2016-11-01"


def _pairs(text: str) -> set:
    return role_pairs(text, PUB, "TUN")


def test_dual_pronoun_pairs_subject_and_object_before_a_quote_naming_a_third():
    pairs = _pairs(
        "كما دعا وزير الخارجية الفلسطيني رياض المالكي نظيره البريطاني بوريس جونسون خلال لقاء "
        "جمعهما الليلة الماضية في لندن \" الحكومة البريطانية إلى الاعتراف بدولة فلسطين\".")
    assert ("MEET", ("GBR:foreign_minister", "PSE:foreign_minister")) in pairs
    assert not any("GBR:official" in p for _, p in pairs)


def test_dual_pronoun_after_an_adjective_before_a_topic_actor():
    pairs = _pairs(
        "وطالب وزير الخارجية التونسي خميس الجهيناوي نظيره الإيطالي باولو جنتيلوني خلال "
        "اجتماع ثنائي جمعهما أمس في روما الحكومة الليبية بتسريع الحوار.")
    assert any(t == "MEET" and "TUN:foreign_minister" in p and any(x.startswith("ITA") for x in p)
               for t, p in pairs)
    assert not any(any(x.startswith("LBY") for x in p) for _, p in pairs)


def test_dual_pronoun_keeps_a_party_joined_by_bi():
    # «لقاء جمعه بـX»: a singular pronoun and a joined object, untouched
    pairs = _pairs("وقال وزير الخارجية التونسي إثر لقاء جمعه بنظيره الجزائري رمطان لعمامرة "
                   "إن البلدين يعملان معا.")
    assert any(t == "MEET" and "TUN:foreign_minister" in p and any(x.startswith("DZA") for x in p)
               for t, p in pairs)


def test_one_actor_before_a_dual_pronoun_is_no_pair_with_an_unjoined_actor_after():
    # only one person named before the noun: whom the dual resumes, the sentence does not say
    pairs = _pairs("وأكد رئيس الحكومة يوسف الشاهد خلال لقاء جمعهما أمس أن الحكومة الليبية "
                   "مدعوة إلى الحوار.")
    assert not any(any(x.startswith("LBY") for x in p) for _, p in pairs)
