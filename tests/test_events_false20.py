"""False events of the twentieth round's precision work (extract._not_contact).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract
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


# ------------------------------------------------------- a person supported is no party

_SUPPORTED = ("وبحث وزير الخارجية الروسي سيرجي لافروف أمس في موسكو مع وفد من المعارضة السورية "
              "التي طالما انتقدت روسيا بسبب مساندتها الرئيس السوري بشار الأسد سبل إنهاء الأزمة، "
              "فيما يزور الرئيس السوري بشار الأسد طهران الأسبوع المقبل.")


def _sides(c) -> set:
    return {a.country or a.org for a in (c.actor1, c.actor2) if a is not None}


def _after_support(c) -> bool:
    return any(a is not None and a.i > 0 and c.sentence.norms[a.i - 1] == "مساندتها"
               for a in (c.actor1, c.actor2))


def test_the_one_a_side_supports_is_spoken_of_not_a_party():
    cands = [c for c, _ in extract.candidates(_SUPPORTED, "2015-08-08", "SAU")]
    supported = [c for c in cands if _after_support(c)]
    assert supported and all(extract._spoken_of(c) for c in supported)
    # near misses: the talks' own sides, and the same president named as a traveller later
    others = [c for c in cands if not _after_support(c)]
    assert any(_sides(c) == {"RUS", "SYRIAN_COALITION"} for c in others)
    assert not any(extract._spoken_of(c) for c in others)


# ------------------------------------------------------- «في حين» opens a clause of its own

def test_an_actor_after_fi_hin_is_no_counterpart_of_the_talks_before():
    pairs = _bodies(_pairs("دخلت حركة طالبان في محادثات سلام مع الحكومة الأفغانية، في حين "
                           "تواجه هجمات يشنها تنظيم داعش على مواقعها في الشرق."))
    assert ("NEGOTIATE", ("AFG", "TALIBAN")) in pairs
    assert ("NEGOTIATE", ("ISIS", "TALIBAN")) not in pairs


# ------------------------------------------------------- «وحضور X»: an attendee

def test_an_attendee_after_wa_hudur_is_no_counterpart_of_the_chair():
    pairs = _bodies(_pairs("وعقد وزراء الخارجية الخليجيون، أمس، لقاء تشاوريا في الكويت، برئاسة "
                           "وزير الخارجية الكويتي الشيخ صباح الخالد، وحضور الأمين العام لمجلس "
                           "التعاون لدول الخليج العربية الدكتور عبداللطيف الزياني."))
    assert not any("GCC" in bodies for _, bodies in pairs)


def test_the_guest_received_before_an_attendee_is_still_met():
    # near miss: the counterpart comes before «وحضور», which only ends the list after it
    pairs = _bodies(_pairs("استقبل وزير الخارجية الكويتي الشيخ صباح الخالد أمس نظيره العماني "
                           "يوسف بن علوي، وحضور عدد من كبار المسؤولين."))
    assert ("MEET", ("KWT", "OMN")) in pairs
