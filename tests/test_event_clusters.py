"""Pure event matching, blocking and clustering (pipeline.events.clusters), and the hand-labelled
evaluation (bench/event_clusters_eval.py) with its precision/recall gates."""

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.events.clusters import (
    block_keys,
    candidate,
    cluster_events,
    events_match,
    load_compatibility,
    mismatch,
    parse_compatibility,
)

ROOT = Path(__file__).resolve().parents[1]


def ev(eid, etype="MEET", status="reported", a=("EGY", "foreign_minister", None),
       b=("TUR", "foreign_minister", None), day=date(2024, 9, 4), pub=None,
       loc=(None, None), cluster=None, old=False):
    row = {"event_id": eid, "article_id": f"art-{eid}", "event_type": etype, "status": status,
           "event_date": day, "date_precision": "day" if day else None,
           "actor1_country": a[0], "actor1_role": a[1], "actor1_name": a[2],
           "actor2_country": b[0] if b else None, "actor2_role": b[1] if b else None,
           "actor2_name": b[2] if b else None, "location_name": loc[0],
           "location_country": loc[1], "event_cluster_id": cluster}
    return candidate(row, pub, old=old)


def test_parties_are_unordered_and_roles_or_persons_must_agree():
    base = ev("a")
    assert events_match(base, ev("b", a=("TUR", "foreign_minister", None),
                                 b=("EGY", "foreign_minister", None)))
    assert mismatch(base, ev("c", b=("TUR", "head_of_state", None))) == "parties"
    assert mismatch(base, ev("d", b=("QAT", "foreign_minister", None))) == "parties"
    named = ev("e", a=("EGY", "foreign_minister", "Badr Abdelatty"))
    other_person = ev("f", a=("EGY", "foreign_minister", "Sameh Shoukry"))
    assert mismatch(named, other_person) == "parties"
    # the same named person under another title (PM and FM) is the same actor
    same_person = ev("g", a=("EGY", "head_of_government", "Badr Abdelatty"))
    assert events_match(named, same_person)


def test_type_compatibility_comes_from_the_table():
    compat = load_compatibility()
    assert compat.types_ok("MEET", "PRESS_CONFERENCE") and compat.types_ok("MEET", "NEGOTIATE")
    assert events_match(ev("a"), ev("b", etype="PRESS_CONFERENCE"))
    assert mismatch(ev("a"), ev("b", etype="CALL")) == "type"
    custom = parse_compatibility({"families": {"x": ["MEET"], "y": ["PRESS_CONFERENCE"]},
                                  "statuses": {"reported": ["reported"]}})
    assert mismatch(ev("a"), ev("b", etype="PRESS_CONFERENCE"), compat=custom) == "type"
    with pytest.raises(ValueError):
        parse_compatibility({"families": {"x": ["MEET"], "y": ["MEET"]}})
    with pytest.raises(ValueError):
        parse_compatibility({"statuses": {"reported": ["planned"], "planned": ["cancelled"],
                                          "cancelled": []}})


def test_planned_joins_reported_but_cancelled_joins_neither():
    planned = ev("p", status="planned", day=None, pub=date(2024, 9, 3))
    held = ev("r", day=date(2024, 9, 4))
    cancelled = ev("c", status="cancelled", day=date(2024, 9, 4))
    assert events_match(planned, held)
    assert mismatch(cancelled, held) == "status"
    assert mismatch(cancelled, planned) == "status"
    assert events_match(cancelled, ev("c2", status="cancelled", day=date(2024, 9, 5)))


def test_dates_event_day_tolerance_then_wider_publication_tolerance():
    d = date(2024, 9, 4)
    assert events_match(ev("a", day=d), ev("b", day=d + timedelta(days=1)))
    assert mismatch(ev("a", day=d), ev("b", day=d + timedelta(days=2))) == "date"
    undated = ev("u", day=None, pub=d + timedelta(days=3))
    assert events_match(ev("a", day=d), undated)
    assert mismatch(ev("a", day=d), ev("u2", day=None, pub=d + timedelta(days=4))) == "date"
    assert mismatch(ev("a", day=d), ev("n", day=None, pub=None)) == "unmatchable"
    assert not events_match(ev("a", day=d), ev("b", day=d + timedelta(days=2)),
                            date_tolerance_days=1)
    assert events_match(ev("a", day=d), ev("b", day=d + timedelta(days=2)),
                        date_tolerance_days=2)


