"""End to end: the embedded sample through `akhbar run` and through `akhbar stream --max-polls 1`
gives the same events and the same event clusters; a restarted stream writes no event twice,
even when the articles of its events were lost (a stop between the two writes).
"""

import re
import shutil
from pathlib import Path

import pytest

from pipeline.lake.store import open_dataset
from tests.support.runs import akhbar as run_akhbar


def akhbar(*args: str) -> str:
    return run_akhbar(*args).stdout


def counter(stdout: str, label: str) -> int:
    m = re.search(rf"^\s+{re.escape(label)}\s+(\d+)$", stdout, re.M)
    return int(m.group(1)) if m else 0


def events(lake: Path) -> list[dict]:
    data = open_dataset(str(lake), "events")
    assert data is not None, f"no events in {lake}"
    return data.to_table(columns=["event_id", "event_cluster_id", "article_id", "date"]
                         ).to_pylist()


def grouping(rows: list[dict]) -> set[frozenset]:
    clusters: dict[str, set] = {}
    for r in rows:
        clusters.setdefault(r["event_cluster_id"], set()).add(r["event_id"])
    return {frozenset(m) for m in clusters.values()}


@pytest.fixture(scope="module")
def lakes(tmp_path_factory, request):
    root = tmp_path_factory.mktemp("events")
    stream = root / "stream"
    stream_out = akhbar("stream", "--output", str(stream), "--max-polls", "1",
                        "--poll-interval", "1")
    # the batch side is the session's shared first run (conftest.py), asked for after the
    # stream so another worker can make it meanwhile
    batch = request.getfixturevalue("sample_runs")
    out = {"batch_out": batch.first.stdout, "stream_out": stream_out,
           "batch": batch.first_lake, "stream": stream}
    return out


def test_stream_and_batch_give_the_same_events_and_clusters(lakes):
    batch, stream = events(lakes["batch"]), events(lakes["stream"])
    assert len(batch) > 20
    key = sorted((r["event_id"], r["article_id"], str(r["date"])) for r in batch)
    assert sorted((r["event_id"], r["article_id"], str(r["date"])) for r in stream) == key
    assert all(r["event_cluster_id"] for r in stream)
    multi = [g for g in grouping(batch) if len(g) > 1]
    assert multi, "the sample has reports of one event from several outlets"
    assert grouping(stream) == grouping(batch)
    # a cluster is named after one of its reports (the first in ingestion order)
    ids = {r["event_id"] for r in stream}
    assert {r["event_cluster_id"] for r in stream} <= ids
    # the counters agree too
    for label in ("new event clusters", "events joined to clusters"):
        assert counter(lakes["stream_out"], label) == counter(lakes["batch_out"], label)
    assert counter(lakes["stream_out"], "events joined to clusters") == sum(
        len(g) - 1 for g in multi)


def test_restarted_stream_writes_no_event_twice(lakes, tmp_path):
    lake = tmp_path / "stream"
    shutil.copytree(lakes["stream"], lake)
    before = events(lake)
    akhbar("stream", "--output", str(lake), "--max-polls", "1", "--poll-interval", "1")
    assert sorted(map(str, events(lake))) == sorted(map(str, before))
    # the articles are lost (a stop after the events were written): they are fetched again,
    # and their events, already in the lake, are skipped with their cluster ids kept
    shutil.rmtree(lake / "articles")
    out = akhbar("stream", "--output", str(lake), "--max-polls", "1", "--poll-interval", "1")
    assert counter(out, "articles written") == counter(lakes["stream_out"], "articles written")
    after = events(lake)
    assert len({r["event_id"] for r in after}) == len(after) == len(before)
    assert sorted(map(str, after)) == sorted(map(str, before))
