"""Sort the strict misses of the real-news training split by where the pipeline lost them.

For each gold event that no kept prediction matches strictly:
  nopair       no candidate (rule or wide) pairs its two actors (unrecognised or unpaired);
  unpaired     a subset of nopair: both actors are recognised as mentions somewhere in the text;
  wrongtype    candidates pair the actors, but none of the gold type;
  scored-out   a candidate of the right type and pair exists, the scorer dropped it;
  status/date  a prediction of the right type and pair was kept, with another status or date.
With --show false it lists the split's false events instead (kept predictions no gold event
matches strictly), each with its trigger, score and evidence sentence, sorted as:
  false-status  a gold event of the same type and pair has another status or date;
  false-type    a gold event pairs the same actors with another type;
  false-role    a gold event of the same type joins the same countries/orgs with other roles;
  false-none    no gold event concerns this pair (NONE -> type).
Usage: python bench/events_misses.py [--split train] [--show nopair|false]
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


def classify(doc: dict) -> list[tuple[str, dict]]:
    """(category, gold event) for each strict miss of one document."""
    text, pub, home = doc["text"], doc.get("published"), doc.get("home")
    types: dict[tuple, set] = {}
    for c, _ in extract_mod.candidates(text, pub, home):
        etype, pair = _ckey(c)
        types.setdefault(pair, set()).add(etype)
    preds = [pred_keys(e) for e in extract_mod.extract_events(text, pub, home=home)]
    sentences = extract_mod._prepare(text, extract_mod.as_date(pub), home)
    mentioned = {str(_actor_key(a.as_dict())) for s in sentences for a in s.actors}
    mentioned.add("(None, None)")
    out = []
    for ev in doc["events"]:
        g = gold_keys(ev)
        if g["optional"] or any(_strict(g, p) for p in preds):
            continue
        if g["pair"] not in types:
            kind = "unpaired" if all(p in mentioned for p in g["pair"]) else "nopair"
        elif g["type"] not in types[g["pair"]]:
            kind = "wrongtype"
        elif any(p["pair"] == g["pair"] and p["type"] == g["type"] for p in preds):
            kind = "status/date"
        else:
            kind = "scored-out"
        out.append((kind, ev))
    return out


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
    args = ap.parse_args()
    if args.show and args.show.startswith("false"):
        _show_false(events_real.load((args.split,)), args.show)
        return
    counts = Counter()
    for doc in events_real.load((args.split,)):
        for kind, ev in classify(doc):
            counts[kind] += 1
            if args.show and kind.startswith(args.show):
                g = gold_keys(ev)
                print(f"{kind:12} {doc['doc_id']} {g['type']} {g['status']} {g['pair']}")
                print("    " + ev["evidence"][:300].replace("\n", " "))
    print(dict(counts))


if __name__ == "__main__":
    main()
