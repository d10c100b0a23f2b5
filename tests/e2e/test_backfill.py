"""End to end: `akhbar backfill` over WARC files written with warcio (no network): the pages
land like fetched ones, a rerun adds nothing, a truncated or corrupt file yields every complete
record plus one reject, a config keeps only its outlets' hosts."""

import io
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.faults.server import REPO, arabic_text, article_html, read_dataset

HOSTS = ["www.akhbar-one.com", "news.akhbar-two.co.uk"]


def pages(n: int) -> list[tuple[str, bytes]]:
    return [(f"https://{HOSTS[i % 2]}/news/{i}.html", article_html(f"warc{i}").encode())
            for i in range(n)]


def warc_bytes(items, gz: bool = True) -> tuple[bytes, list[int]]:
    """A WARC of request + response records per page (plus an image and a 404), and the
    offset of each page's response record."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = []
    for i, (url, html) in enumerate(items):
        when = {"WARC-Date": f"2024-03-{1 + i % 3:02d}T10:00:00Z"}
        req = StatusAndHeaders(f"GET {url} HTTP/1.1", [], is_http_request=True)
        writer.write_record(writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), http_headers=req, warc_headers_dict=when))
        offsets.append(buf.tell())
        for body, status, ctype in ((html, "200 OK", "text/html; charset=utf-8"),
                                    (b"\x89PNG", "200 OK", "image/png"),
                                    (b"<p>gone</p>", "404 Not Found", "text/html")):
            target = url if ctype != "image/png" and status == "200 OK" else url + "x"
            head = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                target, "response", payload=io.BytesIO(body), http_headers=head,
                warc_headers_dict=when))
    return buf.getvalue(), offsets


def backfill(lake: Path, *args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "backfill", "--output",
                           str(lake), *args], capture_output=True, text=True, timeout=300,
                          cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    return proc


def windowed_outlets(tmp_path: Path) -> Path:
    """A config of the two hosts' outlets, with windows of two pages."""
    config = tmp_path / "outlets.yaml"
    config.write_text(yaml.safe_dump({
        "feeds": [{"id": "one", "name": "one", "url": "https://www.akhbar-one.com/"},
                  {"id": "two", "name": "two", "url": "https://news.akhbar-two.co.uk/rss"}],
        "performance": {"window_pages": 2}}), encoding="utf-8")
    return config


def summary_value(stdout: str, label: str) -> int:
    m = re.search(rf"^\s+{re.escape(label)}\s+(\d+)$", stdout, re.M)
    assert m, f"{label!r} missing from the summary:\n{stdout}"
    return int(m.group(1))


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_backfill_lands_every_page_and_a_rerun_adds_nothing(tmp_path, gz):
    data, _ = warc_bytes(pages(6), gz)
    warc = tmp_path / ("cc-news.warc.gz" if gz else "cc-news.warc")
    warc.write_bytes(data)
    lake = tmp_path / "lake"
    first = backfill(lake, "--warc", str(tmp_path / "*.warc*"), "--quiet")
    rows = read_dataset(lake, "articles")
    assert sorted(r["url"] for r in rows) == sorted(u for u, _ in pages(6))
    assert {r["source"] for r in rows} == {"akhbar-one.com", "akhbar-two.co.uk"}
    assert all(r["feed_url"].endswith(warc.name) for r in rows)
    fetched = {r["url"]: r["fetched_at"] for r in rows}
    assert fetched["https://www.akhbar-one.com/news/0.html"] == datetime(
        2024, 3, 1, 10, tzinfo=timezone.utc)
    assert summary_value(first.stdout, "articles written") == 6
    assert not read_dataset(lake, "rejects")

    again = backfill(lake, "--warc", str(warc), "--quiet")
    assert summary_value(again.stdout, "articles written") == 0
    assert summary_value(again.stdout, "pages fetched") == 0
    assert len(read_dataset(lake, "articles")) == 6


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_a_truncated_warc_gives_every_complete_record_and_one_reject(tmp_path, gz):
    data, offsets = warc_bytes(pages(5), gz)
    warc = tmp_path / "cut.warc.gz"
    warc.write_bytes(data[:offsets[4] + 200])  # the last page's record is cut short
    lake = tmp_path / "lake"
    backfill(lake, "--warc", str(warc), "--quiet")
    assert sorted(r["url"] for r in read_dataset(lake, "articles")) == sorted(
        u for u, _ in pages(4))
    rejects = read_dataset(lake, "rejects")
    assert [(r["stage"], r["error"]) for r in rejects] == [("fetch", "warc_record")]
    backfill(lake, "--warc", str(warc), "--quiet")  # the same damage is not reported twice
    assert len(read_dataset(lake, "rejects")) == 1
    assert len(read_dataset(lake, "articles")) == 4


