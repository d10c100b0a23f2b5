"""Resolve the date an event sentence names (explicit, or relative to the publication date).

Pure functions over normalised tokens; no clock is read. A missing year is filled only for a
bare month after «في»/«خلال» (the one nearest publication: `_nearest_year`).
`find_dates` lists every date expression of a sentence with its token span; `date_for` picks
the one that dates a given trigger (the nearest in its clause); `resolve_date` keeps the
sentence-level choice (explicit dates first, then the first relative one).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from pipeline.events import words
from pipeline.events.words import BARE_MONTH_BEFORE, DATE_NAMED_EVENTS, DEADLINE_PHRASES, in_words
from pipeline.events.words import COMES_VERBS as _COMES
from pipeline.events.words import DAY_COUNT_WORDS as _DAY_WORDS
from pipeline.events.words import DAY_NOUNS as _DAY_NOUNS
from pipeline.events.words import DUAL_NEXT_WORDS as _DUAL_NEXT
from pipeline.events.words import DUAL_PAST_WORDS as _DUAL_PAST
from pipeline.events.words import FIRST_DAY_WORDS as _FIRST_DAY
from pipeline.events.words import MONTH_PART_NOUNS as _MONTH_PARTS
from pipeline.events.words import PAPER_WORDS as _PAPERS
from pipeline.events.words import RELATIVE as _RELATIVE
from pipeline.events.words import SOURCE_WORDS as _SOURCE_WORDS
from pipeline.events.words import TODAY_OUTLETS as _OUTLETS
from pipeline.text.dates import month_names
from pipeline.text.normalize import normalize_arabic

WEEKDAYS = words.WEEKDAYS
_PAST = words.PAST_WORDS
_NEXT = words.NEXT_WORDS
_CURRENT = words.CURRENT_WORDS
PERIOD_MODIFIERS = frozenset(_PAST | _NEXT | _CURRENT | words.LAST_PERIOD_WORDS)
# words before الاثنين / الأحد that make it "the two" / "the One", not a weekday
_NOT_WEEKDAY_BEFORE = words.NOT_WEEKDAY_BEFORE
# words that open a reported clause: a date before them dates the statement, not the event
# the clause reports (قال ... اليوم السبت إن الوزير سيبدأ غدا جولة)
CLAUSE_OPENERS = words.REPORTED_CLAUSE_OPENERS
# «قبل أن» / «بعد أن»: after a word of time, أن opens a time clause, no reported one; when a
# contact stands before it, the clause tells the next item of that contact's programme
# («يعقد لافروف اليوم مباحثات مع الأمير قبل أن يعقد لقاء ثلاثيا»), on the same day
TIME_BEFORE_AN = words.TIME_BEFORE_AN


def opens_clause(tokens: list[str], k: int, others: tuple[int, ...] = ()) -> bool:
    """Whether token k opens a reported clause (CLAUSE_OPENERS): not the أن of a time clause
    («قبل أن», «بعد أن»: TIME_BEFORE_AN) after another contact's trigger (`others`: their
    first tokens)."""
    return tokens[k] in CLAUSE_OPENERS and not (
        tokens[k] == "ان" and k > 0 and tokens[k - 1] in TIME_BEFORE_AN
        and any(t < k - 1 for t in others))


TIME_PREPOSITIONS = words.TIME_PREPOSITIONS
FAR = 25  # words: a date this far from a trigger, outside its clause, does not date it


@dataclass(frozen=True)
class DateMention:
    i: int  # first token
    j: int  # one past the last token
    date: date
    precision: str  # day | month | span (the first of several listed days)
    explicit: bool
    weekday: bool = False  # a bare weekday (no الماضي/المقبل): resolved on or before publication
    offset: bool = False  # «منذ يومين», «بعد ثلاثة أيام»: a count of days from publication
    # the day the text calls today, when a relative day word stands with a date of its own
    # («اليوم الاثنين», «غد الخميس ... 30 / 7 / 2015»): that date less the word's shift
    anchor: date | None = None
    shift: int | None = None  # the days from today a relative day word names (أمس: -1)


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


# «24», «الـ24», «و24», and a second day of two, «يومي الـ23 والـ24 من أغسطس»
_DAY_RE = re.compile(r"(?:ال|و|ب|في|وال)?(\d{1,2})")


def _strip(tok: str) -> str:
    """Drop one leading و/ف/ب/ل clitic when the rest is a known date word."""
    if tok[:1] in "وفبل" and len(tok) > 3:
        return tok[1:]
    return tok


def _weekday(pub: date, wd: int, mode: str) -> date:
    delta = (pub.weekday() - wd) % 7
    if mode == "nearest":
        # the such day nearest publication, three days either side
        return pub - timedelta(days=delta) if delta <= 3 else pub + timedelta(days=7 - delta)
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


def month_name_at(tokens: list[str], i: int) -> bool:
    """Whether a month name is written at token i (with or without a year)."""
    tok = tokens[i]
    by_first, single = _month_index()[1], _month_index()[2]
    if tok not in by_first and tok[1:] not in single:
        return False
    return bool(_month_names_at(tokens, i))


@lru_cache(maxsize=1)
def _date_keys() -> frozenset[str]:
    """Every word a date expression can start with (month names' first words, relative words,
    weekdays): find_dates looks no further at other tokens."""
    _months_, by_first, single, _empty = _month_index()
    words = set(by_first) | set(single) | set(WEEKDAYS) | {
        "امس", "الامس", "البارحه", "اليوم", "الليله", "قليل", "غدا", "غد", "الغد", "الشهر",
        "الجاري", "الحالي"} | set(
        _OFFSET_SIGNS)
    return frozenset(words)


_ORDINALS = {normalize_arabic(w): n for n, w in enumerate(
    ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
     "العاشر"], start=1)}
_ORDINALS.update({"الحادي": 1, "العشرين": 20, "الثلاثين": 30})


# «في اليوم الأول من زيارته», «اليوم التالي», «اليوم العالمي للمرأة»: a day the adjective
# names, not today
_NAMED_DAY = frozenset(set(_ORDINALS) - {"الحادي", "العشرين", "الثلاثين"}) | {
    "الاخير", "التالي", "الموالي", "العالمي", "الوطني"}


def _ordinal_at(tokens: list[str], k: int) -> tuple[int | None, int]:
    """(day, first token) of an ordinal day ending at token k («الثاني», «الحادي عشر», «الخامس
    والعشرين»), or (None, k)."""
    raw = tokens[k]
    units = _ORDINALS.get(tokens[k - 1]) if k > 0 else None
    if raw[:1] == "و" and raw[1:] in ("العشرين", "الثلاثين") and units is not None \
            and units < 10:
        return _ORDINALS[raw[1:]] + units, k - 1
    if raw in ("عشر", "عشره") and units is not None and units < 10:
        return units + 10, k - 1
    tok = raw[1:] if raw[:1] == "و" and raw[1:] in _ORDINALS else raw
    if tok in _ORDINALS and tok != "الحادي":
        return _ORDINALS[tok], k
    return None, k


def _day_at(tokens: list[str], k: int) -> int | None:
    if k < 0:
        return None
    m = _DAY_RE.fullmatch(tokens[k])
    if m is None:
        return None
    day = int(m.group(1))
    return day if 1 <= day <= 31 else None


def _day_before(tokens: list[str], i: int) -> tuple[int | None, int, bool]:
    """(day, first token, span) of the day number written before the month at token i:
    «24 يونيو», «الـ31 من جانفي», «31 من شهر», and «يومي 24 و25 جانفي» (a span: its
    first day)."""
    k = i - 1
    while k >= 0 and i - k <= 2 and tokens[k] in ("من", "شهر"):
        k -= 1
    if k >= 0 and tokens[k] in _FIRST_DAY:
        return 1, k, False  # «غرة جوان», «غرة شهر أوت»: the first of the month
    day = _day_at(tokens, k)
    if day is None and k >= 0 and k < i - 1 and tokens[k + 1] == "من":
        # «الثاني من أغسطس», «يومي الثاني والثالث من أغسطس» (an ordinal needs من)
        day, first = _ordinal_at(tokens, k)
        if day is not None and first > 0 and tokens[first - 1] in _MONTH_PARTS:
            return None, i, False  # «النصف الثاني من يوليو»: a part of the month, no day
        if day is not None and first > 0:
            before, start = _ordinal_at(tokens, first - 1)
            if before is not None and tokens[first].startswith("و") and before < day:
                return before, start, True
        if day is not None and 1 <= day <= 31:
            return day, first, False
        return None, i, False
    if day is None:
        return None, i, False
    if tokens[k].startswith("و") and k > 0:
        first = _day_at(tokens, k - 1)
        if first is not None and first < day:
            return first, k - 1, True
        if k > 1 and tokens[k - 1] in ("الي", "حتي") and _day_at(tokens, k - 2) is not None:
            return _day_at(tokens, k - 2), k - 2, True
    if k > 1 and tokens[k - 1] == "و":
        # «يومي 5 و 6 جوان»: the conjunction written apart
        first = _day_at(tokens, k - 2)
        if first is not None and first < day:
            return first, k - 2, True
    if k > 1 and tokens[k - 1] in ("الي", "حتي") and _day_at(tokens, k - 2) is not None:
        return _day_at(tokens, k - 2), k - 2, True  # من 24 إلى 26 جانفي
    return day, k, False


def _explicit_at(tokens: list[str], i: int, published: date | None) -> DateMention | None:
    months = _month_index()[0]
    n = len(tokens)
    for _rank, _name, parts in _month_names_at(tokens, i):
        month = months[_name]
        day, start, span = _day_before(tokens, i)
        if day is not None and start > 0 and in_words(tokens[start - 1], DATE_NAMED_EVENTS, "وبل"):
            return None  # «ثورة 30 يونيو», «قوى 14 آذار»: a name, not a time
        j = i + len(parts)
        # skip a second (dual) month name: «13 يونيو/حزيران», «ديسمبر (كانون الأول)»
        if j < n and tokens[j] in months:
            j += 1
        elif j < n and tokens[j] in _month_index()[1]:
            j += max((len(words) for _, name, words in _month_names_at(tokens, j)
                      if months[name] == month), default=0)
        year = None
        for k in range(j, min(j + 2, n)):
            # the year may carry the Gregorian mark: «فبراير (شباط) عام 2009م»
            if y := _NUM_YEAR_RE.fullmatch(tokens[k]):
                year, j = int(y.group(1)), k + 1
                break
        if year is None and tokens[j:j + 1] == ["من"] and j + 2 < n \
                and tokens[j + 1] in ("عام", "العام", "سنه", "السنه") \
                and (y := _NUM_YEAR_RE.fullmatch(tokens[j + 2])):
            year, j = int(y.group(1)), j + 3  # «27 جانفي من سنة 2014»
        if year is None and published is not None:
            # «5 مارس من العام الماضي / الجاري / المقبل», «في سبتمبر العام الماضي»
            at = j + 1 if tokens[j:j + 1] == ["من"] else j
            if at + 1 < n and tokens[at] in ("العام", "السنه"):
                shift = -1 if tokens[at + 1] in _PAST else 1 if tokens[at + 1] in _NEXT \
                    else 0 if tokens[at + 1] in _CURRENT else None
                if shift is not None:
                    year, j = published.year + shift, at + 2
        modifier = tokens[j] if year is None and j < n else ""
        if year is None and published is not None and (day is not None or modifier in _PAST
                                                       or modifier in _NEXT
                                                       or modifier in _CURRENT):
            year = published.year
            probe = (month, day or 1)
            now = (published.month, published.day if day is not None else 1)
            if modifier in _PAST and probe >= now and (day is not None or month >= now[0]):
                year -= 1  # «ديسمبر الماضي» in a January paper
            elif modifier in _NEXT and probe <= now:
                year += 1
            if modifier in _PAST | _NEXT | _CURRENT:
                j += 1
        if year is None and day is None and published is not None and not modifier[:1].isdigit() \
                and _bare_month_before(tokens, i):
            year = _nearest_year(month, published)
        if year is None:
            continue
        if day is not None:
            try:
                return DateMention(start, j, date(year, month, day),
                                   "span" if span else "day", True)
            except ValueError:
                continue
        return DateMention(i, j, date(year, month, 1), "month", True)
    return None


def _bare_month_before(tokens: list[str], i: int) -> bool:
    """Whether the month name at token i follows a word that makes a bare month a time
    (grammar.yaml `bare_month_before`: «في يونيو», «خلال شهر سبتمبر»)."""
    if tokens[i - 1:i] == ["شهر"]:
        return True
    if i >= 3 and tokens[i - 1] == "من" and tokens[i - 3] in _MONTH_PARTS \
            and _ordinal_at(tokens, i - 2)[0] is not None:
        return True  # «في النصف الثاني من يوليو», «الأسبوع الأول من أغسطس»
    return i >= 1 and tokens[i - 1] in BARE_MONTH_BEFORE


def _nearest_year(month: int, published: date) -> int:
    """The year of the month named without one nearest the publication date («في سبتمبر» in
    a July paper: this September; «في نوفمبر» in a February paper: last November)."""
    delta = month - published.month
    if delta > 6:
        return published.year - 1
    if delta < -6:
        return published.year + 1
    return published.year


# a numeric date, day / month / year («30 / 7 / 2015م», «30/7/2015») or year / month / day;
# normalisation has made the slashes spaces. A Hijri year (1436هـ) is no Gregorian year.
_NUM_YEAR_RE = re.compile(r"((?:19|20)\d\d)م?")
_NUM_RE = re.compile(r"\d{1,2}")


def _numeric_at(tokens: list[str], i: int) -> DateMention | None:
    """A day-month-year (or year-month-day) date written in digits at token i."""
    if i + 2 >= len(tokens):
        return None
    a, b, c = tokens[i:i + 3]
    year_first = _NUM_YEAR_RE.fullmatch(a)
    if year_first and _NUM_RE.fullmatch(b) and _NUM_RE.fullmatch(c):
        year, month, day = int(year_first.group(1)), int(b), int(c)
    else:
        year_last = _NUM_YEAR_RE.fullmatch(c)
        if not (year_last and _NUM_RE.fullmatch(a) and _NUM_RE.fullmatch(b)):
            return None
        year, month, day = int(year_last.group(1)), int(b), int(a)
    try:
        return DateMention(i, i + 3, date(year, month, day), "day", True)
    except ValueError:
        return None


_HIJRI_RE = re.compile(r"\d{1,4}ه?|ه")  # the parts of «14 / 10 / 1436هـ» once normalised
_CORRESPONDING = words.CORRESPONDING_WORD


def _hijri_between(tokens: list[str], a: int, b: int) -> bool:
    """Whether tokens [a, b) are a Hijri date then «الموافق» («يوم غد الخميس 14 / 10 / 1436هـ
    الموافق 30 / 7 / 2015م»: one day named three ways, the Saudi official style)."""
    gap = tokens[a:b]
    return len(gap) >= 2 and gap[-1] == _CORRESPONDING and gap[-2].endswith("ه") \
        and all(_HIJRI_RE.fullmatch(t) for t in gap[:-1])


def _month_shift(pub: date, k: int) -> date:
    m = pub.month - 1 + k
    return date(pub.year + m // 12, m % 12 + 1, 1)


# «منذ يومين», «قبل 3 أيام», «بعد ثلاثة أيام»: days counted from publication (a week or more is
# no day). «قبل يومين من الزيارة» counts from another event and is no date, except in «يأتي
# ذلك بعد 15 يوما على زيارة ...», where the event after على/من is that many days before now.
_OFFSET_SIGNS = words.OFFSET_SIGNS
_DAY_COUNTS = words.DAY_COUNTS
FROM_ANOTHER = words.FROM_ANOTHER  # «قبل يومين من القمة»: counted from another thing
COMES_SPAN = 6  # words between «يأتي» and «بعد» (the news named: «هذا "الطلاق الوحشي"»)
SINCE_DAYS = 31  # «بعد 15 يوما على»: counts up to a month date its event (by its month past 6)


def _offset_at(tokens: list[str], i: int, published: date,
               breaks: Container[int] = ()) -> DateMention | None:
    """«منذ يومين» / «قبل 4 أيام» / «بعد 3 أيام» at token i: publication day moved by the count;
    «يأتي ذلك عقب 15 يوما على زيارة»: the visit that many days before publication. A
    punctuation mark after the count (`breaks`: the tokens one follows) closes it: «زيارة
    الأمير للأردن، قبل يومين، من الزيارات الهامة» counts from publication, «من» being the
    predicate's, not the thing counted from; «يأتي ذلك بعد 5 أيام، من زيارة» still counts from
    the visit (_COMES: the comma is a pause, the news comes after it)."""
    sign = _OFFSET_SIGNS.get(_strip(tokens[i]) if tokens[i] not in _OFFSET_SIGNS else tokens[i])
    if sign is None or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if sign < 0:
        few = _few_days_back(tokens, i, published)
        if few is not None:
            return few
    if nxt == "يومين":
        days, j = 2, i + 2
    elif (nxt.isdigit() or nxt in _DAY_COUNTS) and i + 2 < len(tokens) \
            and tokens[i + 2] in _DAY_WORDS:
        days, j = (int(nxt) if nxt.isdigit() else _DAY_COUNTS[nxt]), i + 3
    else:
        return None
    comes = sign > 0 and bool(_COMES & set(tokens[max(0, i - COMES_SPAN):i]))
    if comes:
        breaks = ()
    if j + 1 < len(tokens) and tokens[j] == _ONLY and tokens[j + 1] in FROM_ANOTHER \
            and j not in breaks:
        j += 1  # «قبل يومين فقط من زيارة الوزير»: «فقط» before the thing counted from
    if j < len(tokens) and tokens[j] in FROM_ANOTHER and j - 1 not in breaks:
        if not comes or tokens[j] == "عن" or not 1 <= days <= SINCE_DAYS:
            return None
        when = published - timedelta(days=days)
        if days > 6:
            return DateMention(i, j + 1, when.replace(day=1), "month", False)
        return DateMention(i, j + 1, when, "day", False)
    if not 1 <= days <= 6:
        return None
    return DateMention(i, j, published + timedelta(days=sign * days), "day", False, offset=True)


# «قبل أيام», «منذ بضعة أيام», «قبل عدة أيام», «قبل أيام قليلة»: some days before publication,
# no day told; the month of publication when the paper is dated past FEW_DAYS_BACK of its
# month (a few days back stay in it), else no date (they may fall in the month before)
_FEW = words.FEW_WORDS
_DAYS_PLURAL = words.DAYS_PLURAL
_FEW_AFTER = words.FEW_AFTER_WORDS
FEW_DAYS_BACK = 14
_ONLY = words.ONLY_WORD


def _few_days_back(tokens: list[str], i: int, published: date) -> DateMention | None:
    """«قبل أيام» at token i (قبل or منذ): the month of publication (FEW_DAYS_BACK), or None;
    None too when a noun it counts back from follows («قبل أيام من اجتماع القادة»: days
    before that meeting, not before publication)."""
    j = i + 1
    if j < len(tokens) and tokens[j] in _FEW:
        j += 1
    if j >= len(tokens) or tokens[j] != _DAYS_PLURAL:
        return None
    j += 1
    if j < len(tokens) and tokens[j] in _FEW_AFTER:
        j += 1
    # «قبل أيام فقط من القمة»: «فقط» may stand before the occasion counted from
    k = j + 1 if j < len(tokens) and tokens[j] == _ONLY else j
    if k < len(tokens) and tokens[k] in FROM_ANOTHER or published.day <= FEW_DAYS_BACK:
        return None
    return DateMention(i, j, published.replace(day=1), "month", False)


# «قبل 25 عاما», «قبل عشر سنوات», «قبل عامين»: a count of years before publication; that year
# alone is no date (labelling conventions: year only -> null), but «في مثل هذا اليوم قبل 25
# عاما» names that day of that year
_YEAR_WORDS = words.YEAR_WORDS
_YEAR_DUALS = words.YEAR_DUALS
# every noun of years a count or a dual names («عشر سنوات», «عامين», «عقود»)
YEAR_NOUNS = _YEAR_WORDS | frozenset(_YEAR_DUALS)
_YEAR_COUNTS = words.YEAR_COUNTS


def years_ago_at(tokens: list[str], i: int) -> tuple[int | None, int]:
    """(years, end) of «قبل N عاما/سنوات» / «قبل عامين» / «قبل عقد» at token i (قبل), or
    (None, i). The year words take no article («قبل العام المقبل» is no count)."""
    if i >= len(tokens) or _strip(tokens[i]) != "قبل" and tokens[i] != "قبل":
        return None, i
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if nxt in _YEAR_DUALS:
        return _YEAR_DUALS[nxt], i + 2
    if nxt in ("عام", "سنه", "عقد") and not (i + 2 < len(tokens)
                                           and _NUM_YEAR_RE.fullmatch(tokens[i + 2])):
        return (10 if nxt == "عقد" else 1), i + 2  # «قبل عام 2009» is before that year
    if (nxt.isdigit() or nxt in _YEAR_COUNTS) and i + 2 < len(tokens) \
            and tokens[i + 2] in _YEAR_WORDS:
        count = int(nxt) if nxt.isdigit() else _YEAR_COUNTS[nxt]
        return count * (10 if tokens[i + 2] in ("عقد", "عقود") else 1), i + 3
    return None, i


def _this_day_at(tokens: list[str], i: int, published: date) -> DateMention | None:
    """«(في) مثل هذا اليوم من عام 1990» / «في مثل هذا اليوم قبل 25 عاما» (اليوم at token i):
    the publication's day and month in that year; without a year, no date (None)."""
    k = i + 1
    n = len(tokens)
    if k < n and tokens[k] == "من":
        k += 1
    if k < n and tokens[k] in ("عام", "العام", "سنه", "السنه") and k + 1 < n:
        k += 1
    year = None
    if k < n and (y := _NUM_YEAR_RE.fullmatch(tokens[k])):
        year, end = int(y.group(1)), k + 1
    else:
        years, end = years_ago_at(tokens, i + 1)
        if years is not None:
            year = published.year - years
    if year is None or year >= published.year:
        return None
    try:
        when = published.replace(year=year)
    except ValueError:
        return None  # 29 February
    return DateMention(i - 2, end, when, "day", True)


