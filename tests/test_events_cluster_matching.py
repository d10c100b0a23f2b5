"""Event clustering: the order reports join clusters, parties that disagree in role, plural
counterparts, generic officials.

Event clustering: the order in which a run's reports join clusters. Within one publication
day the held contacts dated to the day are taken first, and a report that fits several clusters
prefers one holding such a contact over one made of plans and undated reports. An undated
report of two ministers' meeting in one capital, read before the report that dates it, no longer
joins their talks in another capital two days before (a plan and an undated report of them),
keeping the dated report out. Near misses: a report whose place contradicts the dated one stays
with the plan; the order never reaches across publication days.

Event clustering: reports whose parties disagree in role on one side. Read on unlabelled
cross-outlet report pairs, such reports are nearly always two contacts of one day or one visit
(the king receives a visiting minister and the two foreign ministers hold their talks; a visiting
envoy's planned meetings with the prime minister and with the defence minister; a crown
prince's two calls), not one contact named two ways: they stay apart however the other party,
the day and the type agree. The ways one contact is named differently that do join (a generic
«official», a state's delegation, a minister of no portfolio, a person named under one office
and unnamed under another he held that year) are in test_events_cluster_roles.py and
test_event_clusters.py; here the near misses, in the batch, a later run and the stream.

Event clustering: a generic «official» matches any office of its state only when no one is
named. A named person whose known office is "official" (an assistant secretary of state, a deputy
envoy) is that person in that office, not a stand-in for the foreign minister: two contacts of one
day with the same counterpart, one the assistant's and one the minister's, stay apart.

Plural counterparts in the nominative («ونظراؤه»): the co-subject of a contact verb names
the bloc's counterparts as the genitive and accusative forms do, and two outlets' reports of one
meeting, one with each form, share an event cluster.
"""

import dataclasses
from datetime import date, timedelta

from pipeline.events import extract_events
from pipeline.events.clusters import candidate, cluster_events, cluster_run, events_match, mismatch
from pipeline.events.stream_index import EventClusterIndex
from tests.support.rows import cluster_candidate

DAY = date(2024, 3, 10)
A = ("FRA", "foreign_minister", "Jean Martin")  # invented ministers
B = ("BRA", "foreign_minister", "Paulo Souza")
DOHA = ("Doha", "QAT")
KL = ("Kuala Lumpur", "MYS")
MALAYSIA = ("Malaysia", "MYS")


def ev(eid, day, pub, loc, status="reported", a=A, b=B):
    d = DAY + timedelta(days=day) if day is not None else None
    return cluster_candidate(eid, a, b, "MEET", status, d, DAY + timedelta(days=pub), loc)


# their talks in Doha: announced two days ahead, then told with no day
PLAN = ev("c-plan", 2, 0, DOHA, status="planned")
DOHA_UNDATED = ev("c-doha", None, 3, DOHA)
# their meeting in Kuala Lumpur on day 3, printed on day 4 by two outlets: one without a day
# (its article read first), one dating it
KL_UNDATED = ev("a-undated", None, 4, MALAYSIA)
KL_DATED = ev("b-dated", 3, 4, KL)


def test_the_dated_report_comes_first_within_its_day():
    assert KL_DATED.order < KL_UNDATED.order
    # but never before an earlier day's reports
    assert DOHA_UNDATED.order < KL_DATED.order
    assert ev("z", None, 3, DOHA).order < ev("a", 4, 4, KL).order
    # a plan dated to the day is no held contact: it waits with the undated reports
    assert KL_UNDATED.order < ev("c-later", 4, 4, KL, status="planned").order


def test_an_undated_report_joins_the_held_dated_contact_not_a_plan():
    # the undated report matches both: the plan's announced day and the other undated report
    assert mismatch(KL_UNDATED, PLAN) is None and mismatch(KL_UNDATED, DOHA_UNDATED) is None
    assert mismatch(KL_UNDATED, KL_DATED) is None
    # the dated one cannot join the Doha talks (another city)
    assert mismatch(KL_DATED, DOHA_UNDATED) == "location"
    ids = cluster_events([PLAN, DOHA_UNDATED, KL_UNDATED, KL_DATED])
    assert ids["a-undated"] == ids["b-dated"] == "b-dated"
    assert ids["c-doha"] == ids["c-plan"] == "c-plan"


