"""False events of the twentieth round's precision work (extract._not_contact).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import role_pairs

PUB = "2015-08-11"


def _pairs(text: str) -> set:
    return role_pairs(text, PUB, "SAU")


def _bodies(pairs: set) -> set:
    return {(t, tuple(sorted(x.split(":")[0] for x in p))) for t, p in pairs}


# ------------------------------------------------------- a group and its members are one side

def test_members_listed_with_wahum_after_a_group_are_not_a_pair():
    pairs = _bodies(_pairs("وتستأنف غدا جولة جديدة من المحادثات بين اليونان وممثلي الدائنين "
                           "الدوليين وهم صندوق النقد الدولي والبنك المركزي الأوروبي."))
    assert ("NEGOTIATE", ("ECB", "IMF")) not in pairs


def test_members_listed_with_min_baynaha_after_a_group_are_not_a_pair():
    pairs = _bodies(_pairs("وأعلنت موسكو أنها ستجري محادثات مع ممثلي المعارضة السورية ومن "
                           "بينها الائتلاف الوطني السوري والاتحاد الديمقراطي الكردي."))
    assert ("MEET", ("PYD", "SYRIAN_COALITION")) not in pairs


def test_a_member_word_later_in_the_sentence_keeps_the_pair():
    # near miss: «منهم» after the delegation, not right after the president, keeps his meeting
    pairs = _bodies(_pairs("التقى الرئيس الأمريكي باراك أوباما أمس في واشنطن وزير الخارجية "
                           "السعودي عادل الجبير ووفدا مرافقا منهم عدد من المسؤولين."))
    assert ("MEET", ("SAU", "USA")) in pairs
