"""Sort the strict misses of the real-news training split by where the pipeline lost them.

For each gold event that no kept prediction matches strictly:
  nopair       no candidate (rule or wide) pairs its two actors (unrecognised or unpaired);
  unpaired     a subset of nopair: both actors are recognised as mentions somewhere in the text,
               split by how far apart: unpaired-near when both are recognised in the trigger's
               sentence or the one before it (a near miss: a construction the frames do not
               read), unpaired-far when they are only farther apart (the trigger's sentence is
               the evidence sentence holding the gold trigger, else the evidence's first;
               narrower than the --ceiling bucket near, which takes any evidence sentence
               and both its neighbours);
  wrongtype    candidates pair the actors, but none of the gold type;
  scored-out   a rule candidate of the right type and pair exists, the scorer dropped it;
  wide         only wide candidates (those the rule frames did not make) have its type and pair:
               the wide gate dropped them (the shipped model keeps no wide candidate);
  dropped      a rule candidate of its type and pair passed the scorer, a later step dropped it
               (most often a visit with no place in its sentence);
  status/date  a prediction of the right type and pair was kept, with another status or date.
With --show wrongtype each miss also lists the types its pair was given; with --show dropped,
whether the step that dropped it is the visit with no place (`no place`) or a later one; with
--show unpaired, the roles a candidate gives the same two countries/orgs when one pairs them
(`bodies paired as ...`: the pair is lost to an actor's role, not to a missing frame).
(Until the twenty-seventh round the last three were one category, scored-out.)
With --ceiling it places every firm gold event (found or not) in one bucket of where recall
is bounded: a rule candidate pairs its actors (rule), only a wide candidate does (wide), both
actors are recognised in its evidence sentences or their neighbours but nothing pairs them
(near), both are recognised only elsewhere in the text (elsewhere), an actor is recognised
with another role only (role), or an actor is not recognised at all (unknown); and, for the
pairs a candidate makes, whether the event is found, or lost to its type, the scorer (a rule
candidate of its type: scored-out; a wide one only: wide-gate), a step after the scorer
(dropped), or its status/date. It also counts the unrecognised actors by role and kind.
With --show false it lists the split's false events instead (kept predictions no gold event
matches strictly), each with its trigger, score and evidence sentence, sorted as:
  false-status  a gold event of the same type and pair has another status or date;
  false-type    a gold event pairs the same actors with another type;
  false-role    a gold event of the same type joins the same countries/orgs with other roles;
  false-none    no gold event concerns this pair (NONE -> type).
Usage: python bench/events_misses.py [--split train] [--show nopair|unpaired|false] [--ceiling]
The test split is refused (it is frozen: report it, never study its misses).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import events_real  # noqa: E402
from bench.events_eval import _actor_key, _match, _strict, gold_keys, pred_keys  # noqa: E402
from bench.train_events_model import _ckey  # noqa: E402
from pipeline.events import extract as extract_mod  # noqa: E402
from pipeline.events.scorer import score  # noqa: E402


def _kept(feats: list[str], model: dict | None) -> bool:
    """Whether the scorer keeps a rule candidate with these features, as `extract_events`
    decides (without a model the rules decide alone)."""
    return model is None or score(feats, model) >= model["threshold_rule"]


def classify(doc: dict) -> list[tuple[str, dict]]:
    """(category, gold event) for each strict miss of one document."""
    text, pub, home = doc["text"], doc.get("published"), doc.get("home")
    types: dict[tuple, set] = {}
    rules: dict[tuple, bool] = {}  # (type, pair) of a rule candidate -> whether one passes
    model = extract_mod.load_model()
    for c, feats in extract_mod.candidates(text, pub, home):
        etype, pair = _ckey(c)
        types.setdefault(pair, set()).add(etype)
        if "rule=True" in feats:
            rules[(etype, pair)] = rules.get((etype, pair), False) or _kept(feats, model)
    preds = [pred_keys(e) for e in extract_mod.extract_events(text, pub, home=home)]
    sentences = extract_mod._prepare(text, extract_mod.as_date(pub), home)
    keys_at = [{str(_actor_key(a.as_dict())) for a in s.actors} | {"(None, None)"}
               for s in sentences]
    mentioned = set().union(*keys_at) if keys_at else {"(None, None)"}
    out = []
    for ev in doc["events"]:
        g = gold_keys(ev)
        if g["optional"] or any(_strict(g, p) for p in preds):
            continue
        if g["pair"] not in types:
            if all(p in mentioned for p in g["pair"]):
                near = _near_trigger(sentences, keys_at, ev)
                kind = "unpaired-near" if all(p in near for p in g["pair"]) else "unpaired-far"
            else:
                kind = "nopair"
        elif g["type"] not in types[g["pair"]]:
            kind = "wrongtype"
        elif any(p["pair"] == g["pair"] and p["type"] == g["type"] for p in preds):
            kind = "status/date"
        elif (g["type"], g["pair"]) not in rules:
            kind = "wide"
        elif rules[(g["type"], g["pair"])]:
            kind = "dropped"
        else:
            kind = "scored-out"
        out.append((kind, ev))
    return out


def note(doc: dict, ev: dict, kind: str) -> str:
    """What --show prints beside a `wrongtype`, `dropped` or `unpaired-*` miss: for an unpaired
    one, the (type and) pairs of the candidates that join the same two countries/orgs with other
    roles, if any; for `wrongtype`, the types
    the candidates pairing its actors have (each with `rule`, `rule/scored-out` or `wide`); for
    `dropped`, `no place` when every rule candidate of its type and pair the scorer keeps is a
    visit whose sentence names no place and that neither its region nor its host places
    (extract._fallback_place: the step that drops it), else `merged or filtered`
    (a later step: merging, the same-side and duplicate filters)."""
    if kind not in ("wrongtype", "dropped") and not kind.startswith("unpaired"):
        return ""
    g = gold_keys(ev)
    model = extract_mod.load_model()
    given: dict[str, set] = {}
    placeless = []
    bodies = set()
    for c, feats in extract_mod.candidates(doc["text"], doc.get("published"), doc.get("home")):
        etype, pair = _ckey(c)
        if _bodies(pair) == _bodies(g["pair"]):
            bodies.add(f"{etype} {' '.join(pair)}")
        if pair != g["pair"]:
            continue
        rule = "rule=True" in feats
        kept = rule and _kept(feats, model)
        given.setdefault(etype, set()).add(
            "rule" if kept else "rule/scored-out" if rule else "wide")
        if kept and etype == g["type"]:
            placeless.append(etype == "VISIT" and c.location is None
                             and extract_mod._fallback_place(c) is None)
    if kind.startswith("unpaired"):
        return "bodies paired as " + "; ".join(sorted(bodies)) if bodies else ""
    if kind == "wrongtype":
        return "given: " + ", ".join(f"{t} ({'/'.join(sorted(o))})"
                                     for t, o in sorted(given.items()))
    return "no place" if placeless and all(placeless) else "merged or filtered"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _evidence_sentences(sentences: list, evidence: str) -> list[int]:
    """Indices of the prepared sentences the gold evidence overlaps (whitespace-insensitive)."""
    ev = _squash(evidence)
    out = []
    for s in sentences:
        st = _squash(s.text)
        if st and (st in ev or ev in st or st[:40] in ev or ev[:40] in st):
            out.append(s.index)
    return out


def _near_trigger(sentences: list, keys_at: list[set], ev: dict) -> set:
    """The actor keys recognised in the gold event's trigger sentence or the one before it:
    the trigger's sentence is the first evidence sentence holding the gold trigger word, else
    the evidence's first sentence (none when no prepared sentence overlaps the evidence)."""
    at = _evidence_sentences(sentences, ev.get("evidence", ""))
    if not at:
        return set()
    trigger = _squash(ev.get("trigger") or "")
    k = next((k for k in at if trigger and trigger in _squash(sentences[k].text)), at[0])
    return keys_at[k] | (keys_at[k - 1] if k > 0 else set())


