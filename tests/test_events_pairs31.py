"""Event clustering: a wire story printed a day late between sides named by office only. Five
papers tell a summons of one state's chargé d'affaires by another's foreign ministry as
yesterday's («أمس»); the next day's paper prints the agency's copy with «مساء اليوم», dated its
own day, two days after the others. It joins them: the same two parties with the same offices,
told alike (the same person named, or nobody, on each side), printed the day after. Near
misses: printed two days later, other offices, another named person, a person named on one
side only, or a later report not dated its own paper's day stay apart."""

from datetime import date, timedelta

from pipeline.events.clusters import cluster_events, mismatch
from tests.support.rows import cluster_candidate

DAY = date(2024, 5, 6)
MINISTRY = ("KWT", "official", None)  # invented: a foreign ministry and an embassy's chargé
CHARGE = ("TUR", "official", None)


def report(eid, day, pub, a=MINISTRY, b=CHARGE, etype="MEET"):
    return cluster_candidate(
        eid, a, b, etype, "reported", DAY + timedelta(days=day), DAY + timedelta(days=pub)
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
