"""The command's cache of Beam's option views (pipeline.runtime.beam_options) gives what Beam's
own view_as gives, and views of one options object still share their values."""

import apache_beam as beam
from apache_beam.options.pipeline_options import (
    DebugOptions,
    DirectOptions,
    PipelineOptions,
    SetupOptions,
    StandardOptions,
    TypeOptions,
)
from apache_beam.testing.util import assert_that, equal_to

from pipeline.runtime.beam_options import cached

VIEW_AS = cached(PipelineOptions.view_as.__dict__.get("uncached", PipelineOptions.view_as))
FLAGS = ["--runner", "FnApiRunner", "--direct_running_mode", "multi_processing",
         "--experiments", "a", "--experiments", "b", "--no_pipeline_type_check"]


def _every_options_class():
    seen, todo = [], [PipelineOptions]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.append(sub)
                todo.append(sub)
    return seen


def test_a_cached_view_reads_what_beam_s_view_reads_for_every_options_class():
    ours, beams = PipelineOptions(FLAGS), PipelineOptions(FLAGS)
    uncached = VIEW_AS.uncached
    for cls in _every_options_class():
        try:
            expected = uncached(beams, cls).get_all_options(drop_default=False)
        except Exception:  # noqa: BLE001 - a class Beam itself cannot view is not compared
            continue
        assert VIEW_AS(ours, cls).get_all_options(drop_default=False) == expected, cls


def test_the_same_view_is_returned_and_values_set_through_it_are_shared():
    options = PipelineOptions(FLAGS)
    first = VIEW_AS(options, StandardOptions)
    assert VIEW_AS(options, StandardOptions) is first
    first.runner = "SomethingElse"
    assert VIEW_AS(options, StandardOptions).runner == "SomethingElse"
    assert VIEW_AS.uncached(options, StandardOptions).runner == "SomethingElse"  # shared store
    VIEW_AS(options, SetupOptions).save_main_session = True
    assert VIEW_AS.uncached(options, SetupOptions).save_main_session is True
    assert VIEW_AS(options, DebugOptions).experiments == ["a", "b"]
    assert VIEW_AS(options, TypeOptions).pipeline_type_check is False
    assert VIEW_AS(options, DirectOptions).direct_running_mode == "multi_processing"


def test_views_of_different_options_objects_are_not_shared():
    a, b = PipelineOptions(["--runner", "A"]), PipelineOptions(["--runner", "B"])
    assert VIEW_AS(a, StandardOptions).runner == "A"
    assert VIEW_AS(b, StandardOptions).runner == "B"
    VIEW_AS(a, StandardOptions).streaming = True
    assert VIEW_AS(b, StandardOptions).streaming is False


def test_a_pipeline_runs_with_the_views_cached(monkeypatch):
    monkeypatch.setattr(PipelineOptions, "view_as", VIEW_AS)
    options = PipelineOptions(["--no_pipeline_type_check"])
    with beam.Pipeline(options=options) as p:
        out = p | beam.Create([1, 2, 3]) | beam.Map(lambda x: x * 2)
        assert_that(out, equal_to([2, 4, 6]))