def ceiling(doc: dict) -> list[tuple[str, str, dict, list[str]]]:
    """(bucket, outcome, gold event, unrecognised actor descriptions) for each firm gold event
    of one document (see the module doc, --ceiling)."""
    text, pub, home = doc["text"], doc.get("published"), doc.get("home")
    rule_types: dict[tuple, set] = {}
    wide_types: dict[tuple, set] = {}
    ruled: set[tuple] = set()  # (type, pair) of the rule candidates
    passed: set[tuple] = set()  # ... and of those the scorer keeps
    model = extract_mod.load_model()
    for c, feats in extract_mod.candidates(text, pub, home):
        etype, pair = _ckey(c)
        into = rule_types if "rule=True" in feats else wide_types
        into.setdefault(pair, set()).add(etype)
        if "rule=True" in feats:
            ruled.add((etype, pair))
            if _kept(feats, model):
                passed.add((etype, pair))
    preds = [pred_keys(e) for e in extract_mod.extract_events(text, pub, home=home)]
    sentences = extract_mod._prepare(text, extract_mod.as_date(pub), home)
    keys_at = [{str(_actor_key(a.as_dict())) for a in s.actors} | {"(None, None)"}
               for s in sentences]
    everywhere = set().union(*keys_at) if keys_at else {"(None, None)"}
    bodies = {a.country or a.org for s in sentences for a in s.actors}
    golds = [gold_keys(ev) for ev in doc["events"]]
    _, _, _, _, missed = _match(golds, preds, _strict)
    missed_ids = {id(g) for g in missed}
    out = []
    for ev, g in zip(doc["events"], golds, strict=True):
        if g["optional"]:
            continue
        pair, etype = g["pair"], g["type"]
        found = id(g) not in missed_ids
        near = set()
        for k in _evidence_sentences(sentences, ev.get("evidence", "")):
            for n in (k - 1, k, k + 1):
                if 0 <= n < len(keys_at):
                    near |= keys_at[n]
        unknown = []
        if pair in rule_types or pair in wide_types:
            bucket = "rule" if pair in rule_types else "wide"
            types = rule_types.get(pair, set()) | wide_types.get(pair, set())
            if found:
                outcome = "found"
            elif etype not in types:
                outcome = "wrong-type"
            elif any(p["pair"] == pair and p["type"] == etype for p in preds):
                outcome = "status/date"
            elif (etype, pair) in passed:
                outcome = "dropped"
            elif (etype, pair) in ruled:
                outcome = "scored-out"
            else:
                outcome = "wide-gate"
        else:
            outcome = "found" if found else "no-candidate"
            if all(k in near for k in pair):
                bucket = "near"
            elif all(k in everywhere for k in pair):
                bucket = "elsewhere"
            else:
                for n in ("actor1", "actor2"):
                    a = ev.get(n)
                    if a and str(_actor_key(a)) not in everywhere:
                        kind = "org" if a.get("org") else "country"
                        known = (a.get("country") or a.get("org")) in bodies
                        body = "body-known" if known else "body-unknown"
                        unknown.append(f"{a.get('role')}/{kind}/{body}")
                bucket = "role" if all(u.endswith("body-known") for u in unknown) else "unknown"
        out.append((bucket, outcome, ev, unknown))
    return out


