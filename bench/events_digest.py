"""The output check: what a change to the event extractor changes on unlabelled real news.

Runs `extract_events` over every fourth document of ../shared/corpus/arabic_news/ (about 10,000
texts of every section), leaving out the documents of the frozen test splits (only `doc_id` and
`split` of the labels are read), and prints a digest of the output. Dump it before and after a
change and list the documents whose events changed, to read every event a rule adds or removes
on news nobody labelled: the best check of precision there is.

    python bench/events_digest.py                        # "N docs, M events, digest X"
    python bench/events_digest.py --dump after.jsonl     # also one line per document
    python bench/events_digest.py --diff before.jsonl after.jsonl   # what changed, for reading
    python bench/events_digest.py --sample               # the embedded sample's events, end to end
    python bench/events_digest.py --all --match 'كان من المقرر' --dump after.jsonl
        # every document, not every fourth, with that text: what a change to one construction
        # does over the whole corpus (train documents and unlabelled ones whose id hashes to
        # train or dev; dev documents and every test id, labelled or not, are left out)

`--sample` runs `akhbar run` on the embedded sample (configs/sample/) into a temporary lake and
digests the events it wrote, one line per article: a change the corpus does not show (a word
made common, a page part) can still change what a new user sees first.

The checked documents include train and dev documents (the digest measures all output). The
diff prints the evidence of changed events of train and unlabelled documents only: the dev
split is there to reject changes by its figures, so its changed events are counted, not shown.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.events_audit import _published, documents, split_ids  # noqa: E402
from bench.events_real import HELD_OUT, home_of  # noqa: E402
from bench.events_sample import split_of  # noqa: E402
from pipeline.events import extract_events  # noqa: E402

EVERY = 4  # every fourth corpus document, in corpus order


def document_lines(docs: Iterable[dict], skip: frozenset[str] = frozenset(),
                   every: int = EVERY, match: re.Pattern | None = None,
                   test_ids: bool = True) -> Iterable[str]:
    """One JSON line per checked document: its id and its events (dates as text). `match` keeps
    the documents whose text it finds; `test_ids=False` leaves out every document whose id hashes
    to the test split, labelled or not (the pool later test splits are drawn from)."""
    for i, doc in enumerate(docs):
        if i % every or doc["id"] in skip:
            continue
        if match is not None and not match.search(doc["text"]):
            continue
        if not test_ids and split_of(doc["id"]) == "test":
            continue
        events = extract_events(doc["text"], _published(doc), home=home_of(doc["source"]))
        yield json.dumps([doc["id"], events], ensure_ascii=False, sort_keys=True, default=str)


def digest(lines: Iterable[str], dump=None) -> tuple[int, int, str]:
    """(documents, events, the first 12 hex digits of the SHA-256 over the lines)."""
    h = hashlib.sha256()
    n = events = 0
    for line in lines:
        h.update(line.encode())
        n += 1
        events += len(json.loads(line)[1])
        if dump is not None:
            dump.write(line + "\n")
    return n, events, h.hexdigest()[:12]


# the columns of a lake's events that a run does not decide (no ids, run or cluster)
LAKE_FIELDS = ("event_type", "status", "event_date", "actor1_name", "actor1_country",
               "actor1_org", "actor1_role", "actor2_name", "actor2_country", "actor2_org",
               "actor2_role", "location_name", "location_country", "trigger", "evidence", "part")


def lake_lines(events_dir: Path) -> list[str]:
    """One JSON line per article of a lake's events table, in the form `document_lines`
    gives (the article id and its events, dates as text), sorted so two runs compare."""
    import pyarrow.dataset as ds

    rows = ds.dataset(str(events_dir), format="parquet", partitioning="hive").to_table(
        columns=["article_id", *LAKE_FIELDS]).to_pylist()
    by_article: dict[str, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row.pop("article_id"), []).append(row)
    return [json.dumps([a, sorted(evs, key=lambda e: json.dumps(e, sort_keys=True, default=str))],
                       ensure_ascii=False, sort_keys=True, default=str)
            for a, evs in sorted(by_article.items())]


def sample_lines() -> list[str]:
    """The embedded sample's events: `akhbar run` with no config into a temporary lake."""
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as lake:
        subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--output", lake, "--quiet"],
                       cwd=root, check=True, stdout=subprocess.DEVNULL)
        return lake_lines(Path(lake) / "events")


