"""Beam composite that marks duplicate stories: DeduplicateStories (LSH buckets → edges → clusters).

It only wires pure functions from pipeline.dedup.stories and reads earlier signatures from the
lake; it must not write anything (the sink writes the returned `signatures` rows) nor hold
matching logic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.config import DedupConfig
from pipeline.dedup import stories as dedup
from pipeline.lake.store import filesystem
from schemas.signatures import SIGNATURE_PARTITION_KEY, SIGNATURES_SCHEMA

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


def read_signature_rows(
    lake: str, dates: list[str], version: str
) -> Iterator[dict]:
    """Signature rows stored under <lake>/signatures/date=D/ for the given dates whose
    signature_version matches; files whose names start with "." or "_" are skipped."""
    import pyarrow.dataset as ds
    import pyarrow.fs as pafs

    fs, root = filesystem(lake)
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


def has_signatures(lake: str, dates: list[str]) -> bool:
    """Whether the lake has a signatures partition for any of these dates."""
    import pyarrow.fs as pafs

    fs, root = filesystem(lake)
    folders = [f"{root.rstrip('/')}/signatures/{SIGNATURE_PARTITION_KEY}={day}" for day in dates]
    return any(i.type == pafs.FileType.Directory for i in fs.get_file_info(folders))


def stored_entry(row: dict, bands: int, rows: int) -> tuple:
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
            yield stored_entry(row, bands, rows)


def _sign_row(row: dict, config: DedupConfig) -> tuple[str, tuple[dict, dedup.Node, bytes | None]]:
    """row → (article_id, (row, node, minhash)): computed once; band keys are re-derived later."""
    row, sig = dedup.signed_row(row, config.threshold, config.num_perm, config.shingle_size)
    return sig.node.article_id, (row, sig.node, sig.minhash)


class _SettleIds(beam.DoFn):
    """(article_id, {"new": [(node, minhash)], "old": [(node, minhash, assignment)]}) → the one
    member that takes part in matching, (article_id, (node, minhash)); and, for a re-run (an id
    that already has a signature), its stored assignment on the "known" output."""

    KNOWN = "known"

    def process(self, item):
        aid, groups = item
        settled = dedup.settle_id(list(groups["new"]), list(groups["old"]))
        if settled is None:
            return
        member, known = settled
        if known is not None:
            yield beam.pvalue.TaggedOutput(self.KNOWN, (aid, known))
        yield aid, member


def _new_keys(signed, bands: int, rows: int):
    """(article_id, (row, node, minhash)) → its id and its band keys: what an earlier signature
    must share with this run's articles to matter to them."""
    aid, (_row, node, minhash) = signed
    yield aid
    yield from dedup.band_keys(minhash, node.exact_key, bands, rows)


def _shares_a_key(entry: tuple, keys: set) -> bool:
    """Whether an earlier signature (node, minhash, band keys, assignment) has this run's
    article id or shares a band key with one of its articles: the others fall into no bucket
    with a new article, so they cannot change a story."""
    node, _minhash, band_keys, _assignment = entry
    return node.article_id in keys or not keys.isdisjoint(band_keys)


class _BandGroupsFn(beam.DoFn):
    """(article_id, (node, minhash)) → (band group, [(band key, article_id, settled), ...]): the
    band keys of a bundle's members, gathered by band group (a band and 16 ranges of its key's
    first byte) and emitted when the bundle ends. Only ids are grouped. One element per band
    group and bundle, not one per band key and member (32 per article, each encoded, grouped
    and decoded on its own: the most numerous elements of a run)."""

    GROUPS_PER_BAND = 16

    def __init__(self, bands: int, rows: int):
        self.bands = bands
        self.rows = rows

    def start_bundle(self):
        self._groups: dict = {}  # window → {band group: entries}

    def process(self, member, window=beam.DoFn.WindowParam):
        aid, (node, minhash) = member
        settled = node.old_story_id is not None
        groups = self._groups.setdefault(window, {})
        mask = self.GROUPS_PER_BAND - 1
        for key in dedup.band_keys(minhash, node.exact_key, self.bands, self.rows):
            group = (key[0], key[1] & mask if len(key) > 1 else 0)
            entries = groups.get(group)
            if entries is None:
                entries = groups[group] = []
            entries.append((key, aid, settled))

    def finish_bundle(self):
        windowed, self._groups = self._groups, {}
        for window, groups in windowed.items():
            for group in sorted(groups):
                yield WindowedValue((group, groups[group]), window.max_timestamp(), [window])


