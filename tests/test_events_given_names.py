"""Gazetteer entries and guards of people's names: a dead prince after his offices, a given
name listed alone for one person, a town named after someone, a facility named in the plural,
and a head of state's first year (configs/gazetteer/*.yaml, pipeline/events/mentions.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from configs import load_yaml
from pipeline.events.extract import _prepare
from pipeline.events.gazetteer import GAZETTEER_DIR


def _actors(text: str, published=date(2015, 8, 1), home: str | None = "SAU") -> list:
    """(name, country or org, role) of every actor of the text."""
    return [(a.name, a.country or a.org, a.role) for s in _prepare(text, published, home)
            for a in s.actors]


# ------------------------------------------------------------- Nayef bin Abdulaziz (d. 2012)

def test_a_prince_named_after_his_offices_ended_is_no_head_of_state():
    # «الأمير» is a vague title: after every office he held ended (he died in 2012) it
    # does not make him the kingdom's head; he keeps his last office
    text = "التقى الأمير نايف بن عبدالعزيز الرئيس الفرنسي في باريس."
    assert ("Nayef bin Abdulaziz", "SAU", "minister") in _actors(text)
    assert ("Nayef bin Abdulaziz", "SAU", "minister") in _actors(text, date(2012, 3, 1))
    assert all(a[2] != "head_of_state" or a[1] != "SAU" for a in _actors(text))


def test_a_vague_title_naming_an_office_he_held_still_counts_after_it():
    # «الرئيس الفرنسي السابق نيكولا ساركوزي» in 2015: the president he was
    text = "وصل الرئيس الفرنسي السابق نيكولا ساركوزي إلى تونس أمس في زيارة."
    assert ("Nicolas Sarkozy", "FRA", "head_of_state") in _actors(text, home="TUN")


# ------------------------------------------------------------- «مراكز» among facility words

def test_centres_named_after_a_prince_are_no_actor():
    text = "التقى مدير مراكز الأمير نايف للرعاية في الرياض أمس السفير الأمريكي."
    assert not any(a[2] == "head_of_state" for a in _actors(text))
    text = "زار السفير الأمريكي مراكز الأمير نايف في الرياض."
    assert all(a[1] != "SAU" for a in _actors(text))


def test_the_singular_centre_still_names_no_one():
    text = "زار السفير الأمريكي مركز الأمير نايف في الرياض."
    assert all(a[1] != "SAU" for a in _actors(text))


# ------------------------------------------------------------- «تميم» alone: Qatar's emir

def test_the_town_menzel_temime_is_a_place_not_the_emir():
    for text in ("استقبل رئيس بلدية منزل تميم أمس السفير الفرنسي.",
                 "زار وفد من منزل تميم أمس السفير الفرنسي."):
        assert all(a[0] != "Tamim bin Hamad Al Thani" for a in _actors(text, home="TUN"))


def test_another_tamim_with_a_father_or_a_family_name_is_not_the_emir():
    for text in ("استقبل الأستاذ تميم بن عبدالعزيز السالم أمس السفير الفرنسي.",
                 "استقبل تميم الحربي مدير الشركة أمس السفير الفرنسي."):
        assert all(a[0] != "Tamim bin Hamad Al Thani" for a in _actors(text))


def test_the_emir_by_his_given_name_or_his_full_name_is_still_found():
    for text in ("استقبل الشيخ تميم أمس السفير الفرنسي في الدوحة.",
                 "استقبل الشيخ تميم آل ثاني أمس السفير الفرنسي في الدوحة.",
                 "استقبل الشيخ تميم بن حمد أمس السفير الفرنسي في الدوحة."):
        assert ("Tamim bin Hamad Al Thani", "QAT", "head_of_state") in _actors(text)


# ------------------------------------------------------------- Essebsi took office 31.12.2014

def test_essebsi_heads_tunisia_from_2015_and_marzouki_through_2014():
    actors = load_yaml(GAZETTEER_DIR / "actors.yaml")
    by_name = {p["en"]: p for p in actors}
    heads = [r for r in by_name["Beji Caid Essebsi"]["roles"] if r[0] == "head_of_state"]
    assert heads == [["head_of_state", 2015, 2019]]
    assert ["head_of_state", 2011, 2014] in by_name["Moncef Marzouki"]["roles"]
