"""Event clustering by day: reports dated to a month, undated reports of a past contact, late
copies, members whose day is weak evidence.

Reports of one contact dated to the same month only join one cluster.

Event clustering: a report with no day of a contact it tells as past («استمع مجلس الوزراء إلى
نتائج زيارة ...», «رحب بالبيان الصادر عقب اجتماع ...» in a weekly statement printed days later)
joins the one cluster of that contact dated to the day in the week before its paper. Near misses
stay apart: two dated contacts of the pair that week (which one it tells is unknown), unnamed
sides, a planned contact, a report beyond the week, a contact after the paper's day. The batch,
a later run against the lake and the stream's index choose alike.

Event clustering: a wire story printed a day late between sides named by office only. Five
papers tell a summons of one state's chargé d'affaires by another's foreign ministry as
yesterday's («أمس»); the next day's paper prints the agency's copy with «مساء اليوم», dated its
own day, two days after the others. It joins them: the same two parties with the same offices,
told alike (the same person named, or nobody, on each side), printed the day after. Near
misses: printed two days later, other offices, another named person, a person named on one
side only, or a later report not dated its own paper's day stay apart. A copy naming both sides
joins an earlier paper's report that names one of them and leaves the other unnamed.

Event clustering: a report joins the cluster of its contact when it misses only members whose
day is weak evidence. A held contact dated to the day joins a cluster whose every held contact
dated to the day it matches, when the others (a plan dated to the day it announced, a report
with no day dated by its paper) are at most a day beyond the tolerance. A later report with no
day that tells a contact as past joins its dated cluster even when a member of it names no one.
Near misses stay apart: a held contact two days off, a plan joining plans, a report with no day
two days beyond the tolerance, a cluster naming no one. The batch, a later run against the
lake and the stream's index choose alike.

Event clustering: a held contact with no day of its own is no contact dated two days or more
after its paper (a paper tells no contact held after it); a visit under way is the exception.
"""

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


def ev(
    eid,
    day,
    precision,
    pub,
    a=("TUR", "head_of_state", "Recep Tayyip Erdogan"),
    b=("RUS", "head_of_state", "Vladimir Putin"),
    etype="MEET",
    status="reported",
):
    row = {
        "event_id": eid,
        "article_id": f"art-{eid}",
        "event_type": etype,
        "status": status,
        "event_date": day,
        "date_precision": precision,
        "actor1_country": a[0],
        "actor1_role": a[1],
        "actor1_name": a[2],
        "actor2_country": b[0],
        "actor2_role": b[1],
        "actor2_name": b[2],
        "location_name": None,
        "location_country": None,
    }
    return candidate(row, pub)


JUNE = date(2015, 6, 1)


def test_two_papers_dating_one_meeting_to_the_same_past_month_match():
    # «التقى أردوغان وبوتين في يونيو» printed on 3 and 4 August
    a = ev("a", JUNE, "month", date(2015, 8, 3))
    b = ev("b", JUNE, "month", date(2015, 8, 4))
    assert mismatch(a, b) is None
    ids = cluster_events([a, b])
    assert ids["a"] == ids["b"]


def test_same_month_planned_visit_in_two_papers_matches():
    a = ev(
        "a",
        date(2015, 9, 1),
        "month",
        date(2015, 8, 10),
        etype="VISIT",
        status="planned",
        a=("DEU", "foreign_minister", "Frank-Walter Steinmeier"),
        b=("SAU", "official", None),
    )
    b = ev(
        "b",
        date(2015, 9, 1),
        "month",
        date(2015, 8, 11),
        etype="VISIT",
        status="planned",
        a=("DEU", "foreign_minister", "Frank-Walter Steinmeier"),
        b=("SAU", "official", None),
    )
    assert mismatch(a, b) is None


def test_different_months_or_far_apart_papers_stay_apart():
    june = ev("a", JUNE, "month", date(2015, 8, 3))
    may = ev("b", date(2015, 5, 1), "month", date(2015, 8, 4))
    assert mismatch(june, may) == "date"
    # the same month, but papers a fortnight apart: the publication tolerance still holds
    late = ev("c", JUNE, "month", date(2015, 8, 20))
    assert mismatch(june, late) == "date"


def test_month_against_a_report_dated_to_the_day_is_unchanged():
    # a report dated to a day of the next month is no report of the month's meeting
    month = ev("a", JUNE, "month", date(2015, 8, 3))
    day = ev("b", date(2015, 8, 2), "day", date(2015, 8, 3))
    assert mismatch(month, day) == "date"


