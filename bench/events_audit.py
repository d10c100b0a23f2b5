"""Run the event extractor over the whole real-news corpus and print what a user would see.

For every document of ../shared/corpus/arabic_news/ (about 40,000 texts of every section):
events per 100 articles per section, the share of two-party events whose parties are of one
country, the extraction speed on one core (articles/s), and a random sample of N events with
their evidence for reading by hand.

    python bench/events_audit.py [--sample 30] [--limit N] [--seed 1] [--json]
        [--skip-split test,test2,test3,test4,dev]
        [--sections sport,economy,culture,society,localNews] [--skip-docs read_ids.txt]
        [--per-section 20] [--dump events.jsonl]

The sample for reading never includes documents of the labelled splits given to --skip-split
(comma-separated; default: the four frozen test splits and the dev split; only `doc_id` and
`split` of bench/data/events_real/labels.jsonl are read, never labels or texts), nor, unless
`--skip-split none`, an unlabelled document whose id hashes to the test split (the pool later
test splits are drawn from), so reading audit events cannot leak held-out documents into rule
design; `--skip-split none` samples from every document. --skip-docs names a file of document
ids (one a line) also kept out of the sample, so a second reading after a change can be made on
documents not read before. --per-section N
samples up to N events from each section, so that the rarer sections are read too; --dump writes
every sampleable event (never one of a skipped document) as JSON lines.
--sections restricts the sample (not the per-section rates, which always cover every document)
to the given sections: Jawhara FM's own names (politic, internationalNews, localNews, sport,
economy, culture, society, diverse, technology) and «saudi (no section)» for SaudiNewsNet.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.events_real import CORPUS, LABELS, home_of  # noqa: E402
from bench.events_sample import split_of  # noqa: E402
from pipeline.events import extract_events  # noqa: E402


def documents(limit: int | None = None):
    n = 0
    for name in ("jawhara_fm", "saudinewsnet"):
        with gzip.open(CORPUS / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)
                n += 1
                if limit and n >= limit:
                    return


def split_ids(split: str | None, path: Path = LABELS) -> frozenset[str]:
    """Ids of the labelled documents of one or more comma-separated splits (only `doc_id` and
    `split` are read)."""
    wanted = {s.strip() for s in (split or "").split(",") if s.strip() and s.strip() != "none"}
    if not wanted:
        return frozenset()
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("split") in wanted:
                ids.add(row["doc_id"])
    return frozenset(ids)


def listed_ids(path: str | None) -> frozenset[str]:
    """Document ids listed one a line in a file (blank lines and `#` comments ignored)."""
    if not path:
        return frozenset()
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.lstrip().startswith("#"))


def sampleable(doc_id: str, section: str, skip: frozenset[str],
               sections: frozenset[str] | None, test_pool: bool = False) -> bool:
    """Whether an event of this document may be printed for reading. With `test_pool`, no
    document whose id hashes to the test split, labelled or not (the pool later test splits are
    drawn from, which `events_digest.py --all` leaves out too)."""
    if test_pool and split_of(doc_id) == "test":
        return False
    return doc_id not in skip and (not sections or section in sections)


def _published(doc: dict) -> str | None:
    p = (doc.get("published") or "")[:10]
    if len(p) == 10 and p[2] == "/":
        return f"{p[6:10]}-{p[3:5]}-{p[0:2]}"
    return p or None


def _day(ev: dict) -> str | None:
    """The event's date as the labels write it: YYYY-MM-DD, or YYYY-MM at month precision."""
    if ev.get("event_date") is None:
        return None
    day = ev["event_date"].isoformat()
    return day[:7] if ev.get("date_precision") == "month" else day


def pick(pool: list, sample: int, seed: int, per_section: int | None = None) -> list:
    """A seeded random sample of (doc_id, section, event) rows: `sample` rows from the whole
    pool, or with `per_section` up to that many rows from each section (sections in name order)."""
    rng = random.Random(seed)
    if not per_section:
        return rng.sample(pool, min(sample, len(pool)))
    picked = []
    for section in sorted({row[1] for row in pool}):
        rows = [row for row in pool if row[1] == section]
        picked += rng.sample(rows, min(per_section, len(rows)))
    return picked


