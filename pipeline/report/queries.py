"""Aggregate a Hive-partitioned akhbar lake for the report with DuckDB, returning plain values.

Every query aggregates inside DuckDB (rows never all come into Python); nothing here renders HTML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

DATASETS = ("articles", "rejects", "events")
RUNS_DATASET = "state/runs"
REMOTE_SCHEMES = ("s3://", "gs://", "gcs://", "file://")  # read through pyarrow.fs
ONE_ROW_PER = {"articles": "article_id", "events": "event_id"}
EVENT_TYPES = ("MEET", "CALL", "VISIT", "NEGOTIATE", "MEDIATE", "PRESS_CONFERENCE")
EVENT_STATUSES = ("reported", "planned", "cancelled")
MAX_DAYS_PER_BAR = 92  # above this many days, charts bucket by ISO week instead of by day


class NotALakeError(ValueError):
    """The path is not an akhbar lake; str() is one line."""


@dataclass(frozen=True)
class Dataset:
    name: str
    files: tuple[str, ...]
    columns: frozenset[str]


@dataclass
class Lake:
    """The datasets found under one lake root and a DuckDB connection with a view per dataset."""

    root: str
    con: duckdb.DuckDBPyConnection
    datasets: dict[str, Dataset] = field(default_factory=dict)
    damaged: list[tuple[str, str]] = field(default_factory=list)  # (file, why), left out

    def has(self, name: str, *columns: str) -> bool:
        ds = self.datasets.get(name)
        return ds is not None and all(c in ds.columns for c in columns)

    def missing(self, name: str, *columns: str) -> list[str]:
        ds = self.datasets.get(name)
        return [c for c in columns if ds is None or c not in ds.columns]

    def rows(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        return self.con.execute(sql, params or []).fetchall()

    def one(self, sql: str, params: list[Any] | None = None) -> tuple:
        return self.con.execute(sql, params or []).fetchone()


def is_remote(root: str) -> bool:
    return root.startswith(REMOTE_SCHEMES)


def is_data_file(relative: str) -> bool:
    """True for a Parquet data file; any path part starting with `.` or `_` marks non-data."""
    parts = [p for p in relative.replace("\\", "/").split("/") if p]
    return bool(parts) and parts[-1].endswith(".parquet") and not any(
        p.startswith((".", "_")) for p in parts
    )


def _list_local(root: Path, dataset: str) -> list[str]:
    base = root / dataset
    if not base.is_dir():
        return []
    return sorted(
        str(p) for p in base.rglob("*.parquet")
        if p.is_file() and is_data_file(str(p.relative_to(base)))
    )


def _list_remote(root: str, dataset: str) -> tuple[Any, str, list[str]]:
    """(pyarrow filesystem, dataset base path, data files) for a URI lake (s3://, gs://, file://)."""
    fs, lake_path = pafs.FileSystem.from_uri(root)  # options stay in the URI's query string
    base = lake_path.rstrip("/") + "/" + dataset
    info = fs.get_file_info(base)
    if info.type != pafs.FileType.Directory:
        return fs, base, []
    found = fs.get_file_info(pafs.FileSelector(base, recursive=True))
    files = [f.path for f in found if f.type == pafs.FileType.File
             and is_data_file(f.path[len(base):])]
    return fs, base, sorted(files)


def _register_remote(con: duckdb.DuckDBPyConnection, name: str, fs: Any, base: str,
                     files: list[str], hive: bool) -> str:
    """Register the files as one pyarrow dataset (schemas unified by name); return its name."""
    schema = pa.unify_schemas([pq.read_schema(f, filesystem=fs) for f in files])
    part = None
    if hive:
        part = ds.partitioning(pa.schema([("date", pa.date32())]), flavor="hive")
        schema = pa.unify_schemas([schema, pa.schema([("date", pa.date32())])])
    dataset = ds.dataset(files, schema=schema, format="parquet", filesystem=fs,
                         partitioning=part, partition_base_dir=base)
    src = f"{name}_src"
    con.register(src, dataset)
    return src


def _readable(fs: Any, files: list[str], damaged: list[tuple[str, str]]) -> list[str]:
    """The files that are whole Parquet files; the others go to `damaged` as (file, why)."""
    from pipeline.lake.repair import damage

    good = []
    for info in fs.get_file_info(files):
        why = damage(fs, info)
        if why:
            damaged.append((info.path, why))
        else:
            good.append(info.path)
    return good


def _sql_list(files: tuple[str, ...]) -> str:
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"


def _reader(files: tuple[str, ...], hive: bool) -> str:
    opts = "hive_partitioning=1, hive_types={'date': DATE}" if hive else "hive_partitioning=0"
    return f"read_parquet({_sql_list(files)}, {opts}, union_by_name=1)"


def open_lake(root: str, since: dt.date | None = None, until: dt.date | None = None) -> Lake:
    """Find the datasets under `root` and define one DuckDB view each, filtered to [since, until].

    `<name>_all` views stay unfiltered (a duplicate's first article may predate `since`).
    Raises NotALakeError when `root` is missing, a file, or a directory holding no lake dataset.
    """
    con = duckdb.connect()
    con.execute("SET TimeZone='UTC'")
    remote: dict[str, tuple[Any, str]] = {}
    if is_remote(root):
        listing = {}
        try:
            for name in (*DATASETS, RUNS_DATASET):
                fs, base, listing[name] = _list_remote(root, name)
                remote[name] = (fs, base)
        except (OSError, pa.ArrowInvalid) as e:
            raise NotALakeError(f"cannot open lake {root}: {str(e).splitlines()[0]}") from None
        if not any(listing.values()):
            raise NotALakeError(f"not an akhbar lake (no Parquet datasets found): {root}")
    else:
        path = Path(root)
        if not path.exists():
            raise NotALakeError(f"lake directory does not exist: {root}")
        if not path.is_dir():
            raise NotALakeError(f"not a lake directory (it is a file): {root}")
        known = {*DATASETS, "state", "signatures"}
        entries = [p.name for p in path.iterdir() if not p.name.startswith((".", "_"))]
        if entries and not known & set(entries):
            raise NotALakeError(
                f"not an akhbar lake (no articles/, rejects/ or events/ inside): {root}")
        listing = {name: _list_local(path, name) for name in (*DATASETS, RUNS_DATASET)}
    lake = Lake(root=root, con=con)
    for name, files in listing.items():
        fs = remote[name][0] if name in remote else pafs.LocalFileSystem()
        files = _readable(fs, files, lake.damaged)
        if not files:
            continue
        hive = name in DATASETS
        view = name.replace("/", "_")
        if name in remote:
            reader = _register_remote(con, view, *remote[name], files, hive)
        else:
            reader = _reader(tuple(files), hive)
        con.execute(f"CREATE VIEW {view}_all AS SELECT * FROM {reader}")
        one_per_id = ONE_ROW_PER.get(name)
        present = {r[0] for r in con.execute(f"DESCRIBE {view}_all").fetchall()}
        if one_per_id in present and "run_id" in present:
            # duplicate ids (two runs before the lake had a lock) count once
            con.execute(f"CREATE OR REPLACE VIEW {view}_all AS SELECT * FROM {reader} QUALIFY "
                        f"row_number() OVER (PARTITION BY {one_per_id} ORDER BY run_id) = 1")
        conds = []
        if hive and since:
            conds.append(f"date >= DATE '{since.isoformat()}'")
        if hive and until:
            conds.append(f"date <= DATE '{until.isoformat()}'")
        where = (" WHERE " + " AND ".join(conds)) if conds else ""
        con.execute(f"CREATE VIEW {view} AS SELECT * FROM {view}_all{where}")
        cols = frozenset(r[0] for r in con.execute(f"DESCRIBE {view}_all").fetchall())
        lake.datasets[name] = Dataset(name=name, files=tuple(files), columns=cols)
    return lake


# ---------------------------------------------------------------- overview


def _non_null(lake: Lake, view: str, column: str) -> bool:
    return lake.one(f"SELECT count({column}) > 0 FROM {view}")[0]


def overview(lake: Lake) -> dict[str, Any]:
    """Headline counts; a value is None when its data is absent or predates the column."""
    out: dict[str, Any] = {
        "articles": None, "stories": None, "duplicates": None, "events": None,
        "unique_events": None, "rejects": None, "outlets": None, "first_date": None,
        "last_date": None, "last_run": None, "notes": [],
    }
    dates: list[dt.date] = []
    if lake.has("articles"):
        n, outlets, first, last = lake.one(
            "SELECT count(*), count(DISTINCT source), min(date), max(date) FROM articles")
        out.update(articles=n, outlets=outlets)
        dates += [d for d in (first, last) if d]
        if lake.has("articles", "story_id") and _non_null(lake, "articles_all", "story_id"):
            stories, dups = lake.one(
                "SELECT count(DISTINCT coalesce(story_id, article_id)), "
                "count(duplicate_of) FROM articles")
            out.update(stories=stories, duplicates=dups)
        else:
            out["notes"].append(
                "Articles carry no story ids (written before deduplication): "
                "unique stories and syndication are not available.")
    if lake.has("events"):
        n, first, last = lake.one("SELECT count(*), min(date), max(date) FROM events")
        out["events"] = n
        dates += [d for d in (first, last) if d]
        if lake.has("events", "event_cluster_id"):
            out["unique_events"] = lake.one(
                "SELECT count(DISTINCT coalesce(event_cluster_id, event_id)) FROM events")[0]
    elif lake.has("articles"):
        out["notes"].append("This lake has no events dataset (written before event extraction).")
    if lake.has("rejects"):
        n, first, last = lake.one("SELECT count(*), min(date), max(date) FROM rejects")
        out["rejects"] = n
        dates += [d for d in (first, last) if d]
    if dates:
        out["first_date"], out["last_date"] = min(dates), max(dates)
    out["last_run"] = last_run(lake)
    return out


def last_run(lake: Lake) -> dict[str, Any] | None:
    """The newest run: from `state/runs` when present, else the newest fetch or reject time."""
    if lake.has(RUNS_DATASET, "run_id", "started_at", "finished_at"):
        row = lake.one("SELECT run_id, started_at, finished_at FROM state_runs_all "
                       "ORDER BY coalesce(finished_at, started_at) DESC NULLS LAST LIMIT 1")
        if row:
            return {"run_id": row[0], "started_at": row[1], "finished_at": row[2],
                    "from": "state/runs"}
    parts = []
    if lake.has("articles", "run_id", "fetched_at"):
        parts.append("SELECT run_id, fetched_at AS t FROM articles_all")
    if lake.has("rejects", "run_id", "at"):
        parts.append("SELECT run_id, \"at\" AS t FROM rejects_all")
    if not parts:
        return None
    row = lake.one(
        f"SELECT run_id, min(t), max(t) FROM ({' UNION ALL '.join(parts)}) "
        "WHERE run_id = (SELECT arg_max(run_id, t) FROM "
        f"({' UNION ALL '.join(parts)})) GROUP BY run_id")
    if not row:
        return None
    return {"run_id": row[0], "started_at": row[1], "finished_at": row[2], "from": "rows"}


# ---------------------------------------------------------------- time buckets


def bucket(lake: Lake, view: str) -> str:
    """SQL expression of the chart bucket: the partition day, or its ISO week for long ranges."""
    first, last = lake.one(f"SELECT min(date), max(date) FROM {view}")
    if first and last and (last - first).days > MAX_DAYS_PER_BAR:
        return "CAST(date_trunc('week', date) AS DATE)"
    return "date"


def bucket_name(lake: Lake, view: str) -> str:
    return "week" if bucket(lake, view) != "date" else "day"


# ---------------------------------------------------------------- articles


def articles_per_day(lake: Lake) -> list[tuple[dt.date, str, int]]:
    """(day or week, source, articles) sorted by day then source."""
    b = bucket(lake, "articles")
    return lake.rows(
        f"SELECT {b} AS d, source, count(*) FROM articles GROUP BY ALL ORDER BY d, source")


def recent_articles(lake: Lake, limit: int = 30) -> list[dict[str, Any]]:
    """The newest articles (by publication time) with title and duplicate kind."""
    wanted = ("published_at", "source", "title", "dup_kind")
    cols = ", ".join(c if lake.has("articles", c) else f"NULL AS {c}" for c in wanted)
    order = "published_at DESC NULLS LAST, " if lake.has("articles", "published_at") else ""
    rows = lake.rows(
        f"SELECT date, {cols} FROM articles ORDER BY {order}date DESC, article_id LIMIT ?",
        [limit])
    return [dict(zip(("date", *wanted), r, strict=True)) for r in rows]


def source_names(lake: Lake) -> dict[str, str]:
    """source id → human name (from articles' source_name when present)."""
    if not lake.has("articles", "source_name"):
        return {}
    return dict(lake.rows(
        "SELECT source, any_value(source_name) FROM articles_all "
        "WHERE source_name IS NOT NULL GROUP BY source"))


def freshness(lake: Lake, now: dt.datetime, stale_hours: float) -> list[dict[str, Any]]:
    """One row per feed: newest article, hours since, recent failures and a status.

    status: "failing" when the feed's newest reject is newer than its newest article (or it has
    no article), "stale" when its newest article is older than `stale_hours`, else "ok".
    """
    feeds: dict[tuple[str, str], dict[str, Any]] = {}
    if lake.has("articles", "feed_url", "published_at", "fetched_at"):
        for feed, source, n, newest_pub, newest_fetch in lake.rows(
                "SELECT feed_url, source, count(*), max(published_at), max(fetched_at) "
                "FROM articles GROUP BY ALL"):
            feeds[(feed, source)] = {
                "feed_url": feed, "source": source, "articles": n, "newest_published": newest_pub,
                "newest_fetched": newest_fetch, "rejects": 0, "last_reject_at": None,
                "last_error": None}
    if lake.has("rejects", "feed_url", "at", "error"):
        for feed, source, n, last_at, last_error, last_stage in lake.rows(
                "SELECT feed_url, source, count(*), max(\"at\"), arg_max(error, \"at\"), "
                "arg_max(stage, \"at\") FROM rejects WHERE feed_url IS NOT NULL GROUP BY ALL"):
            row = feeds.setdefault((feed, source), {
                "feed_url": feed, "source": source, "articles": 0, "newest_published": None,
                "newest_fetched": None})
            row.update(rejects=n, last_reject_at=last_at,
                       last_error=f"{last_stage}/{last_error}")
    out = []
    for row in feeds.values():
        newest = row["newest_published"] or row["newest_fetched"]
        row["hours_since"] = (now - newest).total_seconds() / 3600 if newest else None
        failing = row["last_reject_at"] is not None and (
            row["newest_fetched"] is None or row["last_reject_at"] > row["newest_fetched"])
        stale = row["hours_since"] is None or row["hours_since"] > stale_hours
        row["status"] = "failing" if failing else "stale" if stale else "ok"
        out.append(row)
    order = {"failing": 0, "stale": 1, "ok": 2}
    inf = float("inf")
    return sorted(out, key=lambda r: (
        order[r["status"]], -(inf if r["hours_since"] is None else r["hours_since"]),
        r["source"] or "", r["feed_url"] or ""))


# ---------------------------------------------------------------- rejects


def rejects_by_kind(lake: Lake) -> list[tuple[str, str, str, int]]:
    """(source, stage, error, rejects), most first."""
    return lake.rows(
        "SELECT coalesce(source, '?'), coalesce(stage, '?'), coalesce(error, '?'), count(*) AS n "
        "FROM rejects GROUP BY ALL ORDER BY n DESC, 1, 2, 3")


def reject_examples(lake: Lake, per_kind: int = 2, kinds: int = 12) -> list[dict[str, Any]]:
    """A few example messages for the most frequent (stage, error) kinds."""
    rows = lake.rows(
        "WITH k AS (SELECT stage, error, count(*) AS n FROM rejects GROUP BY ALL "
        "  ORDER BY n DESC, stage, error LIMIT ?), "
        "m AS (SELECT r.stage, r.error, r.message, r.url, r.source, r.\"at\", row_number() OVER "
        "  (PARTITION BY r.stage, r.error ORDER BY r.\"at\" DESC, r.url) AS i FROM rejects r "
        "  SEMI JOIN k ON r.stage IS NOT DISTINCT FROM k.stage "
        "  AND r.error IS NOT DISTINCT FROM k.error) "
        "SELECT m.stage, m.error, k.n, m.message, m.url, m.source FROM m JOIN k "
        "ON m.stage IS NOT DISTINCT FROM k.stage AND m.error IS NOT DISTINCT FROM k.error "
        "WHERE i <= ? ORDER BY k.n DESC, m.stage, m.error, i", [kinds, per_kind])
    keys = ("stage", "error", "count", "message", "url", "source")
    return [dict(zip(keys, r, strict=True)) for r in rows]


# ---------------------------------------------------------------- syndication


def stories_per_day(lake: Lake) -> list[tuple[dt.date, int, int]]:
    """(day or week, articles, unique stories)."""
    b = bucket(lake, "articles")
    return lake.rows(
        f"SELECT {b} AS d, count(*), count(DISTINCT coalesce(story_id, article_id)) "
        "FROM articles GROUP BY d ORDER BY d")


def syndication_pairs(lake: Lake, limit: int = 400) -> list[tuple[str, str, int]]:
    """(origin source, carrying source, articles): who republishes whose stories.

    The origin is the source of the story's first article (story_id is its article_id).
    """
    return lake.rows(
        "SELECT o.source AS origin, a.source AS carrier, count(*) AS n FROM articles a "
        "JOIN (SELECT article_id, any_value(source) AS source FROM articles_all GROUP BY 1) o "
        "ON o.article_id = a.story_id WHERE a.story_id IS NOT NULL AND a.article_id <> a.story_id "
        "GROUP BY ALL ORDER BY n DESC, origin, carrier LIMIT ?", [limit])


# ---------------------------------------------------------------- events


def events_per_day(lake: Lake) -> list[tuple[dt.date, str, str, int]]:
    """(day or week, event_type, status, events)."""
    b = bucket(lake, "events")
    return lake.rows(
        f"SELECT {b} AS d, coalesce(event_type, '?'), coalesce(status, '?'), count(*) "
        "FROM events GROUP BY ALL ORDER BY 1, 2, 3")


def events_by_type_status(lake: Lake) -> list[tuple[str, str, int]]:
    return lake.rows(
        "SELECT coalesce(event_type, '?'), coalesce(status, '?'), count(*) FROM events "
        "GROUP BY ALL ORDER BY 1, 2")


def actor_pairs(lake: Lake, limit: int = 15) -> list[tuple[str, str, int]]:
    """Most frequent unordered (actor, actor) pairs, counting unique events."""
    uid = "coalesce(event_cluster_id, event_id)" if lake.has("events", "event_cluster_id") \
        else "event_id"
    return lake.rows(
        "SELECT least(actor1_name, actor2_name) AS a, greatest(actor1_name, actor2_name) AS b, "
        f"count(DISTINCT {uid}) AS n FROM events "
        "WHERE actor1_name IS NOT NULL AND actor2_name IS NOT NULL "
        "AND actor1_name <> actor2_name GROUP BY ALL ORDER BY n DESC, a, b LIMIT ?", [limit])


def recent_events(lake: Lake, limit: int = 15) -> list[dict[str, Any]]:
    """The newest events (by reported day, then event date) with their evidence sentence."""
    wanted = ("event_date", "event_type", "status", "actor1_name", "actor2_name",
              "location_name", "source", "trigger", "evidence", "confidence")
    cols = ", ".join(c if lake.has("events", c) else f"NULL AS {c}" for c in wanted)
    order = "date DESC, event_date DESC NULLS LAST" if lake.has("events", "event_date") \
        else "date DESC"
    rows = lake.rows(
        f"SELECT date, {cols} FROM events ORDER BY {order}, event_id LIMIT ?", [limit])
    return [dict(zip(("date", *wanted), r, strict=True)) for r in rows]


EVENT_COLUMNS_NEEDED = ("event_id", "event_type", "status", "actor1_name", "actor2_name",
                        "evidence", "trigger")


# ---------------------------------------------------------------- everything


def collect(lake: Lake, now: dt.datetime, stale_hours: float) -> dict[str, Any]:
    """All report data as plain values; a section is None when its data does not exist."""
    data: dict[str, Any] = {
        "lake": lake.root, "generated_at": now, "stale_hours": stale_hours,
        "overview": overview(lake), "names": source_names(lake), "articles": None,
        "freshness": None, "rejects": None, "syndication": None, "events": None,
    }
    notes = data["overview"]["notes"]
    if lake.has("articles", "source"):
        data["articles"] = {"unit": bucket_name(lake, "articles"),
                            "per_day": articles_per_day(lake), "recent": recent_articles(lake)}
    if lake.has("articles", "feed_url", "published_at", "fetched_at") or lake.has(
            "rejects", "feed_url", "at", "error"):
        data["freshness"] = freshness(lake, now, stale_hours) or None
    if lake.has("rejects", "source", "stage", "error", "message", "at"):
        data["rejects"] = {"by_kind": rejects_by_kind(lake), "examples": reject_examples(lake)}
    if data["overview"]["stories"] is not None:
        data["syndication"] = {"unit": bucket_name(lake, "articles"),
                               "per_day": stories_per_day(lake),
                               "pairs": syndication_pairs(lake)}
    if lake.has("events"):
        missing = lake.missing("events", *EVENT_COLUMNS_NEEDED)
        if missing:
            notes.append("The events dataset was written by an older schema version and lacks "
                         f"{', '.join(missing)}: the events section is not shown.")
        else:
            data["events"] = {"unit": bucket_name(lake, "events"),
                              "per_day": events_per_day(lake),
                              "type_status": events_by_type_status(lake),
                              "pairs": actor_pairs(lake), "recent": recent_events(lake)}
    return data
