"""Parquet files the lake writes: every column compressed, the codec chosen by its size, and
dictionaries only where values repeat."""

from __future__ import annotations

from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.lake.store import ZSTD_MIN_BYTES, compression_for, dictionary_columns, write_rows
from schemas.articles import ARTICLES_SCHEMA
from schemas.events import EVENTS_SCHEMA
from schemas.rejects import REJECTS_SCHEMA
from schemas.signatures import SIGNATURES_SCHEMA
from schemas.state import FEED_STATE_SCHEMA, RUNS_SCHEMA

ALL_SCHEMAS = [ARTICLES_SCHEMA, EVENTS_SCHEMA, SIGNATURES_SCHEMA, REJECTS_SCHEMA,
               FEED_STATE_SCHEMA, RUNS_SCHEMA]


def _codecs(path) -> dict[str, str]:
    meta = pq.read_metadata(path).row_group(0)
    return {meta.column(i).path_in_schema: meta.column(i).compression
            for i in range(meta.num_columns)}


@pytest.mark.parametrize("schema", ALL_SCHEMAS, ids=lambda s: ",".join(s.names[:2]))
def test_every_leaf_column_of_every_dataset_is_compressed(tmp_path, schema):
    table = pa.Table.from_pylist([], schema=schema)
    pq.write_table(table, tmp_path / "f.parquet", compression=compression_for(table))
    codecs = _codecs(tmp_path / "f.parquet")
    assert set(codecs) == set(compression_for(table))  # leaf paths named as pyarrow names them
    assert set(codecs.values()) == {"SNAPPY"}


def test_big_columns_get_zstd_and_small_ones_snappy(tmp_path):
    now = datetime(2024, 7, 24, tzinfo=timezone.utc)
    row = {n: None for n in ARTICLES_SCHEMA.names}
    row.update(article_id="a1", url="http://x/1", canonical_url="http://x/1", feed_url="f",
               source="s", fetched_at=now, run_id="r", schema_version=1,
               body="التقى وزير الخارجية نظيره " * (ZSTD_MIN_BYTES // 20),
               related_titles=["عنوان"] * 5, read_also=[{"title": "t", "text": "x"}])
    path = write_rows(str(tmp_path), "articles", "2024-07-24", [row], ARTICLES_SCHEMA, "p.parquet")
    codecs = _codecs(path)
    assert codecs["body"] == "ZSTD"
    assert codecs["article_id"] == codecs["related_titles.list.element"] == "SNAPPY"
    assert codecs["read_also.list.element.title"] == "SNAPPY"
    assert pq.read_table(path).column("body").to_pylist() == [row["body"]]


def test_a_dataset_with_only_a_file_being_written_reads_as_absent(tmp_path):
    from pipeline.lake.store import open_dataset

    part = tmp_path / "articles" / "date=2024-07-24"
    part.mkdir(parents=True)
    (part / ".tmp-abc-part.parquet").write_bytes(b"PAR1")  # a write in progress
    assert open_dataset(str(tmp_path), "articles") is None


def _dictionary_encoded(path) -> dict[str, bool]:
    meta = pq.read_metadata(path).row_group(0)
    return {meta.column(i).path_in_schema: meta.column(i).dictionary_page_offset is not None
            for i in range(meta.num_columns)}


def test_long_text_columns_are_written_without_a_dictionary(tmp_path):
    now = datetime(2024, 7, 24, tzinfo=timezone.utc)
    rows = []
    for i in range(50):
        row = {n: None for n in ARTICLES_SCHEMA.names}
        row.update(article_id=f"a{i}", url=f"http://example.org/news/2024/07/24/story-{i}.html",
                   canonical_url=f"http://example.org/news/2024/07/24/story-{i}.html",
                   feed_url="http://example.org/rss", source="example", fetched_at=now,
                   run_id="r", schema_version=1, language="ar", tags=["غزة", "قطر"],
                   body=f"التقى وزير الخارجية نظيره رقم {i} " * 40)
        rows.append(row)
    path = write_rows(str(tmp_path), "articles", "2024-07-24", rows, ARTICLES_SCHEMA, "p.parquet")
    encoded = _dictionary_encoded(path)
    assert not encoded["body"] and not encoded["url"] and not encoded["canonical_url"]
    assert encoded["source"] and encoded["feed_url"] and encoded["language"]
    assert encoded["tags.list.element"]
    assert pq.read_table(path).to_pylist() == pa.Table.from_pylist(
        rows, schema=ARTICLES_SCHEMA).to_pylist()


def test_dictionary_columns_name_leaf_paths_and_keep_all_null_columns():
    table = pa.Table.from_pylist([{"a": "x" * 40, "b": None, "c": ["t"]}], schema=pa.schema(
        [("a", pa.string()), ("b", pa.string()), ("c", pa.list_(pa.string()))]))
    assert dictionary_columns(table) == ["b", "c.list.element"]


def test_small_files_skip_per_column_options_and_still_read_back(tmp_path):
    now = datetime(2024, 7, 24, tzinfo=timezone.utc)
    row = {n: None for n in ARTICLES_SCHEMA.names}
    row.update(article_id="a1", url="http://x/1", canonical_url="http://x/1", feed_url="f",
               source="s", fetched_at=now, run_id="r", schema_version=1, body="نص قصير",
               tags=["غزة"], read_also=[{"title": "t", "text": "x"}])
    path = write_rows(str(tmp_path), "articles", "2024-07-24", [row], ARTICLES_SCHEMA, "p.parquet")
    assert set(_codecs(path).values()) == {"SNAPPY"}
    assert not any(_dictionary_encoded(path).values())
    assert pq.read_table(path).to_pylist() == pa.Table.from_pylist(
        [row], schema=ARTICLES_SCHEMA).to_pylist()


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    import pipeline.lake.store as lake

    def disk_full(table, where, **_):
        with open(where, "wb") as fh:
            fh.write(b"PAR1 half a file")
        raise OSError("No space left on device")

    monkeypatch.setattr(lake.pq, "write_table", disk_full)
    with pytest.raises(lake.LakeFullError, match="disk full writing things"):
        write_rows(str(tmp_path), "things", "2024-07-24", [{"n": 1}],
                   pa.schema([("n", pa.int64())]), "p.parquet")
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]
