"""Organisations listed in apposition after a collective noun that follows «مع» of a talks
noun: «المفاوضات مع المؤسسات، الاتحاد الأوروبي وصندوق النقد الدولي» names who the
institutions are, each a counterpart (pipeline/events/blocs.py `talks_orgs`,
`_appositive_list`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract as extract_mod


def _talks(text: str, published="2016-05-10", home: str | None = "EGY") -> set:
    """(first party, second party) codes of each rule NEGOTIATE candidate."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, home):
        if c.etype == "NEGOTIATE" and "rule=True" in feats and c.actor2 is not None:
            a, b = c.actor1, c.actor2
            out.add((a.country or a.org, b.country or b.org))
    return out


def _counterparts(text: str, **kw) -> set:
    return {b for _a, b in _talks(text, **kw)}


def test_a_list_in_apposition_to_the_institutions_names_each_party():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع المؤسسات، صندوق النقد "
            "الدولي والبنك الدولي، الشهر المقبل.")
    assert {"IMF", "WORLD_BANK"} <= _counterparts(text)


def test_three_organisations_after_the_partners():
    text = ("وأعلن رئيس الوزراء المصري أن بلاده تجري محادثات مع الشركاء، الاتحاد الأوروبي والبنك "
            "الدولي وصندوق النقد الدولي، لتمويل المشروع.")
    assert {"EU", "WORLD_BANK", "IMF"} <= _counterparts(text)


def test_a_comma_that_opens_another_clause_names_no_party():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع المؤسسات، صندوق النقد "
            "الدولي يرفض التأجيل.")
    assert "IMF" not in _counterparts(text)


def test_a_full_stop_after_the_collective_noun_names_no_party():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع المؤسسات. صندوق النقد "
            "الدولي والبنك الدولي يرحبان بذلك.")
    assert not {"IMF", "WORLD_BANK"} & _counterparts(text)


def test_a_list_that_names_no_organisations_names_no_party():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع الشركاء، وزارة التخطيط "
            "والبنك المركزي المصري.")
    assert _counterparts(text) <= {"EGY"}


def test_another_collective_noun_is_not_read_as_a_list():
    text = ("وقال وزير المالية المصري إن الحكومة ستستأنف المفاوضات مع النقابات، صندوق النقد "
            "الدولي والبنك الدولي، الشهر المقبل.")
    assert not {"IMF", "WORLD_BANK"} & _counterparts(text)
