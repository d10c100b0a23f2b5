"""Score pipeline.events.extract.extract_events against a hand-labelled JSONL file (events_*.jsonl).

Prints strict and lenient precision/recall/F1 and type/status confusion tables (text and JSON).
Usage: python bench/events_eval.py ../shared/eval/events_seeds.jsonl [--json] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from pipeline.events.extract import extract_events


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
    totals = {"strict": [0, 0, 0], "lenient": [0, 0, 0]}
    type_conf, status_conf = Counter(), Counter()
    errors = []
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    for doc in docs:
        preds = [pred_keys(e) for e in extract_events(doc["text"], doc.get("published"),
                                                      part=doc.get("part", "body"))]
        golds = [gold_keys(e) for e in doc["events"]]
        for name, same in (("strict", _strict), ("lenient", _lenient)):
            tp, fp, fn, fps, fns = _match(golds, preds, same)
            for k, v in enumerate((tp, fp, fn)):
                totals[name][k] += v
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
    return {
        "file": str(path), "documents": len(docs),
        "strict": _prf(*totals["strict"]), "lenient": _prf(*totals["lenient"]),
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
    ap.add_argument("path")
    ap.add_argument("--json", action="store_true", help="print only the JSON report")
    ap.add_argument("--errors", action="store_true", help="list false alarms and misses")
    args = ap.parse_args(argv)
    report = evaluate(args.path)
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
    print(_table(report["type_confusion"], "types"))
    print(_table(report["status_confusion"], "statuses"))
    if args.errors:
        for e in report["errors"]:
            print(e["doc_id"], "FA:", e["false_alarms"], "MISS:", e["misses"])
    print(json.dumps(report_out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
