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


# «الجانبين/الطرفين» over two nationality adjectives: each state's side, `official`, as the
# bare states of «بين تونس وإيطاليا» are; alone, or telling again a contact of the two
# states' people, they give no event of their own.

@pytest.mark.parametrize("text, etype, pair", [
    ("وتجري منذ ثلاثة أعوام مفاوضات بين الجانبين التونسي والإيطالي حول ملف المفقودين.",
     "NEGOTIATE", {("TUN", "official"), ("ITA", "official")}),
    ("فشلت المفاوضات بين الطرفين الأمريكي والتركي التي دامت عدة أشهر.",
     "NEGOTIATE", {("USA", "official"), ("TUR", "official")}),
])
def test_dual_sides_over_two_states_are_the_pair(text, etype, pair):
    assert _pairs(text) == {(etype, frozenset(pair))}


def test_dual_sides_telling_again_a_call_of_named_ministers_add_nothing():
    text = ("أجرى وزير الخارجية المصري سامح شكري اتصالا هاتفيا أمس مع نظيره الروسي سيرغي "
            "لافروف. وبحث الجانبان المصري والروسي خلال الاتصال العلاقات الثنائية.")
    assert _pairs(text) == {("CALL", frozenset({("EGY", "foreign_minister"),
                                                ("RUS", "foreign_minister")}))}


def test_bare_dual_sides_still_take_the_talks_told_before():
    text = ("وقال مسؤولون إن جولة ثانية من المحادثات ستعقد بين ممثلي طالبان والحكومة "
            "الأفغانية هذا الأسبوع. وكانت محادثات تمهيدية قد جرت بين الجانبين في باكستان "
            "الشهر الماضي.")
    talks = [e for e in extract_events(text, published=PUBLISHED)
             if e["event_type"] == "NEGOTIATE"]
    assert sorted(e["status"] for e in talks) == ["planned", "reported"]
    assert all({e["actor1_org"], e["actor2_org"]} == {"TALIBAN", None} for e in talks)


def test_dual_sides_of_another_kind_name_no_state():
    assert _pairs("وتم الاتفاق بين الطرفين النقابي والإداري على استئناف العمل.") == set()
