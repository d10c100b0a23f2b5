"""Who the parties are: actor resolution inside an article (pipeline/events/mentions.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from configs import load_yaml
from pipeline.events import extract_events
from pipeline.events.extract import _prepare
from pipeline.events.gazetteer import GAZETTEER_DIR
from tests.support.events import actors_by_sentence, event_rows, role_pairs


def _actors(text: str, published=date(2015, 8, 1), home: str | None = None) -> list[list]:
    """Per sentence: (name, country or org, role) of each actor."""
    return actors_by_sentence(text, published, home)


def _pairs(text: str, published="2015-08-01", home: str | None = None) -> set:
    return role_pairs(text, published, home)


# ----------------------------------------------------------------------------- surnames

def test_a_surname_alone_refers_to_the_person_named_in_full_earlier():
    text = ("وصل وزير الدفاع الأمريكي آشتون كارتر إلى بغداد في جولة إقليمية. "
            "ومن المقرر أن يلتقي كارتر رئيس الوزراء العراقي اليوم.")
    second = _actors(text)[1]
    assert ("Ashton Carter", "USA", "defense_minister") in second


def test_a_surname_needs_the_full_name_before_it():
    # «كارتر» alone, with no full name earlier, stays unknown (several people share it)
    assert _actors("وقال كارتر إن الزيارة كانت ناجحة.") == [[]]


def test_a_family_name_with_bin_is_a_surname_alone():
    # «بن مبارك» is a family name many share: before every office of the one the gazetteer
    # knows, it names someone else, as a one-word surname would; after a given name that is
    # none of his own, a namesake
    text = "قال الناشط جوهر بن مبارك إن الحوار تعثر. وأضاف بن مبارك أن الأحزاب انسحبت."
    assert not [a for sent in _actors(text, date(2016, 9, 27), home="TUN") for a in sent
                if a[1] == "YEM"]
    assert _actors("وقال بن مبارك إن الحوار تعثر.", date(2021, 3, 1), home="TUN") == [
        [("Ahmed Awad bin Mubarak", "YEM", "foreign_minister")]]
    assert _actors("وقال سعد بن مبارك إن الحوار تعثر.", date(2021, 3, 1), home="TUN") == [[]]
    assert _actors("وقال أحمد عوض بن مبارك إن الحوار تعثر.", date(2016, 9, 27),
                   home="TUN") == [[("Ahmed Awad bin Mubarak", "YEM", None)]]


def test_a_family_noun_before_a_surname_is_the_family_not_the_person():
    # «أسرة بن لادن», «عائلة أوباما»: the family, none of them the one the gazetteer knows
    assert _actors("وقدم المعزون العزاء إلى أسرة بن لادن في المدينة.",
                   date(2015, 8, 6), home="SAU") == [[]]
    assert _actors("وقضت عائلة أوباما عطلتها في هاواي.", date(2015, 8, 6), home="SAU") == [[]]


def test_a_surname_after_a_lineage_link_is_the_family_not_the_person():
    # «محمد بن سلمان»: «سلمان» later is not him
    text = ("استقبل الأمير محمد بن سلمان وزير الخارجية الفرنسي. "
            "وقال سلمان إن العلاقات متينة.")
    assert all(name != "Mohammed bin Salman" for name, _, _ in _actors(text)[1])


def test_an_ordinal_is_no_surname():
    text = ("استقبل الملك عبدالله الثاني وزير الخارجية الأمريكي. "
            "وكان الثاني في الترتيب هو الوفد الياباني.")
    assert all(name != "King Abdullah II" for name, _, _ in _actors(text)[1])


def test_a_surname_that_is_a_month_name_is_not_aliased():
    # «ماي» is the month of May in Maghreb papers
    text = ("التقت رئيسة الوزراء البريطانية تيريزا ماي الرئيس الفرنسي. "
            "وتعقد القمة في 20 ماي المقبل.")
    assert _actors(text, home="TUN")[1] == []


def test_a_surname_with_a_clitic_is_found():
    text = ("عقد وزير الخارجية القطري خالد العطية مؤتمرا صحفيا. "
            "وقال العطية إن المباحثات مع لافروف كانت مثمرة، والتقى الروس بالعطية مجددا.")
    second = _actors(text)[1]
    assert [a for a in second if a[0] == "Khalid al-Attiyah"] == [
        ("Khalid al-Attiyah", "QAT", "foreign_minister")] * 2


def test_a_surname_is_found_with_or_without_the_article():
    # «مسعود البارزاني» named in full: «بارزاني» alone is him too
    text = ("وصل رئيس إقليم كردستان مسعود البارزاني إلى أنقرة أمس. "
            "وأجرى بارزاني اتصالا هاتفيا مع الرئيس التركي.")
    assert ("Masoud Barzani", "IRQ", "official") in _actors(text)[1]


def test_a_surname_less_its_article_that_is_a_given_name_is_not_aliased():
    # «أحمد ناصر المحمد»: «محمد» alone is anyone's first name, not him
    text = ("استقبل وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد السفير الفرنسي. "
            "وقال محمد إن الزيارة ناجحة.")
    assert all(a[1] != "KWT" for a in _actors(text)[1])


def test_a_surname_of_an_unknown_person_named_after_a_title_is_that_actor_later():
    # «آن باترسون» is no person of the gazetteer: her title names her state and office (an
    # assistant secretary's: an official)
    text = ("وصلت مساعدة وزير الخارجية الأمريكي آن باترسون إلى القاهرة أمس. "
            "والتقت باترسون وزير الخارجية المصري في مقر الوزارة.")
    second = _actors(text, home="EGY")[1]


    # (an assistant secretary: an official of the state, «مساعدة» as «مساعد»)
    assert second[0][1:] == ("USA", "official")
    assert ("MEET", ("EGY:foreign_minister", "USA:official")) in _pairs(text, home="EGY")


@pytest.mark.parametrize("first, later", [("ماركو فيرهوفن", "الفيرهوفن"),
                                          ("ماركو الفيرهوفن", "فيرهوفن"),
                                          ("ماركو الفيرهوفن", "بالفيرهوفن")])
def test_an_unknown_surname_is_found_with_or_without_the_article(first, later):
    text = (f"وصل وزير الخارجية الهولندي {first} إلى القاهرة أمس. "
            f"والتقى {later} الرئيس المصري في قصر الاتحادية.")
    assert ("NLD", "foreign_minister") in [a[1:] for a in _actors(text, home="EGY")[1]]


def test_an_unknown_surname_that_is_a_common_word_is_no_one():
    # «أشرف العربي»: «العربي» is an adjective («الوطن العربي»), no name of its own
    text = ("وصل وزير التخطيط المصري أشرف العربي إلى الرياض. "
            "وتحدث في الوطن العربي أمس.")
    assert _actors(text, home="SAU")[1] == []
    # a surname the text gave that agrees as an adjective with a definite noun before it
    text = ("وصل وزير الخارجية الهولندي ماركو الحالي إلى القاهرة أمس. "
            "واستقبل الرئيس المصري الحالي الوفد في القصر.")
    assert all(a[1] != "NLD" for a in _actors(text, home="EGY")[1])


def test_an_unknown_surname_never_overrides_a_person_of_the_gazetteer():
    text = ("وصل وزير الخارجية الهولندي ماركو كيري إلى القاهرة أمس. "
            "والتقى وزير الخارجية الأمريكي جون كيري. وقال كيري إن اللقاء مثمر.")
    assert _actors(text)[2] == [("John Kerry", "USA", "foreign_minister")]


def test_an_unknown_surname_needs_a_title_of_a_named_state_and_a_given_name():
    # the outlet's state given to a bare title is a guess, not repeated by the surname;
    # a name that opens with no given name the gazetteer knows is not taken for one
    for text in ("وصل وزير الخارجية ماركو فيرهوفن إلى الرياض أمس. والتقى فيرهوفن الوفد.",
                 "وصل وزير الداخلية الهولندي زوبرت فيرهوفن إلى الرياض. والتقى فيرهوفن الوفد."):
        assert all(a[0] is None for a in _actors(text, home="EGY")[1])


def test_an_unknown_surname_shared_by_two_titled_people_names_neither():
    text = ("وصل وزير الخارجية الهولندي ماركو فيرهوفن ووزير الدفاع البلجيكي بيتر فيرهوفن "
            "إلى القاهرة. والتقى فيرهوفن الوفد.")
    assert all(a[0] is None for a in _actors(text, home="EGY")[1])


# ----------------------------------------------------------------------------- honorifics

def test_an_honorific_pronoun_is_the_named_subject():
    text = ("وصل صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع إلى القاهرة. "
            "وقد التقى سموه بالرئيس المصري عبدالفتاح السيسي.")
    second = _actors(text)[1]
    assert second[0] == ("Mohammed bin Salman", "SAU", "defense_minister")
    assert ("MEET", ("EGY:head_of_state", "SAU:defense_minister")) in _pairs(text)


def test_samuwwuhu_is_not_the_king_named_in_between():
    # a king is «جلالته», not «سموه»: the prince stays the referent
    text = ("وصل الأمير محمد بن سلمان وزير الدفاع إلى عمان. "
            "ونقل تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز. "
            "وعقد العاهل الأردني اجتماعا مع سموه.")
    third = _actors(text)[2]
    assert ("Mohammed bin Salman", "SAU", "defense_minister") in third


def test_maalihi_takes_a_minister_not_a_head_of_state():
    text = ("استقبل الرئيس التونسي الباجي قائد السبسي وزير الخارجية الأردني ناصر جودة. "
            "وأعرب معاليه عن شكره.")
    assert _actors(text)[1] == [("Nasser Judeh", "JOR", "foreign_minister")]


def test_an_honorific_pronoun_with_nobody_named_is_no_actor():
    assert _actors("وأعرب سموه عن شكره للحضور.") == [[]]


# ----------------------------------------------------------------------------- titles

def test_a_generic_title_picks_the_office_it_names_among_those_held_that_year():
    # Erdogan was prime minister and then president in 2014: «الرئيس» names the presidency
    text = "التقى الرئيس أردوغان وزير الخارجية القطري في أنقرة."
    assert _actors(text, published=date(2014, 9, 16))[0][0] == (
        "Recep Tayyip Erdogan", "TUR", "head_of_state")


def test_a_republican_title_does_not_take_a_kingdom_as_home():
    text = "وقال الرئيس كوفالينكو إن بلاده ستواجه الإرهاب."
    assert _actors(text, home="SAU") == [[]]
    # a republic's paper: the bare title is its own president
    assert _actors(text, home="TUN") == [[(None, "TUN", "head_of_state")]]


def test_a_royal_title_does_not_take_a_republic_as_home():
    assert _actors("وقال الملك إن المرحلة تتطلب الحكمة.", home="TUN") == [[]]
    assert _actors("وقال الملك إن المرحلة تتطلب الحكمة.", home="SAU") == [
        [(None, "SAU", "head_of_state")]]


def test_rais_before_an_unknown_body_is_not_a_head_of_state():
    text = "التقى رئيس الاتحاد الدولي للسباحة بالرئيس الروسي في موسكو."
    assert _actors(text, home="SAU") == [[(None, "RUS", "head_of_state")]]
    text = "استقبل المدير رئيس قسم العلاقات العامة."
    assert _actors(text, home="TUN") == [[]]


def test_a_definite_title_takes_no_indefinite_adjective():
    # «الأمير تركي» is a prince called Turki, not a Turkish prince
    text = "التقى وزير العمل بالأمير تركي بن سعود في الرياض."
    assert all(a[1] != "TUR" for a in _actors(text, home="SAU")[0])
    assert _actors("التقى الرئيس التركي بنظيره الروسي.")[0][0] == (None, "TUR", "head_of_state")


# ----------------------------------------------------------------------------- gazetteer

def test_an_office_held_for_an_organisation_gives_its_code_in_those_years():
    # Al Zayani: the GCC's secretary-general until 2020, Bahrain's foreign minister after
    text = "استقبل الوزير الكويتي عبداللطيف الزياني في الكويت."
    assert ("Abdullatif bin Rashid Al Zayani", "GCC", "organization_head") in \
        _actors(text, published=date(2015, 5, 1))[0]
    assert ("Abdullatif bin Rashid Al Zayani", "BHR", "foreign_minister") in \
        _actors(text, published=date(2022, 5, 1))[0]


def test_people_sharing_a_spelling_are_told_apart_by_the_year():
    text = "التقى الرئيس الفنزويلي كاسترو في هافانا."
    assert ("Fidel Castro", "CUB", "head_of_state") in _actors(text, date(2005, 1, 1))[0]
    assert ("Raul Castro", "CUB", "head_of_state") in _actors(text, date(2015, 1, 1))[0]


def test_a_deputy_is_an_official_unless_a_later_title_names_his_office():
    text = "التقى نائب وزير الخارجية الروسي ميخائيل بوغدانوف بالسفير الفرنسي."
    assert _actors(text)[0][0] == ("Mikhail Bogdanov", "RUS", "official")
    text = "وصل نائب رئيس الوزراء وزير الخارجية الكويتي إلى الرياض."
    assert _actors(text)[0][0] == (None, "KWT", "foreign_minister")


def test_an_adviser_to_a_minister_is_an_official():
    text = "استقبل وزير الخارجية المصري مستشار وزير الداخلية الفرنسي في القاهرة."
    assert _actors(text)[0][1] == (None, "FRA", "official")
    text = "التقى الرئيس التونسي مستشارة رئيس الوزراء الإيطالي في قرطاج."
    assert _actors(text)[0][1] == (None, "ITA", "official")


def test_the_first_minister_is_the_head_of_government():
    text = "استقبل الرئيس الفرنسي الوزير الأول الجزائري في قصر الإليزيه."
    assert _actors(text)[0][1] == (None, "DZA", "head_of_government")
    text = "وصل الوزير الأول المغربي إلى باريس في زيارة رسمية."
    assert _actors(text)[0][0] == (None, "MAR", "head_of_government")


def test_the_chancellor_is_the_head_of_government():
    text = "التقت المستشارة الألمانية بالرئيس الفرنسي في برلين."
    assert _actors(text)[0] == [(None, "DEU", "head_of_government"),
                                (None, "FRA", "head_of_state")]


def test_a_deputy_of_a_fixed_office_holds_no_office_of_it():
    # «نائب المستشارة الألمانية» is the vice-chancellor (an official of Germany); a ministry
    # named with him is his office; the chancellor herself stays the head of government
    text = "التقى وزير الخارجية الإيراني في طهران اليوم نائب المستشارة الألمانية."
    assert _actors(text)[0][1] == (None, "DEU", "official")
    text = ("وصل وزير الاقتصاد الألماني سيغمار غابريل نائب المستشارة الألمانية إلى طهران "
            "أمس في زيارة رسمية.")
    assert _actors(text)[0][0] == ("Sigmar Gabriel", "DEU", "minister")
    text = "التقت المستشارة الألمانية في برلين اليوم رئيس وزراء باكستان."
    assert _actors(text)[0][0] == (None, "DEU", "head_of_government")


def test_the_kings_deputy_is_an_official_not_the_king():
    text = "استقبل نائب خادم الحرمين الشريفين في جدة اليوم رئيس وزراء باكستان."
    assert ("MEET", ("PAK:head_of_government", "SAU:official")) in _pairs(text, home="SAU")
    text = ("استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف "
            "بن عبدالعزيز في جدة اليوم رئيس وزراء باكستان.")
    assert ("MEET", ("PAK:head_of_government", "SAU:official")) in _pairs(text, home="SAU")
    # the near miss: the king himself
    text = "استقبل خادم الحرمين الشريفين في جدة اليوم رئيس وزراء باكستان."
    assert ("MEET", ("PAK:head_of_government", "SAU:head_of_state")) in _pairs(text, home="SAU")


def test_a_princes_honorific_title_is_no_second_office():
    # «ولي العهد السعودي الأمير X», «أمير منطقة الرياض الأمير X» with X unknown to the
    # gazetteer: «الأمير» is his honorific, the office named is the crown prince's or governor's
    text = "التقى ولي العهد السعودي الأمير فلان بن علان في الرياض اليوم وزير الخارجية الأمريكي."
    assert _actors(text, home="SAU")[0][0] == (None, "SAU", "official")
    text = ("التقى ولي العهد السعودي نائب خادم الحرمين الشريفين الأمير فلان في الرياض اليوم "
            "وزير الخارجية الأمريكي.")
    assert _actors(text, home="SAU")[0][0] == (None, "SAU", "official")
    text = "التقى أمير منطقة الرياض الأمير فلان بن علان في الرياض اليوم السفير الأمريكي."
    assert _actors(text, home="SAU")[0][0] == (None, "SAU", "official")
    # the near miss: a king's two royal titles name the head of state
    text = "استقبل الملك فلان بن علان ملك البلاد في الرياض اليوم السفير الأمريكي."
    assert _actors(text, home="SAU")[0][0] == (None, "SAU", "head_of_state")


def test_the_head_of_an_office_or_a_court_is_an_official():
    # «رئيس ديوان رئيس الوزراء»: the head of the premier's office, not the premier
    text = "استقبل رئيس ديوان رئيس الوزراء العراقي في بغداد اليوم السفير الأمريكي."
    assert _actors(text)[0][0] == (None, "IRQ", "official")
    text = "التقى رئيس ديوان رئاسة الجمهورية التونسية في تونس اليوم وزير الخارجية الفرنسي."
    assert _actors(text)[0][0] == (None, "TUN", "official")
    text = "استقبل مدير ديوان رئيس الجمهورية في قرطاج اليوم السفير الفرنسي."
    assert _actors(text, home="TUN")[0][0] == (None, "TUN", "official")
    # the near miss: the premier himself
    text = "استقبل رئيس الوزراء العراقي في بغداد اليوم السفير الأمريكي."
    assert _actors(text)[0][0] == (None, "IRQ", "head_of_government")


@pytest.mark.parametrize("text,home,actor", [
    # the indefinite «مكتب/ديوان» of an aide's title in the construct state before the office
    # he serves: the aide, an official of that office's state, never the minister or the king
    ("استقبل الرئيس المصري مدير مكتب وزير الخارجية السعودي في القاهرة اليوم.", "SAU",
     (None, "SAU", "official")),
    ("استقبل الرئيس المصري مدير مكتب معالي وزير الخارجية الكويتي في القاهرة اليوم.", "SAU",
     (None, "KWT", "official")),
    ("استقبل الرئيس المصري مديرة ديوان وزير الدفاع الفرنسي في القاهرة اليوم.", "SAU",
     (None, "FRA", "official")),
    ("استقبل الرئيس المصري مدير مكتب جلالة الملك الأردني في القاهرة اليوم.", "SAU",
     (None, "JOR", "official")),
    # the office served with no state named is the outlet's own, as it alone would be
    ("استقبل الرئيس المصري مدير مكتب معالي الوزير في القاهرة اليوم.", "SAU",
     (None, "SAU", "official")),
])
def test_the_head_of_an_office_before_the_office_he_serves_is_its_official(text, home, actor):
    assert _actors(text, home=home)[0][1] == actor


@pytest.mark.parametrize("text,home,actors", [
    # near misses: the definite «رئيس الديوان الملكي» before a minister's title is the
    # minister's own second office; the minister alone is the minister
    ("استقبل الرئيس المصري رئيس الديوان الملكي وزير الخارجية الأردني في القاهرة اليوم.", "SAU",
     [(None, "EGY", "head_of_state"), (None, "JOR", "foreign_minister")]),
    ("استقبل الرئيس المصري وزير الخارجية السعودي في القاهرة اليوم.", "SAU",
     [(None, "EGY", "head_of_state"), (None, "SAU", "foreign_minister")]),
    # a local office's director names no state; nor is a president's aide a kingdom's
    ("استقبل الرئيس المصري مدير مكتب التعليم في القاهرة اليوم.", "SAU",
     [(None, "EGY", "head_of_state")]),
    ("وقال مدير مكتب رئيس المجلس في بيان إن الجلسة تأجلت.", "SAU", []),
])
def test_an_office_head_names_no_state_of_his_own(text, home, actors):
    assert _actors(text, home=home)[0] == actors


def test_an_adviser_with_a_portfolio_the_gazetteer_does_not_know_is_an_official():
    text = "التقى وزير الخارجية السعودي في واشنطن اليوم مستشار الأمن القومي الأمريكي."
    assert ("MEET", ("SAU:foreign_minister", "USA:official")) in _pairs(text, home="SAU")
    text = "التقى وزير الخارجية السعودي في بغداد اليوم مستشار الأمن الوطني العراقي."
    assert _actors(text, home="SAU")[0][1] == (None, "IRQ", "official")
    # the near miss: an adviser of no state or body named is nobody's official
    text = "التقى وزير الخارجية السعودي في بغداد اليوم مستشار الشركة."
    assert [a for a in _actors(text, home="SAU")[0] if a[2] == "official"] == []
    # nor across a preposition: «مستشار للزعيم هو تركي فلان» is a man called Turki
    text = "وتحرك مستشار للزعيم هو تركي فلان لزيارة المدينة الليبية في مايو الماضي."
    assert all(a[2] is None for a in _actors(text, home="SAU")[0] if a[1] == "TUR")


def test_a_title_with_the_preposition_li_after_a_mention_is_another_person():
    # «وجه الرئيس المصري لوزير الخارجية دعوة»: the president and, apart, the minister
    text = "وجه الرئيس المصري لوزير الخارجية الأردني دعوة لزيارة القاهرة."
    assert _actors(text)[0] == [(None, "EGY", "head_of_state"), (None, "JOR", "foreign_minister")]
    text = "ونقل ولي العهد تحيات الملك للرئيس الفرنسي في باريس."
    assert (None, "FRA", "head_of_state") in _actors(text, home="SAU")[0]
    assert (None, "SAU", "head_of_state") in _actors(text, home="SAU")[0]
    # the near miss: a deputy's or an envoy's title governs the office after it
    text = "التقى النائب الثاني لرئيس مجلس الوزراء في جدة اليوم السفير الأمريكي."
    assert _actors(text, home="SAU")[0][0] == (None, "SAU", "official")


def test_a_special_adviser_is_an_official_of_the_head_he_serves():
    text = "التقى المستشار الخاص للرئيس الفلسطيني في عمان اليوم السفير الأمريكي."
    assert _actors(text)[0][0] == (None, "PSE", "official")
    text = "التقى المساعد الخاص لرئيس الوزراء البريطاني في لندن اليوم السفير الأمريكي."
    assert _actors(text)[0][0] == (None, "GBR", "official")
    # the near miss: the head himself
    text = "التقى الرئيس الفلسطيني في عمان اليوم السفير الأمريكي."
    assert _actors(text)[0][0] == (None, "PSE", "head_of_state")


def test_a_country_behind_a_prepositional_noun_is_not_the_titles():
    # «قام وزير الخارجية بزيارة مصر»: Egypt is the place visited, the minister the outlet's
    text = "قام وزير الخارجية بزيارة مصر أمس والتقى الرئيس المصري."
    assert _actors(text, home="SAU")[0][0] == (None, "SAU", "foreign_minister")
    text = "وصل وزير الدفاع لزيارة روسيا."
    assert _actors(text, home="SAU")[0][0] == (None, "SAU", "defense_minister")
    # the near miss: a state's form and a bare genitive name the title's state
    text = "التقى وزير خارجية دولة الإمارات في الرياض اليوم وزير الخارجية السعودي."
    assert _actors(text, home="SAU")[0][0] == (None, "ARE", "foreign_minister")
    text = "التقى وزير خارجية بلجيكا في الرياض اليوم وزير الخارجية السعودي."
    assert _actors(text, home="SAU")[0][0] == (None, "BEL", "foreign_minister")


def test_a_states_rival_parties_are_its_factions():
    text = "والتقى المبعوث الأممي الفرقاء الليبيين في تونس أمس."
    assert ("MEET", ("LBY:group", "UN:envoy")) in _pairs(text, home="TUN")
    text = "ويرعى المبعوث الأممي إلى اليمن مشاورات بين الأطراف اليمنية في مسقط."
    assert (None, "YEM", "group") in _actors(text, home="SAU")[0]
    # the near miss: parties of no state named are nobody («الأطراف المعنية»)
    text = "ودعا الوزير الأطراف المعنية إلى الحوار."
    assert [a for a in _actors(text, home="SAU")[0] if a[2] == "group"] == []


def test_a_states_armed_or_political_factions_are_its_group():
    text = "والتقى المبعوث الأممي الجماعات الليبية المتحاربة في جنيف أمس."
    assert ("MEET", ("LBY:group", "UN:envoy")) in _pairs(text, home="TUN")
    text = "واستقبل وزير الخارجية المصري ممثلي الفصائل الفلسطينية في القاهرة."
    assert any(a[1] == "PSE" for a in _actors(text, home="SAU")[0])
    # the near miss: factions of no state named are nobody («الجماعات الإرهابية»)
    text = "ودعا الوزير إلى مواجهة الجماعات الإرهابية والفصائل المسلحة."
    assert [a for a in _actors(text, home="SAU")[0] if a[2] == "group"] == []


TOPIC_GROUPS = [
    "وبحث الرئيس المصري عبد الفتاح السيسي مع وزير الخارجية الأمريكي جون كيري المصالحة بين "
    "الفصائل الفلسطينية.",
    "وبحث الرئيس المصري عبد الفتاح السيسي مع وزير الخارجية الأمريكي جون كيري توحيد الفصائل "
    "الفلسطينية.",
    "وبحث الرئيس المصري عبد الفتاح السيسي مع وزير الخارجية الأمريكي جون كيري دعم الفصائل "
    "السورية المعتدلة.",
]


@pytest.mark.parametrize("text", TOPIC_GROUPS)
def test_factions_a_contact_is_about_are_no_counterpart(text):
    pairs = _pairs(text, home="SAU")
    assert ("MEET", ("EGY:head_of_state", "USA:foreign_minister")) in pairs
    assert not any(side.endswith(":group") for _, pair in pairs for side in pair)


def test_the_syrian_coordination_body_is_an_opposition_party():
    text = ("التقى وزير الخارجية الروسي في موسكو أمس وفد هيئة التنسيق الوطنية لقوى التغيير "
            "الديمقراطي.")
    assert ("MEET", ("RUS:foreign_minister", "SYRIAN_NCB:delegation")) in _pairs(text)
    text = "التقى وزير الخارجية الروسي في موسكو أمس وفد هيئة التنسيق السورية."
    assert ("MEET", ("RUS:foreign_minister", "SYRIAN_NCB:delegation")) in _pairs(text)
    # the near misses: a coordinating body of no name, or a national one of another country's
    # cause, is nobody's
    text = "التقى وزير الخارجية الروسي في موسكو أمس وفد هيئة التنسيق."
    assert not any("SYRIAN_NCB" in side for _, pair in _pairs(text) for side in pair)
    text = ("واستقبل رئيس الجمهورية التونسي الباجي قائد السبسي وفدا عن هيئة التنسيق الوطنية لحماية "
            "الحقوق والحريات.")
    assert not any("SYRIAN_NCB" in side for _, pair in _pairs(text, home="TUN") for side in pair)


def test_countries_coordinated_after_a_plural_title_are_one_actor_each():
    text = "ويعقد وزراء خارجية الأردن والعراق ولبنان اجتماعا في عمان."
    assert _actors(text)[0] == [(None, code, "foreign_minister") for code in ("JOR", "IRQ", "LBN")]
    # a singular title takes one country; the next is a place or another party
    text = "وزار وزير الخارجية الأردني العراق ولبنان."
    assert [a[1] for a in _actors(text)[0]] == ["JOR"]


def test_a_director_general_of_an_organisation_is_its_head():
    text = "التقى المدير العام لليونسكو بوزير الثقافة المصري."
    assert _actors(text)[0][0] == (None, "UNESCO", "organization_head")
    text = "وقال المدير العام للجمارك إن الإيرادات ارتفعت."
    assert _actors(text, home="SAU")[0] == [(None, "SAU", "official")]


def test_the_head_of_an_organisation_is_its_head_and_of_a_movement_the_movement():
    text = "التقى رئيس المجلس الأوروبي بالسفير البريطاني في بروكسل."
    assert _actors(text)[0][0] == (None, "EU", "organization_head")
    text = "التقى رئيس المكتب السياسي لحركة حماس بوزير الخارجية القطري."
    assert _actors(text)[0][0] == (None, "HAMAS", "group")


def test_a_delegation_from_an_unknown_body_is_not_the_outlets():
    text = ("استقبل رئيس الوزراء الإسرائيلي وفدا من الكونغرس يضم عشرين عضوا. "
            "وبحث الوفد مع المسؤولين الإسرائيليين الملف الإيراني.")
    actors = _actors(text, home="SAU")
    assert all(a[1] != "SAU" for sent in actors for a in sent)
    # a delegation of a named country is remembered as before
    text = "وصل وفد أمريكي إلى الرياض. وبحث الوفد مع المسؤولين السعوديين التعاون."
    assert (None, "USA", "delegation") in _actors(text, home="SAU")[1]


def test_an_office_held_before_a_later_one_gives_the_role_of_that_year():
    # Cazeneuve was interior minister in 2015, prime minister from December 2016
    text = "التقت وزيرة الداخلية البريطانية نظيرها الفرنسي برنار كازنوف في لندن."
    assert ("Bernard Cazeneuve", "FRA", "minister") in _actors(text, date(2015, 7, 30))[0]


def test_outside_every_office_a_name_takes_the_office_held_last():
    # Theresa May: home secretary until 2016, then prime minister (listed in that order or not)
    text = "وقالت تيريزا ماي إن بلادها لن تتراجع."
    assert ("Theresa May", "GBR", "head_of_government") in _actors(text, date(2021, 3, 1))[0]
    # two offices that end together (president and defence minister): the first listed
    text = "وقال عبد العزيز بوتفليقة إن الجزائر لن تتراجع."
    assert ("Abdelaziz Bouteflika", "DZA", "head_of_state") in _actors(text, date(2021, 3, 1))[0]
    assert ("Abdelaziz Bouteflika", "DZA", "head_of_state") in _actors(text, date(2015, 3, 1))[0]


def test_a_bare_minister_with_a_nationality_is_the_minister_named_before():
    text = ("وصل وزير الخارجية الأردني إلى الجزائر. "
            "وعقد وزير الخارجية الجزائري مؤتمرا صحفيا مع الوزير الأردني.")
    assert (None, "JOR", "foreign_minister") in _actors(text)[1]
    # with no earlier office named, the bare title stays a minister
    assert _actors("التقى الوزير الأردني بالسفير الفرنسي.")[0][0] == (None, "JOR", "minister")


def test_a_plural_title_is_not_the_title_of_a_name_further_on():
    text = ("وعن لقاء النواب كبار المسؤولين هناك، أوضح وزير الخارجية التونسي خميس الجهيناوي ذلك. "
            "وقال الجهيناوي إن الزيارة لم تكن رسمية.")
    assert ("Khemaies Jhinaoui", "TUN", "foreign_minister") in _actors(text, date(2017, 3, 23))[1]
    text = "وعن لقاء النواب كبار المسؤولين هناك، أوضح خميس الجهيناوي ذلك."
    assert ("Khemaies Jhinaoui", "TUN", "foreign_minister") in _actors(text, date(2017, 3, 23))[0]
    # right before a list of names the plural title is theirs
    text = "يجتمع وزراء الخارجية السادة سامح شكري وأيمن الصفدي في القاهرة."
    assert _actors(text, date(2018, 1, 1))[0][:2] == [
        ("Sameh Shoukry", "EGY", "foreign_minister"), ("Ayman Safadi", "JOR", "foreign_minister")]


def test_rais_of_a_national_body_is_an_official_not_the_head_of_state():
    text = "التقى رئيس مجلس الأعمال الروسي بوزير الاقتصاد السعودي."
    assert _actors(text)[0][0] == (None, "RUS", "official")
    text = "استقبل رئيس السلطة الفلسطينية وزير الخارجية الأردني."
    assert _actors(text)[0][0] == (None, "PSE", "head_of_state")
    text = "التقى رئيس جمهورية مصر العربية بالعاهل الأردني."
    assert _actors(text)[0][0] == (None, "EGY", "head_of_state")


def test_the_head_of_the_state_in_a_republics_paper_only():
    text = "وقال رئيس الدولة إن الانتخابات ستجرى في موعدها."
    assert _actors(text, home="TUN") == [[(None, "TUN", "head_of_state")]]
    assert _actors(text, home="SAU") == [[]]


def test_a_head_of_state_and_an_envoy_sent_to_him_are_two_people():
    text = ("وسلم الرسالة لخادم الحرمين الشريفين، المبعوث الخاص للرئيس الروسي "
            "ميخائيل بوغدانوف.")
    actors = _actors(text)[0]
    assert actors[0] == (None, "SAU", "head_of_state")
    assert ("Mikhail Bogdanov", "RUS", "envoy") in actors


def test_spelling_variants_of_the_same_person():
    for text, name in (("التقى جانتيلوني بالوزير", "Paolo Gentiloni"),
                       ("التقى نتانياهو بالوزير", "Benjamin Netanyahu"),
                       ("التقى أولاند بالوزير", "Francois Hollande")):
        assert _actors(text, date(2015, 2, 25))[0][0][0] == name


def test_an_envoy_takes_the_country_of_the_principal_named_after_him():
    text = "استقبل الوزير المبعوث الخاص للرئيس الروسي في الرياض."
    assert (None, "RUS", "envoy") in _actors(text, home="SAU")[0]


def test_a_delegation_described_before_its_unknown_origin_is_not_the_outlets():
    text = "ووصل وفد عشائري من محافظة نائية إلى بغداد."
    assert _actors(text, home="SAU") == [[]]


def test_a_bare_peres_is_shimon_peres_only_after_his_full_name():
    # «بيريز» alone is also the Djerba Ghriba community leader (Perez Trabelsi) in Tunisian
    # news: only the surname of a Shimon Peres named in full earlier in the text is Peres
    named = ("قال شمعون بيريز إن السلام ممكن. والتقى بيريز أمس في باريس وزير الخارجية "
             "الفرنسي لوران فابيوس.")
    assert [(e["actor1_name"], e["actor2_country"])
            for e in extract_events(named, "2013-05-01", home="TUN")] == [
        ("Shimon Peres", "FRA")]
    local = "استقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج بيريز الطرابلسي."
    assert all("ISR" not in (e["actor1_country"], e["actor2_country"])
               for e in extract_events(local, "2016-05-01", home="TUN"))


def test_office_holders_of_states_outside_the_region_are_known_by_name():
    # a bare name takes the office its holder had in the article's year
    assert _pairs("اجتمع أوربان مع لوكاشينكو أمس.", "2017-03-01") == {
        ("MEET", ("BLR:head_of_state", "HUN:head_of_government"))}
    assert _pairs("استقبل موسيفيني أمس كينياتا.", "2017-03-01") == {
        ("MEET", ("KEN:head_of_state", "UGA:head_of_state"))}
    # one person, two offices: Kurz as foreign minister, then as chancellor
    assert _actors("وقال كورتس إن", date(2015, 5, 1)) == [
        [("Sebastian Kurz", "AUT", "foreign_minister")]]
    assert _actors("وقال كورتس إن", date(2019, 5, 1)) == [
        [("Sebastian Kurz", "AUT", "head_of_government")]]


def test_a_title_in_the_construct_state_takes_the_state_of_the_place_it_governs():
    assert _actors("استقبل ولي عهد أبوظبي أمس وزير الخارجية السعودي.") == [
        [(None, "ARE", "official"), (None, "SAU", "foreign_minister")]]
    assert _actors("التقى وزير خارجية طهران نظيره التركي.")[0][0] == (
        None, "IRN", "foreign_minister")
    # a definite title does not govern the place after it: «زار الرئيس الفرنسي باريس»
    sent = _prepare("زار الرئيس التونسي باريس أمس.", date(2017, 3, 1))[0]
    assert [(a.country, a.role) for a in sent.actors] == [("TUN", "head_of_state")]
    assert [p[2] for p in sent.places] == ["FRA"]
# ----------------------------------------------------------------------------- who is who
# (audit events outside politics read by hand; sentences written for these tests)

def _mentions(text, year=2017, home="TUN"):
    from pipeline.events.mentions import Sentence, find_mentions, tokenize
    sent = Sentence(text, 0, tokenize(text))
    find_mentions(sent, year, {}, home)
    return [(a.country or a.org, a.role) for a in sent.actors]


def test_a_title_with_bi_after_a_title_is_the_counterpart():
    text = "جمع لقاء أمس رئيس الجمهورية بوزير الثقافة الإيراني في قصر قرطاج."
    assert _mentions(text) == [("TUN", "head_of_state"), ("IRN", "minister")]


def test_the_other_heads_title_after_a_chancellor_is_her_host():
    text = "تلتقي المستشارة الألمانية أنجيلا ميركل رئيس الجمهورية الباجي قائد السبسي غدا."
    assert _mentions(text) == [("DEU", "head_of_government"), ("TUN", "head_of_state")]


def test_a_vague_title_names_the_office_of_a_year_the_gazetteer_knows_none():
    text = "استقبل وزير السكن الجزائري عبد المجيد تبون أمس سفير تونس بالجزائر."
    assert _mentions(text, year=2013)[0] == ("DZA", "minister")
    assert _mentions("استقبل الرئيس عبد المجيد تبون أمس سفير تونس.", year=2021)[0] == (
        "DZA", "head_of_state")


def test_a_bodys_title_after_a_named_ministers_name_is_his_guest():
    # the UN envoy right after a named foreign minister is the minister's guest, not one more
    # of the minister's titles (the minister keeps his own state)
    text = "استقبل وزير خارجية الأردن أيمن الصفدي المبعوث الأممي إلى ليبيا في عمان."
    assert _mentions(text, home="SAU") == [("JOR", "foreign_minister"), ("UN", "envoy")]
    assert ("MEET", ("JOR:foreign_minister", "UN:envoy")) in _pairs(text, home="SAU")


def test_a_name_alone_still_takes_its_bodys_title():
    text = "وقال أنطونيو غوتيريش الأمين العام للأمم المتحدة إن الحل سياسي."
    assert _mentions(text) == [("UN", "organization_head")]


def test_an_unnamed_head_or_minister_with_a_blocs_adjective_is_nobodys():
    # «رئيس أوروبي», «وزير أوروبي»: a head or minister of some European state, not the EU's
    # head and not the outlet's own
    text = "سيجري الرئيس البرتغالي الشهر المقبل أول زيارة لرئيس أوروبي إلى كوبا منذ عقود."
    assert _mentions(text, home="SAU") == [("PRT", "head_of_state")]
    assert _mentions("التقى وزير أوروبي أمس وزير الخارجية الإيراني.", home="SAU") == [
        ("IRN", "foreign_minister")]


def test_a_definite_head_title_with_a_blocs_adjective_is_a_member_states_head():
    # «الرئيس الأوروبي»: a state's head title with the bloc's adjective right after it is the
    # head of one of its states (here the speaker's), not the organisation's head
    assert _mentions("التقى الرئيس الأوروبي أمس وزير الخارجية الإيراني.", home="SAU") == [
        ("IRN", "foreign_minister")]
    text = "وقال: كنت الرئيس الأوروبي الوحيد الذي زار القاهرة العام الماضي."
    assert ("EU", "organization_head") not in _mentions(text, home="SAU")
    assert not [e for e in extract_events(
        "التقى الرئيس الأوروبي الرئيس التونسي في قرطاج أمس.", "2015-08-01")
        if "EU" in (e.actor1_org, e.actor2_org)]


def test_a_blocs_head_is_told_by_its_own_body_and_its_officials_are_its_own():
    assert _mentions("التقى رئيس المفوضية الأوروبية أمس وزير الخارجية الإيراني.",
                     home="SAU")[0] == ("EU", "organization_head")
    assert _mentions("التقى رئيس المجلس الأوروبي أمس وزير الخارجية الإيراني.",
                     home="SAU")[0] == ("EU", "organization_head")
    assert _mentions("التقى مسؤول أوروبي بارز وزير الخارجية الإيراني.", home="SAU")[0] == (
        "EU", "official")


def test_a_title_that_is_a_given_name_is_no_office_without_the_article():
    # «وسلطان الحمادي» in a list of advisers is a man called Sultan, not the outlet's head
    text = "ترأس الرئيس اليمني أمس اجتماعا حضره مستشاره سالم بن علي، وسلطان الحمادي."
    assert ("SAU", "head_of_state") not in _mentions(text, home="SAU")
    # with his country the title is the sultan's
    assert _mentions("استقبل سلطان عمان أمس وزير الخارجية الإيراني.", home="SAU") == [
        ("OMN", "head_of_state"), ("IRN", "foreign_minister")]


def test_an_envoys_principal_is_not_a_party():
    text = ("استقبل رئيس الجمهورية الباجي قائد السبسي بشر الخصاونة، المبعوث الخاص للملك "
            "الأردني، وتسلم منه رسالة.")
    assert _mentions(text) == [("TUN", "head_of_state"), ("JOR", "envoy")]
    text = "استقبل الملك سلمان أمس المبعوث الخاص للرئيس الروسي."
    assert _mentions(text) == [("SAU", "head_of_state"), ("RUS", "envoy")]


def test_heads_of_government_before_their_later_offices():
    assert _mentions("وصل رئيس الوزراء شارل ميشال إلى تونس.", year=2016) == [
        ("BEL", "head_of_government")]


def test_a_radios_envoy_is_a_correspondent_not_a_state_envoy():
    text = "قال الوزير السوري في تصريح لمبعوث الإذاعة إلى دمشق إن الوضع مستقر."
    assert ("TUN", "envoy") not in _mentions(text)
    assert ("USA", "envoy") in _mentions("التقى الرئيس المبعوث الأمريكي إلى سوريا أمس.")


def test_transliteration_variants_of_known_names():
    from datetime import date as _date

    from pipeline.events.extract import extract_events
    text = "وقال تشاوش أوغلو أثناء زيارة إلى لشبونة حيث يلتقي نظيره البرتغالي."
    evs = extract_events(text, _date(2015, 7, 27))
    assert ("VISIT", "TUR", "foreign_minister") in {
        (e["event_type"], e["actor1_country"], e["actor1_role"]) for e in evs}
    text = "التقى ولي العهد السعودي في جدة أمس رمضان قاديروف رئيس جمهورية الشيشان."
    keys = {(e["actor1_country"], e["actor2_country"]) for e in extract_events(
        text, _date(2015, 7, 22)) if e["event_type"] == "MEET"}
    assert keys & {("SAU", "RUS"), ("RUS", "SAU")}


# ----------------------------------------------------------------------------- generic officials

def test_officials_from_a_list_of_countries_are_each_countrys():
    # «مسؤولين من X وY»: one group of officials per country after «من»
    text = "اجتمع وزير الخارجية الياباني أمس مع مسؤولين من السويد والدنمارك في ستوكهولم."
    assert _pairs(text) == {("MEET", ("DNK:official", "JPN:foreign_minister")),
                            ("MEET", ("JPN:foreign_minister", "SWE:official"))}


def test_an_indefinite_delegation_from_a_country_is_that_countrys():
    text = "استقبل رئيس الوزراء العراقي أمس في بغداد وفدا من الأردن."
    assert ("JOR", "delegation") in {(c, r) for _, c, r in _actors(text)[0]}


def test_a_definite_delegation_coming_back_from_a_country_is_not_that_countrys():
    # «عاد الوفد من مصر»: where the delegation returns from, not whose it is
    assert ("EGY", "delegation") not in {(c, r) for _, c, r in
                                         _actors("وعاد الوفد من مصر مساء أمس.", home="TUN")[0]}


def test_the_plural_and_construct_forms_of_officials_take_their_nationality():
    assert _actors("التقى الوزير الأول الفرنسي المسؤولون الكويتيون أمس.")[0][-1] == (
        None, "KWT", "official")
    text = "بحث وزير الخارجية المغربي مع مسؤولي الإدارة الأمريكية في واشنطن التعاون."
    assert (None, "USA", "official") in _actors(text)[0]


def test_a_broken_plural_nationality_names_the_country():
    text = "التقى وزير الخارجية القطري أمس عددا من المسؤولين الأتراك في أنقرة."
    assert (None, "TUR", "official") in _actors(text)[0]


# states a plural nationality names (the Arab League's, the Security Council's permanent
# members, the region's powers and main partners): each resolves from its regular plural
_PLURAL_STATES = ("DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
                  "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
                  "USA", "GBR", "FRA", "RUS", "CHN", "TUR", "IRN", "ISR", "DEU", "ITA", "ESP",
                  "IND", "PAK", "JPN", "GRC", "CYP", "AFG", "ETH")


def test_every_state_plural_nationality_normalises_and_resolves():
    from pipeline.events.gazetteer import _norm, adjective_forms, load_gazetteer

    gaz = load_gazetteer()
    countries = load_yaml(GAZETTEER_DIR / "countries.yaml")

    def codes(form: str) -> set:
        toks = _norm(form)
        return {e.code for phrase, e in gaz.index.get(toks[0], ())
                if phrase == toks and e.kind == "adj"}

    for code in _PLURAL_STATES:
        assert countries[code].get("adjectives"), code
    for code, c in countries.items():
        forms = [f for stem in c.get("adjectives") or [] for f in adjective_forms(stem)
                 if f.endswith(("ين", "ون"))]
        for plural in c.get("plurals") or []:
            forms += [plural, "ال" + plural]
        for form in forms:
            assert codes(form) == {code}, (code, form)


@pytest.mark.parametrize("group, country", [
    ("المسؤولين المغاربة", "MAR"), ("مسؤولين مغاربة", "MAR"), ("المسؤولين التوانسة", "TUN"),
    ("مسؤولين هنود", "IND"), ("المسؤولين الإسبان", "ESP"), ("القادة القبارصة", "CYP"),
    ("المسؤولين الأتراك", "TUR"), ("المسؤولين الروس", "RUS"), ("المسؤولين الأمريكان", "USA"),
    ("المسؤولين الأميركيين", "USA"), ("المسؤولين الألمان", "DEU"), ("المسؤولين الأردنيين", "JOR"),
    ("المسؤولين الإيرانيين", "IRN"), ("الزعماء السعوديين", "SAU"), ("البرلمانيين الليبيين", "LBY"),
])
def test_an_unnamed_group_named_by_its_plural_nationality_is_that_state(group, country):
    text = f"التقى وزير الخارجية المصري سامح شكري مع {group} في العاصمة أمس."
    pair = tuple(sorted((f"{country}:official", "EGY:foreign_minister")))
    assert _pairs(text) == {("MEET", pair)}


def test_broken_plurals_in_the_subject_and_indefinite_name_the_state():
    text = "والتقى مسؤولون مغاربة بالرئيس الأمريكي باراك أوباما أمس."
    assert _pairs(text) == {("MEET", ("MAR:official", "USA:head_of_state"))}


def test_an_unnamed_group_after_a_named_actor_of_its_state_gives_no_event_of_its_own():
    # labelling conventions: «X وعدد من المسؤولين» gives events for the named actors only
    for group in ("وعددا من المسؤولين المغاربة", "والمسؤولين المغاربة", "وكبار المسؤولين المغاربة"):
        text = f"التقى وزير الخارجية الأمريكي جون كيري العاهل المغربي الملك محمد السادس {group}."
        assert _pairs(text, "2016-05-01") == {
            ("MEET", ("MAR:head_of_state", "USA:foreign_minister"))}, group
    text = "التقى وزير الخارجية الأمريكي جون كيري الرئيس المصري عبد الفتاح السيسي ومسؤولين كبار."
    assert _pairs(text, "2016-05-01") == {("MEET", ("EGY:head_of_state", "USA:foreign_minister"))}
    # a group of another state, or a group alone, is a party
    text = ("التقى وزير الخارجية الأمريكي جون كيري العاهل المغربي الملك محمد السادس "
            "والمسؤولين الإسبان.")
    assert ("MEET", ("ESP:official", "USA:foreign_minister")) in _pairs(text, "2016-05-01")
    text = "التقى وزير الخارجية الأمريكي جون كيري المسؤولين المغاربة في الرباط."
    assert _pairs(text, "2016-05-01") == {("MEET", ("MAR:official", "USA:foreign_minister"))}


def test_arabs_and_africans_are_no_state():
    for group in ("المسؤولين العرب", "المسؤولين الأفارقة", "القادة العرب"):
        text = f"التقى وزير الخارجية المصري سامح شكري مع {group} في القاهرة أمس."
        assert _pairs(text) == set(), group


def test_senior_officials_after_a_minister_are_other_people():
    # «كبار المسؤولين» after the minister's title are not more of his title: the officials
    # in Ankara are Turkey's, another party
    text = "التقى وزير الخارجية الأمريكي كبار المسؤولين في أنقرة أمس."
    first = _actors(text)[0]
    assert first == [(None, "USA", "foreign_minister"), (None, "TUR", "official")]
    text = "التقى وزير الخارجية الأمريكي كبار المسؤولين الروس في موسكو أمس."
    assert _pairs(text) == {("MEET", ("RUS:official", "USA:foreign_minister"))}


def test_a_known_name_with_the_fathers_name_between_is_the_person():
    # «عادل بن أحمد الجبير»: the gazetteer's «عادل الجبير» with the father's name inserted
    text = "استقبل أمير الكويت في قصر بيان أمس عادل بن أحمد الجبير وزير الخارجية."
    assert ("Adel al-Jubeir", "SAU", "foreign_minister") in _actors(text, home="SAU")[0]


def test_a_lineage_link_before_another_family_name_is_not_the_person():
    # the family name after «بن X» must be the known one
    text = "التقى وزير الخارجية الفرنسي أمس عادل بن أحمد القحطاني."
    assert all(name != "Adel al-Jubeir" for name, _, _ in _actors(text)[0])


def test_a_coordinator_or_commissioner_of_a_body_is_its_official():
    text = "استقبل الرئيس الصومالي أمس في مقديشو منسق الأمم المتحدة للشؤون الإنسانية."
    assert _pairs(text) == {("MEET", ("SOM:head_of_state", "UN:official"))}
    assert (None, "EU", "official") in _actors("التقى الرئيس التونسي المفوض الأوروبي أمس.")[0]


def test_a_coordinator_of_no_named_body_is_nobodys_official():
    # «منسق الحملة»: no country or organisation, and not the outlet's own official either
    assert _actors("وقال المنسق العام للمهرجان إن الدورة ناجحة.", home="TUN") == [[]]
    text = "التقى وزير الخارجية منسق الحملة أمس."
    assert [r for _, _, r in _actors(text, home="TUN")[0]] == ["foreign_minister"]


def test_a_bodys_coordinator_after_a_ministers_title_is_another_person():
    text = "التقى وزير الخارجية منسق الأمم المتحدة أمس."
    assert _actors(text, home="TUN")[0] == [(None, "TUN", "foreign_minister"),
                                            (None, "UN", "official")]


def test_officials_joined_to_a_named_foreign_leader_are_of_his_country():
    text = ("وصل وزير الخارجية العراقي إلى القاهرة لإجراء مباحثات مع الرئيس عبد الفتاح السيسي "
            "ومسؤولين كبار.")
    assert (None, "EGY", "official") in _actors(text, home="TUN")[0]


def test_officials_joined_to_the_outlets_own_leader_stay_unplaced():
    # a bare title given the outlet's country lends it to nobody: the officials have none
    text = "التقى وزير الخارجية الياباني أمس رئيس الجمهورية ومسؤولين كبار."
    assert _actors(text, home="TUN")[0] == [(None, "JPN", "foreign_minister"),
                                            (None, "TUN", "head_of_state")]


def test_a_time_word_ends_the_subjects_titles():
    # «... الياباني أمس رئيس الجمهورية»: the object's title, not more of the minister's
    text = "استقبل وزير الخارجية الياباني اليوم رئيس الوزراء الهندي."
    assert _pairs(text) == {("MEET", ("IND:head_of_government", "JPN:foreign_minister"))}


def test_a_known_name_after_bin_is_a_fathers_name_not_that_person():
    # «محمد بن حسين الشيخ»: «حسين الشيخ» is this man's father, not the Palestinian minister
    text = "استقبل أمير الكويت أمس رجل الأعمال محمد بن حسين الشيخ عبدالرحمن."
    assert all(name != "Hussein al-Sheikh" for name, _, _ in _actors(text)[0])
    assert ("Hussein al-Sheikh", "PSE", "minister") in _actors(
        "التقى وزير الخارجية الأردني أمس حسين الشيخ.", published=date(2015, 5, 1))[0]


def test_a_president_of_a_body_named_with_a_known_person_is_an_official():
    # «رئيس الديوان الملكي» in a year the gazetteer gives the man no office: the head of the
    # royal court, not of the state (Tebboune in 2013 had none either, «الرئيس» alone is his)
    text = "وكان في استقباله رئيس الديوان الملكي الهاشمي فايز الطراونة."
    assert ("Fayez Tarawneh", "JOR", "official") in _actors(text)[0]


# ----------------------------------------------------------------------------- anaphoric titles

def test_a_ministry_named_later_in_the_text_is_the_persons_office_throughout():
    # the fullest naming of a person in the document decides his role at every mention, also
    # at an earlier one that named only his crown prince's title
    text = ("عقد ولي ولي العهد الأمير محمد بن سلمان في جدة أمس اجتماعا مع وزير الدفاع الفرنسي. "
            "وكان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن "
            "سلمان قد وصل إلى جدة قادما من الرياض.")
    assert _actors(text, home="SAU")[0][0] == ("Mohammed bin Salman", "SAU", "defense_minister")
    # the near miss: a text that names no ministry for him keeps the crown prince's title
    text = ("عقد ولي ولي العهد الأمير محمد بن سلمان في جدة أمس اجتماعا مع وزير الدفاع الفرنسي. "
            "وكان ولي ولي العهد قد وصل إلى جدة قادما من الرياض.")
    assert _actors(text, home="SAU")[0][0] == ("Mohammed bin Salman", "SAU", "official")


def test_a_ministry_joined_by_and_to_a_crown_prince_or_deputy_title_is_his_office():
    # «X ولي ولي العهد ووزير الدفاع»: one person with two titles, the ministry decides
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الأمير محمد بن سلمان "
            "ولي ولي العهد ووزير الدفاع.")
    assert _actors(text)[0] == [("Abdel Fattah al-Sisi", "EGY", "head_of_state"),
                                ("Mohammed bin Salman", "SAU", "defense_minister")]
    text = "التقى الرئيس التركي أمس ناصر جودة نائب رئيس الوزراء ووزير الخارجية."
    assert _pairs(text) == {("MEET", ("JOR:foreign_minister", "TUR:head_of_state"))}
    # near misses: a name after the ministry is another minister's; so is a ministry after a
    # comma; and a generic «والوزير» names no office of his
    text = ("استقبل الرئيس المصري اليوم الأمير محمد بن سلمان ولي ولي العهد ووزير الخارجية "
            "عادل الجبير.")
    assert ("Adel al-Jubeir", "SAU", "foreign_minister") in _actors(text)[0]
    assert ("Mohammed bin Salman", "SAU", "official") in _actors(text)[0]
    text = "استقبل الرئيس المصري اليوم الأمير محمد بن سلمان ولي ولي العهد، ووزير الخارجية."
    assert len(_actors(text)[0]) == 3
    text = "استقبل الرئيس المصري اليوم الأمير محمد بن سلمان ولي ولي العهد والوزير."
    assert ("Mohammed bin Salman", "SAU", "official") in _actors(text)[0]


def test_a_womans_assistant_title_holds_no_office_of_her_principal():
    # «مساعدة وزير الخارجية»: the assistant secretary, an official, as «مساعد» is
    text = "التقى وزير الخارجية الإيراني أمس مساعدة وزير الخارجية الأمريكي."
    assert _pairs(text) == {("MEET", ("IRN:foreign_minister", "USA:official"))}
    # near misses: «مساعدة» as the verbal noun (helping) names the head after it
    text = "طالب وزير الخارجية الأمريكي روسيا بعدم مساعدة الرئيس السوري بشار الأسد."
    assert ("Bashar al-Assad", "SYR", "head_of_state") in _actors(text)[0]
    text = "التقى وزير الخارجية الإيراني أمس لمساعدة الرئيس السوري بشار الأسد."
    assert ("Bashar al-Assad", "SYR", "head_of_state") in _actors(text)[0]


def test_a_bare_title_refers_back_to_the_person_named_with_it():
    text = ("وصل الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع إلى القاهرة مساء أمس. "
            "ويلتقي ولي ولي العهد السعودي اليوم الرئيس المصري عبد الفتاح السيسي.")
    second = _actors(text, home="SAU")[1]
    assert second[0] == ("Mohammed bin Salman", "SAU", "defense_minister")
    assert ("MEET", ("EGY:head_of_state", "SAU:defense_minister")) in _pairs(text, home="SAU")


def test_a_bare_title_given_to_two_people_refers_to_neither():
    text = ("استقبل الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع الضيف. "
            "وحضر الأمير محمد بن نايف ولي ولي العهد السابق اللقاء. "
            "ويلتقي ولي ولي العهد السعودي غدا الرئيس المصري.")
    third = _actors(text, home="SAU")[2]
    assert third[0] == (None, "SAU", "official")


def test_a_bare_title_of_the_outlets_own_office_is_not_a_foreigner_named_with_it():
    text = ("يزور وزير الخارجية الإيطالي باولو جنتيلوني تونس اليوم. "
            "ويلتقي الضيف رئيس الجمهورية ووزير الخارجية.")
    second = _actors(text, home="TUN")[1]
    assert (None, "TUN", "foreign_minister") in second
    assert all(name != "Paolo Gentiloni" for name, _, _ in second)


def test_a_bare_generic_title_refers_back_to_the_person_named_with_it():
    # «الأمير» names no office, but a later bare «الأمير» is the prince the text named
    text = ("استقبل الأمير محمد بن سلمان وزير الخارجية الأمريكي في جدة. "
            "وبحث الأمير مع الوزير الأمريكي التعاون العسكري.")
    second = _actors(text, home="SAU")[1]
    # (the text names no ministry of his: his standing title's office, official)
    assert second[0] == ("Mohammed bin Salman", "SAU", "official")
    # near-miss: two princes named, the bare title is neither (the outlet's own head)
    text = ("استقبل الأمير محمد بن سلمان والأمير محمد بن نايف وزير الخارجية الأمريكي. "
            "وبحث الأمير مع الوزير الأمريكي التعاون العسكري.")
    assert _actors(text, home="SAU")[1][0] == (None, "SAU", "head_of_state")


def test_a_bare_generic_title_of_the_outlets_office_is_not_a_foreigner_named_with_it():
    text = ("استقبل الرئيس أردوغان وزير الخارجية التونسي في أنقرة. "
            "ثم التقى الرئيس رئيس الحكومة.")
    second = _actors(text, home="TUN")[1]
    assert (None, "TUN", "head_of_state") in second
    assert all(name != "Recep Tayyip Erdogan" for name, _, _ in second)


def test_a_bare_crown_prince_is_the_one_named_with_his_states_construct():
    # «ولي عهد البحرين» is definite by its state: later «ولي العهد» is the same man
    text = ("التقى ولي عهد البحرين الأمير سلمان بن حمد وزير الخارجية التونسي في المنامة. "
            "وبحث ولي العهد مع الوزير التونسي العلاقات الثنائية.")
    second = _actors(text, home="TUN")[1]
    assert second[0][:2] == ("Salman bin Hamad Al Khalifa", "BHR")
    # near-miss: a kingdom's paper has a crown prince of its own
    assert _actors(text, home="SAU")[1][0] == (None, "SAU", "official")


def test_a_crown_prince_is_never_a_republics_own():
    assert _actors("وقال ولي العهد إن المرحلة تتطلب الحكمة.", home="TUN") == [[]]
    assert _actors("وقال ولي العهد إن المرحلة تتطلب الحكمة.", home="SAU") == [
        [(None, "SAU", "official")]]


def test_a_bare_title_joined_to_a_foreign_leader_named_with_a_generic_title():
    # «الرئيس التركي أردوغان ورئيس الأركان»: Turkey's or the outlet's chief of staff;
    # his state's only when the text named that office of that state before
    text = "وصل وزير الدفاع الأمريكي إلى أنقرة حيث التقى الرئيس التركي أردوغان ورئيس الأركان."
    assert [a for a in _actors(text, home="SAU")[0] if a[1] == "SAU"] == []
    text = ("قال رئيس الأركان التركي إن الجيش مستعد. "
            "ووصل وزير الدفاع الأمريكي إلى أنقرة حيث التقى الرئيس التركي أردوغان ورئيس الأركان.")
    assert (None, "TUR", "official") in _actors(text, home="SAU")[1]


def test_the_greetings_of_someone_else_end_the_bearers_titles():
    text = ("وصل الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع إلى جدة. "
            "ونقل ولي ولي العهد تحيات خادم الحرمين الشريفين الملك سلمان إلى الضباط.")
    second = _actors(text, home="SAU")[1]
    assert second[0] == ("Mohammed bin Salman", "SAU", "defense_minister")
    assert second[1][0] == "King Salman bin Abdulaziz"


def test_a_name_joined_by_wa_after_a_comma_is_another_person():
    text = "وحضر اللقاء وزير الداخلية، وآشتون كارتر وزير الدفاع الأمريكي."
    assert _actors(text, home="SAU")[0] == [
        (None, "SAU", "minister"), ("Ashton Carter", "USA", "defense_minister")]


def test_the_bare_head_of_a_title_known_only_with_its_nationality_names_its_bearer_again():
    text = ("قالت المستشارة الألمانية أنغيلا ميركل اليوم إن بلادها مستعدة للتعاون. "
            "واستقبل رئيس الجمهورية الباجي قايد السبسي المستشارة في قصر قرطاج.")
    assert ("Angela Merkel", "DEU", "head_of_government") in _actors(text, home="TUN")[1]
    assert ("MEET", ("DEU:head_of_government", "TUN:head_of_state")) in _pairs(text, home="TUN")


def test_the_bare_head_alone_names_nobody_without_its_bearer_before():
    text = "واستقبل رئيس الجمهورية الباجي قايد السبسي المستشارة في قصر قرطاج."
    assert _actors(text, home="TUN")[0] == [("Beji Caid Essebsi", "TUN", "head_of_state")]


def test_an_envoy_named_after_his_principal_and_his_mandate_is_one_person():
    text = ("والتقى المبعوث الخاص للرئيس الصيني لشؤون أفريقيا نائب وزير الخارجية وانغ يي "
            "الرئيس المصري أمس.")
    first = _actors(text)[0]
    assert first[0] == ("Wang Yi", "CHN", "envoy")
    assert (None, "EGY", "head_of_state") in first


def test_an_envoys_mandate_ends_at_a_comma():
    text = "وحضر المبعوث الخاص للرئيس الروسي للشرق الأوسط، ووزير الخارجية الصيني وانغ يي."
    first = _actors(text)[0]
    assert first[0] == (None, "RUS", "envoy")
    assert first[1][0] == "Wang Yi"


# ----------------------------------------------------------------------------- first names

def test_a_title_with_a_first_name_refers_to_the_person_named_in_full_earlier():
    # «الملك عبد الله» after «الملك عبدالله الثاني»: the Jordanian king, not the Saudi one
    text = ("وصل الملك عبدالله الثاني إلى الرياض مساء أمس. "
            "وعقد الملك عبد الله اجتماعا مع وزير الخارجية السعودي عادل الجبير.")
    second = _actors(text)[1]
    assert ("King Abdullah II", "JOR", "head_of_state") in second
    assert ("MEET", ("JOR:head_of_state", "SAU:foreign_minister")) in _pairs(text)


def test_a_first_name_shared_by_two_people_named_before_refers_to_neither():
    text = ("التقى الأمير محمد بن سلمان والأمير محمد بن نايف في جدة. "
            "ثم استقبل الأمير محمد السفير الأمريكي.")
    names = {a[0] for a in _actors(text)[1]}
    assert "Mohammed bin Salman" not in names and "Mohammed bin Nayef" not in names


def test_a_first_name_followed_by_a_lineage_is_another_persons_full_name():
    text = ("وصل الملك عبدالله الثاني إلى الرياض. "
            "والتقى الأمير عبدالله بن فهد السفير الأمريكي.")
    assert "King Abdullah II" not in {a[0] for a in _actors(text)[1]}


def test_a_first_name_needs_the_full_name_before_it():
    text = "وعقد الملك عبد الله اجتماعا مع وزير الخارجية السعودي."
    assert "King Abdullah II" not in {a[0] for a in _actors(text)[0]}


# ----------------------------------------------------------------------------- parliament members

def test_members_of_a_parliament_with_its_country_are_its_officials():
    text = "واجتمع السفير الألماني أمس مع أعضاء مجلس النواب الأردني في عمان."
    assert ("MEET", ("DEU:official", "JOR:official")) in _pairs(text)


def test_parliamentarians_with_a_nationality_are_its_officials():
    text = "التقى وزير الخارجية الإسباني برلمانيين مغربيين."
    assert (None, "MAR", "official") in _actors(text)[0]


def test_members_of_a_parliament_alone_are_nobodys_officials():
    # no country attached: not the outlet's own parliament either (a collective title)
    actors = _actors("التقى وزير الخارجية الإسباني أعضاء البرلمان.", home="TUN")[0]
    assert all(a[2] != "official" for a in actors)


def test_the_maghrebi_spelling_of_merkel_is_the_chancellor():
    text = "واجتمع رئيس الوزراء الإيطالي مع ميركيل في روما."
    assert ("Angela Merkel", "DEU", "head_of_government") in _actors(text)[0]


# ----------------------------------------------------------------------------- embassy diplomats

def test_a_charge_daffaires_with_a_nationality_is_its_countrys_official():
    text = "واستقبل وزير الخارجية المغربي أمس القائم بالأعمال الإيراني في الرباط."
    assert ("MEET", ("IRN:official", "MAR:foreign_minister")) in _pairs(text)


def test_an_embassy_secretary_takes_the_country_of_the_embassy():
    text = "واستقبل وزير الخارجية المغربي السكرتير الأول بالسفارة الكندية."
    assert (None, "CAN", "official") in _actors(text)[0]


def test_a_bare_attache_is_nobodys_official():
    # no embassy or nationality attached: not the outlet's own diplomat either
    actors = _actors("واستقبل وزير الخارجية المغربي الملحق الثقافي.", home="MAR")[0]
    assert [a for a in actors if a[2] == "official"] == []


# ----------------------------------------------------------------------------- institutions

def _roles(text: str, home: str | None = "SAU") -> list[tuple]:
    return [(a.country or a.org, a.role, a.institution) for s in _prepare(text, None, home)
            for a in s.actors]


def test_a_ministry_with_its_nationality_is_that_states_official():
    text = "واستقبلت وزارة الخارجية الكندية أمس القائم بالأعمال الإيراني."
    assert ("CAN", "official", True) in _roles(text)


def test_a_government_named_by_its_adjective_is_an_official_actor():
    assert ("ITA", "official", True) in _roles("وبدأت الحكومة الإيطالية محادثات مع تونس.")


def test_an_institution_alone_is_nobodys_actor():
    # «الحكومة» with no country attached does not fall back to the outlet's own country
    assert _roles("وقالت الحكومة إن الاجتماع سيعقد لاحقا.", home="TUN") == []


def test_a_mission_of_an_organisation_is_its_delegation():
    assert ("IMF", "delegation", True) in _roles(
        "وتلتقي بعثة صندوق النقد الدولي اليوم وزير المالية.", home="TUN")


def test_the_head_of_a_mission_heads_a_delegation():
    assert ("IMF", "delegation", False) in _roles(
        "وقال رئيس بعثة صندوق النقد الدولي إن المحادثات إيجابية.", home="TUN")


def test_a_bare_mission_refers_back_to_the_mission_named_before():
    text = ("وصلت بعثة صندوق النقد الدولي إلى تونس أمس. "
            "وعقدت البعثة اجتماعا مع وزير المالية.")
    assert ("IMF", "delegation", True) in [
        (a.country or a.org, a.role, a.institution)
        for a in _prepare(text, None, "TUN")[1].actors]


def test_a_joint_committee_is_the_first_named_sides_delegation():
    text = "واجتمعت اللجنة المغربية الإسبانية المشتركة في مدريد."
    assert ("MAR", "delegation", True) in _roles(text)


def test_a_committee_that_is_no_joint_one_is_no_actor():
    assert _roles("وأنهت لجنة التحقيق المغربية أعمالها في الرباط.") == []


def test_an_institution_after_a_title_is_the_title_holders_body():
    # one actor, the spokesman, of the ministry's country (not two)
    assert _roles("وقال المتحدث باسم وزارة الخارجية اليابانية إن الاجتماع تأجل.") == [
        ("JPN", "official", False)]
    assert _roles("والتقى الوزير المسؤولين بوزارة الدفاع البرازيلية.")[-1] == (
        "BRA", "official", False)


def test_an_institution_after_a_seat_word_is_a_place():
    text = "والتقى وزير الخارجية المصري نظيره الهندي بمقر وزارة الخارجية الهندية."
    assert all(not inst for _, _, inst in _roles(text))


def test_an_institution_in_a_party_name_is_the_party():
    assert all(not inst for _, _, inst in _roles("والتقى الوزير رئيس حزب الحكومة الجديدة."))


def test_an_institution_never_names_a_person():
    text = "وناقش وزيرا الخارجية الجبير وشكري الملف."
    assert ("SAU", "foreign_minister", False) in _roles(text)


def test_a_ministry_that_summons_an_ambassador_meets_him():
    pairs = _pairs("والتقت وزارة الخارجية الكندية أمس السفير الإيراني في أوتاوا.")
    assert ("MEET", ("CAN:official", "IRN:official")) in pairs


def test_a_ministry_does_not_travel():
    # «حتى تصل الرسالة»: a government is no visitor
    pairs = _pairs("ووقفت الحكومة البحرينية بحزم حتى تصل الرسالة إلى طهران.")
    assert not any(t == "VISIT" for t, _ in pairs)


def test_a_dual_noun_refers_to_people_not_to_the_ministry_quoted_before():
    text = ("وذكرت وزارة الدفاع الأمريكية أن وزير الدفاع آشتون كارتر استقبل وزير الدفاع السعودي "
            "الأمير محمد بن سلمان. وناقش الوزيران التعاون العسكري.")
    assert not any("official" in pair[0] or "official" in pair[-1]
                   for t, pair in _pairs(text) if t == "MEET")


def test_a_bare_institution_is_the_one_of_its_kind_named_before():
    text = ("وبدأت الحكومة البلجيكية مشاورات مع المغرب. "
            "وقالت الحكومة إن الجولة الثانية ستعقد في الرباط.")
    assert ("BEL", "official", True) in [
        (a.country or a.org, a.role, a.institution)
        for a in _prepare(text, None, "SAU")[1].actors]


def test_a_verb_keeps_a_later_nationality_from_an_institution():
    assert _roles("وأكدت الحكومة تمسكها بالموقف المصري.", home="TUN") == []


def test_an_institutions_complement_may_stand_before_its_nationality():
    assert ("IDN", "official", False) in _roles(
        "والتقى الوزير مسؤولين من وزارة الشؤون الدينية الإندونيسية.")


def test_a_parliament_by_its_kind_takes_the_nationality_after_it():
    assert ("KWT", "official", True) in _roles("واستقبل مجلس الأمة الكويتي الوفد.")


def test_a_parliament_by_its_proper_name_is_its_states():
    assert ("USA", "delegation", False) in _roles(
        "والتقى رئيس الحكومة بوفد من الكونغرس يترأسه السيناتور.", home="TUN")
    assert ("USA", "official", False) in _roles("والتقى السفير الإسرائيلي أعضاء الكونغرس.")


def test_the_leaders_of_one_state_are_its_officials():
    assert ("KEN", "official", False) in _roles("والتقى الرئيس الأمريكي قادة كينيا.")
    # a bloc's leaders are its heads
    assert ("GCC", "head_of_state", False) in _roles(
        "والتقى الرئيس الأمريكي قادة دول مجلس التعاون.")


def test_coordinated_bodies_after_a_plural_title_are_one_actor_each():
    roles = _roles("والتقى الوزير المسؤولين بصندوق النقد الدولي والمفوضية الأوروبية.",
                   home="GRC")
    assert {("IMF", "official", False), ("EU", "official", False)} <= set(roles)


def test_a_ministry_that_summons_a_foreign_ambassador_meets_him():
    pairs = _pairs("واستدعت وزارة الخارجية الهولندية السفير الروسي في لاهاي.")
    assert ("MEET", ("NLD:official", "RUS:official")) in pairs
    # recalling one's own ambassador names no one met
    assert not _pairs("واستدعت وزارة الخارجية الهولندية سفيرها في موسكو للتشاور.")


def test_a_joint_bodys_name_and_purpose_do_not_cut_it_from_its_meeting():
    text = ("وعقدت اللجنة المغربية الفرنسية المشتركة لتنسيق التعاون الأمني، "
            "اجتماعها الأول مع المسؤولين بوزارة الداخلية الفرنسية في باريس.")
    assert ("MEET", ("FRA:official", "MAR:delegation")) in _pairs(text)


def test_an_ordinal_after_a_meeting_noun_keeps_its_counterpart():
    text = "وعقد الوفد الأردني اجتماعه الرابع مع المسؤولين العراقيين في بغداد."
    assert ("MEET", ("IRQ:official", "JOR:delegation")) in _pairs(text)


def test_a_working_session_held_by_a_mission_is_a_meeting():
    text = ("وصلت بعثة البنك الدولي إلى عمان أمس. "
            "وعقدت البعثة جلسة عمل مع وزير المالية الأردني.")
    assert ("MEET", ("JOR:minister", "WORLD_BANK:delegation")) in _pairs(text)


# ----------------------------------------------------------------------------- counterparts

def test_plural_counterparts_named_by_a_bloc_adjective_are_the_bloc():
    pairs = _pairs("اجتمع وزير الخارجية الياباني مع نظرائه الخليجيين في الرياض أمس.")
    assert ("MEET", ("GCC:foreign_minister", "JPN:foreign_minister")) in pairs


def test_colleagues_named_by_a_bloc_adjective_are_the_bloc():
    pairs = _pairs("وبحث وزير الخارجية الصيني مع زملائه العرب في القاهرة أمس الأوضاع في ليبيا.")
    assert ("MEET", ("ARAB_LEAGUE:foreign_minister", "CHN:foreign_minister")) in pairs


def test_plural_counterparts_of_a_named_bloc_after_min():
    pairs = _pairs("وقال وزير الخارجية الألماني إنه سيلتقي نظراءه من دول مجلس التعاون الخليجي.")
    assert ("MEET", ("DEU:foreign_minister", "GCC:foreign_minister")) in pairs


def test_a_bloc_adjective_alone_names_no_actor():
    # «الخليجيين» qualifies a counterpart only: the officials here are nobody's actor
    assert _actors("وتحدث المسؤولون الخليجيون عن الأوضاع في المنطقة.") == [[]]


def test_a_counterpart_without_nationality_is_of_the_state_visited():
    text = ("وقال وزير الخارجية الهندي أثناء زيارة إلى مدريد حيث التقى نظيره خوان "
            "مارتينيث إن البلدين يعملان معا.")
    pairs = _pairs(text)
    assert ("MEET", ("ESP:foreign_minister", "IND:foreign_minister")) in pairs


def test_the_destination_of_a_visit_verb_names_the_counterpart_state():
    text = ("وصل رئيس الوزراء الياباني أمس إلى لشبونة في زيارة رسمية التقى خلالها نظيره "
            "جواو سيلفا.")
    assert ("MEET", ("JPN:head_of_government", "PRT:head_of_government")) in _pairs(text)


def test_a_counterpart_in_the_sentence_after_a_visit_is_of_the_state_visited():
    text = ("وصل وزير الخارجية الهندي إلى مدريد أمس في زيارة رسمية. وعقد الوزير الهندي "
            "جلسة مباحثات مع نظيره خوان مارتينيث.")
    assert ("MEET", ("ESP:foreign_minister", "IND:foreign_minister")) in _pairs(text)


def test_a_visit_two_sentences_back_does_not_name_the_counterpart_state():
    text = ("وصل وزير الخارجية الهندي إلى مدريد أمس في زيارة رسمية. وتستمر الزيارة يومين. "
            "وعقد الوزير الهندي جلسة مباحثات مع نظيره خوان مارتينيث.")
    assert not any(e for e in _actors(text)[2] if e[1] == "ESP")


def test_a_counterpart_without_nationality_and_without_a_visit_names_no_one():
    text = "وقال وزير الخارجية الهندي في مدريد إنه التقى نظيره خوان مارتينيث."
    assert not any(e for e in _actors(text)[0] if e[1] == "ESP")


def test_a_departure_place_is_not_the_counterpart_state():
    # the place after «غادر» is where he left from, not the visit's destination
    text = "غادر وزير الخارجية الهندي مدريد بعد أن التقى نظيره خوان مارتينيث."
    assert not any(e for e in _actors(text)[0] if e[1] == "ESP")


# ----------------------------------------------------------------------------- honorific pronouns

def test_an_honorific_pronoun_names_back_an_office_given_without_a_name():
    text = ("وصل وزير الخارجية الهولندي إلى الرياض مساء أمس. واستقبل خادم الحرمين الشريفين "
            "معاليه في قصر السلام.")
    assert ("MEET", ("NLD:foreign_minister", "SAU:head_of_state")) in _pairs(text, home="SAU")


def test_fakhamatuhu_names_back_a_head_of_state_given_by_title():
    text = ("وصل الرئيس الأرجنتيني إلى الرياض مساء أمس. واستقبل خادم الحرمين الشريفين فخامته "
            "في قصر اليمامة.")
    assert ("MEET", ("ARG:head_of_state", "SAU:head_of_state")) in _pairs(text, home="SAU")


def test_an_honorific_pronoun_takes_the_person_named_after_the_office():
    # the office came first, a named minister after it: «معاليه» is the named one
    text = ("وصل وزير الخارجية الهولندي إلى الرياض مساء أمس. وكان في استقباله وزير الخارجية "
            "عادل الجبير. وعقد معاليه اجتماعا مع السفراء.")
    third = _actors(text, home="SAU")[2]
    assert ("Adel al-Jubeir", "SAU", "foreign_minister") in third


def test_an_honorific_pronoun_does_not_name_back_an_office_it_does_not_fit():
    # «فخامته» is a head of state's; a foreign minister named by title alone is not one
    text = "وصل وزير الخارجية الهولندي إلى الرياض مساء أمس. وقال فخامته إن الزيارة مهمة."
    assert _actors(text, home="SAU")[1] == []


# ----------------------------------------------------------------------------- spacing variants

def test_a_bound_prefix_is_matched_joined_or_apart():
    from pipeline.events.gazetteer import spacing_variants
    prefixes = frozenset({"عبد", "ابو"})
    assert spacing_variants(("عبد", "الكريم", "سالم"), prefixes) == {("عبدالكريم", "سالم")}
    assert spacing_variants(("ابوظبي",), prefixes) == {("ابو", "ظبي")}
    assert spacing_variants(("الرياض",), prefixes) == set()


def test_a_name_listed_apart_is_found_written_joined():
    # «أبو مازن» is listed with a space only
    text = "استقبل أبومازن في رام الله أمس وزير الخارجية الياباني."
    assert ("Mahmoud Abbas", "PSE", "head_of_state") in _actors(text)[0]
    assert ("MEET", ("JPN:foreign_minister", "PSE:head_of_state")) in _pairs(text)


def test_head_of_a_mission_or_delegation_is_the_delegation():
    # «رئيس بعثة صندوق النقد» heads the Fund's mission, not the Fund (its managing director)
    for text in ("التقى رئيس بعثة صندوق النقد الدولي أمس رئيس الحكومة التونسي في القصبة.",
                 "التقى رئيس البعثة الأوروبية أمس وزير الخارجية التونسي في تونس.",
                 "التقت رئيسة وفد البنك الدولي أمس وزير المالية المغربي في الرباط."):
        roles = {role for _name, _code, role in _actors(text)[0]}
        assert "delegation" in roles and "organization_head" not in roles, text


# ------------------------------------------------------- gazetteer entries found in the news

def test_the_head_of_an_organisation_named_by_its_arabic_title():
    # «الأمين العام لرابطة العالم الإسلامي», «الأمين العام لمجلس التعاون» (GCC without «الخليجي»)
    text = ("استقبل الأمين العام لرابطة العالم الإسلامي السفير الإندونيسي في مكة أمس. "
            "والتقى الأمين العام لمجلس التعاون وزير الخارجية الأمريكي في الرياض.")
    first, second = _actors(text)
    assert (None, "MWL", "organization_head") in first
    assert (None, "GCC", "organization_head") in second


def test_a_bare_name_of_a_speaker_of_parliament_takes_his_office():
    assert ("Marzouq al-Ghanim", "KWT", "official") in _actors(
        "التقى مرزوق الغانم السفير الأمريكي في الكويت أمس.")[0]


def test_a_maghrebi_spelling_of_a_known_head_of_government():
    # «مانوال فالس» in Tunisian papers for Manuel Valls
    assert ("Manuel Valls", "FRA", "head_of_government") in _actors(
        "استقبل مانوال فالس رئيس الحكومة التونسي في باريس.", published=date(2016, 11, 9),
        home="TUN")[0]


def test_a_nationality_adjective_of_a_smaller_state():
    assert (None, "ALB", "foreign_minister") in _actors(
        "استقبل الرئيس التونسي وزير الخارجية الألباني في قرطاج.", home="TUN")[0]


def test_a_title_with_a_surname_that_is_also_a_first_name_is_the_person():
    # «هادي» alone is a common first name; with the title it is Yemen's president
    first = _actors("استقبل الرئيس هادي في الرياض أمس المبعوث الأممي.", published=date(2015, 8, 1),
                    home="SAU")[0]
    assert ("Abdrabbuh Mansur Hadi", "YEM", "head_of_state") in first
    assert not any(name == "Abdrabbuh Mansur Hadi" for name, _c, _r in _actors(
        "وقال هادي العمري إن الاجتماع انتهى.", published=date(2015, 8, 1), home="SAU")[0])


# ----------------------------------------------------------------------------- spellings

def test_the_hamza_on_ya_spelling_of_officials_is_the_same_title():
    usual = _actors("التقى وزير الخارجية الفرنسي كبار المسؤولين الأردنيين في عمان.", home="SAU")
    older = _actors("التقى وزير الخارجية الفرنسي كبار المسئولين الأردنيين في عمان.", home="SAU")
    assert (None, "JOR", "official") in usual[0]
    assert older == usual
    assert _pairs("التقى وزير الخارجية الفرنسي أمس كبار المسئولين الأردنيين.", home="SAU") == {
        ("MEET", ("FRA:foreign_minister", "JOR:official"))}


def test_the_hamza_on_ya_spelling_inside_a_listed_title():
    # «وزير الشئون الخارجية»: the lexicon's «وزير الشؤون الخارجية», whichever way it is listed
    assert _actors("وصل وزير الشئون الخارجية التونسي إلى الرباط.", home="SAU") == [
        [(None, "TUN", "foreign_minister")]]


# ----------------------------------------------------------------------------- regions

def test_the_head_of_a_self_governing_region_is_an_official_of_its_state():
    text = "التقى وزير الخارجية الإيطالي في بغداد رئيس إقليم كردستان العراق."
    assert _actors(text, home="SAU") == [[(None, "ITA", "foreign_minister"),
                                          (None, "IRQ", "official")]]
    assert _pairs(text, home="SAU") == {("MEET", ("IRQ:official", "ITA:foreign_minister"))}


def test_the_head_of_a_federal_republic_is_an_official_of_its_state():
    # «رئيس جمهورية الشيشان»: a republic of the Russian federation, not a state of its own
    text = "التقى وزير الخارجية الأردني في عمان رئيس جمهورية الشيشان."
    assert _actors(text, home="SAU") == [[(None, "JOR", "foreign_minister"),
                                          (None, "RUS", "official")]]
    # the people's name after a noun is no office («المقاتلون الشيشان»)
    assert _actors("وقاتل المقاتلون الشيشان في سوريا.", home="SAU") == [[]]


def test_the_region_named_back_by_its_anaphor():
    text = ("وصل وزير الخارجية الإيطالي إلى إقليم كردستان أمس. "
            "واجتمع الوزير الإيطالي مع رئيس حكومة الإقليم.")
    assert _actors(text, home="SAU")[1] == [(None, "ITA", "foreign_minister"),
                                            (None, "IRQ", "official")]


def test_the_region_anaphor_names_nothing_before_a_region_is_named():
    # «دول الإقليم»: the countries of the area; «رئيس حكومة الإقليم» then is no known office
    text = "ناقش وزراء دول الإقليم الأزمة. واجتمع وزير الخارجية الإيطالي مع رئيس حكومة الإقليم."
    assert (None, "IRQ", "official") not in _actors(text, home="SAU")[1]


def test_a_head_title_given_to_a_regions_leader_is_no_states_head():
    text = "التقى وزير الخارجية الإيطالي أمس رئيس الحكومة نيجيرفان بارزاني في أربيل."
    assert ("Nechirvan Barzani", "IRQ", "official") in _actors(text, home="SAU")[0]


def test_an_office_in_a_department_of_a_foreign_institution_is_of_that_state():
    # the department's name («إدارة آسيا») between the office and the ministry it belongs to
    text = "استقبل وزير الخارجية السعودي مدير إدارة آسيا بوزارة الخارجية الصينية في الرياض."
    assert _pairs(text, home="SAU") == {("MEET", ("CHN:official", "SAU:foreign_minister"))}
    text = "وصل مسؤول دائرة العلاقات الخارجية في حكومة إقليم كردستان إلى واشنطن."
    assert _actors(text, home="SAU")[0][0] == (None, "IRQ", "official")


# ----------------------------------------------------------------------------- construct titles

def test_a_title_in_the_construct_state_before_a_name_is_that_persons_states_office():
    # «وزير خارجية بشار الأسد»: Assad's foreign minister, not Assad; Assad stays the president
    text = ("أعلن الرئيس السوري بشار الأسد دعمه للحل. "
            "والتقى وزير خارجية الأسد مع نظيره العماني في مسقط أمس. "
            "وقال الأسد إن الحل سياسي.")
    first, second, third = _actors(text, home="SAU")
    assert second[0] == (None, "SYR", "foreign_minister")
    assert third == [("Bashar al-Assad", "SYR", "head_of_state")]
    assert _pairs(text, home="SAU") == {("MEET", ("OMN:foreign_minister",
                                                  "SYR:foreign_minister"))}


def test_a_body_in_the_construct_state_before_a_head_is_the_body():
    text = "التقى وزير الخارجية المصري مسؤولي إدارة الرئيس الأمريكي في واشنطن."
    assert _actors(text, home="SAU") == [[(None, "EGY", "foreign_minister"),
                                          (None, "USA", "official")]]
    # the head's name after the title the body governs is his, not another party
    assert _actors("انتقدت حكومة الرئيس رجب طيب أردوغان الاتفاق.", home="SAU") == [
        [(None, "TUR", "official")]]


def test_a_definite_title_before_a_name_is_still_that_persons():
    assert _actors("استقبل الرئيس أوباما رئيس الوزراء نتنياهو.", home="SAU") == [
        [("Barack Obama", "USA", "head_of_state"),
         ("Benjamin Netanyahu", "ISR", "head_of_government")]]


def test_a_title_after_an_anaphoric_title_and_before_another_name_is_that_persons():
    # «ولي ولي العهد» names back the prince; «وزير الخارجية عادل الجبير» is his companion
    text = ("وصل ولي ولي العهد الأمير محمد بن سلمان إلى القاهرة. "
            "ويرافق ولي ولي العهد وزير الخارجية عادل الجبير.")
    assert _actors(text, home="SAU")[1] == [("Mohammed bin Salman", "SAU", "official"),
                                            ("Adel al-Jubeir", "SAU", "foreign_minister")]


def test_a_chain_of_titles_given_to_one_person_stays_one_mention():
    text = ("وصل ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان إلى القاهرة. "
            "وغادر ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان القاهرة.")
    assert _actors(text, home="SAU")[1] == [("Mohammed bin Salman", "SAU", "defense_minister")]


def test_the_deputies_of_a_president_hold_no_presidents_role():
    """«نواب رئيس الجمهورية (نوري المالكي ...)»: a deputy, like «نائب», is no head of state; the
    person keeps the office he held (Maliki, vice-president in 2015: official)."""
    text = ("قرر العبادي إلغاء مناصب نواب رئيس الجمهورية نوري المالكي وإياد علاوي.\n"
            "والتقى الوفد الإيراني المالكي في بغداد.")
    assert ("MEET", ("IRN:delegation", "IRQ:official")) in _pairs(text, "2015-08-10")
    assert not any("IRQ:head_of_state" in p for _, p in _pairs(text, "2015-08-10"))


def test_a_bare_prime_minister_in_a_paper_of_a_king_who_heads_the_government():
    """A Saudi paper: the king heads the government, so a bare «رئيس الوزراء» is the foreign one
    the text named before; in a Tunisian paper it stays Tunisia's own."""
    text = ("استقبل رئيس الوزراء العراقي حيدر العبادي أمس وزير الخارجية الإيراني.\n"
            "وأكدت مصادر أن قرارات رئيس الوزراء جاءت بعد لقائه وزير الخارجية الإيراني.")
    saudi = _actors(text, home="SAU")[1]
    assert ("Haider al-Abadi", "IRQ", "head_of_government") in saudi
    tunisian = _actors(text, home="TUN")[1]
    assert (None, "TUN", "head_of_government") in tunisian


