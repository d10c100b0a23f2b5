"""Train the event scorer (pipeline/events/scorer.py) and write configs/models/events_scorer.json.

Candidates of the training documents (the real-news train split, plus the seed and first dev
gold sets that the rules were written against) are labelled by matching the hand-labelled
events (same type and the same unordered pair of country/org + role); a candidate that only
matches an optional event is left out. A logistic regression (scikit-learn) learns the weights.

Its regularisation and the two decision thresholds (for the rules' own candidates and for the
wide ones) are chosen by cross-validation on the real-news TRAIN split: the documents fall
into five folds by a hash of their id; each fold is scored by a model trained without it, and
the setting with the best pooled strict F1 over the folds wins (ties: the higher precision,
then the higher thresholds, then the stronger regularisation), among the settings whose model
trained on everything keeps the seed gold at strict F1 1.0 and the first dev set at 0.9 or
more (the rules' home ground: the scorer must not trade it away). The setting of the model
being replaced (its C and both thresholds, read from --out) is kept, retrained on the new
candidates, unless the best setting beats its pooled F1 by SETTING_MARGIN or more (or it no
longer passes the gates): with a few hundred firm events the folds' F1 is noisy by most of a
point (drawing the folds again with another hash reorders the settings by up to 0.007, and
a rule change touching one document moved the best setting's lead by as much), and a C or
a threshold flipped on such a difference swings the held-out figures for no reason a rule
change gave (--fresh ignores the old model). The DEV split then measures
the chosen model, as a held-out set: it chooses nothing here (with ~40 firm events it is too
small to pick thresholds from without learning its noise). The test split is never read here.
Deterministic.

With --wide (or --wide-only: the logistic model of --out kept as it is), the wide candidates
get a model of their own (`wide` in the file, scorer.wide_score): gradient-boosted trees
(scikit-learn, fixed seed) over their features and their structure features
(pipeline/events/structure.py), for the candidates structure.decided lets it decide: every
type but VISIT (on train, 153 of the 155 wide candidates that break a right event when kept
are visits: kept, they merge into the rule frames' visit and take its status or date), no verb
of discussing, no «و» list of the trigger's objects. Its threshold is chosen by 5-fold
cross-validation on the train split alone: each held-out wide candidate's effect on the strict
score when kept alone on top of the rule decisions (bench/events_wide_ap.py) is summed down
the pooled held-out ranking, and the cut with the best strict F1 wins. It is not shipped: on
train (5-fold) it adds strict tp +10 fp +9 (F1 0.7877 -> 0.7903), on dev tp +5 fp +3 (F1
0.644 -> 0.651, precision 0.737 -> 0.734), but of the events it adds over the output check's
corpus documents only about half are right (a right pair with a wrong status, date or type,
or a wrong party), where a kept change needs most of them right (fourteenth round, on
c29f143). Refitted after the wide candidates were dated by the frames' steps (fifteenth round):
train (5-fold) tp +4 fp +2, dev 0.658 -> 0.661 (226/72/160), three events added to the output
check, all right, but the two it added in 8,946 other unlabelled documents were wrong and its
threshold moves between the top 8 and the top 30 of the ranking with small changes of the
candidates: still not shipped.

Refits of the logistic model on the train split of 2,345 documents (nineteenth round, f0c6b3b,
the candidate cache giving the extractor's own candidates; wide threshold 1.01; pooled 5-fold
strict F1 and tp/fp/fn on train; train and dev strict tp/fp/fn of the model fitted on everything):

    setting                    5-fold F1 (tp/fp/fn)   train         dev
    rules alone (no model)     0.8179 (831/102/268)   831/102/268   247/61/154 (0.697)
    shipped model              -                      830/92/269    247/57/154 (0.701)
    its setting refitted       0.8118 (815/94/284)    827/95/272    244/57/157 (0.695)
    (C 0.1, rule 0.5)
    best: C 0.1, rule 0.35     0.8193 (830/97/269)    831/96/268    247/59/154 (0.699)
    C 0.3, rule 0.2            0.8192 (829/96/270)    831/95/268    247/59/154 (0.699)

The best setting gains 0.0075 over the shipped one's refit (under SETTING_MARGIN) and its dev
falls, so the shipped model (fitted on an older part of today's train split, its train figure
partly memorised) stays. In the eighteenth round, leaving out the features that name a word or
a pair of offices (trig=, roles=) seen in fewer than 3 or 5 training documents, merging them
into one feature per family, dropping every feature seen in fewer than 3 documents, or leaving
out every trig= and roles= feature moved none of the refits' figures by more than 0.0015. Of
the 40 events the shipped model then dropped over the whole corpus outside dev and test, only
10 would be right events (leniently; about 6 strictly); the right ones are held down by a side
with the generic role «official» (a government named as a party), an armed group as the other
side, no place and no listed party.

Refitted again on the train split of 2,919 documents and 1,446 firm events (twenty-third round,
c302eb3; 5,432 training candidates, 1,742 positive; same columns):

    setting                    5-fold F1 (tp/fp/fn)   train         dev
    rules alone (no model)     0.7946 (1062/165/384)  1062/165/384  248/58/153 (0.702)
    shipped model              -                      1061/154/385  248/54/153 (0.706)
    its setting refitted       0.7873 (1040/156/406)  1056/154/390  245/53/156 (0.701)
    (C 0.1, rule 0.5)
    best: C 0.1, rule 0.2      0.7958 (1062/161/384)  1062/160/384  248/56/153 (0.704)
    with structure features:
    its setting refitted       0.7870 (1038/154/408)  1054/153/392  245/54/156 (0.700)
    best: C 0.3, rule 0.0,     0.7967 (1070/170/376)  1072/171/374  250/64/151 (0.699)
    wide 0.8

The best setting gains 0.0085 over the shipped one's refit, under SETTING_MARGIN, and the
shipped model stays. Its setting refitted now drops about 22 right events of the folds to save
about 9 false ones: at rule 0.0 (every rule candidate kept) the folds read as the rules alone,
and no threshold gains more than 0.0012 over that. Of the 1,972 rule candidates of train whose
pair and type a firm or no event has (optional ones left out), 1,476 are a firm event's;
dropped one at a time from the rules' output, 898 lose a right event and 48 more turn a right
one false, 93 remove a false one, 43 remove a false one though their pair and type are right
(a wrong status, date or role), and 881 change nothing (the later steps merge or drop them
anyway): the few candidates worth dropping are hard to tell from the many that are not.
Structure features were tried on top of the current ones (not shipped, not in the code): what
separates the trigger from each actor and the two actors (a punctuation mark, a clause opener
of cues.yaml, another trigger), whether one of the pair is the trigger's subject and the other
marked as its partner («مع», «ب», نظيره), a pair listed after «بين», whether the date was told
in the trigger's clause, another clause or another sentence, the tense against the status (a
past verb made planned), and whether the rules made the same pair a contact of another type
in the sentence (counts of actors, triggers and words were already features). They moved the
settings of C 0.1 by -0.004 to +0.0002 and the best of all by +0.0009 (the table's last rows;
the held-out ranking of the rule candidates, AUC 0.85, the same with and without them); that
best lets wide candidates in (threshold 0.8), and its dev falls to 0.699 (64 false events).
Measured again on 9bc9f14 (3,002 train documents, 1,517 firm events, after that round's label
harmonisation and actor changes): rules alone 0.7957 (1122/181/395; dev 248/58/153), the
shipped model train 1121/169/396 and dev 248/54/153, its setting refitted 0.7892 (1099/169/418;
train 1118/166/399, dev 244/53/157), the best, C 0.1 and rule 0.35, 0.7972 (1120/173/397;
train 1121/170/396, dev 246/54/155): a gain of 0.0080, and the weights stay.
Measured again on 7277ad5 (3,038 train documents, 1,542 firm events; 5,797 training candidates,
1,898 positive; C 0.1 only, wide thresholds 0.7, 0.8 and 1.01): the shipped model train
1158/136/384, dev 256/41/145 (0.734); its setting refitted 0.8089 (1141/138/401; train
1154/136/388, dev 257/40/144, 0.736); the best passing the gates, rule 0.2, 0.8143 (1158/144/384):
a gain of 0.0054, and the weights stay. Wide 0.7 reads 0.8164 at rule 0.2 but fails the seeds
gate (0.952). Of the train misses a wide candidate alone pairs (87 firm events; bench/
events_misses.py, category wide), the wide candidates of no found event number 3,390, 91 of
them (85 events) a firm event's: a logistic model of those candidates alone (C 0.1, the same
features, 5 folds by this split's hash) puts 7 right events in its top 10 and 9 in its top 20
(AUC 0.80), and adding whether the sentence, the trigger or the pair has a rule candidate, or
how many of the pair are parties of a kept rule candidate, moves its AUC by -0.004 to +0.006:
no feature tried separates the right wide candidates from the wrong ones. The scorer itself
drops 4 firm events of train (rule candidates below 0.5, held down by a side with the generic
role official); 18 more pass it and are lost after it, 14 of them visits with no place, which
the extractor drops on purpose: of the place-less visits of train's rule candidates that pass
the scorer (one per document and pair), 86 are found events, 14 these misses and 103 no event.
Refitted again on d9bcdfd, measured and not shipped (3,038 train documents, 1,589 firm events;
5,885 training candidates, 1,932 positive) because a feature changed meaning: since the
twenty-ninth round a place is a contact's venue only where the text tells it as one, so loc= (a
place found) no longer reads what the shipped weights (fitted on 1,321 documents) learned; of
train's rule candidates other than visits it was on for 563 of 904 positive and 120 of 186
negative ones, now 436 of 908 and 85 of 187 (a visit's place is its destination: unchanged). The
best setting, C 0.3 and rule 0.35, reads 0.8149 (1184/133/405), the shipped setting refitted
0.8131 (1179/132/410): a gain of 0.0018, the setting stays, refitted (every rule candidate kept,
rule 0.0: 0.8134, 1192/150/397; dev 267/43/153). Shipped model train 1190/129/399, dev
266/37/154 (0.736); refitted train 1188/129/401, dev 268/37/152 (0.739); dev events of
confidence 0.8 or more 259 (P 0.882) -> 282 (P 0.900). Place features tried (C 0.1; 5-fold F1 at
rule 0.5, dev of the model fitted on everything): none 0.8119 (1174/129/415), dev 262/37/158
(falls); one per type 0.8149, dev 267/37/153 (it weighs a visit without a destination -1.37
against +0.55 with one, a meeting's venue +0.34 over none); a visit's destination apart from the
other contacts' venue 0.8132 (all three C: best 0.8146), train 1189/132/400, dev 267/38/153.
None beats the refit with loc= beyond the folds' noise: the features stay. The refit weighs loc=
as the old weights did (+0.53 and -0.47, against +0.48 and -0.48): what moves the output is the
rest of the weights, now fitted on today's candidates. Over the whole corpus outside dev and
test (2,132 -> 2,136 events, 35 documents) it removes 22 events and adds 26, read by hand: of
those removed, 8 wrong (two officials of one state, a wrong party), 9 right (Tunisia's speaker
in Berlin, the Bahraini delegation in Riyadh, a Saudi-Turkish meeting twice, Mohammed bin
Salman's Cairo visit; 3 of them replaced by another mention of the pair, 2 of those with a wrong
date), 1 right pair with a wrong date, 4 optional (airport receptions, an unanswered
invitation); of those added, 6 right, 8 right pairs with a wrong date or status, 10 wrong (one
flight of returning Yemenis read as a Saudi official's visit in 4 reports, «الرئيس الأوروبي»
read as the EU's head 3 times, Taliban and ISIS as parties twice), 2 optional receptions.
Strictly it loses 3 right events and adds 9 false ones; by pairs it gains 4 right and 2 wrong.
The Houthi-GPC meeting of snn-2015-08-09-828 that the venue round lost stays out (scored 0.313
-> 0.340). On dev the refit's confidences rank better: at 0.9 or more 146 events (120 right) ->
225 (186 right). The weights stay: over unlabelled news the refit's output reads worse (strictly
3 right lost and 9 false added, mostly one-sided visits with no host and talks of two armed
groups that the shipped weights hold just under 0.5), and train loses 2 right events.
Crossing features tried on bbae0cd (thirty-first round; not shipped, not in the code): the type
with the unordered pair of offices (type_roles=NEGOTIATE:group|official) and the type with one
state or two (type_same=MEET:True), for every candidate with two sides (carried ones too). Talks
of an official with an armed group are held down by the separate a_role=official, b_role=group,
loc=False and listed=0 weights though on train such candidates are a firm event's 29 times of 30
(the round's count): a one-line sentence of talks between a government and an armed group scored
0.473. 5,904 training candidates (1,943 positive), wide threshold 1.01 (the shipped one), C 0.1:

    setting                    5-fold F1 (tp/fp/fn)   train         dev
    shipped model              -                      1201/129/390  272/30/148 (0.753)
    its setting refitted       0.8170 (1190/132/401)  1199/128/392  274/30/146 (0.757)
    (C 0.1, rule 0.5)
    with the crossings         0.8165 (1188/131/403)  1199/128/392  273/30/147 (0.755)
    best with them: C 0.1,     0.8180 (1202/146/389)  1202/144/389  273/34/147 (0.751)
    rule 0.2 (C 0.3 and 0.03 at rule 0.35 the same)

(without the crossings rule 0.2 reads 0.8177, rule 0.35 0.8181; every setting passes the gates,
seeds 1.000, first dev 0.936). The best gains 0.0015 over the shipped setting, under
SETTING_MARGIN, so the setting stays; refitted with the crossings it weighs
type_roles=NEGOTIATE:group|official +0.87 and type_same=MEET:True -1.02 (taking over from
same_country=True), and the sentence of talks scores 0.891. But the folds fall by 0.0005 and dev
by one event against the same setting refitted without them: the train candidates it was meant
for already pass (train is unchanged at 0.5). Output check 774 -> 775 events. Over the whole
corpus outside dev and test (2,142 -> 2,138 events, 25 documents) it removes 15 events, adds 11
and changes an attribute of 6, read by hand: of those removed, 9 wrong (officials of one state
three times, a Lebanese and a Tunisian minister read as Saudi, a Houthi call that was a
newspaper's, the planned Afghan-Pakistani talks that are the government's with the Taliban
twice, a visit to Romania that was a Romanian's to Riyadh), 3 right (Tunisia's speaker in
Berlin, the Bahraini delegation in Riyadh, a Saudi-Turkish prisons meeting), 2 optional (an
invitation, the meeting's duplicate), 1 unclear (a compromise presented at a summit); of those
added, 6 right (Tunisia's talks with the IMF mission, an American ambassador with the GPC in
Cairo, the Afghan-Taliban talks at Murree and their planned second round, the Red Crescent's EU
visitor, a visit to Jordan), 3 right pairs with a wrong date or status (Greece's talks with the
ECB and the IMF dated by their end, the planned second round told as held), 2 optional airport
receptions; of the attributes, 1 better (a wrong venue dropped), 2 worse (a planned round's told
day replaced by «next week», a visit's month by the publication day), 3 neutral. It reads more
right than wrong (16 right, 8 wrong strictly), but neither held-out measure improves: the
features are not shipped.

    pip install -e '.[train]'
    python bench/train_events_model.py            # writes the model, prints CV and dev figures
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import events_real  # noqa: E402
from bench.events_eval import _actor_key, _prf, evaluate_docs, gold_keys  # noqa: E402
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


def gold_sets(doc: dict) -> tuple[set, set]:
    """The (type, pair) keys of a document's firm gold events and of its optional ones."""
    golds = [gold_keys(e) for e in doc["events"]]
    return ({(g["type"], g["pair"]) for g in golds if not g["optional"]},
            {(g["type"], g["pair"]) for g in golds if g["optional"]})


