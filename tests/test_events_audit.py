"""The audit's reading sample keeps out the frozen test split and can be kept to some sections."""

import json

from bench.events_audit import listed_ids, pick, sampleable, split_ids
from bench.events_sample import split_of


def test_split_ids_reads_only_the_asked_split(tmp_path):
    path = tmp_path / "labels.jsonl"
    rows = [{"doc_id": "a", "split": "test", "events": []},
            {"doc_id": "b", "split": "train", "events": []},
            {"doc_id": "c", "split": "test", "events": []}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert split_ids("test", path) == {"a", "c"}
    assert split_ids("none", path) == frozenset()
    assert split_ids(None, path) == frozenset()
    assert split_ids("test,train", path) == {"a", "b", "c"}
    assert split_ids(" train , none", path) == {"b"}


def test_listed_ids_reads_one_id_a_line(tmp_path):
    path = tmp_path / "read.txt"
    path.write_text("# read on the first pass\nx1\n\n  x2 \n", encoding="utf-8")
    assert listed_ids(str(path)) == {"x1", "x2"}
    assert listed_ids(None) == frozenset()


def test_sampleable_skips_split_and_other_sections():
    skip = frozenset({"a"})
    assert not sampleable("a", "sport", skip, None)
    assert sampleable("b", "sport", skip, None)
    assert sampleable("b", "sport", skip, frozenset({"sport", "culture"}))
    assert not sampleable("b", "politic", skip, frozenset({"sport", "culture"}))


def test_sampleable_keeps_out_the_test_pool_when_asked():
    ids = [f"doc-{i}" for i in range(200)]
    pooled = [i for i in ids if split_of(i) == "test"]
    others = [i for i in ids if split_of(i) != "test"]
    assert pooled and others
    assert not any(sampleable(i, "sport", frozenset(), None, test_pool=True) for i in pooled)
    assert all(sampleable(i, "sport", frozenset(), None, test_pool=True) for i in others)
    assert all(sampleable(i, "sport", frozenset(), None) for i in pooled)


def test_eval_reports_strict_and_lenient_per_split_and_section():
    from bench.events_eval import evaluate_docs

    actor = {"name": None, "country": "EGY", "org": None, "role": "head_of_state"}
    other = {"name": None, "country": "USA", "org": None, "role": "head_of_state"}
    gold = {"type": "MEET", "status": "reported", "actor1": actor, "actor2": other,
            "date": None, "optional": False}
    docs = [{"doc_id": f"d{k}", "text": str(k), "published": None, "split": split,
             "section": "politic", "stratum": "random", "events": [gold]}
            for k, split in enumerate(("train", "dev"))]

    def extract(text, published=None, part="body", home=None):
        # doc 0: right pair, wrong status (a lenient hit, a strict miss); doc 1: nothing
        if text != "0":
            return []
        return [{"event_type": "MEET", "status": "planned", "event_date": None,
                 **{f"actor1_{k}": v for k, v in actor.items()},
                 **{f"actor2_{k}": v for k, v in other.items()}}]

    report = evaluate_docs(docs, extract=extract)
    train, dev = report["sections"]["split train"], report["sections"]["split dev"]
    assert (train["tp"], train["fp"], train["fn"]) == (0, 1, 1)
    assert train["lenient"]["tp"] == 1 and train["lenient"]["f1"] == 1.0
    assert (dev["tp"], dev["fn"], dev["lenient"]["tp"]) == (0, 1, 0)
    assert report["sections"]["politic"]["lenient"]["tp"] == 1


def test_pick_per_section_takes_from_every_section():
    pool = [(f"p{k}", "politic", {}) for k in range(50)]
    pool += [("s1", "sport", {}), ("s2", "sport", {})]
    rows = pick(pool, 5, seed=3, per_section=3)
    assert [r[1] for r in rows].count("sport") == 2
    assert [r[1] for r in rows].count("politic") == 3
    assert len(pick(pool, 5, seed=3)) == 5
    assert pick(pool, 5, seed=3) == pick(pool, 5, seed=3)
