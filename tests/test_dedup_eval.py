"""The duplicate-decision evaluation on hand-labelled pairs, as a quality gate (issue #4)."""

import pytest

from bench import dedup_eval
from pipeline.config import DedupConfig


@pytest.fixture(scope="module")
def data():
    return dedup_eval.load_texts(), dedup_eval.load_pairs()


def test_eval_set_size_and_labels(data):
    texts, pairs = data
    same = [p for p in pairs if p["label"] == "same"]
    different = [p for p in pairs if p["label"] == "different"]
    assert len(same) >= 60 and len(different) >= 60
    assert all(p["a"] in texts and p["b"] in texts for p in pairs)
    assert len({tuple(sorted((p["a"], p["b"]))) for p in pairs}) == len(pairs)
    # variants really are edits of their base text
    assert texts["seed001/outlet"] != texts["seed001"]
    words = set(texts["seed001"].split())
    assert len(words & set(texts["seed001/outlet"].split())) > 0.8 * len(words)
    assert len(texts["seed001/agency"]) < len(texts["seed001"]) + 40  # a sentence was cut


def test_targets_at_default_threshold(data):
    # the shipped default (DedupConfig(), the same as configs/defaults.yaml) meets both targets
    scores, errors = dedup_eval.evaluate(DedupConfig(), *data)
    assert scores.precision >= 0.98, errors
    assert scores.recall >= 0.9, errors


def test_default_threshold_holds_on_held_out_split(data):
    # pairs from base documents never used to choose the threshold
    texts, pairs = data
    held_out = dedup_eval.split_pairs(pairs, "held_out")
    assert len(held_out) >= 40
    assert sum(p["label"] == "same" for p in held_out) >= 20
    scores, errors = dedup_eval.evaluate(DedupConfig(), texts, held_out)
    assert scores.precision >= 0.98, errors
    assert scores.recall >= 0.9, errors


def test_targets_at_threshold_chosen_on_tuning_split(data):
    texts, pairs = data
    chosen = dedup_eval.choose_threshold(DedupConfig(), texts, pairs)
    cfg = dedup_eval.with_threshold(DedupConfig(), chosen)
    held_out = dedup_eval.split_pairs(pairs, "held_out")
    assert len(held_out) >= 40
    for subset in (held_out, pairs):
        scores, errors = dedup_eval.evaluate(cfg, texts, subset)
        assert scores.precision >= 0.98, errors
        assert scores.recall >= 0.9, errors


def test_seed_hard_negatives_never_duplicates(data):
    texts, pairs = data
    seeds = [p for p in pairs if "seed hard negative" in p["why"]]
    assert len(seeds) == 20
    for threshold in (0.3, DedupConfig().threshold):
        scores, _ = dedup_eval.evaluate(dedup_eval.with_threshold(DedupConfig(), threshold),
                                        texts, seeds)
        assert scores.fp == 0
