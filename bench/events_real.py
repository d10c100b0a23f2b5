"""Load the hand-labelled real-news event set: labels from bench/data/events_real/labels.jsonl,
texts read from ../shared/corpus/arabic_news/ (the SaudiNewsNet text may not be copied into the
project, so the labels hold ids and evidence offsets only).

The test splits are frozen: the SHA-256 of each one's lines is recorded (TEST_SPLIT_SHA256 for
`test`, TEST2_SPLIT_SHA256 for `test2`, a second test split labelled blind later, TEST3_SPLIT_SHA256
for `test3`, a third and larger one, TEST4_SPLIT_SHA256 for `test4`, a fourth of long documents)
and checked by tests/test_events_real_split.py. Report them at the end of a change; never use
them to choose.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "data" / "events_real" / "labels.jsonl"
TEST_SPLIT_SHA256 = ROOT / "bench" / "data" / "events_real" / "TEST_SPLIT.sha256"
TEST2_SPLIT_SHA256 = ROOT / "bench" / "data" / "events_real" / "TEST2_SPLIT.sha256"
TEST3_SPLIT_SHA256 = ROOT / "bench" / "data" / "events_real" / "TEST3_SPLIT.sha256"
TEST4_SPLIT_SHA256 = ROOT / "bench" / "data" / "events_real" / "TEST4_SPLIT.sha256"
SPLITS = ("train", "dev", "test", "test2", "test3", "test4")
HELD_OUT = ("test", "test2", "test3", "test4")  # frozen: reported, never studied
CORPUS = ROOT.parent / "shared" / "corpus" / "arabic_news"
POLITICS = {"politic", "internationalNews"}
# the outlets' own country (a bare title such as «رئيس الحكومة» refers to it)
HOME = {"jawhara_fm": "TUN"}
SAUDI_HOME = "SAU"  # the 14 SaudiNewsNet papers and SPA


def home_of(source: str) -> str:
    return HOME.get(source, SAUDI_HOME)


def section_group(doc: dict) -> str:
    """The section a document reports under: Jawhara FM's own sections; SaudiNewsNet has none."""
    return doc["section"] or "saudi (no section)"


def test_split_digest(path: Path = LABELS, split: str = "test") -> str:
    """SHA-256 over one test split's label lines, in file order."""
    h = hashlib.sha256()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and json.loads(line)["split"] == split:
            h.update(line.encode("utf-8") + b"\n")
    return h.hexdigest()


def corpus_docs(wanted: set[str]) -> dict[str, dict]:
    """The corpus documents with these ids (id → the corpus's JSON object)."""
    out = {}
    for name in ("jawhara_fm", "saudinewsnet"):
        with gzip.open(CORPUS / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                if doc["id"] in wanted:
                    out[doc["id"]] = doc
    return out


@lru_cache(maxsize=1)
def _texts() -> dict[str, dict]:
    return corpus_docs({json.loads(line)["doc_id"]
                        for line in LABELS.read_text().splitlines() if line})


def load(splits: tuple[str, ...] = ("train",), path: Path = LABELS) -> list[dict]:
    """Documents of the given splits in the events_*.jsonl form (text and evidence filled in)."""
    texts = _texts()
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        if doc["split"] not in splits:
            continue
        text = texts[doc["doc_id"]]["text"]
        events = []
        for ev in doc["events"]:
            ev = dict(ev)
            start, end = ev.pop("evidence_span")
            ev["evidence"] = text[start:end]
            events.append(ev)
        docs.append(dict(doc, text=text, events=events, home=home_of(doc["source"])))
    return docs
