"""Score pipeline.events.extract_events against hand-labelled events.

Prints strict and lenient precision/recall/F1 and type/status confusion tables (text and JSON),
and for the real-news set (bench/data/events_real) the same per split, per section and stratum,
plus false events per 100 articles outside politics, and the venues of the events matched
strictly against their labels' `location` (right, wrong, a venue where the label has none, none
where the label has one; `venue_verdict`), over all and per split; --errors lists the venues that
are not right.
Usage:
  python bench/events_eval.py ../shared/eval/events_seeds.jsonl [--json] [--errors]
  python bench/events_eval.py --real dev [--real train] [--json] [--errors]
  python bench/events_eval.py --real dev --real train --by-confidence [--json]
      # strict and lenient P/R/F1 per split of the events whose confidence is >= each cut-off
  python bench/events_eval.py --real test --real test2 --real test3 --real test4
      # the frozen test splits: report, never tune
"""

from __future__ import annotations

import argparse
import json
import re
import struct
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import events_real  # noqa: E402
from pipeline.events import extract_events  # noqa: E402


def _actor_key(actor: dict | None) -> tuple:
    if not actor:
        return (None, None)
    return (actor.get("country") or actor.get("org"), actor.get("role"))


def _place(name: str | None, country: str | None) -> tuple | None:
    return (name, country) if name or country else None


def gold_keys(ev: dict) -> dict:
    date = ev.get("date")
    loc = ev.get("location") or {}
    return {"type": ev["type"], "status": ev["status"],
            "pair": tuple(sorted(map(str, [_actor_key(ev.get("actor1")),
                                           _actor_key(ev.get("actor2"))]))),
            "date": date, "optional": bool(ev.get("optional")),
            "location": _place(loc.get("name"), loc.get("country"))}


def pred_keys(ev: dict) -> dict:
    a1 = {"country": ev["actor1_country"], "org": ev["actor1_org"], "role": ev["actor1_role"]}
    a2 = {"country": ev["actor2_country"], "org": ev["actor2_org"], "role": ev["actor2_role"]}
    if not any(a2.values()):
        a2 = None
    date = None
    if ev.get("event_date") is not None:
        date = ev["event_date"].isoformat()
        if ev.get("date_precision") == "month":
            date = date[:7]
    return {"type": ev["event_type"], "status": ev["status"],
            "pair": tuple(sorted(map(str, [_actor_key(a1), _actor_key(a2)]))), "date": date,
            "location": _place(ev.get("location_name"), ev.get("location_country"))}


# how the venue of an event matched strictly compares with its label's `location`
VENUE_VERDICTS = ("right", "wrong", "extra", "missing", "none")


def _name_parts(name: str) -> set[str]:
    """A label's place name and its parts: «Al-Salam Palace, Jeddah» also names Jeddah,
    «Ismailia (Suez Canal)» Ismailia and the Suez Canal."""
    parts = {name} | {p for p in re.split(r"\s*[,()]\s*", name) if p}
    return {p.strip().casefold() for p in parts}


def venue_verdict(gold: tuple | None, pred: tuple | None) -> tuple[str, bool]:
    """(verdict, same name) of a predicted venue against the label's, both (name, country) or
    None. Labels and the extractor both give ISO 3166 alpha-3 countries and English names, but
    not always of the same grain (the label «Riyadh», the extractor «Saudi Arabia»; the label
    «Al-Salam Palace, Jeddah», the extractor «Jeddah»), so a venue is right when its country is
    the label's (a region without a country, «Gulf states», when its name is the label's), and
    the second value says whether the names agree as well (the predicted name is the label's or
    one of its comma or bracket parts, case aside). "wrong": another place; "extra": a venue
    where the label has none; "missing": none where the label has one; "none": neither has one."""
    if gold is None:
        return ("none" if pred is None else "extra"), pred is None
    if pred is None:
        return "missing", False
    same_name = bool(pred[0] and gold[0]) and pred[0].casefold() in _name_parts(gold[0])
    if gold[1] and pred[1]:
        return ("right" if gold[1] == pred[1] else "wrong"), same_name
    return ("right" if same_name else "wrong"), same_name


def _strict(g: dict, p: dict) -> bool:
    return (g["type"] == p["type"] and g["status"] == p["status"] and g["pair"] == p["pair"]
            and (g["date"] is None or g["date"] == p["date"]))


def _lenient(g: dict, p: dict) -> bool:
    return g["type"] == p["type"] and g["pair"] == p["pair"]