def _outlet_name(tokens: list[str], i: int) -> bool:
    """Whether «اليوم» at i ends an outlet's name (grammar.yaml today_outlets, source_words)."""
    if i < 1 or tokens[i - 1] not in _OUTLETS:
        return False
    if i < 2:
        return True
    return in_words(tokens[i - 2], _SOURCE_WORDS, "ولب")


def _day_of_month_at(tokens: list[str], i: int, month: date) -> DateMention | None:
    """The day written before «الشهر الماضي/الجاري/المقبل» at token i («الرابع عشر من الشهر
    الماضي», «يوم 12 من الشهر الجاري», «يومي 5 و6 من الشهر المقبل»: a span) in `month`, or
    None (an ordinal after a definite noun is no day: «الأسبوع الأول من الشهر المقبل»)."""
    day, start, span = _day_before(tokens, i)
    if day is None:
        return None
    if not tokens[start][:1].isdigit() and start > 0 and tokens[start - 1][:2] == "ال" \
            and tokens[start - 1] not in _DAY_NOUNS:
        return None
    try:
        when = month.replace(day=day)
    except ValueError:
        return None
    return DateMention(start, i + 1, when, "span" if span else "day", True)


# parts of a day before «الأمس» that make it yesterday
_DAY_PARTS = words.DAY_PARTS
FIRST_WORDS = words.FIRST_WORDS  # «أول», «أولى» before a contact noun: the first such
FIRST_PROCLITICS = "وفبك"  # ... also with a conjunction or a preposition («بأول», «كأول»)


