"""Roles of the parties to a contact from who held which office and from title grammar: a title
joined to a counterpart, an envoy's office against a deputy's title, and a title between two
named people.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from tests.support.events import role_pairs


def _pairs(text: str, published: str = "2015-08-06", home: str | None = "SAU") -> set:
    return role_pairs(text, published, home)


# ------------------------------------------ a bare title joined to a counterpart: his state's


def test_title_joined_to_counterpart_is_of_his_state():
    pairs = _pairs("ومن المقرر أن يلتقي وزير الخارجية الفرنسي في القاهرة نظيره المصري "
                   "ووزير الصناعة.")
    assert ("MEET", ("EGY:minister", "FRA:foreign_minister")) in pairs
    assert ("MEET", ("FRA:foreign_minister", "SAU:minister")) not in pairs


def test_title_joined_to_named_counterpart_is_of_his_state():
    pairs = _pairs("والتقى وزير الخارجية الألماني في طهران نظيره الإيراني محمد جواد ظريف "
                   "ووزير النفط.")
    assert ("MEET", ("DEU:foreign_minister", "IRN:minister")) in pairs


def test_delegation_after_counterpart_and_comma_keeps_its_own_origin():
    # near miss: a delegation after a comma is no office of the counterpart's state
    pairs = _pairs("ويلتقي وزير الدفاع الأمريكي نظيره العراقي خالد العبيدي، ووفدا عشائريا "
                   "من الأنبار.")
    assert not any(p[1][0] == "IRQ:delegation" or p[1][1] == "IRQ:delegation" for p in pairs)


# ------------------------------------------ an envoy named so once is the envoy at every mention


def test_envoy_office_beats_a_deputy_title_in_the_same_document():
    pairs = _pairs("أجرى وزير الشؤون الخارجية خميس الجهيناوي اتصالا هاتفيا مع المبعوث الخاص "
                   "للرئيس الروسي إلى الشرق الأوسط ميخائيل بوغدانوف. وبحث الجهيناوي مع نائب "
                   "وزير الخارجية الروسي ميخائيل بوغدانوف في اتصال هاتفي الوضع في ليبيا.",
                   published="2017-03-01", home="TUN")
    assert ("CALL", ("RUS:envoy", "TUN:foreign_minister")) in pairs
    assert ("CALL", ("RUS:official", "TUN:foreign_minister")) not in pairs


def test_deputy_title_alone_stays_an_official():
    # near miss: the document never names him as an envoy: the deputy's title decides
    pairs = _pairs("وبحث وزير الشؤون الخارجية خميس الجهيناوي مع نائب وزير الخارجية الروسي "
                   "ميخائيل بوغدانوف في اتصال هاتفي الوضع في ليبيا.",
                   published="2017-03-01", home="TUN")
    assert ("CALL", ("RUS:official", "TUN:foreign_minister")) in pairs


# ------------------------------- a title between two named people: the second's, by the gazetteer


def test_title_before_another_name_is_that_persons():
    pairs = _pairs("استقبل الرئيس الفلسطيني محمود عباس وزير الخارجية سامح شكري في رام الله.")
    assert ("MEET", ("EGY:foreign_minister", "PSE:head_of_state")) in pairs
    assert not any("PSE:foreign_minister" in p[1] for p in pairs)


def test_minister_of_state_with_portfolio_before_a_name():
    pairs = _pairs("استقبل الرئيس الفلسطيني محمود عباس وزير الدولة للشؤون الخارجية الدكتور "
                   "نزار مدني.")
    assert ("MEET", ("PSE:head_of_state", "SAU:minister")) in pairs
    assert not any("PSE:minister" in p[1] for p in pairs)


def test_royal_title_after_a_republics_head_before_a_prince_is_the_princes():
    # «ولي العهد» between the Egyptian president's name and a prince's: the prince's title,
    # the president keeps his office
    pairs = _pairs("التقى الرئيس عبد الفتاح السيسي ولي العهد الأمير محمد بن سلمان في القاهرة.")
    assert ("MEET", ("EGY:head_of_state", "SAU:official")) in pairs
    assert not any("EGY:official" in p[1] for p in pairs)


def test_royal_title_the_prince_held_stays_his_before_another_prince():
    # near miss: the first prince held that office that year: his, and no second Saudi party
    pairs = _pairs("التقى الأمير محمد بن سلمان ولي ولي العهد الأمير محمد بن نايف في جدة.")
    assert not pairs


def test_office_he_held_stays_his():
    # near miss: the prince held the defence ministry that year: one person, then the object
    pairs = _pairs("التقى الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع الرئيس السيسي.")
    assert ("MEET", ("EGY:head_of_state", "SAU:defense_minister")) in pairs


# ------------------------------------ «الأمين العام» alone: an organisation's, not the outlet's


def test_bare_secretary_general_is_not_the_outlets_state():
    pairs = _pairs("وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إنه التقى الأمين العام أمس في "
                   "القاهرة.")
    assert not any("SAU:organization_head" in p[1] for p in pairs)


def test_secretary_general_with_his_organisation_still_meets():
    # near miss: the organisation named with the title
    pairs = _pairs("والتقى المبعوث الأممي إسماعيل ولد الشيخ أحمد الأمين العام لجامعة الدول "
                   "العربية أمس في القاهرة.")
    assert ("MEET", ("ARAB_LEAGUE:organization_head", "UN:envoy")) in pairs


# ------------------------- the gazetteer: a ruling family's name or a common name is nobody


def test_qatari_family_name_alone_is_not_the_foreign_minister():
    pairs = _pairs("التقى وزير الخارجية الألماني رئيس غرفة قطر الشيخ خليفة بن جاسم آل ثاني أمس.")
    assert not any("QAT:foreign_minister" in p[1] or "QAT:head_of_government" in p[1]
                   for p in pairs)


def test_saudi_prince_sharing_the_qatari_ministers_given_names_is_not_him():
    pairs = _pairs("التقى الأمير محمد بن عبدالرحمن نائب أمير منطقة الرياض السفير الفرنسي في "
                   "الرياض أمس.", published="2015-07-21")
    assert not any(a.startswith("QAT:") for p in pairs for a in p[1])


def test_qatari_foreign_minister_named_with_his_honorific():
    # near miss: «الشيخ» and the family name make him the Qatari minister
    pairs = _pairs("التقى وزير الخارجية الألماني زيغمار غابرييل الشيخ محمد بن عبد الرحمن آل ثاني "
                   "في برلين أمس.", published="2017-06-09")
    assert ("MEET", ("DEU:foreign_minister", "QAT:foreign_minister")) in pairs


# ------------------------------ a bare name before the first office he is known to have held


def test_bare_name_before_his_first_office_holds_none_of_the_later_ones():
    # «روبيو» in 2015 (a Spanish minister's surname; the American became secretary of state
    # in 2025): no American foreign minister
    pairs = _pairs("اجتمع وزير الدولة للشؤون الخارجية الدكتور نزار مدني أمس في مدريد مع روبيو.",
                   published="2015-07-25")
    assert not any("USA:foreign_minister" in p[1] for p in pairs)


def test_bare_name_in_office_keeps_his_office():
    # near miss: the same name in a year of his office
    pairs = _pairs("اجتمع وزير الخارجية السعودي أمس في واشنطن مع روبيو.", published="2025-03-25")
    assert ("MEET", ("SAU:foreign_minister", "USA:foreign_minister")) in pairs


# ---------------------------------- the gazetteer: heads of the past, earlier offices


def test_past_king_and_emir_named_bare_in_a_retrospective():
    pairs = _pairs("وفي أغسطس 1990 التقى الشيخ جابر الأحمد الجابر الصباح بالملك فهد بن عبدالعزيز "
                   "في جدة.", published="2015-08-02")
    assert ("MEET", ("KWT:head_of_state", "SAU:head_of_state")) in pairs


def test_facility_named_after_the_king_is_no_mention():
    # near miss: «مجمع الملك فهد» names a building, not the king
    pairs = _pairs("وزار وزير الخارجية المصري أمس مجمع الملك فهد لطباعة المصحف الشريف.",
                   published="2015-08-02")
    assert not any("SAU:head_of_state" in p[1] for p in pairs)


def test_deputy_minister_before_his_ministry_is_an_official():
    # Faisal Mekdad, deputy foreign minister until 2020: in 2015 no foreign minister
    pairs = _pairs("والتقى المبعوث الأممي في دمشق أمس المقداد.", published="2015-08-02")
    assert not any("SYR:foreign_minister" in p[1] for p in pairs)