def _match(golds: list[dict], preds: list[dict], same,
           hits: list | None = None) -> tuple[int, int, int, list, list]:
    """Greedy one-to-one matching; optional gold absorbs predictions without counting.
    `hits`, when given, receives the (gold, prediction) pairs counted as hits."""
    used, tp, fp = set(), 0, 0
    unmatched_preds = []
    for p in preds:
        hit = next((k for k, g in enumerate(golds) if k not in used and not g["optional"]
                    and same(g, p)), None)
        if hit is None:
            hit = next((k for k, g in enumerate(golds) if k not in used and g["optional"]
                        and same(g, p)), None)
            if hit is not None:
                used.add(hit)
                continue
            fp += 1
            unmatched_preds.append(p)
            continue
        used.add(hit)
        tp += 1
        if hits is not None:
            hits.append((golds[hit], p))
    missed = [g for k, g in enumerate(golds) if k not in used and not g["optional"]]
    return tp, fp, len(missed), unmatched_preds, missed


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f, 4)}


# cut-offs of --by-confidence: the events kept are those whose confidence is >= the cut-off
CONFIDENCE_CUTOFFS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def _float32(x: float) -> float:
    return struct.unpack("f", struct.pack("f", x))[0]


def kept_at(confidence: float | None, cutoff: float) -> bool:
    """Whether an event passes `confidence >= cutoff` as a query on the lake does.

    The lake's `confidence` column is float32 and DuckDB compares it with a literal such as 0.9
    in float32, so the comparison is made in float32 here too (an event of confidence 0.9 is
    kept at 0.9); an event without a confidence passes no cut-off, like NULL in SQL."""
    return confidence is not None and _float32(confidence) >= _float32(cutoff)


def evaluate(path: str | Path, cutoffs: tuple[float, ...] = ()) -> dict:
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return dict(evaluate_docs(docs, cutoffs=cutoffs), file=str(path))


def _by_confidence(counts: dict, cutoffs: tuple[float, ...]) -> dict:
    return {split: [{"min_confidence": t, "events": per_t[t]["events"],
                     "strict": _prf(*per_t[t]["strict"]), "lenient": _prf(*per_t[t]["lenient"])}
                    for t in cutoffs]
            for split, per_t in counts.items()}


def _count_venues(doc: dict, hits: list, venues: dict[str, Counter], venue_errors: list,
                  several_splits: bool) -> None:
    """Count the venue verdict of each event matched strictly (its label's `location` against
    the extractor's), over all documents and per split; list the wrong, extra and missing."""
    for g, p in hits:
        verdict, same_name = venue_verdict(g["location"], p["location"])
        for key in ["all"] + ([doc["split"]] if several_splits else []):
            c = venues.setdefault(key, Counter())
            c[verdict] += 1
            c["right_same_name"] += verdict == "right" and same_name
        if verdict in ("wrong", "extra", "missing"):
            venue_errors.append({"doc_id": doc["doc_id"], "venue": verdict,
                                 "label": g["location"], "found": p["location"],
                                 "type": g["type"], "pair": g["pair"]})


def _venue_counts(c: Counter) -> dict:
    out = {v: c[v] for v in VENUE_VERDICTS}
    out["right_same_name"] = c["right_same_name"]
    return out


def venue_line(v: dict) -> str:
    """The venue counts as one line of the text report."""
    return (f"right {v['right']} (same name {v['right_same_name']}), wrong {v['wrong']}, "
            f"venue where the label has none {v['extra']}, none where the label has one "
            f"{v['missing']}, neither {v['none']}")