def test_a_bare_prime_minister_in_a_saudi_paper_since_there_is_one():
    text = ("استقبل رئيس الوزراء العراقي محمد شياع السوداني أمس وزير الخارجية الإيراني.\n"
            "وأكدت مصادر أن رئيس الوزراء التقى وزير الخارجية الإيراني.")
    assert (None, "SAU", "head_of_government") in _actors(text, date(2023, 5, 1), "SAU")[1]


def test_representatives_of_bodies_are_their_officials():
    text = ("التقى وزير المالية الأرجنتيني أمس ممثلي صندوق النقد الدولي والبنك الدولي في "
            "بوينس آيرس.")
    found = [(e["actor2_org"], e["actor2_role"]) for e in extract_events(text, date(2018, 6, 5))
             if e["event_type"] == "MEET" and e["actor1_country"] == "ARG"]
    assert ("IMF", "official") in found and ("WORLD_BANK", "official") in found


def test_representatives_alone_name_no_actor():
    assert _actors("وقال ممثلي الشركات إن الاجتماع كان مثمرا.") == [[]]


def test_a_portfolio_of_one_state_names_its_minister_in_a_foreign_paper():
    assert _actors("واستقبل وزير البيشمركة أمس وزير الدفاع الألماني في أربيل.", home="SAU") \
        == [[(None, "IRQ", "minister"), (None, "DEU", "defense_minister")]]


