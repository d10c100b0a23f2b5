"""Counterparts the rule frames pair that they used to leave to the wide candidates, or to
nobody.

1. «لدى» right after a mention and before a state or organisation names where he serves
   («سفير النرويج لدى المملكة»): part of his title, it does not end the list of counterparts
   after a reception verb, so each ambassador listed after it is met («One event per
   counterpart»). A «لدى» before anything else («لدى وصوله») still ends the list."""

from __future__ import annotations

from pipeline.events import extract as extract_mod
from tests.support.events import event_rows

PUB = "2015-08-11"

LONG_HOST = (
    "استقبل المستشار بالديوان الملكي المشرف العام على مركز الإغاثة الدكتور عبدالله "
    "الربيعة بمقر المركز اليوم، "
)


def _rule_pairs(text: str) -> set:
    """(type, actor1 country, actor2 country) of the rule frames' candidates."""
    return {
        (c.etype, c.actor1.country, c.actor2.country if c.actor2 else None)
        for c, feats in extract_mod.candidates(text, PUB, "SAU")
        if "rule=True" in feats
    }


def test_ambassadors_listed_after_a_post_are_each_met():
    text = (
        LONG_HOST + "سفير مملكة النرويج لدى المملكة رالف هانسن، وسفير فنلندا بيكا "
        "فاوتيلاينن، وسفير مملكة الدنمارك أولي ماسين، وعددا من مسؤولي السفارات."
    )
    rows = event_rows(text, PUB, "SAU")
    for state in ("NOR", "FIN", "DNK"):
        assert ("MEET", "SAU", "official", state, "official") in rows


def test_a_post_at_an_organisation_does_not_end_the_list():
    text = (
        "استقبل وزير الخارجية السعودي اليوم مندوب اليابان لدى الأمم المتحدة، "
        "وسفير فنلندا في الرياض."
    )
    assert {("MEET", "SAU", "JPN"), ("MEET", "SAU", "FIN")} <= _rule_pairs(text)


def test_a_post_word_before_a_verbal_noun_still_ends_the_list():
    # near miss: «لدى وصوله» opens a time clause, not a post: the list stops there
    text = (
        "استقبل وزير الخارجية السعودي اليوم سفير النرويج لدى وصوله إلى مقر الوزارة، وسفير فنلندا."
    )
    pairs = _rule_pairs(text)
    assert ("MEET", "SAU", "NOR") in pairs
    assert ("MEET", "SAU", "FIN") not in pairs
