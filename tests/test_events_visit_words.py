"""Verbs of going as visits (ذهب/يذهب/سيذهب إلى + a place) and «والي» as a governor
(pipeline/events/triggers.py, mentions.py).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare


def _visits(text: str, published: str = "2020-01-05") -> list[tuple]:
    return [
        (e["event_type"], e["status"], e["actor1_country"], e["actor1_role"], e["location_country"])
        for e in extract_events(text, published=published)
        if e["event_type"] == "VISIT"
    ]


def _actors(text: str, published=date(2020, 1, 5)) -> list[tuple]:
    return [(a.country or a.org, a.role) for s in _prepare(text, published, None) for a in s.actors]


# ------------------------------------------------------------------ verbs of going
def test_went_to_a_capital_is_a_reported_visit():
    text = "ذهب وزير الخارجية الفرنسي إلى موسكو أمس للقاء نظيره الروسي."
    assert _visits(text) == [("VISIT", "reported", "FRA", "foreign_minister", "RUS")]


def test_will_go_to_a_state_is_a_planned_visit():
    text = "وسيذهب الرئيس التونسي إلى الجزائر الأسبوع المقبل في زيارة رسمية."
    assert _visits(text) == [("VISIT", "planned", "TUN", "head_of_state", "DZA")]


def test_goes_with_the_traveller_before_to():
    text = "يذهب رئيس الوزراء العراقي إلى طهران غدا."
    assert _visits(text) == [("VISIT", "planned", "IRQ", "head_of_government", "IRN")]


def test_gold_price_is_no_visit():
    assert _visits("أعلن وزير المالية المصري ارتفاع سعر الذهب في مصر.") == []


def test_gold_reserve_before_to_is_no_visit():
    assert _visits("قال وزير المالية المصري إن احتياطي ذهب البنك ارتفع إلى مستوى قياسي.") == []


def test_holding_a_view_is_no_visit():
    assert _visits("ذهب وزير الخارجية الفرنسي إلى أن روسيا مسؤولة عن الأزمة.") == []


# ------------------------------------------------------------------ «والي», a wilaya's governor
def test_governor_of_a_tunisian_city_is_a_tunisian_official():
    assert _actors("التقى والي صفاقس بالسفير الفرنسي.") == [
        ("TUN", "official"),
        ("FRA", "official"),
    ]


def test_governor_of_an_algerian_city_meets_an_ambassador():
    events = extract_events("استقبل والي وهران أمس السفير الإيطالي.", published="2020-01-05")
    assert {(e["event_type"], e["actor1_country"], e["actor2_country"]) for e in events} == {
        ("MEET", "DZA", "ITA")
    }


def test_and_to_a_place_is_no_governor():
    assert _actors("سافر السفير الفرنسي إلى الجزائر وإلى صفاقس.") == [("FRA", "official")]


def test_and_to_written_without_hamza_is_no_governor():
    assert _actors("توجه الوفد الفرنسي والى صفاقس.") == [("FRA", "delegation")]


def test_second_destination_spelled_with_ya_is_no_governor():
    assert _actors("وصل السفير الفرنسي الى الجزائر والي وهران.") == [("FRA", "official")]


def test_and_to_tunis_names_no_governor():
    text = "وصل وزير الخارجية الفرنسي إلى الجزائر أمس وإلى تونس اليوم."
    assert ("TUN", "official") not in _actors(text)
