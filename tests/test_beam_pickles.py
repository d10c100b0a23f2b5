"""Beam's pickles without bz2 on the in-process runner (pipeline.runtime.beam_pickles): either
form reads back, the command applies it only where one process builds and runs the graph, and
a pipeline built and run with it gives the same results. The patch is tried in fresh
interpreters: this test process may run Beam's multi-process workers, which need bz2."""

import bz2
import pickle
import subprocess
import sys

import pytest

from pipeline.runtime.beam_pickles import StoredPickles


@pytest.mark.parametrize("data", [pickle.dumps({"a": [1, "ب"]}, 4), b"", b"BZ", b"\x80\x05x"])
def test_stored_and_bz2_forms_both_read_back(data):
    assert StoredPickles.decompress(StoredPickles.compress(data, 9)) == data
    assert StoredPickles.decompress(bz2.compress(data, 9)) == data


def _python(code: str, *args: str) -> str:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True).stdout


PIPELINE = r"""
import base64, bz2, sys
import apache_beam as beam
from apache_beam.internal import pickler
from apache_beam.testing.util import assert_that, equal_to
from pipeline.runtime.beam_pickles import store_pickles

class Tag(beam.DoFn):
    def __init__(self, tag):
        self.tag = tag
    def process(self, x):
        yield self.tag + str(x)

before = pickler.dumps(Tag("b:"))  # made with bz2, read after the patch
if sys.argv[1] == "patched":
    store_pickles()
    store_pickles()  # once per process
after = pickler.dumps(Tag("a:"))
print(base64.b64decode(before)[:3] == b"BZh", base64.b64decode(after)[:1] == b"\x80")
assert pickler.loads(before).tag == "b:" and pickler.loads(after).tag == "a:"
with beam.Pipeline() as p:
    out = (p | beam.Create(range(6)) | beam.ParDo(Tag("x"))
           | beam.Map(lambda s: (int(s[1:]) % 2, s)) | beam.GroupByKey()
           | beam.MapTuple(lambda k, vs: (k, sorted(vs))))
    assert_that(out, equal_to([(0, ["x0", "x2", "x4"]), (1, ["x1", "x3", "x5"])]))
print("ran")
"""


def test_patched_pickles_skip_bz2_and_a_pipeline_runs_the_same():
    assert _python(PIPELINE, "patched").split() == ["True", "True", "ran"]
    assert _python(PIPELINE, "plain").split() == ["True", "False", "ran"]


COMMAND = r"""
import sys
from apache_beam.internal import cloudpickle_pickler
from pipeline.cli import _tune_beam
_tune_beam(sys.argv[1:])
print(cloudpickle_pickler.bz2.__name__)
"""


@pytest.mark.parametrize("flags,expected", [
    ([], "StoredPickles"),
    (["--direct_running_mode=multi_threading"], "StoredPickles"),
    (["--runner", "FnApiRunner"], "StoredPickles"),
    (["--direct_running_mode", "multi_processing"], "bz2"),
    (["--runner", "DataflowRunner"], "bz2"),
])
def test_the_command_skips_bz2_only_where_one_process_runs_the_graph(flags, expected):
    assert _python(COMMAND, *flags).strip() == expected