def test_a_corrupt_record_in_the_middle_is_one_reject_and_the_rest_is_read(tmp_path):
    data, offsets = warc_bytes(pages(5))
    broken = data[:offsets[2] + 60] + b"\0" * 100 + data[offsets[2] + 160:]
    warc = tmp_path / "broken.warc.gz"
    warc.write_bytes(broken)
    lake = tmp_path / "lake"
    backfill(lake, "--warc", str(warc), "--quiet")
    urls = sorted(r["url"] for r in read_dataset(lake, "articles"))
    assert urls == sorted(u for i, (u, _) in enumerate(pages(5)) if i != 2)
    assert len(read_dataset(lake, "rejects")) == 1


def test_with_a_config_only_its_outlets_hosts_are_kept_under_their_id(tmp_path):
    data, _ = warc_bytes(pages(4))
    warc = tmp_path / "a.warc.gz"
    warc.write_bytes(data)
    config = tmp_path / "outlets.yaml"
    config.write_text(yaml.safe_dump({"feeds": [
        {"id": "one", "name": "أخبار واحد", "url": "https://feeds.akhbar-one.com/rss.xml",
         "page_urls": ["www.akhbar-one.com/news"]}]},
        allow_unicode=True), encoding="utf-8")
    lake = tmp_path / "lake"
    backfill(lake, "--warc", str(warc), "--config", str(config), "--since", "2024-03-02",
             "--quiet")
    rows = read_dataset(lake, "articles")
    # akhbar-one.com pages are 0 and 2; page 0 was fetched on 1 March, before --since
    assert [(r["url"], r["source"], r["source_name"]) for r in rows] == [
        ("https://www.akhbar-one.com/news/2.html", "one", "أخبار واحد")]


def test_registered_domains_come_from_the_bundled_suffix_list_without_network(monkeypatch):
    import socket

    from pipeline.ingest import warc

    def no_network(*args, **kwargs):
        raise AssertionError("the public suffix list must not be fetched")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    warc._suffix_rules.cache_clear()
    warc.registered_domain.cache_clear()
    assert warc.registered_domain("www.youm7.com") == "youm7.com"
    assert warc.registered_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert warc.registered_domain("m.akhbarelyom.com.eg") == "akhbarelyom.com.eg"
    assert warc.registered_domain("127.0.0.1") == "127.0.0.1"


def test_a_backfill_bigger_than_a_window_is_read_in_windows(tmp_path):
    data, _ = warc_bytes(pages(7))
    warc = tmp_path / "a.warc.gz"
    warc.write_bytes(data)
    config = windowed_outlets(tmp_path)
    lake = tmp_path / "lake"
    out = backfill(lake, "--warc", str(warc), "--config", str(config), "--quiet")
    rows = read_dataset(lake, "articles")
    assert sorted(r["url"] for r in rows) == sorted(u for u, _ in pages(7))
    assert {r["source"] for r in rows} == {"one", "two"}
    assert summary_value(out.stdout, "articles written") == 7
    assert summary_value(out.stdout, "pages fetched") == 7


REPORTS = {  # two outlets report one meeting (Thursday 29 February 2024) on two later days
    "2024-03-01": "التقى وزير الخارجية السعودي عادل الجبير أمس في الرياض نظيره الأمريكي جون "
                  "كيري وبحث الجانبان العلاقات الثنائية.",
    "2024-03-02": "بحث وزير الخارجية الأمريكي جون كيري مع نظيره السعودي عادل الجبير في لقاء "
                  "جمعهما بالرياض يوم الخميس تطورات الأوضاع في المنطقة.",
}


def report_html(day: str, sentence: str) -> bytes:
    paras = "".join(f"<p>{arabic_text(f'{day}-{i}', 3)}</p>" for i in range(3))
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>لقاء {day}</title><meta property=\"article:published_time\" "
            f'content="{day}T08:00:00+00:00"></head><body><article><h1>لقاء في الرياض {day}</h1>'
            f"<p>{sentence}</p>{paras}</article></body></html>").encode()


def test_event_reports_in_different_windows_of_an_archive_join_one_cluster(tmp_path):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    pages_by_day = []
    for k, (day, sentence) in enumerate(REPORTS.items()):
        host = HOSTS[k]
        pages_by_day += [(day, f"https://{host}/news/meeting-{k}.html", report_html(day, sentence)),
                         (day, f"https://{host}/news/other-{k}.html",
                          article_html(f"other{k}").encode())]
    for day, url, html in pages_by_day:
        head = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(html), http_headers=head,
            warc_headers_dict={"WARC-Date": f"{day}T10:00:00Z"}))
    warc = tmp_path / "a.warc.gz"
    warc.write_bytes(buf.getvalue())
    config = windowed_outlets(tmp_path)
    lake = tmp_path / "lake"
    out = backfill(lake, "--warc", str(warc), "--config", str(config), "--quiet")
    assert summary_value(out.stdout, "articles written") == 4
    events = read_dataset(lake, "events")
    meetings = [e for e in events if e["event_type"] == "MEET"]
    assert {e["source"] for e in meetings} == {"one", "two"}, events
    # one real-world event: the second window's report joins the first window's cluster
    assert len({e["event_cluster_id"] for e in meetings}) == 1, meetings
