"""bench/events_eval.py --by-confidence: the figures of the events kept at each cut-off."""

import json

from bench.events_eval import confidence_table, evaluate_docs, kept_at, main

EGY = {"name": None, "country": "EGY", "org": None, "role": "head_of_state"}
USA = {"name": None, "country": "USA", "org": None, "role": "head_of_state"}
FRA = {"name": None, "country": "FRA", "org": None, "role": "foreign_minister"}


def _gold(a1, a2, status="reported"):
    return {"type": "MEET", "status": status, "actor1": a1, "actor2": a2, "date": None,
            "optional": False}


def _pred(a1, a2, confidence, status="reported"):
    return {"event_type": "MEET", "status": status, "event_date": None, "confidence": confidence,
            **{f"actor1_{k}": v for k, v in a1.items()},
            **{f"actor2_{k}": v for k, v in a2.items()}}


WHERE = {"section": "politic", "stratum": "random"}

# invented documents: the text only names which invented predictions the extractor returns
DOCS = [
    # a right event of high confidence
    {"doc_id": "a", "text": "a", "split": "dev", **WHERE, "events": [_gold(EGY, USA)]},
    # a false event (no contact in the gold) of low confidence
    {"doc_id": "b", "text": "b", "split": "dev", **WHERE, "events": []},
    # a right event of middling confidence
    {"doc_id": "c", "text": "c", "split": "dev", **WHERE, "events": [_gold(EGY, FRA)]},
    # the right pair with the wrong status: a lenient hit, a strict false event and miss
    {"doc_id": "d", "text": "d", "split": "dev", **WHERE, "events": [_gold(USA, FRA, "planned")]},
    # another split: a right event of confidence 0.9 exactly
    {"doc_id": "e", "text": "e", "split": "train", **WHERE, "events": [_gold(EGY, USA)]},
]
PREDS = {"a": [_pred(EGY, USA, 0.97)], "b": [_pred(USA, FRA, 0.55)],
         "c": [_pred(FRA, EGY, 0.65)], "d": [_pred(FRA, USA, 0.92)], "e": [_pred(USA, EGY, 0.9)]}


def _extract(text, published=None, part="body", home=None):
    return PREDS[text]


def _counts(m):
    return m["tp"], m["fp"], m["fn"]


def test_a_cutoff_drops_a_false_event_and_precision_rises_as_counted_by_hand():
    report = evaluate_docs(DOCS, extract=_extract, cutoffs=(0.0, 0.6, 0.7, 0.95))
    dev = {row["min_confidence"]: row for row in report["by_confidence"]["dev"]}
    # t = 0: all four events; strict tp a, c; fp b, d; fn d -> P 2/4, R 2/3
    assert dev[0.0]["events"] == 4
    assert _counts(dev[0.0]["strict"]) == (2, 2, 1)
    assert dev[0.0]["strict"]["precision"] == 0.5
    assert dev[0.0]["strict"]["recall"] == 0.6667
    assert _counts(dev[0.0]["lenient"]) == (3, 1, 0)
    # the cut-off 0 gives the whole report's figures on that split
    assert _counts(report["sections"]["split dev"]) == _counts(dev[0.0]["strict"])
    # t = 0.6 drops b's false event (0.55): strict P 2/3, recall unchanged
    assert dev[0.6]["events"] == 3
    assert _counts(dev[0.6]["strict"]) == (2, 1, 1)
    assert dev[0.6]["strict"]["precision"] == 0.6667
    assert dev[0.6]["strict"]["recall"] == 0.6667
    assert dev[0.6]["strict"]["f1"] == 0.6667
    assert _counts(dev[0.6]["lenient"]) == (3, 0, 0) and dev[0.6]["lenient"]["precision"] == 1.0
    # t = 0.7 also drops c's right event (0.65): a miss more, the same precision
    assert _counts(dev[0.7]["strict"]) == (1, 1, 2)
    assert dev[0.7]["strict"]["precision"] == 0.5
    assert dev[0.7]["strict"]["recall"] == 0.3333
    # t = 0.95 keeps a only
    assert dev[0.95]["events"] == 1
    assert _counts(dev[0.95]["strict"]) == (1, 0, 2)
    assert dev[0.95]["strict"]["precision"] == 1.0
    # each split has its own table; 0.9 is kept at 0.9 and not at 0.95
    train = {row["min_confidence"]: row for row in report["by_confidence"]["train"]}
    assert _counts(train[0.0]["strict"]) == (1, 0, 0)
    assert _counts(train[0.95]["strict"]) == (0, 0, 1)


def test_without_cutoffs_the_report_has_no_confidence_table():
    assert "by_confidence" not in evaluate_docs(DOCS, extract=_extract)


def test_cutoff_compares_as_the_lakes_float32_column_does():
    assert kept_at(0.9, 0.9)
    assert kept_at(0.95, 0.95)
    assert not kept_at(0.899, 0.9)
    assert kept_at(0.5, 0.0)
    assert not kept_at(None, 0.0)
    # a value the float32 column stores as 0.9 is kept at 0.9, as the lake's query keeps it,
    # though it is below 0.9 in double precision; one a float32 step below is not
    assert kept_at(0.89999999, 0.9) and kept_at(0.94999999, 0.95)
    assert not kept_at(0.8999999, 0.9)


def test_confidence_table_prints_one_table_per_split():
    report = evaluate_docs(DOCS, extract=_extract, cutoffs=(0.0, 0.6))
    text = confidence_table(report["by_confidence"])
    assert "split dev" in text and "split train" in text
    rows = [line.split() for line in text.splitlines() if line.lstrip().startswith("0.60")]
    assert rows[0][:6] == ["0.60", "3", "0.667", "0.667", "0.667", "2/1/1"]


def test_by_confidence_command_on_a_file(tmp_path, capsys):
    path = tmp_path / "events.jsonl"
    doc = {"doc_id": "x", "text": "نص قصير عن الطقس في المدينة اليوم.", "published": None,
           "events": []}
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main([str(path), "--by-confidence", "--cutoffs", "0.9,0.5", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1
    assert [row["min_confidence"] for row in out["by_confidence"]["all"]] == [0.5, 0.9]
    assert all(row["events"] == 0 for row in out["by_confidence"]["all"])
