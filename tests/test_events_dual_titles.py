"""A dual title over two nationality adjectives or two states joined by و («وزيرا الخارجية
السعودي والفرنسي», «رئيسا وزراء اليونان وإيطاليا») names two people of the same office, one
of each state: with a contact word they are the two parties. A dual over two portfolios and
one plural nationality («وزيرا الخارجية والدفاع الأمريكيان») is two ministers of one state,
and the bare dual «وزيرا» before «لـ» is «appointed (as) minister»."""

import pytest

from pipeline.events import extract_events

PUBLISHED = "2016-03-01"


def _pairs(text: str) -> set[tuple]:
    return {(e["event_type"], frozenset({(e["actor1_country"], e["actor1_role"]),
                                         (e["actor2_country"], e["actor2_role"])}))
            for e in extract_events(text, published=PUBLISHED)}


@pytest.mark.parametrize("text, etype, pair", [
    ("وعقد وزيرا الدفاع الأمريكي والروسي محادثات في جنيف أمس.", "MEET",
     {("USA", "defense_minister"), ("RUS", "defense_minister")}),
    ("وجرى لقاء بين وزيري الدفاع الأمريكي والروسي في جنيف أمس.", "MEET",
     {("USA", "defense_minister"), ("RUS", "defense_minister")}),
    ("وعقد اجتماع أمس بين وزيري الخارجية المصري والأمريكي في القاهرة.", "MEET",
     {("EGY", "foreign_minister"), ("USA", "foreign_minister")}),
    ("وبحث رئيسا وزراء اليونان وإيطاليا في اتصال هاتفي أمس الأزمة.", "CALL",
     {("GRC", "head_of_government"), ("ITA", "head_of_government")}),
    ("وأجرى رئيسا حكومتي اليونان وإيطاليا اتصالا هاتفيا أمس.", "CALL",
     {("GRC", "head_of_government"), ("ITA", "head_of_government")}),
])
def test_dual_title_over_two_states_is_the_pair(text, etype, pair):
    assert (etype, frozenset(pair)) in _pairs(text)


def test_joint_press_conference_of_a_genitive_dual():
    # «المؤتمر الصحفي المشترك لـ...»: the definite adjective makes it joint, as «مشترك» does
    text = ("وشهد المؤتمر الصحفي المشترك لوزيري الخارجية المصري والأمريكي أمس سجالا حول"
            " حقوق الإنسان.")
    assert ("PRESS_CONFERENCE", frozenset({("EGY", "foreign_minister"),
                                           ("USA", "foreign_minister")})) in _pairs(text)


def test_press_conference_of_one_side_is_no_contact():
    text = "وقال وزير الخارجية المصري في المؤتمر الصحفي أمس إن الحوار مفيد."
    assert not any(t == "PRESS_CONFERENCE" for t, _ in _pairs(text))


def test_dual_of_two_portfolios_of_one_state_is_no_pair():
    text = "واجتمع وزيرا الخارجية والدفاع الأمريكيان في طوكيو أمس."
    assert _pairs(text) == set()


def test_appointed_minister_is_no_title():
    text = "وعين وزيرا للدفاع في الحكومة الجديدة بعد لقاء مع الرئيس الفرنسي أمس."
    assert not any(("FRA", "head_of_state") in pair and ("FRA", "defense_minister") in pair
                   for _, pair in _pairs(text))