# what «بعد» opens when it tells a time, not another event: a part of a day with or without
# the article («بعد ظهر أمس», «بعد الظهر اليوم») or the day after tomorrow («بعد غد الأربعاء»)
AFTER_TIMES = _DAY_PARTS | frozenset("ال" + w for w in _DAY_PARTS) | frozenset({"غد", "غدا"})


WEEK = words.WEEK_WORD
_THIS_WEEK = words.THIS_WEEK_WORD  # «هذا الأسبوع»
_WEEK_PAST_LINK = words.WEEK_PAST_LINK  # «الأسبوع قبل الماضي»


def week_at(tokens: list[str], k: int) -> bool:
    """Whether token k is «الأسبوع» told as a week counted from publication («الأسبوع
    الماضي», «الأسبوع المقبل», «بداية الأسبوع الجاري», «هذا الأسبوع», «الأسبوع قبل
    الماضي»). A week names no day, nor the month of one (it may straddle two): what it
    times is undated."""
    if tokens[k] != WEEK:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
    return nxt in PERIOD_MODIFIERS or k > 0 and tokens[k - 1] == _THIS_WEEK or (
        nxt == _WEEK_PAST_LINK and k + 2 < len(tokens) and tokens[k + 2] in _PAST)


def names_week(tokens: list[str]) -> bool:
    """Whether a sentence's tokens tell a week with no day anywhere (week_at)."""
    return any(week_at(tokens, k) for k in range(len(tokens)))