def _show_ceiling(docs: list[dict], show: str | None) -> None:
    buckets, outcomes, missing = Counter(), Counter(), Counter()
    for doc in docs:
        for bucket, outcome, ev, unknown in ceiling(doc):
            buckets[bucket] += 1
            outcomes[(bucket, outcome)] += 1
            missing.update(unknown)
            if show and bucket.startswith(show):
                g = gold_keys(ev)
                print(f"{bucket:9} {outcome:12} {doc['doc_id']} {g['type']} {g['status']} "
                      f"{g['pair']} {' '.join(unknown)}")
                print("    " + ev.get("evidence", "")[:300].replace("\n", " "))
    total = sum(buckets.values())
    print(f"firm gold events: {total}")
    for bucket in ("rule", "wide", "near", "elsewhere", "role", "unknown"):
        n = buckets[bucket]
        detail = ", ".join(f"{o} {outcomes[(bucket, o)]}" for o in
                           ("found", "wrong-type", "scored-out", "wide-gate", "dropped",
                            "status/date", "no-candidate")
                           if outcomes[(bucket, o)])
        print(f"  {bucket:10} {n:4} ({n / max(total, 1):.0%})  {detail}")
    print("unrecognised actors (role/kind/whether the country or org is named as another role):")
    for k, n in missing.most_common():
        print(f"  {n:4}  {k}")


