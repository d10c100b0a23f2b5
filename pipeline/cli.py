"""The `akhbar` command: run (batch), backfill (WARC files), stream, show, report.

Parses arguments, loads the config and hands everything else to Beam's PipelineOptions; the
work itself lives in pipeline.batch / pipeline.stream / pipeline.report.build.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import logging
import os
import sys
import warnings

from pipeline.config import ConfigError, load_config

DEFAULT_LAKE = "./lake"


def _quiet_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not verbose:
        for name in ("apache_beam", "trafilatura", "htmldate", "urllib3", "charset_normalizer"):
            logging.getLogger(name).setLevel(logging.ERROR)
        warnings.filterwarnings("ignore")


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

    try:
        from pipeline.report import build as report
    except ImportError:  # the report module is optional until it lands
        report = None
    if report is not None:
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
    quiet = args.quiet or not runs_in_process(beam.runner)
    return ProgressDisplay(ProgressDisplay.mode_for(sys.stderr, quiet))


def _check_dates(args) -> None:
    if args.since and args.until and args.since >= args.until:
        raise ConfigError("--since must be before --until")


def _sample_server(config_path: str | None):
    """The embedded sample's HTTP server when running without --config."""
    if config_path is not None:
        return contextlib.nullcontext()
    from connectors.sample_server import SampleServer

    return SampleServer()


def _start_extraction_pool_early(config, beam_args: list[str]) -> None:
    """Start the extraction pool's fork server before Beam is imported, when the run will use
    the pool (the default: local in-process runner, more than one core): its imports and
    warm-up then overlap with the main process's start instead of delaying the first page."""
    from pipeline.runtime.pool import pool_size, warm_up_pool_server

    flags = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    flags.add_argument("--runner")
    flags.add_argument("--direct_running_mode")
    beam, _ = flags.parse_known_args(beam_args)
    if pool_size(config.performance.extract_processes, beam.runner,
                 beam.direct_running_mode) > 1:
        warm_up_pool_server()


def cmd_run(args, beam_args: list[str]) -> int:
    config = load_config(args.config)
    _start_extraction_pool_early(config, beam_args)
    from pipeline.batch import run_batch
    from pipeline.context import RunContext
    from pipeline.runtime.allocator import bound_native_memory

    bound_native_memory()
    _check_dates(args)
    ctx = RunContext.new(args.output, config, since=args.since, until=args.until)
    with _sample_server(args.config), _progress(args, beam_args):
        summary = run_batch(ctx, beam_args)
    print(summary.render())
    return 0


def cmd_backfill(args, beam_args: list[str]) -> int:
    from pipeline.config import parse_config

    config = load_config(args.config) if args.config else parse_config(None)
    _check_dates(args)
    _start_extraction_pool_early(config, beam_args)
    from pipeline.backfill import run_backfill
    from pipeline.context import RunContext
    from pipeline.ingest.warc import warc_files
    from pipeline.runtime.allocator import bound_native_memory

    bound_native_memory()
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
    from pipeline.context import RunContext
    from pipeline.runtime.allocator import bound_native_memory
    from pipeline.stream import run_stream

    if args.poll_interval <= 0:
        print("akhbar: --poll-interval must be positive", file=sys.stderr)
        return 2
    if args.max_polls is not None and args.max_polls < 1:
        print("akhbar: --max-polls must be at least 1", file=sys.stderr)
        return 2
    bound_native_memory()
    config = load_config(args.config)
    ctx = RunContext.new(args.output, config)
    with _sample_server(args.config):
        summary = run_stream(ctx, beam_args, args.poll_interval, args.max_polls)
    print(summary.render())
    return 0


def cmd_show(args) -> int:
    from pipeline.lake.store import open_dataset
    from pipeline.text.render import render_article

    data = open_dataset(args.lake, "articles")
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
    _quiet_logging(getattr(args, "verbose", False))
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
    except ConfigError as exc:
        print(f"akhbar: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"akhbar: {exc}", file=sys.stderr)
        return 2
    parser.error(f"unknown command {args.command}")
    return 2


def entry() -> None:
    """The `akhbar` command: main(), then an exit that skips the interpreter's teardown. By
    then every file is written and closed and only the main thread is left; the exit
    handlers (logging, multiprocessing's temporary files) still run, but unloading Beam,
    pyarrow and the rest took about 0.2 s of every run for nothing."""
    code = main()
    exit_now(code)


def exit_now(code: int) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