def test_location_contradiction_but_not_for_calls_or_country_vs_city():
    cairo, ankara = ("Cairo", "EGY"), ("Ankara", "TUR")
    assert mismatch(ev("a", loc=cairo), ev("b", loc=ankara)) == "location"
    assert events_match(ev("a", loc=ankara), ev("b", loc=("Turkey", "TUR")))
    assert events_match(ev("a", loc=ankara), ev("b"))
    assert events_match(ev("a", etype="CALL", loc=("Riyadh", "SAU")),
                        ev("b", etype="CALL", loc=("Paris", "FRA")))
    assert mismatch(ev("a", loc=("Jeddah", "SAU")), ev("b", loc=("Riyadh", "SAU"))) == "location"


def test_visits_without_host_match_on_visitor_and_destination():
    v1 = ev("v1", etype="VISIT", b=None, loc=("Cairo", "EGY"))
    v2 = ev("v2", etype="VISIT", b=None, loc=("Egypt", "EGY"), day=date(2024, 9, 5))
    v3 = ev("v3", etype="VISIT", b=None, loc=("Riyadh", "SAU"))
    assert events_match(v1, v2)
    assert not events_match(v1, v3)
    assert block_keys(ev("x", etype="VISIT", b=None)) == []  # no destination: unmatchable


def test_block_keys_bring_every_close_pair_into_one_bucket():
    start = date(2024, 1, 1)
    for offset in range(15):
        for gap in range(0, 4):
            a = ev("a", day=None, pub=start + timedelta(days=offset))
            b = ev("b", day=None, pub=start + timedelta(days=offset + gap))
            ka, kb = dict(block_keys(a)), dict(block_keys(b))
            shared = [k for k in ka if k in kb and (ka[k] or kb[k])]
            assert shared, (offset, gap)
    key, home = block_keys(ev("a"))[0]
    assert home and key[0] == "in_person" and key[1] == ("EGY", "TUR")


def test_clusters_take_the_first_report_id_and_do_not_chain_daily_contacts():
    d = date(2024, 9, 4)
    cands = [ev(f"day{i}", etype="CALL", day=d + timedelta(days=i), pub=d + timedelta(days=i))
             for i in range(4)]
    ids = cluster_events(cands)
    # day0~day1 and day2~day3 match, but day1~day2 cannot join day0's cluster (day0≁day2)
    assert ids == {"day0": "day0", "day1": "day0", "day2": "day2", "day3": "day2"}
    reports = [ev("late", pub=d + timedelta(days=1)), ev("first", pub=d),
               ev("other", etype="PRESS_CONFERENCE", day=None, pub=d + timedelta(days=2))]
    assert set(cluster_events(reports).values()) == {"first"}


def test_earlier_clusters_keep_their_ids_and_take_new_reports():
    d = date(2024, 9, 4)
    old_a = ev("old-a", day=d, pub=d, cluster="c-old", old=True)
    old_b = ev("old-b", day=d + timedelta(days=1), pub=d, cluster="c-old", old=True)
    new = ev("new", day=None, pub=d + timedelta(days=1))
    far = ev("far", day=d + timedelta(days=6), pub=d + timedelta(days=6))
    assert cluster_events([old_a, old_b, new, far]) == {"new": "c-old", "far": "far"}
    # a new report that matches only one member of an earlier cluster starts its own
    edge = ev("edge", day=d + timedelta(days=2), pub=d + timedelta(days=2))
    assert cluster_events([old_a, old_b, edge]) == {"edge": "edge"}