def test_the_emir_of_a_region_is_its_governor_not_a_head_of_state():
    # «أمير منطقة X»: a Saudi region's governor (an official); «أمير قطر» heads a state
    [governor] = _actors("استقبل أمير منطقة القصيم في مكتبه أمس سفير اليابان لدى المملكة.",
                         home="SAU")
    assert governor[0][1:] == ("SAU", "official")
    [emir] = _actors("استقبل أمير قطر في الدوحة أمس سفير اليابان.")
    assert emir[0][1:] == ("QAT", "head_of_state")


def test_a_facility_named_after_a_king_is_no_king():
    text = ("استقبل المشرف العام على مركز الملك سلمان للإغاثة في مكتبه بالرياض اليوم منسق "
            "الأمم المتحدة للشؤون الإنسانية.")
    # (the centre's head is a Saudi official, roles.yaml `fixed`; no king)
    assert [a for a in _actors(text, home="SAU")[0] if a[1] == "SAU"] == [
        (None, "SAU", "official")]
    # an office is the person's own: «مكتب الرئيس» still names the president
    text = "وقال مكتب الرئيس الأمريكي باراك أوباما إنه سيلتقي العاهل الأردني."
    assert ("Barack Obama", "USA", "head_of_state") in _actors(text)[0]


def test_a_known_son_of_a_father_with_a_family_name_after_is_someone_else():
    """«عبدالله بن عبدالعزيز الربيعة» is not King Abdullah bin Abdulaziz."""
    text = "التقى الدكتور عبدالله بن عبدالعزيز الربيعة وزير الخارجية الفرنسي."
    assert not any(a[0] == "King Abdullah bin Abdulaziz" for a in _actors(text, home="SAU")[0])
    text = "التقى الملك عبدالله بن عبدالعزيز الراحل وزير الخارجية الفرنسي."
    assert any(a[0] == "King Abdullah bin Abdulaziz" for a in _actors(text, home="SAU")[0])