def _relative_at(tokens: list[str], i: int, published: date,
                 breaks: Container[int] = ()) -> DateMention | None:
    n = len(tokens)
    raw = tokens[i]
    tok = _strip(raw) if raw not in WEEKDAYS else raw
    if tok in _OFFSET_SIGNS:
        return _offset_at(tokens, i, published, breaks)
    nxt = tokens[i + 1] if i + 1 < n else ""
    prev = tokens[i - 1] if i > 0 else ""
    if tok == "الامس":
        # «صباح الأمس», «طوال الأمس»: yesterday after a part of a day; alone, «الأمس» is
        # mostly the past («نجوم الأمس», «وكأن الأمس البعيد»); «قبل الأمس»: the day before
        if prev not in _DAY_PARTS and prev != "قبل":
            return None
        tok = "امس"
    if tok in ("امس", "البارحه", "اليوم", "غدا", "غد") and nxt in WEEKDAYS:
        # «اليوم الثلاثاء» in a paper dated Wednesday: the weekday names the day (the most
        # recent such day on or before publication; strictly before after أمس). After غدا
        # the nearest such day: a paper dated a day or two after its text was written
        # («غدا الثلاثاء» in a paper dated Wednesday: yesterday's Tuesday, not next week's)
        mode = {"امس": "past", "البارحه": "past", "غدا": "nearest", "غد": "nearest"}.get(
            tok, "default")
        when = _weekday(published, WEEKDAYS[nxt], mode)
        shift = {"امس": -1, "البارحه": -1, "غدا": 1, "غد": 1}.get(tok, 0)
        start = i
        if tok == "امس" and prev == "من" and i > 1 and tokens[i - 2] == "اول":
            # «أول من أمس (الاثنين)»: the weekday is the day before yesterday, so the text's
            # own today is two days after it, not one
            start, shift = i - 2, -2
        elif tok in ("امس", "البارحه") and prev == "قبل":
            start, shift = i - 1, -2  # «قبل أمس (السبت)»: the same
        return DateMention(start, i + 2, when, "day", False,
                           anchor=when - timedelta(days=shift), shift=shift)
    if tok in ("امس", "البارحه"):
        if nxt in ("الاول", "الاولي"):  # أمس الأول, البارحة الأولى: the day before yesterday
            return DateMention(i, i + 2, published - timedelta(days=2), "day", False, shift=-2)
        if prev == "اول":
            return DateMention(i - 1, i + 1, published - timedelta(days=2), "day", False,
                               shift=-2)
        if prev == "من" and i > 1 and tokens[i - 2] == "اول":  # أول من أمس
            return DateMention(i - 2, i + 1, published - timedelta(days=2), "day", False,
                               shift=-2)
        if prev == "قبل" or prev == "يوم" and i > 1 and tokens[i - 2] == "قبل":
            # «قبل أمس», «قبل يوم أمس», «قبل البارحة»: the day before yesterday
            start = i - 1 if prev == "قبل" else i - 2
            return DateMention(start, i + 1, published - timedelta(days=2), "day", False,
                               shift=-2)
        return DateMention(i, i + 1, published - timedelta(days=1), "day", False, shift=-1)
    if tok == "اليوم" and tokens[max(0, i - 2):i] == ["مثل", "هذا"]:
        # «وفي مثل هذا اليوم من عام 1990»: the same day in another year, never today
        return _this_day_at(tokens, i, published)
    if tok == "اليوم" and nxt in _RELATIVE:
        # «صبيحة اليوم الذي من المقرر أن يجتمع فيه ...», «في اليوم الذي التقى فيه ...»: the
        # day a relative clause tells, not today
        return None
    if tok == "اليوم" and prev not in ("حتي", "الي") and nxt not in _NAMED_DAY \
            and not _outlet_name(tokens, i):
        return DateMention(i, i + 1, published, "day", False, shift=0)
    if tok == "الليله" and nxt == "قبل" and i + 2 < n and tokens[i + 2] in _PAST:
        # «الليلة قبل الماضية»: the night before last night, two days back
        return DateMention(i, i + 3, published - timedelta(days=2), "day", False, shift=-2)
    if tok == "الليله" and nxt in _PAST:
        return DateMention(i, i + 2, published - timedelta(days=1), "day", False)
    if tok == "الليله" or (tok == "قليل" and prev == "قبل"):
        return DateMention(i, i + 1, published, "day", False)
    if tok == "الغد" and (prev in _PAPERS or prev[1:] in _PAPERS):
        return None  # «صحيفة الغد الأردنية»: a newspaper
    if tok in ("غدا", "غد", "الغد"):
        if prev == "بعد":
            return DateMention(i - 1, i + 1, published + timedelta(days=2), "day", False,
                               shift=2)
        return DateMention(i, i + 1, published + timedelta(days=1), "day", False, shift=1)
    if tok == "الشهر" and (nxt in _PAST or nxt in _NEXT or nxt in _CURRENT):
        shift = -1 if nxt in _PAST else 1 if nxt in _NEXT else 0
        month = _month_shift(published, shift)
        day = _day_of_month_at(tokens, i, month)
        if day is not None:
            return replace(day, j=i + 2)
        return DateMention(i, i + 2, month, "month", False)
    if tok in ("الجاري", "الحالي") and _day_at(tokens, i - 1) is not None:
        # «في 29 الحالي», «يوم 12 الجاري»: that day of the month of publication
        try:
            when = published.replace(day=_day_at(tokens, i - 1))
        except ValueError:
            return None
        return DateMention(i - 1, i + 1, when, "day", True)
    if tok == "الشهر" and prev == "هذا":
        return DateMention(i - 1, i + 1, _month_shift(published, 0), "month", False)
    if tok in WEEKDAYS and prev not in _NOT_WEEKDAY_BEFORE:
        after = tokens[i + 2] if i + 2 < n else ""
        if nxt[:1] == "و" and nxt[1:] in WEEKDAYS and (after in _DUAL_NEXT or after in _DUAL_PAST):
            # «يومي الاثنين والثلاثاء المقبلين»: two days, the coming (or past) ones, a span
            # dated by the first
            when = _weekday(published, WEEKDAYS[tok], "next" if after in _DUAL_NEXT else "past")
            return DateMention(i, i + 3, when, "span", False)
        if nxt == "قبل" and after in _PAST:
            # «الاثنين قبل الماضي»: the such day a week before the last one
            return DateMention(i, i + 3, _weekday(published, WEEKDAYS[tok], "past")
                               - timedelta(days=7), "day", False)
        mode = "next" if nxt in _NEXT else "past" if nxt in _PAST else "default"
        j = i + 2 if mode != "default" else i + 1
        return DateMention(i, j, _weekday(published, WEEKDAYS[tok], mode), "day", False,
                           weekday=mode == "default")
    return None