def audit(limit: int | None, sample: int, seed: int, skip: frozenset[str] = frozenset(),
          sections: frozenset[str] | None = None, each: int | None = None,
          dump: str | None = None, test_pool: bool = True) -> dict:
    per_section, events_per_section = Counter(), Counter()
    two_party = same_country = 0
    found = []
    cpu = 0.0
    for doc in documents(limit):
        section = doc.get("section") or "saudi (no section)"
        per_section[section] += 1
        start = time.process_time()
        events = extract_events(doc["text"], _published(doc), home=home_of(doc["source"]))
        cpu += time.process_time() - start
        events_per_section[section] += len(events)
        for ev in events:
            if ev["actor2_country"] or ev["actor2_org"]:
                two_party += 1
                same_country += bool(ev["actor1_country"]
                                     and ev["actor1_country"] == ev["actor2_country"])
            found.append((doc["id"], section, dict(ev, published=_published(doc))))
    docs = sum(per_section.values())
    pool = [f for f in found if sampleable(f[0], f[1], skip, sections, test_pool)]
    picked = pick(pool, sample, seed, each)
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            for d, s, e in pool:
                fh.write(json.dumps({"doc_id": d, "section": s, **e}, ensure_ascii=False,
                                    default=str) + "\n")
    return {
        "documents": docs,
        "events": len(found),
        "articles_per_cpu_second": round(docs / cpu, 1) if cpu else None,
        "events_per_100": {s: round(100 * events_per_section[s] / n, 2)
                           for s, n in sorted(per_section.items())},
        "documents_per_section": dict(sorted(per_section.items())),
        "same_country_share": round(same_country / two_party, 3) if two_party else None,
        "sample": [{"doc_id": d, "section": s, "type": e["event_type"], "status": e["status"],
                    "actor1": f"{e['actor1_country'] or e['actor1_org']}:{e['actor1_role']}",
                    "actor2": f"{e['actor2_country'] or e['actor2_org']}:{e['actor2_role']}",
                    "date": _day(e), "published": e["published"],
                    "evidence": e["evidence"][:300]} for d, s, e in picked],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=30, help="events to print for reading")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--per-section", type=int, default=None,
                    help="sample up to this many events from each section instead of --sample")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dump", default=None,
                    help="write every sampleable event (JSON lines) to this file")
    ap.add_argument("--json", action="store_true", help="print only the JSON report")
    ap.add_argument("--skip-split", default="test,test2,test3,test4,dev",
                    help="never sample documents of these comma-separated labelled splits "
                         "('none' to keep all)")
    ap.add_argument("--skip-docs", default=None,
                    help="file of document ids (one a line) never to sample, e.g. ones read before")
    ap.add_argument("--sections", default=None,
                    help="comma-separated sections to sample from (default: every section)")
    args = ap.parse_args(argv)
    sections = (frozenset(s.strip() for s in args.sections.split(",") if s.strip())
                if args.sections else None)
    skip = split_ids(args.skip_split) | listed_ids(args.skip_docs)
    report = audit(args.limit, args.sample, args.seed, skip, sections, args.per_section,
                   args.dump, test_pool=args.skip_split.strip() != "none")
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"documents {report['documents']}, events {report['events']}, "
          f"{report['articles_per_cpu_second']} articles per CPU second")
    print(f"two-party events with both parties of one country: {report['same_country_share']}")
    print("events per 100 articles:")
    for section, rate in report["events_per_100"].items():
        print(f"  {section:22s} {rate:7.2f}  ({report['documents_per_section'][section]} docs)")
    print(f"random sample of {len(report['sample'])} events:")
    for e in report["sample"]:
        print(f"- {e['doc_id']} [{e['section']}] {e['type']} {e['status']} {e['actor1']} — "
              f"{e['actor2']} date {e['date']} (published {e['published']})\n    {e['evidence']}")
    print(json.dumps({k: v for k, v in report.items() if k != "sample"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
