"""Rows the tests build by hand: event rows as the events step emits them, clustering
candidates of one row, Arabic bodies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pipeline.events.clusters import candidate
from pipeline.events.rows import INGESTED, PARTITION
from schemas.events import EVENTS_SCHEMA

MARCH = datetime(2025, 3, 1, 9, tzinfo=UTC)
# Two bodies of 20+ normalised words on different topics (one story each).
BODY = ("قال وزير الخارجية إن المحادثات مع الوفد الزائر تناولت سبل تعزيز التعاون الاقتصادي "
        "والتجاري بين البلدين وتطوير العلاقات في مجالات الطاقة والتعليم والصحة والنقل وأكد "
        "المتحدث الرسمي أن الجانبين اتفقا على مواصلة التشاور خلال الأسابيع المقبلة")
OTHER = ("أعلن المنتخب الوطني لكرة القدم قائمة اللاعبين المشاركين في المعسكر التدريبي المقبل "
         "استعدادا للمباريات الودية التي تسبق التصفيات القارية وأوضح المدرب أن الاختيار جاء "
         "بعد متابعة دقيقة لمستوى اللاعبين في الدوري المحلي")


def ev(eid, etype="CALL", day=None, pub_day=10, a=("SAU", "foreign_minister"),
       b=("FRA", "foreign_minister"), status="reported", cluster=None, loc=(None, None),
       ingested_day=None):
    """(event row, published_at) as ArticleEvents emits them, in March 2025."""
    row = {c: None for c in EVENTS_SCHEMA.names}
    row.update(event_id=eid, article_id=f"art-{eid}", source="s", event_type=etype,
               status=status, event_date=date(2025, 3, day) if day else None,
               date_precision="day" if day else None, actor1_country=a[0], actor1_role=a[1],
               actor2_country=b[0], actor2_role=b[1], location_name=loc[0],
               location_country=loc[1], event_cluster_id=cluster, schema_version=2)
    published = MARCH.replace(day=pub_day) if pub_day else None
    row[PARTITION] = f"2025-03-{day or pub_day:02d}"
    row[INGESTED] = MARCH + timedelta(days=(ingested_day or pub_day or 10) - 1, hours=3)
    return row, published


def cluster_candidate(eid, a, b=None, etype="MEET", status="reported", day=None, pub=None,
                      loc=(None, None)):
    """A clustering candidate (pipeline.events.clusters.candidate) of one event row, published
    on `pub`; a party is (entity, role, name) of a country, or ("org", code, role, name) of an
    organisation or movement; b None for a visit without a host."""

    row = {"event_id": eid, "article_id": f"art-{eid}", "event_type": etype, "status": status,
           "event_date": day, "date_precision": "day" if day else None,
           "location_name": loc[0], "location_country": loc[1]}
    for n, party in ((1, a), (2, b)):
        if party is None:
            row.update({f"actor{n}_country": None, f"actor{n}_org": None,
                        f"actor{n}_role": None, f"actor{n}_name": None})
            continue
        org = party[0] == "org"
        entity, role, name = party[1:] if org else party
        row.update({f"actor{n}_country": None if org else entity,
                    f"actor{n}_org": entity if org else None,
                    f"actor{n}_role": role, f"actor{n}_name": name})
    return candidate(row, pub)