def find_dates(tokens: list[str], published: date | None,
               breaks: Container[int] = ()) -> list[DateMention]:
    """Every date expression of a sentence, in text order. A weekday or relative word written
    right before an explicit date or another relative word («اليوم الخميس», «غدا الإثنين»,
    «الخميس 24 تموز 2024») is one expression with it: the explicit date, else the first word.
    A deadline («بحلول 17 أغسطس») is left out: it dates no contact. `breaks`: the tokens a
    punctuation mark follows (a Sentence's), which part a count of days from what follows."""
    out: list[DateMention] = []
    keys = _date_keys()
    for i, tok in enumerate(tokens):
        m = _numeric_at(tokens, i) if tok[:1].isdigit() else None
        if m is None:
            if tok not in keys and tok[1:] not in keys:
                continue  # no date word starts here (most tokens: a set look-up)
            m = _explicit_at(tokens, i, published)
        if m is None and published is not None:
            m = _relative_at(tokens, i, published, breaks)
        if m is None:
            continue
        if out and (m.i - out[-1].j <= 1 or _hijri_between(tokens, out[-1].j, m.i)) \
                and m.i >= out[-1].i:
            last = out[-1]
            if m.explicit and not last.explicit:
                # «غد الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م»: the relative word and
                # the date name one day, so the text's today is that date less the word's shift
                anchor = m.date - timedelta(days=last.shift) \
                    if last.shift is not None and m.precision == "day" else None
                out[-1] = DateMention(last.i, m.j, m.date, m.precision, True, anchor=anchor)
            elif m.i >= last.j:
                # «اليوم وغدا», «يومي الأحد والاثنين»: a later day joined by و names the days
                # of one occasion, a span (its first day), not one day
                span = _joined_day(tokens, last, m)
                out[-1] = replace(last, j=max(m.j, last.j),
                                  precision="span" if span else last.precision)
            continue
        if out and m.i < out[-1].j:
            continue  # inside the expression already found (the day of «24 و25 جانفي»)
        out.append(m)
    # «قبل المهلة المحددة في 20 أغسطس»: a date after a deadline noun is when something falls
    # due, not when anything of the sentence takes place
    return [m for m in out if not deadline_before(tokens, m.i)]