def test_an_adviser_at_the_royal_court_is_an_official_of_the_monarchy():
    # the title alone, in a paper of a monarchy, is that monarchy's official
    [saudi] = _actors("استقبل المستشار بالديوان الملكي في مكتبه أمس سفير البرازيل.", home="SAU")
    assert (None, "SAU", "official") in saudi
    # a republic has no royal court: the bare title is not the outlet's own
    [tunisian] = _actors("استقبل المستشار بالديوان الملكي في مكتبه أمس سفير البرازيل.",
                         home="TUN")
    assert not any(a[1] == "TUN" for a in tunisian)
    # with the monarchy's adjective, in any paper, it is that monarchy's
    [jordanian] = _actors("استقبل المستشار بالديوان الملكي الأردني أمس سفير البرازيل.",
                          home="TUN")
    assert (None, "JOR", "official") in jordanian


def test_the_head_of_a_parliament_in_the_construct_state_before_its_state():
    [found] = _actors("استقبل الرئيس اللبناني أمس رئيس مجلس نواب الأوروغواي في بيروت.",
                      home="SAU")
    assert (None, "URY", "official") in found
    assert not any(role == "head_of_state" and code == "URY" for _, code, role in found)


def test_a_female_speaker_of_parliament_is_no_head_of_state():
    [found] = _actors("والتقى الرئيس الفرنسي أمس رئيسة مجلس النواب في باريس.", home="TUN")
    assert (None, "TUN", "official") in found
    assert not any(code == "TUN" and role == "head_of_state" for _, code, role in found)


