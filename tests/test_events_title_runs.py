"""Whose titles are whose: runs of titles after a named person or an office, a chair named by
«برئاسة», and standing titles named alone.

Whose titles are whose: a run of titles after a named person, and one person named once with
two offices (pipeline/events/mentions.py).

Sentences written for these tests (not corpus text).

Actors: a run of titles after another state's unnamed office, governors
before a state's name or a province noun, and spelling variants of known office holders
(pipeline/events/mentions.py, configs/gazetteer/actors.yaml, grammar.yaml `province_nouns`).

Titles after a named person (mentions.py, the merging of units into groups).

1. After a state's named office-holder whose office a title already gives, the head of an
   organisation's mission or delegation («رئيس بعثة صندوق النقد الدولي») is the next person
   (whom he meets), not more of his titles; a name with no title of its own keeps the title
   after it.
2. An acting title («رئيس مجلس الوزراء بالإنابة وزير الخارجية») is not the office held: the
   other title names his role (bench/data/events_real/README.md, "Harmonised labels" 1); an
   acting title alone still names his office.

Names: «برئاسة X» after a session, meeting or committee is its chair, who keeps
his office (only after a delegation or mission noun does X head a delegation); a standing
title alone («ولي ولي العهد») is the one person of that state the document names with it, with
the office the document names for him. Invented sentences (paraphrases), with near misses.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.events.extract import _prepare
from tests.support.events import actor_triples, event_rows


def _actors(text: str, published=date(2015, 8, 1), home: str | None = None) -> list[tuple]:
    """(country or org, role) of each actor of the text, in order."""
    return [(a.country or a.org, a.role) for s in _prepare(text, published, home) for a in s.actors]


def _pairs(text: str, published: str) -> set:
    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return {
        (e["event_type"], frozenset({side(e, "actor1"), side(e, "actor2")}))
        for e in extract_events(text, published=published)
    }


# ----------------------------------------------------- titles another state's adjective closes


def test_titles_after_a_named_head_that_another_state_closes_are_the_guest():
    actors = _actors("استقبل الرئيس السيسي نائب رئيس الوزراء وزير الخارجية الكويتي أمس.")
    assert ("EGY", "head_of_state") in actors
    assert ("KWT", "foreign_minister") in actors
    assert ("EGY", "official") not in actors


def test_titles_joined_by_and_after_a_named_minister_are_the_guest():
    actors = _actors("التقى وزير الخارجية سامح شكري رئيس الوزراء ووزير الخارجية القطري أمس.")
    assert ("EGY", "foreign_minister") in actors
    assert ("EGY", "head_of_government") not in actors


def test_titles_of_the_named_persons_own_state_stay_his():
    # the near miss: the run of titles ends with his own state's nationality
    actors = _actors(
        "التقى الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع السعودي نظيره الأمريكي أمس."
    )
    assert actors[0] == ("SAU", "defense_minister")
    assert ("SAU", "official") not in actors[1:]


# ----------------------------------------------------- one person named with two offices


def test_a_premier_and_foreign_minister_named_after_both_titles_is_the_premier():
    pairs = _pairs(
        "التقى الرئيس المصري محمد مرسي رئيس الوزراء ووزير الخارجية القطري الشيخ "
        "حمد بن جاسم أمس في القاهرة.",
        "2012-09-10",
    )
    assert ("MEET", frozenset({("EGY", "head_of_state"), ("QAT", "head_of_government")})) in pairs


def test_two_offices_before_a_name_that_held_only_the_second_are_two_people():
    # the near miss: Khalid Al-Attiyah was never Qatar's premier; the premiership is not his
    actors = _actors("التقى رئيس الوزراء ووزير الخارجية القطري خالد العطية أمس.", date(2015, 8, 1))
    assert ("QAT", "head_of_government") not in actors
    assert ("QAT", "foreign_minister") in actors


# ----------------------------------------------------- under-secretaries-general


def test_an_under_secretary_general_is_no_secretary_general():
    actors = _actors("التقى الرئيس السيسي وكيل الأمين العام للأمم المتحدة للشؤون السياسية.")
    assert actors == [("EGY", "head_of_state"), ("UN", "official")]
    # the near miss: «وكيل» alone is a proxy, no office («وكيل إيران في المنطقة»)
    assert _actors("وحذر من وكيل إيران في المنطقة.") == []


def test_the_secretary_general_himself_stays_the_head():
    # the near miss: no under-secretary's word before the title
    actors = _actors("التقى الرئيس السيسي الأمين العام للأمم المتحدة بان كي مون.")
    assert ("UN", "organization_head") in actors


def _actors_gov(text: str, published=date(2015, 8, 4), home=None) -> list[tuple]:
    return [(a.country or a.org, a.role) for s in _prepare(text, published, home) for a in s.actors]


def _pairs_gov(text: str, published: str = "2015-08-04") -> set[tuple]:
    return {
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in extract_events(text, published=published)
    }


# ------------------------------------------------------------------ titles after an office
def test_deputy_premier_and_minister_after_a_host_is_the_guest():
    text = "استقبل الرئيس الفرنسي النائب الأول لرئيس مجلس الوزراء ووزير الخارجية الكويتي أمس."
    assert _pairs_gov(text) == {("MEET", "FRA", "head_of_state", "KWT", "foreign_minister")}


def test_premier_and_minister_after_a_minister_is_the_premier():
    text = "استقبل وزير الخارجية الأمريكي رئيس مجلس الوزراء وزير الخارجية القطري أمس."
    assert _pairs_gov(text) == {("MEET", "USA", "foreign_minister", "QAT", "head_of_government")}


def test_premier_and_foreign_minister_takes_the_premier_role():
    text = "التقى الرئيس الفرنسي رئيس الوزراء ووزير الخارجية الإسرائيلي بنيامين نتنياهو أمس."
    assert _pairs_gov(text) == {("MEET", "FRA", "head_of_state", "ISR", "head_of_government")}


def test_a_head_of_state_after_a_princes_titles_is_his_guest():
    text = "استقبل ولي العهد السعودي نائب رئيس مجلس الوزراء وزير الدفاع الرئيس الفرنسي أمس."
    assert _pairs_gov(text) == {("MEET", "SAU", "defense_minister", "FRA", "head_of_state")}


def test_titles_of_one_state_stay_one_person():
    text = "استقبل ولي العهد السعودي نائب رئيس مجلس الوزراء وزير الدفاع أمس السفير الفرنسي."
    assert _actors_gov(text) == [("SAU", "defense_minister"), ("FRA", "official")]


# ------------------------------------------------------------------ governors
def test_governor_of_tunis_is_a_tunisian_official():
    assert _actors_gov("التقى والي تونس بالسفير الفرنسي.") == [
        ("TUN", "official"),
        ("FRA", "official"),
    ]


def test_governor_with_a_province_noun_before_the_place():
    assert _actors_gov("التقى والي ولاية الخرطوم بالسفير الفرنسي.")[0] == ("SDN", "official")
    assert _actors_gov("التقى محافظ محافظة البصرة بالسفير الفرنسي.")[0] == ("IRQ", "official")


def test_governor_of_a_province_meets_an_ambassador():
    events = extract_events("استقبل والي ولاية صفاقس أمس السفير الإيطالي.", published="2016-01-05")
    assert {(e["event_type"], e["actor1_country"], e["actor2_country"]) for e in events} == {
        ("MEET", "TUN", "ITA")
    }


def test_and_to_tunis_is_still_no_governor():
    text = "وصل وزير الخارجية الفرنسي إلى الجزائر أمس وإلى تونس اليوم."
    assert ("TUN", "official") not in _actors_gov(text)


def test_a_head_title_before_a_province_noun_names_no_one():
    assert _actors_gov("التقى رئيس مدينة صفاقس بالسفير الفرنسي.") == [("FRA", "official")]


# ------------------------------------------------------------------ spelling variants
def test_tusk_spelt_with_alef():
    assert _pairs_gov("التقى دونالد تاسك الرئيس الفرنسي أمس.") == {
        ("MEET", "EU", "organization_head", "FRA", "head_of_state")
    }


def test_barzani_spelt_with_the_article():
    assert _actors_gov("استقبل مسعود البرزاني وزير الدفاع الأمريكي أمس.")[0] == ("IRQ", "official")


PUB = "2015-08-03"


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية الأردني ناصر جودة رئيس بعثة صندوق النقد الدولي في عمان أمس.",
    "التقى ناصر جودة، وزير الخارجية الأردني، رئيس بعثة صندوق النقد الدولي في عمان أمس.",
])
def test_a_mission_head_after_a_titled_minister_is_the_other_party(text):
    assert ("MEET", "JOR", "foreign_minister", "IMF", "delegation") in event_rows(
        text, PUB, "JOR")


def test_a_name_without_a_title_keeps_the_mission_title_after_it():
    # near miss: no title before the name, so the one after it is his
    actors = actor_triples("وصل إلى عمان ناصر جودة رئيس بعثة صندوق النقد الدولي.", 2015, "JOR")
    assert [(c, r) for c, r, _ in actors] == [("IMF", "delegation")]


def test_an_own_state_delegation_title_stays_the_ministers():
    # near miss: the delegation is his own state's, so it is more of his titles
    actors = actor_triples("وصل وزير الخارجية الأردني ناصر جودة رئيس الوفد الأردني إلى بيروت.",
                           2015, "JOR")
    assert len(actors) == 1 and actors[0][0] == "JOR"


@pytest.mark.parametrize("acting", ["بالإنابة", "بالنيابة"])
def test_an_acting_premier_who_is_foreign_minister_is_foreign_minister(acting):
    text = (f"استقبل رئيس مجلس الوزراء {acting} وزير الخارجية الكويتي الشيخ صباح الخالد "
            "السفير الأمريكي أمس.")
    assert event_rows(text, PUB, "KWT") == [("MEET", "KWT", "foreign_minister", "USA", "official")]


def test_an_acting_title_alone_names_the_office():
    # near miss: no other title, so the acting one gives the role
    text = "استقبل رئيس مجلس الوزراء بالإنابة الشيخ صباح الخالد السفير الأمريكي أمس."
    assert event_rows(text, PUB, "KWT") == [
        ("MEET", "KWT", "head_of_government", "USA", "official")]


PUB_CHAIR = "2015-07-31"


def _events(text, etype=None, pub=PUB_CHAIR):
    evs = extract_events(text, pub, home="SAU")
    return [e for e in evs if etype is None or e["event_type"] == etype]


def _sides(e):
    return {
        (e["actor1_country"], e["actor1_role"], e["actor1_name"]),
        (e["actor2_country"], e["actor2_role"], e["actor2_name"]),
    }


def test_a_session_chaired_by_the_king_leaves_him_head_of_state():
    text = (
        "عقد مجلس الوزراء جلسته أمس برئاسة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز. "
        "وأطلع خادم الحرمين الشريفين المجلس على مباحثاته مع الرئيس المصري عبد الفتاح السيسي."
    )
    evs = _events(text, "MEET")
    assert evs
    for e in evs:
        assert ("SAU", "head_of_state", "King Salman bin Abdulaziz") in _sides(e)
        assert "delegation" not in (e["actor1_role"], e["actor2_role"])


def test_a_meeting_chaired_by_a_minister_leaves_him_his_office():
    text = (
        "عقدت اللجنة المشتركة اجتماعها أمس برئاسة وزير الخارجية السعودي عادل الجبير، "
        "وأطلع الجبير الأعضاء على مباحثاته مع نظيره الأمريكي جون كيري."
    )
    for e in _events(text):
        assert "delegation" not in (e["actor1_role"], e["actor2_role"])


def test_a_delegation_headed_by_someone_is_still_the_delegation():
    # near miss: a delegation noun a few words before «برئاسة»
    text = (
        "وصل إلى القاهرة أمس وفد رفيع المستوى من وزارة الخارجية الأمريكية برئاسة "
        "وكيل الوزارة، والتقى الوفد الرئيس المصري عبد الفتاح السيسي."
    )
    evs = _events(text, "MEET")
    assert evs
    assert any(
        ("USA", "delegation")
        in {(e["actor1_country"], e["actor1_role"]), (e["actor2_country"], e["actor2_role"])}
        for e in evs
    )


def test_a_mission_headed_by_someone_is_the_delegation():
    text = "التقت بعثة صندوق النقد الدولي برئاسة مديرها الإقليمي أمس وزير المالية المصري."
    evs = _events(text, "MEET")
    assert evs
    assert "delegation" in (evs[0]["actor1_role"], evs[0]["actor2_role"])


def test_the_deputy_crown_prince_alone_takes_the_office_named_for_him():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير محمد بن سلمان ولي ولي العهد "
        "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع. "
        "وأكد السيسي أن زيارة ولي ولي العهد لمصر رسالة مهمة، وجدد ترحيبه بولي ولي العهد."
    )
    evs = _events(text)
    assert evs
    for e in evs:
        for k in ("1", "2"):
            if "ولي ولي" in (e[f"actor{k}_text"] or ""):
                assert e[f"actor{k}_name"] == "Mohammed bin Salman"
                assert e[f"actor{k}_role"] == "defense_minister"


def test_the_deputy_crown_prince_before_his_full_naming():
    text = (
        "التقى ولي ولي العهد أمس في جدة وزير الخارجية الأمريكي جون كيري. وكان الأمير "
        "محمد بن سلمان ولي ولي العهد وزير الدفاع قد استقبل وزير الدفاع الفرنسي."
    )
    evs = [
        e
        for e in _events(text, "MEET")
        if e["actor2_name"] == "John Kerry" or e["actor1_name"] == "John Kerry"
    ]
    assert evs
    assert ("SAU", "defense_minister", "Mohammed bin Salman") in _sides(evs[0])


def test_the_crown_prince_is_not_the_deputy_crown_prince():
    # near miss: «ولي العهد» is another person than the one named «ولي ولي العهد»
    text = (
        "التقى ولي العهد أمس في جدة وزير الخارجية الأمريكي جون كيري. وكان الأمير "
        "محمد بن سلمان ولي ولي العهد وزير الدفاع قد استقبل وزير الدفاع الفرنسي."
    )
    evs = [e for e in _events(text, "MEET") if "John Kerry" in (e["actor1_name"], e["actor2_name"])]
    assert evs
    assert all("Mohammed bin Salman" not in (e["actor1_name"], e["actor2_name"]) for e in evs)
    assert ("SAU", "official", None) in _sides(evs[0])


def test_the_deputy_crown_prince_with_no_ministry_named_stays_official():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير محمد بن سلمان ولي ولي العهد. "
        "وأكد السيسي أهمية زيارة ولي ولي العهد لمصر."
    )
    evs = _events(text)
    assert evs
    for e in evs:
        for k in ("1", "2"):
            if e[f"actor{k}_country"] == "SAU":
                assert e[f"actor{k}_role"] == "official"
