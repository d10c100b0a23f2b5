"""End to end: `akhbar run` on the embedded sample, read back with pyarrow.dataset and DuckDB."""

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from configs import CONFIG_DIR
from pipeline.text.urls import article_id, canonicalize_url
from schemas.articles import ARTICLES_SCHEMA
from tests.support.runs import REPO, akhbar, data_files, lake_rows, summary_value

SEED_PAGES = json.loads((CONFIG_DIR / "sample" / "seeds.json").read_text(encoding="utf-8"))
CASES = json.loads((CONFIG_DIR / "sample" / "cases.json").read_text(encoding="utf-8"))
PARTITION = ds.partitioning(pa.schema([("date", pa.string())]), flavor="hive")

# Lines of the seed documents that `akhbar show` leaves out on purpose: page chrome and the
# doubled scraped label, which the cleaner rewrites to one `المصدر:` line.
CLEANED_LINES = {
    "001_e48f0d05829a43d8": {
        "المصدر : وكالة سواالمصدر: وكالة سوا الإخبارية": "المصدر: وكالة سوا الإخبارية",
        "إعلان": None,
    },
    "002_72a1dd8a2810edba": {"تابع أحدث الأخبار عبر تطبيق": None},
}


@pytest.fixture(scope="module")
def lake(sample_runs):
    """A first run and a second run into one lake (the session's shared runs: conftest.py)."""
    return {"path": sample_runs.lake, "first": sample_runs.first.stdout,
            "second": sample_runs.second.stdout,
            "files_after_first": sample_runs.files_after_first}


def articles(lake_path: Path) -> list[dict]:
    data = ds.dataset(lake_path / "articles", format="parquet", partitioning=PARTITION)
    return data.to_table().to_pylist()


def test_first_run_summary_counts_what_happened(lake):
    out = lake["first"]
    assert summary_value(out, "feeds polled") == 4
    assert summary_value(out, "entries seen") >= 28
    assert summary_value(out, "pages fetched") >= 26
    assert summary_value(out, "articles written") >= 25
    assert "fetch.http_status" in out and "feed.no_link" in out
    assert "elapsed seconds" in out


def test_lake_layout_is_hive_partitioned_by_publication_date(lake):
    for path in data_files(lake["path"] / "articles"):
        assert re.fullmatch(r"date=\d{4}-\d{2}-\d{2}", path.parent.name)
    rows = articles(lake["path"])
    for row in rows:
        if row["published_at"] is not None:
            assert row["date"] == row["published_at"].strftime("%Y-%m-%d")
    assert not list(lake["path"].rglob(".tmp-*"))


