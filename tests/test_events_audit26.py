"""Event extractor: cases found by reading a hand-read sample of unlabelled news (own
paraphrases)."""

from datetime import date

from pipeline.events import extract_events


def _one(text: str, published: str) -> dict:
    events = extract_events(text, published)
    assert len(events) == 1, events
    return events[0]


def test_talks_over_months_have_no_day():
    # named officers: months of talks between two states named bare are a process, no event
    e = _one(
        "أعلنت الحكومة أمس الاتفاق الذي جاء بعد أشهر من المفاوضات بين وزير الخارجية التركي "
        "ونظيره الأمريكي.",
        "2015-07-25",
    )
    assert e["event_type"] == "NEGOTIATE"
    assert {e["actor1_country"], e["actor2_country"]} == {"TUR", "USA"}
    assert e["event_date"] is None


def test_talks_over_years_with_a_count_have_no_day():
    e = _one(
        "وتوج الاتفاق عامين من المفاوضات المكثفة بين وزير الخارجية الإيراني ونظيره الأمريكي.",
        "2015-07-25",
    )
    assert e["event_type"] == "NEGOTIATE"
    assert {e["actor1_country"], e["actor2_country"]} == {"IRN", "USA"}
    assert e["event_date"] is None


def test_talks_begun_on_a_day_keep_it():
    e = _one("بدأت أمس المفاوضات بين أنقرة وواشنطن حول القاعدة الجوية.", "2015-07-25")
    assert e["event_type"] == "NEGOTIATE"
    assert e["event_date"] == date(2015, 7, 24)