def labelled_candidates(docs: list[dict]) -> tuple[list[list[str]], list[int]]:
    X, y = [], []
    for doc in docs:
        firm, optional = gold_sets(doc)
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


FOLDS = 5
CS = (0.03, 0.1, 0.3)
RULE_THRESHOLDS = (0.0, 0.2, 0.35, 0.5)
WIDE_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
# pooled 5-fold F1 a new setting must gain over the current model's to replace it (about four
# firm training events' worth: less is within the folds' noise)
SETTING_MARGIN = 0.01
# the gates a setting must pass: strict F1 on the seed documents and on the first dev set
SEEDS_GATE, FIRST_DEV_GATE = 1.0, 0.9


def previous_setting(path: Path) -> tuple | None:
    """(C, rule threshold, wide threshold) of the model at `path`, or None without one."""
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
        return float(old["C"]), float(old["threshold_rule"]), float(old["threshold_wide"])
    except (OSError, ValueError, KeyError):
        return None


def choose(results: dict, previous: tuple | None, margin: float = SETTING_MARGIN) -> tuple:
    """The setting (C, rule threshold, wide threshold) to ship, from `results`: setting ->
    (sort key, F1 first, of the pooled CV figures) for the settings that pass the gates. The
    best key wins unless `previous` is among them and within `margin` of its F1: then
    `previous` stays (a flip on noise would move the held-out figures for nothing)."""
    best = max(results, key=lambda s: results[s])
    if previous is not None and previous in results \
            and results[best][0] - results[previous][0] < margin:
        return previous
    return best