def _joined_day(tokens: list[str], last: DateMention, m: DateMention) -> bool:
    """Whether the relative day m, written right after the relative day `last` and joined to
    it by و («اليوم وغدا», «الأحد والاثنين»), names a later day: the two are the days of one
    occasion."""
    return (tokens[m.i][:1] == "و" and not m.explicit and not last.explicit
            and last.precision == "day" and m.precision == "day" and m.date > last.date)


def resolve_date(tokens: list[str], published: date | None) -> tuple[date | None, str | None]:
    """(date, precision) named by a sentence's normalised tokens, or (None, None).

    Explicit dates win; then اليوم / أمس / أمس الأول / غدا / بعد غد, الشهر الماضي ... and
    weekdays, which need the publication date (a weekday is the most recent such day on or
    before publication, strictly before with الماضي, on or after with المقبل/القادم).
    A span of days («يومي 24 و25 جانفي») gives its first day.
    """
    return sentence_date(find_dates(tokens, published))


def sentence_pick(found: list[DateMention]) -> DateMention | None:
    """The date expression sentence_date reads: a sentence's first explicit one, else its
    first (None when there is none)."""
    return next((m for m in found if m.explicit), found[0] if found else None)


def mention_date(m: DateMention) -> tuple[date, str]:
    """(date, precision) an event takes from a date expression: a span of days is dated by
    its first day."""
    return m.date, "day" if m.precision == "span" else m.precision