def test_a_report_placed_elsewhere_stays_with_the_plan():
    doha_late = ev("a-undated", None, 4, DOHA)
    assert mismatch(doha_late, KL_DATED) == "location"
    ids = cluster_events([PLAN, DOHA_UNDATED, doha_late, KL_DATED])
    assert ids["a-undated"] == "c-plan" and ids["b-dated"] == "b-dated"


def test_a_plan_of_the_same_day_prefers_the_held_contact_too():
    # printed the day of the meeting: «يلتقي اليوم» by one outlet, «التقى اليوم» by another
    plan_kl = ev("a-plan", 3, 3, MALAYSIA, status="planned")
    dated = ev("b-dated", 3, 3, KL)
    # it matches the Doha plan (a day apart) and the dated meeting in Kuala Lumpur
    assert mismatch(plan_kl, PLAN) is None and mismatch(plan_kl, dated) is None
    ids = cluster_events([PLAN, dated, plan_kl])
    assert ids["a-plan"] == "b-dated"
    # with no held contact anywhere, it keeps to the earliest cluster that fits it
    assert cluster_events([PLAN, plan_kl])["a-plan"] == "c-plan"


DAY_ROLE = date(2024, 9, 4)

KING = ("SAU", "head_of_state", "King Salman bin Abdulaziz")
SAU_FM = ("SAU", "foreign_minister", "Adel al-Jubeir")
SAU_DEF = ("SAU", "defense_minister", "Mohammed bin Salman")
EGY_FM = ("EGY", "foreign_minister", "Sameh Shoukry")
US_DEF = ("USA", "defense_minister", "Ashton Carter")


def ev_role(
    eid,
    a,
    b,
    etype="MEET",
    status="reported",
    day=DAY_ROLE,
    pub=DAY_ROLE,
    loc=(None, None),
):
    return cluster_candidate(eid, a, b, etype, status, day, pub, loc)


# «استقبل الملك ... وزير الخارجية المصري» twice, «عقد وزير الخارجية ... مؤتمرا صحفيا مع نظيره
# المصري» twice: four outlets, two contacts of the same visitor on the same day
KING_RECEIVES = [ev_role("k1", KING, EGY_FM), ev_role("k2", EGY_FM, KING)]
FM_TALKS = [ev_role("f1", SAU_FM, EGY_FM), ev_role("f2", EGY_FM, SAU_FM, etype="PRESS_CONFERENCE")]


def test_the_king_and_the_foreign_minister_receiving_one_visitor_are_two_contacts():
    assert mismatch(KING_RECEIVES[0], FM_TALKS[0]) == "parties"
    assert events_match(*KING_RECEIVES) and events_match(*FM_TALKS)
    ids = cluster_events([*KING_RECEIVES, *FM_TALKS])
    assert ids["k2"] == ids["k1"] and ids["f2"] == ids["f1"] and ids["k1"] != ids["f1"]
    # a side named only by a generic «official» may be either: it matches both, and complete
    # linkage puts it in one cluster, never both into one
    side = ev_role("s", ("SAU", "official", None), EGY_FM)
    assert events_match(side, KING_RECEIVES[0]) and events_match(side, FM_TALKS[0])
    ids = cluster_events([*KING_RECEIVES, *FM_TALKS, side])
    assert ids["k1"] != ids["f1"] and ids["s"] in (ids["k1"], ids["f1"])


def test_the_head_of_state_and_the_defence_minister_meeting_one_guest_are_two_contacts():
    """The king receives the visiting defence secretary; the crown prince, defence minister,
    holds talks with him in his office the same day."""
    king = ev_role("k", KING, US_DEF)
    prince = ev_role("p", SAU_DEF, US_DEF, loc=("Jeddah", "SAU"))
    assert mismatch(king, prince) == "parties"
    # an unnamed office is not another named office of the same state, unless the person held
    # it that year: the king was not the foreign minister
    assert mismatch(ev_role("u", ("SAU", "foreign_minister", None), US_DEF), king) == "parties"
    assert events_match(ev_role("d", ("SAU", "defense_minister", None), US_DEF), prince)