def fold_of(doc: dict) -> int:
    return int(hashlib.sha1(doc["doc_id"].encode()).hexdigest(), 16) % FOLDS


def _pooled(results: list[dict]) -> dict:
    return _prf(*(sum(r["strict"][k] for r in results) for k in ("tp", "fp", "fn")))


def cross_validate(C: float, real_train: list[dict], always: list[dict], fit=None,
                   prepare=None) -> dict:
    """Pooled strict figures over the folds for every (rule, wide) threshold pair: each fold's
    documents scored by a model trained on the other folds (and on `always`) by `fit` (`train`
    unless given), after `prepare`, if given, has been called with those training documents
    (bench/events_embed_ab.py fits its embedding's reducer there)."""
    per_setting: dict[tuple, list[dict]] = {}
    for k in range(FOLDS):
        held = [d for d in real_train if fold_of(d) == k]
        docs = [d for d in real_train if fold_of(d) != k] + always
        if prepare is not None:
            prepare(docs)
        X, y = labelled_candidates(docs)
        fitted = (fit or train)(C, X, y)
        for t_rule in RULE_THRESHOLDS:
            for t_wide in WIDE_THRESHOLDS:
                model = dict(fitted, threshold_rule=t_rule, threshold_wide=t_wide)
                per_setting.setdefault((t_rule, t_wide), []).append(dev_score(model, held))
    return {key: _pooled(results) for key, results in per_setting.items()}


