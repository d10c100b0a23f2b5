"""A month written twice, its Syriac (Levantine) name after the Gregorian one in brackets or
after a slash: the second name, one word or two («كانون الأول»), is skipped, so the «الماضي /
المقبل» or the year after it still sets the year."""

from datetime import date

import pytest

from pipeline.events.dates import find_dates
from pipeline.events.mentions import tokenize

PUBLISHED = date(2015, 8, 20)


def _dates(text):
    return [(m.date, m.precision) for m in find_dates([t.norm for t in tokenize(text)], PUBLISHED)]


@pytest.mark.parametrize("text,expected", [
    ("في ديسمبر (كانون الأول) الماضي", (date(2014, 12, 1), "month")),
    ("في 5 ديسمبر (كانون الأول) الماضي", (date(2014, 12, 5), "day")),
    ("في ديسمبر (كانون الأول) 2013", (date(2013, 12, 1), "month")),
    ("في يناير (كانون الثاني) المقبل", (date(2016, 1, 1), "month")),
    ("في 3 تشرين الأول/أكتوبر الماضي", (date(2014, 10, 3), "day")),
    ("في أغسطس (آب) الماضي", (date(2014, 8, 1), "month")),
])
def test_the_year_word_after_a_two_word_second_month_name_counts(text, expected):
    assert _dates(text) == [expected]


def test_a_second_month_name_of_another_month_is_not_skipped():
    # «ديسمبر (كانون الثاني)» names two months: the «الماضي» after the second is not read
    # as the first's, which stays the nearest December
    assert _dates("في ديسمبر (كانون الثاني) الماضي") == [(date(2015, 12, 1), "month")]