def evaluate_docs(docs: list[dict], extract=extract_events,
                  cutoffs: tuple[float, ...] = ()) -> dict:
    """Score `extract` on labelled docs.

    With `cutoffs`, the report's "by_confidence" gives for each split (docs without one: "all")
    and each cut-off t the strict and lenient figures of the events whose confidence is >= t
    (the same matching as the whole report's, on the events kept; every gold event counts)."""
    totals = {"strict": [0, 0, 0], "lenient": [0, 0, 0]}
    type_conf, status_conf = Counter(), Counter()
    errors = []
    by_group: dict[str, list[int]] = {}
    lenient_by_group: dict[str, list[int]] = {}
    several_splits = len({doc.get("split") for doc in docs}) > 1
    by_conf: dict[str, dict[float, dict]] = {}
    venues: dict[str, Counter] = {"all": Counter()}
    venue_errors: list[dict] = []
    for doc in docs:
        found = list(extract(doc["text"], doc.get("published"), part=doc.get("part", "body"),
                             home=doc.get("home")))
        preds = [pred_keys(e) for e in found]
        golds = [gold_keys(e) for e in doc["events"]]
        if cutoffs:
            per_t = by_conf.setdefault(doc.get("split", "all"), {
                t: {"events": 0, "strict": [0, 0, 0], "lenient": [0, 0, 0]} for t in cutoffs})
            for t in cutoffs:
                kept = [p for p, e in zip(preds, found, strict=True)
                        if kept_at(e.get("confidence"), t)]
                per_t[t]["events"] += len(kept)
                for name, same in (("strict", _strict), ("lenient", _lenient)):
                    for k, v in enumerate(_match(golds, kept, same)[:3]):
                        per_t[t][name][k] += v
        for name, same in (("strict", _strict), ("lenient", _lenient)):
            hits: list = []
            tp, fp, fn, fps, fns = _match(golds, preds, same, hits)
            if name == "strict":
                _count_venues(doc, hits, venues, venue_errors, several_splits)
            for k, v in enumerate((tp, fp, fn)):
                totals[name][k] += v
            if "split" in doc:
                groups = [events_real.section_group(doc), "stratum " + doc["stratum"]]
                if doc.get("round"):
                    groups.append(f"round {doc['round']}")
                if several_splits:
                    groups.append("split " + doc["split"])
                for group in groups:
                    acc = (by_group if name == "strict" else lenient_by_group).setdefault(
                        group, [0, 0, 0, 0])
                    for k, v in enumerate((tp, fp, fn, 1)):
                        acc[k] += v
            if name == "strict" and (fps or fns):
                errors.append({"doc_id": doc["doc_id"], "false_alarms": fps, "misses": fns})
        # confusion: pair predictions to gold by actor pair alone
        used = set()
        for p in preds:
            hit = next((k for k, g in enumerate(golds) if k not in used
                        and g["pair"] == p["pair"]), None)
            if hit is None:
                type_conf[("NONE", p["type"])] += 1
                continue
            used.add(hit)
            type_conf[(golds[hit]["type"], p["type"])] += 1
            if golds[hit]["type"] == p["type"]:
                status_conf[(golds[hit]["status"], p["status"])] += 1
        for k, g in enumerate(golds):
            if k not in used and not g["optional"]:
                type_conf[(g["type"], "NONE")] += 1
    groups = {g: dict(_prf(tp, fp, fn), documents=n,
                      false_per_100=round(100 * fp / n, 2) if n else 0.0,
                      lenient=_prf(*lenient_by_group[g][:3]))
              for g, (tp, fp, fn, n) in sorted(by_group.items())}
    other = [v for g, v in by_group.items()
             if not g.startswith(("stratum", "split", "round")) and g not in events_real.POLITICS
             and not g.startswith("saudi")]
    n_other = sum(v[3] for v in other)
    report = {
        "documents": len(docs),
        "strict": _prf(*totals["strict"]), "lenient": _prf(*totals["lenient"]),
        "sections": groups,
        "non_politics_false_per_100": (round(100 * sum(v[1] for v in other) / n_other, 2)
                                       if n_other else None),
        "type_confusion": {f"{g}->{p}": n for (g, p), n in sorted(type_conf.items())},
        "status_confusion": {f"{g}->{p}": n for (g, p), n in sorted(status_conf.items())},
        "errors": errors,
        "venues": _venue_counts(venues.pop("all")),
        "venue_errors": venue_errors,
    }
    if several_splits:
        report["venues_by_split"] = {split: _venue_counts(c) for split, c in sorted(venues.items())}
    if cutoffs:
        report["by_confidence"] = _by_confidence(by_conf, cutoffs)
    return report


def confidence_table(by_confidence: dict) -> str:
    """The --by-confidence report as text: one table per split."""
    lines = []
    for split, rows in by_confidence.items():
        lines.append(f"split {split}: events kept with confidence >= t")
        lines.append(f"{'t':>5s} {'events':>6s}   {'strict P':>8s} {'R':>5s} {'F1':>5s} "
                     f"{'tp/fp/fn':>12s}   {'lenient P':>9s} {'R':>5s} {'F1':>5s}")
        for row in rows:
            m, n = row["strict"], row["lenient"]
            lines.append(f"{row['min_confidence']:5.2f} {row['events']:6d}   "
                         f"{m['precision']:8.3f} {m['recall']:5.3f} {m['f1']:5.3f} "
                         f"{str(m['tp']) + '/' + str(m['fp']) + '/' + str(m['fn']):>12s}   "
                         f"{n['precision']:9.3f} {n['recall']:5.3f} {n['f1']:5.3f}")
    return "\n".join(lines)


