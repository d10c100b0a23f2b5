"""The real-news event labels: well formed, split before tuning, and the test split frozen."""

import json
from collections import Counter
from pathlib import Path

import pytest

from bench import events_real

ROWS = [json.loads(line) for line in events_real.LABELS.read_text(encoding="utf-8").splitlines()
        if line.strip()]
SAMPLE = Path(events_real.LABELS).with_name("sample.jsonl")
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defense_minister",
         "minister", "envoy", "official", "delegation", "organization_head", "group"}


@pytest.mark.parametrize("split, record", [("test", events_real.TEST_SPLIT_SHA256),
                                           ("test2", events_real.TEST2_SPLIT_SHA256),
                                           ("test3", events_real.TEST3_SPLIT_SHA256),
                                           ("test4", events_real.TEST4_SPLIT_SHA256)])
def test_test_splits_are_frozen(split, record):
    recorded = record.read_text().split()[0]
    assert events_real.test_split_digest(split=split) == recorded, \
        f"the frozen {split} split changed: labels of a test split are never edited"


def test_every_sampled_document_is_labelled_once_in_its_split():
    sample = {json.loads(line)["id"]: json.loads(line)
              for line in SAMPLE.read_text().splitlines() if line.strip()}
    ids = [r["doc_id"] for r in ROWS]
    assert len(ids) == len(set(ids)) == len(sample)
    for r in ROWS:
        assert r["split"] == sample[r["doc_id"]]["split"]
    splits = Counter(r["split"] for r in ROWS)
    assert len(ROWS) >= 400 and splits["test"] >= 100
    other = {"sport", "economy", "culture", "society", "localNews"}
    assert sum(r["section"] in other for r in ROWS) >= 120


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["doc_id"])
def test_labels_are_well_formed(row):
    for ev in row["events"]:
        assert ev["type"] in {"MEET", "CALL", "VISIT", "NEGOTIATE", "MEDIATE",
                              "PRESS_CONFERENCE"}
        assert ev["status"] in {"reported", "planned", "cancelled"}
        for actor in (ev["actor1"], ev["actor2"]):
            if actor is not None:
                assert actor["role"] in ROLES
                assert bool(actor["country"]) != bool(actor["org"]) or actor["country"]
        start, end = ev["evidence_span"]
        assert 0 <= start < end


def test_evidence_spans_point_into_the_corpus_text():
    docs = events_real.load(events_real.SPLITS)
    assert len(docs) == len(ROWS)
    for doc in docs:
        for ev in doc["events"]:
            assert ev["evidence"].strip() and ev["evidence"] in doc["text"]


def test_second_annotator_labels_are_of_labelled_documents_and_point_into_the_text():
    from bench import events_agreement

    labelled = {r["doc_id"]: r for r in ROWS}
    second = [json.loads(line) for line in
              events_agreement.SECOND.read_text(encoding="utf-8").splitlines() if line]
    assert len(second) == len({r["doc_id"] for r in second}) >= 50
    texts = events_real._texts()
    for row in second:
        split = labelled[row["doc_id"]]["split"]
        assert split in ("train", "dev", "test3", "test4") and row.get("split", split) == split
        for ev in row["events"]:
            start, end = ev["evidence_span"]
            assert texts[row["doc_id"]]["text"][start:end].strip()


def test_agreement_counts_a_status_disagreement_strictly_but_not_leniently():
    from bench.events_agreement import agreement

    def event(status, optional=False):
        return {"type": "MEET", "status": status, "date": None, "optional": optional,
                "actor1": {"country": "EGY", "org": None, "role": "head_of_state"},
                "actor2": {"country": "SAU", "org": None, "role": "foreign_minister"}}

    first = {"d1": {"events": [event("reported")]},
             "d2": {"events": [event("planned", optional=True)]}}
    second = [{"doc_id": "d1", "events": [event("planned")]},
              {"doc_id": "d2", "events": [event("planned")]}]
    report = agreement(first, second)
    # d1 is a miss and a false event strictly; d2 is absorbed by the optional event
    assert report["strict, second against first"] == {
        "tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert report["lenient, second against first"]["f1"] == 1.0
    # the other way round, d2 is firm in the second labels and only optional in the first: a miss
    assert report["lenient, first against second"]["fn"] == 1


def test_fourth_test_split_order_leaves_out_read_documents_and_keeps_each_corpus_share():
    from bench.events_sample import fourth_test

    docs = [{"id": f"snn-{i:02d}", "source": "saudinewsnet"} for i in range(8)] \
        + [{"id": f"jfm-{i:02d}", "source": "jawhara_fm"} for i in range(4)]
    left_out = {"snn-00", "jfm-00"}
    order = fourth_test(docs, left_out, seed=7)
    assert sorted(d["id"] for d in order) == sorted(d["id"] for d in docs
                                                    if d["id"] not in left_out)
    # 7 Saudi and 3 Jawhara FM documents: every prefix holds each corpus near its share
    for n in range(1, len(order) + 1):
        assert abs(sum(d["source"] == "jawhara_fm" for d in order[:n]) - n * 3 / 10) <= 1
    # one order for one seed, whatever order the documents are read in
    assert fourth_test(list(reversed(docs)), left_out, seed=7) == order
    assert [d["id"] for d in fourth_test(docs, left_out, seed=8)] != [d["id"] for d in order]


def test_thirty_fourth_round_is_the_whole_pool_it_was_drawn_from():
    """Every unlabelled dev id with a firm contact word and at most FOURTH_TEST_MAX_CHARS
    characters, outside the documents read while tuning and the report pairs, is in the round,
    and nothing else is: no document was chosen or left out by what it holds."""
    from bench import events_sample as es

    other = {r["doc_id"] for r in ROWS if r.get("round") != 34}
    left_out = (other | es.READ_WHILE_TUNING | es.READ_BEFORE_SIXTEENTH | es.THIRD_TEST_READ
                | es.report_pair_ids())
    pool = set()
    for name in ("jawhara_fm", "saudinewsnet"):
        for doc in es.read(es.CORPUS / f"{name}.jsonl.gz"):
            text = doc["text"] or ""
            if (doc["id"] not in left_out and es.split_of(doc["id"]) == "dev"
                    and len(text) <= es.FOURTH_TEST_MAX_CHARS
                    and any(w in text for w in es.STRONG_WORDS)):
                pool.add(doc["id"])
    assert pool == es.THIRTY_FOURTH_ROUND
    assert {r["doc_id"] for r in ROWS if r.get("round") == 34} == es.THIRTY_FOURTH_ROUND
    assert all(r["split"] == "dev" for r in ROWS if r.get("round") == 34)
