"""The `akhbar` command: run (batch), backfill (WARC files), stream, show, report.

Parses arguments, loads the config and hands everything else to Beam's PipelineOptions; the
work itself lives in pipeline.batch / pipeline.stream / pipeline.report.build.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sys

from pipeline.config import ConfigError, load_config
from pipeline.lake.errors import EXIT_IO, find_lake_error
from pipeline.runtime.process import (
    exit_without_teardown,
    freeze_imported,
    quiet,
    skip_beam_cloud_io,
    skip_beam_mongodb,
)
from pipeline.runtime.runners import RunnerUnavailable

DEFAULT_LAKE = "./lake"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="akhbar",
        description="Ingest Arabic news feeds into a deduplicated Parquet lake.",
        epilog="Unknown options of `run` and `stream` are passed to Apache Beam "
               "(e.g. --runner, --direct_num_workers, --direct_running_mode).",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="one batch pass over the configured feeds")
    run.add_argument("--config", help="YAML config (default: the embedded sample)")
    run.add_argument("--output", default=DEFAULT_LAKE, help="lake directory or s3:// / gs:// URI")
    _dates_and_quiet(run, "sitemap entries dated (news date, else <lastmod>)")
    run.add_argument("-v", "--verbose", action="store_true")

    backfill = sub.add_parser("backfill", help="ingest the HTML pages of WARC files "
                                               "(e.g. Common Crawl's CC-NEWS)")
    backfill.add_argument("--warc", required=True, action="append", metavar="PATH_OR_GLOB",
                          help="WARC file(s): a path or glob, local, s3:// or gs:// "
                               "(.warc or .warc.gz; repeat for more)")
    backfill.add_argument("--config", help="YAML config: keep only its outlets' hosts "
                                           "(default: every host, source = its domain)")
    backfill.add_argument("--output", default=DEFAULT_LAKE,
                          help="lake directory or s3:// / gs:// URI")
    _dates_and_quiet(backfill, "records dated (WARC-Date)")
    backfill.add_argument("-v", "--verbose", action="store_true")

    stream = sub.add_parser("stream", help="one long-lived unbounded pipeline polling the feeds")
    stream.add_argument("--config", help="YAML config (default: the embedded sample)")
    stream.add_argument("--output", default=DEFAULT_LAKE,
                        help="lake directory or s3:// / gs:// URI")
    stream.add_argument("--poll-interval", type=float, default=300.0, metavar="SECONDS",
                        help="seconds between polls of a feed without poll_interval_s "
                             "(default 300)")
    stream.add_argument("--max-polls", type=int, default=None, metavar="N",
                        help="stop cleanly after N polling rounds (default: run until "
                             "SIGINT/SIGTERM)")
    stream.add_argument("-v", "--verbose", action="store_true")

    show = sub.add_parser("show", help="print one article in the seed documents' layout")
    show.add_argument("article_id")
    show.add_argument("--lake", default=DEFAULT_LAKE)

    from pipeline.report import build as report

    rep = sub.add_parser("report", help="write a self-contained HTML report of the lake")
    report.add_arguments(rep)
    return parser


def _dates_and_quiet(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--since", type=_day, metavar="DATE",
                        help=f"only {what} on or after DATE (YYYY-MM-DD or ISO time, UTC)")
    parser.add_argument("--until", type=_day_end, metavar="DATE",
                        help=f"only {what} up to DATE (a day counts whole)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress line (the final summary is still printed)")


def _day(value: str):
    """YYYY-MM-DD or an ISO 8601 time → an aware UTC datetime."""
    from datetime import datetime, timezone

    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (YYYY-MM-DD)") from None
    return when.astimezone(timezone.utc) if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _day_end(value: str):
    """--until: the end of that day when only a day is given (exclusive bound)."""
    from datetime import timedelta

    when = _day(value)
    return when + timedelta(days=1) if len(value.strip()) == 10 else when


def _progress(args, beam_args: list[str]):
    """The progress display for a run: on the in-process runner only (elsewhere the work is
    counted in other processes)."""
    from pipeline.progress import ProgressDisplay
    from pipeline.runtime.pool import runs_in_process

    flags = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    flags.add_argument("--runner")
    beam, _ = flags.parse_known_args(beam_args)
    off = args.quiet or not runs_in_process(beam.runner)
    return ProgressDisplay(ProgressDisplay.mode_for(sys.stderr, off))


def _check_dates(args) -> None:
    if args.since and args.until and args.since >= args.until:
        raise ConfigError("--since must be before --until")


@contextlib.contextmanager
def _served(config_path: str | None):
    """RunContext.served_at for the run: without --config, the embedded sample is served on a
    free port for as long as the run lasts."""
    if config_path is not None:
        yield ()
        return
    from connectors.sample_server import SampleServer

    with SampleServer() as server:
        yield server.served_at


def _runner_flags(beam_args: list[str]) -> argparse.Namespace:
    """--runner and --direct_running_mode among the Beam options (read before Beam loads)."""
    flags = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    flags.add_argument("--runner")
    flags.add_argument("--direct_running_mode")
    return flags.parse_known_args(beam_args)[0]


def _start_extraction_pool_early(config, beam_args: list[str]) -> None:
    """Start the extraction pool's fork server before Beam is imported, when the run will use
    the pool (the default: local in-process runner, more than one core): its imports and
    warm-up then overlap with the main process's start instead of delaying the first page."""
    from pipeline.runtime.pool import pool_size, warm_up_pool_server

    beam = _runner_flags(beam_args)
    if pool_size(config.performance.extract_processes, beam.runner,
                 beam.direct_running_mode) > 1:
        warm_up_pool_server()