def test_other_parties_in_the_same_month_stay_apart():
    a = ev("a", JUNE, "month", date(2015, 8, 3))
    b = ev("b", JUNE, "month", date(2015, 8, 3), b=("IRN", "head_of_state", "Hassan Rouhani"))
    assert mismatch(a, b) == "parties"


DAY = date(2024, 9, 4)
FM = ("FRA", "foreign_minister", "Jean Martin")  # an invented French foreign minister
SAUFM = ("SAU", "foreign_minister", None)
SIDE = ("SAU", "official", None)
PARIS = ("Paris", "FRA")


def ev_undated(eid, a, b=SAUFM, etype="MEET", day=0, pub=None, loc=PARIS, status="reported"):
    d = DAY + timedelta(days=day) if day is not None else None
    p = DAY + timedelta(days=pub if pub is not None else (day or 0))
    return cluster_candidate(eid, a, b, etype, status, d, p, loc)


# the meeting, dated by two outlets; a weekly statement six days later gives it no day
MEETING = [ev_undated("m1", FM), ev_undated("m2", SAUFM, FM, pub=1)]
STATEMENT = ev_undated("s", FM, day=None, pub=6)


def test_a_later_report_with_no_day_joins_the_dated_contact():
    assert mismatch(STATEMENT, MEETING[0]) == "date"
    assert past_report(STATEMENT, MEETING[0]) and not past_report(MEETING[0], STATEMENT)
    ids = cluster_events([*MEETING, STATEMENT])
    assert set(ids.values()) == {"m1"}
    # two outlets' statements, one a day later in print, join it too
    late = ev_undated("s2", SAUFM, FM, day=None, pub=PAST_DAYS)
    ids = cluster_events([*MEETING, STATEMENT, late])
    assert set(ids.values()) == {"m1"}


def test_two_dated_contacts_that_week_leave_it_alone():
    # a second meeting of the same people two days after the first: which one is told?
    second = ev_undated("m3", FM, day=2)
    assert mismatch(MEETING[0], second) == "date"
    ids = cluster_events([*MEETING, second, STATEMENT])
    assert ids["s"] == "s" and ids["m3"] == "m3"
    # held in another city, the second one is not the contact the statement places in Paris
    lyon = ev_undated("m3", FM, day=2, loc=("Lyon", "FRA"))
    assert cluster_events([*MEETING, lyon, STATEMENT])["s"] == "m1"


def test_unnamed_sides_plans_and_reports_beyond_the_week_stay_apart():
    side = ev_undated("u", SIDE, FM, day=None, pub=6)  # «الجانب السعودي»: may be anyone another day
    assert not past_report(side, MEETING[0])
    planned = ev_undated("p", FM, day=None, pub=6, status="planned")
    assert not past_report(planned, MEETING[0])
    beyond = ev_undated("b", FM, day=None, pub=PAST_DAYS + 2)
    assert not past_report(beyond, MEETING[0])
    ids = cluster_events([*MEETING, side, planned, beyond])
    assert "m1" not in {ids["u"], ids["p"], ids["b"]}
    # a contact dated after the paper is not one it tells as past
    ahead = ev_undated("a", FM, day=8)
    assert not past_report(ev_undated("x", FM, day=None, pub=2), ahead)
    # a dated report of unnamed sides is no contact it can tell apart either
    vague = ev_undated("v", SIDE, FM)
    assert not past_report(STATEMENT, vague)
    assert cluster_events([vague, STATEMENT])["s"] == "s"


def test_a_dated_report_joins_where_the_statement_is():
    # the statement arrives between the two dated reports; the later one still joins
    ids = cluster_events([MEETING[0], STATEMENT, ev_undated("m4", FM, day=1, pub=7)])
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


DAY_LATE = date(2024, 5, 6)
MINISTRY = ("KWT", "official", None)  # invented: a foreign ministry and an embassy's chargé
CHARGE = ("TUR", "official", None)


def report(eid, day, pub, a=MINISTRY, b=CHARGE, etype="MEET"):
    return cluster_candidate(
        eid, a, b, etype, "reported", DAY_LATE + timedelta(days=day), DAY_LATE + timedelta(days=pub)
    )


# «استدعت الخارجية ... أمس القائم بأعمال السفارة» in two papers of day 1 (the summons on day 0)
EARLY = [report("a", 0, 1), report("b", 0, 1)]
# the agency's copy, «مساء اليوم», printed on day 2 and dated to it
LATE = report("c", 2, 2)


def test_a_late_copy_between_sides_named_by_office_joins():
    assert mismatch(LATE, EARLY[0]) is None
    ids = cluster_events([*EARLY, LATE])
    assert ids["c"] == ids["a"] == ids["b"]


