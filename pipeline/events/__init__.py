"""Diplomatic events: gazetteer and lexicons, candidate extraction, event dates, event rows,
event clusters (pure), and their Beam composites.
Public API: `extract_events(text, published=None)`.

The extraction modules (gazetteer, lexicons, compiled patterns) load on first use of the API,
so that a process that only clusters or writes event rows (the pipeline's main process) does
not load them.
"""

__all__ = ["EVENT_TYPES", "event_id", "extract_events"]


def __getattr__(name: str):
    if name in __all__:
        from pipeline.events import extract

        return getattr(extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
