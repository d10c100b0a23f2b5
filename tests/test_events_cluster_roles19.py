"""Event clustering: reports whose parties disagree in role on one side. Read on unlabelled
cross-outlet report pairs, such reports are nearly always two contacts of one day or one visit
(the king receives a visiting minister and the two foreign ministers hold their talks; a visiting
envoy's planned meetings with the prime minister and with the defence minister; a crown
prince's two calls), not one contact named two ways: they stay apart however the other party,
the day and the type agree. The ways one contact is named differently that do join (a generic
«official», a state's delegation, a minister of no portfolio, a person named under one office
and unnamed under another he held that year) are in test_events_cluster_roles.py and
test_event_clusters.py; here the near misses, in the batch, a later run and the stream."""

import dataclasses
from datetime import date

from pipeline.events.clusters import cluster_events, cluster_run, events_match, mismatch
from pipeline.events.stream_index import EventClusterIndex
from tests.support.rows import cluster_candidate

DAY = date(2024, 9, 4)

KING = ("SAU", "head_of_state", "King Salman bin Abdulaziz")
SAU_FM = ("SAU", "foreign_minister", "Adel al-Jubeir")
SAU_DEF = ("SAU", "defense_minister", "Mohammed bin Salman")
EGY_FM = ("EGY", "foreign_minister", "Sameh Shoukry")
US_DEF = ("USA", "defense_minister", "Ashton Carter")


def ev(eid, a, b, etype="MEET", status="reported", day=DAY, pub=DAY, loc=(None, None)):
    return cluster_candidate(eid, a, b, etype, status, day, pub, loc)


# «استقبل الملك ... وزير الخارجية المصري» twice, «عقد وزير الخارجية ... مؤتمرا صحفيا مع نظيره
# المصري» twice: four outlets, two contacts of the same visitor on the same day
KING_RECEIVES = [ev("k1", KING, EGY_FM), ev("k2", EGY_FM, KING)]
FM_TALKS = [ev("f1", SAU_FM, EGY_FM), ev("f2", EGY_FM, SAU_FM, etype="PRESS_CONFERENCE")]


def test_the_king_and_the_foreign_minister_receiving_one_visitor_are_two_contacts():
    assert mismatch(KING_RECEIVES[0], FM_TALKS[0]) == "parties"
    assert events_match(*KING_RECEIVES) and events_match(*FM_TALKS)
    ids = cluster_events([*KING_RECEIVES, *FM_TALKS])
    assert ids["k2"] == ids["k1"] and ids["f2"] == ids["f1"] and ids["k1"] != ids["f1"]
    # a side named only by a generic «official» may be either: it matches both, and complete
    # linkage puts it in one cluster, never both into one
    side = ev("s", ("SAU", "official", None), EGY_FM)
    assert events_match(side, KING_RECEIVES[0]) and events_match(side, FM_TALKS[0])
    ids = cluster_events([*KING_RECEIVES, *FM_TALKS, side])
    assert ids["k1"] != ids["f1"] and ids["s"] in (ids["k1"], ids["f1"])


def test_the_head_of_state_and_the_defence_minister_meeting_one_guest_are_two_contacts():
    """The king receives the visiting defence secretary; the crown prince, defence minister,
    holds talks with him in his office the same day."""
    king = ev("k", KING, US_DEF)
    prince = ev("p", SAU_DEF, US_DEF, loc=("Jeddah", "SAU"))
    assert mismatch(king, prince) == "parties"
    # an unnamed office is not another named office of the same state, unless the person held
    # it that year: the king was not the foreign minister
    assert mismatch(ev("u", ("SAU", "foreign_minister", None), US_DEF), king) == "parties"
    assert events_match(ev("d", ("SAU", "defense_minister", None), US_DEF), prince)


def test_a_visitors_meetings_with_two_officers_of_the_host_are_two_contacts():
    """«وسيلتقي رئيس الوزراء ووزير الدفاع»: two planned meetings of one visit; the visit itself
    (no host) matches each but joins only one of them."""
    pm = ev("pm", US_DEF, ("IRQ", "head_of_government", "Haider al-Abadi"), status="planned")
    minister = ev("dm", US_DEF, ("IRQ", "defense_minister", "Khalid al-Obeidi"),
                  status="planned")
    visit = ev("v", US_DEF, None, etype="VISIT", loc=("Baghdad", "IRQ"))
    assert mismatch(pm, minister) == "parties"
    assert events_match(visit, pm) and events_match(visit, minister)
    ids = cluster_events([visit, pm, minister])
    assert ids["pm"] != ids["dm"]


def test_one_persons_two_calls_on_one_day_are_two_contacts():
    """The crown prince calls Bahrain's crown prince and, the same day, Bahrain's interior
    minister: two calls, however many outlets report each."""
    caller = ("SAU", "official", "Mohammed bin Nayef")
    prince = ("BHR", "official", "Salman bin Hamad Al Khalifa")
    minister = ("BHR", "minister", "Rashid bin Abdullah Al Khalifa")
    calls = [ev("c1", caller, prince, etype="CALL"), ev("c2", prince, caller, etype="CALL"),
             ev("c3", caller, minister, etype="CALL"), ev("c4", minister, caller, etype="CALL")]
    assert mismatch(calls[0], calls[2]) == "parties"
    ids = cluster_events(calls)
    assert ids["c2"] == ids["c1"] and ids["c4"] == ids["c3"] and ids["c1"] != ids["c3"]


def test_a_state_head_of_one_report_and_the_foreign_minister_of_another_stay_apart():
    """«التقى كيري أمير قطر» and «مؤتمر صحفي لكيري مع وزير الخارجية القطري خالد العطية»: the
    emir, unnamed, is not the named foreign minister; the foreign minister unnamed is."""
    kerry = ("USA", "foreign_minister", "John Kerry")
    emir = ev("e", kerry, ("QAT", "head_of_state", None))
    press = ev("p", kerry, ("QAT", "foreign_minister", "Khalid al-Attiyah"),
               etype="PRESS_CONFERENCE")
    assert mismatch(emir, press) == "parties"
    assert events_match(ev("f", kerry, ("QAT", "foreign_minister", None)), press)


def test_later_runs_and_the_stream_keep_the_two_contacts_apart():
    batch = cluster_events([*KING_RECEIVES, *FM_TALKS])
    stored = [dataclasses.replace(c, cluster_id=batch[c.event_id]) for c in KING_RECEIVES]
    assert cluster_run(FM_TALKS, stored) == {"f1": "f1", "f2": "f1"}
    index = EventClusterIndex(lookback_days=7)
    for c in stored:
        index.add(c, DAY)
    for c in FM_TALKS:
        cid = index.assign(c)
        assert cid == batch[c.event_id]
        index.add(dataclasses.replace(c, cluster_id=cid), DAY)
