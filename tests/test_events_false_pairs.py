"""False pairs where no contact joins the two sides (extract._not_contact): two counterparts
of one «مع» (_co_counterparts) and a person only spoken of (_spoken_of).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import role_pairs

PUB = "2015-08-11"

SAU_RUS = ("MEET", ("RUS:foreign_minister", "SAU:foreign_minister"))
SAU_USA = ("MEET", ("SAU:foreign_minister", "USA:foreign_minister"))
RUS_USA = ("MEET", ("RUS:foreign_minister", "USA:foreign_minister"))


def _pairs(text: str) -> set:
    return role_pairs(text, PUB, None)


# ----------------------------------------------------------------- two counterparts of one مع

def test_two_counterparts_after_one_with_keep_their_pairs_with_the_subject():
    pairs = _pairs("التقى وزير الخارجية السعودي عادل الجبير اليوم في الرياض مع نظيره الروسي "
                   "سيرجي لافروف ووزير الخارجية الأمريكي جون كيري.")
    assert SAU_RUS in pairs and SAU_USA in pairs
    assert RUS_USA not in pairs


def test_members_listed_after_min_baynihim_are_one_side():
    # the group and its members listed after «ومن بينهم» are the one side the talks are with
    pairs = _pairs("وستجري الحكومة محادثات مع ممثلي المعارضة السورية ومن بينهم رئيس الائتلاف "
                   "الوطني السوري ووزير الخارجية التركي.")
    assert pairs == set()


def test_a_meeting_between_two_sides_still_pairs_them():
    # near miss: «لقاء بين X وY» names the two sides of the meeting, with no مع
    pairs = _pairs("وعقد اليوم في الدوحة لقاء بين وزير الخارجية الروسي سيرجي لافروف ووزير "
                   "الخارجية الأمريكي جون كيري.")
    assert RUS_USA in pairs


def test_a_trilateral_meeting_with_two_counterparts_keeps_their_pair():
    # near miss: a trilateral meeting brings its three sides together
    pairs = _pairs("عقد وزير الخارجية السعودي عادل الجبير اليوم في الدوحة اجتماعا ثلاثيا مع "
                   "نظيره الروسي سيرجي لافروف ووزير الخارجية الأمريكي جون كيري.")
    assert {SAU_RUS, SAU_USA, RUS_USA} <= pairs


# ----------------------------------------------------------------- a person only spoken of

def test_a_leader_whose_departure_is_discussed_is_no_party():
    pairs = _pairs("والتقى وزير الخارجية السعودي عادل الجبير أمس في موسكو نظيره الروسي سيرجي "
                   "لافروف وأكدا ضرورة رحيل بشار الأسد.")
    assert SAU_RUS in pairs
    assert not any("SYR:head_of_state" in p for _, p in pairs)


def test_a_leaders_supporters_are_not_the_leader():
    pairs = _pairs("والتقى وزير الخارجية التركي أمس في أنقرة عددا من أنصار الرئيس المصري "
                   "المعزول محمد مرسي.")
    assert not any("EGY:head_of_state" in p for _, p in pairs)


def test_a_leader_met_with_a_clitic_title_is_still_a_party():
    # near miss: «بالرئيس» is the object of the meeting, not a genitive complement
    pairs = _pairs("والتقى وزير الخارجية التركي أمس في القاهرة بالرئيس المصري عبد الفتاح "
                   "السيسي.")
    assert ("MEET", ("EGY:head_of_state", "TUR:foreign_minister")) in pairs


def test_a_leaders_followers_are_not_the_leader():
    pairs = _pairs("واستقبل وزير الخارجية العماني يوسف بن علوي أمس في مسقط وفدا من أتباع الرئيس "
                   "اليمني السابق علي عبد الله صالح.")
    assert not any("YEM:head_of_state" in p for _, p in pairs)


def test_a_trip_told_beside_the_leaders_wife_is_still_his():
    # near miss: a one-party visit; the pronoun of «ترافقه» makes the trip the president's
    pairs = _pairs("وقالت الصحيفة إن زوجة الرئيس الأمريكي باراك أوباما لم ترافقه في الزيارة "
                   "التي توجه عقبها إلى إثيوبيا أمس.")
    assert ("VISIT", ("USA:head_of_state",)) in pairs
