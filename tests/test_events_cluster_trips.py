"""Event clustering: reports of one named person's visit to one country, dated by outlets to
different days of the stay (arrival, talks, departure), are one trip; the near misses (two
days too far, another destination, an unnamed visitor, a meeting's own day) stay apart."""

from datetime import date, timedelta

from pipeline.events import extract_events
from pipeline.events.clusters import candidate, cluster_events, events_match, mismatch
from tests.support.rows import cluster_candidate

DAY = date(2024, 9, 4)
OBAMA = ("USA", "head_of_state", "Barack Obama")


def ev(eid, a, b=None, etype="VISIT", day=DAY, loc=("Kenya", "KEN"), status="reported",
       pub=None):
    return cluster_candidate(eid, a, b, etype, status, day, pub or day, loc)


def test_a_named_visitors_days_in_one_country_are_one_trip():
    arrival = ev("a", OBAMA)
    departure = ev("d", OBAMA, day=DAY + timedelta(days=2))
    assert events_match(arrival, departure)
    # the host named on one side: the destination is the host's state
    hosted = ev("h", OBAMA, ("KEN", "head_of_state", "Uhuru Kenyatta"), loc=(None, None),
                day=DAY + timedelta(days=2))
    assert events_match(arrival, hosted)
    # an unnamed head of state on the other side is the same person (one side names him)
    assert events_match(ev("u", ("USA", "head_of_state", None)), departure)


def test_near_misses_of_a_trip_stay_apart():
    arrival = ev("a", OBAMA)
    assert mismatch(arrival, ev("far", OBAMA, day=DAY + timedelta(days=4))) == "date"
    assert not events_match(arrival, ev("eth", OBAMA, day=DAY + timedelta(days=2),
                                        loc=("Ethiopia", "ETH")))
    # no one named on either side: «وفد أمريكي» on two days may be two delegations
    anon = ("USA", "official", None)
    assert mismatch(ev("x", anon), ev("y", anon, day=DAY + timedelta(days=2))) == "date"
    # two meetings (not visits) keep the one-day tolerance (the later one not dated by its
    # own paper's day, which a wire story's «اليوم» may be)
    kenyatta = ("KEN", "head_of_state", "Uhuru Kenyatta")
    assert mismatch(ev("m1", OBAMA, kenyatta, etype="MEET", loc=(None, None)),
                    ev("m2", OBAMA, kenyatta, etype="MEET", loc=(None, None),
                       day=DAY + timedelta(days=2), pub=DAY + timedelta(days=3))) == "date"


def test_two_outlets_arrival_and_departure_reports_share_a_cluster():
    texts = [("وصل الرئيس الأمريكي باراك أوباما اليوم إلى كينيا في زيارة رسمية.", DAY),
             ("غادر الرئيس الأمريكي باراك أوباما كينيا اليوم في ختام زيارة استمرت يومين.",
              DAY + timedelta(days=2))]
    cands = []
    for i, (text, pub) in enumerate(texts):
        for j, e in enumerate(extract_events(text, pub, home="SAU")):
            cands.append(candidate({**e, "event_id": f"{i}-{j}", "article_id": str(i)}, pub))
    ids = cluster_events(cands)
    a, b = ({ids[c.event_id] for c in cands if c.event_id.startswith(f"{i}-")} for i in (0, 1))
    assert a and a & b



def test_an_office_the_named_visitor_did_not_hold_that_year_is_another_trip():
    # Erdogan was prime minister in 2012; the unnamed Turkish president visiting two days
    # later is Gul: two visitors, not days of one trip
    day = date(2012, 7, 24)
    erdogan = ("TUR", "head_of_government", "Recep Tayyip Erdogan")
    president = ("TUR", "head_of_state", None)
    assert not events_match(ev("e", erdogan, day=day),
                            ev("p", president, day=day + timedelta(days=2)))
    # in 2016 he was the president: the same trip
    day = date(2016, 7, 24)
    assert events_match(ev("e", ("TUR", "head_of_state", "Recep Tayyip Erdogan"), day=day),
                        ev("p", president, day=day + timedelta(days=2)))
