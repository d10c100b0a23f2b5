"""Render an articles row back into the seed documents' text layout (for `akhbar show`).

Headline, تاريخ النشر line, body, المصدر, كلمات دلالية, إقرأ أيضاً with its article, and
مقالات مشابهة as • bullets; parts the row lacks are left out. Pure: a dict in, a string out.
"""

from __future__ import annotations

from datetime import datetime


def ordinal(day: int) -> str:
    """1 → 1st, 2 → 2nd, 11 → 11th, 23 → 23rd."""
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def date_line(published: datetime) -> str:
    """The aggregator's publication line: `تاريخ النشر: 24th, July 2024 GMT`."""
    return f"تاريخ النشر: {ordinal(published.day)}, {published:%B %Y} GMT"


def render_article(row: dict) -> str:
    lines: list[str] = []
    if row.get("title"):
        lines.append(row["title"])
    if row.get("published_at"):
        lines.append(date_line(row["published_at"]))
    if row.get("body"):
        lines.extend(row["body"].split("\n"))
    if row.get("origin_source"):
        lines.append(f"المصدر: {row['origin_source']}")
    if row.get("tags"):
        lines.append("كلمات دلالية: " + " ".join(row["tags"]))
    for item in row.get("read_also") or []:
        lines.append("إقرأ أيضاً:")
        if item.get("title"):
            lines.append(item["title"])
        if item.get("text"):
            lines.extend(item["text"].split("\n"))
    if row.get("related_titles"):
        lines.append("مقالات مشابهة")
        lines.extend(f"  • {title}" for title in row["related_titles"])
    return "\n".join(lines) + "\n"
