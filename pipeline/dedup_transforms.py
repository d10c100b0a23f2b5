"""Beam composite that marks duplicate stories: DeduplicateStories (LSH buckets → edges → clusters).

It only wires pure functions from pipeline.dedup and reads earlier signatures from the lake; it
must not write anything (the sink writes the returned `signatures` rows) nor hold matching logic.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline import dedup
from pipeline.config import DedupConfig
from schemas.signatures import SIGNATURE_PARTITION_KEY, SIGNATURES_SCHEMA
from schemas.version import SCHEMA_VERSION

SIGNATURE_COLUMNS = [f.name for f in SIGNATURES_SCHEMA]
_READ_COLUMNS = [
    "article_id", "sort_key", "exact_key", "minhash", "signature_version", "story_id",
    "duplicate_of", "dup_kind", "story_head_key",
]


def lookback_dates(run_date: dt.date, lookback_days: int) -> list[str]:
    """Partition dates searched for earlier signatures: run_date - lookback … run_date + 1 (a
    UTC date can run a day ahead of the run's local date)."""
    first = run_date - dt.timedelta(days=lookback_days)
    days = (run_date - first).days + 2
    return [(first + dt.timedelta(days=i)).isoformat() for i in range(days)]


def _filesystem(lake: str):
    import pyarrow.fs as pafs

    if "://" in lake:
        return pafs.FileSystem.from_uri(lake)
    return pafs.LocalFileSystem(), os.path.abspath(lake)


def read_signature_rows(
    lake: str, dates: list[str], version: str
) -> Iterator[dict]:
    """Signature rows stored under <lake>/signatures/date=D/ for the given dates whose
    signature_version matches; files whose names start with "." or "_" are skipped."""
    import pyarrow.dataset as ds
    import pyarrow.fs as pafs

    fs, root = _filesystem(lake)
    for day in dates:
        folder = f"{root.rstrip('/')}/signatures/{SIGNATURE_PARTITION_KEY}={day}"
        infos = fs.get_file_info(pafs.FileSelector(folder, allow_not_found=True))
        files = sorted(
            i.path for i in infos
            if i.type == pafs.FileType.File
            and not i.base_name.startswith((".", "_"))
            and i.base_name.endswith(".parquet")
        )
        if not files:
            continue
        table = ds.dataset(files, filesystem=fs, format="parquet").to_table(columns=_READ_COLUMNS)
        for row in table.to_pylist():
            if row["signature_version"] == version:
                yield row


def _old_entry(row: dict, bands: int, rows: int) -> tuple:
    node = dedup.Node(
        row["article_id"], row["sort_key"], row["exact_key"], row["story_id"],
        row["story_head_key"] or row["sort_key"],
    )
    assignment = dedup.Assignment(
        row["story_id"], row["duplicate_of"], row["dup_kind"], node.old_story_head_key
    )
    keys = dedup.band_keys(row["minhash"], row["exact_key"], bands, rows)
    return node, row["minhash"], keys, assignment


class _ReadEarlierSignatures(beam.DoFn):
    """lake path → (Node, minhash, band keys, Assignment) of each earlier-run signature."""

    def __init__(self, config: DedupConfig, run_date: dt.date):
        self.config = config
        self.run_date = run_date
        self.read = Metrics.counter("dedup", "earlier_signatures_read")

    def process(self, lake: str):
        version = dedup.signature_version(self.config.num_perm, self.config.shingle_size)
        bands, rows = dedup.lsh_params(self.config.threshold, self.config.num_perm)
        dates = lookback_dates(self.run_date, self.config.lookback_days)
        for row in read_signature_rows(lake, dates, version):
            self.read.inc()
            yield _old_entry(row, bands, rows)


def _sign_row(row: dict, config: DedupConfig) -> tuple[dict, dedup.Signature]:
    sig = dedup.sign(
        row["article_id"], row.get("body"), row.get("published_at"), row.get("fetched_at"),
        config.threshold, config.num_perm, config.shingle_size,
    )
    return row, sig


def _bucket_entries(item, known):
    """(node, minhash, keys) → (band key, (node, minhash)); re-runs of known ids are dropped."""
    node, minhash, keys = item
    if node.old_story_id is None and node.article_id in known:
        return
    for key in keys:
        yield key, (node, minhash)


def _verify(bucket, threshold: float):
    key, members = bucket
    return dedup.verify_bucket(members, key[0] == dedup.EXACT_BAND, threshold)


class _Finalize(beam.DoFn):
    """(row, Signature) → the row with its story columns, plus its new signature row."""

    SIGNATURES = "signatures"

    def __init__(self, config: DedupConfig, run_id: str | None):
        self.version = dedup.signature_version(config.num_perm, config.shingle_size)
        self.run_id = run_id
        self.kinds = {k: Metrics.counter("dedup", f"articles_{k}")
                      for k in ("head", "exact", "near", "rerun")}

    def process(self, item, assignments, known):
        row, sig = item
        aid = sig.node.article_id
        if aid in known:
            assignment = known[aid]
            self.kinds["rerun"].inc()
        else:
            assignment = assignments.get(aid) or dedup.Assignment(aid, None, None,
                                                                  sig.node.sort_key)
            self.kinds[assignment.dup_kind or "head"].inc()
        out = dict(row)
        out["story_id"] = assignment.story_id
        out["duplicate_of"] = assignment.duplicate_of
        out["dup_kind"] = assignment.dup_kind
        yield out
        if aid in known:
            return  # its signature is already in the lake
        yield beam.pvalue.TaggedOutput(self.SIGNATURES, {
            SIGNATURE_PARTITION_KEY: dedup.partition_date(row.get("published_at"),
                                                          row.get("fetched_at")),
            "article_id": aid,
            "source": row.get("source"),
            "published_at": row.get("published_at"),
            "fetched_at": row.get("fetched_at"),
            "sort_key": sig.node.sort_key,
            "exact_key": sig.node.exact_key,
            "minhash": sig.minhash,
            "signature_version": self.version,
            "story_id": assignment.story_id,
            "duplicate_of": assignment.duplicate_of,
            "dup_kind": assignment.dup_kind,
            "story_head_key": assignment.story_head_key,
            "run_id": row.get("run_id", self.run_id),
            "schema_version": SCHEMA_VERSION,
        })


class DeduplicateStories(beam.PTransform):
    """Fill story_id, duplicate_of and dup_kind of article rows; also return signature rows.

    Returns a dict: {"articles": every input row with the three columns set, "signatures": one
    SIGNATURES_SCHEMA row (plus its "date" partition key) per article not already in the lake}.
    Earlier runs' signatures within config.lookback_days of run_date are read from
    <lake>/signatures/ at run time; lake=None matches within the run only.
    """

    def __init__(self, config: DedupConfig, lake: str | None, run_date: dt.date,
                 run_id: str | None = None):
        super().__init__()
        self.config = config
        self.lake = lake
        self.run_date = run_date
        self.run_id = run_id

    def expand(self, articles):
        cfg = self.config
        signed = articles | "Sign" >> beam.Map(_sign_row, cfg)
        earlier = (
            articles.pipeline
            | "LakeRoot" >> beam.Create([self.lake] if self.lake else [], reshuffle=False)
            | "ReadEarlierSignatures" >> beam.ParDo(_ReadEarlierSignatures(cfg, self.run_date))
        )
        known = beam.pvalue.AsDict(
            earlier | "KnownIds" >> beam.Map(lambda e: (e[0].article_id, e[3]))
        )
        new_items = signed | "NewNodes" >> beam.Map(lambda rs: (rs[1].node, rs[1].minhash,
                                                                rs[1].keys))
        old_items = earlier | "OldNodes" >> beam.Map(lambda e: (e[0], e[1], e[2]))
        edges = (
            (new_items, old_items)
            | "AllNodes" >> beam.Flatten()
            | "BandKeys" >> beam.FlatMap(_bucket_entries, known=known)
            | "GroupByBand" >> beam.GroupByKey()
            | "VerifyBuckets" >> beam.FlatMap(_verify, cfg.threshold)
        )
        assignments = beam.pvalue.AsDict(
            edges
            | "CollectEdges" >> beam.combiners.ToList()
            | "ConnectedStories" >> beam.FlatMap(lambda es: dedup.assign_stories(es).items())
        )
        out = signed | "AssignStories" >> beam.ParDo(
            _Finalize(cfg, self.run_id), assignments=assignments, known=known
        ).with_outputs(_Finalize.SIGNATURES, main="articles")
        return {"articles": out.articles, "signatures": out[_Finalize.SIGNATURES]}