def test_a_title_with_a_possessive_is_the_office_of_the_state_named_before():
    text = ("يلتقي الرئيس التونسي غدا الرئيس الفرنسي الذي زار تونس العام الماضي ورئيس حكومته "
            "ورئيس مجلس الشيوخ.")
    [found] = _actors(text, home="TUN")
    assert (None, "FRA", "head_of_government") in found
    assert (None, "FRA", "official") in found  # the next title of the list is French too
    assert not any(code == "TUN" and role == "official" for _, code, role in found)
    # with nobody named before it, the possessive title names nobody (not the outlet's own)
    assert _actors("وقال رئيس حكومته إن الزيارة ناجحة.", home="TUN") == [[]]


def test_a_presidential_councils_chair_keeps_his_own_office():
    # Libya's council chair of 2016-2021 headed the government; a chair the gazetteer does not
    # know by name stays the head of state
    [named] = _actors("جمع لقاء في روما رئيس المجلس الرئاسي فائز السراج ووزير الخارجية "
                      "الإيطالي.", date(2017, 5, 4), "TUN")
    assert ("Fayez al-Sarraj", "LBY", "head_of_government") in named
    [bare] = _actors("التقى رئيس المجلس الرئاسي الليبي أمس وزير الخارجية الإيطالي.",
                     date(2017, 5, 4), "TUN")
    assert (None, "LBY", "head_of_state") in bare


