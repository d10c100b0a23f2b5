"""Score pipeline.events.extract_events against hand-labelled events.

Prints strict and lenient precision/recall/F1 and type/status confusion tables (text and JSON),
and for the real-news set (bench/data/events_real) the same per split, per section and stratum,
plus false events per 100 articles outside politics.
Usage:
  python bench/events_eval.py ../shared/eval/events_seeds.jsonl [--json] [--errors]
  python bench/events_eval.py --real dev [--real train] [--json] [--errors]
  python bench/events_eval.py --real test --real test2 --real test3 --real test4
      # the frozen test splits: report, never tune
"""

from __future__ import annotations

import argparse
import json
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


def gold_keys(ev: dict) -> dict:
    date = ev.get("date")
    return {"type": ev["type"], "status": ev["status"],
            "pair": tuple(sorted(map(str, [_actor_key(ev.get("actor1")),
                                           _actor_key(ev.get("actor2"))]))),
            "date": date, "optional": bool(ev.get("optional"))}


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
            "pair": tuple(sorted(map(str, [_actor_key(a1), _actor_key(a2)]))), "date": date}


def _strict(g: dict, p: dict) -> bool:
    return (g["type"] == p["type"] and g["status"] == p["status"] and g["pair"] == p["pair"]
            and (g["date"] is None or g["date"] == p["date"]))


def _lenient(g: dict, p: dict) -> bool:
    return g["type"] == p["type"] and g["pair"] == p["pair"]


def _match(golds: list[dict], preds: list[dict], same) -> tuple[int, int, int, list, list]:
    """Greedy one-to-one matching; optional gold absorbs predictions without counting."""
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
    missed = [g for k, g in enumerate(golds) if k not in used and not g["optional"]]
    return tp, fp, len(missed), unmatched_preds, missed


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f, 4)}


def evaluate(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return dict(evaluate_docs(docs), file=str(path))


def evaluate_docs(docs: list[dict], extract=extract_events) -> dict:
    totals = {"strict": [0, 0, 0], "lenient": [0, 0, 0]}
    type_conf, status_conf = Counter(), Counter()
    errors = []
    by_group: dict[str, list[int]] = {}
    lenient_by_group: dict[str, list[int]] = {}
    several_splits = len({doc.get("split") for doc in docs}) > 1
    for doc in docs:
        preds = [pred_keys(e) for e in extract(doc["text"], doc.get("published"),
                                               part=doc.get("part", "body"),
                                               home=doc.get("home"))]
        golds = [gold_keys(e) for e in doc["events"]]
        for name, same in (("strict", _strict), ("lenient", _lenient)):
            tp, fp, fn, fps, fns = _match(golds, preds, same)
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
    return {
        "documents": len(docs),
        "strict": _prf(*totals["strict"]), "lenient": _prf(*totals["lenient"]),
        "sections": groups,
        "non_politics_false_per_100": (round(100 * sum(v[1] for v in other) / n_other, 2)
                                       if n_other else None),
        "type_confusion": {f"{g}->{p}": n for (g, p), n in sorted(type_conf.items())},
        "status_confusion": {f"{g}->{p}": n for (g, p), n in sorted(status_conf.items())},
        "errors": errors,
    }


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
    args = ap.parse_args(argv)
    if args.real:
        report = evaluate_docs(events_real.load(tuple(args.real)))
        report["file"] = "real:" + "+".join(args.real)
    elif args.path:
        report = evaluate(args.path)
    else:
        ap.error("give a file or --real SPLIT")
    if not args.errors:
        report_out = {k: v for k, v in report.items() if k != "errors"}
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
    print(_table(report["type_confusion"], "types"))
    print(_table(report["status_confusion"], "statuses"))
    if args.errors:
        for e in report["errors"]:
            print(e["doc_id"], "FA:", e["false_alarms"], "MISS:", e["misses"])
    print(json.dumps(report_out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