def _table(conf: dict, title: str) -> str:
    pairs = [k.split("->") for k in conf]
    rows = sorted({g for g, _ in pairs})
    cols = sorted({p for _, p in pairs})
    width = max([len(x) for x in rows + cols] + [8]) + 1
    lines = [f"{title} (rows gold, columns predicted)",
             "".ljust(width) + "".join(c.ljust(width) for c in cols)]
    for r in rows:
        lines.append(r.ljust(width) + "".join(str(conf.get(f"{r}->{c}", "")).ljust(width)
                                              for c in cols))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", help="an events_*.jsonl file")
    ap.add_argument("--real", action="append", choices=events_real.SPLITS,
                    help="score the real-news set's split(s) instead (repeatable)")
    ap.add_argument("--json", action="store_true", help="print only the JSON report")
    ap.add_argument("--errors", action="store_true", help="list false alarms and misses")
    ap.add_argument("--by-confidence", action="store_true",
                    help="print only, per split, strict and lenient P/R/F1 of the events whose "
                         "confidence is >= each cut-off")
    ap.add_argument("--cutoffs", default=",".join(str(t) for t in CONFIDENCE_CUTOFFS),
                    help="comma-separated cut-offs of --by-confidence (default %(default)s)")
    args = ap.parse_args(argv)
    cutoffs = ()
    if args.by_confidence:
        try:
            cutoffs = tuple(sorted({float(t) for t in args.cutoffs.split(",") if t.strip()}))
        except ValueError:
            ap.error(f"--cutoffs: numbers separated by commas, not {args.cutoffs!r}")
        if not cutoffs:
            ap.error("--cutoffs: give at least one cut-off")
    if args.real:
        report = evaluate_docs(events_real.load(tuple(args.real)), cutoffs=cutoffs)
        report["file"] = "real:" + "+".join(args.real)
        if cutoffs:  # one table per split asked, in the order asked
            report["by_confidence"] = {split: report["by_confidence"][split]
                                       for split in args.real
                                       if split in report["by_confidence"]}
    elif args.path:
        report = evaluate(args.path, cutoffs=cutoffs)
    else:
        ap.error("give a file or --real SPLIT")
    if cutoffs:
        if args.json:
            print(json.dumps({"file": report["file"], "documents": report["documents"],
                              "by_confidence": report["by_confidence"]},
                             ensure_ascii=False, indent=1))
        else:
            print(confidence_table(report["by_confidence"]))
        return 0
    if not args.errors:
        report_out = {k: v for k, v in report.items() if k not in ("errors", "venue_errors")}
    else:
        report_out = report
    if args.json:
        print(json.dumps(report_out, ensure_ascii=False, indent=1))
        return 0
    for name in ("strict", "lenient"):
        m = report[name]
        print(f"{name:8s} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
              f"(tp={m['tp']} fp={m['fp']} fn={m['fn']})")
    for group, m in report.get("sections", {}).items():
        print(f"  {group:24s} docs={m['documents']:4d} P={m['precision']:.3f} "
              f"R={m['recall']:.3f} F1={m['f1']:.3f} false/100={m['false_per_100']:.1f} "
              f"lenient F1={m['lenient']['f1']:.3f}")
    if report.get("non_politics_false_per_100") is not None:
        print(f"false events per 100 non-politics articles: "
              f"{report['non_politics_false_per_100']:.2f}")
    print("venues of the events matched strictly: " + venue_line(report["venues"]))
    for split, v in report.get("venues_by_split", {}).items():
        print(f"  {split:24s} " + venue_line(v))
    print(_table(report["type_confusion"], "types"))
    print(_table(report["status_confusion"], "statuses"))
    if args.errors:
        for e in report["errors"]:
            print(e["doc_id"], "FA:", e["false_alarms"], "MISS:", e["misses"])
        for e in report["venue_errors"]:
            print(e["doc_id"], "VENUE", e["venue"] + ":", "label", e["label"], "found", e["found"],
                  e["type"], e["pair"])
    print(json.dumps(report_out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