def test_a_later_adjective_of_a_people_or_a_state_noun_is_not_the_titles():
    """«... والشعب الأردني», «مؤسسات الدولة الأردنية»: the adjective qualifies the noun right
    before it, and a title a few words back keeps the country it had."""
    text = ("وصل ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان إلى عمان.\n"
            "واستقبل العاهل الأردني أمس في عمان ولي ولي العهد حاملا تحياته والشعب الأردني.")
    second = _actors(text, date(2015, 8, 6), "SAU")[1]
    assert ("Mohammed bin Salman", "SAU", "defense_minister") in second
    assert not any(code == "JOR" and role in ("official", "defense_minister")
                   for _, code, role in second)
    text = ("زار الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير "
            "الدفاع وانشغلت مؤسسات الدولة الأردنية بالزيارة.")
    assert _actors(text, date(2015, 8, 6), "SAU")[0] == [
        ("Mohammed bin Salman", "SAU", "defense_minister")]
    # a title complement in between still takes the adjective
    assert _actors("التقت وزيرة الدولة بالداخلية الألمانية أمس وزير الداخلية التونسي.",
                   home="TUN")[0][0] == (None, "DEU", "minister")


def test_whoever_leads_or_speaks_for_a_movement_is_the_movement():
    """«قادة طالبان», «المتحدث باسم طالبان»: no head of state nor a state's official, the
    movement itself (orgs.yaml role group)."""
    def roles(text):
        return [(code, role) for s in _actors(text, home="SAU") for _, code, role in s]

    assert ("TALIBAN", "group") in roles("التقى قادة طالبان أمس في الدوحة وزير الخارجية القطري.")
    assert ("TALIBAN", "group") in roles("وأكد المتحدث باسم طالبان أن الحركة لن تشارك.")
    assert ("TALIBAN", "head_of_state") not in roles("واجتمع قادة طالبان في كويتا.")