def _key(ev: dict) -> tuple:
    """What tells two events of one document apart in the diff; the place is part of it, so two
    visits of one traveller to two places do not hide each other."""
    return (ev["event_type"], ev["status"], ev["event_date"],
            ev["actor1_country"] or ev["actor1_org"], ev["actor1_role"],
            ev["actor2_country"] or ev["actor2_org"], ev["actor2_role"],
            ev.get("location_country"), ev.get("location_name"))


def _by_key(events: list[dict]) -> dict[tuple, list[dict]]:
    out: dict[tuple, list[dict]] = {}
    for ev in events:
        out.setdefault(_key(ev), []).append(ev)
    return out


HIDDEN = "(a dev document: counted, not shown)"


def diff(before: Iterable[str], after: Iterable[str],
         hide: frozenset[str] = frozenset()) -> list[tuple[str, str, tuple, str]]:
    """(document id, "removed" or "added", the event's type/status/date/actors, its evidence)
    for every event that differs between two dumps of the same documents; the documents in
    `hide` give neither their events' parties nor their evidence, only a count."""
    old = {json.loads(line)[0]: json.loads(line)[1] for line in before}
    out = []
    for line in after:
        doc_id, events = json.loads(line)
        was, now = _by_key(old.get(doc_id, [])), _by_key(events)
        # an event told twice with one key counts twice: only the surplus on either side shows
        changes = [(doc_id, "removed", k, e["evidence"])
                   for k, evs in was.items() for e in evs[len(now.get(k, ())):]]
        changes += [(doc_id, "added", k, e["evidence"])
                    for k, evs in now.items() for e in evs[len(was.get(k, ())):]]
        if doc_id in hide:
            changes = [(doc_id, what, k[:1], HIDDEN) for doc_id, what, k, _ in changes]
        out += changes
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", help="write one JSON line per checked document to this file")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"),
                    help="list the events that differ between two dumps")
    ap.add_argument("--all", action="store_true",
                    help="every document instead of every fourth, leaving out the dev split and "
                         "every test id, labelled or not")
    ap.add_argument("--match", metavar="REGEX", default=None,
                    help="only the documents whose text this regular expression finds")
    ap.add_argument("--sample", action="store_true",
                    help="the events `akhbar run` writes for the embedded sample, one line per "
                         "article (compare two dumps with --diff)")
    args = ap.parse_args(argv)
    if args.diff:
        before, after = (Path(p).read_text(encoding="utf-8").splitlines() for p in args.diff)
        changes = diff(before, after, split_ids("dev"))
        for doc_id, what, key, evidence in changes:
            print(f"{what:7} {doc_id} {' '.join(map(str, key))}\n        {evidence[:300]}")
        print(f"{sum(c[1] == 'removed' for c in changes)} removed, "
              f"{sum(c[1] == 'added' for c in changes)} added")
        return 0
    if args.sample:
        dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
        try:
            n, events, hexdigest = digest(sample_lines(), dump)
        finally:
            if dump is not None:
                dump.close()
        print(f"embedded sample: {n} articles with events, {events} events, digest {hexdigest}")
        return 0
    skip = split_ids(",".join(HELD_OUT + (("dev",) if args.all else ())))
    match = re.compile(args.match) if args.match else None
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    try:
        lines = document_lines(documents(), skip, every=1 if args.all else EVERY, match=match,
                               test_ids=not args.all)
        n, events, hexdigest = digest(lines, dump)
    finally:
        if dump is not None:
            dump.close()
    print(f"{n} docs, {events} events, digest {hexdigest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
