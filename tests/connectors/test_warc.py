"""WARC reading: which records are pages, offsets that read the page back, and one problem per
damaged stretch with reading going on after it (gzip and plain files, written with warcio)."""

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from connectors.errors import FetchError
from connectors.warc import WarcPage, WarcProblem, read_page, scan_warc

RESPONSES = [  # (url, status, content type): only 0, 3 and 4 are pages
    ("https://a.example/0", "200 OK", "text/html; charset=utf-8"),
    ("https://a.example/1.png", "200 OK", "image/png"),
    ("https://a.example/2", "404 Not Found", "text/html"),
    ("https://a.example/3", "200 OK", "application/xhtml+xml"),
    ("https://a.example/4", "200 OK", "text/html"),
]


def body(i: int) -> bytes:
    return f"<html><body><p>{'نص ' * 300}{i}</p></body></html>".encode()


def warc(gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i, (url, status, ctype) in enumerate(RESPONSES):
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body(i)), http_headers=http,
            warc_headers_dict={"WARC-Date": "2024-03-01T10:00:00Z",
                               "WARC-Record-ID": f"<urn:uuid:00000001-0000-4000-8000-{i:012d}>"}))
    # fixed record ids and dates: the same bytes every time, so the damage tests always cut
    # the same places (random ids made where a cut fell in a gzip member vary)
    writer.write_record(writer.create_warc_record(
        "https://a.example/meta", "metadata", payload=io.BytesIO(b"x: y"),
        warc_headers_dict={"WARC-Date": "2024-03-01T10:00:00Z",
                           "WARC-Record-ID": "<urn:uuid:00000001-0000-4000-8000-999999999999>"}))
    return buf.getvalue()


def scan(data: bytes):
    found = list(scan_warc(io.BytesIO(data)))
    pages = [f for f in found if isinstance(f, WarcPage)]
    return pages, [f for f in found if isinstance(f, WarcProblem)]


@pytest.mark.parametrize("gz", [True, False], ids=["gz", "plain"])
def test_pages_are_the_html_200_responses_and_read_back_from_their_offset(gz):
    data = warc(gz)
    pages, problems = scan(data)
    assert [p.url for p in pages] == ["https://a.example/0", "https://a.example/3",
                                      "https://a.example/4"]
    assert not problems
    assert pages[0].date.isoformat() == "2024-03-01T10:00:00+00:00"
    for page in pages:
        number = int(page.url.rsplit("/", 1)[1])
        assert read_page(io.BytesIO(data), page, 1_000_000) == body(number)


@pytest.mark.parametrize("gz", [True, False], ids=["gz", "plain"])
def test_a_truncated_file_gives_its_complete_pages_and_one_problem(gz):
    data = warc(gz)
    pages, _ = scan(data)
    cut = data[:pages[-1].offset + 150]
    kept, problems = scan(cut)
    assert [p.url for p in kept] == ["https://a.example/0", "https://a.example/3"]
    assert len(problems) == 1 and problems[0].offset <= pages[-1].offset


@pytest.mark.parametrize("gz", [True, False], ids=["gz", "plain"])
def test_damage_in_the_middle_is_one_problem_and_reading_goes_on(gz):
    data = warc(gz)
    pages, _ = scan(data)
    at = pages[1].offset + 40
    broken = data[:at] + b"\x00" * 120 + data[at + 120:]
    kept, problems = scan(broken)
    assert [p.url for p in kept] == ["https://a.example/0", "https://a.example/4"]
    assert len(problems) == 1
    assert read_page(io.BytesIO(broken), kept[-1], 1_000_000) == body(4)


def test_junk_before_the_first_record_is_one_problem():
    data = b"this is not a WARC record\r\n" + warc(True)
    kept, problems = scan(data)
    assert len(kept) == 3 and len(problems) == 1 and problems[0].offset == 0


def test_reading_a_page_checks_the_record_and_the_size():
    data = warc(True)
    pages, _ = scan(data)
    wrong = WarcPage(pages[1].offset, pages[1].length, "https://a.example/0", None, None)
    with pytest.raises(FetchError) as err:
        read_page(io.BytesIO(data), wrong, 1_000_000)
    assert err.value.kind == "warc_record"
    with pytest.raises(FetchError) as err:
        read_page(io.BytesIO(data), pages[0], 100)
    assert err.value.kind == "too_large"
    with pytest.raises(FetchError) as err:
        read_page(io.BytesIO(data[:pages[0].offset + 10]), pages[0], 1_000_000)
    assert err.value.kind == "warc_record"


def test_damage_anywhere_is_at_most_one_problem():
    """Wherever 100 zeroed bytes fall in a gzipped WARC, one damaged stretch is one problem: a
    record that still parses but is damaged (not a WARC record, a digest mismatch), followed by
    bytes that cannot be read, is one stretch, not two (it was two at 209 of these places)."""
    data = warc(True)
    pages, _ = scan(data)
    for at in range(0, len(data) - 100, 3):
        broken = data[:at] + b"\x00" * 100 + data[at + 100:]
        kept, problems = scan(broken)
        assert len(problems) <= 1, (at, [p.message for p in problems])
        if pages[1].offset + 8 <= at < pages[2].offset - 100:  # inside page 3's record
            assert len(problems) == 1, at
            assert [p.url for p in kept] == ["https://a.example/0", "https://a.example/4"], at