def _bodies(pair: tuple) -> tuple:
    """The pair's countries/orgs without their roles."""
    return tuple(sorted(p.split(",")[0] for p in pair))


def false_events(doc: dict) -> list[tuple[str, dict]]:
    """(category, predicted event) for each kept prediction no gold event matches strictly."""
    events = extract_mod.extract_events(doc["text"], doc.get("published"),
                                        part=doc.get("part", "body"), home=doc.get("home"))
    keyed = [(pred_keys(e), e) for e in events]
    golds = [gold_keys(e) for e in doc["events"]]
    _, _, _, unmatched, _ = _match(golds, [p for p, _ in keyed], _strict)
    firm = [g for g in golds if not g["optional"]]
    out = []
    for p in unmatched:
        ev = next(e for q, e in keyed if q is p)
        if any(g["pair"] == p["pair"] and g["type"] == p["type"] for g in firm):
            kind = "false-status"
        elif any(g["pair"] == p["pair"] for g in firm):
            kind = "false-type"
        elif any(g["type"] == p["type"] and _bodies(g["pair"]) == _bodies(p["pair"])
                 for g in firm):
            kind = "false-role"
        else:
            kind = "false-none"
        out.append((kind, ev))
    return out


def _show_false(docs: list[dict], show: str) -> None:
    counts = Counter()
    for doc in docs:
        for kind, ev in false_events(doc):
            counts[kind] += 1
            if not kind.startswith(show):
                continue
            p = pred_keys(ev)
            print(f"{kind:12} {doc['doc_id']} [{events_real.section_group(doc)}] {p['type']} "
                  f"{p['status']} {p['date']} {p['pair']} score={ev['confidence']} "
                  f"trigger={ev['trigger']}")
            print("    " + ev["evidence"][:400].replace("\n", " "))
            for g in doc["events"]:
                k = gold_keys(g)
                if not k["optional"] and (k["pair"] == p["pair"]
                                          or _bodies(k["pair"]) == _bodies(p["pair"])):
                    print(f"    gold: {k['type']} {k['status']} {k['date']} {k['pair']}")
    print(dict(counts))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", choices=("train", "dev"))
    ap.add_argument("--show", default=None, help="print the misses of this category")
    ap.add_argument("--ceiling", action="store_true",
                    help="bucket every firm gold event by where its recall is bounded")
    ap.add_argument("--round", type=int, default=None,
                    help="only the documents of this labelled round (e.g. 13)")
    args = ap.parse_args()
    docs = [d for d in events_real.load((args.split,))
            if args.round is None or d.get("round") == args.round]
    if args.ceiling:
        _show_ceiling(docs, args.show)
        return
    if args.show and args.show.startswith("false"):
        _show_false(docs, args.show)
        return
    counts = Counter()
    for doc in docs:
        for kind, ev in classify(doc):
            counts[kind] += 1
            if args.show and kind.startswith(args.show):
                g = gold_keys(ev)
                print(f"{kind:12} {doc['doc_id']} {g['type']} {g['status']} {g['pair']}")
                print("    " + ev["evidence"][:300].replace("\n", " "))
                why = note(doc, ev, kind)
                if why:
                    print("    " + why)
    print(dict(counts))


if __name__ == "__main__":
    main()
