"""Sort the strict misses of the real-news training split by where the pipeline lost them.

For each gold event that no kept prediction matches strictly:
  nopair       no candidate (rule or wide) pairs its two actors (unrecognised or unpaired);
  unpaired     a subset of nopair: both actors are recognised as mentions somewhere in the text;
  wrongtype    candidates pair the actors, but none of the gold type;
  scored-out   a candidate of the right type and pair exists, the scorer dropped it;
  status/date  a prediction of the right type and pair was kept, with another status or date.
Usage: python bench/events_misses.py [--split train] [--show nopair]
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
from bench.events_eval import _actor_key, _strict, gold_keys, pred_keys  # noqa: E402
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", choices=("train", "dev"))
    ap.add_argument("--show", default=None, help="print the misses of this category")
    args = ap.parse_args()
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
