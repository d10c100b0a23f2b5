"""Whom an honorific pronoun («معاليه», «سموه», «فخامته») stands for: the last person named
before it whose office takes it, but never one named as his companion («وقد رافق معاليه X»,
«يرافقه X»: grammar.yaml accompany_verbs) nor one its own clause names after it («وكان في
استقبال معاليه لدى وصوله ... X»: X received him). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tests.support.events import actors_by_sentence

JUBEIR = ("Adel al-Jubeir", "SAU", "foreign_minister")


def _actors(text: str, published=date(2015, 7, 26), home: str | None = "SAU") -> list[list]:
    """Per sentence: (name, country or org, role) of each actor."""
    return actors_by_sentence(text, published, home)


def test_a_companion_named_after_accompanied_is_not_the_pronoun_later():
    text = ("وصل وزير الخارجية عادل الجبير إلى الدوحة في زيارة رسمية. "
            "وقد رافق معاليه رئيس الإدارة الإعلامية السفير أسامة نقلي. "
            "وأكد معاليه أن الزيارة تأتي في إطار التشاور المستمر.")
    last = _actors(text)[2]
    assert JUBEIR in last
    assert all(a[0] != "Osama Nugali" for a in last)


def test_a_companion_after_a_suffixed_accompany_verb_is_not_the_pronoun_later():
    text = ("وصل وزير الخارجية عادل الجبير إلى الدوحة، يرافقه السفير أسامة نقلي. "
            "وأكد معاليه أن الزيارة تأتي في إطار التشاور المستمر.")
    assert JUBEIR in _actors(text)[1]


def test_the_one_who_received_him_in_his_clause_is_not_the_pronoun():
    text = ("وصل وزير الخارجية عادل الجبير إلى الدوحة في زيارة رسمية. "
            "وأقام وزير الخارجية القطري خالد العطية مأدبة عشاء تكريما للضيف. "
            "وكان في استقبال معاليه لدى وصوله إلى المطار وزير الخارجية القطري خالد العطية.")
    last = _actors(text)[2]
    assert JUBEIR in last
    assert [a for a in last if a[0] == "Khalid al-Attiyah"] == [
        ("Khalid al-Attiyah", "QAT", "foreign_minister")]  # only the receiver, once


def test_a_person_named_after_a_comma_may_still_be_the_pronoun():
    # near miss: after «، حيث» the sentence may name the pronoun's referent again
    text = ("وصل ولي ولي العهد الأمير محمد بن سلمان إلى القاهرة، واستقبله الرئيس المصري "
            "عبدالفتاح السيسي. "
            "وعقد فخامته اجتماعا مع سموه، حيث نقل سموه تحيات خادم الحرمين الشريفين إلى "
            "فخامة الرئيس عبدالفتاح السيسي.")
    last = _actors(text)[1]
    assert sum(a[0] == "Abdel Fattah al-Sisi" for a in last) == 2


def test_a_person_right_after_the_pronoun_may_be_its_name():
    # near miss: the word right after the pronoun is not skipped (a name in apposition)
    text = ("وصل وزير الخارجية عادل الجبير إلى الدوحة في زيارة رسمية. "
            "وأكد معاليه عادل الجبير أن الزيارة ناجحة.")
    assert JUBEIR in _actors(text)[1]


def test_the_pronoun_stands_for_an_office_of_the_outlets_state_named_by_its_title():
    # «وزير الخارجية» in a Saudi paper is the Saudi minister, named by his title alone: the
    # «معاليه» after it is he, as it is after a foreign minister's title with its nationality
    text = ("وصل وزير الخارجية إلى الدوحة أمس في زيارة رسمية. "
            "والتقى معاليه أمير دولة قطر.")
    assert (None, "SAU", "foreign_minister") in _actors(text)[1]


def test_the_outlets_office_is_not_the_pronoun_after_a_person_named_later():
    # near miss: a minister named by name after the bare title is the one it stands for
    text = ("وصل وزير الخارجية إلى الدوحة أمس، ثم وصل وزير الخارجية عادل الجبير إلى الكويت. "
            "والتقى معاليه أمير دولة الكويت.")
    last = _actors(text)[1]
    assert JUBEIR in last
    assert (None, "SAU", "foreign_minister") not in last