def _cache_candidates() -> None:
    """Candidates depend on the text alone, not on the model: generate each document's once
    (the search scores every document 3 x 5 x 24 times) and hand out copies, since deciding
    marks them (score, status). Those made with and without the wide candidates are cached
    apart, each made by the extractor's own call: the rule frames' candidates need not be the
    wide run's rule candidates (the document-level steps after the sentences see the wide
    pairs too; until the twentieth round a later round of talks also took a wide pair's sides),
    so filtering the wide run gave the scorer events the extractor does not make (train
    832/95/267 where the extractor gave 831/93/268)."""
    generate, cache = extract_mod.candidates, {}

    def cached(text, published=None, home=None, with_wide=True):
        key = (text, str(published), home, bool(with_wide))
        if key not in cache:
            cache[key] = generate(text, published, home, with_wide)
        return copy.deepcopy(cache[key])

    extract_mod.candidates = cached


WIDE_TYPES = frozenset({"MEET", "CALL", "NEGOTIATE", "MEDIATE", "PRESS_CONFERENCE"})
WIDE_TREES, WIDE_DEPTH, WIDE_RATE = 200, 3, 0.05


def wide_rows(docs: list[dict], fold: bool, effects: bool) -> list[dict]:
    """The wide candidates of `docs` the wide model decides: features with the structure ones,
    label (a firm event's type and pair; those of an optional event left out), fold, and the
    strict (tp, fp) change when kept alone."""
    from bench.events_wide_ap import alone_effects
    from pipeline.events.structure import decided, structure_features

    rows = []
    for doc in docs:
        firm, optional = gold_sets(doc)
        cands = extract_mod.candidates(doc["text"], doc.get("published"), doc.get("home"))
        alone = alone_effects(doc, cands) if effects else {}
        for k, (c, feats) in enumerate(cands):
            key = _ckey(c)
            if "rule=True" in feats or key not in firm and key in optional:
                continue
            sfeats = structure_features(c, cands)
            if not decided(c, sfeats, WIDE_TYPES):
                continue
            rows.append({"feats": feats + sfeats, "y": int(key in firm),
                         "fold": fold_of(doc) if fold else -1, "alone": alone.get(k)})
    return rows