def _candidate_pairs(band_group):
    """(band group, [[(band key, article_id, settled), ...], ...]) → the candidate pairs of each
    LSH bucket (band key) in it (dedup.bucket_pairs)."""
    _group, parts = band_group
    buckets: dict[bytes, list[tuple[str, bool]]] = {}
    for entries in parts:
        for key, aid, settled in entries:
            members = buckets.get(key)
            if members is None:
                members = buckets[key] = []
            members.append((aid, settled))
    for key, members in buckets.items():
        if len(members) > 1:  # a bucket of one member has no pair
            yield from dedup.bucket_pairs(members, key[0] == dedup.EXACT_BAND)


def _send_to_partners(item):
    """(a, {"member": [(node_a, minhash_a)], "partner": [b, ...]}) → (b, (node_a, minhash_a))."""
    _aid, groups = item
    members = list(groups["member"])
    if not members:
        return
    for b in groups["partner"]:
        yield b, members[0]


class _VerifyPairs(beam.DoFn):
    """(b, {"member": [(node_b, minhash_b)], "partner": [(node_a, minhash_a), ...]}) → the edges
    (node_a, node_b, kind) whose pair passes dedup.verify_pair."""

    def __init__(self, threshold: float):
        self.threshold = threshold
        self.candidates = Metrics.counter("dedup", "candidate_pairs")
        self.edges = Metrics.counter("dedup", "verified_pairs")

    def process(self, item):
        _aid, groups = item
        members = list(groups["member"])
        if not members:
            return
        node_b, minhash_b = members[0]
        for node_a, minhash_a in groups["partner"]:
            self.candidates.inc()
            kind = dedup.verify_pair(node_a, minhash_a, node_b, minhash_b, self.threshold)
            if kind:
                self.edges.inc()
                yield node_a, node_b, kind


class FinalizeStoryFn(beam.DoFn):
    """(row, Signature), {id: Assignment}, {id: stored Assignment} → the row with its story
    columns, plus its new signature row (tagged "signatures"). The stream calls it directly."""

    SIGNATURES = "signatures"

    def __init__(self, config: DedupConfig, run_id: str | None):
        self.version = dedup.signature_version(config.num_perm, config.shingle_size)
        self.run_id = run_id
        self.kinds = {k: Metrics.counter("dedup", f"articles_{k}")
                      for k in ("head", "exact", "near", "rerun")}

    def process(self, item, assignments, known):
        row, sig = item
        out, signature, kind = dedup.story_rows(row, sig, assignments, known, self.version,
                                                self.run_id)
        self.kinds[kind].inc()
        yield out
        if signature is not None:  # None: it is already in the lake
            yield beam.pvalue.TaggedOutput(self.SIGNATURES, signature)


class FinalizeJoinedFn(FinalizeStoryFn):
    """(article_id, {"row": [(row, node, minhash)], "story": [Assignment], "known": [stored
    Assignment]}), the batch's join by id → what FinalizeStoryFn emits for each row."""

    def process(self, item):
        aid, groups = item
        known, story = list(groups["known"]), list(groups["story"])
        known = {aid: known[0]} if known else {}
        story = {aid: story[0]} if story else {}
        for row, node, minhash in groups["row"]:
            yield from super().process((row, dedup.Signature(node, minhash, [])), story, known)


