"""Write a synthetic akhbar lake (articles, rejects, events) for the report's demo, bench and tests.

Rows are generated with a seeded RNG, column-wise with pyarrow; this never reads a real lake.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from schemas.rejects import REJECTS_SCHEMA
from schemas.version import SCHEMA_VERSION

OUTLETS = (  # (source id, name, feed URL)
    ("ahram", "الأهرام", "https://gate.ahram.org.eg/rss/politics.xml"),
    ("masrawy", "مصراوي", "https://www.masrawy.com/rss/news"),
    ("youm7", "اليوم السابع", "https://www.youm7.com/rss/SectionRss?SectionID=65"),
    ("shorouk", "الشروق", "https://www.shorouknews.com/rss/politics"),
    ("aljazeera", "الجزيرة نت", "https://www.aljazeera.net/aljazeerarss/politics"),
    ("alarabiya", "العربية", "https://www.alarabiya.net/feed/rss2/ar/arab-and-world.xml"),
    ("asharq", "الشرق الأوسط", "https://aawsat.com/feed/politics"),
    ("hespress", "هسبريس", "https://www.hespress.com/politique/feed"),
    ("annahar", "النهار", "https://www.annahar.com/rss/politics"),
    ("alghad", "الغد", "https://alghad.com/feed/"),
    ("sabq", "سبق", "https://sabq.org/rss/politics"),
    ("alkhaleej", "الخليج", "https://www.alkhaleej.ae/rss/politics"),
)
TITLES = (
    "وزير الخارجية يستقبل نظيره الأردني لبحث تطورات الأوضاع في المنطقة",
    "الرئيس يتلقى اتصالاً هاتفياً من ولي العهد السعودي",
    "رئيس الوزراء يزور العاصمة الفرنسية الأسبوع المقبل",
    "مباحثات مصرية قطرية حول جهود الوساطة لوقف إطلاق النار",
    "المتحدث باسم الخارجية يعقد مؤتمراً صحفياً اليوم",
    "إلغاء زيارة وزير الدفاع إلى أنقرة",
)
ACTORS = (  # (name, country)
    ("وزير الخارجية المصري", "EGY"), ("وزير الخارجية الأمريكي", "USA"),
    ("الرئيس الفرنسي", "FRA"), ("ولي العهد السعودي", "SAU"), ("أمير قطر", "QAT"),
    ("العاهل الأردني", "JOR"), ("الأمين العام للأمم المتحدة", None),
    ("رئيس الوزراء العراقي", "IRQ"), ("وزير الخارجية التركي", "TUR"),
    ("الرئيس الإماراتي", "ARE"),
)
EVENT_KINDS = (  # (event type, trigger, status)
    ("MEET", "استقبل", "reported"), ("CALL", "اتصالاً هاتفياً", "reported"),
    ("VISIT", "يزور", "planned"), ("NEGOTIATE", "مباحثات", "reported"),
    ("MEDIATE", "وساطة", "reported"), ("PRESS_CONFERENCE", "مؤتمراً صحفياً", "planned"),
    ("VISIT", "إلغاء زيارة", "cancelled"),
)
PLACES = (("القاهرة", "EGY"), ("الرياض", "SAU"), ("باريس", "FRA"), ("الدوحة", "QAT"),
          ("عمّان", "JOR"), ("بغداد", "IRQ"))
BODY = ("قال مصدر مطلع إن اللقاء تناول سبل تعزيز العلاقات الثنائية وتطورات الأوضاع الإقليمية.\n"
        "وأكد الجانبان أهمية مواصلة التنسيق والتشاور إزاء القضايا ذات الاهتمام المشترك.\n") * 3
REJECT_KINDS = (("fetch", "timeout", "timed out after 20.0 s"),
                ("fetch", "http_status", "HTTP 503 Service Unavailable"),
                ("extract", "empty_body", "no main text found"),
                ("parse", "bad_date", "cannot parse date 'منذ ساعتين'"),
                ("feed", "http_status", "HTTP 404 Not Found"),
                ("fetch", "robots", "disallowed by robots.txt"))

def _table(columns: dict[str, object], schema: pa.Schema) -> pa.Table:
    """A table with every schema column: missing ones are null."""
    n = len(next(iter(columns.values())))
    arrays = [pa.array(columns[f.name], f.type) if f.name in columns else pa.nulls(n, f.type)
              for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def _write_by_day(root: Path, dataset: str, table: pa.Table, days: np.ndarray,
                  start: dt.date) -> None:
    order = np.argsort(days, kind="stable")
    table, days = table.take(order), days[order]
    bounds = np.flatnonzero(np.diff(days)) + 1
    for lo, hi in zip(np.r_[0, bounds], np.r_[bounds, len(days)], strict=True):
        if hi <= lo:
            continue
        day = start + dt.timedelta(days=int(days[lo]))
        out = root / dataset / f"date={day.isoformat()}"
        out.mkdir(parents=True, exist_ok=True)
        pq.write_table(table.slice(lo, hi - lo), out / "part-demo-0000.parquet")


def write_demo_lake(root: Path, articles: int = 2000, events: int = 3000, rejects: int = 150,
                    days: int = 21, end: dt.date = dt.date(2024, 5, 21), seed: int = 7) -> None:
    """Write a lake with the given row counts spread over `days` days ending on `end`."""
    rng = np.random.default_rng(seed)
    start = end - dt.timedelta(days=days - 1)
    t0 = dt.datetime.combine(start, dt.time(), tzinfo=dt.UTC)
    run_id = "demo-run-0001"
    # articles: outlets weighted, a third of them syndicated copies of an earlier story
    weights = np.linspace(3, 0.5, len(OUTLETS))
    weights /= weights.sum()
    src = rng.choice(len(OUTLETS), articles, p=weights)
    seconds = np.sort(rng.integers(0, days * 86400, articles))
    seconds[src == len(OUTLETS) - 1] = np.minimum(
        seconds[src == len(OUTLETS) - 1], (days - 4) * 86400)  # one outlet went stale
    failing = len(OUTLETS) - 2  # and one fails: its newest rejects follow its newest article
    seconds[src == failing] = np.minimum(seconds[src == failing], (days - 2) * 86400)
    ids = np.array([f"{i:016x}" for i in range(articles)])
    dup = rng.random(articles) < 0.33
    dup[0] = False
    back = np.maximum(0, np.arange(articles) - rng.integers(1, 40, articles))
    story = np.where(dup, back, np.arange(articles))
    while True:  # follow chains so a story id is always its first article
        nxt = story[story]
        if np.array_equal(nxt, story):
            break
        story = nxt
    dup &= story != np.arange(articles)
    published = [t0 + dt.timedelta(seconds=int(s)) for s in seconds]
    a_cols = {
        "article_id": ids.tolist(),
        "url": [f"{OUTLETS[s][2].split('/rss')[0].split('/feed')[0]}/news/{i}" for i, s in
                zip(ids, src, strict=True)],
        "feed_url": [OUTLETS[s][2] for s in src],
        "source": [OUTLETS[s][0] for s in src],
        "source_name": [OUTLETS[s][1] for s in src],
        "title": [TITLES[int(i) % len(TITLES)] for i in story],
        "published_at": published,
        "fetched_at": [p + dt.timedelta(minutes=7) for p in published],
        "body": [BODY] * articles,
        "language": ["ar"] * articles,
        "story_id": ids[story].tolist(),
        "duplicate_of": np.where(dup, ids[story], None).tolist(),
        "dup_kind": np.where(dup, np.where(rng.random(articles) < 0.5, "exact", "near"),
                             None).tolist(),
        "run_id": [run_id] * articles,
        "schema_version": [SCHEMA_VERSION] * articles,
    }
    a_cols["canonical_url"] = a_cols["url"]
    _write_by_day(root, "articles", _table(a_cols, ARTICLES_SCHEMA), seconds // 86400, start)
    # events: attached to random articles, pairs drawn with a skew so a few pairs dominate
    ev_art = rng.integers(0, articles, events)
    kind = rng.choice(len(EVENT_KINDS), events, p=[.3, .2, .15, .15, .08, .07, .05])
    a1 = rng.choice(len(ACTORS), events, p=np.r_[[.3, .2, .1], np.full(7, .4 / 7)])
    a2 = (a1 + 1 + rng.choice(len(ACTORS) - 1, events, p=np.r_[[.4, .2], np.full(7, .4 / 7)])) \
        % len(ACTORS)
    no_a2 = rng.random(events) < 0.15
    place = rng.integers(0, len(PLACES), events)
    ev_days = seconds[ev_art] // 86400
    cluster = np.where(rng.random(events) < 0.4, np.maximum(0, np.arange(events) - 1),
                       np.arange(events))
    e_cols = {
        "event_id": [f"e{i:015x}" for i in range(events)],
        "article_id": ids[ev_art].tolist(),
        "source": [OUTLETS[src[i]][0] for i in ev_art],
        "event_type": [EVENT_KINDS[k][0] for k in kind],
        "status": [EVENT_KINDS[k][2] for k in kind],
        "event_date": [start + dt.timedelta(days=int(d) + (1 if EVENT_KINDS[k][2] == "planned"
                                                           else 0))
                       for d, k in zip(ev_days, kind, strict=True)],
        "date_precision": ["day"] * events,
        "actor1_name": [ACTORS[i][0] for i in a1],
        "actor1_country": [ACTORS[i][1] for i in a1],
        "actor2_name": [None if n else ACTORS[i][0] for i, n in zip(a2, no_a2, strict=True)],
        "actor2_country": [None if n else ACTORS[i][1] for i, n in zip(a2, no_a2, strict=True)],
        "location_name": [PLACES[p][0] for p in place],
        "location_country": [PLACES[p][1] for p in place],
        "trigger": [EVENT_KINDS[k][1] for k in kind],
        "evidence": [f"وأفاد البيان بأن {ACTORS[x][0]} {EVENT_KINDS[k][1]} "
                     f"{'' if n else ACTORS[y][0] + ' '}في {PLACES[p][0]} لبحث العلاقات الثنائية."
                     for x, y, k, p, n in zip(a1, a2, kind, place, no_a2, strict=True)],
        "part": ["body"] * events,
        "confidence": rng.uniform(0.5, 1.0, events).round(2).tolist(),
        "extractor_version": ["rules-demo"] * events,
        "event_cluster_id": [f"c{i:015x}" for i in cluster],
        "run_id": [run_id] * events,
        "schema_version": [SCHEMA_VERSION] * events,
    }
    _write_by_day(root, "events", _table(e_cols, EVENTS_SCHEMA), ev_days, start)
    # rejects: one failing feed (its last rejects are newer than its last article)
    r_src = rng.choice(len(OUTLETS), rejects, p=weights)
    r_kind = rng.integers(0, len(REJECT_KINDS), rejects)
    r_sec = np.sort(rng.integers(0, days * 86400, rejects))
    r_src[-5:], r_kind[-5:] = failing, 1
    r_sec[-5:] = days * 86400 - 3600
    r_cols = {
        "url": [f"{OUTLETS[s][2]}#item{i}" for i, s in enumerate(r_src)],
        "feed_url": [OUTLETS[s][2] for s in r_src],
        "source": [OUTLETS[s][0] for s in r_src],
        "stage": [REJECT_KINDS[k][0] for k in r_kind],
        "error": [REJECT_KINDS[k][1] for k in r_kind],
        "message": [REJECT_KINDS[k][2] for k in r_kind],
        "at": [t0 + dt.timedelta(seconds=int(s)) for s in r_sec],
        "run_id": [run_id] * rejects,
        "schema_version": [SCHEMA_VERSION] * rejects,
    }
    _write_by_day(root, "rejects", _table(r_cols, REJECTS_SCHEMA), r_sec // 86400, start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lake", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--rejects", type=int, default=150)
    parser.add_argument("--days", type=int, default=21)
    args = parser.parse_args(argv)
    write_demo_lake(args.lake, args.articles, args.events, args.rejects, days=args.days)
    return 0


if __name__ == "__main__":
    sys.exit(main())
