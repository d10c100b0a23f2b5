"""Unit tests of the report's DuckDB aggregations on small lakes written here with pyarrow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.report import queries as rq
from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from schemas.rejects import REJECTS_SCHEMA

UTC = dt.UTC
AHRAM, MASRAWY = "الأهرام", "مصراوي"
FEED_A, FEED_M = "https://ahram.example/rss", "https://masrawy.example/rss"
ACTOR_A, ACTOR_B, ACTOR_C = "وزير الخارجية المصري", "وزير الخارجية الأمريكي", "أمير قطر"


def t(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2024, 5, day, hour, tzinfo=UTC)


def write(root: Path, dataset: str, day: str, rows: list[dict], schema: pa.Schema,
          name: str = "part-0.parquet") -> None:
    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    table = pa.Table.from_pydict(cols, schema=schema)
    out = root / dataset / f"date={day}"
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, out / name)


def article(aid: str, source: str, day: int, story: str | None, dup_of: str | None = None,
            kind: str | None = None, title: str = "عنوان") -> dict:
    return {"article_id": aid, "url": f"https://x.example/{aid}", "source": source,
            "source_name": AHRAM if source == "ahram" else MASRAWY,
            "feed_url": FEED_A if source == "ahram" else FEED_M, "title": title,
            "published_at": t(day), "fetched_at": t(day, 10), "story_id": story,
            "duplicate_of": dup_of, "dup_kind": kind, "run_id": f"run-{day}", "schema_version": 1}


def reject(source: str, stage: str, error: str, at: dt.datetime, msg: str) -> dict:
    return {"url": f"https://x.example/bad/{at.isoformat()}", "source": source, "stage": stage,
            "error": error, "message": msg, "at": at, "run_id": "run-3", "schema_version": 1,
            "feed_url": FEED_A if source == "ahram" else FEED_M}


def event(eid: str, day: int, etype: str, status: str, a1: str, a2: str | None,
          cluster: str | None, trigger: str = "استقبل") -> dict:
    return {"event_id": eid, "article_id": "a1", "source": "ahram", "event_type": etype,
            "status": status, "event_date": dt.date(2024, 5, day), "actor1_name": a1,
            "actor2_name": a2, "trigger": trigger, "evidence": f"{a1} {trigger} {a2 or ''}",
            "event_cluster_id": cluster, "run_id": "run-1", "schema_version": 1}


@pytest.fixture
def lake(tmp_path: Path) -> Path:
    root = tmp_path / "lake"
    write(root, "articles", "2024-05-01", [
        article("a1", "ahram", 1, "a1"),
        article("a2", "masrawy", 1, "a1", "a1", "exact")], ARTICLES_SCHEMA)
    write(root, "articles", "2024-05-02", [
        article("a3", "masrawy", 2, "a3"),
        article("a4", "ahram", 2, "a3", "a3", "near")], ARTICLES_SCHEMA)
    write(root, "articles", "2024-05-03", [article("a5", "ahram", 3, "a5")], ARTICLES_SCHEMA)
    # files readers must skip: garbage that would fail to parse if it were read
    (root / "articles" / "date=2024-05-03" / ".part-1.parquet.tmp.parquet").write_bytes(b"junk")
    (root / "articles" / "_SUCCESS").write_bytes(b"")
    (root / "articles" / "date=2024-05-03" / "_staging").mkdir()
    (root / "articles" / "date=2024-05-03" / "_staging" / "x.parquet").write_bytes(b"junk")
    write(root, "rejects", "2024-05-03", [
        reject("masrawy", "fetch", "timeout", t(3, 11), "timed out after 20 s"),
        reject("masrawy", "fetch", "timeout", t(3, 12), "timed out after 20 s"),
        reject("ahram", "parse", "bad_date", t(1, 8), "cannot parse date 'أمس'")],
        REJECTS_SCHEMA)
    schema = EVENTS_SCHEMA
    write(root, "events", "2024-05-01", [
        event("e1", 1, "MEET", "reported", ACTOR_A, ACTOR_B, "c1"),
        event("e2", 1, "MEET", "reported", ACTOR_B, ACTOR_A, "c1")], schema)
    write(root, "events", "2024-05-02", [
        event("e3", 2, "CALL", "planned", ACTOR_A, ACTOR_C, None, "اتصالاً هاتفياً"),
        event("e4", 3, "VISIT", "cancelled", ACTOR_C, None, None, "زيارة")], schema)
    return root


def test_overview_counts(lake: Path) -> None:
    o = rq.overview(rq.open_lake(str(lake)))
    assert (o["articles"], o["stories"], o["duplicates"], o["outlets"]) == (5, 3, 2, 2)
    assert (o["events"], o["unique_events"], o["rejects"]) == (4, 3, 3)
    assert (o["first_date"], o["last_date"]) == (dt.date(2024, 5, 1), dt.date(2024, 5, 3))
    assert o["last_run"]["run_id"] == "run-3"  # the reject at 05-03 12:00 is the newest row
    assert o["notes"] == []


def test_partition_filter_and_types(lake: Path) -> None:
    opened = rq.open_lake(str(lake), since=dt.date(2024, 5, 2), until=dt.date(2024, 5, 2))
    assert opened.one("SELECT typeof(date) FROM articles LIMIT 1")[0] == "DATE"
    o = rq.overview(opened)
    assert (o["articles"], o["stories"], o["events"], o["rejects"]) == (2, 1, 2, 0)
    # a duplicate's first article may lie before --since: the origin still resolves
    assert rq.syndication_pairs(opened) == [("masrawy", "ahram", 1)]


def test_articles_per_day_and_names(lake: Path) -> None:
    opened = rq.open_lake(str(lake))
    assert rq.articles_per_day(opened) == [
        (dt.date(2024, 5, 1), "ahram", 1), (dt.date(2024, 5, 1), "masrawy", 1),
        (dt.date(2024, 5, 2), "ahram", 1), (dt.date(2024, 5, 2), "masrawy", 1),
        (dt.date(2024, 5, 3), "ahram", 1)]
    assert rq.source_names(opened) == {"ahram": AHRAM, "masrawy": MASRAWY}


def test_freshness_flags_failing_and_stale(lake: Path) -> None:
    opened = rq.open_lake(str(lake))
    rows = {r["source"]: r for r in rq.freshness(opened, t(3, 21), stale_hours=24)}
    assert rows["masrawy"]["status"] == "failing"  # rejects at 05-03 after its 05-02 fetch
    assert rows["masrawy"]["last_error"] == "fetch/timeout"
    assert rows["ahram"]["status"] == "ok"
    assert rows["ahram"]["hours_since"] == pytest.approx(12.0)
    assert rows["ahram"]["articles"] == 3
    later = {r["source"]: r for r in rq.freshness(opened, t(5, 10), stale_hours=24)}
    assert later["ahram"]["status"] == "stale"


def test_rejects_by_kind_and_examples(lake: Path) -> None:
    opened = rq.open_lake(str(lake))
    assert rq.rejects_by_kind(opened) == [
        ("masrawy", "fetch", "timeout", 2), ("ahram", "parse", "bad_date", 1)]
    ex = rq.reject_examples(opened, per_kind=1)
    assert [(e["stage"], e["error"], e["count"]) for e in ex] == [
        ("fetch", "timeout", 2), ("parse", "bad_date", 1)]
    assert ex[1]["message"] == "cannot parse date 'أمس'"


def test_syndication(lake: Path) -> None:
    opened = rq.open_lake(str(lake))
    assert rq.stories_per_day(opened) == [
        (dt.date(2024, 5, 1), 2, 1), (dt.date(2024, 5, 2), 2, 1), (dt.date(2024, 5, 3), 1, 1)]
    assert rq.syndication_pairs(opened) == [("ahram", "masrawy", 1), ("masrawy", "ahram", 1)]


def test_events_queries(lake: Path) -> None:
    opened = rq.open_lake(str(lake))
    assert rq.events_per_day(opened) == [
        (dt.date(2024, 5, 1), "MEET", "reported", 2), (dt.date(2024, 5, 2), "CALL", "planned", 1),
        (dt.date(2024, 5, 2), "VISIT", "cancelled", 1)]
    # e1 and e2 are one clustered event with actors in either order: one pair, counted once
    assert rq.actor_pairs(opened) == sorted([
        (min(ACTOR_A, ACTOR_B), max(ACTOR_A, ACTOR_B), 1),
        (min(ACTOR_A, ACTOR_C), max(ACTOR_A, ACTOR_C), 1)])
    recent = rq.recent_events(opened, limit=2)
    assert [r["event_date"] for r in recent] == [dt.date(2024, 5, 3), dt.date(2024, 5, 2)]
    assert recent[1]["trigger"] == "اتصالاً هاتفياً"


def test_week_buckets_for_long_ranges(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    for day in ("2024-01-01", "2024-01-03", "2024-06-30"):
        d = dt.date.fromisoformat(day)
        row = article(f"a{d.toordinal()}", "ahram", 1, None)
        write(root, "articles", day, [row], ARTICLES_SCHEMA)
    opened = rq.open_lake(str(root))
    assert rq.bucket_name(opened, "articles") == "week"
    assert rq.articles_per_day(opened) == [
        (dt.date(2024, 1, 1), "ahram", 2), (dt.date(2024, 6, 24), "ahram", 1)]


def test_old_schema_without_story_ids_or_events(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    old = pa.schema([f for f in ARTICLES_SCHEMA
                     if f.name not in ("story_id", "duplicate_of", "dup_kind")])
    write(root, "articles", "2024-05-01", [article("a1", "ahram", 1, None)], old)
    write(root, "articles", "2024-05-02", [article("a2", "ahram", 2, None)], old)
    data = rq.collect(rq.open_lake(str(root)), t(3), 24)
    o = data["overview"]
    assert o["articles"] == 2 and o["stories"] is None and o["events"] is None
    assert data["syndication"] is None and data["events"] is None
    assert any("before deduplication" in n for n in o["notes"])
    assert any("no events dataset" in n for n in o["notes"])


def test_mixed_schema_versions_union_by_name(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    old = pa.schema([f for f in ARTICLES_SCHEMA
                     if f.name not in ("story_id", "duplicate_of", "dup_kind")])
    write(root, "articles", "2024-05-01", [article("a1", "ahram", 1, None)], old)
    write(root, "articles", "2024-05-02", [article("a2", "ahram", 2, "a1", "a1", "exact"),
                                           article("a3", "ahram", 2, "a3")], ARTICLES_SCHEMA)
    o = rq.overview(rq.open_lake(str(root)))
    assert (o["articles"], o["stories"], o["duplicates"]) == (3, 2, 1)


def test_old_events_schema_is_reported_not_raised(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    write(root, "articles", "2024-05-01", [article("a1", "ahram", 1, "a1")], ARTICLES_SCHEMA)
    old_events = pa.schema([("event_id", pa.string()), ("event_type", pa.string())])
    write(root, "events", "2024-05-01", [{"event_id": "e1", "event_type": "MEET"}], old_events)
    data = rq.collect(rq.open_lake(str(root)), t(3), 24)
    assert data["events"] is None
    assert data["overview"]["events"] == 1 and data["overview"]["unique_events"] is None
    assert any("older schema" in n and "actor1_name" in n for n in data["overview"]["notes"])


def test_only_rejects(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    write(root, "rejects", "2024-05-03", [reject("ahram", "feed", "http_status", t(3), "404")],
          REJECTS_SCHEMA)
    data = rq.collect(rq.open_lake(str(root)), t(3, 12), 24)
    assert data["overview"]["articles"] is None and data["overview"]["rejects"] == 1
    assert data["articles"] is None
    assert [r["status"] for r in data["freshness"]] == ["failing"]


def test_empty_lake_directory(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    (root / "articles").mkdir(parents=True)
    data = rq.collect(rq.open_lake(str(root)), t(3), 24)
    assert data["overview"]["articles"] is None and data["articles"] is None


@pytest.mark.parametrize("kind", ["missing", "file", "other_dir"])
def test_not_a_lake(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x"
    if kind == "file":
        path.write_text("hello")
    elif kind == "other_dir":
        path.mkdir()
        (path / "notes.txt").write_text("not a lake")
    with pytest.raises(rq.NotALakeError):
        rq.open_lake(str(path))


def test_uri_lake_read_through_pyarrow_fs(lake: Path) -> None:
    """The s3:// / gs:// path (pyarrow.fs listing + registered datasets), exercised on file://."""
    local = rq.overview(rq.open_lake(str(lake)))
    remote_lake = rq.open_lake(lake.as_uri(), since=dt.date(2024, 5, 1))
    remote = rq.overview(remote_lake)
    for key in ("articles", "stories", "duplicates", "events", "unique_events", "rejects"):
        assert remote[key] == local[key], key
    assert rq.syndication_pairs(remote_lake) == [("ahram", "masrawy", 1), ("masrawy", "ahram", 1)]
    with pytest.raises(rq.NotALakeError):
        rq.open_lake((lake / "nothing-here").as_uri())


@pytest.mark.parametrize("rel,ok", [
    ("date=2024-05-01/part-0.parquet", True), ("date=2024-05-01/.part-0.parquet", False),
    ("date=2024-05-01/_tmp.parquet", False), ("_staging/date=x/part.parquet", False),
    ("date=2024-05-01/part-0.json", False)])
def test_is_data_file(rel: str, ok: bool) -> None:
    assert rq.is_data_file(rel) is ok
