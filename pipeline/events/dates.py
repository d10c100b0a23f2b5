"""Resolve the date an event sentence names (explicit, or relative to the publication date).

Pure functions over normalised tokens; no clock is read and nothing guesses a missing year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from pipeline.text.dates import month_names
from pipeline.text.normalize import normalize_arabic

WEEKDAYS = {  # normalised weekday -> Python weekday()
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3,
    "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
WEEKDAYS = {normalize_arabic(k): v for k, v in WEEKDAYS.items()}
_PAST = {"الماضي", "الماضيه", "المنصرم"}
_NEXT = {"المقبل", "القادم", "المقبله", "القادمه"}


def _months() -> dict[str, int]:
    return {normalize_arabic(name): num for name, num in month_names().items()}


@lru_cache(maxsize=1)
def _month_index() -> tuple[dict[str, int], dict[str, list], dict[str, int], list]:
    """(months, names by first word, single-word names, names with no word), each name as
    (rank, name, words) with rank its place in _explicit's order (more words first)."""
    months = _months()
    ranked = [(rank, name, name.split())
              for rank, name in enumerate(sorted(months, key=lambda m: -len(m.split())))]
    by_first: dict[str, list] = {}
    for item in ranked:
        if item[2]:
            by_first.setdefault(item[2][0], []).append(item)
    single = {name: rank for rank, name, parts in ranked if len(parts) == 1}
    return months, by_first, single, [item for item in ranked if not item[2]]


_DAY_RE = re.compile(r"\d{1,2}")
_YEAR_RE = re.compile(r"(19|20)\d\d")


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


def _month_names_at(tokens: list[str], i: int) -> list[tuple[int, str, list[str]]]:
    """The month names written at token i (its words there, or one word after a clitic),
    in _month_index's rank order."""
    months, by_first, single, empty = _month_index()
    tok = tokens[i]
    found = [item for item in by_first.get(tok, ()) if tokens[i:i + len(item[2])] == item[2]]
    stripped = _strip(tok)
    if stripped in single and not any(name == stripped for _, name, _ in found):
        found.append((single[stripped], stripped, [stripped]))
    if empty:
        found.extend(empty)
    if len(found) > 1:
        found.sort()
    return found


def _explicit(tokens: list[str], published: date | None) -> tuple[date | None, str | None]:
    months = _month_index()[0]
    n = len(tokens)
    for i in range(n):
        for _rank, _name, parts in _month_names_at(tokens, i):
            month = months[_name]
            day = int(tokens[i - 1]) if i > 0 and _DAY_RE.fullmatch(tokens[i - 1]) else None
            j = i + len(parts)
            # skip a second (dual) month name: 13 يونيو/حزيران
            if j < n and tokens[j] in months:
                j += 1
            year = None
            for k in range(j, min(j + 2, n)):
                if _YEAR_RE.fullmatch(tokens[k]):
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