def _fit_trees(rows: list[dict]):
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer(sparse=False)
    X = vec.fit_transform([{f: 1 for f in r["feats"]} for r in rows])
    clf = GradientBoostingClassifier(n_estimators=WIDE_TREES, max_depth=WIDE_DEPTH,
                                     learning_rate=WIDE_RATE, random_state=0)
    clf.fit(X, [r["y"] for r in rows])
    return vec, clf


def _trees_json(vec, clf, X) -> dict:
    """The fitted trees as scorer.wide_score reads them (features are binary: a split at 0.5
    sends the feature's presence right)."""
    names = vec.get_feature_names_out()
    trees = []
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        nodes = []
        for n in range(t.node_count):
            if t.children_left[n] == -1:
                nodes.append([round(float(t.value[n][0][0]), 6)])
            else:
                nodes.append([str(names[t.feature[n]]), int(t.children_right[n]),
                              int(t.children_left[n])])
        trees.append(nodes)
    init = float(clf._raw_predict_init(X[:1])[0][0])
    return {"init": round(init, 6), "rate": clf.learning_rate, "trees": trees}


def train_wide(real_train: list[dict], always: list[dict], base: tuple[int, int, int]) -> dict:
    """The wide model and its threshold (see the module's docstring); `base` is the train
    split's strict (tp, fp, fn) without any wide candidate."""
    rows = wide_rows(real_train, True, True) + wide_rows(always, False, False)
    scores: dict[int, float] = {}
    for k in range(FOLDS):
        vec, clf = _fit_trees([r for r in rows if r["fold"] != k])
        held = [i for i, r in enumerate(rows) if r["fold"] == k]
        p = clf.predict_proba(vec.transform([{f: 1 for f in rows[i]["feats"]} for i in held]))
        scores.update(zip(held, map(float, p[:, 1]), strict=True))
    order = sorted(scores, key=lambda i: -scores[i])
    best = (_prf(*base)["f1"], 1.01, 0, 0, 0)
    tp = fp = 0
    for n, i in enumerate(order):
        tp, fp = tp + rows[i]["alone"][0], fp + rows[i]["alone"][1]
        nxt = scores[order[n + 1]] if n + 1 < len(order) else 0.0
        f1 = _prf(base[0] + tp, base[1] + fp, base[2] - tp)["f1"]
        if f1 > best[0] and scores[i] > nxt:
            best = (f1, round((scores[i] + nxt) / 2, 6), n + 1, tp, fp)
    print(f"wide model: {len(rows)} candidates ({sum(r['y'] for r in rows)} positive); train "
          f"{FOLDS}-fold: keeping the top {best[2]} adds strict tp {best[3]:+d} fp {best[4]:+d}, "
          f"F1 {_prf(*base)['f1']:.4f} -> {best[0]:.4f}, threshold {best[1]}")
    vec, clf = _fit_trees(rows)
    X = vec.transform([{f: 1 for f in r["feats"]} for r in rows])
    wide = dict(_trees_json(vec, clf, X), threshold=best[1],
                types=sorted({r["feats"][0].split("=", 1)[1] for r in rows}))
    # the JSON trees give sklearn's scores (to rounding)
    from pipeline.events.scorer import wide_score
    loaded = dict(wide, trees=[[tuple(n) for n in t] for t in wide["trees"]])
    mine = [wide_score(r["feats"], loaded) for r in rows]
    theirs = clf.predict_proba(X)[:, 1]
    assert max(abs(a - b) for a, b in zip(mine, theirs, strict=True)) < 1e-4
    return wide


