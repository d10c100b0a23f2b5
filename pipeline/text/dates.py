"""Parse publication dates written the way Arabic news pages write them.

Handles `تاريخ النشر: 24th, July 2024 GMT`, `الأربعاء 24 تموز 2024`, `24 يوليو 2024`, dual names
(`13 يونيو/حزيران 2024`), Arabic-Indic digits and ISO dates. Pure functions; no relative dates here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache

from configs import CONFIG_DIR, load_yaml

MONTHS_PATH = CONFIG_DIR / "lexicons" / "months.yaml"

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك"})
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # harakat, superscript alef, tatweel


def _fold(text: str) -> str:
    return _MARKS.sub("", text.translate(_DIGITS).translate(_FOLD)).lower()


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Folded month spelling → month number, from configs/lexicons/months.yaml."""
    table = load_yaml(MONTHS_PATH)
    return {_fold(name): int(num) for num, names in table.items() for name in names}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    names = sorted(month_names(), key=len, reverse=True)
    month = "(?P<month>" + "|".join(re.escape(n) for n in names) + r")(?:\s*/\s*(?:"
    month += "|".join(re.escape(n) for n in names) + "))?"
    day_first = re.compile(
        r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?:من\s+)?(?:شهر\s+)?" + month
        + r"\s*,?\s*(?:عام\s+|سنة\s+)?(?P<year>\d{4})(?!\d)"
    )
    month_first = re.compile(
        month + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,\s*(?P<year>\d{4})(?!\d)"
    )
    return day_first, month_first


_ISO = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})(?!\d)")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value if 1990 <= value.year <= 2100 else None


def parse_date_text(text: str | None) -> date | None:
    """The first calendar date written in `text`, or None.

    >>> parse_date_text("تاريخ النشر: 24th, July 2024 GMT")
    datetime.date(2024, 7, 24)
    """
    if not text:
        return None
    folded = _fold(text)
    day_first, month_first = _patterns()
    names = month_names()
    for pattern in (day_first, month_first):
        m = pattern.search(folded)
        if m:
            value = _make(int(m["year"]), names[m["month"]], int(m["day"]))
            if value:
                return value
    for pattern in (_ISO, _NUMERIC):
        m = pattern.search(folded)
        if m:
            value = _make(int(m["year"]), int(m["month"]), int(m["day"]))
            if value:
                return value
    return None


def date_to_utc(value: date) -> datetime:
    """Midnight UTC of a calendar date (a date line with no time of day)."""
    return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)


def to_utc(value: datetime | None) -> datetime | None:
    """A timezone-aware datetime in UTC; naive values are taken as UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def as_date(value) -> date | None:
    """The calendar day of a datetime (its own day, not converted), a date, an ISO string
    starting YYYY-MM-DD, or a day-first numeric date and nothing else (DD/MM/YYYY, as Arabic
    sites write a publication date, the order parse_date_text reads too); None for anything
    else."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            m = _NUMERIC.fullmatch(value.strip())
            return _make(int(m["year"]), int(m["month"]), int(m["day"])) if m else None
    return None


def parse_iso_datetime(text: str | None) -> datetime | None:
    """An ISO 8601 timestamp (as in meta tags and JSON-LD) in UTC, or None."""
    if not text:
        return None
    text = text.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        only_date = parse_date_text(text)
        return date_to_utc(only_date) if only_date else None
    return to_utc(value)
