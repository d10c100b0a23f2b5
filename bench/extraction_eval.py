"""Extraction quality and speed on trafilatura's evaluation pages (../shared/corpus/web_pages).

Scores each extractor as trafilatura's own evaluation does: per entry of evaldata.json whose page
is present, a `with` snippet found in the output (whitespace-normalised) is a true positive, else a
false negative; a `without` snippet found is a false positive, else a true negative; precision,
recall and F1 over all entries. Also on two halves (entries sorted by file name, even index:
"tune", odd: "held-out"; rules in pipeline/text/fallback.py were chosen on "tune" only).

Extractors: (a) trafilatura.extract(html, include_comments=False), the settings of trafilatura's
evaluation (and of akhbar: no comments); (b) the same with fast=True; (c) trafilatura.extract(html)
as is (comments on: the bare loop of bench/throughput.py); (d) akhbar's extract_page as it was,
trafilatura's fallback comparison on every page; (e) akhbar's extract_page as it runs (comparison
gated by pipeline/text/fallback.py). akhbar decodes the bytes as the pipeline does
(connectors.charset.decode_html) and is scored on title + body (the headline is stored apart); an
ExtractError is an empty output. akhbar gets a feed date, as in a run, so htmldate's slow search
is not counted. Speed is CPU seconds of one process over the same pages (best of --repeat).

    python bench/extraction_eval.py [--repeat 2] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness import CORPUS, corpus_pages, cpu_info, report  # noqa: E402

FEED_DATE = datetime(2025, 1, 1, tzinfo=timezone.utc)
_WS = re.compile(r"\s+")


@dataclass
class Entry:
    url: str
    file: str
    html: bytes
    with_: list[str]
    without: list[str]


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    empty: int = 0

    def add(self, entry: Entry, output: str) -> None:
        text = _norm(output)
        if not text:
            self.empty += 1
        hits = sum(1 for s in entry.with_ if text and _norm(s) in text)
        alarms = sum(1 for s in entry.without if text and _norm(s) in text)
        self.tp += hits
        self.fn += len(entry.with_) - hits
        self.fp += alarms
        self.tn += len(entry.without) - alarms

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "tn": self.tn, "empty": self.empty}


def _norm(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def load_entries() -> list[Entry]:
    """The evaluation entries whose page file is in the corpus, sorted by file name."""
    with tarfile.open(CORPUS / "web_pages.tar.gz") as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("evaldata.json"))
        evaldata = json.load(tar.extractfile(member))
    pages = dict(corpus_pages())
    entries = [Entry(url, item["file"], pages[item["file"]], item["with"], item["without"])
               for url, item in evaldata.items() if item["file"] in pages]
    return sorted(entries, key=lambda e: e.file)


def trafilatura_default(entry: Entry) -> str:
    import trafilatura

    return trafilatura.extract(entry.html, include_comments=False) or ""


def trafilatura_fast(entry: Entry) -> str:
    import trafilatura

    return trafilatura.extract(entry.html, include_comments=False, fast=True) or ""


def trafilatura_as_is(entry: Entry) -> str:
    import trafilatura

    return trafilatura.extract(entry.html) or ""


def _akhbar(entry: Entry, full_comparison: bool) -> str:
    from connectors.charset import decode_html
    from pipeline.text.extract import ExtractError, extract_page

    html = decode_html(entry.html, None)[0]
    try:
        fields = extract_page(html, entry.url, feed_published=FEED_DATE,
                              full_comparison=full_comparison)
    except ExtractError:
        return ""
    return "\n".join(x for x in (fields["title"], fields["body"]) if x)


def akhbar_full(entry: Entry) -> str:
    return _akhbar(entry, True)


def akhbar_gated(entry: Entry) -> str:
    return _akhbar(entry, False)


EXTRACTORS = {
    "trafilatura": trafilatura_default,
    "trafilatura fast": trafilatura_fast,
    "trafilatura as is (comments on)": trafilatura_as_is,
    "akhbar, full comparison (before)": akhbar_full,
    "akhbar, gated comparison": akhbar_gated,
}


def run(name: str, entries: list[Entry], repeat: int) -> dict:
    """Outputs of one extractor and its best CPU time over the entries."""
    from pipeline.text import fallback as extract_fallback

    extract = EXTRACTORS[name]
    best, outputs = float("inf"), []
    for _ in range(repeat):
        extract_fallback.counts.clear()
        start = time.process_time()
        outputs = [extract(e) for e in entries]
        best = min(best, time.process_time() - start)
    gate = dict(extract_fallback.counts)
    return {"outputs": outputs, "cpu_s": best, "gate": gate}


def score(entries: list[Entry], outputs: list[str]) -> dict:
    halves = {"all": Scores(), "tune": Scores(), "held-out": Scores()}
    for i, (entry, output) in enumerate(zip(entries, outputs, strict=True)):
        halves["all"].add(entry, output)
        halves["tune" if i % 2 == 0 else "held-out"].add(entry, output)
    return {k: v.as_dict() for k, v in halves.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="timing loops (best is kept)")
    parser.add_argument("--limit", type=int, default=0, help="first N entries only")
    parser.add_argument("--only", action="append", choices=sorted(EXTRACTORS),
                        help="run only these extractors (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the JSON line only")
    args = parser.parse_args(argv)
    entries = load_entries()[: args.limit or None]
    results = {}
    for name in args.only or EXTRACTORS:
        r = run(name, entries, max(1, args.repeat))
        gate = r["gate"]
        results[name] = {
            "scores": score(entries, r["outputs"]),
            "cpu_s": round(r["cpu_s"], 2),
            "pages_per_s": round(len(entries) / r["cpu_s"], 1) if r["cpu_s"] else None,
        }
        if gate:
            total = sum(gate.values())
            results[name]["compared_pages"] = gate.get("compared", 0)
            results[name]["compared_share"] = round(gate.get("compared", 0) / total, 3)
    data = {"entries": len(entries), "machine": cpu_info(), "extractors": results}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, sort_keys=True))
        return 0
    rows = [("entries (page present)", f"{len(entries)} (tune {(len(entries) + 1) // 2}, "
             f"held-out {len(entries) // 2})")]
    for name, r in results.items():
        for half in ("all", "held-out", "tune"):
            s = r["scores"][half]
            rows.append((f"{name} [{half}]", f"P {s['precision']:.3f}  R {s['recall']:.3f}  "
                         f"F1 {s['f1']:.4f}  empty {s['empty']}"))
        extra = (f", comparison run on {r['compared_pages']} pages ({r['compared_share']:.1%})"
                 if "compared_share" in r else "")
        rows.append((f"{name} speed", f"{r['cpu_s']:.1f} CPU s, {r['pages_per_s']} pages/s{extra}"))
    report(f"Extraction quality on trafilatura's evaluation pages ({cpu_info()})", rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
