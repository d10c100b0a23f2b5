"""Places, regions and states whose names start with another's, and visits whose only
destination is a region.

Places and states whose name starts with another state's (or a continent's) name.

«إيرلندا الشمالية» is the United Kingdom's, not Ireland; «أفريقيا الوسطى» is a state, not a
region; «بابوا غينيا الجديدة» is not Guinea; «قبرص التركية» is not the state of Cyprus. The
longest name wins (configs/gazetteer/countries.yaml names and regions, grammar.yaml
visit_regions). Sentences written for these tests (not corpus text).

Visits whose only destination is a region or continent (regions.visit_region).

Sentences written for these tests (not corpus text).

An envoy's post hides no other traveller's destination, and is no destination of his own.

A state after «لدى» that no actor is posted to still takes a visit's destination.
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


def _visits(text: str, published="2015-08-01", home: str | None = "SAU") -> set:
    return {(ev["actor1_country"], ev["actor1_role"], ev["status"], ev["location_name"],
             ev["location_country"])
            for ev in extract_events(text, published, home=home) if ev["event_type"] == "VISIT"}


@pytest.mark.parametrize("text, place", [
    # the visitor in construct, then إلى and a continent
    ("تابعت الصحف البريطانية زيارة الرئيس الفرنسي فرانسوا هولاند إلى أفريقيا.", "Africa"),
    # the tour noun with its pronoun, في and a continent; the visitor named after it
    ("وخلال جولته في آسيا، الأسبوع الماضي، قال الرئيس التركي رجب طيب إردوغان إن بلاده تريد "
     "شراكة أوسع.", "Asia"),
    # a multi-word region with a clitic ل
    ("وأجرى وزير الخارجية الألماني زيارة قصيرة للشرق الأوسط.", "Middle East"),
    # a tour's adjective
    ("ويبدأ وزير الخارجية الأمريكي جون كيري غدا جولة خليجية لطمأنة الحلفاء.", "Gulf"),
    # the definite adjective after a possessive tour noun
    ("وفي ختام جولته الخليجية، قال وزير الخارجية المصري سامح شكري إن العلاقات متينة.", "Gulf"),
    # a visit verb's object after its subject
    ("ويزور وزير الخارجية الأمريكي جون كيري الخليج الأسبوع المقبل.", "Gulf"),
])
def test_a_visit_to_a_region_takes_it_as_its_place(text, place):
    visits = _visits(text)
    assert len(visits) == 1
    assert next(iter(visits))[3:] == (place, None)


@pytest.mark.parametrize("text", [
    # the region is the topic of the purpose, not where he goes
    "وقال وزير الخارجية الأمريكي جون كيري خلال زيارته لبحث أمن الخليج إن بلاده ملتزمة.",
    # a comma closes the visit before the region
    "وتحدث الرئيس الفرنسي فرانسوا هولاند عن زيارته، في أوروبا يقولون إنها ناجحة.",
    # a region named after an unrelated phrase
    "وأجرى وزير الخارجية الألماني زيارة عمل رسمية مطولة في أوروبا.",
    # a newspaper's title in quotes, not the region
    "وقال وزير الخارجية الأمريكي جون كيري في زيارته «الشرق الأوسط» إن بلاده ملتزمة.",
])
def test_a_region_not_the_visits_own_place_is_none(text):
    assert _visits(text) == set()


def test_a_state_after_the_trigger_wins_over_the_region():
    # a tour to the Middle East that opens in Egypt: its visit is to Egypt, none to the region
    text = ("غادر وزير الخارجية الأمريكي جون كيري مساء الجمعة واشنطن متوجها إلى الشرق الأوسط "
            "في جولة يستهلها في مصر.")
    assert all(v[3] != "Middle East" for v in _visits(text))


def test_a_region_named_after_a_state_is_not_that_state():
    # «أمريكا اللاتينية» is the region, not the United States: no invented place, no US party
    assert _visits("وأجرى الرئيس الفرنسي فرانسوا هولاند زيارة له إلى أمريكا اللاتينية.") \
        == {("FRA", "head_of_state", "reported", "Latin America", None)}
    assert extract_events("والتقى الرئيس الفرنسي فرانسوا هولاند وزراء خارجية دول أميركا "
                          "اللاتينية.", "2015-08-01", home="SAU") == []
    # near miss: the state's own name alone is still the state
    assert _visits("وأجرى الرئيس الفرنسي فرانسوا هولاند زيارة إلى أمريكا.") \
        == {("FRA", "head_of_state", "reported", "United States", "USA")}


def test_a_region_in_the_visits_own_clause_wins_over_an_earlier_clauses_place():
    # «وصل أوباما إلى كينيا …، ويزور كيري الخليج»: Kerry's visit is to the Gulf, not to Kenya;
    # a city of its own after the verb keeps its place
    text = ("وصل الرئيس الأمريكي باراك أوباما اليوم إلى كينيا في جولته الإفريقية، ويزور وزير "
            "الخارجية الأمريكي جون كيري {} الأسبوع المقبل.")
    kerry = [e for e in extract_events(text.format("الخليج"), "2015-07-24")
             if e["actor1_name"] == "John Kerry"]
    assert [(e["location_name"], e["location_country"]) for e in kerry] == [("Gulf", None)]
    kerry = [e for e in extract_events(text.format("نيروبي"), "2015-07-24")
             if e["actor1_name"] == "John Kerry"]
    assert [(e["location_name"], e["location_country"]) for e in kerry] == [("Nairobi", "KEN")]


def _events_post(text, published="2015-08-05"):
    return extract_events(text, published)


def test_envoy_post_leaves_another_travellers_destination():
    evs = _events_post(
        "أكد سفير خادم الحرمين الشريفين لدى مصر أحمد قطان أن الأمير محمد بن سلمان ولي ولي "
        "العهد سوف يترأس وفد المملكة لحضور حفل افتتاح قناة السويس الجديدة."
    )
    visits = [e for e in evs if e["event_type"] == "VISIT"]
    assert visits, evs
    assert visits[0]["actor1_name"] == "Mohammed bin Salman"
    assert visits[0]["location_country"] == "EGY"
    assert visits[0]["status"] == "planned"


def test_envoy_own_post_is_still_no_destination():
    evs = _events_post(
        "وقال السفير الألماني لدى القاهرة إنه سيزور مدينة الإسكندرية الأسبوع المقبل."
    )
    assert not [e for e in evs if e["event_type"] == "VISIT" and e["location_country"] == "EGY"]


def _events_lada(text: str, published="2015-07-24", home="SAU") -> list[tuple]:
    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"] or e["actor1_org"],
            e["actor2_country"] or e["actor2_org"],
            e["location_country"],
        )
        for e in extract_events(text, published, home=home)
    ]


def test_a_state_after_lada_with_no_posted_actor_keeps_the_destination():
    text = (
        "وقال الوزير إنه لا نية لدى روسيا لمناقشة خفض الإنتاج أثناء زيارة الأمين العام "
        "لمنظمة أوبك عبد الله البدري لموسكو غدا."
    )
    assert ("VISIT", "planned", "OPEC", None, "RUS") in _events_lada(text, "2015-07-29")


def test_an_ambassador_posted_to_the_state_visits_none_of_its_cities():
    # near miss: the ambassador «لدى المملكة» travelling inside the state he serves
    text = "وقام السفير الأسترالي لدى المملكة بزيارة إلى جدة أمس."
    assert not any(t == "VISIT" for t, *_ in _events_lada(text))


def test_lahij_is_no_place_for_its_homograph_for_the_hajj():
    """«لحج» is Yemen's Lahij and, far more often in the news, «for the Hajj» («القادم لحج بيت الله
    الحرام», «لحج هذا العام»): the bare word is left out of Yemen's places, so a pilgrim's
    reception is no meeting located in Yemen."""
    events = extract_events("استقبل الملك سلمان اليوم الرئيس التونسي القادم لحج بيت الله الحرام.",
                            published="2015-09-20")
    assert events and all(e.get("location_country") != "YEM" for e in events)
    assert "YEM" not in _place_codes("لحج")


@pytest.mark.parametrize("text", [
    "شيع أمس جثمان الجندي في مسقط رأسه بمحافظة الكرك",
    "عاد اللاعب إلى مسقط رأسها بعد غياب طويل",
    "وزار الرئيس بمسقط رأس والده قرية صغيرة",
    "توجه الوزير إلى مسقط رأسهما في الجنوب",
])
def test_a_birthplace_is_no_muscat(text):
    # «مسقط رأسه» (his birthplace) names no place: the place reader itself skips it, so
    # every rule that reads the sentence's places sees no Muscat
    assert [p for p in _mentions(text).places if p[2] == "OMN"] == []


def test_muscat_before_another_word_is_still_muscat():
    # near-miss: «مسقط» before any other word is the capital of Oman
    assert [p[2] for p in _mentions("وصل الوفد إلى مسقط رئيسا للجنة").places] == ["OMN"]


def test_a_visit_to_a_birthplace_is_no_visit_to_oman():
    # «رأسه» (not only «رأس» alone): the trip goes to the visitor's birthplace, not Muscat
    text = "توجه رئيس الوزراء الأردني أمس إلى مسقط رأسه في الكرك لحضور حفل عائلي."
    assert [e for e in extract_events(text, "2015-08-01", home="SAU")
            if e["location_country"] == "OMN"] == []