def _wide_for(model: dict, real_train: list[dict]) -> dict:
    """The wide model to go with the logistic `model` (scored without any wide candidate)."""
    plain = dict(model)
    plain.pop("wide", None)
    base = dev_score(plain, real_train)["strict"]
    scorer.load_model.cache_clear()
    original = extract_mod.load_model
    extract_mod.load_model = lambda path=None: plain  # the rule decisions the effects build on
    try:
        return train_wide(real_train, _read("events_seeds.jsonl") + _read("events_dev.jsonl"),
                          (base["tp"], base["fp"], base["fn"]))
    finally:
        extract_mod.load_model = original


def _write(model: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--fresh", action="store_true",
                    help="choose the setting by CV alone, not preferring the current model's")
    ap.add_argument("--wide", action="store_true",
                    help="also fit the wide model (not shipped: see the module's docstring)")
    ap.add_argument("--wide-only", action="store_true",
                    help="fit the wide model only, keeping --out's logistic model")
    args = ap.parse_args(argv)
    if args.wide_only:
        _cache_candidates()
        real_train = events_real.load(("train",))
        model = json.loads(args.out.read_text(encoding="utf-8"))
        model.pop("wide", None)
        model["wide"] = _wide_for(model, real_train)
        _write(model, args.out)
        dev = dev_score(model, events_real.load(("dev",)))["strict"]
        print(f"held-out dev strict tp {dev['tp']} fp {dev['fp']} fn {dev['fn']} "
              f"P={dev['precision']:.3f} R={dev['recall']:.3f} F1={dev['f1']:.3f}")
        return 0
    previous = None if args.fresh else previous_setting(args.out)
    _cache_candidates()
    real_train = events_real.load(("train",))
    seeds, first_dev = _read("events_seeds.jsonl"), _read("events_dev.jsonl")
    train_docs = real_train + seeds + first_dev
    dev_docs = events_real.load(("dev",))
    X, y = labelled_candidates(train_docs)
    print(f"training candidates: {len(y)} ({sum(y)} positive) from {len(train_docs)} documents")
    passing: dict[tuple, tuple] = {}  # setting -> (sort key, model) of those passing the gates
    for C in CS:
        fitted = train(C, X, y)
        cv = cross_validate(C, real_train, seeds + first_dev)
        for (t_rule, t_wide), m in sorted(cv.items()):
            model = dict(fitted, threshold_rule=t_rule, threshold_wide=t_wide)
            gates = (dev_score(model, seeds)["strict"]["f1"],
                     dev_score(model, first_dev)["strict"]["f1"])
            ok = gates[0] >= SEEDS_GATE and gates[1] >= FIRST_DEV_GATE
            print(f"C={C:<5} rule>={t_rule:.2f} wide>={t_wide:.2f} train {FOLDS}-fold strict "
                  f"P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.4f} "
                  f"({m['tp']}/{m['fp']}/{m['fn']}) "
                  f"(seeds {gates[0]:.3f}, first dev {gates[1]:.3f}){'' if ok else ' x'}")
            key = (round(m["f1"], 6), round(m["precision"], 6), t_wide, t_rule, -C)
            if ok:
                passing[(C, t_rule, t_wide)] = (key, model)
    if not passing:
        print("no setting keeps the seeds at 1.0 and the first dev set at 0.9", file=sys.stderr)
        return 1
    setting = choose({s: v[0] for s, v in passing.items()}, previous)
    key, model = passing[setting]
    C = setting[0]
    if previous is not None:
        kept = "kept" if setting == previous else "replaced"
        print(f"previous setting C={previous[0]} rule {previous[1]} wide {previous[2]}: {kept}")
    model = {"version": "events-scorer-1", "C": C, "threshold_rule": model["threshold_rule"],
             "threshold_wide": model["threshold_wide"],
             "bias": model["bias"], "trained_on": {"documents": len(train_docs),
                                                    "candidates": len(y), "positive": sum(y)},
             "weights": model["weights"]}
    if args.wide:
        model["wide"] = _wide_for(model, real_train)
    _write(model, args.out)
    dev = dev_score(model, dev_docs)["strict"]
    print(f"chosen C={C} thresholds rule {model['threshold_rule']} wide "
          f"{model['threshold_wide']} (train {FOLDS}-fold F1 {key[0]:.3f}) -> {args.out} "
          f"({len(model['weights'])} weights); held-out dev strict P={dev['precision']:.3f} "
          f"R={dev['recall']:.3f} F1={dev['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