# ----------------------------------------------------------------------------- ministers named
# by their ministry, the Secretary-General's representative

def test_a_minister_named_by_his_ministry_then_in_a_state_is_that_states():
    text = "وبحث وزير حقوق الإنسان في الجمهورية اليمنية مع نظيره الكويتي ملف الأسرى."
    assert (None, "YEM", "minister") in _actors(text, home="SAU")[0]
    text = "وبحث وزير شؤون الإعلام بمملكة البحرين مع نظيره الأردني التعاون الإعلامي."
    assert (None, "BHR", "minister") in _actors(text, home="SAU")[0]


def test_a_definite_ministers_title_before_a_place_keeps_its_own_rule():
    # «وزير» followed by a verb's complement, not a ministry: the state after it is a place
    text = "وقال وزير أن عدد المساجين في تونس كبير."
    assert all(c != "TUN" for _, c, _ in _actors(text, home="SAU")[0])


def test_the_secretary_generals_representative_is_an_envoy():
    text = "وبحث الرئيس هادي مع ممثل الأمين العام للأمم المتحدة الهدنة الإنسانية."
    assert (None, "UN", "envoy") in _actors(text, home="SAU")[0]
    assert all(r != "organization_head" for _, _, r in _actors(text, home="SAU")[0])


@pytest.mark.parametrize("text,published,actor", [
    # an aide's bare title in construct before a name: the aide, of the principal's state
    ("استقبل الرئيس المصري مستشار الزعيم ياسر عرفات.", date(2001, 5, 1),
     (None, "PSE", "official")),
    ("وقالت مستشارة ترامب إن القمة ناجحة.", date(2017, 5, 1), (None, "USA", "official")),
    # after the office the aide serves, held by the person named
    ("استقبل الرئيس المصري مستشار الرئيس الفلسطيني ياسر عرفات.", date(2001, 5, 1),
     (None, "PSE", "official")),
    ("استقبل الرئيس المصري مبعوث الرئيس الأمريكي جورج بوش.", date(2001, 5, 1),
     (None, "USA", "envoy")),
    # a spokesman of a head the mention names is no head
    ("وقال المتحدث باسم رئيسة كوريا الجنوبية إن القمة ناجحة.", date(2015, 8, 1),
     (None, "KOR", "official")),
    # near-misses: the aide named in apposition is the aide himself (a future minister not
    # yet one), a definite envoy's title takes his name, and «بن مساعد» is a lineage
    ("والتقى الوزير مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان.", date(2015, 8, 1),
     ("Hossein Amir-Abdollahian", "IRN", "official")),
    ("استقبل الرئيس المصري المبعوث الأممي ستيفان دي ميستورا.", date(2015, 8, 1),
     ("Staffan de Mistura", "UN", "envoy")),
])
def test_an_aide_of_a_named_person_is_not_that_person(text, published, actor):
    assert actor in _actors(text, published)[0]
    assert not any(a[2] in ("head_of_state", "organization_head") and a[1] == actor[1]
                   for a in _actors(text, published)[0])


