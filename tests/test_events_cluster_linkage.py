"""Event clustering linkage: which cluster a report joins when it fits more than one (a cluster
of reports dated to the day wins over one made only of undated mentions), the same choice in a
batch run, across runs and in the stream's index, whatever order the reports are listed in;
no chain of near days; and two visits without a host compared on their destinations too."""

import dataclasses
import itertools
from datetime import date, timedelta

from pipeline.events.clusters import cluster_events, cluster_run, events_match, mismatch
from pipeline.events.stream_index import EventClusterIndex
from tests.support.rows import cluster_candidate

DAY = date(2024, 9, 4)
MBS = ("SAU", "defense_minister", "Mohammed bin Salman")
KING = ("SAU", "head_of_state", "King Salman bin Abdulaziz")
SISI = ("EGY", "head_of_state", "Abdel Fattah al-Sisi")
SAU_SIDE = ("SAU", "official", None)  # «الجانب السعودي»: no office named


def ev(eid, a, b=None, etype="MEET", day=DAY, pub=DAY, loc=(None, None), status="reported"):
    return cluster_candidate(eid, a, b, etype, status, day, pub, loc)


def old(c, cid):
    return dataclasses.replace(c, cluster_id=cid)


# An undated mention in a paper of the talks' day («سبق أن التقى خادم الحرمين الرئيس المصري»),
# the dated reports of the deputy crown prince's talks in Cairo, and a report that names no
# Saudi office (it fits both clusters).
MENTION = ev("mention", KING, SISI, day=None, pub=DAY)
TALKS = [ev("talks1", MBS, SISI, loc=("Cairo", "EGY")),
         ev("talks2", SISI, MBS, pub=DAY + timedelta(days=1))]
VAGUE_SIDE = ev("side", SAU_SIDE, SISI, pub=DAY + timedelta(days=1), loc=("Cairo", "EGY"))


def test_a_report_fitting_two_clusters_joins_the_dated_one():
    assert events_match(VAGUE_SIDE, MENTION) and events_match(VAGUE_SIDE, TALKS[0])
    assert mismatch(MENTION, TALKS[0]) == "parties"
    ids = cluster_events([MENTION, *TALKS, VAGUE_SIDE])
    assert ids["mention"] == "mention"
    assert ids["talks2"] == ids["side"] == "talks1"


def test_the_choice_does_not_depend_on_listing_order_or_on_runs():
    cands = [MENTION, *TALKS, VAGUE_SIDE]
    want = cluster_events(cands)
    for perm in itertools.permutations(cands):
        assert cluster_events(list(perm)) == want
    # the mention (and the talks) stored by an earlier run: the stored undated cluster does
    # not take the report either
    assert cluster_run([VAGUE_SIDE, *TALKS], [old(MENTION, "mention")])["side"] == "talks1"
    earlier = [old(MENTION, "mention"), old(TALKS[0], "talks1"), old(TALKS[1], "talks1")]
    assert cluster_run([VAGUE_SIDE], earlier) == {"side": "talks1"}
    # the stream's index, one report at a time
    index = EventClusterIndex(lookback_days=7)
    for c in earlier:
        index.add(c, DAY + timedelta(days=1))
    assert index.assign(VAGUE_SIDE) == "talks1"


def test_an_undated_cluster_still_takes_a_report_that_fits_no_dated_one():
    ids = cluster_events([MENTION, VAGUE_SIDE])
    assert ids == {"mention": "mention", "side": "mention"}


def test_no_chain_through_near_days_nor_through_an_undated_report():
    pair = (("EGY", "foreign_minister", None), ("TUR", "foreign_minister", None))
    days = [ev(f"d{i}", *pair, day=DAY + timedelta(days=i), pub=DAY + timedelta(days=i))
            for i in range(3)]
    # a plan with no day («يلتقي الوزيران هذا الأسبوع») the day before: matches all three days
    undated = ev("u", *pair, day=None, pub=DAY - timedelta(days=1), status="planned")
    assert all(events_match(undated, d) for d in days)
    assert mismatch(days[0], days[2]) == "date"
    for cands in ([*days], [undated, *days], [*days, undated]):
        ids = cluster_events(cands)
        assert ids["d0"] != ids["d2"]
        assert ids["d1"] in (ids["d0"], ids["d2"])


def test_two_visits_without_a_host_must_share_the_destination():
    visitor = ("USA", "head_of_state", "Barack Obama")
    kenya = ev("k", visitor, etype="VISIT", loc=("Kenya", "KEN"))
    ethiopia = ev("e", visitor, etype="VISIT", loc=("Ethiopia", "ETH"))
    nairobi = ev("n", visitor, etype="VISIT", loc=("Nairobi", "KEN"))
    assert mismatch(kenya, ethiopia) == "parties"
    assert not events_match(ethiopia, kenya)
    assert events_match(kenya, nairobi)
    assert len(set(cluster_events([kenya, ethiopia, nairobi]).values())) == 2
