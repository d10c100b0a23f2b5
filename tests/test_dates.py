from datetime import date, datetime, timezone

import pytest

from pipeline.text.dates import parse_date_text, parse_iso_datetime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تاريخ النشر: 24th, July 2024 GMT", date(2024, 7, 24)),
        ("تاريخ النشر: 13th, October 2023 GMT", date(2023, 10, 13)),
        ("تاريخ النشر: 1st, March 2025 GMT", date(2025, 3, 1)),
        ("الأربعاء 24 تموز 2024", date(2024, 7, 24)),  # Levantine
        ("الثلاثاء (24 كانون الأول 2024)", date(2024, 12, 24)),
        ("السبت 2 تشرين الثاني 2024", date(2024, 11, 2)),
        ("السبت 2 تشرين ثاني 2024", date(2024, 11, 2)),  # the Syriac name without the article
        ("الثلاثاء (24 كانون أول 2024)", date(2024, 12, 24)),
        ("الاثنين 5 كانون ثان 2015", date(2015, 1, 5)),
        ("الخميس 9 تشرين أول 2014", date(2014, 10, 9)),
        ("3 أيار 2022", date(2022, 5, 3)),
        ("24 آب 2023", date(2023, 8, 24)),
        ("الخميس 24 يوليو 2024", date(2024, 7, 24)),  # Egyptian
        ("1 إبريل 2021", date(2021, 4, 1)),
        ("نشر في 5 أغسطس 2024 - 10:30 ص", date(2024, 8, 5)),
        ("13 يونيو/حزيران 2025", date(2025, 6, 13)),  # dual names
        ("12 جويلية 2024", date(2024, 7, 12)),  # Maghrebi
        ("٢٤ أكتوبر ٢٠٢٤", date(2024, 10, 24)),  # Arabic-Indic digits
        ("July 24, 2024", date(2024, 7, 24)),
        ("2024-07-24T10:00:00+03:00", date(2024, 7, 24)),
        ("24/07/2024", date(2024, 7, 24)),
    ],
)
def test_date_forms(text, expected):
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", None, "بدون تاريخ", "عام 2024", "31 فبراير 2024", "24 تموز", "الثلاثاء الماضي"],
)
def test_no_date(text):
    assert parse_date_text(text) is None


def test_iso_datetimes_keep_the_offset_and_become_utc():
    # the elbaladtv case: local 01:59+02:00 is the previous day in UTC
    value = parse_iso_datetime("2020-12-25T01:59:00+02:00")
    assert value == datetime(2020, 12, 24, 23, 59, tzinfo=timezone.utc)
    assert parse_iso_datetime("2024-07-24T10:30:00Z").tzinfo is not None
    assert parse_iso_datetime("24 تموز 2024") == datetime(2024, 7, 24, tzinfo=timezone.utc)
    assert parse_iso_datetime("garbage") is None


def test_as_date_reads_a_day_first_numeric_publication_date():
    from datetime import date as _date

    from pipeline.text.dates import as_date
    assert as_date("09/12/2016") == _date(2016, 12, 9)
    assert as_date("2016-12-09T10:00:00") == _date(2016, 12, 9)
    assert as_date("31/02/2016") is None  # no such day
    assert as_date("the 09/12/2016 issue") is None  # only a whole date string