def test_printed_two_days_later_it_stays_apart():
    late = report("c", 3, 3)
    assert mismatch(late, EARLY[0]) == "date"
    assert cluster_events([*EARLY, late])["c"] == "c"


def test_other_offices_stay_apart():
    minister = report("c", 2, 2, a=("KWT", "foreign_minister", None))
    assert mismatch(minister, EARLY[0]) == "date"
    ambassador = report("c", 2, 2, b=("TUR", "ambassador", None))
    assert mismatch(ambassador, EARLY[0]) == "date"


def test_another_named_person_stays_apart():
    early = report("a", 0, 1, b=("TUR", "official", "Ali Demir"))  # invented names
    late = report("c", 2, 2, b=("TUR", "official", "Mehmet Kaya"))
    assert mismatch(late, early) == "parties"
    # one named, the other by office alone: not told alike, apart
    assert mismatch(report("c", 2, 2), early) == "date"
    # the same person named in both, the other side by office alone: told alike
    assert mismatch(report("c", 2, 2, b=("TUR", "official", "Ali Demir")), early) is None


def test_the_later_report_must_be_dated_its_own_paper_day():
    # dated the day before its paper («أمس»): two days from the others, no late copy
    late = report("c", 2, 3)
    assert mismatch(late, EARLY[0]) == "date"
    # the earlier report dated its own day is not what a late copy joins either
    assert mismatch(report("c", 2, 2), report("a", 0, 0)) == "date"


# «اجتمع الأمير فلان مساء أمس مع رئيس الحزب» in a paper of day 1 (the head of the party not
# named); the agency's copy naming both, «مساء اليوم», printed on day 2 and dated to it
PRINCE = ("KWT", "defense_minister", "Invented Prince")
PARTY_HEAD = ("org", "INVENTED_PARTY", "group", "Invented Leader")


def test_a_late_copy_naming_whom_the_earlier_report_left_unnamed_joins():
    early = report("a", 0, 1, a=PRINCE, b=("org", "INVENTED_PARTY", "group", None))
    late = report("c", 2, 2, a=PRINCE, b=PARTY_HEAD)
    assert mismatch(late, early) is None
    assert len(set(cluster_events([early, report("b", 0, 1, a=PRINCE, b=PARTY_HEAD),
                                   late]).values())) == 1
    # printed two days after the earlier paper, it stays apart
    assert mismatch(report("c", 3, 3, a=PRINCE, b=PARTY_HEAD), early) == "date"
    # an earlier report naming no one, or another person, is not told alike
    nobody = report("a", 0, 1, a=("KWT", "defense_minister", None),
                    b=("org", "INVENTED_PARTY", "group", None))
    assert mismatch(late, nobody) == "date"
    other = report("a", 0, 1, a=("KWT", "defense_minister", "Another Prince"),
                   b=("org", "INVENTED_PARTY", "group", None))
    assert mismatch(late, other) == "parties"


DAY_WEAK = date(2024, 3, 11)


def ev_weak(eid, a, b=SAUFM, etype="MEET", day=0, pub=None, loc=PARIS, status="reported"):
    d = DAY_WEAK + timedelta(days=day) if day is not None else None
    p = DAY_WEAK + timedelta(days=pub if pub is not None else (day or 0))
    return cluster_candidate(eid, a, b, etype, status, d, p, loc)


# «تشهد باريس اليوم وغدًا مباحثات ...»: a plan dated to the first day; the talks were held the
# next day (two outlets), and a third outlet prints the wire's «اليوم» a day after that
PLAN = ev_weak("p", SIDE, FM, day=-1, status="planned")
HELD = [ev_weak("h1", SIDE, FM), ev_weak("h2", FM, SIDE, pub=1)]
LATE_WEAK = ev_weak("l", SIDE, FM, day=1, pub=1)


def test_a_held_contact_is_not_kept_out_by_a_plan_a_day_beyond():
    assert mismatch(LATE_WEAK, PLAN) == "date"
    assert all(mismatch(LATE_WEAK, h) is None for h in HELD)
    edges = bucket_edges([(c, True) for c in (PLAN, *HELD, LATE_WEAK)])
    assert {(e.a.event_id, e.b.event_id) for e in edges if e.slack} == {("p", "l")}
    ids = cluster_events([PLAN, *HELD, LATE_WEAK])
    assert set(ids.values()) == {"p"}


