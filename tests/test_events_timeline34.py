"""Dated lines of one pair (a chronicle) and the stops of a tour (invented sentences)."""

from datetime import date

from pipeline.events import extract_events

PUB = "2015-08-01"


def _events(text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == kind]


def _pair(e: dict) -> tuple:
    return (e["actor1_country"], e["actor2_country"])


def test_later_stops_of_a_tour_to_come_take_no_date():
    text = "يبدأ وزير الخارجية اليمني رياض ياسين غدا جولة أوروبية تشمل بريطانيا وبلجيكا وفرنسا."
    visits = {e["location_country"]: e for e in _events(text, "VISIT")}
    assert set(visits) == {"GBR", "BEL", "FRA"}
    assert all(v["status"] == "planned" and v["actor1_country"] == "YEM" for v in visits.values())
    assert visits["BEL"]["event_date"] is None and visits["BEL"]["date_precision"] is None
    assert visits["FRA"]["event_date"] is None


def test_a_stop_with_a_day_of_its_own_keeps_it():
    text = (
        "غادر وزير الخارجية الأمريكي جون كيري واشنطن في جولة يستهلها في مصر. "
        "وسيزور كيري ماليزيا من 4 إلى 6 أغسطس."
    )
    visits = {e["location_country"]: e for e in _events(text, "VISIT")}
    assert visits["MYS"]["event_date"] == date(2015, 8, 4)
    assert visits["MYS"]["status"] == "planned"
