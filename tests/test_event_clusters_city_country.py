"""Two cities join one day's contact between the same named people only when both are known to
lie in one country (a dateline and the venue): a city whose country a report does not give may
lie abroad, and still tells two contacts apart."""

from datetime import date

from pipeline.events.clusters import mismatch
from tests.support.rows import cluster_candidate

DAY = date(2024, 5, 6)
KING = ("SAU", "head_of_state", "Invented King")
GUEST = ("USA", "defense_minister", "Invented Secretary")


def city(eid, place):
    return cluster_candidate(eid, KING, GUEST, "MEET", "reported", DAY, DAY, place)


def test_cities_of_one_country_join():
    assert mismatch(city("a", ("Jeddah", "SAU")), city("b", ("Riyadh", "SAU"))) is None


def test_a_city_of_no_known_country_still_tells_apart():
    assert mismatch(city("a", ("Jeddah", "SAU")), city("b", ("Geneva", None))) == "location"
    assert mismatch(city("a", ("Geneva", None)), city("b", ("Jeddah", "SAU"))) == "location"