def test_articles_match_the_schema_and_ids_are_unique(lake):
    data = ds.dataset(lake["path"] / "articles", format="parquet", partitioning=PARTITION)
    for field in ARTICLES_SCHEMA:
        assert data.schema.field(field.name).type == field.type, field.name
    rows = data.to_table().to_pylist()
    ids = [r["article_id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert row["article_id"] == article_id(row["canonical_url"])
        assert row["body"] and "\n\n" not in row["body"]
        assert "إعلان" not in row["body"].split("\n")
        assert row["language"] == "ar"


def test_tracking_parameter_copy_is_one_row(lake):
    rows = articles(lake["path"])
    canon = {canonicalize_url(r["url"]) for r in rows}
    assert len(canon) == len(rows)
    assert not any("utm_" in r["canonical_url"] for r in rows)


def test_rejects_record_the_404_and_the_malformed_item(lake):
    data = ds.dataset(lake["path"] / "rejects", format="parquet", partitioning=PARTITION)
    rows = data.to_table().to_pylist()
    kinds = {(r["stage"], r["error"]) for r in rows}
    assert ("fetch", "http_status") in kinds
    assert any(r["stage"] == "feed" for r in rows)
    for r in rows:
        assert r["message"] and r["source"] and r["at"] is not None


def test_duckdb_reads_the_lake_as_is(lake):
    glob = str(lake["path"] / "articles" / "*" / "*.parquet")
    con = duckdb.connect()
    n, outlets, first_day = con.execute(
        "SELECT count(*), count(DISTINCT source), min(date) FROM read_parquet(?, "
        "hive_partitioning = true, hive_types = {'date': DATE})", [glob]).fetchone()
    assert n == len(articles(lake["path"]))
    assert outlets == 4
    assert str(first_day) == "2023-10-13"


def test_second_run_fetches_nothing_and_writes_no_row(lake):
    out = lake["second"]
    assert summary_value(out, "pages fetched") == 0
    assert summary_value(out, "articles written") == 0
    assert summary_value(out, "entries new") == 0
    assert (data_files(lake["path"] / "articles") + data_files(lake["path"] / "rejects")
            == lake["files_after_first"])


@pytest.mark.parametrize("seed_id", sorted(SEED_PAGES))
def test_show_prints_each_seed_document(lake, seed_id, seed_texts):
    rows = {r["url"]: r for r in articles(lake["path"])}
    row = rows[SEED_PAGES[seed_id]]
    shown = akhbar("show", row["article_id"], "--lake", str(lake["path"])).stdout

    def norm(text):
        return [re.sub(r"\s+", " ", x).strip() for x in text.splitlines() if x.strip()]

    expected = []
    for line in norm(seed_texts[seed_id]):
        replacement = CLEANED_LINES.get(seed_id, {}).get(line, line)
        if replacement:
            expected.append(replacement)
    if seed_id == "000_33eb1082ec64cdfa":  # «المزيد» after the tags is a UI link, not a tag
        expected = [x.removesuffix(" المزيد") for x in expected]
    shown_lines = norm(shown)
    assert shown_lines == expected


def test_a_run_exits_after_its_exit_handlers_ran(tmp_path):
    """The command skips the interpreter's teardown, not the clean-ups: multiprocessing removes
    its temporary directory (the extraction pool's socket) and the summary is all printed."""
    import tempfile

    from pipeline.runtime.pool import forkserver_fits

    tmp = Path(tempfile.mkdtemp(prefix="ak-", dir="/tmp"))  # short: the fork server is used
    assert forkserver_fits(str(tmp))
    try:
        proc = akhbar("run", "--output", str(tmp_path / "lake"),
                      env={**os.environ, "TMPDIR": str(tmp)})
        assert proc.stdout.rstrip().splitlines()[-1].lstrip().startswith("elapsed seconds")
        assert summary_value(proc.stdout, "articles written") >= 25
        assert list(tmp.iterdir()) == []
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_a_run_under_a_temporary_directory_too_long_for_a_socket_still_runs(tmp_path):
    """A TMPDIR whose fork-server socket path would pass the 107-byte limit ("AF_UNIX path too
    long") gets a spawned pool instead: the run writes what a run writes."""
    from pipeline.runtime.pool import forkserver_fits

    tmp = tmp_path / ("t" * 80)
    tmp.mkdir()
    assert not forkserver_fits(str(tmp))
    proc = akhbar("run", "--output", str(tmp_path / "lake"),
                  env={**os.environ, "TMPDIR": str(tmp)})
    assert summary_value(proc.stdout, "articles written") >= 25
    assert summary_value(proc.stdout, "rejects written") >= 1


def test_bad_config_is_one_line_naming_the_key(tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text("feeds: []\nnetwork:\n  timeout_seconds: 3\n", encoding="utf-8")
    proc = akhbar("run", "--config", str(config), "--output", str(tmp_path / "lake"), check=False)
    assert proc.returncode == 2
    lines = [x for x in proc.stderr.splitlines() if x.strip() and "apitools" not in x]
    assert len(lines) == 1 and "network.timeout_seconds" in lines[0]


def test_syndicated_story_is_marked_and_seed_events_are_not(lake):
    rows = {r["url"]: r for r in articles(lake["path"])}
    first, copy = sorted((rows[u] for u in CASES["syndicated"]), key=lambda r: r["published_at"])
    assert copy["story_id"] == first["story_id"] == first["article_id"]
    assert copy["duplicate_of"] == first["article_id"] and copy["dup_kind"] == "near"
    assert first["duplicate_of"] is None and first["dup_kind"] is None
    # the four Qatar–US seed articles are different events with the same vocabulary
    seeds = [rows[SEED_PAGES[s]] for s in sorted(SEED_PAGES)[1:]]
    assert len({r["story_id"] for r in seeds}) == 4
    assert all(r["duplicate_of"] is None for r in seeds)
    # two independent reports of one call are two stories (event-level dedup joins them)
    assert len({rows[u]["story_id"] for u in CASES["same_event"]}) == 2
    assert sum(r["duplicate_of"] is not None for r in rows.values()) == 1


def test_events_are_written_for_the_sample(lake):
    data = ds.dataset(lake["path"] / "events", format="parquet", partitioning=PARTITION)
    rows = data.to_table().to_pylist()
    assert len(rows) >= 20
    ids = {r["article_id"] for r in articles(lake["path"])}
    assert {r["article_id"] for r in rows} <= ids
    assert len({r["event_id"] for r in rows}) == len(rows)
    call = [r for r in rows if r["event_type"] == "CALL"
            and {r["actor1_country"], r["actor2_country"]} == {"QAT", "USA"}
            and r["event_date"] is not None and str(r["event_date"]) == "2024-07-24"]
    assert call, "seed 001's Qatar–US phone call of 24 July 2024"


def test_two_runs_started_together_finish_with_the_same_rows(tmp_path):
    """Each run serves the embedded sample on its own free port: neither waits for the other,
    and the sample's URLs (so its ids) do not depend on the port."""
    lakes = [tmp_path / "one", tmp_path / "two"]
    start = time.monotonic()
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", "--output", str(lake)],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for lake in lakes]
    outs = [proc.communicate(timeout=300) for proc in procs]
    elapsed = time.monotonic() - start
    assert [proc.returncode for proc in procs] == [0, 0], [err[-2000:] for _, err in outs]
    assert elapsed < 60, elapsed
    for dataset, key in (("articles", "article_id"), ("signatures", "article_id"),
                         ("events", "event_id"), ("rejects", "url")):
        one, two = (lake_rows(lake, dataset, key) for lake in lakes)
        assert one and one == two, dataset