def _tune_beam(beam_args: list[str]) -> None:
    """The command's workarounds for Beam's per-call costs (each in its module under
    pipeline/runtime/), then the loaded modules frozen out of garbage collection. Once Beam and
    the pipeline modules are imported, before any graph is built."""
    from pipeline.runtime.beam_coders import fast_datetimes
    from pipeline.runtime.beam_options import cache_option_views
    from pipeline.runtime.beam_pickles import store_pickles
    from pipeline.runtime.beam_specs import cache_dofn_specs
    from pipeline.runtime.runners import runs_in_process

    cache_dofn_specs()
    cache_option_views()
    flags = _runner_flags(beam_args)
    if runs_in_process(flags.runner):
        fast_datetimes()
        if flags.direct_running_mode != "multi_processing":  # no worker process to decode
            store_pickles()
    freeze_imported()


def _load_run_config(args):
    """The config of `run` / `stream`, with at least one feed, and --output checked (one line
    each, before anything is fetched)."""
    from pipeline.lake.lock import check_output

    config = load_config(args.config)
    if not config.feeds:
        raise ConfigError(f"config key feeds: no feeds configured in {config.path}")
    check_output(args.output)
    return config


def cmd_run(args, beam_args: list[str]) -> int:
    config = _load_run_config(args)
    _start_extraction_pool_early(config, beam_args)
    from pipeline.batch import run_batch
    from pipeline.context import RunContext
    from pipeline.runtime.allocator import bound_native_memory

    bound_native_memory()
    _tune_beam(beam_args)
    _check_dates(args)
    with _served(args.config) as served_at, _progress(args, beam_args):
        ctx = RunContext.new(args.output, config, served_at=served_at, since=args.since,
                             until=args.until)
        summary = run_batch(ctx, beam_args)
    print(summary.render())
    return 0


def cmd_backfill(args, beam_args: list[str]) -> int:
    from pipeline.config import parse_config
    from pipeline.lake.lock import check_output

    config = load_config(args.config) if args.config else parse_config(None)
    _check_dates(args)
    check_output(args.output)
    _start_extraction_pool_early(config, beam_args)
    from pipeline.backfill import run_backfill
    from pipeline.context import RunContext
    from pipeline.ingest.warc import warc_files
    from pipeline.runtime.allocator import bound_native_memory

    bound_native_memory()
    _tune_beam(beam_args)
    paths = warc_files(args.warc)
    if not paths:
        print(f"akhbar: no WARC file matches {' '.join(args.warc)}", file=sys.stderr)
        return 2
    ctx = RunContext.new(args.output, config, since=args.since, until=args.until)
    with _progress(args, beam_args):
        summary = run_backfill(ctx, paths, beam_args, configured=args.config is not None)
    print(summary.render())
    return 0


