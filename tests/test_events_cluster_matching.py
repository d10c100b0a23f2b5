"""Event clustering: the order in which a run's reports join clusters. Within one publication
day the held contacts dated to the day are taken first, and a report that fits several clusters
prefers one holding such a contact over one made of plans and undated reports. An undated
report of two ministers' meeting in one capital, read before the report that dates it, no longer
joins their talks in another capital two days before (a plan and an undated report of them),
keeping the dated report out. Near misses: a report whose place contradicts the dated one stays
with the plan; the order never reaches across publication days."""

from datetime import date, timedelta

from pipeline.events.clusters import cluster_events, mismatch
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


# «المبعوث الدولي»: the UN's envoy, read as the UN only right after the envoy title


def _sides(text):
    from pipeline.events import extract_events

    out = []
    for e in extract_events(text, date(2015, 8, 1), home="SAU"):
        sides = [
            (e[f"actor{k}_country"] or e[f"actor{k}_org"], e[f"actor{k}_role"]) for k in (1, 2)
        ]
        out.append((e["event_type"], *sides))
    return out


def test_the_international_envoy_is_the_un_envoy():
    # an invented meeting with the unnamed UN envoy to Syria
    assert _sides("استقبل وزير الخارجية السعودي أمس المبعوث الدولي إلى سوريا في جدة.") == [
        ("MEET", ("SAU", "foreign_minister"), ("UN", "envoy"))
    ]
    # his mandate after «ل» does not make him the state's envoy
    assert _sides("وقال المبعوث الدولي لليمن خلال زيارة للقاهرة إنه بحث نشر مراقبين.") == [
        ("VISIT", ("UN", "envoy"), (None, None))
    ]
    assert _sides("التقى الرئيس اليمني أمس المبعوثة الدولية الخاصة.") == [
        ("MEET", ("YEM", "head_of_state"), ("UN", "envoy"))
    ]


def test_the_adjective_elsewhere_names_no_one():
    assert _sides("التقى الرئيس المصري أمس ممثلي المجتمع الدولي.") == []
    assert _sides("استقبل أمير المنطقة أمس مدير مطار الملك خالد الدولي.") == []
    # the World Bank keeps its own name
    assert _sides("التقى وزير المالية السعودي أمس رئيس البنك الدولي في جدة.") == [
        ("MEET", ("SAU", "minister"), ("WORLD_BANK", "organization_head"))
    ]


# a date in a relative clause on another noun, closed before the contact, is that noun's


def _dated(text):
    from pipeline.events import extract_events

    return [
        (e["event_type"], e["actor1_country"], e["event_date"])
        for e in extract_events(text, date(2024, 3, 20), home="SAU")
    ]


def test_another_nouns_day_before_the_contact_dates_nothing():
    # an invented strike told in a statement handed out during a visit
    text = (
        "وأوضح الجيش أن الغارة التي نفذت في 3 مارس في ولاية قندهار قتلت قياديا، وذلك في "
        "بيان وزع على الصحافيين المرافقين لوزير الخارجية الفرنسي في زيارته إلى العراق."
    )
    assert _dated(text) == [("VISIT", "FRA", None)]


def test_the_contacts_own_clause_and_another_day_still_date_it():
    # with a day of its own in the sentence, the contact takes that day
    text = (
        "وأوضح الجيش أن الغارة التي نفذت في 3 مارس في ولاية قندهار قتلت قياديا، وذلك في "
        "بيان وزع أمس على الصحافيين المرافقين لوزير الخارجية الفرنسي في زيارته إلى العراق."
    )
    assert _dated(text) == [("VISIT", "FRA", date(2024, 3, 19))]
    # the visit's own relative clause dates it
    text = (
        "واختتم وزير الخارجية الفرنسي زيارته إلى العراق التي بدأها في 17 مارس، والتقى "
        "خلالها رئيس الوزراء العراقي."
    )
    assert ("VISIT", "FRA", date(2024, 3, 17)) in _dated(text)
