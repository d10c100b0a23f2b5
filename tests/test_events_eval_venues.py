"""bench/events_eval.py: the venues of the events matched strictly against their labels."""

import json

from bench.events_eval import evaluate_docs, main, venue_verdict

EGY = {"name": None, "country": "EGY", "org": None, "role": "head_of_state"}
USA = {"name": None, "country": "USA", "org": None, "role": "head_of_state"}
FRA = {"name": None, "country": "FRA", "org": None, "role": "foreign_minister"}


def _gold(a1, a2, location=None, status="reported"):
    return {"type": "MEET", "status": status, "actor1": a1, "actor2": a2, "date": None,
            "optional": False, "location": location}


def _pred(a1, a2, location=(None, None), status="reported"):
    return {"event_type": "MEET", "status": status, "event_date": None,
            "location_name": location[0], "location_country": location[1],
            **{f"actor1_{k}": v for k, v in a1.items()},
            **{f"actor2_{k}": v for k, v in a2.items()}}


def test_a_venue_is_right_by_its_country_and_the_names_are_compared_by_parts():
    cairo = ("Cairo", "EGY")
    assert venue_verdict(cairo, ("Cairo", "EGY")) == ("right", True)
    # a coarser or finer place of the same country: right, the names differ
    assert venue_verdict(cairo, ("Egypt", "EGY")) == ("right", False)
    # a label naming a building and its city: the city is the same place
    assert venue_verdict(("Al-Salam Palace, Jeddah", "SAU"), ("Jeddah", "SAU")) == ("right", True)
    assert venue_verdict(("Ismailia (Suez Canal)", "EGY"), ("suez canal", "EGY")) == (
        "right", True)
    assert venue_verdict(cairo, ("Amman", "JOR")) == ("wrong", False)
    assert venue_verdict(None, cairo) == ("extra", False)
    assert venue_verdict(cairo, None) == ("missing", False)
    assert venue_verdict(None, None) == ("none", True)
    # a region without a country is right by its name alone
    assert venue_verdict(("Gulf states", None), ("Gulf states", None)) == ("right", True)
    assert venue_verdict(("Africa", None), ("Kenya", "KEN")) == ("wrong", False)
    assert venue_verdict(("Addis Ababa", "ETH"), ("Africa", None)) == ("wrong", False)


WHERE = {"section": "politic", "stratum": "random"}
DOCS = [
    # a right venue (the same country, another name) and a right event without one
    {"doc_id": "a", "text": "a", "split": "train", **WHERE,
     "events": [_gold(EGY, USA, {"name": "Cairo", "country": "EGY"}), _gold(EGY, FRA)]},
    # a wrong venue and a venue where the label has none
    {"doc_id": "b", "text": "b", "split": "train", **WHERE,
     "events": [_gold(EGY, USA, {"name": "Cairo", "country": "EGY"}), _gold(USA, FRA)]},
    # none where the label has one; the other event is a strict miss (its status): not counted
    {"doc_id": "c", "text": "c", "split": "dev", **WHERE,
     "events": [_gold(EGY, USA, {"name": "Washington", "country": "USA"}),
                _gold(USA, FRA, {"name": "Paris", "country": "FRA"}, status="planned")]},
]
PREDS = {"a": [_pred(USA, EGY, ("Egypt", "EGY")), _pred(FRA, EGY)],
         "b": [_pred(EGY, USA, ("Amman", "JOR")), _pred(FRA, USA, ("Paris", "FRA"))],
         "c": [_pred(EGY, USA), _pred(FRA, USA, ("Paris", "FRA"))]}


def _extract(text, published=None, part="body", home=None):
    return PREDS[text]


def test_the_report_counts_venues_of_strict_hits_over_all_and_per_split():
    report = evaluate_docs(DOCS, extract=_extract)
    assert report["strict"]["tp"] == 5
    assert report["venues"] == {"right": 1, "wrong": 1, "extra": 1, "missing": 1, "none": 1,
                                "right_same_name": 0}
    train, dev = report["venues_by_split"]["train"], report["venues_by_split"]["dev"]
    assert (train["right"], train["wrong"], train["extra"], train["none"]) == (1, 1, 1, 1)
    assert train["missing"] == 0 and dev["missing"] == 1 and dev["right"] == 0
    assert sorted((e["doc_id"], e["venue"]) for e in report["venue_errors"]) == [
        ("b", "extra"), ("b", "wrong"), ("c", "missing")]
    wrong = next(e for e in report["venue_errors"] if e["venue"] == "wrong")
    assert wrong["label"] == ("Cairo", "EGY") and wrong["found"] == ("Amman", "JOR")


def test_one_split_has_no_per_split_venues():
    report = evaluate_docs(DOCS[:1], extract=_extract)
    assert "venues_by_split" not in report
    assert report["venues"]["right"] == 1 and report["venues"]["none"] == 1


def test_the_command_prints_the_venues_and_lists_the_wrong_ones(tmp_path, capsys):
    path = tmp_path / "events.jsonl"
    doc = {"doc_id": "x", "published": "2024-03-05T10:00:00",
           "text": "استقبل الرئيس المصري في القاهرة اليوم الثلاثاء الرئيس الأمريكي.",
           "events": [_gold(EGY, USA, {"name": "Paris", "country": "FRA"})]}
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main([str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["strict"]["tp"] == 1
    assert out["venues"]["wrong"] == 1
    assert "venue_errors" not in out  # listed with --errors only
    assert main([str(path), "--errors"]) == 0
    text = capsys.readouterr().out
    assert "venues of the events matched strictly: right 0 (same name 0), wrong 1," in text
    assert "x VENUE wrong: label ('Paris', 'FRA') found ('Cairo', 'EGY')" in text
