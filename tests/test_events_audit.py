"""The audit's reading sample keeps out the frozen test split and can be kept to some sections."""

import json

from bench.events_audit import sampleable, split_ids


def test_split_ids_reads_only_the_asked_split(tmp_path):
    path = tmp_path / "labels.jsonl"
    rows = [{"doc_id": "a", "split": "test", "events": []},
            {"doc_id": "b", "split": "train", "events": []},
            {"doc_id": "c", "split": "test", "events": []}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert split_ids("test", path) == {"a", "c"}
    assert split_ids("none", path) == frozenset()
    assert split_ids(None, path) == frozenset()


def test_sampleable_skips_split_and_other_sections():
    skip = frozenset({"a"})
    assert not sampleable("a", "sport", skip, None)
    assert sampleable("b", "sport", skip, None)
    assert sampleable("b", "sport", skip, frozenset({"sport", "culture"}))
    assert not sampleable("b", "politic", skip, frozenset({"sport", "culture"}))