def test_a_visitors_meetings_with_two_officers_of_the_host_are_two_contacts():
    """«وسيلتقي رئيس الوزراء ووزير الدفاع»: two planned meetings of one visit; the visit itself
    (no host) matches each but joins only one of them."""
    pm = ev_role("pm", US_DEF, ("IRQ", "head_of_government", "Haider al-Abadi"), status="planned")
    minister = ev_role(
        "dm", US_DEF, ("IRQ", "defense_minister", "Khalid al-Obeidi"), status="planned"
    )
    visit = ev_role("v", US_DEF, None, etype="VISIT", loc=("Baghdad", "IRQ"))
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
    calls = [
        ev_role("c1", caller, prince, etype="CALL"),
        ev_role("c2", prince, caller, etype="CALL"),
        ev_role("c3", caller, minister, etype="CALL"),
        ev_role("c4", minister, caller, etype="CALL"),
    ]
    assert mismatch(calls[0], calls[2]) == "parties"
    ids = cluster_events(calls)
    assert ids["c2"] == ids["c1"] and ids["c4"] == ids["c3"] and ids["c1"] != ids["c3"]


def test_a_state_head_of_one_report_and_the_foreign_minister_of_another_stay_apart():
    """«التقى كيري أمير قطر» and «مؤتمر صحفي لكيري مع وزير الخارجية القطري خالد العطية»: the
    emir, unnamed, is not the named foreign minister; the foreign minister unnamed is."""
    kerry = ("USA", "foreign_minister", "John Kerry")
    emir = ev_role("e", kerry, ("QAT", "head_of_state", None))
    press = ev_role(
        "p", kerry, ("QAT", "foreign_minister", "Khalid al-Attiyah"), etype="PRESS_CONFERENCE"
    )
    assert mismatch(emir, press) == "parties"
    assert events_match(ev_role("f", kerry, ("QAT", "foreign_minister", None)), press)


def test_later_runs_and_the_stream_keep_the_two_contacts_apart():
    batch = cluster_events([*KING_RECEIVES, *FM_TALKS])
    stored = [dataclasses.replace(c, cluster_id=batch[c.event_id]) for c in KING_RECEIVES]
    assert cluster_run(FM_TALKS, stored) == {"f1": "f1", "f2": "f1"}
    index = EventClusterIndex(lookback_days=7)
    for c in stored:
        index.add(c, DAY_ROLE)
    for c in FM_TALKS:
        cid = index.assign(c)
        assert cid == batch[c.event_id]
        index.add(dataclasses.replace(c, cluster_id=cid), DAY_ROLE)


DAY_OFFICIAL = date(2015, 8, 3)
QAT_FM = ("QAT", "foreign_minister", "Khalid al-Attiyah")
US_FM = ("USA", "foreign_minister", "John Kerry")
US_ASSISTANT = ("USA", "official", "Anne Patterson")


def ev_official(eid, a, b, etype="MEET", status="reported", day=DAY_OFFICIAL, pub=DAY_OFFICIAL):
    return cluster_candidate(eid, a, b, etype, status, day, pub, (None, None))


def test_a_named_official_is_not_an_unnamed_foreign_minister():
    named = ev_official("a", US_ASSISTANT, QAT_FM)
    unnamed_fm = ev_official("m", ("USA", "foreign_minister", None), QAT_FM)
    assert mismatch(named, unnamed_fm) == "parties"
    assert mismatch(named, ev_official("k", US_FM, QAT_FM)) == "parties"
    ids = cluster_events([named, unnamed_fm, ev_official("k", US_FM, QAT_FM)])
    assert ids["a"] != ids["m"] and ids["m"] == ids["k"]


