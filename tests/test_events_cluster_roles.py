"""Event clustering: roles that name a party without an office (a state's delegation, a
movement as a whole, a minister of no known portfolio) join the report that names the office,
and the near misses that must stay apart."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.clusters import candidate, cluster_events, events_match, mismatch
from tests.support.rows import cluster_candidate

DAY = date(2024, 9, 4)


def ev(eid, a, b, etype="MEET", status="reported", day=DAY, pub=DAY, loc=(None, None)):
    """An event row; a party is (entity, role, name) of a country, or ("org", code, role,
    name) of an organisation or movement."""
    return cluster_candidate(eid, a, b, etype, status, day, pub, loc)


SISI = ("EGY", "head_of_state", "Abdel Fattah al-Sisi")


def test_a_states_delegation_is_the_minister_who_led_it():
    delegation = ev("d", SISI, ("SAU", "delegation", None), day=None, pub=DAY)
    minister = ev("m", SISI, ("SAU", "defense_minister", "Mohammed bin Salman"),
                  day=date(2024, 9, 3))
    assert events_match(delegation, minister)
    # the other party must still agree: another state's delegation is another contact
    assert mismatch(ev("q", SISI, ("QAT", "delegation", None)), minister) == "parties"


def test_an_organisations_delegation_tells_none_of_its_offices_apart():
    """«الوفد الأممي» a commissioner's office sends is not the envoy's meeting."""
    hadi = ("YEM", "head_of_state", "Abdrabbuh Mansur Hadi")
    envoy = ev("e", hadi, ("org", "UN", "envoy", "Ismail Ould Cheikh Ahmed"))
    un_delegation = ev("u", hadi, ("org", "UN", "delegation", None))
    assert mismatch(envoy, un_delegation) == "parties"
    visit = ev("v", ("org", "UN", "delegation", None), None, etype="VISIT", status="planned",
               day=None, loc=("Aden", "YEM"))
    assert mismatch(visit, envoy) == "parties"


def test_a_movements_delegation_is_the_movement():
    envoy = ("org", "UN", "envoy", "Ismail Ould Cheikh Ahmed")
    talks = ev("t", envoy, ("org", "HOUTHIS", "delegation", None), day=date(2024, 9, 3),
               loc=("Muscat", "OMN"))
    planned = ev("p", ("org", "HOUTHIS", "group", None), envoy, status="planned", day=None,
                 loc=("Muscat", "OMN"))
    assert events_match(talks, planned)
    # a faction of a state («الأطراف اليمنية») is not its president
    factions = ev("f", ("YEM", "group", None), envoy)
    president = ev("h", ("YEM", "head_of_state", "Abdrabbuh Mansur Hadi"), envoy)
    assert mismatch(factions, president) == "parties"


def test_a_bare_minister_is_any_of_the_states_ministers_but_not_its_head():
    jordan = ("JOR", "foreign_minister", None)
    bare = ev("b", jordan, ("EGY", "minister", None))
    assert events_match(bare, ev("f", jordan, ("EGY", "foreign_minister", None)))
    assert events_match(bare, ev("d", jordan, ("EGY", "defense_minister", "Someone Else")))
    assert mismatch(bare, ev("h", jordan, ("EGY", "head_of_state", None))) == "parties"
    # a named bare minister is a known person: his own office decides, not the word
    named = ev("n", jordan, ("EGY", "minister", "Some Minister"))
    assert mismatch(named, ev("f2", jordan, ("EGY", "foreign_minister", None))) == "parties"


def _cluster(*texts):
    cands = []
    for i, text in enumerate(texts):
        for j, e in enumerate(extract_events(text, DAY, home="SAU")):
            cands.append(candidate({**e, "event_id": f"{i}-{j}", "article_id": str(i)}, DAY))
    ids = cluster_events(cands)
    return [{ids[c.event_id] for c in cands if c.event_id.startswith(f"{i}-")}
            for i in range(len(texts))]


def test_two_outlets_delegation_and_named_minister_share_a_cluster():
    a, b = _cluster(
        "استقبل الرئيس المصري عبدالفتاح السيسي اليوم في القاهرة الوفد السعودي، وبحث الجانبان "
        "العلاقات الثنائية.",
        "استقبل الرئيس المصري عبدالفتاح السيسي اليوم في القاهرة وزير الخارجية السعودي عادل "
        "الجبير، وبحث الجانبان العلاقات الثنائية.")
    assert a and a & b


def test_two_outlets_bare_minister_and_foreign_minister_share_a_cluster():
    a, b = _cluster(
        "استقبل وزير الخارجية الأردني اليوم في عمّان الوزير المصري وبحثا التعاون.",
        "استقبل وزير الخارجية الأردني اليوم في عمّان وزير الخارجية المصري وبحثا التعاون.")
    assert a and a & b
    # near miss: the state's head is not a minister of no known portfolio
    c, d = _cluster(
        "استقبل وزير الخارجية الأردني اليوم في عمّان الوزير المصري وبحثا التعاون.",
        "استقبل وزير الخارجية الأردني اليوم في عمّان الرئيس المصري وبحثا التعاون.")
    assert c and d and not c & d
