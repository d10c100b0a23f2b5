"""A contact verb in a clause of «أنه» after a participle of saying takes the sentence's speaker
as its subject (pipeline/events/frames.py _said_that_subject); a contact verb right after a
relative pronoun takes the actor the pronoun follows (_relative_subject).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from tests.support.events import role_pairs

PUBLISHED = date(2015, 8, 4)


def _pairs(text: str) -> set:
    return role_pairs(text, PUBLISHED, None)


def test_participle_of_saying_gives_the_speaker():
    text = ("وقال وزير الخارجية الفرنسي لوران فابيوس إن الحل في اليمن سياسي، مؤكدا أن الرئيس "
            "اليمني عبد ربه منصور هادي يحظى بالدعم الدولي، مشيرا إلى أنه سيلتقي نظيره الألماني "
            "فرانك فالتر شتاينماير الأسبوع المقبل.")
    pairs = _pairs(text)
    assert ("MEET", ("DEU:foreign_minister", "FRA:foreign_minister")) in pairs
    assert not any("YEM:head_of_state" in p for _, p in pairs)


def test_participle_of_saying_past_meeting():
    text = ("وقال وزير الخارجية الأمريكي جون كيري إنه يختلف مع رئيس الوزراء الإسرائيلي "
            "بنيامين نتنياهو، موضحا أنه التقى بوزير الخارجية المصري سامح شكري.")
    pairs = _pairs(text)
    assert ("MEET", ("EGY:foreign_minister", "USA:foreign_minister")) in pairs
    assert ("MEET", ("EGY:foreign_minister", "ISR:head_of_government")) not in pairs


def test_that_clause_without_a_participle_keeps_its_own_subject():
    # «أن» after a noun, not after a word of saying: the clause's subject is no speaker
    text = ("وقال وزير الخارجية الأمريكي جون كيري إن الرئيس الروسي فلاديمير بوتين يعلم "
            "أنه التقى بوزير الخارجية المصري سامح شكري.")
    pairs = _pairs(text)
    assert ("MEET", ("EGY:foreign_minister", "USA:foreign_minister")) not in pairs


def test_relative_pronoun_before_the_verb_gives_its_antecedent():
    text = ("أشاد ولي العهد السعودي بالعاهل الأردني الملك عبدالله الثاني الذي استقبل وزير "
            "الخارجية المصري سامح شكري حمله تحياته لخادم الحرمين الشريفين الملك سلمان بن "
            "عبدالعزيز.")
    pairs = _pairs(text)
    assert ("MEET", ("EGY:foreign_minister", "JOR:head_of_state")) in pairs
    assert ("MEET", ("JOR:head_of_state", "SAU:head_of_state")) not in pairs
    assert ("MEET", ("EGY:foreign_minister", "SAU:head_of_state")) not in pairs
