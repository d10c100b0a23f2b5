"""False events of business and local news: a company's head taken for a state's official, and
a side that only speaks of a meeting whose genitive names who meets.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import event_rows, role_pairs

# ----------------------------------------------------------------------------- company heads


def test_a_company_head_with_the_companys_nationality_is_no_official():
    # «الرئيس المدير العام» (the Tunisian title of a chief executive): the company is German,
    # its head is no German official
    text = ("استقبل رئيس الحكومة يوسف الشاهد اليوم الرئيس المدير العام لشركة سيمنس الألمانية "
            "بقصر الحكومة بالقصبة.")
    assert event_rows(text, "2017-03-01", "TUN") == []


def test_a_business_groups_head_is_no_official_either():
    text = "استقبل رئيس الحكومة يوسف الشاهد اليوم الرئيس المدير العام لمجموعة توتال الفرنسية."
    assert event_rows(text, "2017-03-01", "TUN") == []


def test_a_head_of_state_received_is_still_a_meeting():
    # near miss: «الرئيس الفرنسي» names no company
    text = "استقبل رئيس الحكومة يوسف الشاهد اليوم الرئيس الفرنسي فرانسوا هولاند بقصر الحكومة."
    assert ("MEET", ("FRA:head_of_state", "TUN:head_of_government")) in role_pairs(
        text, "2017-03-01", "TUN")


def test_an_international_organisations_director_general_is_still_its_head():
    # near miss: «المدير العام لصندوق النقد الدولي» heads an organisation, not a company
    text = "استقبل رئيس الحكومة يوسف الشاهد اليوم المدير العام لصندوق النقد الدولي."
    assert ("MEET", ("IMF:organization_head", "TUN:head_of_government")) in role_pairs(
        text, "2017-03-01", "TUN")


# ----------------------------------------------------------------------------- «اجتماع وزراء»


def test_who_prepares_a_ministers_meeting_is_no_party_to_it():
    # the head of state meets his Algerian counterpart to prepare the foreign ministers'
    # meeting: he is no side of that meeting
    text = ("وتوجه رئيس الجمهورية إلى الجزائر للقاء الرئيس الجزائري عبد العزيز بوتفليقة "
            "استعدادا لاجتماع وزراء خارجية البلدين في تونس.")
    rows = event_rows(text, "2017-02-19", "TUN")
    assert ("MEET", "TUN", "head_of_state", "DZA", "head_of_state") in rows
    assert not any(r[0] == "MEET" and "foreign_minister" in r for r in rows)


def test_who_agrees_on_a_ministers_meeting_is_no_party_to_it():
    text = ("اتفق وزير الخارجية ورئيس الحكومة الليبي على أهمية اجتماع وزراء خارجية دول الجوار "
            "الذي سيعقد في تونس.")
    assert ("MEET", "TUN", "foreign_minister", "LBY", "head_of_government") not in event_rows(
        text, "2017-03-09", "TUN")


def test_a_minister_of_the_genitives_rank_may_be_one_of_them():
    # near miss: the Saudi foreign minister speaks of the foreign ministers' meeting he sat in
    text = ("قال وزير الخارجية عادل الجبير اليوم أن اجتماع وزراء خارجية التعاون الخليجي "
            "و نظيرهم الأمريكي جون كيري كان مثمرا.")
    assert ("MEET", "SAU", "foreign_minister", "USA", "foreign_minister") in event_rows(
        text, "2015-08-03", "SAU")


def test_meeting_the_ministers_names_them_as_the_one_met():
    # near miss: «للقاء وزراء خارجية ...»: «لقاء» takes the ones met as its genitive
    text = ("وصل وزير الخارجية الأمريكي جون كيري أمس إلى الدوحة للقاء وزراء خارجية دول مجلس "
            "التعاون الخليجي.")
    assert ("MEET", ("GCC:foreign_minister", "USA:foreign_minister")) in role_pairs(
        text, "2015-08-03", "SAU")