def sentence_date(found: list[DateMention]) -> tuple[date | None, str | None]:
    """resolve_date over a sentence's find_dates: its first explicit date, else its first."""
    pick = sentence_pick(found)
    if pick is None:
        return None, None
    return mention_date(pick)


def date_for(found: list[DateMention], tokens: list[str], i: int, j: int,
             starts: tuple[int, ...] = (), others: tuple[int, ...] = ()) -> DateMention | None:
    """The date expression that dates the trigger at tokens [i, j): the nearest one in the
    trigger's clause, else the nearest in the sentence (None when the sentence names no date).
    A reported clause opened by أن/إن is its own clause («قال اليوم إن X سيزور غدا» dates the
    visit tomorrow); `starts` are further tokens that open a clause (a coordinated verb:
    «زار مصر في 9 فبراير، وزار السيسي روسيا في 8 مايو»). A date with another contact's
    trigger (`others`: their first tokens) between it and this one is that contact's when
    the clause has one that is not («الزيارة المرتقبة ... تلبية لدعوة وجهها خلال مكالمة
    هاتفية في أبريل»: April dates the call)."""
    if not found:
        return None
    openers = [k for k in range(len(tokens)) if opens_clause(tokens, k, others)]
    if i > 0 and tokens[i - 1] in TIME_PREPOSITIONS:
        # «عقده مجلس الأمن أمس قبل محادثات مرتقبة في جنيف غدا»: a contact named after
        # «قبل/بعد» is another time than the clause before it, whose date is that clause's
        openers.append(i - 1)
    lo = max([k for k in openers if k < i] + [k for k in starts if k <= i] or [0])
    hi = min([k for k in openers if k >= j] + [k for k in starts if k >= j] or [len(tokens)])

    def dist(m: DateMention) -> int:
        return m.i - j if m.i >= j else i - m.j + 1

    # «منذ تسلمه مهامه الأحد»: a date after منذ dates the start of something else
    # (but «الذي يزور واشنطن منذ يوم أمس»: a relative day right after منذ is when the
    # trigger's own state began, so the visit has begun then; «أول لقاء منذ مارس الماضي»
    # is still the last one's)
    found = [m for m in found if "منذ" not in tokens[max(0, m.i - 4):m.i]
             or not m.explicit and m.precision == "day" and _since_day(tokens, m.i)]
    if i > 0 and in_words(tokens[i - 1], FIRST_WORDS, FIRST_PROCLITICS):
        # «أول زيارة له بعد توقيع الاتفاق في 14 يوليو»: the first contact after another event
        # is later than it; a date after «بعد» is that event's (not a time, `AFTER_TIMES`)
        found = [m for m in found if not any(
            tokens[k] == "بعد" and tokens[k + 1] not in AFTER_TIMES for k in range(j, m.i))]
    if not found:
        return None
    inside = [m for m in found if lo <= m.i and m.j <= hi]
    # «المكالمة التي جمعته بترامب منذ يومين» in a lead dated «اليوم الأحد 19 فيفري»: a count of
    # days in the trigger's clause dates the contact it follows, not the day of the report
    counted = [m for m in inside if m.offset and m.i >= j]
    # «بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل الرئيس اليوم»: a date after another
    # contact named after قبل/بعد, before this trigger, is that contact's
    governed = [t for t in others if 0 < t < i and tokens[t - 1] in TIME_PREPOSITIONS]
    # «مكالمة جرت بينهما في أبريل، وأكدها خلال استقباله ... في يونيو»: a time adjunct
    # follows the contact it dates, so a date before this trigger and after another
    # contact's is that contact's when the clause has a date after this trigger
    def nearer_other(m: DateMention) -> bool:
        return m.j <= i and any(t < m.i for t in others)

    clear = [m for m in inside if not across_trigger(m, i, j, others)
             and not any(t < m.i and m.j <= i for t in governed)]
    clear = [m for m in clear if not nearer_other(m)] or clear
    best = min(counted or clear or inside or found, key=dist)
    # lines run together («... الخميس 12 ماي <another story>»): a date far from the trigger
    # in another clause is another story's
    if inside or dist(best) <= FAR:
        return best
    # «وفي يوم الخميس 26 مارس أعلن ...، وتلقى اتصالا ...، واستقبل الرئيس ...»: a written date
    # that opens the sentence dates each of its coordinated clauses, however long they run
    # (no reported clause between, and not a contact named after قبل/بعد: «...، وذلك قبل
    # محادثات مرتقبة مع Y» is another time, the opener appended above)
    return best if _opening_date(best, tokens) and not any(
        best.j <= k < i for k in openers) else None


