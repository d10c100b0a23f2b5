"""How well the event scorer's features separate the wide candidates (pairs the rule frames
did not make), by 5-fold cross-validation on the real-news TRAIN split.

The training script (train_events_model.py) chooses the wide candidates' threshold by pooled
strict F1; when no threshold below 1 pays, no wide candidate is ever kept and the features of
the wide candidates do nothing. This measures the ranking itself, before any threshold:
average precision and positives among the top k of the held-out wide candidates, for every
wide candidate and for the useful ones only (a wide candidate whose type and pair a rule
candidate of the same text also has merges into that one when kept: it adds no event). The
scorer's model is refitted per fold as the training script fits it (logistic regression,
balanced classes, the seed and first dev gold always in training); `--extra` adds
experimental features (computed here, not in the extractor, but for struct) to see whether
they would help:
  path   what separates each actor from the trigger and the two actors (punctuation, a word
         opening another clause, another trigger), the actor's rank among the actors on its
         side of the trigger, and its grammatical place (side, word or clitic before it, tense);
  words  the function words between each actor and the trigger and between the two actors;
  struct the structure between the trigger and the pair: whether one actor is the trigger's
         subject (the first actor right after it or the last right before it) and what the
         other one's word before it or clitic is («مع», «بين», «إلى», «لدى», «ب», نظيره), a
         break (punctuation, a word opening a clause, another trigger) between the two actors
         or between either and the trigger, a list «و», the pair's rank by distance among the
         pairs of its trigger and their number, the number of actors of the sentence, the
         same country, and whether a rule candidate of the sentence uses the trigger or
         either actor (pipeline/events/structure.py, the wide model's features).
With --strict it also measures what keeping a wide candidate would do to the strict score:
each held-out wide candidate is kept alone on top of the shipped model's decisions and its
document scored again; it prints how many add a strictly right event, how many change nothing
(merged into a rule event, or a pair the filters drop), how many add a false one, and how many
break a right one (kept before it, the rule event merges into it and takes its status or date),
and the strict tp/fp a threshold would add when it keeps the top k of the held-out ranking.
Usage: python bench/events_wide_ap.py [--extra path,words] [--C 0.1] [--strict]
The dev and test splits are never read.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import events_real  # noqa: E402
from bench.events_eval import _match, _strict, gold_keys, pred_keys  # noqa: E402
from bench.train_events_model import FOLDS, _ckey, _read, fold_of, gold_sets  # noqa: E402
from pipeline.events import extract as extract_mod  # noqa: E402
from pipeline.events.structure import structure_features  # noqa: E402
from pipeline.events.triggers import find_triggers  # noqa: E402
from pipeline.events.words import cue_words  # noqa: E402
from pipeline.text.normalize import normalize_arabic  # noqa: E402

# experimental cue lists (normalised below); promote to configs/ if a feature earns its place
# (the words opening a clause are the structure features' own: cues.yaml)
_CLAUSE_OPENERS = cue_words()["clause_openers"]
_FUNCTION_WORDS = frozenset(normalize_arabic(w) for w in (
    "مع", "بين", "إلى", "من", "في", "على", "عن", "ثم", "خلال", "بعد", "قبل", "عقب", "لدى",
    "برئاسة", "بحضور", "نظيره")) | _CLAUSE_OPENERS
_PREPOSITIONS = frozenset(normalize_arabic(w) for w in ("مع", "بين", "إلى", "من", "في", "على"))


def _word(tok: str, words: frozenset[str]) -> str | None:
    if tok in words:
        return tok
    if tok[:1] in ("و", "ف") and tok[1:] in words:
        return tok[1:]
    return None


def _cut(sent, lo: int, hi: int, trig, triggers) -> list[str]:
    kinds = []
    if any(sent.toks[k].punct for k in range(max(lo - 1, 0), hi - 1)):
        kinds.append("punct")
    if any(_word(t, _CLAUSE_OPENERS) for t in sent.norms[lo:hi]):
        kinds.append("clause")
    if any(t is not trig and lo <= t.i and t.j <= hi for t in triggers):
        kinds.append("trigger")
    return kinds or ["none"]


def _spans(c):
    """(name, actor, side, lo, hi) of each actor of a two-actor candidate in its sentence."""
    sent, trig = c.sentence, c.trig
    spans = {(x.i, x.j, x.key) for x in sent.actors}
    out = []
    for name, x in (("a", c.actor1), ("b", c.actor2)):
        if x is None or (x.i, x.j, x.key) not in spans:
            return []
        if x.j <= trig.i:
            out.append((name, x, "B", x.j, trig.i))
        elif x.i >= trig.j:
            out.append((name, x, "A", trig.j, x.i))
        else:
            return []
    return out


def extra_features(c, kinds: set[str], cands: list | None = None) -> list[str]:
    if c.trig is None:
        return []
    spans = _spans(c)
    if not spans:
        return []
    sent, trig = c.sentence, c.trig
    triggers = find_triggers(sent)[0]
    norms = sent.norms
    f = []
    for name, x, side, lo, hi in spans:
        if "path" in kinds:
            f += [f"{name}_cut={k}" for k in _cut(sent, lo, hi, trig, triggers)]
            if side == "A":
                rank = sum(1 for y in sent.actors if trig.j <= y.i < x.i)
            else:
                rank = sum(1 for y in sent.actors if x.j < y.j <= trig.i)
            prev = norms[x.i - 1] if x.i > 0 else "^"
            before = _word(prev, _PREPOSITIONS | _CLAUSE_OPENERS) or (
                "clitic:" + (x.clitic[-1:] or "-"))
            f += [f"{name}_rank={min(rank, 2)}", f"{name}_pos={side}:{before}:{trig.tense}"]
        if "words" in kinds:
            f += [f"{name}_tw={w}" for w in {_word(t, _FUNCTION_WORDS) for t in norms[lo:hi]}
                  if w]
    if "struct" in kinds and len(spans) == 2:
        f += structure_features(c, cands or [])
    lo_a, hi_a = sorted((c.actor1, c.actor2), key=lambda a: a.i)
    if "path" in kinds:
        f += [f"ab_cut={k}" for k in _cut(sent, lo_a.j, hi_a.i, trig, triggers)]
    if "words" in kinds:
        f += [f"ab_w={w}" for w in {_word(t, _FUNCTION_WORDS) for t in norms[lo_a.j:hi_a.i]}
              if w]
    return f


def alone_effects(doc: dict, cands: list) -> dict[int, tuple[int, int]]:
    """(strict tp change, strict fp change) of the document for each wide candidate (by its
    index in `cands`) kept alone on top of the shipped model's decisions (it is marked as a
    rule candidate the model keeps whatever its score)."""
    model = extract_mod.load_model()
    forced = dict(model, weights=dict(model["weights"], keep_this_one=1000.0))
    golds = [gold_keys(e) for e in doc["events"]]
    generate, load = extract_mod.candidates, extract_mod.load_model

    def strict(keep: int | None) -> tuple[int, int]:
        copied = copy.deepcopy(cands)
        if keep is not None:
            copied[keep] = (copied[keep][0], copied[keep][1] + ["rule=True", "keep_this_one"])
        extract_mod.candidates = lambda *args, **kwargs: copied
        extract_mod.load_model = lambda path=None: forced
        try:
            preds = [pred_keys(e) for e in extract_mod.extract_events(
                doc["text"], doc.get("published"), home=doc.get("home"))]
        finally:
            extract_mod.candidates, extract_mod.load_model = generate, load
        tp, fp, _, _, _ = _match(golds, preds, _strict)
        return tp, fp

    base = strict(None)
    return {k: tuple(a - b for a, b in zip(strict(k), base, strict=True))
            for k, (_, feats) in enumerate(cands) if "rule=False" in feats}


def labelled(docs: list[dict], fold: bool, kinds: set[str], effects: bool = False) -> list[dict]:
    rows = []
    for doc in docs:
        firm, optional = gold_sets(doc)
        cands = extract_mod.candidates(doc["text"], doc.get("published"), doc.get("home"))
        ruled = {_ckey(c) for c, feats in cands if "rule=True" in feats}
        alone = alone_effects(doc, cands) if effects else {}
        for k, (c, feats) in enumerate(cands):
            key = _ckey(c)
            if key not in firm and key in optional:
                continue
            wide = "rule=False" in feats
            rows.append({"feats": feats + extra_features(c, kinds, cands), "y": int(key in firm),
                         "wide": wide, "useful": wide and key not in ruled,
                         "fold": fold_of(doc) if fold else -1, "alone": alone.get(k)})
    return rows


def _report_strict(rows: list[dict], scores: list[float]) -> None:
    """What keeping the held-out wide candidates alone does to the strict score."""
    idx = [i for i, r in enumerate(rows) if r["fold"] >= 0 and r["wide"]]
    kinds = Counter("adds a right event" if tp > 0 else "breaks a right event" if tp < 0
                    else "adds a false event" if fp > 0 else "changes nothing"
                    for tp, fp in (rows[i]["alone"] for i in idx))
    print("  wide kept alone: " + ", ".join(f"{n} {k}" for k, n in kinds.most_common()))
    order = sorted(idx, key=lambda i: -scores[i])
    tops = []
    for k in (5, 10, 20, 40, 80):
        tp = sum(rows[i]["alone"][0] for i in order[:k])
        fp = sum(rows[i]["alone"][1] for i in order[:k])
        tops.append(f"top{k} tp {tp:+d} fp {fp:+d}")
    print("  keeping the top k (effects summed): " + ", ".join(tops))


def _report(name: str, ys: list[int], scores: list[float]) -> None:
    from sklearn.metrics import average_precision_score

    order = sorted(range(len(ys)), key=lambda i: -scores[i])
    top = ", ".join(f"top{k} {sum(ys[i] for i in order[:k])}" for k in (5, 10, 20, 40))
    print(f"  {name:12} {len(ys):5} candidates, {sum(ys):3} positive: "
          f"AP {average_precision_score(ys, scores):.3f}  ({top})")


def main(argv: list[str] | None = None) -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extra", default="", help="comma-separated: path, words, struct")
    ap.add_argument("--C", type=float, default=0.1)
    ap.add_argument("--strict", action="store_true",
                    help="what keeping each held-out wide candidate does to the strict score")
    args = ap.parse_args(argv)
    kinds = {k for k in args.extra.split(",") if k}
    rows = labelled(events_real.load(("train",)), True, kinds, args.strict)
    rows += labelled(_read("events_seeds.jsonl") + _read("events_dev.jsonl"), False, kinds)
    scores = [0.0] * len(rows)
    for k in range(FOLDS):
        fit = [r for r in rows if r["fold"] != k]
        held = [i for i, r in enumerate(rows) if r["fold"] == k]
        vec = DictVectorizer()
        X = vec.fit_transform([{f: 1 for f in r["feats"]} for r in fit])
        clf = LogisticRegression(C=args.C, max_iter=3000, class_weight="balanced")
        clf.fit(X, [r["y"] for r in fit])
        p = clf.predict_proba(vec.transform([{f: 1 for f in rows[i]["feats"]} for i in held]))
        for i, s in zip(held, p[:, 1], strict=True):
            scores[i] = float(s)
    print(f"train {FOLDS}-fold, C={args.C}, extra features: {','.join(sorted(kinds)) or 'none'}")
    for name, keep in (("rule", lambda r: not r["wide"]), ("wide", lambda r: r["wide"]),
                       ("wide useful", lambda r: r["useful"])):
        idx = [i for i, r in enumerate(rows) if r["fold"] >= 0 and keep(r)]
        _report(name, [rows[i]["y"] for i in idx], [scores[i] for i in idx])
    if args.strict:
        _report_strict(rows, scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
