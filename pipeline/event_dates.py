"""Resolve the date an event sentence names (explicit, or relative to the publication date).

Pure functions over normalised tokens; no clock is read and nothing guesses a missing year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.dates import month_names
from pipeline.normalize import normalize_arabic

WEEKDAYS = {  # normalised weekday -> Python weekday()
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3,
    "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
WEEKDAYS = {normalize_arabic(k): v for k, v in WEEKDAYS.items()}
_PAST = {"الماضي", "الماضيه", "المنصرم"}
_NEXT = {"المقبل", "القادم", "المقبله", "القادمه"}


def _months() -> dict[str, int]:
    return {normalize_arabic(name): num for name, num in month_names().items()}


def _strip(tok: str) -> str:
    """Drop one leading و/ف/ب/ل clitic when the rest is a known date word."""
    if tok[:1] in "وفبل" and len(tok) > 3:
        return tok[1:]
    return tok


def _weekday(pub: date, wd: int, mode: str) -> date:
    delta = (pub.weekday() - wd) % 7
    if mode == "next":
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    if mode == "past" and delta == 0:
        delta = 7
    return pub - timedelta(days=delta)


def _explicit(tokens: list[str], published: date | None) -> tuple[date | None, str | None]:
    months = _months()
    month_words = sorted(months, key=lambda m: -len(m.split()))
    n = len(tokens)
    for i, tok in enumerate(tokens):
        for name in month_words:
            parts = name.split()
            if tokens[i:i + len(parts)] != parts and not (
                len(parts) == 1 and _strip(tok) == name
            ):
                continue
            month = months[name]
            day = int(tokens[i - 1]) if i > 0 and re.fullmatch(r"\d{1,2}", tokens[i - 1]) else None
            j = i + len(parts)
            # skip a second (dual) month name: 13 يونيو/حزيران
            if j < n and tokens[j] in months:
                j += 1
            year = None
            for k in range(j, min(j + 2, n)):
                if re.fullmatch(r"(19|20)\d\d", tokens[k]):
                    year = int(tokens[k])
                    break
            if year is None and day is not None and published is not None:
                year = published.year
            if year is None:
                continue
            if day is not None:
                try:
                    return date(year, month, day), "day"
                except ValueError:
                    continue
            return date(year, month, 1), "month"
    return None, None


def resolve_date(tokens: list[str], published: date | None) -> tuple[date | None, str | None]:
    """(date, precision) named by a sentence's normalised tokens, or (None, None).

    Explicit dates win; then اليوم / أمس / أمس الأول / غدا / بعد غد and weekdays, which need the
    publication date (a weekday is the most recent such day on or before publication, strictly
    before with الماضي, on or after with المقبل/القادم).
    """
    found, precision = _explicit(tokens, published)
    if found is not None:
        return found, precision
    if published is None:
        return None, None
    n = len(tokens)
    for i, raw in enumerate(tokens):
        tok = _strip(raw) if raw not in WEEKDAYS else raw
        nxt = tokens[i + 1] if i + 1 < n else ""
        if tok == "امس":
            if nxt == "الاول":
                return published - timedelta(days=2), "day"
            return published - timedelta(days=1), "day"
        if tok == "اليوم" and not (i > 0 and tokens[i - 1] in ("بغداد", "مصر", "روسيا")):
            return published, "day"
        if tok in ("غدا", "غد") and not (i > 0 and tokens[i - 1] == "بعد"):
            return published + timedelta(days=1), "day"
        if tok == "غد" or (tok == "بعد" and nxt in ("غد", "غدا")):
            return published + timedelta(days=2), "day"
        if tok in WEEKDAYS:
            mode = "next" if nxt in _NEXT else "past" if nxt in _PAST else "default"
            return _weekday(published, WEEKDAYS[tok], mode), "day"
    return None, None
