"""Argument attachment: a learned decision over each mention of a contact trigger, measured as
a way to add the pairs the rule frames did not make (or to drop the ones they made).

For each contact trigger (MEET, CALL, NEGOTIATE, MEDIATE, PRESS_CONFERENCE) that proposes a
two-party candidate, every recognised mention near it (the wide candidates' mentions) gets a
row labelled subject (1: actor1 of one of the document's firm gold events of the trigger's
type whose other party is also named near the trigger), counterpart (2: its actor2) or
neither (0); mentions of an optional event only are left out. The features describe the
mention against its trigger: the function words and punctuation between them (a bag, also
crossed with the side), its side, distance and rank among the mentions on its side, the
other mentions and triggers between, a «و» word or a «بحضور/بمشاركة» word between, whether
the trigger is the mention's nearest, whether it continues a «و» list, the word or clitic
before it, its kind and role, and the trigger's word, type, tense and clitic (with
--rule-use also whether a rule candidate of the trigger uses it). A multinomial logistic
regression (scikit-learn) fits them; a wide candidate's score is max(P(a subject) x P(b
counterpart), P(b subject) x P(a counterpart)) over its two in-sentence mentions, and two
mentions of one «و» list are never paired. The candidate's status and date are the frames'
own steps for its trigger (extract.candidates settles them).

Measured by 5-fold cross-validation on the TRAIN split (folds by document, as the scorer's):
the mention model's held-out AUC; how it ranks the held-out wide pairs that no rule candidate
of the document repeats (their AUC against a firm gold key, firm pairs among the top k); the
strict figures of the extractor when it also keeps the held-out wide pairs scored at each
threshold or more (the shipped scorer decides the rule candidates as always); with --oracle
the same when exactly the wide pairs with a firm gold key are kept (the ceiling of any
decision over them); with --remove the figures when the rule frames' contact pairs scored
below a cut are dropped instead. --dev fits on all of train and prints the DEV split's figures
(figures only) at the chosen threshold; --digest FILE writes the output check's dump with that
model (compare with `python bench/events_digest.py --diff`).

Figures (nineteenth round, on f054c63; candidates cached as the training script then cached
them, which scored the shipped model's train 832/95/267 where the extractor itself gives
831/93/268: the cache now gives the extractor's own candidates, and the runs with the mention
model, which make the wide candidates, were already the extractor's):
  ceiling (--oracle): train 832/95/267 -> 859/105/240 (F1 0.821 -> 0.833), dev 247/63/154 ->
    267/70/134 (0.695 -> 0.724): even a perfect choice of the wide contact pairs adds little,
    because few right pairs are among them and some carry another status or date.
  mention AUC 0.83 (0.88 with the rule-use features, which only repeat the rules: held-out
    new pairs are then ranked at AUC 0.54); new pairs 857, 30 of them firm, AUC 0.66, firm
    among the top 10/20/40/80: 5/6/8/9.
  adding (best threshold 0.6): train CV 836/95/263 (+4 tp, F1 0.8236), dev 248/63/153
    (+1 tp, F1 0.6966); output check: 5 events added (3 right), none removed: the wrong two
    pair a minister with the host of his joint press conference as a meeting the sentence
    tells of another trigger («في مؤتمر صحفي مشترك مع نظيره القطري … بحث مع نظرائه الخليجيين»).
    Without the «و» list rule it added 8 (4 right: two callers of one person paired too).
  removing rule pairs below 0.005 / 0.02 / 0.05: train CV 831/96/268, 826/95/273, 814/91/285;
    dev 247/62/154, 247/62/154, 241/61/160: it drops right events faster than false ones.
  variants with the same outcome: fitting on the mentions of triggers without a rule
    candidate only (AUC 0.65, adds nothing), keeping only pairs of triggers without a rule
    candidate (train +5 tp +1 fp at 0.4, dev 249/69/152), a binary party/neither model with
    the product of the two probabilities (train never above the shipped F1), gradient-boosted
    trees instead of the logistic model (mention AUC 0.84, train +2 tp at 0.5, dev +1 tp +1 fp).
Not shipped: dev moves by one event and half of what it adds to unlabelled news is wrong.

    pip install -e '.[train]'
    python bench/events_attach.py [--oracle] [--remove] [--dev] [--at 0.6] [--digest FILE]
The test splits are never read.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import events_real  # noqa: E402
from bench.events_eval import _actor_key, _prf, evaluate_docs  # noqa: E402
from bench.events_wide_ap import _word  # noqa: E402
from bench.train_events_model import FOLDS, _cache_candidates, _ckey, fold_of, gold_sets  # noqa: E402
from pipeline.events import extract as extract_mod  # noqa: E402
from pipeline.events import scorer  # noqa: E402
from pipeline.events.candidates import _bucket, _dist, _nearest  # noqa: E402
from pipeline.events.triggers import find_triggers  # noqa: E402
from pipeline.events.words import cue_words  # noqa: E402
from pipeline.text.normalize import normalize_arabic  # noqa: E402

CONTACT = frozenset({"MEET", "CALL", "NEGOTIATE", "MEDIATE", "PRESS_CONFERENCE"})
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
REMOVE_AT = (0.005, 0.01, 0.02, 0.05, 0.1)
# function words whose presence between a trigger and a mention is a feature (with the cue
# lists' with_words, clause_openers, prepositions and attendance words)
_EXTRA = frozenset(normalize_arabic(w) for w in (
    "ثم", "في", "على", "عن", "خلال", "بعد", "قبل", "عقب", "برئاسة", "بحضور", "بمشاركة",
    "حضره", "وسط", "امام", "أمام", "لدى", "اليوم", "أمس", "امس", "الذي", "التي", "كما",
    "فيما", "بينما", "حيث", "أن", "إن", "وذلك", "عند", "الى", "إلى", "من", "مع", "بين"))
_RULE_USE = ("used=", "rule_trig=", "used_side=")


def _words() -> frozenset[str]:
    cues = cue_words()
    return (_EXTRA | cues["with_words"] | cues["clause_openers"] | cues["prepositions"]
            | cues["attendance"])


def mention_features(sent, trig, x, triggers, near, rule_used: set, rule_trig: bool,
                     words: frozenset[str]) -> list[str]:
    """Features of mention `x` for trigger `trig` (names of the features that are on)."""
    norms = sent.norms
    side = "B" if x.j <= trig.i else ("A" if x.i >= trig.j else "I")
    lo, hi = (x.j, trig.i) if side == "B" else (trig.j, x.i)
    same_side = [y for y in near if (y.j <= trig.i) == (side == "B") and y.i != x.i]
    rank = min(sum(1 for y in same_side if _dist(y, trig) < _dist(x, trig)), 3)
    f = [f"side={side}", f"dist={_bucket(_dist(x, trig))}", f"rank={rank}",
         f"side_rank={side}{rank}", f"ttype={trig.etype}", f"tense={trig.tense}",
         f"trig={norms[trig.i]}", f"tclitic={trig.clitic or '-'}",
         f"purpose={trig.purpose}", f"objpro={trig.obj_pronoun}",
         f"role={x.role}", f"named={bool(x.name)}", f"titled={x.titled}",
         f"org={bool(x.org)}", f"cp={x.counterpart}", f"home={x.home}",
         f"bloc={bool(x.bloc)}", f"bare={x.bare}", f"inst={x.institution}",
         f"collective={x.collective}", f"amb={x.ambassador}", f"body={bool(x.body)}",
         f"clitic={x.clitic[-1:] or '-'}", f"nact={_bucket(len(sent.actors))}",
         f"used={(x.i, x.j) in rule_used}", f"rule_trig={rule_trig}",
         f"used_side={(x.i, x.j) in rule_used}:{side}"]

    def tdist(t):
        return t.i - x.j if x.j <= t.i else (x.i - t.j if x.i >= t.j else 0)

    nearest = min(triggers, key=tdist) if triggers else trig
    before = [y for y in near if y.j <= x.i]
    coord = bool(before) and x.i - before[-1].j <= 1 and norms[x.i].startswith("و")
    prev = _word(norms[x.i - 1], words) if x.i > 0 else "^"
    f += [f"nearest_trig={nearest is trig}", f"coord={coord}", f"coord_side={coord}:{side}",
          f"prev={prev or '-'}", f"side_prev={side}:{prev or '-'}"]
    if side == "I":
        return f
    between = {f"w={w}" for w in (_word(norms[k], words) for k in range(lo, hi)) if w}
    if any(sent.toks[k].punct for k in range(max(lo - 1, 0), max(hi - 1, lo))):
        between.add("w=PUNCT")
    f += sorted(between) + [f"{side}:{b}" for b in sorted(between)]
    attend = cue_words()["attendance"]
    f += [f"m_between={min(sum(1 for y in near if lo <= y.i and y.j <= hi), 3)}",
          f"t_between={any(t is not trig and lo <= t.i and t.j <= hi for t in triggers)}",
          "wa_between=" + (str(sum(norms[k].startswith("و") for k in range(lo, hi)))
                           if hi - lo <= 3 else "far"),
          f"attend_between={any(_word(norms[k], attend) for k in range(lo, hi))}",
          f"adjacent={hi - lo <= 1}:{side}"]
    return f


def trigger_mentions(sent, trig, rule_cands, rule_use: bool) -> list[tuple]:
    """(mention, features) of every mention near the trigger with a country or body."""
    triggers = find_triggers(sent)[0]
    near = [a for a in _nearest(sent.actors, trig)
            if (a.country or a.org) and not a.entourage]
    used = {(x.i, x.j) for o in rule_cands for x in (o.actor1, o.actor2) if x is not None}
    words = _words()
    out = []
    for x in near:
        feats = mention_features(sent, trig, x, triggers, near, used, bool(rule_cands), words)
        if not rule_use:
            feats = [f for f in feats if not f.startswith(_RULE_USE)]
        out.append((x, feats))
    return out


def _trig_id(c) -> tuple:
    return (c.sentence.index, c.trig.i, c.trig.j)


def _etype(c) -> str:
    return ("CALL" if c.discuss_phone else "MEET") if c.etype == "DISCUSS" else c.etype


def _rules_of(c, made) -> list:
    return [o for o, feats in made if "rule=True" in feats and o.trig is not None
            and o.actor2 is not None and _trig_id(o) == _trig_id(c)]


def mention_rows(doc: dict, rule_use: bool) -> list[dict]:
    """The rows of a document's contact triggers: features, label and fold."""
    optional = gold_sets(doc)[1]
    sides = [(e["type"], str(_actor_key(e.get("actor1"))), str(_actor_key(e.get("actor2"))))
             for e in doc["events"] if not e.get("optional")]
    made = extract_mod.candidates(doc["text"], doc.get("published"), doc.get("home"))
    first: dict[tuple, object] = {}
    for c, _ in made:
        if c.trig is not None and c.actor2 is not None and _etype(c) in CONTACT:
            first.setdefault(_trig_id(c), c)
    rows = []
    for c in first.values():
        etype = _etype(c)
        mentions = trigger_mentions(c.sentence, c.trig, _rules_of(c, made), rule_use)
        keys = [str(x.key) for x, _ in mentions]
        for x, feats in mentions:
            k, y = str(x.key), 0
            for t, a1, a2 in sides:
                if t == etype and k == a1 and a2 in keys:
                    y = 1
                    break
                if t == etype and k == a2 and a1 in keys:
                    y = 2
            if not y and any(t == etype and k in pair for t, pair in optional):
                continue
            rows.append({"feats": feats, "y": y, "fold": fold_of(doc)})
    return rows


