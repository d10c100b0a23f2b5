"""Event clustering: a report with no day of a contact it tells as past («استمع مجلس الوزراء إلى
نتائج زيارة ...», «رحب بالبيان الصادر عقب اجتماع ...» in a weekly statement printed days later)
joins the one cluster of that contact dated to the day in the week before its paper. Near misses
stay apart: two dated contacts of the pair that week (which one it tells is unknown), unnamed
sides, a planned contact, a report beyond the week, a contact after the paper's day. The batch,
a later run against the lake and the stream's index choose alike."""

import dataclasses
from datetime import date, timedelta

from pipeline.events import extract_events
from pipeline.events.clusters import (
    PAST_DAYS,
    block_keys,
    bucket_edges,
    candidate,
    cluster_events,
    cluster_run,
    mismatch,
    past_report,
)
from pipeline.events.stream_index import EventClusterIndex
from tests.support.rows import cluster_candidate

DAY = date(2024, 9, 4)
FM = ("FRA", "foreign_minister", "Jean Martin")  # an invented French foreign minister
SAUFM = ("SAU", "foreign_minister", None)
SIDE = ("SAU", "official", None)
PARIS = ("Paris", "FRA")


def ev(eid, a, b=SAUFM, etype="MEET", day=0, pub=None, loc=PARIS, status="reported"):
    d = DAY + timedelta(days=day) if day is not None else None
    p = DAY + timedelta(days=pub if pub is not None else (day or 0))
    return cluster_candidate(eid, a, b, etype, status, d, p, loc)


# the meeting, dated by two outlets; a weekly statement six days later gives it no day
MEETING = [ev("m1", FM), ev("m2", SAUFM, FM, pub=1)]
STATEMENT = ev("s", FM, day=None, pub=6)


def test_a_later_report_with_no_day_joins_the_dated_contact():
    assert mismatch(STATEMENT, MEETING[0]) == "date"
    assert past_report(STATEMENT, MEETING[0]) and not past_report(MEETING[0], STATEMENT)
    ids = cluster_events([*MEETING, STATEMENT])
    assert set(ids.values()) == {"m1"}
    # two outlets' statements, one a day later in print, join it too
    late = ev("s2", SAUFM, FM, day=None, pub=PAST_DAYS)
    ids = cluster_events([*MEETING, STATEMENT, late])
    assert set(ids.values()) == {"m1"}


def test_two_dated_contacts_that_week_leave_it_alone():
    # a second meeting of the same people two days after the first: which one is told?
    second = ev("m3", FM, day=2)
    assert mismatch(MEETING[0], second) == "date"
    ids = cluster_events([*MEETING, second, STATEMENT])
    assert ids["s"] == "s" and ids["m3"] == "m3"
    # held in another city, the second one is not the contact the statement places in Paris
    lyon = ev("m3", FM, day=2, loc=("Lyon", "FRA"))
    assert cluster_events([*MEETING, lyon, STATEMENT])["s"] == "m1"


def test_unnamed_sides_plans_and_reports_beyond_the_week_stay_apart():
    side = ev("u", SIDE, FM, day=None, pub=6)  # «الجانب السعودي»: may be anyone another day
    assert not past_report(side, MEETING[0])
    planned = ev("p", FM, day=None, pub=6, status="planned")
    assert not past_report(planned, MEETING[0])
    beyond = ev("b", FM, day=None, pub=PAST_DAYS + 2)
    assert not past_report(beyond, MEETING[0])
    ids = cluster_events([*MEETING, side, planned, beyond])
    assert "m1" not in {ids["u"], ids["p"], ids["b"]}
    # a contact dated after the paper is not one it tells as past
    ahead = ev("a", FM, day=8)
    assert not past_report(ev("x", FM, day=None, pub=2), ahead)
    # a dated report of unnamed sides is no contact it can tell apart either
    vague = ev("v", SIDE, FM)
    assert not past_report(STATEMENT, vague)
    assert cluster_events([vague, STATEMENT])["s"] == "s"


def test_a_dated_report_joins_where_the_statement_is():
    # the statement arrives between the two dated reports; the later one still joins
    ids = cluster_events([MEETING[0], STATEMENT, ev("m4", FM, day=1, pub=7)])
    assert set(ids.values()) == {"m1"}


def test_it_reaches_the_buckets_of_the_week_before():
    home = {key for key, home in block_keys(MEETING[0]) if home}
    assert home <= {key for key, _ in block_keys(STATEMENT)}
    edges = bucket_edges([(c, True) for c in (*MEETING, STATEMENT)])
    assert {e.b.event_id for e in edges if e.past} == {"s"}


def test_batch_later_runs_and_the_stream_choose_alike():
    want = cluster_events([*MEETING, STATEMENT])
    stored = [dataclasses.replace(c, cluster_id=want[c.event_id]) for c in MEETING]
    assert cluster_run([STATEMENT], stored) == {"s": "m1"}
    index = EventClusterIndex(lookback_days=7)
    today = DAY + timedelta(days=6)
    for c in stored:
        index.add(c, today)
    assert index.assign(STATEMENT) == "m1"


def test_a_cabinet_statement_joins_the_meeting_it_welcomes():
    texts = [
        ("التقى وزير الخارجية السعودي اليوم وزير الخارجية الفرنسي في باريس.", 0),
        (
            "ورحب مجلس الوزراء بالبيان المشترك الصادر عقب اجتماع وزير الخارجية السعودي مع "
            "وزير الخارجية الفرنسي في باريس.",
            6,
        ),
    ]
    cands = []
    for i, (text, day) in enumerate(texts):
        pub = DAY + timedelta(days=day)
        for j, e in enumerate(extract_events(text, pub, home="SAU")):
            cands.append(candidate({**e, "event_id": f"{i}-{j}", "article_id": str(i)}, pub))
    assert [c.event_date for c in cands] == [DAY, None]
    ids = cluster_events(cands)
    assert ids["1-0"] == ids["0-0"]
