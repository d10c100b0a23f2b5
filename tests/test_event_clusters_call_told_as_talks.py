"""Event clustering: a phone call one report tells as the call itself («أجرى الرئيس اتصالا
هاتفيا بنظيره») and another by its talks or as a meeting («انتهت محادثات بين الرئيسين أمس»,
«أشار إلى لقائه بنظيره») is one contact, when both tell it between the same named people on the
same day and the in-person report names no place. A meeting held somewhere, on another day, with
a side named by its office alone, or still to come, stays apart from the call."""

from datetime import date, timedelta

import pytest

from pipeline.events.clusters import cluster_events, mismatch, parse_compatibility
from tests.support.rows import cluster_candidate

DAY = date(2024, 3, 12)
# two invented presidents
ONE = ("FRA", "head_of_state", "Invented President")
TWO = ("RUS", "head_of_state", "Invented Leader")


def ev(eid, etype, a=ONE, b=TWO, day=DAY, pub=DAY, status="reported", loc=(None, None)):
    return cluster_candidate(eid, a, b, etype, status, day, pub, loc)


def test_talks_told_with_no_place_are_the_call_of_that_day():
    call = ev("c", "CALL", pub=DAY + timedelta(days=1))
    talks = ev("t", "NEGOTIATE", TWO, ONE)
    assert mismatch(call, talks) is None
    assert mismatch(ev("m", "MEET"), call) is None
    assert len(set(cluster_events([call, talks, ev("m", "MEET")]).values())) == 1


def test_a_meeting_somewhere_another_day_an_office_alone_or_a_plan_is_no_call():
    call = ev("c", "CALL")
    assert mismatch(call, ev("p", "MEET", loc=("Paris", "FRA"))) == "type"
    assert mismatch(call, ev("n", "MEET", day=DAY + timedelta(days=1))) == "type"
    assert mismatch(call, ev("o", "MEET", b=("RUS", "head_of_state", None))) == "type"
    # the call's side given by its office alone, the meeting's named
    unnamed_call = ev("k", "CALL", b=("RUS", "head_of_state", None))
    assert mismatch(unnamed_call, ev("m", "MEET")) == "type"
    assert mismatch(ev("m", "MEET"), unnamed_call) == "type"
    assert mismatch(call, ev("u", "MEET", day=None)) == "type"
    assert mismatch(call, ev("s", "MEET", status="planned")) == "type"
    # a visit is a journey, never a call
    assert mismatch(call, ev("v", "VISIT")) == "type"
    ids = cluster_events([call, ev("p", "MEET", loc=("Paris", "FRA"))])
    assert len(set(ids.values())) == 2


def test_the_call_types_must_be_known():
    raw = {"families": {"person": ["MEET"], "call": ["CALL"]}}
    assert parse_compatibility({**raw, "call_told_as": {"call": "CALL", "types": ["MEET"]}}
                               ).call_told_as == {"MEET"}
    with pytest.raises(ValueError):
        parse_compatibility({**raw, "call_told_as": {"call": "CALL", "types": ["TALKS"]}})
