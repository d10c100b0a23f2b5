"""Counterparts the rule frames pair that they used to leave to the wide candidates, or to
nobody.

1. «لدى» right after a mention and before a state or organisation names where he serves
   («سفير النرويج لدى المملكة»): part of his title, it does not end the list of counterparts
   after a reception verb, so each ambassador listed after it is met («One event per
   counterpart»). A «لدى» before anything else («لدى وصوله») still ends the list.
2. Travellers listed after the arrival noun «وصول», each with a day of his own («وصول A
   الثلاثاء وB الأربعاء»), each arrive on their own day (a bare weekday of a planned arrival
   is the coming one).
3. An indefinite visit noun followed by «من المقرر/المتوقع أن يقوم بها X» is X's visit, as
   with a relative pronoun («الزيارة التي من المقرر أن يقوم بها X»).
4. A name or rank in apposition after a spokesman's title that is no actor of its own («وصرح
   الناطق الرسمي باسم الرئاسة المصرية السفير X بأن ...») is the spokesman: no party to the
   contact he tells of."""

from __future__ import annotations

from datetime import date

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


def _visits(text: str, published: str) -> set:
    return {
        (e["event_type"], e["status"], e["actor1_country"] or e["actor1_org"], e["event_date"])
        for e in extract_mod.extract_events(text, published, home="SAU")
    }


def test_travellers_with_days_of_their_own_each_arrive_on_theirs():
    # published on a Saturday: Tuesday and Wednesday to come
    text = (
        "ويعود الوزير الإيراني إلى طهران مساء الاثنين حيث من المقرر وصول وزير الخارجية "
        "الألماني الثلاثاء ووزير الخارجية الإيطالي الأربعاء."
    )
    visits = _visits(text, "2015-07-25")
    assert ("VISIT", "planned", "DEU", date(2015, 7, 28)) in visits
    assert ("VISIT", "planned", "ITA", date(2015, 7, 29)) in visits


def test_a_traveller_without_a_day_of_his_own_takes_none_from_the_list():
    # near miss: the place stands between the traveller and the day: nothing is told of B
    text = "ومن المقرر وصول وزير الخارجية الألماني الثلاثاء إلى طهران ووزير الدفاع الإيطالي."
    assert not any(v[2] == "ITA" for v in _visits(text, "2015-07-25"))


def test_a_visit_scheduled_in_an_indefinite_clause_is_its_doers():
    text = "ولن يرفع العلم هناك إلا بعد زيارة من المتوقع أن يقوم بها وزير الخارجية الأمريكي."
    rule = [
        (c.etype, c.status, c.actor1.country)
        for c, feats in extract_mod.candidates(text, "2015-07-24", "SAU")
        if "rule=True" in feats
    ]
    assert rule == [("VISIT", "planned", "USA")]


def test_a_visit_before_a_time_clause_has_no_doer_from_it():
    # near miss: «من قبل أن» is a time, not a schedule: the minister is the main verb's
    text = "وقال وزير الخارجية الأمريكي إن الزيارة انتهت من قبل أن يقوم بها أحد."
    assert not any(
        c.etype == "VISIT" and c.status == "planned"
        for c, _ in extract_mod.candidates(text, "2015-07-24", "SAU")
    )


SPOKESMAN = "وصرح الناطق الرسمي باسم الرئاسة المصرية السفير علاء يوسف "


def test_a_spokesmans_rank_after_his_title_is_no_party():
    text = SPOKESMAN + "أمس بأن اللقاء شمل اجتماعا ثنائيا مع الرئيس الفرنسي فرانسوا أولاند."
    assert not any(r[1] == "EGY" and r[2] == "official" for r in event_rows(text, PUB, "SAU"))


def test_the_contact_a_spokesman_tells_of_stays():
    text = SPOKESMAN + "بأن الرئيس السيسي التقى أمس الرئيس الفرنسي فرانسوا أولاند."
    assert event_rows(text, PUB, "SAU") == [
        ("MEET", "EGY", "head_of_state", "FRA", "head_of_state")
    ]


def test_an_ambassador_who_meets_is_a_party():
    # near miss: no spokesman's title before him
    text = "والتقى السفير المصري علاء يوسف أمس الرئيس الفرنسي فرانسوا أولاند."
    assert event_rows(text, PUB, "SAU") == [("MEET", "EGY", "official", "FRA", "head_of_state")]
