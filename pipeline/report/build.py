"""`akhbar report`: read a lake, aggregate it (report_queries) and write one static HTML file.

CLI glue only: no SQL and no HTML here; errors become one line on stderr and an exit code.
The query and rendering modules (DuckDB, pyarrow) are imported when a report is built, not when
the `akhbar` command line is parsed: `akhbar run` never needs them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

DEFAULT_LAKE = "./lake"
DEFAULT_OUT = "./report.html"
DEFAULT_STALE_HOURS = 24.0
EXIT_OK, EXIT_USAGE, EXIT_IO = 0, 2, 3  # the command's codes (README, Exit codes)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lake", default=DEFAULT_LAKE, metavar="DIR",
                        help="lake root: a directory, or s3:// / gs:// (default: %(default)s)")
    parser.add_argument("--out", default=DEFAULT_OUT, metavar="FILE.html",
                        help="HTML file to write (default: %(default)s)")
    parser.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                        help="first partition day to include")
    parser.add_argument("--until", type=_date, metavar="YYYY-MM-DD",
                        help="last partition day to include")
    parser.add_argument("--stale-hours", type=float, default=DEFAULT_STALE_HOURS, metavar="H",
                        help="a feed with no article newer than this is stale "
                             "(default: %(default)s)")


def reference_time(until: dt.date | None, now: dt.datetime) -> dt.datetime:
    """Freshness is measured at `now`, or at the end of `--until` when that is earlier."""
    if until is None:
        return now
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    return min(now, end)


def build(lake: str, since: dt.date | None = None, until: dt.date | None = None,
          now: dt.datetime | None = None, stale_hours: float = DEFAULT_STALE_HOURS) -> str:
    """The report's HTML for `lake`; raises report_queries.NotALakeError."""
    from pipeline.report import queries as report_queries
    from pipeline.report.render import render

    now = now or dt.datetime.now(dt.UTC)
    opened = report_queries.open_lake(lake, since, until)
    for path, why in opened.damaged:
        print(f"akhbar report: damaged lake file left out: {path} ({why})", file=sys.stderr)
    try:
        data = report_queries.collect(opened, reference_time(until, now), stale_hours)
    finally:
        opened.con.close()
    data.update(since=since, until=until, generated_at=now)
    return render(data)


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)  # mkstemp makes the file private (0600); a report is for sharing
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace) -> int:
    from pipeline.report import queries as report_queries

    if args.since and args.until and args.since > args.until:
        print(f"akhbar report: --since {args.since} is after --until {args.until}",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        html = build(args.lake, args.since, args.until,
                     stale_hours=getattr(args, "stale_hours", DEFAULT_STALE_HOURS))
    except report_queries.NotALakeError as e:
        print(f"akhbar report: {e}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as e:  # noqa: BLE001 - a CLI reports one line, not a traceback
        print(f"akhbar report: cannot read lake {args.lake}: {type(e).__name__}: "
              f"{str(e).splitlines()[0] if str(e) else ''}", file=sys.stderr)
        return EXIT_IO
    out = Path(args.out)
    try:
        write_atomic(out, html)
    except OSError as e:
        print(f"akhbar report: cannot write {out}: {e.strerror or e}", file=sys.stderr)
        return EXIT_IO
    print(f"akhbar report: wrote {out} ({len(html.encode('utf-8')):,} bytes)")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Standalone entry (`python -m pipeline.report.build`) until `akhbar report` is wired."""
    parser = argparse.ArgumentParser(prog="akhbar report", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
