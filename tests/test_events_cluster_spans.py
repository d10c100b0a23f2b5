"""Event clustering: a trip's dates are a span. Reports of a visit of several days, dated by each
outlet to the day it reports (arrival, talks on the second day, departure), join one cluster
whose span grows as reports join, within clusters.TRIP_DAYS, when each new report falls in or
next to the span (it matches a member outright) and the cluster holds a visit. The near misses
stay apart: the same leaders' calls a few days apart, two meetings with no visit, the same
person's visits months apart, unnamed sides, a report beyond the span. The batch, a later run
against the lake and the stream's index choose alike. A member naming no one on a side (an
airport reception by officials) does not keep the trip's last day out when it is a day beyond
the tolerance."""

import dataclasses
import itertools
from datetime import date, timedelta

from pipeline.events import extract_events
from pipeline.events.clusters import (
    TRIP_DAYS,
    bucket_edges,
    candidate,
    cluster_events,
    cluster_run,
    mismatch,
    trip_days,
)
from pipeline.events.stream_index import EventClusterIndex
from tests.support.rows import cluster_candidate

DAY = date(2024, 9, 4)
FM = ("FRA", "foreign_minister", "Jean Martin")  # an invented French foreign minister
SAUFM = ("SAU", "foreign_minister", None)
KING = ("SAU", "head_of_state", None)
RIYADH = ("Riyadh", "SAU")


def ev(eid, a, b=None, etype="MEET", day=0, pub=None, loc=RIYADH, status="reported"):
    d = DAY + timedelta(days=day) if day is not None else None
    p = DAY + timedelta(days=pub if pub is not None else (day or 0))
    return cluster_candidate(eid, a, b, etype, status, d, p, loc)


# Day 0: the French minister arrives in Riyadh (no host named); day 1: he meets his Saudi
# counterpart; day 2: they hold talks; day 3: a press conference; day 4: he leaves.
TRIP = [ev("arrive", FM, etype="VISIT"),
        ev("talks1", FM, SAUFM, day=1),
        ev("talks2", SAUFM, FM, day=2, etype="NEGOTIATE"),
        ev("press", FM, SAUFM, day=3, etype="PRESS_CONFERENCE"),
        ev("leave", FM, SAUFM, day=4, etype="VISIT")]


def test_a_trip_reported_day_by_day_is_one_cluster():
    # the arrival and the last days' reports are too far apart to match outright
    assert mismatch(TRIP[0], TRIP[3]) == "date" and mismatch(TRIP[1], TRIP[4]) == "date"
    assert trip_days(TRIP[0], TRIP[3]) and trip_days(TRIP[1], TRIP[4])
    ids = cluster_events(TRIP)
    assert set(ids.values()) == {"arrive"}


def test_the_span_is_bounded():
    later = ev("later", FM, SAUFM, day=TRIP_DAYS + 1, etype="VISIT")
    assert not trip_days(TRIP[0], later)
    ids = cluster_events([*TRIP, later])
    assert ids["later"] == "later" and ids["leave"] == "arrive"
    # a chain of reports a day apart stops at the bound (every pair within it)
    days = [ev(f"d{i}", FM, SAUFM, day=i, etype="VISIT" if i == 0 else "MEET")
            for i in range(TRIP_DAYS + 3)]
    ids = cluster_events(days)
    assert {ids[f"d{i}"] for i in range(TRIP_DAYS + 1)} == {"d0"}
    assert ids[f"d{TRIP_DAYS + 1}"] != "d0"


def test_a_report_must_fall_next_to_the_span():
    # the arrival alone and a press conference three days later: nothing in between, no
    # member matches it
    ids = cluster_events([TRIP[0], TRIP[3]])
    assert ids == {"arrive": "arrive", "press": "press"}


def test_calls_and_meetings_without_a_visit_keep_their_days():
    calls = [ev(f"c{i}", FM, SAUFM, etype="CALL", day=i, loc=(None, None)) for i in range(4)]
    ids = cluster_events(calls)
    assert ids["c0"] != ids["c2"] and ids["c1"] != ids["c3"]
    assert not trip_days(calls[0], calls[2])
    meets = [ev(f"m{i}", FM, SAUFM, day=i) for i in range(4)]
    ids = cluster_events(meets)
    assert ids["m0"] != ids["m2"] and ids["m1"] != ids["m3"]


def test_visits_months_apart_unnamed_sides_and_other_places_stay_apart():
    spring = [ev("s0", FM, etype="VISIT"), ev("s1", FM, SAUFM, day=1)]
    autumn = [ev("a0", FM, etype="VISIT", day=90), ev("a1", FM, SAUFM, day=91),
              ev("a2", FM, SAUFM, day=92)]
    ids = cluster_events([*spring, *autumn])
    assert ids["s1"] == "s0" and {ids["a1"], ids["a2"]} == {"a0"}
    # «الجانب السعودي» and «وفد فرنسي»: sides and delegations may be other people another day
    side, team = ("SAU", "official", None), ("FRA", "delegation", None)
    anon = [ev("v", team, etype="VISIT"), ev("x1", team, side, day=1),
            ev("x3", team, side, day=3)]
    assert not trip_days(anon[1], anon[2])
    ids = cluster_events(anon)
    assert ids["x3"] != ids["v"]
    # talks in another city are another trip
    jeddah = ev("j", FM, SAUFM, day=3, loc=("Jeddah", "SAU"))
    assert mismatch(TRIP[1], jeddah) == "date"
    assert not trip_days(TRIP[1], jeddah)


