"""Evaluate event-level dedup (issue #9) on hand-labelled article pairs.

Prints precision and recall of "these two articles share an event cluster" (1) on the
hand-labelled gold events (the pure matching + clustering alone) and (2) end to end (extract
both articles with pipeline.events.extract, then cluster), plus (3) real Arabic news text from
../shared/eval (different events between the same parties: false merges only), and (4) event
rows vs unique events on the embedded sample against its hand labels.
Usage: python bench/event_clusters_eval.py [--json] [--errors]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from datetime import date
from pathlib import Path

import yaml

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import events_real  # noqa: E402
from configs import CONFIG_DIR  # noqa: E402
from pipeline.config import EventsConfig  # noqa: E402
from pipeline.events.clusters import candidate, cluster_events  # noqa: E402
from pipeline.events.rows import rows_for_article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "tests" / "data" / "event_pairs" / "reports.yaml"
SAMPLE_LABELS = ROOT / "tests" / "data" / "event_pairs" / "sample_events.yaml"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def load_reports(path: Path = REPORTS) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def labelled_pairs(reports: list[dict]) -> list[tuple[str, str, bool]]:
    """(id, id, same event?) for reports from different outlets: same `event` → positive; same
    `parties`, other event → hard negative. Other pairs are not scored."""
    out = []
    for a, b in itertools.combinations(reports, 2):
        if a["outlet"] == b["outlet"]:
            continue
        if a["event"] == b["event"]:
            out.append((a["id"], b["id"], True))
        elif a["parties"] == b["parties"]:
            out.append((a["id"], b["id"], False))
    return out


def _actor_cols(n: int, spec: str | None) -> dict:
    entity, role, name = (spec.split(":") + [None, None, None])[:3] if spec else [None] * 3
    return {f"actor{n}_country": entity, f"actor{n}_org": None, f"actor{n}_role": role,
            f"actor{n}_name": name}


def gold_row(report: dict) -> dict:
    etype, status, a1, a2, day, loc = report["gold"]
    day = date.fromisoformat(str(day)) if day else None
    return {"event_id": report["id"], "article_id": report["id"], "event_type": etype,
            "status": status, "event_date": day, "date_precision": "day" if day else None,
            **_actor_cols(1, a1), **_actor_cols(2, a2), "location_name": None,
            "location_country": loc}


def _published(report: dict) -> date | None:
    value = report.get("published")
    return date.fromisoformat(str(value)) if value else None


def clusters_by_article(rows_pubs: list[tuple[dict, date | None]],
                        config: EventsConfig) -> dict[str, set[str]]:
    """article_id → cluster ids of its events, all rows clustered together as one run."""
    cands = [candidate(row, pub) for row, pub in rows_pubs]
    ids = cluster_events(cands, config.date_tolerance_days, config.published_tolerance_days)
    out: dict[str, set[str]] = {}
    for row, _ in rows_pubs:
        out.setdefault(row["article_id"], set()).add(ids[row["event_id"]])
    return out


def extracted_rows(reports: list[dict]) -> list[tuple[dict, date | None]]:
    out = []
    for r in reports:
        article = {"article_id": r["id"], "source": r.get("outlet"), "body": r["text"],
                   "published_at": _published(r)}
        out.extend((row, _published(r)) for row in rows_for_article(article))
    return out


def score(pairs, clusters: dict[str, set[str]]) -> dict:
    tp = fp = fn = tn = 0
    errors = []
    for a, b, same in pairs:
        pred = bool(clusters.get(a, set()) & clusters.get(b, set()))
        tp += pred and same
        fp += pred and not same
        fn += same and not pred
        tn += not same and not pred
        if pred != same:
            errors.append((a, b, "false merge" if pred else "missed"))
    return {"pairs": len(pairs), "positives": tp + fn, "negatives": fp + tn, "tp": tp,
            "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0, "errors": errors}


def real_text_negatives(config: EventsConfig) -> dict | None:
    """Documents of ../shared/eval whose gold shares a party pair: different events (the
    several Qatar–US contacts of the seeds, ...). Counts false merges end to end."""
    docs = []
    for name in ("events_seeds.jsonl", "events_dev.jsonl"):
        path = SHARED_EVAL / name
        if not path.exists():
            return None
        docs.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())

    def parties(doc):
        keys = set()
        for ev in doc["events"]:
            ents = [(ev.get(k) or {}).get("country") or (ev.get(k) or {}).get("org")
                    for k in ("actor1", "actor2")]
            if all(ents):
                keys.add(tuple(sorted(ents)))
        return keys

    pairs = [(a["doc_id"], b["doc_id"], False) for a, b in itertools.combinations(docs, 2)
             if parties(a) & parties(b)]
    rows = []
    for d in docs:
        pub = date.fromisoformat(d["published"]) if d.get("published") else None
        article = {"article_id": d["doc_id"], "body": d["text"], "published_at": pub}
        rows.extend((row, pub) for row in rows_for_article(article))
    result = score(pairs, clusters_by_article(rows, config))
    result["dated_pairs"] = sum(
        1 for a, b, _ in pairs
        if all(next(d for d in docs if d["doc_id"] == x).get("published") for x in (a, b)))
    return result


REAL_PAIRS = ROOT / "bench" / "data" / "event_pairs_real" / "pairs.jsonl"


def real_pairs(config: EventsConfig) -> dict | None:
    """Hand-labelled pairs of real reports from different outlets (SaudiNewsNet, 2015): same
    event, or same parties and another event; split dev/test by a hash of the pair (look at
    dev errors, report test). Both articles are extracted and clustered
    together, end to end; texts are read from ../shared (their licence keeps them there)."""
    if not REAL_PAIRS.exists() or not events_real.CORPUS.exists():
        return None
    pairs = [json.loads(line) for line in REAL_PAIRS.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    wanted = {p[k] for p in pairs for k in ("a", "b")}
    docs = events_real.corpus_docs(wanted)
    rows = []
    for doc_id in sorted(wanted):
        doc = docs[doc_id]
        pub = date.fromisoformat(doc["published"][:10]) if doc.get("published") else None
        article = {"article_id": doc_id, "body": doc["text"], "published_at": pub,
                   "source_country": events_real.home_of(doc["source"])}
        rows.extend((row, pub) for row in rows_for_article(article))
    clusters = clusters_by_article(rows, config)
    result = score([(p["a"], p["b"], p["same_event"]) for p in pairs], clusters)
    for split in ("dev", "test"):
        part = score([(p["a"], p["b"], p["same_event"]) for p in pairs if p["split"] == split],
                     clusters)
        result[split] = {k: part[k] for k in ("pairs", "precision", "recall", "tp", "fp", "fn")}
        if split == "dev":
            result["errors"] = part["errors"]   # study dev errors only; test is reported
    result["articles_with_events"] = len({row["article_id"] for row, _ in rows})
    result["articles"] = len(wanted)
    return result


def sample_counts(config: EventsConfig) -> dict | None:
    """Event rows vs unique events on the embedded sample: extract each labelled page's text,
    cluster, and compare with the hand-labelled number of real-world events."""
    if not SAMPLE_LABELS.exists():
        return None
    from pipeline.text.extract import extract_page

    labels = yaml.safe_load(SAMPLE_LABELS.read_text(encoding="utf-8"))
    rows = []
    gold_pairs = []
    for page in labels["pages"]:
        raw = (CONFIG_DIR / "sample" / page["path"]).read_bytes()
        html = raw.decode("cp1256" if page["path"].startswith("sawt") else "utf-8")
        fields = extract_page(html, f"http://127.0.0.1:18461/{page['path']}")
        pub = fields.get("published_at")
        pub = pub.date() if pub else None
        article = {"article_id": page["path"], "body": fields.get("body"),
                   "published_at": pub, "read_also": fields.get("read_also")}
        rows.extend((row, pub) for row in rows_for_article(article))
    for a, b in itertools.combinations(labels["pages"], 2):
        shared = set(a.get("events") or []) & set(b.get("events") or [])
        gold_pairs.append((a["path"], b["path"], bool(shared)))
    clusters = clusters_by_article(rows, config)
    result = score(gold_pairs, clusters)
    result["event_rows"] = len(rows)
    result["unique_events"] = len(set().union(*clusters.values())) if clusters else 0
    return result


def evaluate(config: EventsConfig | None = None) -> dict:
    config = config or EventsConfig()
    reports = load_reports()
    pairs = labelled_pairs(reports)
    gold = [(gold_row(r), _published(r)) for r in reports]
    return {
        "reports": len(reports),
        "gold_events": score(pairs, clusters_by_article(gold, config)),
        "end_to_end": score(pairs, clusters_by_article(extracted_rows(reports), config)),
        "real_text_negatives": real_text_negatives(config),
        "real_pairs": real_pairs(config),
        "sample": sample_counts(config),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    result = evaluate()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
        return 0
    print(f"hand-labelled reports: {result['reports']}")
    for name in ("gold_events", "end_to_end", "real_text_negatives", "real_pairs", "sample"):
        r = result[name]
        if r is None:
            print(f"{name}: (data not found)")
            continue
        print(f"{name}: pairs {r['pairs']} (+{r['positives']} / -{r['negatives']})  "
              f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
              f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})")
        if name == "real_pairs":
            for split in ("dev", "test"):
                m = r[split]
                print(f"  {split}: pairs {m['pairs']} precision {m['precision']:.3f} "
                      f"recall {m['recall']:.3f} (tp {m['tp']} fp {m['fp']} fn {m['fn']})")
            print(f"  real pairs: {r['articles_with_events']} of {r['articles']} articles "
                  f"have an extracted event")
        if name == "sample":
            print(f"  sample: event rows {r['event_rows']}, unique events {r['unique_events']}")
        if args.errors:
            for err in r["errors"]:
                print("   ", *err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