# the words a sentence may open with before its date («وفي يوم الخميس 26 مارس»)
_OPENING_WORDS = words.DATE_OPENING_WORDS


def _opening_date(m: DateMention, tokens: list[str]) -> bool:
    """Whether the date expression m is written out (explicit) and opens its sentence, after
    at most «وفي يوم» («وفي يوم الخميس 26 مارس», «في 3 أبريل»)."""
    return m.explicit and m.i <= 2 and all(tokens[k] in _OPENING_WORDS for k in range(m.i))


def _since_day(tokens: list[str], i: int) -> bool:
    """Whether the date expression at token i follows «منذ» or «منذ يوم» directly."""
    return tokens[i - 1:i] == ["منذ"] or tokens[max(0, i - 2):i] == ["منذ", "يوم"]


def deadline_before(tokens: list[str], i: int, window: int = 4) -> bool:
    """Whether a deadline phrase (grammar.yaml `deadline_words`) ends within `window` words
    before token i («المهلة المحددة في 20 أغسطس», «بحلول 17 أغسطس»)."""
    for k in range(max(0, i - window), i):
        for phrase in DEADLINE_PHRASES:
            if tuple(tokens[k:k + len(phrase)]) == phrase and k + len(phrase) <= i:
                return True
    return False


def across_trigger(m: DateMention, i: int, j: int, others: tuple[int, ...]) -> bool:
    """Whether another trigger (`others`: first tokens) stands between the date expression
    and the trigger at tokens [i, j)."""
    lo, hi = (j, m.i) if m.i >= j else (m.j, i)
    return any(lo <= t < hi for t in others)
