"""«منذ» and a span of time after a present verb of contact tell the contact under way since a
day the text does not name (reported, undated): a span counted in words or digits («منذ ثلاثة
أسابيع», «منذ عدة أشهر», «منذ 12 يوما») is a span as «منذ أكثر من أسبوعين» is."""

from datetime import date

import pytest

from pipeline.events.extract import extract_events

PUB = date(2015, 8, 11)


def _events(text, etype):
    return [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == etype]


@pytest.mark.parametrize("span", ["ثلاثة أسابيع", "عدة أشهر", "بضعة أيام", "12 يوما",
                                  "أكثر من عشرة أيام"])
def test_a_span_counted_in_words_is_a_span(span):
    text = (f"وتتفاوض اليونان مع الاتحاد الأوروبي منذ {span} في أثينا على خطة يأملون التوصل "
            "إليها اليوم.")
    found = _events(text, "NEGOTIATE")
    assert found
    assert all(e["status"] == "reported" and e["event_date"] is None for e in found)
