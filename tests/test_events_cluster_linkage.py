"""Event clustering linkage: two visits without a host compared on their destinations too."""

from datetime import date

from pipeline.events.clusters import candidate, cluster_events, events_match, mismatch

DAY = date(2024, 9, 4)


def ev(eid, a, b=None, etype="MEET", day=DAY, pub=DAY, loc=(None, None), status="reported"):
    row = {"event_id": eid, "article_id": f"art-{eid}", "event_type": etype, "status": status,
           "event_date": day, "date_precision": "day" if day else None,
           "actor1_country": a[0], "actor1_org": None, "actor1_role": a[1],
           "actor1_name": a[2], "actor2_country": b[0] if b else None, "actor2_org": None,
           "actor2_role": b[1] if b else None, "actor2_name": b[2] if b else None,
           "location_name": loc[0], "location_country": loc[1]}
    return candidate(row, pub)


def test_two_visits_without_a_host_must_share_the_destination():
    visitor = ("USA", "head_of_state", "Barack Obama")
    kenya = ev("k", visitor, etype="VISIT", loc=("Kenya", "KEN"))
    ethiopia = ev("e", visitor, etype="VISIT", loc=("Ethiopia", "ETH"))
    nairobi = ev("n", visitor, etype="VISIT", loc=("Nairobi", "KEN"))
    assert mismatch(kenya, ethiopia) == "parties"
    assert not events_match(ethiopia, kenya)
    assert events_match(kenya, nairobi)
    assert len(set(cluster_events([kenya, ethiopia, nairobi]).values())) == 2