def test_held_contacts_two_days_apart_plans_and_far_plans_stay_apart():
    # a held contact dated two days before the new one: two contacts, not one
    early = ev_weak("e", SIDE, FM, day=-1)
    ids = cluster_events([early, HELD[0], LATE_WEAK])
    assert ids["l"] != ids["e"]
    # a new plan is no held contact: it does not pass a plan a day beyond
    plan2 = ev_weak("q", SIDE, FM, day=1, status="planned")
    assert cluster_events([PLAN, *HELD, plan2])["q"] == "q"
    # a plan two days beyond the tolerance keeps it out
    far = ev_weak("f", SIDE, FM, day=-2, status="planned")
    assert cluster_events([far, ev_weak("h0", SIDE, FM, day=-1), LATE_WEAK])["l"] == "l"
    # a cluster of plans only is nothing the new report matches as held
    assert cluster_events([PLAN, ev_weak("l2", SIDE, FM, day=1)])["l2"] == "l2"


def test_a_report_with_no_day_a_day_beyond_does_not_keep_it_out():
    # a plan with no day printed on the 0th («يبحث الجانبان خلال الأيام المقبلة»), matched by
    # a report of the talks dated the 3rd
    undated = ev_weak("u", SIDE, FM, day=None, pub=0, status="planned")
    third = ev_weak("t", SIDE, FM, day=3)
    fourth = ev_weak("v", FM, SIDE, day=4)
    assert mismatch(undated, third) is None and mismatch(undated, fourth) == "date"
    assert set(cluster_events([undated, third, fourth]).values()) == {"u"}
    # a report dated the 5th is two days beyond the undated one's tolerance (and the 3rd's)
    fifth = ev_weak("w", FM, SIDE, day=5)
    assert not any(e.slack for e in bucket_edges([(c, True) for c in (undated, fifth)]))
    assert cluster_events([undated, third, fifth])["w"] == "w"


def test_a_held_contact_with_no_day_is_no_contact_held_two_days_after_its_paper():
    # «التقى الوزيران» with no day in a paper of the 0th: the talks the 2nd's reports date to
    # the 2nd are another contact; those dated the 1st (the paper's lag) may be this one
    held = ev_weak("h", SIDE, FM, day=None, pub=0)
    assert mismatch(held, ev_weak("n", SIDE, FM, day=1)) is None
    assert mismatch(held, ev_weak("a", FM, SIDE, day=2)) == "date"
    assert mismatch(held, ev_weak("p", FM, SIDE, day=3, status="planned")) == "date"
    ids = cluster_events([held, ev_weak("a", FM, SIDE, day=2), ev_weak("b", FM, SIDE, day=3)])
    assert ids["a"] == ids["b"] != ids["h"]
    # printed after the contact, it may tell it (its paper's day is no day of the contact)
    assert mismatch(ev_weak("l", SIDE, FM, day=None, pub=4), ev_weak("a", FM, SIDE, day=2)) \
        is None
    # a visit under way, told on its first day, is every day of the trip
    visit = ev_weak("vh", FM, None, etype="VISIT", day=None, pub=0, loc=("Riyadh", "SAU"))
    talks = ev_weak("vt", FM, SAUFM, etype="MEET", day=2, loc=("Riyadh", "SAU"))
    assert mismatch(visit, talks) is None
    # and talks with no day told on the visit's first day may be held on the trip whose later
    # day («يغادر اليوم») another report dates
    undated_talks = ev_weak("ut", FM, SAUFM, day=None, pub=0, loc=("Riyadh", "SAU"))
    leaves = ev_weak("vl", FM, None, etype="VISIT", day=2, loc=("Riyadh", "SAU"))
    assert mismatch(undated_talks, leaves) is None


def test_a_later_report_tells_a_contact_one_of_whose_reports_names_no_one():
    named = ev_weak("m", FM)
    side = ev_weak("s", SIDE, FM, pub=1)  # the same meeting, the Saudi party unnamed
    statement = ev_weak("c", FM, day=None, pub=6)
    assert past_report(statement, named) and not past_report(statement, side)
    ids = cluster_events([named, side, statement])
    assert set(ids.values()) == {"m"}
    # a cluster of unnamed reports only is no contact it tells
    assert cluster_events([side, statement])["c"] == "c"
    # nor are the unnamed ones beyond the week
    late = ev_weak("d", FM, day=None, pub=9)
    assert cluster_events([named, side, late])["d"] == "d"


def test_batch_later_runs_and_the_stream_choose_alike_weak():
    want = cluster_events([PLAN, *HELD, LATE_WEAK])
    stored = [dataclasses.replace(c, cluster_id=want[c.event_id]) for c in (PLAN, *HELD)]
    assert cluster_run([LATE_WEAK], stored) == {"l": "p"}
    index = EventClusterIndex(lookback_days=7)
    today = DAY_WEAK + timedelta(days=1)
    for c in stored:
        index.add(c, today)
    assert index.assign(LATE_WEAK) == "p"
