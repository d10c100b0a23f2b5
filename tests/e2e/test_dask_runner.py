"""Beam's DaskRunner on a real dask.distributed cluster (a scheduler and two worker processes of
two threads each, talking over TCP on 127.0.0.1): `akhbar run --runner DaskRunner` on the
embedded sample writes the same lake as the default runner; `akhbar stream` refuses it."""

import pytest

from tests.support.runs import akhbar, dask_cluster, lake_rows, summary_value

COMPARED = [("articles", "article_id"), ("signatures", "article_id"), ("events", "event_id"),
            ("rejects", "url"), ("state/feeds", "feed_url")]


@pytest.fixture(scope="module")
def lakes(tmp_path_factory, request):
    dask = tmp_path_factory.mktemp("dask")
    with dask_cluster(workers=2, threads=2) as address:
        dask_args = ["--runner", "DaskRunner", "--dask_client_address", address]
        first = akhbar("run", "--output", str(dask), *dask_args)
        again = akhbar("run", "--output", str(dask), *dask_args)
    # a first run and a re-run on the default runner's side too: the session's shared runs
    # (conftest.py), asked for after the Dask runs so another worker can make them meanwhile
    default = request.getfixturevalue("sample_runs").lake
    return {"default": default, "dask": dask, "first": first.stdout, "again": again.stdout}


@pytest.mark.parametrize("dataset,key", COMPARED)
def test_the_dask_lake_equals_the_default_runners(lakes, dataset, key):
    expected = lake_rows(lakes["default"], dataset, key)
    got = lake_rows(lakes["dask"], dataset, key)
    assert expected, f"no {dataset} written"
    assert [r[key] for r in got] == [r[key] for r in expected]
    assert got == expected


def test_ids_bodies_stories_and_event_clusters_match(lakes):
    def pick(lake, dataset, key, cols):
        return [tuple(r[c] for c in cols) for r in lake_rows(lake, dataset, key)]

    for lake in ("default", "dask"):
        articles = pick(lakes[lake], "articles", "article_id",
                        ["article_id", "body", "story_id", "dup_kind"])
        assert len(articles) >= 25 and all(body for _, body, _, _ in articles)
        assert any(kind == "near" for *_, kind in articles)  # the sample's syndicated copy
        events = pick(lakes[lake], "events", "event_id", ["event_id", "event_cluster_id"])
        assert len({c for _, c in events}) < len(events)  # some reports joined one event
    for dataset, key, cols in (
            ("articles", "article_id", ["article_id", "body", "story_id"]),
            ("events", "event_id", ["event_id", "event_cluster_id"])):
        assert (pick(lakes["dask"], dataset, key, cols)
                == pick(lakes["default"], dataset, key, cols))


def test_the_dask_runs_summary_is_counted_from_the_lake(lakes):
    assert summary_value(lakes["first"], "feeds polled") == 4
    assert summary_value(lakes["first"], "articles written") >= 25
    assert summary_value(lakes["first"], "events written") > 0
    assert "fetch.http_status" in lakes["first"]
    assert summary_value(lakes["again"], "articles written") == 0  # the lake is the state
    assert summary_value(lakes["again"], "events written") == 0


def test_stream_refuses_the_dask_runner_at_once():
    proc = akhbar("stream", "--runner", "DaskRunner", "--max-polls", "1", check=False,
                  timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "batch" in lines[0] and "DaskRunner" in lines[0], proc.stderr