def test_bin_musaed_is_a_lineage_not_an_aide():
    # «مساعد» after «بن» is a forefather's name: the king named after it is no aide's principal
    text = "وهنأ الأمير فهد بن مساعد خادم الحرمين الشريفين الملك سلمان بالعيد."
    assert ("King Salman bin Abdulaziz", "SAU", "head_of_state") in _actors(text)[0]


def test_an_envoy_of_an_organisation_named_after_it_is_the_envoy():
    text = "وزار مبعوث الأمم المتحدة الخاص إلى سوريا ستيفان دي ميستورا بكين أمس."
    assert ("Staffan de Mistura", "UN", "envoy") in _actors(text)[0]


def test_office_holders_the_2015_news_names_with_their_lineage_or_title():
    # Bahrain's interior minister named in full with his family (the call is a contact)
    text = ("تلقى الأمير محمد بن نايف اتصالا هاتفيا اليوم من الفريق الركن الشيخ راشد بن "
            "عبدالله آل خليفة وزير الداخلية في مملكة البحرين.")
    assert ("Rashid bin Abdullah Al Khalifa", "BHR", "minister") in _actors(text)[0]
    # a regional governor is an official of his state
    text = "استقبل الأمير فهد بن سلطان بن عبدالعزيز في تبوك سفير فرنسا."
    assert ("Fahd bin Sultan", "SAU", "official") in _actors(text)[0]
    # the speaker of the Arab Parliament, an official of that body like a national speaker
    text = "التقى أحمد بن محمد الجروان رئيس البرلمان العربي وزير الخارجية المصري في القاهرة."
    assert ("Ahmed Al-Jarwan", "ARAB_PARLIAMENT", "official") in _actors(text)[0]
    text = "التقى أحمد الجروان وزير الخارجية المصري في القاهرة."
    assert ("Ahmed Al-Jarwan", "ARAB_PARLIAMENT", "official") in _actors(text)[0]


def test_a_later_foreign_minister_named_in_2015_takes_the_office_held_then():
    # Ibrahim al-Assaf was finance minister until 2016, foreign minister in 2018-2019
    text = "التقى إبراهيم العساف بالوزير الفرنسي في باريس."
    assert ("Ibrahim al-Assaf", "SAU", "minister") in _actors(text, date(2015, 7, 30))[0]
    assert ("Ibrahim al-Assaf", "SAU", "foreign_minister") in _actors(text, date(2019, 3, 1))[0]


def test_a_surname_that_is_a_word_needs_the_first_name():
    # «النفطي» (of oil), «المنفي» (exile): only the full names are those ministers and heads
    for text in ("وقع انفجار في منطقة الهلال النفطي أمس.", "عاد الكاتب من المنفي إلى بلاده."):
        assert _actors(text, date(2025, 3, 1)) == [[]]
    text = "التقى وزير الخارجية محمد علي النفطي نظيره الجزائري."
    assert ("Mohamed Ali Nafti", "TUN", "foreign_minister") in _actors(text, date(2025, 3, 1))[0]


def test_a_minister_of_a_described_government_in_a_state_is_that_states():
    """«وزير داخلية الحكومة الانتقالية في ليبيا»: the state after the government's descriptor
    is the minister's, not the outlet's."""
    for text in ("نجا سالم، وزير داخلية الحكومة الانتقالية في ليبيا، من محاولة اغتيال.",
                 "نجا سالم، وزير داخلية حكومة الوفاق الوطني في ليبيا، من محاولة اغتيال.",
                 "نجا سالم، وزير الداخلية في الحكومة المؤقتة في ليبيا، من محاولة اغتيال.",
                 "التقى سالم وزير خارجية الحكومة المؤقتة بليبيا أمس."):
        assert [a[1:] for a in _actors(text, home="SAU")[0]] in (
            [("LBY", "minister")], [("LBY", "foreign_minister")]), text
    # near miss: the government and the state in two clauses
    text = "قال وزير داخلية الحكومة إن الاجتماع عقد في ليبيا."
    assert [a[1:] for a in _actors(text, home="SAU")[0]] == [("SAU", "minister")]


def test_a_counterparts_role_from_one_pair_does_not_leak_into_the_sentences_actor():
    # «نظيره» takes the role of the actor it is paired with, in that pair only: the
    # sentence's mention (shared by every trigger and pair) keeps its own
    from pipeline.events.frames import _sentence_events
    text = "التقى الرئيس الروسي أمس في موسكو نظيره الأمريكي جون كيري."
    sent = _prepare(text, date(2015, 8, 1), None)[0]
    before = [(a.text, a.role) for a in sent.actors]
    out = _sentence_events(sent, None, None, date(2015, 8, 1), False, None, (None, None))
    assert any(c.actor2 is not None and c.actor2.counterpart
               and c.actor2.role == "head_of_state" for c in out)
    assert [(a.text, a.role) for a in sent.actors] == before


def test_a_state_named_by_its_form_with_bi_after_a_definite_title_is_its_state():
    # «وزير الخارجية بجمهورية مصر العربية»: Egypt's foreign minister, not the outlet's
    text = "يؤدي وزير الشؤون الخارجية بالمملكة البلجيكية زيارة رسمية إلى تونس يوم الاثنين."
    assert _actors(text, home="TUN")[0] == [(None, "BEL", "foreign_minister")]
    text = "استقبل الرئيس التونسي أمس وزير الداخلية بدولة الكويت."
    assert (None, "KWT", "minister") in _actors(text, home="TUN")[0]
    # near miss: a bare «بالمملكة» (one word) says where he is, not whose minister he is
    text = "استقبل الرئيس التونسي أمس وزير الخارجية بالمملكة."
    assert (None, "TUN", "foreign_minister") in _actors(text, home="TUN")[0]


def test_omans_minister_in_charge_of_foreign_affairs_is_its_foreign_minister():
    text = ("التقى وزير الخارجية السوري أمس في مسقط الوزير العماني المسؤول عن الشؤون "
            "الخارجية.")
    assert (None, "OMN", "foreign_minister") in _actors(text, home="SAU")[0]
    # near miss: with no minister's title before it the phrase names no minister
    text = "وقال المسؤول عن الشؤون الخارجية في الحزب إن الحزب يرفض الاتفاق."
    assert all(a[2] != "foreign_minister" for a in _actors(text, home="SAU")[0])


def test_a_woman_head_of_government_in_the_construct_state():
    text = "التقى الرئيس الفرنسي أمس في باريس رئيسة حكومة بريطانيا."
    assert (None, "GBR", "head_of_government") in _actors(text)[0]


def test_an_undersecretary_is_an_official_of_the_ministrys_state():
    text = "التقى وزير الخارجية المصري أمس وكيل وزارة الخارجية الأمريكية لشؤون الحماية."
    assert (None, "USA", "official") in _actors(text)[0]
    text = "استقبل وكيل وزارة الخارجية اليوم السفير الياباني."
    assert (None, "SAU", "official") in _actors(text, home="SAU")[0]
    # near miss: the minister himself keeps his office
    text = "استقبل وزير الخارجية اليوم السفير الياباني."
    assert (None, "SAU", "foreign_minister") in _actors(text, home="SAU")[0]


def test_a_woman_heading_a_government_is_its_head_of_government():
    # «رئيسة حكومة» (indefinite construct) as «رئيس حكومة»: not «رئيسة» the head of state
    [[may, _host]] = _actors("والتقت رئيسة حكومة بريطانيا تيريزا ماي أمس الرئيس التونسي.",
                             published=date(2017, 2, 1), home="TUN")
    assert may == ("Theresa May", "GBR", "head_of_government")


def test_a_portfolio_naming_organisations_is_a_minister_of_his_state():
    # «وزير الشؤون المغاربية والاتحاد الإفريقي ...»: Algeria's minister, not the AU's
    [[messahel, _tun]] = _actors(
        "والتقى وزير الشؤون المغاربية والاتحاد الإفريقي والجامعة العربية الجزائري عبد القادر "
        "مساهل أمس نظيره التونسي.", published=date(2016, 3, 1), home="TUN")
    assert messahel == ("Abdelkader Messahel", "DZA", "minister")


def test_kabul_in_either_spelling_names_the_afghan_government():
    for kabul in ("كابل", "كابول"):
        [actors] = _actors(f"وجرت محادثات بين قياديين من طالبان وممثلين عن حكومة {kabul} أمس.")
        assert (None, "AFG", "official") in actors, kabul


def test_south_sudan_rebel_leader_and_mediators_are_named():
    # Machar led the SPLM-IO (a group) in 2013-2019; IGAD's mediator is its envoy
    [[machar]] = _actors("وقال زعيم المتمردين رياك مشار أمس إنه يرفض المسودة.")
    assert machar == ("Riek Machar", "SPLM_IO", "group")
    [[mesfin]] = _actors("وقال سيوم مسفين وسيط منظمة إيغاد أمس إن الوساطة اقترحت اتفاقا.")
    assert mesfin == ("Seyoum Mesfin", "IGAD", "envoy")


def test_farc_is_a_group_and_the_cdu_is_not_the_pyd():
    [actors] = _actors("وتجري الحكومة الكولومبية و«فارك» محادثات سلام في هافانا.")
    assert (None, "FARC", "group") in actors
    [pyd] = _actors("واستقبل لافروف وفدا من حزب الاتحاد الديمقراطي الكردي في موسكو.")
    assert any(a[1] == "PYD" for a in pyd)
    [cdu] = _actors("وقال زعيم حزب الاتحاد الديمقراطي المسيحي الألماني إن الحكومة مستمرة.")
    assert all(a[1] != "PYD" for a in cdu)


def test_the_councils_secretary_general_is_the_gcc_s_once_the_gcc_is_named():
    text = ("عقد وزراء خارجية دول مجلس التعاون الخليجي اجتماعهم في الرياض. "
            "واستقبل الأمين العام للمجلس أمس سفير اليابان لدى المملكة.")
    head = _actors(text, home="SAU")[1][0]
    assert head == (None, "GCC", "organization_head")
    # another council («المجلس الأعلى للثقافة») is no anaphor of the GCC
    other = ("عقد وزراء خارجية دول مجلس التعاون اجتماعهم. "
             "والتقى الأمين العام للمجلس الأعلى للثقافة وزير الثقافة.")
    assert all(a[1] != "GCC" for a in _actors(other, home="SAU")[1])
    # before the GCC is named, «المجلس» names no organisation
    alone = "واستقبل الأمين العام للمجلس أمس سفير اليابان لدى المملكة."
    assert all(a[1] != "GCC" for a in _actors(alone, home="SAU")[0])


def test_the_league_s_secretary_general_once_the_league_is_named():
    text = ("اجتمع وزراء الخارجية العرب في مقر الجامعة العربية. "
            "والتقى الأمين العام للجامعة أمس وزير الخارجية المصري.")
    assert _actors(text, home="SAU")[1] == [(None, "ARAB_LEAGUE", "organization_head"),
                                           (None, "EGY", "foreign_minister")]


def test_a_woman_assistant_or_an_under_secretary_holds_no_minister_s_office():
    # «مساعدة وزير الخارجية الأمريكي»: an official (as «مساعد»), not the secretary of state
    [[host, aide]] = _actors("والتقى وزير الخارجية القطري أمس مساعدة وزير الخارجية الأمريكي "
                             "لشؤون الشرق الأدنى.")
    assert host == (None, "QAT", "foreign_minister") and aide == (None, "USA", "official")
    [[under]] = _actors("وقال وكيل وزارة الخارجية البحرينية إن المملكة تدعم الحوار.")
    assert under == (None, "BHR", "official")
    # the ordinary words: help given to a state, a state's proxy
    assert _actors("وبحث الجانبان خطة تتضمن مساعدة اليونان بمبلغ كبير.") == [[]]
    assert _actors("وحذر من وكيل إيران في المنطقة.") == [[]]


def test_a_woman_director_general_or_secretary_general_heads_her_organisation():
    [[_host, head]] = _actors("والتقى الوزير أمس المديرة العامة لليونسكو.",
                              published=date(2017, 8, 1), home="TUN")
    assert head == (None, "UNESCO", "organization_head")
    [[_host, oecd]] = _actors("والتقى وزير المالية أمس الأمينة العامة لمنظمة التعاون الاقتصادي "
                              "والتنمية.", published=date(2017, 8, 1), home="TUN")
    assert oecd == (None, "OECD", "organization_head")


# delegations: of no named state (not the outlet's), beside their leaders, with a nationality


def test_bare_delegation_of_no_named_state_is_not_the_outlets():
    # the delegation is a visiting team of experts: no state of its own, not the Saudi paper's
    text = (
        "دعا السودان فريق الخبراء الذي يزور البلاد إلى التنسيق مع الاتحاد الأفريقي. "
        "وقال وزير الخارجية السوداني إبراهيم غندور عقب استقباله للوفد أمس إن حكومته "
        "مستعدة للتعاون."
    )
    pairs = event_rows(text, "2015-07-27", "SAU")
    assert not any("SAU" in (p[1], p[3]) for p in pairs)


def test_delegations_of_both_states_leave_the_named_leader_as_the_party():
    text = (
        "أجرى الرئيس المصري عبدالفتاح السيسي وولي ولي العهد السعودي وزير الدفاع الأمير "
        "محمد بن سلمان جلسة محادثات ثنائية، تلاها اجتماع موسع حضره وفدا البلدين."
    )
    pairs = event_rows(text, "2015-07-31", "SAU")
    assert ("MEET", "EGY", "head_of_state", "SAU", "defense_minister") in pairs
    assert not any(p[4] == "delegation" for p in pairs)


def test_delegation_with_its_nationality_keeps_its_state():
    pairs = event_rows("استقبل وزير الخارجية التونسي الوفد السعودي أمس.", "2015-07-31", "TUN")
    assert pairs == [("MEET", "TUN", "foreign_minister", "SAU", "delegation")]
