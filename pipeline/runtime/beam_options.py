"""Beam's views of a run's pipeline options, made once per options object and kind of view
instead of at every call (applied by the `akhbar` command only, like
pipeline.runtime.beam_specs).

Beam (2.77) reads an option through a view: `options.view_as(TypeOptions).pipeline_type_check`.
Each `view_as` builds a new argparse parser for the view's class, registers every option of
that class and parses the command line again: about 0.3 ms. Building the graph asks twice per
applied transform (about 600 views for a run's 250 transforms), so a run spent about 0.2 s of
its main process's CPU re-parsing the same flags, once more for each window of a long run.

A view holds nothing of its own: the parsed flags of its class (fixed once the options
exist) and the options' shared value store, through which every view reads and writes. So the
view made the first time serves every later call for the same options object and class; a
value set through any view is seen through all of them, as with Beam's own views.
"""

from __future__ import annotations

import weakref

from pipeline.runtime.patching import replace_once


def cached(view_as):
    """`PipelineOptions.view_as` with its views kept per (options object, class)."""
    views: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def view_as_cached(self, cls):
        try:
            per_class = views.get(self)
        except TypeError:  # an options object that is not weakly referable or hashable
            return view_as(self, cls)
        if per_class is None:
            per_class = views.setdefault(self, {})
        view = per_class.get(cls)
        if view is None:
            view = per_class[cls] = view_as(self, cls)
        return view

    view_as_cached.uncached = view_as
    return view_as_cached


def cache_option_views() -> None:
    """Make Beam's PipelineOptions.view_as remember its views (see the module docstring).
    Idempotent; imports Beam."""
    from apache_beam.options.pipeline_options import PipelineOptions

    replace_once(PipelineOptions, "view_as", cached)
