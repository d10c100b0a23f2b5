"""Groups of actors and the occasions they meet at: a meeting held over a span of days, and
participants listed after the event they took part in (sentences written for these tests)."""

from datetime import date

from pipeline.events import extract_events


def _pairs(events):
    return sorted(tuple(sorted([(e["actor1_country"] or e["actor1_org"]),
                                (e["actor2_country"] or e["actor2_org"] or "")]))
                  for e in events if e["event_type"] == "MEET")


def test_meeting_held_over_a_span_of_days_takes_its_first_day():
    text = ("يجتمع وزراء الخارجية السادة أحمد عطاف و بدر عبد العاطي و محمد النفطي يومي 12 و 13 "
            "مارس المقبل في الجزائر العاصمة.")
    events = [e for e in extract_events(text, date(2025, 2, 20)) if e["event_type"] == "MEET"]
    assert events
    assert all((e["event_date"], e["date_precision"]) == (date(2025, 3, 12), "day")
               for e in events)