def cmd_stream(args, beam_args: list[str]) -> int:
    from pipeline.runtime.runners import batch_only

    runner = _runner_flags(beam_args).runner
    if batch_only(runner):
        print(f"akhbar: --runner {runner} runs batch pipelines only; use `akhbar run`",
              file=sys.stderr)
        return 2
    from pipeline.context import RunContext
    from pipeline.runtime.allocator import bound_native_memory
    from pipeline.stream import run_stream

    if not math.isfinite(args.poll_interval) or args.poll_interval <= 0:
        print("akhbar: --poll-interval must be a positive number of seconds", file=sys.stderr)
        return 2
    if args.max_polls is not None and args.max_polls < 1:
        print("akhbar: --max-polls must be at least 1", file=sys.stderr)
        return 2

    config = _load_run_config(args)
    bound_native_memory()
    _tune_beam(beam_args)
    with _served(args.config) as served_at:
        ctx = RunContext.new(args.output, config, served_at=served_at)
        summary = run_stream(ctx, beam_args, args.poll_interval, args.max_polls)
    print(summary.render())
    return 0


def cmd_show(args) -> int:
    from pipeline.lake.repair import open_readable
    from pipeline.lake.store import dataset_exists
    from pipeline.text.render import render_article

    data, damaged = open_readable(args.lake, "articles") if dataset_exists(
        args.lake, "articles") else (None, [])
    for bad in damaged:
        print(f"akhbar: damaged lake file skipped: {bad.relative} ({bad.reason})",
              file=sys.stderr)
    if data is None:
        print(f"akhbar: no articles dataset in {args.lake}", file=sys.stderr)
        return 2
    import pyarrow.dataset as ds

    rows = data.to_table(filter=ds.field("article_id") == args.article_id).to_pylist()
    if not rows:
        print(f"akhbar: no article {args.article_id} in {args.lake}", file=sys.stderr)
        return 1
    sys.stdout.write(render_article(rows[0]))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args, rest = parser.parse_known_args(argv)
    if rest and args.command not in ("run", "stream", "backfill"):
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    quiet(getattr(args, "verbose", False))
    skip_beam_mongodb()
    skip_beam_cloud_io(args.command, _runner_flags(rest).runner)
    try:
        if args.command == "run":
            return cmd_run(args, rest)
        if args.command == "backfill":
            return cmd_backfill(args, rest)
        if args.command == "stream":
            return cmd_stream(args, rest)
        if args.command == "show":
            return cmd_show(args)
        if args.command == "report":
            from pipeline.report import build as report

            return report.run(args)
    except (ConfigError, RunnerUnavailable) as exc:
        print(f"akhbar: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("akhbar: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the command reports one line, never a traceback
        return _report_failure(exc, getattr(args, "verbose", False))
    parser.error(f"unknown command {args.command}")
    return 2


def _report_failure(exc: Exception, verbose: bool) -> int:
    """One line on stderr for a failed command; its exit code (see README, Exit codes)."""
    lake_error = find_lake_error(exc)
    if lake_error is not None:
        print(f"akhbar: {lake_error}", file=sys.stderr)
        return lake_error.code
    first = str(exc).strip().splitlines()
    if isinstance(exc, OSError):
        reason = exc.strerror or (first[0] if first else type(exc).__name__)
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"akhbar: {reason}{where}", file=sys.stderr)
        return EXIT_IO
    if verbose:
        import traceback

        traceback.print_exception(exc)
    print(f"akhbar: failed: {type(exc).__name__}: {first[0] if first else ''}"
          + ("" if verbose else " (run with -v for details)"), file=sys.stderr)
    return 1


def entry() -> None:
    """The `akhbar` command: main(), then an exit that skips the interpreter's teardown
    (pipeline.runtime.process)."""
    exit_without_teardown(main())


if __name__ == "__main__":
    entry()
