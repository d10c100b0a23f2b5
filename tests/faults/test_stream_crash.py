"""The crash window: `akhbar stream` (and `akhbar run`) SIGKILLed the moment a file of each dataset
appears, then restarted, holds every article, event and signature of a clean batch run exactly
once (events and signatures are published before the articles they come from, by one writer).
bench/stream_kill.py runs the same cycles ten times per dataset and prints the figures."""

from __future__ import annotations

import importlib.util

from tests.faults.server import REPO

_spec = importlib.util.spec_from_file_location("stream_kill", REPO / "bench" / "stream_kill.py")
stream_kill = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(stream_kill)


def test_stream_killed_at_each_new_file_then_restarted_loses_and_repeats_nothing(tmp_path):
    result = stream_kill.run(tmp_path, ["articles", "events", "signatures"], cycles=1)
    kills = result["kills"]
    assert [k["killed"] for k in kills] == [True, True, True], kills
    assert result["final_returncode"] == 0, result["final_stderr"]
    assert result["batch_returncode"] == 0, result["batch_stderr"]
    for dataset, c in result["compare"].items():
        assert c["expected"] > 0, dataset
        assert (c["lost"], c["duplicated"], c["unexpected"]) == (0, 0, 0), (dataset, c)


def test_batch_killed_at_each_new_file_then_rerun_loses_and_repeats_nothing(tmp_path):
    """The same for `akhbar run`, whose graph publishes articles after their signatures and
    events (side inputs)."""
    result = stream_kill.run(tmp_path, ["signatures", "events", "articles"], cycles=1,
                             mode="run")
    assert [k["killed"] for k in result["kills"]] == [True, True, True], result["kills"]
    assert result["final_returncode"] == 0, result["final_stderr"]
    for dataset, c in result["compare"].items():
        assert c["expected"] > 0, dataset
        assert (c["lost"], c["duplicated"], c["unexpected"]) == (0, 0, 0), (dataset, c)