def test_an_unnamed_official_still_matches_any_office_of_its_state():
    unnamed = ev_official("u", ("USA", "official", None), QAT_FM)
    assert events_match(unnamed, ev_official("a", US_ASSISTANT, QAT_FM))
    assert events_match(unnamed, ev_official("k", US_FM, QAT_FM))
    # and the same named official told by two outlets is one contact
    assert events_match(
        ev_official("a1", US_ASSISTANT, QAT_FM), ev_official("a2", QAT_FM, US_ASSISTANT)
    )


DAY_PLURAL = date(2015, 8, 3)


def _contacts(text: str) -> list[dict]:
    return [e for e in extract_events(text, DAY_PLURAL, home="SAU") if e["event_type"] == "MEET"]


def _side(e: dict, n: int) -> tuple:
    return (e[f"actor{n}_country"] or e[f"actor{n}_org"], e[f"actor{n}_role"])


def test_nominative_counterparts_as_co_subject_name_the_bloc():
    meets = _contacts(
        "ناقش وزير الخارجية الأمريكي جون كيري ونظراؤه في مجلس التعاون الخليجي "
        "اليوم في الدوحة أمن المنطقة."
    )
    assert len(meets) == 1
    sides = {_side(meets[0], 1), _side(meets[0], 2)}
    assert sides == {("USA", "foreign_minister"), ("GCC", "foreign_minister")}
    assert meets[0]["status"] == "reported"
    assert meets[0]["event_date"] == DAY_PLURAL


def test_nominative_counterparts_with_the_bloc_adjective():
    meets = _contacts("اجتمع وزير الخارجية الفرنسي ونظراؤه الخليجيون أمس في الرياض.")
    assert len(meets) == 1
    sides = {_side(meets[0], 1), _side(meets[0], 2)}
    assert sides == {("FRA", "foreign_minister"), ("GCC", "foreign_minister")}
    assert meets[0]["event_date"] == date(2015, 8, 2)


def test_nominative_counterparts_of_no_contact_make_no_event():
    assert (
        extract_events(
            "وذكرت الدراسة أن الآباء الجدد يزداد وزنهم بينما يفقد نظراؤهم غير المتزوجين بعض الوزن.",
            DAY_PLURAL,
            home="SAU",
        )
        == []
    )


def _row(article: str, text: str) -> list[dict]:
    rows = []
    for k, e in enumerate(extract_events(text, DAY_PLURAL, home="SAU")):
        rows.append({**e, "event_id": f"{article}-{k}", "article_id": article})
    return rows


def test_two_outlets_one_with_each_case_share_a_cluster():
    a = _row(
        "a",
        "بحث وزير الخارجية الأمريكي جون كيري ونظراؤه في مجلس التعاون الخليجي اليوم "
        "في الدوحة الاتفاق النووي.",
    )
    b = _row(
        "b",
        "التقى وزير الخارجية الأمريكي جون كيري اليوم في الدوحة نظراءه في دول مجلس التعاون الخليجي.",
    )
    assert len(a) == 1 and len(b) == 1
    ids = cluster_events([candidate(r, DAY_PLURAL) for r in a + b])
    assert ids[a[0]["event_id"]] == ids[b[0]["event_id"]]


def test_two_outlets_full_name_and_bare_surname_share_a_cluster():
    a = [
        {**e, "event_id": f"a-{k}", "article_id": "a"}
        for k, e in enumerate(
            extract_events(
                "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم في الرياض وزير الخارجية "
                "الفرنسي جان نويل بارو.",
                date(2025, 4, 15),
            )
        )
    ]
    b = [
        {**e, "event_id": f"b-{k}", "article_id": "b"}
        for k, e in enumerate(
            extract_events("اجتمع بارو مع فيصل بن فرحان أمس في الرياض.", date(2025, 4, 16))
        )
    ]
    assert len(a) == 1 and len(b) == 1
    ids = cluster_events([candidate(a[0], date(2025, 4, 15)), candidate(b[0], date(2025, 4, 16))])
    assert ids["a-0"] == ids["b-0"]
