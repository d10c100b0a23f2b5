"""A bare definite noun of a kind of body names back the organisation of that kind named before.

«المنظمة», «الحركة», «المفوضية», «الهيئة», «الاتحاد» ... (roles.yaml `body_anaphors`) name the
one organisation whose name starts with that noun (orgs.yaml: «منظمة الصحة العالمية», «حركة
حماس») that the article named before. With two organisations of that kind named before, or
none, or a definite word after the noun («الحركة الانفصالية»: another body), it names nobody.
"""

from __future__ import annotations

from tests.support.events import event_rows

PUB = "2016-01-10"


def test_the_organisation_named_before():
    text = ("أعلنت منظمة الصحة العالمية أمس أنها تتابع الوضع الصحي في سوريا. "
            "وقالت إن وفدا من المنظمة وصل إلى دمشق أمس والتقى وزير الخارجية السوري وليد المعلم.")
    assert ("MEET", "WHO", "delegation", "SYR", "foreign_minister") in event_rows(text, PUB, None)


def test_the_movement_named_before():
    text = ("تواصل حركة طالبان هجماتها في جنوب أفغانستان. "
            "وأجرت الحركة أمس محادثات مع الحكومة الأفغانية في إسلام آباد.")
    rows = event_rows(text, PUB, None)
    assert any(r[0] == "NEGOTIATE" and {r[1], r[3]} == {"TALIBAN", "AFG"} for r in rows)


def test_two_organisations_of_the_kind_name_neither():
    # near miss: two organisations named before, so «المنظمة» is neither
    text = ("أعلنت منظمة الصحة العالمية ومنظمة التجارة العالمية أمس أنهما تتابعان الوضع في "
            "سوريا. وقالت إن وفدا من المنظمة وصل إلى دمشق أمس والتقى وزير الخارجية السوري "
            "وليد المعلم.")
    rows = event_rows(text, PUB, None)
    assert not any({"WHO", "WTO"} & {r[1], r[3]} for r in rows)


def test_no_organisation_named_before_names_nobody():
    # near miss: «المنظمة» with no organisation named in the text
    text = ("قال مصدر مطلع إن وفدا من المنظمة وصل إلى دمشق أمس والتقى وزير الخارجية السوري "
            "وليد المعلم.")
    rows = event_rows(text, PUB, None)
    assert not any(r[1] not in (None, "SYR") or r[3] not in (None, "SYR") for r in rows)


def test_a_definite_word_after_makes_another_body():
    # near miss: «الحركة الانفصالية» is another movement, not the Taliban named before
    text = ("تواصل حركة طالبان هجماتها في جنوب أفغانستان. "
            "وأجرت الحركة الانفصالية أمس محادثات مع الحكومة الأفغانية في إسلام آباد.")
    rows = event_rows(text, PUB, None)
    assert not any("TALIBAN" in (r[1], r[3]) for r in rows)
