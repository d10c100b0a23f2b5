"""People's names: a bare first name after a title, a given name listed alone, a town named
after someone, Oman and Amman, «ابن X» after a full name, the years a person held an office.

Two name clashes on Saudi news. A bare first name after a title stands for the one person the
text named in full with it («الأمير محمد» after «الأمير محمد بن سلمان») only when no other name
follows it: «نائب رئيس مجلس النواب محمد الشدادي» is someone else. And «عمان» is both Oman and
Amman: a shadda written on it («عمّان») is the city's spelling, a damma («عُمان») the country's.

Gazetteer entries and guards of people's names: a dead prince after his offices, a given
name listed alone for one person, a town named after someone, a facility named in the plural,
and a head of state's first year (configs/gazetteer/*.yaml, pipeline/events/mentions.py).

Sentences written for these tests (not corpus text).

«ابن زايد» after «محمد بن زايد»: the person named in full, unless two brothers share the
father's name or the father's name is compound.
"""

from __future__ import annotations

from datetime import date

from configs import load_yaml
from pipeline.events import extract_events
from pipeline.events.extract import _prepare
from pipeline.events.gazetteer import GAZETTEER_DIR

DAY = date(2015, 7, 22)
MBS = "استقبل ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان في الرياض اليوم وزير الخارجية اليمني."


def named(text):
    return [(a.name, a.country, a.role, a.text) for s in _prepare(text, DAY, "SAU")
            for a in s.actors]


def visits(text, home="SAU"):
    return [(e["actor1_country"], e["location_name"], e["location_country"])
            for e in extract_events(text, DAY, home=home) if e["event_type"] == "VISIT"]


def test_first_name_with_another_family_name_is_someone_else():
    text = MBS + " وكان في استقبال الطائرة في عدن نائب رئيس مجلس النواب محمد الشدادي ووزير النقل."
    assert [a for a in named(text) if a[0] == "Mohammed bin Salman"] == [
        ("Mohammed bin Salman", "SAU", "defense_minister",
         "ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان")]


def test_first_name_with_a_fathers_name_is_someone_else():
    text = MBS + " وحضر اللقاء نائب رئيس مجلس النواب محمد سالم الشدادي."
    assert sum(a[0] == "Mohammed bin Salman" for a in named(text)) == 1


def test_bare_first_name_after_a_title_is_still_him():
    text = MBS + " واستقبل الأمير محمد اليوم وزير الخارجية الأمريكي."
    people = [a for a in named(text) if a[0] == "Mohammed bin Salman"]
    assert [a[3] for a in people] == ["ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان",
                                      "الأمير محمد"]
    events = extract_events(text, DAY, home="SAU")
    assert any(e["actor1_name"] == "Mohammed bin Salman" and e["actor2_country"] == "USA"
               for e in events)


def test_first_name_with_his_own_fathers_name_is_him():
    text = MBS + " واستقبل الأمير محمد سلمان اليوم وزير الخارجية الأمريكي."
    assert sum(a[0] == "Mohammed bin Salman" for a in named(text)) == 2


def test_shadda_spells_amman():
    assert visits("وصل وزير الخارجية السعودي إلى عمّان اليوم في زيارة رسمية.") == [
        ("SAU", "Amman", "JOR")]


def test_damma_spells_oman_after_jordan_was_named():
    text = "غادر وزير الخارجية الأردني الأردن أمس، ووصل إلى عُمان اليوم في زيارة رسمية."
    assert [v[1:] for v in visits(text, home="JOR")] == [("Oman", "OMN")]


def test_bare_spelling_keeps_the_context_rule():
    # no mark: Oman, unless the text named Jordan first
    assert visits("وصل وزير الخارجية السعودي إلى عمان اليوم في زيارة رسمية.") == [
        ("SAU", "Oman", "OMN")]


def test_first_name_then_a_comma_is_still_him():
    text = MBS + " وحضر اللقاء الأمير محمد، وأحمد الشدادي."
    assert sum(a[0] == "Mohammed bin Salman" for a in named(text)) == 2


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