def fit(rows: list[dict], C: float) -> dict:
    """A multinomial logistic model as plain weights (one dict per class)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=True)
    X = vec.fit_transform([{f: 1 for f in r["feats"]} for r in rows])
    clf = LogisticRegression(C=C, max_iter=3000)
    clf.fit(X, [r["y"] for r in rows])
    names = vec.get_feature_names_out()
    return {"classes": [int(c) for c in clf.classes_],
            "bias": [float(b) for b in clf.intercept_],
            "weights": [{n: float(w) for n, w in zip(names, row, strict=True) if abs(w) > 1e-6}
                        for row in clf.coef_]}


def probs(feats: list[str], model: dict) -> tuple[float, float]:
    """(subject, counterpart) probabilities of a mention (softmax over the classes)."""
    zs = [b + sum(w.get(f, 0.0) for f in feats)
          for b, w in zip(model["bias"], model["weights"], strict=True)]
    top = max(zs)
    es = [math.exp(z - top) for z in zs]
    p = dict(zip(model["classes"], (e / sum(es) for e in es), strict=True))
    return p.get(1, 0.0), p.get(2, 0.0)


def _auc(scores: list[float], ys: list[int]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(ys, scores))


class Attach:
    """Patches the extractor's wide branch (the one a wide model in the scorer's file would
    take) so that it keeps the contact wide candidates whose pair scores `threshold` or more
    (`keep`, when set, decides instead: the oracle)."""

    def __init__(self, rule_use: bool):
        self.rule_use = rule_use
        self.model: dict | None = None
        self.threshold = 1.01
        self.keep = None
        self.shipped = scorer.load_model()

    def install(self) -> None:
        extract_mod.load_model = lambda path=None: dict(
            self.shipped, wide={"types": CONTACT, "threshold": self.threshold})
        extract_mod.decidable = lambda c, types: c.trig is not None and _etype(c) in types
        extract_mod.structure_features = self._features
        extract_mod.decided = lambda c, sfeats, types: bool(sfeats)
        extract_mod.wide_score = lambda feats, wide: float(feats[-1][2:])

    def pair_score(self, c, made) -> float | None:
        """The pair's score, or None for a pair the model does not decide (a mention carried
        from another sentence, two mentions of one «و» list)."""
        sent = c.sentence
        spans = {(x.i, x.j, x.key) for x in sent.actors}
        if any(x is None or (x.i, x.j, x.key) not in spans for x in (c.actor1, c.actor2)):
            return None
        a, b = sorted((c.actor1, c.actor2), key=lambda x: x.i)
        if b.i - a.j <= 1 and sent.norms[b.i].startswith("و"):
            return None
        ps = {(x.i, x.j): probs(feats, self.model)
              for x, feats in trigger_mentions(sent, c.trig, _rules_of(c, made), self.rule_use)}
        pa, pb = ps.get((a.i, a.j)), ps.get((b.i, b.j))
        if pa is None or pb is None:
            return None
        return max(pa[0] * pb[1], pb[0] * pa[1])

    def _features(self, c, made) -> list[str]:
        if self.keep is not None:
            return ["p=1"] if self.keep(c) else []
        p = self.pair_score(c, made)
        return [] if p is None else [f"p={p}"]


def _strict(docs: list[dict]) -> dict:
    s = evaluate_docs(docs)["strict"]
    return {k: s[k] for k in ("tp", "fp", "fn")}


def _line(name: str, tot: dict) -> str:
    s = _prf(tot["tp"], tot["fp"], tot["fn"])
    return f"{name}: tp {s['tp']} fp {s['fp']} fn {s['fn']} F1 {s['f1']:.4f}"


def _add(tot: dict, s: dict) -> None:
    for k in ("tp", "fp", "fn"):
        tot[k] = tot.get(k, 0) + s[k]


def oracle(att: Attach, docs: list[dict]) -> dict:
    """Strict figures when the wide candidates kept are exactly those with a firm gold key."""
    tot: dict = {}
    att.threshold = 0.5
    for doc in docs:
        firm = gold_sets(doc)[0]
        att.keep = lambda c, firm=firm: _ckey(c) in firm
        _add(tot, _strict([doc]))
    att.keep = None
    return tot


def removal(att: Attach, docs: list[dict], models: dict | None) -> None:
    """Figures when the rule frames' contact candidates the model scores below each REMOVE_AT
    are dropped (no wide candidate added); `models` by fold, or None for att.model."""
    cached = extract_mod.candidates
    cut = [0.0]

    def filtered(text, published=None, home=None, with_wide=True):
        made = cached(text, published, home, with_wide)
        out = []
        for c, feats in made:
            if "rule=True" in feats and c.trig is not None and c.actor2 is not None \
                    and _etype(c) in CONTACT:
                p = att.pair_score(c, made)
                if p is not None and p < cut[0]:
                    continue
            out.append((c, feats))
        return out

    extract_mod.candidates = filtered
    att.threshold = 1.01
    try:
        for r in REMOVE_AT:
            cut[0] = r
            tot: dict = {}
            for k in range(FOLDS) if models else [None]:
                if models:
                    att.model = models[k]
                _add(tot, _strict([d for d in docs if k is None or fold_of(d) == k]))
            print(_line(f"{'train CV' if models else 'dev'} remove below {r}", tot))
    finally:
        extract_mod.candidates = cached


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--rule-use", action="store_true",
                    help="add the features of whether a rule candidate uses the mention")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--remove", action="store_true")
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--at", type=float, default=None, help="threshold (default: best CV)")
    ap.add_argument("--digest", help="write the output check's dump with the model kept")
    args = ap.parse_args(argv)
    generate = extract_mod.candidates
    _cache_candidates()
    train = events_real.load(("train",))
    print(_line("train shipped", _strict(train)))
    rows = [r for doc in train for r in mention_rows(doc, args.rule_use)]
    print("mention rows", len(rows), "subject", sum(r["y"] == 1 for r in rows),
          "counterpart", sum(r["y"] == 2 for r in rows))
    att = Attach(args.rule_use)
    att.install()
    if args.oracle:
        print(_line("train oracle", oracle(att, train)))
    per_t: dict[float, dict] = {t: {} for t in THRESHOLDS}
    oof, ys, pairs, models = [], [], [], {}
    for k in range(FOLDS):
        att.model = models[k] = fit([r for r in rows if r["fold"] != k], args.C)
        for r in rows:
            if r["fold"] == k:
                oof.append(sum(probs(r["feats"], att.model)))
                ys.append(int(r["y"] > 0))
        held = [d for d in train if fold_of(d) == k]
        for doc in held:
            firm = gold_sets(doc)[0]
            made = extract_mod.candidates(doc["text"], doc.get("published"), doc.get("home"))
            seen = {_ckey(o) for o, f in made if "rule=True" in f}
            for c, feats in made:
                if "rule=True" in feats or c.trig is None or c.actor2 is None \
                        or _etype(c) not in CONTACT or _ckey(c) in seen:
                    continue
                p = att.pair_score(c, made)
                if p is not None:
                    seen.add(_ckey(c))
                    pairs.append((p, int(_ckey(c) in firm)))
        for t in THRESHOLDS:
            att.threshold = t
            _add(per_t[t], _strict(held))
    print("mention AUC (held out)", round(_auc(oof, ys), 4))
    pairs.sort(key=lambda r: -r[0])
    print(f"new wide pairs {len(pairs)}, firm {sum(y for _, y in pairs)}, "
          f"AUC {_auc([p for p, _ in pairs], [y for _, y in pairs]):.3f}, firm in top",
          {n: sum(y for _, y in pairs[:n]) for n in (10, 20, 40, 80)})
    for t in THRESHOLDS:
        print(_line(f"train CV add at {t}", per_t[t]))
    best = max(THRESHOLDS, key=lambda t: (_prf(*per_t[t].values())["f1"], t))
    at = args.at if args.at is not None else best
    if args.remove:
        removal(att, train, models)
    if args.digest:
        att.model, att.threshold = fit(rows, args.C), at
        extract_mod.candidates = generate
        from bench import events_digest

        return events_digest.main(["--dump", args.digest])
    if args.dev:
        dev = events_real.load(("dev",))
        if args.oracle:
            print(_line("dev oracle", oracle(att, dev)))
        att.model = fit(rows, args.C)
        for t in (1.01, at):
            att.threshold = t
            print(_line(f"dev add at {t}", _strict(dev)))
        if args.remove:
            removal(att, dev, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
