"""WARC files (ISO 28500; Common Crawl's CC-NEWS ships them as .warc.gz): where the HTML pages
are, and one page read back from where it is.

warcio parses the records; this module only decides which records are pages (HTTP `response`
records, status 200, an HTML content type, an http(s) target) and steps over what cannot be
read: a corrupt or truncated stretch becomes one WarcProblem and reading goes on at the next
record (the next gzip member, or the next `WARC/` line of an uncompressed file). Streams are
read once, front to back, with a bounded buffer; nothing opens sockets or files by name here
(the caller opens them, e.g. through Beam's FileSystems).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from connectors import content_types
from connectors.errors import FetchError

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE = b"WARC/1."
_SEARCH_CHUNK = 1 << 20
_URI_RE = re.compile(rb"WARC-Target-URI:\s*<?([^\s>]+)", re.I)
# What a damaged stretch may raise inside warcio (or the zlib/IO under it).
_READ_ERRORS = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError, IndexError,
                UnicodeDecodeError, TypeError, AttributeError)


@dataclass(frozen=True)
class WarcPage:
    """Where an HTML page is in a WARC file."""

    offset: int                 # of its record (a gzip member in .warc.gz)
    length: int
    url: str                    # WARC-Target-URI
    date: datetime | None       # WARC-Date (UTC): when it was fetched
    content_type: str | None    # the HTTP Content-Type


@dataclass(frozen=True)
class WarcProblem:
    """A stretch of a WARC file that could not be read as records."""

    offset: int
    url: str | None             # the target URI, when it could be made out
    message: str


def parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def _page_fields(record) -> tuple[str, datetime | None, str] | None:
    """(url, WARC-Date, Content-Type) of a record that is an HTML page fetched with status
    200, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    if not url.lower().startswith(("http://", "https://")):
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    ctype = record.http_headers.get_header("Content-Type")
    if not ctype or not content_types.accepted("page", ctype):
        return None
    return url, parse_warc_date(record.rec_headers.get_header("WARC-Date")), ctype


def _damage(record) -> str | None:
    """Why a record read to its end is damaged (its digest does not match, it has no type),
    None when it is not."""
    if not str(record.format).startswith("warc"):
        return "not a WARC record"
    if not record.rec_type:
        return "a record without a WARC-Type"
    checker = getattr(record, "digest_checker", None)
    if checker is not None and checker.passed is False:
        return "digest mismatch: " + "; ".join(map(str, checker.problems))[:300]
    return None


def _guess_uri(stream: BinaryIO, offset: int) -> str | None:
    """The WARC-Target-URI in the damaged stretch at `offset`, when it can be read."""
    try:
        stream.seek(offset)
        head = stream.read(64 * 1024)
        if head.startswith(_GZIP_MAGIC[:2]):
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64 * 1024)
    except (OSError, zlib.error):
        return None
    found = _URI_RE.search(head[:16 * 1024])
    return found.group(1).decode("utf-8", "replace") if found else None


def _next_start(stream: BinaryIO, start: int) -> int | None:
    """Offset of the next possible record start at or after `start` (a gzip member or a
    `WARC/1.` line, whichever comes first), None at the end of the stream. A false start is
    harmless: reading fails there and the search goes on from the byte after it."""
    stream.seek(start)
    position = start
    tail = b""
    keep = len(_WARC_LINE)
    while True:
        chunk = stream.read(_SEARCH_CHUNK)
        if not chunk:
            return None
        data = tail + chunk
        base = position - len(tail)
        found = [i for i in (data.find(_GZIP_MAGIC), data.find(b"\n" + _WARC_LINE)) if i >= 0]
        if found:
            first = min(found)
            return base + first + (1 if data[first:first + 1] == b"\n" else 0)
        tail = data[-keep:]
        position += len(chunk)


def _rest_is_blank(stream: BinaryIO, offset: int) -> bool:
    stream.seek(offset)
    while True:
        chunk = stream.read(_SEARCH_CHUNK)
        if not chunk:
            return True
        if chunk.strip():
            return False


def scan_warc(stream: BinaryIO) -> Iterator[WarcPage | WarcProblem]:
    """The HTML pages of a WARC stream (seekable, positioned at its start), in file order,
    with one WarcProblem per damaged stretch; records that are not pages are passed over."""
    position = stream.tell()
    damaged: tuple[int, str | None, str] | None = None  # (offset, uri, reason) not yet reported
    # a damaged record is held back (with where it ends) while unreadable data may follow it:
    # one damaged stretch, one problem
    held: tuple[WarcProblem, int] | None = None
    while True:
        stream.seek(position)
        records = ArchiveIterator(stream, check_digests=True)
        good_end = position
        read_any = False
        try:
            for record in records:
                page = _page_fields(record)
                offset, length = records.get_record_offset(), records.get_record_length()
                if record.raw_stream.limit > 0:  # the file ended inside this record
                    raise EOFError(f"record at offset {offset} ends before its Content-Length")
                if damaged is not None and damaged[0] < offset:  # (none lost when equal)
                    yield WarcProblem(damaged[0], damaged[1], f"unreadable data from offset "
                                      f"{damaged[0]} to {offset} ({damaged[2]})")
                elif held is not None:  # (never both: a held record ends in `damaged`)
                    yield held[0]
                    held = None
                damaged = None
                read_any = True
                good_end = offset + length
                damage = _damage(record)
                if damage:
                    held = (WarcProblem(offset, page[0] if page else None, damage), good_end)
                elif page is not None:
                    yield WarcPage(offset, length, *page)
            if _rest_is_blank(stream, good_end):
                if held is not None:
                    yield held[0]
                break
            reason = "a record that cannot be read"
        except _READ_ERRORS as exc:
            reason = f"{type(exc).__name__}: {exc}"[:300]
        if held is not None and held[1] == good_end:  # the damage runs on from that record
            problem = held[0]
            damaged = (problem.offset, problem.url, f"{problem.message}; {reason}")
        elif damaged is None or read_any:
            damaged = (good_end, _guess_uri(stream, good_end), reason)
        held = None
        # after records were read, the failing one may start right there (in another format);
        # where nothing could be read, look from the next byte on
        resume = _next_start(stream, good_end if good_end > position else position + 1)
        if resume is None:
            yield WarcProblem(damaged[0], damaged[1], f"unreadable data from offset "
                              f"{damaged[0]} to the end of the file ({damaged[2]})")
            break
        position = resume


def read_page(stream: BinaryIO, page: WarcPage, max_bytes: int) -> bytes:
    """The HTTP body of the page at `page.offset` (dechunked and decoded as its headers say).
    Raises FetchError: "warc_record" when the record cannot be read or is not that page,
    "too_large" above `max_bytes`."""
    try:
        stream.seek(page.offset)
        record = next(iter(ArchiveIterator(stream)))
        url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
        if url != page.url:
            raise FetchError("warc_record", f"offset {page.offset} holds {url!r}", page.url)
        body = record.content_stream().read(max_bytes + 1)
    except StopIteration:
        raise FetchError("warc_record", f"no record at offset {page.offset}", page.url) from None
    except _READ_ERRORS as exc:
        raise FetchError("warc_record", f"{type(exc).__name__}: {exc}", page.url) from None
    if len(body) > max_bytes:
        raise FetchError("too_large", f"body larger than max_bytes {max_bytes}", page.url)
    if not body:
        raise FetchError("no_content", "empty body", page.url)
    return body
