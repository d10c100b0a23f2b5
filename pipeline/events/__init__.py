"""Diplomatic events: gazetteer and lexicons, candidate extraction, event dates, event rows,
event clusters (pure), and their Beam composites.
Public API: `extract_events(text, published=None)`.
"""

from pipeline.events.extract import EVENT_TYPES, event_id, extract_events

__all__ = ["EVENT_TYPES", "event_id", "extract_events"]