def test_son_of_named_after_full_name():
    text = (
        "أكد الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي متانة العلاقات، وقال ابن زايد خلال "
        "لقائه وزير الخارجية السعودي عادل الجبير مساء السبت إن التعاون مستمر."
    )
    events = [e for e in extract_events(text, "2015-08-03") if e["event_type"] == "MEET"]
    assert [(e["actor1_name"], e["actor2_country"], str(e["event_date"])) for e in events] == [
        ("Mohamed bin Zayed Al Nahyan", "SAU", "2015-08-01")
    ]


def test_son_of_two_brothers_names_neither():
    text = (
        "استقبل الشيخ خليفة بن زايد الشيخ محمد بن زايد اليوم. وقال ابن زايد خلال لقائه وزير "
        "الخارجية السعودي عادل الجبير مساء السبت إن التعاون مستمر."
    )
    events = extract_events(text, "2015-08-03")
    assert not any("Zayed" in (e["actor1_name"] or "") + (e["actor2_name"] or "") for e in events)


def test_son_of_a_compound_name_is_no_one():
    text = (
        "أكد خادم الحرمين الشريفين سلمان بن عبد العزيز متانة العلاقات. وقال ابن عبد الرحمن "
        "خلال لقائه وزير الخارجية المصري سامح شكري مساء السبت إن التعاون مستمر."
    )
    events = extract_events(text, "2015-08-03")
    assert not any(e["actor1_name"] == "King Salman bin Abdulaziz" for e in events)


def _pairs(text, home="SAU"):
    return [(e["event_type"], e["actor1_country"], e["actor1_role"], e["actor2_country"],
             e["actor2_role"]) for e in extract_events(text, DAY, home=home)]


def test_sultan_as_a_given_name_before_another_office_is_no_sultan():
    # «سلطان» with a family name after it, then his own office: a minister, not a head of state
    assert _pairs("التقى الرئيس الفرنسي أمس سلطان الجابر وزير الدولة الإماراتي.") == [
        ("MEET", "FRA", "head_of_state", "ARE", "minister")]


def test_sultan_before_the_state_he_rules_is_its_head():
    # near miss: the state right after «سلطان» is the one he rules
    assert _pairs("وصل وزير الخارجية الإيراني إلى مسقط أمس حيث التقى سلطان عمان.")[-1] == (
        "MEET", "IRN", "foreign_minister", "OMN", "head_of_state")


def test_bare_amman_read_by_the_jordanian_host_later_in_its_sentence():
    # Jordan named only after «عمان», by the host the visitor met there: the city
    text = "وصل وزير الخارجية المصري اليوم إلى عمان حيث التقى العاهل الأردني الملك عبدالله الثاني."
    assert visits(text) == [("EGY", "Amman", "JOR")]
    text = "وصل وزير الخارجية التونسي اليوم إلى عمان في زيارة يلتقي خلالها نظيره الأردني."
    assert visits(text) == [("TUN", "Amman", "JOR")]


def test_bare_oman_read_by_the_omani_host_later_in_its_sentence():
    # near miss: the host is Omani, and Jordan was named in the sentence before
    text = ("وأشاد الوزير بالعلاقات مع الأردن. ووصل وزير الخارجية الإيراني اليوم إلى عمان "
            "حيث التقى نظيره العماني.")
    assert visits(text) == [("IRN", "Oman", "OMN")]


def test_bare_amman_twice_read_by_the_jordanian_host_between():
    # «عمان» written bare twice: the other bare «عمان» names neither state (it is what is being
    # read), so the Jordanian host decides both: the city, each time
    text = ("وصل الملك المغربي اليوم إلى عمان حيث التقى العاهل الأردني الملك عبدالله الثاني "
            "قبل أن يغادر عمان.")
    assert visits(text) == [("MAR", "Amman", "JOR")]
    assert [e["location_country"] for e in extract_events(text, DAY, home="SAU")] == [
        "JOR", "JOR"]
