"""Object storage: `akhbar run` and `akhbar stream` with --output s3://… against a real
S3-compatible server (moto's server mode) on 127.0.0.1, read back with pyarrow and DuckDB.

DuckDB's httpfs extension cannot be downloaded here, so DuckDB reads the S3 lake through a
pyarrow dataset registered with it (the same way a user without httpfs would).
"""

import subprocess

import duckdb
import pyarrow.fs as pafs
import pytest
from moto import server as moto_server  # moto[server], declared in the test extra

from pipeline.lake.store import open_dataset
from tests.support.runs import akhbar as run_akhbar
from tests.support.runs import free_port

KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true"}


@pytest.fixture(scope="module")
def s3(monkeypatch_module):
    for k, v in KEYS.items():
        monkeypatch_module.setenv(k, v)
    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"127.0.0.1:{port}"
    # the local server builds its S3 backend on the first request, which took more than the
    # client's default 3 s on a loaded two-core machine: this client waits up to a minute
    fs = pafs.S3FileSystem(access_key="testing", secret_key="testing", region="us-east-1",
                           endpoint_override=endpoint, scheme="http",
                           allow_bucket_creation=True, request_timeout=60, connect_timeout=60)
    fs.create_dir("akhbar")  # the bucket
    yield {"fs": fs, "query": f"endpoint_override={endpoint}&scheme=http&region=us-east-1"}
    server.stop()


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def akhbar(*args: str) -> subprocess.CompletedProcess:
    return run_akhbar(*args, env=KEYS)


def objects(fs, prefix: str) -> list[str]:
    infos = fs.get_file_info(pafs.FileSelector(prefix, recursive=True, allow_not_found=True))
    return [i.path for i in infos if i.type == pafs.FileType.File]


def read_back(uri: str) -> tuple[list[str], int]:
    """Article ids with pyarrow; the row count with DuckDB over the registered dataset."""
    data = open_dataset(uri, "articles")
    ids = sorted(data.to_table(columns=["article_id"]).column("article_id").to_pylist())
    con = duckdb.connect()
    con.register("articles", data)
    count = con.execute("SELECT count(DISTINCT article_id) FROM articles "
                        "WHERE date >= '2000-01-01'").fetchone()[0]
    return ids, count


def test_batch_run_writes_and_reads_its_state_from_s3(s3):
    uri = f"s3://akhbar/batch?{s3['query']}"
    akhbar("run", "--output", uri)
    files = objects(s3["fs"], "akhbar/batch")
    assert any("/articles/date=" in f and f.endswith(".parquet") for f in files)
    assert not [f for f in files if f.rsplit("/", 1)[-1].startswith(".")]
    ids, count = read_back(uri)
    assert len(ids) >= 20 and len(set(ids)) == len(ids) and count == len(ids)
    # the second run reads the lake's state from S3: no new article object, same ids
    before = [f for f in files if "/articles/" in f]
    akhbar("run", "--output", uri)
    after = [f for f in objects(s3["fs"], "akhbar/batch") if "/articles/" in f]
    assert after == before
    assert read_back(uri)[0] == ids


def test_stream_writes_to_s3_and_resumes_from_it(s3):
    uri = f"s3://akhbar/stream?{s3['query']}"
    akhbar("stream", "--output", uri, "--poll-interval", "1", "--max-polls", "2")
    ids, count = read_back(uri)
    assert len(ids) >= 20 and count == len(ids)
    akhbar("stream", "--output", uri, "--poll-interval", "1", "--max-polls", "1")
    again, _ = read_back(uri)
    assert again == ids  # resumed from the S3 lake: no duplicates
    files = objects(s3["fs"], "akhbar/stream")
    assert any("/signatures/" in f for f in files) and any("/state/runs/" in f for f in files)


def test_report_reads_an_s3_lake(s3, tmp_path):
    uri = f"s3://akhbar/batch?{s3['query']}"
    if not objects(s3["fs"], "akhbar/batch"):
        akhbar("run", "--output", uri)
    out = tmp_path / "report.html"
    akhbar("report", "--lake", uri, "--out", str(out))
    html = out.read_text(encoding="utf-8")
    ids, _ = read_back(uri)
    assert f">{len(ids)}<" in html  # the overview counts the S3 lake's articles
    assert "وزير خارجية قطر يبحث مع بلينكن جهود وقف حرب غزة" in html
