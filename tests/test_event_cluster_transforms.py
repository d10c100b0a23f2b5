"""ClusterEvents on TestPipeline: in-run clustering, joining a cluster of an earlier run read back
from a temporary lake, re-runs keep ids, hard negatives (same pair, other day) stay apart."""

import datetime as dt
from datetime import datetime, timezone

import apache_beam as beam
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.config import EventsConfig
from pipeline.events.cluster_transforms import ClusterEvents
from pipeline.lake.store import write_rows
from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from tests.support.rows import ev

CFG = EventsConfig()
RUN = dt.date(2025, 3, 11)






def cluster_ids(pairs, lake=None, run_date=RUN, expected=None):
    with TestPipeline(runner=FnApiRunner()) as p:
        out = (p | beam.Create(pairs, reshuffle=False)
               | ClusterEvents(CFG, lake, run_date)
               | beam.Map(lambda r: (r["event_id"], r["event_cluster_id"])))
        assert_that(out, equal_to(sorted(expected.items())))


def test_reports_of_one_call_share_the_first_reports_id_and_other_days_stay_apart():
    pairs = [
        ev("e1", day=10, pub_day=10),  # first report
        ev("e2", day=None, pub_day=11),  # no event date: publication day, wider tolerance
        ev("e3", day=10, pub_day=10, a=("FRA", "foreign_minister"),
           b=("SAU", "foreign_minister")),  # parties in the other order
        ev("e4", day=3, pub_day=3),  # same ministers a week earlier: another call
        ev("e5", etype="MEET", day=10, pub_day=10),  # a meeting is not the call
    ]
    expected = {"e1": "e1", "e2": "e1", "e3": "e1", "e4": "e4", "e5": "e5"}
    cluster_ids(pairs, expected=expected)


def test_joins_earlier_runs_cluster_and_rerun_keeps_ids(tmp_path):
    lake = str(tmp_path / "lake")
    old = ev("old1", etype="MEET", day=9, pub_day=9, cluster="old0",
             loc=("Riyadh", "SAU"))[0]
    write_rows(lake, "events", "2025-03-09", [old], EVENTS_SCHEMA, "part-a.parquet")
    art = {c: None for c in ARTICLES_SCHEMA.names}
    art.update(article_id="art-old1", published_at=datetime(2025, 3, 9, tzinfo=timezone.utc))
    write_rows(lake, "articles", "2025-03-09", [art], ARTICLES_SCHEMA, "part-a.parquet")
    pairs = [
        ev("n1", etype="PRESS_CONFERENCE", day=None, pub_day=10, loc=("Saudi Arabia", "SAU")),
        ev("n2", etype="MEET", day=10, pub_day=10, loc=("Paris", "FRA")),  # other place
        ev("old1", etype="MEET", day=9, pub_day=9),  # re-run of a stored event
    ]
    expected = {"n1": "old0", "n2": "n2", "old1": "old0"}
    cluster_ids(pairs, lake=lake, expected=expected)