def _bench():
    spec = importlib.util.spec_from_file_location("event_clusters_eval",
                                                  ROOT / "bench" / "event_clusters_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hand_labelled_pairs_meet_the_targets():
    bench = _bench()
    reports = bench.load_reports()
    pairs = bench.labelled_pairs(reports)
    assert sum(s for *_, s in pairs) >= 40 and sum(not s for *_, s in pairs) >= 40
    result = bench.evaluate()
    for name in ("gold_events", "end_to_end"):
        assert result[name]["precision"] >= 0.95, result[name]
        assert result[name]["recall"] >= 0.8, result[name]
    real = result["real_text_negatives"]
    if real is not None:  # ../shared present
        assert real["pairs"] >= 10 and real["fp"] == 0, real
    sample = result["sample"]
    assert sample["precision"] >= 0.95 and sample["tp"] >= 2, sample
    assert sample["unique_events"] < sample["event_rows"]


def test_a_generic_official_matches_a_named_office_of_the_same_state():
    # «الجانب المصري» (official) and «وزير الخارجية المصري» tell one side apart from nothing
    fm = ev("a", a=("EGY", "foreign_minister", "Sameh Shoukry"))
    generic = ev("b", a=("EGY", "official", None), b=("TUR", "official", None))
    assert events_match(fm, generic)
    # two named persons still decide, whatever their roles
    assert mismatch(ev("c", a=("EGY", "official", "Ahmed Aboul Gheit")), fm) == "parties"
    # two distinct offices never match
    assert mismatch(fm, ev("d", a=("EGY", "defense_minister", None))) == "parties"


def test_a_hostless_visit_matches_the_talks_with_the_destination_state():
    visit = ev("v", etype="VISIT", a=("SAU", "defense_minister", None), b=None,
               loc=("Jordan", "JOR"))
    talks = ev("t", a=("JOR", "head_of_state", "King Abdullah II"),
               b=("SAU", "defense_minister", None), day=date(2024, 9, 5))
    assert events_match(visit, talks) and events_match(talks, visit)
    assert len(set(cluster_events([visit, talks]).values())) == 1
    # another visitor, another destination, or talks held in another country's city: no
    other = ev("o", etype="VISIT", a=("SAU", "foreign_minister", None), b=None,
               loc=("Jordan", "JOR"))
    assert mismatch(other, talks) == "parties"
    elsewhere = ev("e", a=("JOR", "head_of_state", None), b=("SAU", "defense_minister", None),
                   loc=("Paris", "FRA"))
    assert mismatch(visit, elsewhere) == "parties"
    # a country named near the talks is as often their topic: it does not place them
    topic = ev("s", a=("JOR", "head_of_state", None), b=("SAU", "defense_minister", None),
               loc=("Syria", "SYR"))
    assert events_match(visit, topic)
    # both are blocked together: they share a bucket
    kv, kt = dict(block_keys(visit)), dict(block_keys(talks))
    assert any(k in kt for k in kv)


def test_a_report_dated_its_own_paper_day_may_be_a_wire_story_printed_late():
    # «استقبل الأمين العام ... الليلة الماضية» on the 10th (the 9th) and «أكد نائب الرئيس اليوم
    # خلال لقائه ...» in a paper of the 11th: one meeting of the same two named people
    yem, gcc = ("YEM", "head_of_government", "Khaled Bahah"), \
        ("GCC", "organization_head", "Abdullatif Al Zayani")
    d = date(2015, 8, 9)
    first = ev("a", a=yem, b=gcc, day=d, pub=d + timedelta(days=1))
    late = ev("b", a=("YEM", "official", "Khaled Bahah"), b=gcc, day=d + timedelta(days=2),
              pub=d + timedelta(days=2))
    assert events_match(first, late) and events_match(late, first)
    assert len(set(cluster_events([first, late]).values())) == 1
    # near misses: the later report dated another day than its paper's, an unnamed party,
    # the paper-day report being the earlier one, or more than the publication tolerance
    dated = ev("c", a=yem, b=gcc, day=d + timedelta(days=2), pub=d + timedelta(days=3))
    assert mismatch(first, dated) == "date"
    unnamed = ev("d", a=("YEM", "head_of_government", None), b=gcc, day=d + timedelta(days=2),
                 pub=d + timedelta(days=2))
    assert mismatch(first, unnamed) == "date"
    early = ev("e", a=yem, b=gcc, day=d, pub=d)
    after = ev("f", a=yem, b=gcc, day=d + timedelta(days=2), pub=d + timedelta(days=4))
    assert mismatch(early, after) == "date"
    far = ev("g", a=yem, b=gcc, day=d + timedelta(days=4), pub=d + timedelta(days=4))
    assert mismatch(first, far) == "date"


def test_a_named_person_matches_an_unnamed_office_the_person_held_that_year():
    # «وزير الدولة لشؤون الدفاع حمد بن علي العطية» (minister) and «وزير الدفاع القطري» (no
    # name): the gazetteer gives him the defence ministry in 2015
    named = ev("a", a=("SAU", "defense_minister", "Mohammed bin Salman"),
               b=("QAT", "minister", "Hamad bin Ali al-Attiyah"), day=date(2015, 8, 10))
    office = ev("b", a=("SAU", "defense_minister", None), b=("QAT", "defense_minister", None),
                day=date(2015, 8, 10))
    assert events_match(named, office) and events_match(office, named)
    # near misses: an office he never held, or the one he held in a year he did not hold it
    assert mismatch(named, ev("c", a=("SAU", "defense_minister", None),
                              b=("QAT", "foreign_minister", None),
                              day=date(2015, 8, 10))) == "parties"
    later = ev("d", a=("SAU", "defense_minister", "Mohammed bin Salman"),
               b=("QAT", "minister", "Hamad bin Ali al-Attiyah"), day=date(2019, 8, 10))
    assert mismatch(later, ev("e", a=("SAU", "defense_minister", None),
                              b=("QAT", "defense_minister", None),
                              day=date(2019, 8, 10))) == "parties"
