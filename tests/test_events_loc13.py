"""Visits whose only destination is a region or continent (regions.visit_region).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


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
