"""Round-18 pairs work: reports of one contact dated to the same month only join one cluster."""

from datetime import date

from pipeline.events.clusters import candidate, cluster_events, mismatch


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


# A state's ministry named by the indefinite construct before the state's name («وزارة خارجية
# البحرين»), as the Bahraini outlets and the agencies copying them write it, is that state's
# party, as «وزارة الخارجية البحرينية» is.


def _pairs(text, published="2015-07-21"):
    from pipeline.events import extract_events

    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
            str(e["event_date"]),
        )
        for e in extract_events(text, published, home="SAU")
    ]


def test_ministry_construct_with_a_kingdom_summons_an_envoy():
    got = _pairs(
        "استدعت وزارة خارجية مملكة البحرين مساء أمس القائم بأعمال السفارة الروسية لدى "
        "البحرين، وسلمته مذكرة احتجاج رسمية."
    )
    assert ("MEET", "reported", "BHR", "official", "RUS", "official", "2015-07-20") in got


def test_ministry_construct_with_a_bare_state_name():
    got = _pairs("استدعت وزارة دفاع اليابان اليوم الملحق العسكري الصيني في طوكيو.")
    assert ("MEET", "reported", "JPN", "official", "CHN", "official", "2015-07-21") in got


def test_ministry_construct_as_a_seat_is_no_party():
    got = _pairs("التقى وزير الخارجية المصري أمس السفير الإيراني بمقر وزارة خارجية مصر.")
    assert [g[2:6] for g in got] == [("EGY", "foreign_minister", "IRN", "official")]