class DeduplicateStories(beam.PTransform):
    """Fill story_id, duplicate_of and dup_kind of article rows; also return signature rows.

    Returns a dict: {"articles": every input row with the three columns set, "signatures": one
    SIGNATURES_SCHEMA row (plus its "date" partition key) per article not already in the lake}.
    Earlier runs' signatures within config.lookback_days of run_date are read from
    <lake>/signatures/ at run time; lake=None matches within the run only.

    Graph (every step keyed, nothing held whole but the edge list):
      Sign → join new and earlier signatures by article_id (re-runs keep their assignment) →
      (LSH band key → article_id) buckets, grouped a few hundred band groups at a time →
      candidate id pairs, distinct → join each pair with both MinHashes (two joins by id) →
      verify → edge list → connected components (one worker, edges only) → join the story
      assignments back to the rows by article_id.
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
        bands, rows = dedup.lsh_params(cfg.threshold, cfg.num_perm)
        signed = articles | "Sign" >> beam.Map(_sign_row, cfg)
        look_back = bool(self.lake) and has_signatures(
            self.lake, lookback_dates(self.run_date, cfg.lookback_days))
        earlier = (
            articles.pipeline
            | "LakeRoot" >> beam.Create([self.lake] if look_back else [], reshuffle=False)
            | "ReadEarlierSignatures" >> beam.ParDo(_ReadEarlierSignatures(cfg, self.run_date))
        )
        if look_back:
            # Earlier signatures that share nothing with this run's articles are dropped as
            # they are read: a look-back over a busy week (or a run's earlier windows) stays
            # out of memory.
            new_keys = (
                signed
                | "NewKeys" >> beam.FlatMap(_new_keys, bands, rows)
                | "NewKeySet" >> beam.combiners.ToSet()
            )
            earlier = earlier | "SharingAKey" >> beam.Filter(
                _shares_a_key, beam.pvalue.AsSingleton(new_keys))
        settled = (
            {
                "new": signed | "NewNodes" >> beam.MapTuple(lambda aid, v: (aid, (v[1], v[2]))),
                "old": earlier | "OldNodes" >> beam.Map(
                    lambda e: (e[0].article_id, (e[0], e[1], e[3]))),
            }
            | "JoinEarlierById" >> beam.CoGroupByKey()
            | "SettleIds" >> beam.ParDo(_SettleIds()).with_outputs(_SettleIds.KNOWN,
                                                                    main="members")
        )
        members = settled.members
        pairs = (
            members
            | "BandKeys" >> beam.ParDo(_BandGroupsFn(bands, rows))
            | "GroupByBand" >> beam.GroupByKey()
            | "CandidatePairs" >> beam.FlatMap(_candidate_pairs)
            | "DistinctPairs" >> beam.Distinct()
        )
        to_partners = (
            {"member": members, "partner": pairs}
            | "JoinFirstMinHash" >> beam.CoGroupByKey()
            | "SendToPartners" >> beam.FlatMap(_send_to_partners)
        )
        edges = (
            {"member": members, "partner": to_partners}
            | "JoinSecondMinHash" >> beam.CoGroupByKey()
            | "VerifyPairs" >> beam.ParDo(_VerifyPairs(cfg.threshold))
        )
        stories = (
            edges
            | "CollectEdges" >> beam.combiners.ToList()
            | "ConnectedStories" >> beam.FlatMap(lambda es: dedup.assign_stories(es).items())
        )
        out = (
            {"row": signed, "story": stories, "known": settled[_SettleIds.KNOWN]}
            | "JoinStoriesToRows" >> beam.CoGroupByKey()
            | "AssignStories" >> beam.ParDo(FinalizeJoinedFn(cfg, self.run_id)).with_outputs(
                FinalizeStoryFn.SIGNATURES, main="articles")
        )
        return {"articles": out.articles, "signatures": out[FinalizeStoryFn.SIGNATURES]}
