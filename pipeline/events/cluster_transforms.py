"""Beam composites that fill `event_cluster_id` on event rows (issue #9): ClusterEvents (batch:
groups by block key, matches new events against each other and the lake's look-back window) and
StreamClusterEvents (stream: one bounded index in Beam state, no GroupByKey).

Both only wire pure functions from pipeline.events.clusters (keys, bucket matching, clustering)
and read earlier rows; they must not write to the lake nor hold matching rules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import apache_beam as beam
from apache_beam.coders import PickleCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec
from apache_beam.utils.windowed_value import WindowedValue

from pipeline.config import EventsConfig
from pipeline.events import clusters as ec
from pipeline.events.rows import INGESTED
from pipeline.events.stream_index import EventClusterIndex
from pipeline.ingest.new_items import known_article_ids
from pipeline.lake.store import read_columns

EARLIER_EVENT_COLUMNS = [
    "event_id", "article_id", "event_type", "status", "event_date", "date_precision",
    "actor1_name", "actor1_country", "actor1_org", "actor1_role",
    "actor2_name", "actor2_country", "actor2_org", "actor2_role",
    "location_name", "location_country", "event_cluster_id",
]
EARLIER_MARKER = "\0earlier"  # key (never an event_id) of the earlier clusters' ids


def earlier_since(config: EventsConfig, run_date: dt.date) -> dt.date:
    """First partition date read back: the look-back window plus the widest tolerance (or a
    trip's span)."""
    reach = ec.match_reach(config.date_tolerance_days, config.published_tolerance_days)
    return run_date - dt.timedelta(days=config.lookback_days + reach)


def earlier_until(config: EventsConfig, last_day: dt.date | None) -> dt.date | None:
    """Last partition date read back for events reported up to `last_day` (an archive's);
    None (no bound) for a run about today."""
    if last_day is None:
        return None
    reach = ec.match_reach(config.date_tolerance_days, config.published_tolerance_days)
    return last_day + dt.timedelta(days=config.lookback_days + reach)


def read_earlier_candidates(lake: str, config: EventsConfig, run_date: dt.date,
                            last_day: dt.date | None = None):
    """Candidates (cluster_id set) of the events already in <lake>/events/ from the look-back
    window on (later partitions too: planned events are filed under their future day), with
    their article's published_at from <lake>/articles/. With `last_day` (the last day of an
    archive's window, whose first day is `run_date`) only partitions up to a look-back after
    it are read: not every newer event of the lake."""
    since = earlier_since(config, run_date)
    until = earlier_until(config, last_day)
    published = {
        r["article_id"]: r["published_at"]
        for r in read_columns(
            lake, "articles", ["article_id", "published_at"],
            since - dt.timedelta(days=config.published_tolerance_days),
            until + dt.timedelta(days=config.published_tolerance_days) if until else None)
    }
    for row in read_columns(lake, "events", EARLIER_EVENT_COLUMNS, since, until):
        yield ec.candidate(row, published.get(row["article_id"]), old=True)


class _ReadEarlierEvents(beam.DoFn):
    def __init__(self, config: EventsConfig, run_date: dt.date, last_day: dt.date | None):
        self.config = config
        self.run_date = run_date
        self.last_day = last_day
        self.read = Metrics.counter("akhbar", "event_clusters_earlier_read")

    def process(self, lake: str):
        for cand in read_earlier_candidates(lake, self.config, self.run_date, self.last_day):
            self.read.inc()
            yield cand


def _keyed(cand: ec.Candidate, config: EventsConfig, known):
    if cand.cluster_id is None and cand.event_id in known:
        return []  # a re-run of an event already in the lake: it keeps its cluster
    return [(key, (cand, home)) for key, home in ec.block_keys(
        cand, config.date_tolerance_days, config.published_tolerance_days)]


def _edges(bucket, config: EventsConfig):
    _, members = bucket
    yield from ec.bucket_edges(members, config.date_tolerance_days,
                               config.published_tolerance_days)


class _Finalize(beam.DoFn):
    """(row, Candidate) → the row with event_cluster_id set; counts new and joined reports."""

    def __init__(self):
        self.new = Metrics.counter("akhbar", "event_clusters_new")
        self.joined = Metrics.counter("akhbar", "event_clusters_joined")
        self.joined_earlier = Metrics.counter("akhbar", "event_clusters_joined_earlier")
        self.rerun = Metrics.counter("akhbar", "event_clusters_rerun")

    def process(self, item, assignments, known):
        row, cand = item
        if cand.event_id in known:
            cid = known[cand.event_id]
            self.rerun.inc()
        else:
            cid = assignments.get(cand.event_id, cand.event_id)
            if cid == cand.event_id:
                self.new.inc()
            else:
                self.joined.inc()
                if cid in assignments.get(EARLIER_MARKER, ()):
                    self.joined_earlier.inc()
        yield {**row, "event_cluster_id": cid}


def _with_candidate(pair):
    row, published = pair
    return row, ec.candidate(row, published)


class ClusterEvents(beam.PTransform):
    """PCollection of (event row, article published_at) → event rows with event_cluster_id.

    Rows of one real-world event share the event_id of its first report: earlier runs'
    clusters (events in <lake>/events/ within config.lookback_days of run_date) keep their ids
    and take new reports in; new events are matched in buckets keyed by type family, party pair
    and date bucket, then clustered. lake=None clusters within the run only. For a window of
    an archive, `run_date` is its first day and `last_day` its last (see
    read_earlier_candidates). Counters
    (namespace "akhbar"): event_clusters_new, event_clusters_joined (of which
    event_clusters_joined_earlier joined a cluster from an earlier run), event_clusters_rerun.
    """

    def __init__(self, config: EventsConfig, lake: str | None, run_date: dt.date,
                 last_day: dt.date | None = None):
        super().__init__()
        self.config = config
        self.lake = lake
        self.run_date = run_date
        self.last_day = last_day

    def expand(self, pairs):
        cfg = self.config
        rows = pairs | "Candidates" >> beam.Map(_with_candidate)
        earlier = (
            pairs.pipeline
            | "LakeRoot" >> beam.Create([self.lake] if self.lake else [], reshuffle=False)
            | "ReadEarlierEvents" >> beam.ParDo(_ReadEarlierEvents(cfg, self.run_date,
                                                                     self.last_day))
        )
        known = beam.pvalue.AsDict(earlier | "KnownIds" >> beam.Map(
            lambda c: (c.event_id, c.cluster_id)))
        edges = (
            (rows | "NewCandidates" >> beam.Map(lambda rc: rc[1]), earlier)
            | "AllCandidates" >> beam.Flatten()
            | "BlockKeys" >> beam.FlatMap(_keyed, cfg, known)
            | "GroupByBlock" >> beam.GroupByKey()
            | "MatchInBlock" >> beam.FlatMap(_edges, cfg)
        )
        assignments = beam.pvalue.AsDict(
            edges
            | "CollectEdges" >> beam.combiners.ToList()
            | "AssignClusters" >> beam.FlatMap(_assignment_items, known)
        )
        return rows | "SetClusterIds" >> beam.ParDo(_Finalize(), assignments=assignments,
                                                    known=known)


def _assignment_items(edges, known):
    """Assignments as dict items, plus one marker entry listing earlier-run cluster ids."""
    out = ec.assign_clusters(edges, known)
    earlier = {n.cluster_id for e in edges for n in (e.a, e.b) if n.cluster_id}
    yield from out.items()
    yield EARLIER_MARKER, frozenset(earlier)


# --- stream -----------------------------------------------------------------------------------

STREAM_KEY = "events"  # the stream's event index is one state cell (matching needs all of it)


def orphan_event_ids(lake: str) -> set[str]:
    """Event ids in the lake whose article is not (written before a stop that came before the
    article's write): the only stored events a restarted stream can extract again."""
    articles = {aid for aid, _ in known_article_ids(lake)}
    return {r["event_id"] for r in read_columns(lake, "events", ["event_id", "article_id"])
            if r["event_id"] and r["article_id"] not in articles}


def seed_event_index(config: EventsConfig, lake: str | None,
                     today: dt.date) -> EventClusterIndex:
    """The index a (re)started stream begins with: the lake's events of the window the batch
    reads back (with their cluster ids), and the ids of orphan events to skip."""
    index = EventClusterIndex(config.lookback_days, config.date_tolerance_days,
                              config.published_tolerance_days)
    if lake:
        earlier = sorted(read_earlier_candidates(lake, config, today), key=lambda c: c.order)
        for cand in earlier:
            index.add(cand, today, seeded=True)
        index.stored = orphan_event_ids(lake) - set(index.entries)
    return index


class _InIngestionOrder(beam.DoFn):
    """(event row, published_at) pairs of a bundle, re-emitted in the batch's ingestion order
    (publication day, article id, event id) at the end of the bundle, so one poll round is
    clustered in the same order as a batch run over the same articles."""

    def start_bundle(self):
        self._held = []

    def process(self, pair, timestamp=beam.DoFn.TimestampParam, window=beam.DoFn.WindowParam):
        row, published = pair
        self._held.append((ec.candidate(row, published).order, pair, timestamp, window))

    def finish_bundle(self):
        held, self._held = sorted(self._held, key=lambda h: h[0]), []
        for _order, pair, timestamp, window in held:
            yield WindowedValue(pair, timestamp, [window])


class _StreamClusterFn(beam.DoFn):
    """(key, (event row, published_at)) → the row with event_cluster_id, clustered against an
    EventClusterIndex held in Beam state (seeded from the lake on first use, expired by the
    day of the article's ingestion, row[INGESTED]). Events already in the lake are dropped
    (restart safety)."""

    INDEX = ReadModifyWriteStateSpec("event_index", PickleCoder())

    def __init__(self, config: EventsConfig, lake: str | None):
        self.config = config
        self.lake = lake
        self.new = Metrics.counter("akhbar", "event_clusters_new")
        self.joined = Metrics.counter("akhbar", "event_clusters_joined")
        self.known = Metrics.counter("akhbar", "events_known")
        self.expired = Metrics.counter("akhbar", "event_clusters_expired")

    def process(self, element, state=beam.DoFn.StateParam(INDEX)):
        _key, (row, published) = element
        today = row[INGESTED].astimezone(dt.UTC).date()
        index = state.read()
        if index is None:
            index = seed_event_index(self.config, self.lake, today)
        self.expired.inc(index.expire(today))
        cand = ec.candidate(row, published)
        if index.is_known(cand.event_id):
            self.known.inc()
            state.write(index)
            return
        cid = index.assign(cand)
        if cid == cand.event_id:
            self.new.inc()
        else:
            self.joined.inc()
        index.add(dataclasses.replace(cand, cluster_id=cid), today)
        state.write(index)
        yield {**row, "event_cluster_id": cid}


class StreamClusterEvents(beam.PTransform):
    """PCollection of (event row, article published_at) → event rows with event_cluster_id, in
    a fused chain (no GroupByKey: an unbounded FnApiRunner stage keeps emitting).

    Same rules and ids as ClusterEvents: a new event joins a cluster of the look-back window
    whose every member it matches (one with a report dated to the day first, then the
    earliest: clusters.assign_clusters), else starts its own; events of one bundle are taken
    in the batch's ingestion order. Counters (namespace "akhbar"):
    event_clusters_new, event_clusters_joined, events_known, event_clusters_expired.
    """

    def __init__(self, config: EventsConfig, lake: str | None):
        super().__init__()
        self.config = config
        self.lake = lake

    def expand(self, pairs):
        return (
            pairs
            | "InIngestionOrder" >> beam.ParDo(_InIngestionOrder())
            | "KeyEvents" >> beam.Map(lambda pair: (STREAM_KEY, pair))
            | "ClusterInState" >> beam.ParDo(_StreamClusterFn(self.config, self.lake))
        )
