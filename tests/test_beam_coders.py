"""The in-process runner's fallback coder for dates and times (pipeline.runtime.beam_coders):
every value reads back equal and of its own type, other values are pickled as before, and a
pipeline moving rows with datetimes through a grouping gives them back unchanged."""

import pickle
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest

from pipeline.runtime.beam_coders import dumps, loads
from tests.conftest import REPO

VALUES = [
    datetime(2026, 12, 2, 14, 5, 6, 789, tzinfo=timezone.utc),
    datetime(2015, 7, 23, 9, 0),
    datetime(2021, 11, 7, 1, 30, fold=1),
    datetime.min.replace(tzinfo=timezone.utc),
    datetime.max,
    date(2016, 2, 29),
    datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3), "AST")),  # pickled as before
    {"a": [1, "ب"]}, None, ("x", 2),
]


class Stamp(datetime):
    """A datetime subclass (pandas' Timestamp is one): pickled as before."""


@pytest.mark.parametrize("value", VALUES + [Stamp(2020, 5, 5, tzinfo=timezone.utc)],
                         ids=repr)
def test_every_value_reads_back_equal_and_of_its_type(value):
    back = loads(dumps(value))
    assert back == value and type(back) is type(value)
    assert getattr(back, "tzinfo", None) == getattr(value, "tzinfo", None)
    assert getattr(back, "fold", 0) == getattr(value, "fold", 0)


def test_dates_and_utc_times_skip_pickle_and_other_values_are_plain_pickles():
    assert len(dumps(VALUES[0])) == 12 and dumps(VALUES[0])[:1] == b"\x00"
    assert dumps(VALUES[5])[:1] == b"\x00"
    for value in VALUES[6:]:
        assert dumps(value) == pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        assert loads(pickle.dumps(value, 2)) == value  # older pickles read back too


PIPELINE = r"""
from datetime import date, datetime, timezone
import apache_beam as beam
from apache_beam.coders import coder_impl, coders
from apache_beam.testing.util import assert_that, equal_to
from pipeline.runtime.beam_coders import dumps, loads

used = []

def counted(value):
    used.append(type(value))
    return dumps(value)

coders.PickleCoder._create_impl = lambda self: coder_impl.CallbackCoderImpl(counted, loads)
at = [datetime(2026, 12, 2, 14, 5, tzinfo=timezone.utc), datetime(2015, 7, 23, 9, 0),
      date(2016, 2, 29)]
rows = [{"id": i, "at": at[i % 3], "day": date(2015, 7, 1 + i), "n": None} for i in range(6)]
with beam.Pipeline() as p:
    out = (p | beam.Create(rows) | beam.Map(lambda r: (r["id"] % 2, r))
           | beam.GroupByKey() | beam.FlatMap(lambda kv: kv[1]))
    assert_that(out, equal_to(rows))
print(datetime in used, date in used)
"""


def test_rows_with_datetimes_cross_a_grouping_unchanged():
    # in a fresh interpreter: coders Beam keeps between pipelines would otherwise go on
    # encoding with this fallback in the test process, and other tests' pipelines fail
    proc = subprocess.run([sys.executable, "-c", PIPELINE], capture_output=True, text=True,
                          cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["True", "True"]  # the rows' values went through it
