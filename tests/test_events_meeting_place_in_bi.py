"""Parties joined by و who met each other, with the place of the meeting in ب after them
(frames._past_co_subjects; grammar.yaml `not_objects`): «اجتمع A وB اليوم بالقاهرة» is one
meeting of A with B at Cairo, not a meeting of both with someone «بالقاهرة». A person in ب
after them is still their common counterpart.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from tests.support.events import role_pairs

PUB = "2017-02-20"
EGY_JOR_FM = ("MEET", ("EGY:foreign_minister", "JOR:foreign_minister"))


@pytest.mark.parametrize("place", [
    "بالقاهرة",  # a city the gazetteer names, in ب
    "بتونس العاصمة",
    "بمقر الجامعة العربية",  # the noun of a seat
    "بقصر الاتحادية",
    "بالعاصمة الأردنية",
])
def test_two_ministers_joined_by_wa_meet_each_other_at_a_place_in_bi(place):
    text = f"اجتمع وزيرا خارجية مصر والأردن اليوم {place}."
    assert role_pairs(text, PUB, None) == {EGY_JOR_FM}


def test_three_ministers_meeting_at_a_city_in_bi_meet_the_first_named():
    text = "اجتمع وزراء خارجية مصر والسعودية والأردن اليوم بالرياض لبحث الأزمة."
    assert role_pairs(text, PUB, None) == {
        EGY_JOR_FM, ("MEET", ("EGY:foreign_minister", "SAU:foreign_minister"))}


def test_heads_of_state_met_in_a_capital_in_bi():
    text = "التقى الرئيس المصري والملك الأردني أمس بالعاصمة عمان."
    assert role_pairs(text, PUB, None) == {
        ("MEET", ("EGY:head_of_state", "JOR:head_of_state"))}


def test_a_person_in_bi_is_still_the_counterpart_of_both():
    text = "اجتمع وزيرا خارجية مصر والأردن اليوم بالرئيس الفلسطيني."
    assert role_pairs(text, PUB, None) == {
        ("MEET", ("EGY:foreign_minister", "PSE:head_of_state")),
        ("MEET", ("JOR:foreign_minister", "PSE:head_of_state"))}


@pytest.mark.parametrize("city", ["بيروت", "بغداد", "باريس", "برلين", "بروكسل"])
def test_a_city_whose_name_begins_with_ba_after_fi_is_no_object(city):
    # the city's first letter is no preposition: «في بيروت» is where the two met
    text = f"التقى الرئيس المصري والملك الأردني أمس في {city}."
    assert role_pairs(text, PUB, None) == {
        ("MEET", ("EGY:head_of_state", "JOR:head_of_state"))}


@pytest.mark.parametrize("words", ["في بداية الأسبوع", "أمس في بلدة حدودية",
                                   "في بلدية العاصمة", "أمس في بناية البرلمان"])
def test_a_noun_whose_first_letter_is_ba_after_fi_is_no_object(words):
    # after «في» no ب is a preposition: «في بداية الأسبوع» is when the two met, not whom
    text = f"التقى الرئيس المصري والملك الأردني {words}."
    assert role_pairs(text, PUB, None) == {
        ("MEET", ("EGY:head_of_state", "JOR:head_of_state"))}


@pytest.mark.parametrize("place", ["بمحافظة أربيل", "بولاية نيويورك", "بمنطقة البحر الميت"])
def test_a_province_state_or_area_in_bi_is_where_they_met(place):
    text = f"اجتمع وزيرا خارجية مصر والأردن اليوم {place}."
    assert role_pairs(text, PUB, None) == {EGY_JOR_FM}
