"""What the `akhbar` command's main process imports: not the extraction stack (the pool's
processes extract), not Beam's MongoDB client; and a run works without them."""

import subprocess
import sys

from tests.support.runs import lake_rows

PROBE = """
import sys
from pipeline.runtime.process import skip_beam_mongodb
skip_beam_mongodb()
import apache_beam as beam
import pipeline.batch
from pipeline.articles.jobs import extract_job
print(sorted(m for m in ("pymongo", "trafilatura", "pipeline.text.extract", "lxml.html")
             if sys.modules.get(m) is not None))
with beam.Pipeline() as p:
    p | beam.Create([1, 2]) | beam.Map(print)
"""


def _python(code: str, *args: str) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter (nothing imported yet), failing on a non-zero exit."""
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True)


def test_the_main_process_loads_neither_the_extraction_stack_nor_mongodb():
    proc = _python(PROBE)
    lines = proc.stdout.split()
    assert lines[0] == "[]"
    assert sorted(lines[1:]) == ["1", "2"]


def test_extract_job_loads_the_extraction_stack_itself():
    probe = ("import sys; from pipeline.articles.jobs import extract_job; "
             "from datetime import datetime, timezone; "
             "page = {'url': 'http://127.0.0.1/a', 'feed_url': '', 'source': 's', "
             "'source_name': None, 'fetched_at': datetime.now(timezone.utc), "
             "'html': '<html><body><article><p>' + 'word ' * 80 + '</p></article></body></html>'}; "
             "print(extract_job(page, 'r')[0], 'trafilatura' in sys.modules)")
    proc = _python(probe)
    assert proc.stdout.split() == ["articles", "True"]


def test_a_verbose_run_says_nothing_about_mongodb(sample_runs):
    # the session's shared first run (conftest.py) is `akhbar run --output LAKE -v`; it
    # exited 0 (support/runs.py: akhbar checks)
    run = sample_runs.first
    assert "bson" not in run.stderr and "mongo" not in run.stderr.lower()
    assert len(lake_rows(sample_runs.first_lake, "articles", "article_id")) >= 20


CLOUD_PROBE = """
import sys
from pipeline.runtime.process import skip_beam_cloud_io
print(skip_beam_cloud_io(sys.argv[1], sys.argv[2] or None))
import apache_beam as beam
import pipeline.batch
from apache_beam.io.filesystems import FileSystems
print(sorted(m for m in ("boto3", "apache_beam.io.aws.s3filesystem", "apache_beam.io.gcp.bigquery")
             if sys.modules.get(m) is not None))
print(type(FileSystems.get_filesystem("/tmp")).__name__)
with beam.Pipeline() as p:
    p | beam.Create([1, 2]) | beam.Map(print)
"""


def _cloud_probe(command: str, runner: str = "") -> list[str]:
    proc = _python(CLOUD_PROBE, command, runner)
    assert "Failed to import" not in proc.stderr
    return proc.stdout.split("\n")


def test_run_and_stream_on_the_in_process_runner_load_no_cloud_io_of_beam():
    for command in ("run", "stream"):
        lines = _cloud_probe(command)
        assert lines[0] == "True"
        assert lines[1] == "[]"
        assert lines[2] == "LocalFileSystem"  # local paths still resolve
        assert sorted(lines[3:5]) == ["1", "2"]


def test_backfill_and_other_runners_keep_beam_s_cloud_file_systems():
    # backfill opens WARC files through Beam's FileSystems (s3://, gs://); other runners may
    # stage through them (one interpreter per command: the backfill's lines are read twice)
    backfill = _cloud_probe("backfill")
    for lines in (backfill, _cloud_probe("run", "DataflowRunner")):
        assert lines[0] == "False"
    import importlib.util

    if importlib.util.find_spec("boto3") is not None:  # then Beam's S3 file system loads
        assert "apache_beam.io.aws.s3filesystem" in backfill[1]


def test_the_command_freezes_what_it_imported_once_and_still_collects_later_garbage():
    probe = ("import gc, sys, weakref\n"
             "from pipeline.runtime.process import freeze_imported\n"
             "import pipeline.batch\n"
             "freeze_imported(); first = gc.get_freeze_count()\n"
             "class Node: pass\n"
             "a, b = Node(), Node(); a.other, b.other = b, a; gone = weakref.ref(a)\n"
             "freeze_imported(); del a, b; gc.collect()\n"
             "print(first > 10000, gc.get_freeze_count() == first, gone() is None)")
    proc = _python(probe)
    assert proc.stdout.split() == ["True", "True", "True"]
