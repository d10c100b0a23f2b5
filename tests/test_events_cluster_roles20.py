"""Event clustering: a generic «official» matches any office of its state only when no one is
named. A named person whose known office is "official" (an assistant secretary of state, a deputy
envoy) is that person in that office, not a stand-in for the foreign minister: two contacts of one
day with the same counterpart, one the assistant's and one the minister's, stay apart."""

from datetime import date

from pipeline.events.clusters import cluster_events, events_match, mismatch
from tests.support.rows import cluster_candidate

DAY = date(2015, 8, 3)
QAT_FM = ("QAT", "foreign_minister", "Khalid al-Attiyah")
US_FM = ("USA", "foreign_minister", "John Kerry")
US_ASSISTANT = ("USA", "official", "Anne Patterson")


def ev(eid, a, b, etype="MEET", status="reported", day=DAY, pub=DAY):
    return cluster_candidate(eid, a, b, etype, status, day, pub, (None, None))


def test_a_named_official_is_not_an_unnamed_foreign_minister():
    named = ev("a", US_ASSISTANT, QAT_FM)
    unnamed_fm = ev("m", ("USA", "foreign_minister", None), QAT_FM)
    assert mismatch(named, unnamed_fm) == "parties"
    assert mismatch(named, ev("k", US_FM, QAT_FM)) == "parties"
    ids = cluster_events([named, unnamed_fm, ev("k", US_FM, QAT_FM)])
    assert ids["a"] != ids["m"] and ids["m"] == ids["k"]


def test_an_unnamed_official_still_matches_any_office_of_its_state():
    unnamed = ev("u", ("USA", "official", None), QAT_FM)
    assert events_match(unnamed, ev("a", US_ASSISTANT, QAT_FM))
    assert events_match(unnamed, ev("k", US_FM, QAT_FM))
    # and the same named official told by two outlets is one contact
    assert events_match(ev("a1", US_ASSISTANT, QAT_FM), ev("a2", QAT_FM, US_ASSISTANT))
