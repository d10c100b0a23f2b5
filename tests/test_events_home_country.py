"""A title with no nationality of its own and the outlet's country (pipeline/events/mentions.py):
the text's own word for the state, where it gives one, beats the home default.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import _prepare
from tests.support.events import event_rows


def _actors(text: str, home: str | None = "SAU", published=date(2015, 8, 1)) -> list[tuple]:
    """(actor text, country or org, role, home?) of every actor of the text."""
    return [(a.text, a.country or a.org, a.role, a.home)
            for s in _prepare(text, published, home) for a in s.actors]


def _countries(text: str, home: str | None = "SAU") -> list:
    return [a[1] for a in _actors(text, home)]


# ------------------------------------------------- the state named after the title and portfolio

def test_former_minister_in_a_named_republic_is_of_that_state():
    text = ("استقبل الأمين العام لرابطة العالم الإسلامي أمس وزير العدل والشؤون الإسلامية "
            "السابق في جمهورية اليمن القاضي سالم المرقب.")
    assert _countries(text) == ["MWL", "YEM"]


def test_minister_in_a_country_named_after_in_is_of_that_country():
    text = "وأجرى محادثات مع وزير المالية الأسبق في المملكة المتحدة، جون ديفيس."
    assert _countries(text) == ["GBR"]


def test_portfolio_then_a_state_with_a_preposition_clitic():
    text = ("ويستقبل الملك نائب رئيس الوزراء لشؤون مجلس الوزراء بسلطنة عمان "
            "ويعقدان اجتماعا.")
    assert "OMN" in _countries(text)
    text = ("وبحث الأمين العام لمنظمة التعاون الإسلامي خلال استقباله وزير الدولة للشؤون "
            "الخارجية لجمهورية باكستان الإسلامية قضايا المنطقة.")
    assert "PAK" in _countries(text)


def test_minister_of_a_regime_named_after_the_title():
    assert _countries("وانتهت زيارة وزير خارجية نظام إيران إلى الكويت.") == ["IRN"]
    assert _countries("وانتهت زيارة وزير خارجية نظام ملالي إيران، الذي وعد بالكثير.") \
        == ["IRN"]
    assert _countries("وانتهت زيارة وزير خارجية نظام الملالي إلى الكويت.") == ["IRN"]


def test_a_city_after_in_is_where_the_minister_is_not_his_state():
    # near-miss: «في الرياض», «في القاهرة» name a place, the bare title stays the outlet's
    actors = _actors("التقى وزير الخارجية في القاهرة أمس نظيره.")
    assert actors[0][1:] == ("SAU", "foreign_minister", True)


def test_a_time_word_before_in_leaves_the_home_default():
    # near-miss: «وزير الخارجية اليوم في اليمن» says where he is today, not whose he is
    actors = _actors("ووصل وزير الخارجية اليوم في اليمن في زيارة قصيرة.")
    assert actors[0][1:] == ("SAU", "foreign_minister", True)


def test_an_ambassador_in_a_country_is_not_of_that_country():
    # near-miss: an ambassador's «في اليمن» is where he serves
    actors = _actors("وقال سفير خادم الحرمين الشريفين في اليمن إن العمل مستمر.")
    assert actors[0][1] == "SAU"


def test_a_plural_title_before_the_venue_takes_nothing_from_it():
    # near-miss: «وزراء خارجية البلدين في تونس»: the meeting's venue, not their state
    assert "TUN" not in _countries("استعدادا لاجتماع وزراء خارجية البلدين في تونس.", "DZA")


# ------------------------------------------- a bare title joined to a foreign office after it

def test_deputy_title_joined_to_a_named_foreign_minister_is_that_one_person():
    text = ("وأجرى وزير الخارجية المصري سامح شكري مشاورات مع نائب رئيس الوزراء ووزير "
            "خارجية الكويت الشيخ صباح خالد الحمد الصباح.")
    actors = _actors(text)
    assert [a[1] for a in actors] == ["EGY", "KWT"]
    assert not any(a[3] for a in actors)


def test_deputy_head_joined_to_a_named_prime_minister_is_that_one_person():
    text = "وجاءت القرارات بعد زيارة أجراها نائب الرئيس ورئيس الحكومة اليمنية خالد بحاح."
    assert [a[1:3] for a in _actors(text)] == [("YEM", "head_of_government")]


def test_a_plural_nationality_covers_both_joined_titles():
    text = "وعقد وزراء خارجية مجلس التعاون اجتماعا مع وزير الخارجية ووزير الطاقة الأميركيين."
    assert [a[1:3] for a in _actors(text)] == [
        ("GCC", "foreign_minister"), ("USA", "foreign_minister"), ("USA", "minister")]


def test_a_singular_nationality_after_two_titles_leaves_the_first_alone():
    # near-miss: whose «وزير الخارجية» is, the text does not say
    actors = _actors("وحضر وزير الخارجية ووزير الدفاع الأمريكي الاجتماع.")
    assert actors[0][1:] == ("SAU", "foreign_minister", True)


def test_two_full_offices_before_one_name_stay_two_people():
    # near-miss: «التقى وزير الداخلية ووزير الخارجية المصري سامح شكري»: two who meet
    actors = _actors("التقى وزير الداخلية ووزير الخارجية المصري سامح شكري.")
    assert [a[1] for a in actors] == ["SAU", "EGY"]


def test_the_same_office_twice_is_two_ministers():
    # near-miss: «وزير الخارجية ووزير خارجية الكويت X»: the outlet's and Kuwait's
    actors = _actors("بحضور وزير الخارجية ووزير خارجية الكويت الشيخ صباح خالد الحمد الصباح.")
    assert [a[1] for a in actors] == ["SAU", "KWT"]


# ----------------------------------------------- «السفير» as the title a diplomat keeps

def test_honorific_ambassador_in_apposition_is_the_office_named_before():
    text = ("وأكد السفير الصيني بعد لقائه رئيس الدائرة السياسية لمنظمة التحرير الفلسطينية "
            "السفير سامي عبدالرحيم أن الدعم سيستمر.")
    assert _countries(text, "TUN") == ["CHN", "PLO"]
    text = "والتقى وزير الخارجية الصيني وانغ يي مستشار الرئيس الفلسطيني السفير سامي عبدالرحيم."
    assert _countries(text, "TUN") == ["CHN", "PSE"]


def test_a_joined_ambassador_is_another_person():
    # near-miss: «... والسفير X»: a second person, not the office before in apposition
    actors = _actors("استقبل مستشار الرئيس الفلسطيني والسفير سامي عبدالرحيم.", "TUN")
    assert len(actors) == 2


def test_home_default_kept_where_the_text_is_about_the_home_state():
    actors = _actors("التقى وزير الخارجية عادل الجبير نظيره الفرنسي لوران فابيوس في باريس.")
    assert actors[0][1:3] == ("SAU", "foreign_minister")
    actors = _actors("استقبل وزير الخارجية في الرياض أمس السفير الياباني.")
    assert actors[0][1:3] == ("SAU", "foreign_minister")


# ------------------------------------------- «الوزير» alone after a minister named by office

def test_bare_minister_after_a_foreign_minister_named_by_office_only():
    text = ("قال وزير النقل اليمني سالم باعوضة إن فريقا فنيا وصل إلى عدن. "
            "وأوضح الوزير أن الرحلات ستستأنف قريبا.")
    assert [a[1:4] for a in _actors(text)][-1] == ("YEM", "minister", False)
    text = ("تحدث اللواء سالم الحذيفي وزير الداخلية اليمني عن ارتياح السكان. "
            "وذكر الوزير الحذيفي في اتصال هاتفي أن الموانئ تعمل.")
    assert _actors(text)[-1][1:4] == ("YEM", "minister", False)


def test_bare_minister_after_ministers_of_two_states_stays_the_outlets():
    # near-miss: the sentence before named the outlet's minister and a foreign one
    text = "استقبل وزير الخارجية أمس وزير الخارجية الفرنسي. وقال الوزير إن اللقاء كان مثمرا."
    assert _actors(text)[-1][1:4] == ("SAU", "minister", True)


def test_bare_minister_two_sentences_after_the_foreign_one_stays_the_outlets():
    # near-miss: a sentence between with no minister: «الوزير» is no longer the visitor
    text = ("وصل وزير الخارجية الفرنسي إلى الرياض. وكتب أحد المعلقين مقالا عن الزيارة. "
            "وقال الوزير إن الزيارة مهمة.")
    assert _actors(text)[-1][1:4] == ("SAU", "minister", True)


def test_a_kings_envoy_to_a_state_is_not_of_that_state():
    # near-miss: «ل» after the principal of an envoy names where the envoy is sent
    text = "وحضر مبعوث جلالة الملك للمملكة المغربية سالم الفايز."
    assert "MAR" not in _countries(text, "JOR")


def test_bare_minister_after_the_outlets_minister_met_his_counterpart_stays_the_outlets():
    # near-miss: a counterpart is a second state's minister in the sentence before
    text = "التقى وزير الداخلية أمس نظيره الفرنسي في الرياض. وقال الوزير إن اللقاء كان مثمرا."
    assert _actors(text)[-1][1:4] == ("SAU", "minister", True)


# ---------------------------------------------------- a state's seat of power for its government

def test_spokesman_for_a_seat_of_power_is_of_its_state():
    text = "وقال المتحدث باسم البيت الأبيض إن الرئيس سيستقبل رئيسة الوزراء البريطانية."
    assert _actors(text, "TUN")[0][1:4] == ("USA", "official", False)
    assert _actors("وقال المتحدث باسم الكرملين إن بوتين سيلتقي أردوغان.", "TUN")[0][1] == "RUS"


def test_official_in_a_seat_of_power_is_of_its_state():
    text = "وقال مسؤول كبير في البيت الأبيض إن أوباما سيلتقي الملك سلمان."
    assert _actors(text)[0][1:3] == ("USA", "official")


def test_a_minister_at_a_seat_of_power_is_only_there():
    # near-miss: «في البيت الأبيض» after a minister says where he met, not whose he is
    actors = _actors("التقى وزير الخارجية في البيت الأبيض الرئيس أوباما.")
    assert actors[0][1:4] == ("SAU", "foreign_minister", True)
    # near-miss: a spokesman for the government, unnamed, stays the outlet's
    assert _actors("وقال المتحدث باسم الحكومة إن الزيارة مهمة.", "TUN")[0][1] == "TUN"


def test_deputy_title_joined_to_a_named_minister_is_one_counterpart_of_talks():
    # the و between the two offices joins one person's titles: his mention starts at the first
    # title, so the talks noun's «مع» reaches him (it named no event when the mention began at
    # «ووزيرة» as a second, joined party)
    text = ("وأكد وزير الخارجية المصري خلال مباحثاته مع نائبة رئيس الوزراء ووزيرة الخارجية "
            "الكرواتية فيسنا بوسيتش أن بلاده ستبذل كل الجهود.")
    rows = event_rows(text, "2015-08-09", "SAU")
    assert [(t, a1, a2) for t, a1, _r1, a2, _r2 in rows] == [("MEET", "EGY", "HRV")]
    actors = _actors(text)
    assert actors[1][0].startswith("نائبة")


# ------------------------ an unknown holder named after the title, the outlet's state unnamed

def test_unknown_full_name_after_the_title_is_no_holder_of_the_outlets_state():
    # a report on another state's cabinet that never names the outlet's state: the
    # gazetteer lists the outlet's office-holders, so an unknown one is another state's
    text = ("تتواصل الأزمة الحكومية في لبنان. وقال وزير الزراعة سليم حداد عقب لقائه "
            "رئيس الحكومة اللبنانية تمام سلام إن الأجواء إيجابية.")
    assert ("وزير", "SAU", "minister", True) not in _actors(text)
    assert not [r for r in event_rows(text, date(2015, 8, 1), "SAU") if "SAU" in r]


def test_unknown_name_after_a_known_portfolio_title():
    text = ("وصل وفد قطري إلى أربيل. وقال وزير الداخلية جمال حكمت: «الزيارة جاءت "
            "لتوطيد العلاقات».")
    assert all(a[1] != "SAU" for a in _actors(text))


def test_unknown_name_keeps_the_home_default_once_the_outlets_state_is_named():
    # near-miss: the text named the outlet's state before, so the holder may be its own
    text = ("وصل وفد سعودي إلى بيروت. وقال وزير الزراعة سليم حداد عقب لقائه رئيس "
            "الحكومة اللبنانية تمام سلام إن الأجواء إيجابية.")
    assert ("وزير", "SAU", "minister", True) in _actors(text)


def test_unknown_name_keeps_the_home_default_where_no_other_state_was_named():
    # near-miss: the text names no state before the office (the state after it is the
    # guest's): the outlet's own minister the gazetteer does not list
    text = ("تتواصل الاستعدادات للموسم الفلاحي. واستقبل وزير الفلاحة سعد الصديق أمس "
            "سفير فرنسا.")
    assert ("وزير", "TUN", "minister", True) in _actors(text, "TUN")
    rows = event_rows(text, date(2015, 7, 22), "TUN")
    assert [(t, a1, a2) for t, a1, _r1, a2, _r2 in rows] == [("MEET", "TUN", "FRA")]


def test_unknown_name_beside_a_known_holder_of_another_state_is_no_holder_of_the_outlets():
    # the first sentence of a report on another state's politics: no state named before the
    # office, but a known head of that state's government stands in the same sentence
    text = ("أكد الوزير سليم حداد في تصريح له أمس أن الأمور وصلت عند الرئيس تمام سلام إلى "
            "الخطوط الحمراء.")
    assert ("الوزير", "SAU", "minister", True) not in _actors(text)


def test_bare_title_without_a_name_keeps_the_home_default():
    # near-miss: no name after the title: the outlet's own minister, as before
    text = "تتواصل الأزمة في لبنان. والتقى وزير الزراعة أمس رئيس الحكومة اللبنانية تمام سلام."
    assert ("وزير", "SAU", "minister", True) in _actors(text)
