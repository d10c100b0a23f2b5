"""Train the event scorer (pipeline/events/scorer.py) and write configs/models/events_scorer.json.

Candidates of the training documents (the real-news train split, plus the seed and first dev
gold sets that the rules were written against) are labelled by matching the hand-labelled
events (same type and the same unordered pair of country/org + role); a candidate that only
matches an optional event is left out. A logistic regression (scikit-learn) learns the weights;
its regularisation and the two decision thresholds (for the rules' own candidates and for the
wide ones) are chosen on the real-news DEV split by strict F1 (ties: strict F1 on the train
split, then the higher thresholds), among the settings that keep the
seed gold at strict F1 1.0 and the first dev set at 0.9 or more (the rules' home ground: the
scorer must not trade it away). The test split is never read here. Deterministic.

    pip install -e '.[train]'
    python bench/train_events_model.py            # writes the model, prints dev figures
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import events_real  # noqa: E402
from bench.events_eval import _actor_key, evaluate_docs, gold_keys  # noqa: E402
from pipeline.events import extract as extract_mod  # noqa: E402
from pipeline.events import scorer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
OUT = scorer.MODEL_PATH


def _ckey(c) -> tuple:
    etype = ("CALL" if c.discuss_phone else "MEET") if c.etype == "DISCUSS" else c.etype
    a1 = {"country": c.actor1.country, "org": c.actor1.org, "role": c.actor1.role}
    a2 = ({"country": c.actor2.country, "org": c.actor2.org, "role": c.actor2.role}
          if c.actor2 is not None else None)
    return etype, tuple(sorted(map(str, [_actor_key(a1), _actor_key(a2)])))


def labelled_candidates(docs: list[dict]) -> tuple[list[list[str]], list[int]]:
    X, y = [], []
    for doc in docs:
        golds = [gold_keys(e) for e in doc["events"]]
        firm = {(g["type"], g["pair"]) for g in golds if not g["optional"]}
        optional = {(g["type"], g["pair"]) for g in golds if g["optional"]}
        for c, feats in extract_mod.candidates(doc["text"], doc.get("published"),
                                               doc.get("home")):
            key = _ckey(c)
            if key in firm:
                X.append(feats)
                y.append(1)
            elif key not in optional:
                X.append(feats)
                y.append(0)
    return X, y


def _read(name: str) -> list[dict]:
    with open(SHARED_EVAL / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def train(C: float, X, y) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)
    Xv = vec.fit_transform([{f: 1 for f in feats} for feats in X])
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    clf.fit(Xv, y)
    weights = {name: round(float(w), 6) for name, w in zip(vec.get_feature_names_out(),
                                                           clf.coef_[0], strict=True)
               if abs(w) > 1e-6}
    return {"bias": round(float(clf.intercept_[0]), 6), "weights": dict(sorted(weights.items()))}


def dev_score(model: dict, dev_docs: list[dict]) -> dict:
    scorer.load_model.cache_clear()
    original = scorer.load_model
    extract_mod.load_model = lambda path=None: model  # score with this candidate model
    try:
        return evaluate_docs(dev_docs)
    finally:
        extract_mod.load_model = original


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    train_docs = (events_real.load(("train",)) + _read("events_seeds.jsonl")
                  + _read("events_dev.jsonl"))
    dev_docs = events_real.load(("dev",))
    real_train = events_real.load(("train",))
    X, y = labelled_candidates(train_docs)
    print(f"training candidates: {len(y)} ({sum(y)} positive) from {len(train_docs)} documents")
    seeds, first_dev = _read("events_seeds.jsonl"), _read("events_dev.jsonl")
    best = None
    for C in (0.03, 0.1, 0.3):
        fitted = train(C, X, y)
        for t_rule in (0.0, 0.2, 0.35, 0.5):
            for t_wide in (0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
                model = dict(fitted, threshold_rule=t_rule, threshold_wide=t_wide)
                gates = (dev_score(model, seeds)["strict"]["f1"],
                         dev_score(model, first_dev)["strict"]["f1"])
                m = dev_score(model, dev_docs)["strict"]
                ok = gates[0] >= 1.0 and gates[1] >= 0.9
                print(f"C={C:<5} rule>={t_rule:.2f} wide>={t_wide:.2f} dev strict "
                      f"P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
                      f"(seeds {gates[0]:.3f}, first dev {gates[1]:.3f}){'' if ok else ' x'}")
                # ties on dev go to the better strict F1 on the real-news train split, then
                # to the higher thresholds (fewer events), then to the stronger regularisation
                key = (m["f1"], m["precision"])
                if ok and (best is None or key >= best[0][:2]):
                    fit = dev_score(model, real_train)["strict"]["f1"]
                    key = key + (fit, t_wide, t_rule, -C)
                    if best is None or key > best[0]:
                        best = (key, C, model)
    _, C, model = best
    model = {"version": "events-scorer-1", "C": C, "threshold_rule": model["threshold_rule"],
             "threshold_wide": model["threshold_wide"],
             "bias": model["bias"], "trained_on": {"documents": len(train_docs),
                                                    "candidates": len(y), "positive": sum(y)},
             "weights": model["weights"]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    print(f"chosen C={C} thresholds rule {model['threshold_rule']} wide "
          f"{model['threshold_wide']} -> {args.out} "
          f"({len(model['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
