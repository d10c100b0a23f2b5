"""Contacts one outlet's report carried and another's missed (same contact, cross-outlet
pairs): a fronted visit noun that names no visitor, and a landing plane.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


def _visits(text: str, home: str = "SAU") -> list[tuple]:
    return [(e["actor1_country"], e["actor1_role"], e["location_country"], e["status"])
            for e in extract_events(text, "2015-08-01", home=home) if e["event_type"] == "VISIT"]


# ----------------------------------------------------------------------------- fronted visit
# «وخلال زيارة إلى X، قال Y»: an indefinite visit noun with no pronoun and no genitive opens
# the sentence (or a clause after a comma and و); the subject of the main verb right after the
# comma is the one travelling.

@pytest.mark.parametrize("text, expected", [
    ("وخلال زيارة إلى ماليزيا، قال رئيس الوزراء الباكستاني نواز شريف إن بلاده تدعم الحوار.",
     ("PAK", "head_of_government", "MYS", "reported")),
    ("وأثناء زيارة إلى موسكو أمس، قال وزير الخارجية الإيراني محمد جواد ظريف إن المحادثات "
     "كانت بناءة.", ("IRN", "foreign_minister", "RUS", "reported")),
    ("وفي زيارة لباريس، أكد وزير الخارجية الأردني ناصر جودة أن الحل السياسي هو الطريق.",
     ("JOR", "foreign_minister", "FRA", "reported")),
    ("رفض الرئيس التركي رجب طيب أردوغان الانتقادات الموجهة لبلاده، وخلال زيارة إلى اليابان، "
     "قال الرئيس إن أنقرة ماضية في سياستها.", ("TUR", "head_of_state", "JPN", "reported")),
])
def test_fronted_bare_visit_is_the_main_subjects(text, expected):
    assert expected in _visits(text)


@pytest.mark.parametrize("text", [
    # the visit noun with the article refers back to a visit told before, none of its own
    "وخلال الزيارة إلى ماليزيا، قال رئيس الوزراء الباكستاني نواز شريف إن بلاده تدعم الحوار.",
    # no actor right after the main verb: nobody to give the visit to
    "وفي زيارة إلى الرياض، قال مراقبون إن وزير الخارجية الأمريكي سيصل قريبا.",
    # the setting stands deep inside the clause, not at its opening
    "أكد وزير الخارجية الأردني ناصر جودة أمس خلال زيارة إلى باريس، قال الرئيس الفرنسي "
    "فرانسوا هولاند إن الحل سياسي.",
])
def test_fronted_bare_visit_near_misses(text):
    assert not any(v[0] == "FRA" and v[2] == "FRA" for v in _visits(text))
    assert ("PAK", "head_of_government", "MYS", "reported") not in _visits(text)
    assert not any(v[0] == "USA" for v in _visits(text))


def test_fronted_visit_with_a_genitive_keeps_its_own_visitor():
    # «زيارة الرئيس الصيني»: the genitive travels, not the subject of the main verb
    visits = _visits("وخلال زيارة الرئيس الصيني إلى القاهرة، قال الرئيس المصري عبد الفتاح "
                     "السيسي إن العلاقات متميزة.")
    assert ("CHN", "head_of_state", "EGY", "reported") in visits
    assert not any(v[0] == "EGY" for v in visits)


def test_fronted_visit_host_is_not_the_visitor():
    # the main subject is of the destination's own state: he receives, he does not travel
    assert not any(v[0] == "EGY" for v in _visits(
        "وخلال زيارة إلى القاهرة، استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية "
        "الفرنسي."))


# ----------------------------------------------------------------------------- landing plane

@pytest.mark.parametrize("text, expected", [
    ("هبطت طائرة وزير الخارجية العماني يوسف بن علوي في مطار طهران الدولي ظهر أمس.",
     ("OMN", "foreign_minister", "IRN", "reported")),
    ("وحطت طائرة الرئيس الفرنسي فرانسوا هولاند في مطار القاهرة الدولي صباح اليوم.",
     ("FRA", "head_of_state", "EGY", "reported")),
])
def test_landing_plane_of_a_named_traveller_is_his_arrival(text, expected):
    assert expected in _visits(text)


@pytest.mark.parametrize("text", [
    "وهبطت طائرة تقل مساعدات غذائية في مطار عدن الدولي أمس.",
    "وحطت طائرة عسكرية سعودية في مطار صنعاء بعد الظهر.",
])
def test_landing_plane_with_no_traveller_is_no_visit(text):
    assert _visits(text) == []


# ----------------------------------------------------------------------------- vice-president
# «نائب الرئيس» alone is a republic's office: in a monarchy's paper it is never the outlet's own
# state's (roles.yaml republican_titles, mentions._misfit_home).

def _parties(text: str, home: str) -> list[tuple]:
    return [(e["event_type"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, "2015-08-01", home=home)]


def test_bare_vice_president_is_not_a_monarchys_own():
    assert not any("SAU" in p for p in _parties("وصل نائب الرئيس إلى عدن أمس.", "SAU"))
    assert not any("SAU" in p for p in _parties(
        "وأعرب نائب الرئيس التنفيذي للمنظمة خلال لقائه بالرئيس الأمريكي باراك أوباما عن "
        "قلقه.", "SAU"))


def test_bare_vice_president_in_a_republics_paper_keeps_home():
    # near-miss: a republic's paper may mean its own vice-president
    assert ("MEET", "EGY", "USA") in _parties(
        "التقى نائب الرئيس أمس بالسفير الأمريكي في القاهرة.", "EGY")


def test_named_vice_president_keeps_his_state():
    assert ("VISIT", "USA", None) in _parties(
        "وصل نائب الرئيس الأمريكي جو بايدن إلى الرياض أمس.", "SAU")


# ----------------------------------------------------------------------------- an aide's principal
# «المبعوث الخاص للرئيس X»: the head an aide serves, named after ل, gives the aide his state;
# he is no second party (mentions: the units phase, then _principal).

def test_envoy_of_a_named_president_is_of_his_state():
    parties = _parties("التقى المبعوث الخاص للرئيس باراك أوباما وزير الخارجية العراقي إبراهيم "
                       "الجعفري في بغداد.", "SAU")
    assert ("MEET", "USA", "IRQ") in parties
    assert not any("SAU" in p for p in parties)


def test_message_to_a_named_president_is_not_his_envoy():
    # near-miss: ل with a word between is where the message goes, not whom the envoy serves
    from datetime import date

    from pipeline.events.extract import _prepare
    actors = [(a.country, a.role) for s in _prepare(
        "سلم المبعوث الخاص رسالة للرئيس الروسي فلاديمير بوتين.", date(2015, 8, 1), "SAU")
        for a in s.actors]
    assert ("RUS", "head_of_state") in actors
    assert ("RUS", "envoy") not in actors
