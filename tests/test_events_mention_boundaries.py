"""Where an actor's mention begins and ends, each on an invented sentence with its near miss:
the EU High Representative's portfolio («للسياسة الخارجية»), a nationality after a verb's
complement, a crown prince's title after a head of state, a name closed by «في».

As in tests/test_events_rules.py, the learned scorer is switched off.
"""

from datetime import date

import pytest

from tests.support.events import actor_triples, event_rows

pytestmark = pytest.mark.usefixtures("rules_alone")


def _actors(text, home="SAU", year=2015):
    return actor_triples(text, year, home)


def _events(text, published=date(2015, 7, 26), home="SAU"):
    return event_rows(text, published, home)


def test_high_representative_for_foreign_policy_is_the_eu_official():
    text = ("تقوم الممثلة العليا للسياسة الخارجية الأوروبية فدريكا موغيريني بزيارة إلى طهران "
            "الأسبوع المقبل.")
    assert [a[:2] for a in _actors(text)] == [("EU", "official")]
    text = ("التقى وزير الخارجية الإيراني الممثل الأعلى للسياسة الخارجية والأمنية للاتحاد "
            "الأوروبي في فيينا.")
    assert [a[:2] for a in _actors(text)] == [("IRN", "foreign_minister"), ("EU", "official")]


def test_foreign_minister_title_alone_is_still_the_ministry():
    text = "التقى وزير الخارجية الإيراني وزير الخارجية الأوروبي في فيينا."
    assert ("IRN", "foreign_minister") in [a[:2] for a in _actors(text)]


def test_nationality_after_a_verbal_noun_complement_is_not_the_ministers():
    text = "قام وزير الدفاع بزيارة لحاملة الطائرات الأمريكية في الخليج أمس."
    assert _actors(text) == [("SAU", "defense_minister", "وزير الدفاع")]


def test_nationality_right_after_the_title_is_still_his():
    text = "قام وزير الدفاع الأمريكي بزيارة لحاملة الطائرات في الخليج أمس."
    assert [a[:2] for a in _actors(text)] == [("USA", "defense_minister")]
    text = "التقى المتحدث باسم الخارجية الأمريكية الصحفيين."
    assert [a[:2] for a in _actors(text)] == [("USA", "official")]


def test_crown_prince_title_after_a_head_of_state_opens_the_guest():
    text = "استقبل الرئيس المصري ولي ولي العهد وزير الدفاع في القاهرة أمس."
    assert [a[:2] for a in _actors(text)] == [
        ("EGY", "head_of_state"), ("SAU", "defense_minister")]


def test_crown_prince_with_his_other_office_is_one_person():
    text = "وصل ولي العهد السعودي وزير الدفاع إلى القاهرة أمس."
    assert [a[:2] for a in _actors(text)] == [("SAU", "defense_minister")]


def test_name_after_title_closed_by_fi_is_remembered():
    text = ("وصلت مساعدة وزير الخارجية الأمريكي آن باترسون في زيارة إلى الدوحة أمس. "
            "وأجرت باترسون محادثات مع وزير الخارجية القطري.")
    assert ("MEET", "USA", "official", "QAT", "foreign_minister") in _events(text)


def test_name_running_on_into_other_words_is_not_remembered():
    text = ("وصلت مساعدة وزير الخارجية الأمريكي ماري هاريسون الجديدة إلى الدوحة أمس. "
            "وأجرت هاريسون محادثات مع وزير الخارجية القطري.")
    assert not any(e[0] == "MEET" for e in _events(text))


def test_a_delegation_right_after_a_named_person_is_the_one_he_heads():
    # «وسيرأس فيشر وفدا نمساويا»: the delegation is the verb's object, no more of the name's
    # mention; its head travels (his own office), not a delegation named after him
    text = "وسيرأس هاينز فيشر وفدا نمساويا يضم وزيرين ورجال أعمال في زيارة إلى إيران."
    assert [a[:2] for a in _actors(text)] == [("AUT", "head_of_state"), ("AUT", "delegation")]
    # near miss: the head named after the delegation is in its mention («ورأس وفد المملكة
    # وزير الخارجية عادل الجبير»)
    text = "ورأس وفد المملكة وزير الخارجية عادل الجبير."
    assert [a[:2] for a in _actors(text)] == [("SAU", "delegation")]
