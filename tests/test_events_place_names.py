"""Places and states whose name starts with another state's (or a continent's) name.

«إيرلندا الشمالية» is the United Kingdom's, not Ireland; «أفريقيا الوسطى» is a state, not a
region; «بابوا غينيا الجديدة» is not Guinea; «قبرص التركية» is not the state of Cyprus. The
longest name wins (configs/gazetteer/countries.yaml names and regions, grammar.yaml
visit_regions). Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.mentions import Sentence, find_mentions, tokenize


def _mentions(text: str) -> Sentence:
    sent = Sentence(text, 0, tokenize(text))
    find_mentions(sent, 2015, {}, "SAU")
    return sent


def _place_codes(name: str) -> set:
    """The states the place after «وصل الوفد إلى» names (places and bare country names)."""
    sent = _mentions(f"وصل الوفد إلى {name} أمس")
    return {p[2] for p in sent.places} | {c[2] for c in sent.countries}


@pytest.mark.parametrize("name, code", [
    # a region of a state named after another state
    ("إيرلندا الشمالية", "GBR"),
    ("أيرلندا الشمالية", "GBR"),
    ("أيرلندا", "IRL"),  # near miss: the state's own name
    ("أذربيجان الشرقية", "IRN"),  # an Iranian province
    ("أذربيجان", "AZE"),
    ("ولاية جورجيا", "USA"),  # the American state
    ("جورجيا", "GEO"),
    # states whose name starts with another state's or a continent's
    ("أفريقيا الوسطى", "CAF"),
    ("إفريقيا الوسطى", "CAF"),
    ("جمهورية أفريقيا الوسطى", "CAF"),
    ("جنوب أفريقيا", "ZAF"),
    ("جنوب إفريقيا", "ZAF"),
    ("غينيا الاستوائية", "GNQ"),
    ("غينيا بيساو", "GNB"),
    ("بابوا غينيا الجديدة", "PNG"),
    ("غينيا", "GIN"),
    ("كوريا الشمالية", "PRK"),
    ("كوريا الجنوبية", "KOR"),
    ("جنوب السودان", "SSD"),
    ("السودان الجنوبي", "SSD"),
    ("السودان", "SDN"),
    ("الكونغو الديمقراطية", "COD"),
    ("جمهورية الكونغو الديمقراطية", "COD"),
    ("الكونغو برازافيل", "COG"),
    ("قبرص", "CYP"),
    # a part of a state is the state (a visit to northern Iraq is a visit to Iraq)
    ("شمال العراق", "IRQ"),
    ("شمال سوريا", "SYR"),
    ("جنوب اليمن", "YEM"),
    ("اليمن الجنوبي", "YEM"),
])
def test_a_name_starting_with_another_names_its_own_state(name, code):
    assert _place_codes(name) == {code}


@pytest.mark.parametrize("name", [
    "قبرص التركية",  # not the state of Cyprus
    "قبرص الشمالية",
    "جمهورية شمال قبرص التركية",
    "آسيا الوسطى",  # regions named after a continent
    "الهند الصينية",  # not India
    "الصحراء الغربية",
    "الكونغو",  # the Republic or the Democratic Republic: the text does not say
])
def test_a_region_or_an_unrecognised_entity_names_no_state(name):
    assert _place_codes(name) == set()


@pytest.mark.parametrize("title, actor", [
    ("رئيس وزراء إيرلندا الشمالية", ("GBR", "official")),  # a region's official, not a head
    ("رئيس أفريقيا الوسطى", ("CAF", "head_of_state")),
    ("رئيس السودان الجنوبي", ("SSD", "head_of_state")),
    ("رئيس غينيا بيساو", ("GNB", "head_of_state")),
    ("وزير خارجية غينيا الاستوائية", ("GNQ", "foreign_minister")),
])
def test_a_title_before_the_longer_name_takes_its_state(title, actor):
    sent = _mentions(f"التقى الرئيس التركي {title} أمس")
    assert [(a.country, a.role) for a in sent.actors] == [("TUR", "head_of_state"), actor]


def test_the_head_of_turkish_cyprus_is_not_a_head_of_cyprus():
    # neither Cyprus's head nor the outlet's own state
    for name in ("قبرص التركية", "جمهورية شمال قبرص التركية"):
        sent = _mentions(f"التقى الرئيس التركي رئيس {name} مصطفى أكينجي أمس")
        assert [(a.country, a.role) for a in sent.actors] == [("TUR", "head_of_state")]


def _events(text: str) -> set:
    return {(ev["event_type"], ev["actor1_country"], ev["actor2_country"], ev["actor2_role"],
             ev["location_name"], ev["location_country"])
            for ev in extract_events(text, "2015-08-01", home="SAU")}


def test_a_visit_to_northern_ireland_is_to_the_united_kingdom():
    assert _events("زار رئيس الوزراء الإيرلندي إيرلندا الشمالية أمس.") \
        == {("VISIT", "IRL", None, None, "Northern Ireland", "GBR")}
    # a British minister's trip there is a domestic one: no event
    assert _events("وصل رئيس الوزراء البريطاني ديفيد كاميرون أمس إلى إيرلندا الشمالية في "
                   "زيارة رسمية.") == set()


def test_the_central_african_republic_is_a_state():
    assert _events("زار الرئيس الفرنسي فرانسوا هولاند جمهورية أفريقيا الوسطى أمس.") \
        == {("VISIT", "FRA", None, None, "Central African Republic", "CAF")}
    assert _events("استقبل خادم الحرمين الشريفين الملك سلمان رئيس جمهورية أفريقيا الوسطى "
                   "أمس.") == {("MEET", "SAU", "CAF", "head_of_state", None, None)}


def test_a_visit_to_turkish_cyprus_is_not_to_cyprus():
    assert _events("وصل الرئيس التركي رجب طيب أردوغان إلى قبرص التركية أمس.") \
        == {("VISIT", "TUR", None, None, "Northern Cyprus", None)}


def test_papua_new_guinea_is_not_guinea():
    assert _events("زار رئيس الوزراء الأسترالي بابوا غينيا الجديدة أمس.") \
        == {("VISIT", "AUS", None, None, "Papua New Guinea", "PNG")}
