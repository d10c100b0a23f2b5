"""Small actor fixes, each on an invented sentence with its near miss: a named person's
mention takes no title one ordinary word after it, and a mediator's noun in construct
(«وسيط», «وسطاء») names the organisation after it, also in quotes or parentheses
(«وسطاء «الإيقاد»»).

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


def test_title_one_ordinary_word_after_a_name_is_not_his():
    text = ("التقى وزير الخارجية الأمريكي جون كيري في واشنطن اليوم عادل الجبير دعم خادم "
            "الحرمين الشريفين.")
    actors = _actors(text)
    assert ("SAU", "head_of_state", "عادل الجبير دعم خادم الحرمين الشريفين") not in actors
    assert any(t == "عادل الجبير" and role != "head_of_state" for _, role, t in actors)


def test_title_right_after_a_name_or_after_his_lineage_is_his():
    text = ("التقى وزير الخارجية الأمريكي جون كيري في واشنطن اليوم عادل الجبير وزير الخارجية "
            "السعودي.")
    assert ("SAU", "foreign_minister", "عادل الجبير وزير الخارجية السعودي") in _actors(text)
    text = ("التقى الرئيس الأمريكي باراك أوباما في واشنطن اليوم الشيخ عبدالله بن زايد آل نهيان "
            "وزير الخارجية الإماراتي.")
    assert any(c == "ARE" and role == "foreign_minister" and t.endswith("الإماراتي")
               for c, role, t in _actors(text))


def test_mediator_noun_names_the_organisation_after_it_also_quoted():
    text = "التقى رئيس جنوب السودان اليوم وسطاء «الإيقاد» في جوبا."
    assert any(e[0] == "MEET" and {e[1], e[3]} == {"SSD", "IGAD"}
               for e in _events(text, home="SSD"))
    text = "التقى رئيس جنوب السودان اليوم وسيط (الإيقاد) في جوبا."
    assert ("IGAD", "envoy", "وسيط (الإيقاد)") in _actors(text, home="SSD")
    text = "التقى رئيس جنوب السودان اليوم وسيط الاتحاد الأفريقي في جوبا."
    assert ("AU", "envoy", "وسيط الاتحاد الأفريقي") in _actors(text, home="SSD")


def test_mediator_noun_near_miss_alone_is_nobody():
    # «بدور وسيط», a bare «الوسيط» or «الوسطاء»: no actor of the outlet's country
    for text in ("أعلن الوزير أن بلاده تقوم بدور وسيط بين الطرفين.",
                 "التقى الرئيس اليوم الوسيط في جوبا.",
                 "التقى الرئيس اليوم الوسطاء في جوبا."):
        assert not any(role == "envoy" for _, role, _ in _actors(text, home="SSD"))
