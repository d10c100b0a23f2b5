"""Event clustering: a report joins the cluster of its contact when it misses only members whose
day is weak evidence. A held contact dated to the day joins a cluster whose every held contact
dated to the day it matches, when the others (a plan dated to the day it announced, a report
with no day dated by its paper) are at most a day beyond the tolerance. A later report with no
day that tells a contact as past joins its dated cluster even when a member of it names no one.
Near misses stay apart: a held contact two days off, a plan joining plans, a report with no day
two days beyond the tolerance, a cluster naming no one. The batch, a later run against the
lake and the stream's index choose alike."""

import dataclasses
from datetime import date, timedelta

from pipeline.events.clusters import (
    bucket_edges,
    cluster_events,
    cluster_run,
    mismatch,
    past_report,
)
from pipeline.events.stream_index import EventClusterIndex
from tests.support.rows import cluster_candidate

DAY = date(2024, 3, 11)
FM = ("FRA", "foreign_minister", "Jean Martin")  # an invented French foreign minister
SAUFM = ("SAU", "foreign_minister", None)
SIDE = ("SAU", "official", None)  # «الجانب السعودي»: names no one
PARIS = ("Paris", "FRA")


def ev(eid, a, b=SAUFM, etype="MEET", day=0, pub=None, loc=PARIS, status="reported"):
    d = DAY + timedelta(days=day) if day is not None else None
    p = DAY + timedelta(days=pub if pub is not None else (day or 0))
    return cluster_candidate(eid, a, b, etype, status, d, p, loc)


# «تشهد باريس اليوم وغدًا مباحثات ...»: a plan dated to the first day; the talks were held the
# next day (two outlets), and a third outlet prints the wire's «اليوم» a day after that
PLAN = ev("p", SIDE, FM, day=-1, status="planned")
HELD = [ev("h1", SIDE, FM), ev("h2", FM, SIDE, pub=1)]
LATE = ev("l", SIDE, FM, day=1, pub=1)


def test_a_held_contact_is_not_kept_out_by_a_plan_a_day_beyond():
    assert mismatch(LATE, PLAN) == "date"
    assert all(mismatch(LATE, h) is None for h in HELD)
    edges = bucket_edges([(c, True) for c in (PLAN, *HELD, LATE)])
    assert {(e.a.event_id, e.b.event_id) for e in edges if e.slack} == {("p", "l")}
    ids = cluster_events([PLAN, *HELD, LATE])
    assert set(ids.values()) == {"p"}


def test_held_contacts_two_days_apart_plans_and_far_plans_stay_apart():
    # a held contact dated two days before the new one: two contacts, not one
    early = ev("e", SIDE, FM, day=-1)
    ids = cluster_events([early, HELD[0], LATE])
    assert ids["l"] != ids["e"]
    # a new plan is no held contact: it does not pass a plan a day beyond
    plan2 = ev("q", SIDE, FM, day=1, status="planned")
    assert cluster_events([PLAN, *HELD, plan2])["q"] == "q"
    # a plan two days beyond the tolerance keeps it out
    far = ev("f", SIDE, FM, day=-2, status="planned")
    assert cluster_events([far, ev("h0", SIDE, FM, day=-1), LATE])["l"] == "l"
    # a cluster of plans only is nothing the new report matches as held
    assert cluster_events([PLAN, ev("l2", SIDE, FM, day=1)])["l2"] == "l2"


def test_a_report_with_no_day_a_day_beyond_does_not_keep_it_out():
    # an undated report printed on the 0th, matched by a report dated the 3rd
    undated = ev("u", SIDE, FM, day=None, pub=0)
    third = ev("t", SIDE, FM, day=3)
    fourth = ev("v", FM, SIDE, day=4)
    assert mismatch(undated, third) is None and mismatch(undated, fourth) == "date"
    assert set(cluster_events([undated, third, fourth]).values()) == {"u"}
    # a report dated the 5th is two days beyond the undated one's tolerance (and the 3rd's)
    fifth = ev("w", FM, SIDE, day=5)
    assert not any(e.slack for e in bucket_edges([(c, True) for c in (undated, fifth)]))
    assert cluster_events([undated, third, fifth])["w"] == "w"


def test_a_later_report_tells_a_contact_one_of_whose_reports_names_no_one():
    named = ev("m", FM)
    side = ev("s", SIDE, FM, pub=1)  # the same meeting, the Saudi party unnamed
    statement = ev("c", FM, day=None, pub=6)
    assert past_report(statement, named) and not past_report(statement, side)
    ids = cluster_events([named, side, statement])
    assert set(ids.values()) == {"m"}
    # a cluster of unnamed reports only is no contact it tells
    assert cluster_events([side, statement])["c"] == "c"
    # nor are the unnamed ones beyond the week
    late = ev("d", FM, day=None, pub=9)
    assert cluster_events([named, side, late])["d"] == "d"


def test_batch_later_runs_and_the_stream_choose_alike():
    want = cluster_events([PLAN, *HELD, LATE])
    stored = [dataclasses.replace(c, cluster_id=want[c.event_id]) for c in (PLAN, *HELD)]
    assert cluster_run([LATE], stored) == {"l": "p"}
    index = EventClusterIndex(lookback_days=7)
    today = DAY + timedelta(days=1)
    for c in stored:
        index.add(c, today)
    assert index.assign(LATE) == "p"