def test_a_cluster_fitting_outright_is_preferred_and_a_cancelled_visit_never_joins():
    # day 2's talks fit the day-1/day-2 cluster outright and the arrival's only as a trip
    first = [ev("v0", FM, etype="VISIT", day=0)]
    ids = cluster_events([*first, ev("t1", FM, SAUFM, day=1), ev("t2", FM, SAUFM, day=2)])
    assert set(ids.values()) == {"v0"}
    cancelled = ev("off", FM, SAUFM, day=3, etype="VISIT", status="cancelled")
    assert not trip_days(TRIP[1], cancelled)
    assert cluster_events([*TRIP, cancelled])["off"] == "off"


def test_batch_later_runs_and_the_stream_choose_alike():
    want = cluster_events(TRIP)
    for perm in itertools.permutations(TRIP):
        assert cluster_events(list(perm)) == want
    stored = [dataclasses.replace(c, cluster_id=want[c.event_id]) for c in TRIP[:3]]
    assert cluster_run(TRIP[3:], stored) == {"press": "arrive", "leave": "arrive"}
    index = EventClusterIndex(lookback_days=7)
    today = DAY + timedelta(days=3)
    for c in stored:
        index.add(c, today)
    for c in TRIP[3:]:
        cid = index.assign(c)
        assert cid == "arrive"
        index.add(dataclasses.replace(c, cluster_id=cid), today)
    # the trip's edges are marked as such; the outright matches are not
    edges = bucket_edges([(c, True) for c in TRIP])
    assert {(e.a.event_id, e.b.event_id) for e in edges if e.trip} >= {("arrive", "leave")}


def test_three_outlets_arrival_talks_and_departure_share_a_cluster():
    texts = [("وصل وزير الخارجية الفرنسي جان مارتان اليوم إلى الرياض في زيارة رسمية.", 0),
             ("التقى وزير الخارجية السعودي اليوم وزير الخارجية الفرنسي جان مارتان في الرياض.", 1),
             ("غادر وزير الخارجية الفرنسي جان مارتان الرياض اليوم بعد مباحثات مع وزير الخارجية "
              "السعودي.", 2)]
    cands = []
    for i, (text, day) in enumerate(texts):
        pub = DAY + timedelta(days=day)
        for j, e in enumerate(extract_events(text, pub, home="SAU")):
            cands.append(candidate({**e, "event_id": f"{i}-{j}", "article_id": str(i)}, pub))
    ids = cluster_events(cands)
    by_article = [{ids[c.event_id] for c in cands if c.event_id.startswith(f"{i}-")}
                  for i in range(3)]
    assert all(by_article) and by_article[0] & by_article[1] & by_article[2]


# Day 0: the minister arrives and officials named by no office receive him at the airport («كان
# في استقباله بالمطار عدد من المسؤولين»); day 1: talks; day 2: he leaves.
RECEIVED = [ev("arrive", FM, etype="VISIT"),
            ev("airport", ("SAU", "official", None), FM),
            ev("talks", FM, SAUFM, day=1)]


def test_a_reception_naming_no_one_does_not_keep_the_last_day_out_of_its_trip():
    leave = ev("leave", FM, SAUFM, day=2, etype="VISIT")
    assert mismatch(leave, RECEIVED[1]) == "date" and not trip_days(leave, RECEIVED[1])
    want = cluster_events([*RECEIVED, leave])
    assert len(set(want.values())) == 1
    # a later run against the lake and the stream's index choose alike
    stored = [dataclasses.replace(c, cluster_id=want[c.event_id]) for c in RECEIVED]
    assert cluster_run([leave], stored) == {"leave": want["arrive"]}
    index = EventClusterIndex(lookback_days=7)
    for c in stored:
        index.add(c, DAY + timedelta(days=2))
    assert index.assign(leave) == want["arrive"]


def test_a_reception_naming_no_one_a_day_beyond_still_needs_a_trip():
    # a call two days later is no day of the trip
    call = ev("call", FM, SAUFM, day=2, etype="CALL", loc=(None, None))
    ids = cluster_events([*RECEIVED, call])
    assert ids["call"] == "call" and len(set(ids.values())) == 2
    # three days after the reception is more than a day beyond the tolerance
    late = ev("late", FM, SAUFM, day=3, etype="VISIT")
    ids = cluster_events([*RECEIVED, late])
    assert ids["late"] == "late" and len(set(ids.values())) == 2
    # a meeting with no visit in the cluster keeps its days
    meets = [ev("m0", ("SAU", "official", None), FM), ev("m1", FM, SAUFM, day=1),
             ev("m2", FM, SAUFM, day=2)]
    assert cluster_events(meets)["m2"] != "m0"
