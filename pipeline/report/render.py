"""Render the report data (plain values from report_queries.collect) as one self-contained page.

No network references (no CDN, fonts or images from elsewhere) and no data access.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from html import escape
from typing import Any

from pipeline.report.svg import (
    OTHER_COLOR,
    Series,
    bar_chart,
    color,
    hbar_chart,
)
from pipeline.text.clean import is_arabic

TOP_OUTLETS = 10  # outlets drawn separately in charts; the rest are summed as "other"
TOP_MATRIX = 10  # rows/columns of the syndication and actor matrices
EVENT_COLORS = {"MEET": "#4e79a7", "CALL": "#f28e2b", "VISIT": "#59a14f", "NEGOTIATE": "#e15759",
                "MEDIATE": "#b07aa1", "PRESS_CONFERENCE": "#edc948"}
STATUS_COLORS = {"reported": "#4e79a7", "planned": "#59a14f", "cancelled": "#e15759"}

ARABIC_FONTS = ('"Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI", Tahoma, '
                '"Arabic Typesetting", "Traditional Arabic", "DejaVu Sans", Arial, sans-serif')
CSS = """
:root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --bg:#f6f7f9; --card:#fff;
  --accent:#4e79a7; --warn:#fff4d6; --warn-ink:#8a5a00; --bad:#fde2e1; --bad-ink:#a61b1b; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic",
  "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
body { margin: 0; line-height: 1.45; font-size: 14px; }
.ar, [lang="ar"] { font-family: __AR__; }
td.ar, .evidence { font-size: 15px; }
header { background: #1f2d3d; color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; font-weight: 600; }
header .meta { color: #cbd5e1; font-size: 13px; }
header .meta code { color: #fff; }
nav { display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 10px 32px; background: #fff;
  border-block-end: 1px solid var(--line); position: sticky; inset-block-start: 0; z-index: 1; }
nav a { color: var(--accent); text-decoration: none; font-size: 13px; }
main { max-width: 1180px; margin: 0 auto; padding: 8px 24px 48px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 8px;
  padding: 16px 20px 20px; margin-block: 18px; }
h2 { font-size: 17px; margin: 0 0 10px; }
h3 { font-size: 14px; margin: 18px 0 8px; color: #374151; }
p.note { background: var(--warn); color: var(--warn-ink); border-radius: 6px; padding: 8px 12px;
  margin: 8px 0; }
p.empty { color: var(--muted); font-style: italic; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px;
  background: #fbfcfd; }
.card .v { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .k { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
.card.na .v { color: var(--muted); font-size: 16px; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 16px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { padding: 5px 8px; border-block-end: 1px solid var(--line); text-align: start;
  vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; color: #374151; }
td.d { white-space: nowrap; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
td[dir="rtl"], th[dir="rtl"] { text-align: right; }
td.url { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px;
  word-break: break-all; color: #374151; }
tr.failing td { background: var(--bad); }
tr.stale td { background: var(--warn); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
  font-weight: 600; }
.badge.ok { background: #e3f4e1; color: #256029; }
.badge.stale { background: #ffe8a8; color: var(--warn-ink); }
.badge.failing { background: #f8c9c6; color: var(--bad-ink); }
mark { background: #ffe08a; border-radius: 3px; padding: 0 2px; }
table.matrix td.cell { text-align: center; font-variant-numeric: tabular-nums; min-width: 38px; }
table.matrix th.rowh { white-space: nowrap; }
.scroll { overflow-x: auto; }
svg.chart { display: block; max-width: 100%; height: auto; margin-block: 6px; }
svg.chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
  Arial, sans-serif; font-size: 12px; fill: #374151; }
svg.chart text.ar { font-family: __AR__; font-size: 13px; }
svg.chart text.chart-title { font-size: 13px; font-weight: 600; fill: var(--ink); }
svg.chart text.tick { fill: var(--muted); font-size: 11px; }
svg.chart text.axis-label { fill: var(--muted); }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 12px; }
@media print { nav { display: none; } section { break-inside: avoid; } }
""".replace("__AR__", ARABIC_FONTS)


# ---------------------------------------------------------------- small helpers


def ar(s: Any) -> str:
    """Escaped text, isolated and marked right-to-left when it is Arabic."""
    s = "" if s is None else str(s)
    if is_arabic(s):
        return f'<span dir="rtl" lang="ar">{escape(s)}</span>'
    return f"<bdi>{escape(s)}</bdi>"


def td(s: Any, cls: str = "") -> str:
    """A table cell; Arabic content gets dir="rtl" lang="ar"."""
    s = "" if s is None else str(s)
    c = f' class="{cls}"' if cls else ""
    if is_arabic(s):
        return f'<td dir="rtl" lang="ar" class="ar {cls}">{escape(s)}</td>'
    return f"<td{c}>{escape(s)}</td>"


def num(v: Any) -> str:
    return f'<td class="num">{fmt_int(v)}</td>'


def fmt_int(v: Any) -> str:
    return "–" if v is None else f"{v:,}" if isinstance(v, int) else escape(str(v))


def fmt_time(t: dt.datetime | None) -> str:
    if t is None:
        return "–"
    if t.tzinfo is not None:
        t = t.astimezone(dt.UTC)
    return t.strftime("%Y-%m-%d %H:%M UTC")


def fmt_hours(h: float | None) -> str:
    if h is None:
        return "–"
    return f"{h:,.1f} h" if h < 72 else f"{h / 24:,.1f} d"


def highlight(evidence: str | None, trigger: str | None) -> str:
    """The evidence sentence, escaped, with the first occurrence of the trigger in <mark>."""
    evidence = evidence or ""
    if trigger:
        i = evidence.find(trigger)
        if i >= 0:
            j = i + len(trigger)
            return (escape(evidence[:i]) + "<mark>" + escape(evidence[i:j]) + "</mark>"
                    + escape(evidence[j:]))
    return escape(evidence)


def label(src: str | None, names: dict[str, str]) -> str:
    """Outlet label for charts: its name when known (may be Arabic), else its id."""
    return names.get(src or "", "") or (src or "?")


def top_keys(counts: dict[str, int], n: int) -> list[str]:
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def day_str(d: dt.date) -> str:
    return d.isoformat() if isinstance(d, dt.date) else str(d)


def pivot(rows: list[tuple], keys: list[str], other: str | None = None
          ) -> tuple[list[str], dict[str, list[int]]]:
    """Rows of (day, key, n) → (days, key → counts per day); keys not listed go to `other`."""
    days = sorted({r[0] for r in rows})
    index = {d: i for i, d in enumerate(days)}
    out: dict[str, list[int]] = {k: [0] * len(days) for k in keys}
    if other:
        out[other] = [0] * len(days)
    for d, k, n in rows:
        target = k if k in out else other
        if target is not None:
            out[target][index[d]] += n
    return [day_str(d) for d in days], out


# ---------------------------------------------------------------- sections


def section_overview(data: dict[str, Any]) -> str:
    o = data["overview"]
    cards = [("Articles", o["articles"]), ("Unique stories", o["stories"]),
             ("Duplicates", o["duplicates"]), ("Events", o["events"]),
             ("Unique events", o["unique_events"]), ("Rejects", o["rejects"]),
             ("Outlets", o["outlets"])]
    html = ['<div class="cards">']
    for k, v in cards:
        na = " na" if v is None else ""
        html.append(f'<div class="card{na}"><div class="v">{fmt_int(v) if v is not None else "n/a"}'
                    f'</div><div class="k">{escape(k)}</div></div>')
    rng = (f'{o["first_date"]} → {o["last_date"]}' if o["first_date"] else "–")
    html.append(f'<div class="card"><div class="v" style="font-size:15px">{escape(rng)}</div>'
                '<div class="k">Date range</div></div>')
    run = o["last_run"]
    if run:
        html.append(f'<div class="card"><div class="v" style="font-size:15px">'
                    f'{escape(fmt_time(run["finished_at"] or run["started_at"]))}</div>'
                    f'<div class="k">Last run · <code>{escape(str(run["run_id"]))}</code></div>'
                    '</div>')
    html.append("</div>")
    return "".join(html)


def section_articles(data: dict[str, Any]) -> str:
    a, names = data["articles"], data["names"]
    if not a or not a["per_day"]:
        return ""
    totals: dict[str, int] = defaultdict(int)
    for _, src, n in a["per_day"]:
        totals[src] += n
    keys = top_keys(totals, TOP_OUTLETS)
    other = "other outlets" if len(totals) > len(keys) else None
    days, counts = pivot(a["per_day"], keys, other)
    series = [Series(label(k, names), tuple(counts[k]), color(i)) for i, k in enumerate(keys)]
    if other:
        series.append(Series(other, tuple(counts[other]), OTHER_COLOR))
    chart = bar_chart(days, series, title=f"Articles per {a['unit']} per outlet",
                      y_label="articles")
    out = [chart, '<h3>Latest articles</h3><div class="scroll"><table><thead><tr>'
           '<th>Published</th><th>Outlet</th><th dir="rtl">Title</th><th>Duplicate</th>'
           "</tr></thead><tbody>"]
    for r in a.get("recent", []):
        out.append(f"<tr>{td(fmt_time(r['published_at']), 'd')}{td(label(r['source'], names))}"
                   f"{td(r['title'])}{td(r['dup_kind'] or '')}</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def section_freshness(data: dict[str, Any]) -> str:
    rows = data["freshness"]
    if not rows:
        return ""
    names = data["names"]
    out = [(f'<p>Newest article per feed, measured at {escape(fmt_time(data["generated_at"]))}. '
           f'<span class="badge stale">stale</span> = nothing newer than '
           f'{data["stale_hours"]:g} h; <span class="badge failing">failing</span> = the feed\'s '
           'newest reject is newer than its newest article.</p>'),
           ('<div class="scroll"><table><thead><tr><th>Status</th><th>Outlet</th><th>Feed</th>'
           '<th class="num">Articles</th><th>Newest article</th><th class="num">Since</th>'
           '<th class="num">Rejects</th><th>Last error</th></tr></thead><tbody>')]
    for r in rows:
        out.append(
            f'<tr class="{r["status"]}"><td><span class="badge {r["status"]}">{r["status"]}'
            f'</span></td>{td(label(r["source"], names))}{td(r["feed_url"], "url")}'
            f'{num(r["articles"])}<td>{escape(fmt_time(r["newest_published"]))}</td>'
            f'<td class="num">{escape(fmt_hours(r["hours_since"]))}</td>{num(r["rejects"])}'
            f'{td(r["last_error"] or "")}</tr>')
    out.append("</tbody></table></div>")
    return "".join(out)


def section_rejects(data: dict[str, Any]) -> str:
    r, names = data["rejects"], data["names"]
    if not r or not r["by_kind"]:
        return ""
    by_source: dict[str, int] = defaultdict(int)
    by_kind: dict[str, int] = defaultdict(int)
    for src, stage, error, n in r["by_kind"]:
        by_source[src] += n
        by_kind[f"{stage} / {error}"] += n
    sources = top_keys(by_source, 20)
    kinds = top_keys(by_kind, 9)
    cells: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for src, stage, error, n in r["by_kind"]:
        if src in sources:
            k = f"{stage} / {error}"
            cells[k if k in kinds else "other kinds"][src] += n
    keys = kinds + (["other kinds"] if "other kinds" in cells else [])
    series = [Series(k, tuple(cells[k][s] for s in sources),
                     OTHER_COLOR if k == "other kinds" else color(i)) for i, k in enumerate(keys)]
    chart = hbar_chart([label(s, names) for s in sources], series,
                       title="Rejects per outlet, by stage / error kind", x_label="rejects")
    table = [('<h3>Per outlet, stage and error</h3><div class="scroll"><table><thead><tr>'
             '<th>Outlet</th><th>Stage</th><th>Error</th><th class="num">Rejects</th>'
             '</tr></thead><tbody>')]
    for src, stage, error, n in r["by_kind"][:25]:
        table.append(f"<tr>{td(label(src, names))}{td(stage)}{td(error)}{num(n)}</tr>")
    table.append("</tbody></table></div>")
    ex = [('<h3>Example messages</h3><div class="scroll"><table><thead><tr><th>Stage / error'
          '</th><th class="num">Count</th><th>Outlet</th><th>Message</th><th>URL</th></tr>'
          '</thead><tbody>')]
    for e in r["examples"]:
        kind = f"{e['stage']} / {e['error']}"
        ex.append(f'<tr>{td(kind)}{num(e["count"])}'
                  f'{td(label(e["source"], names))}{td(e["message"])}{td(e["url"], "url")}</tr>')
    ex.append("</tbody></table></div>")
    return chart + '<div class="grid2"><div>' + "".join(table) + "</div><div>" + "".join(ex) \
        + "</div></div>"


def matrix(pairs: list[tuple[str, str, int]], names: dict[str, str], *, row_title: str,
           col_title: str, symmetric: bool = False) -> str:
    """An HTML heat-map table of counts for the most frequent row and column keys."""
    rows_t: dict[str, int] = defaultdict(int)
    cols_t: dict[str, int] = defaultdict(int)
    cell: dict[tuple[str, str], int] = defaultdict(int)
    for a, b, n in pairs:
        rows_t[a] += n
        cols_t[b] += n
        cell[(a, b)] += n
        if symmetric:
            rows_t[b] += n
            cols_t[a] += n
            cell[(b, a)] += n
    rows = top_keys(rows_t, TOP_MATRIX)
    cols = rows if symmetric else top_keys(cols_t, TOP_MATRIX)
    peak = max((cell[(a, b)] for a in rows for b in cols), default=0) or 1
    out = [(f'<div class="scroll"><table class="matrix"><thead><tr><th>{escape(row_title)} ↓ · '
           f'{escape(col_title)} →</th>')]
    for c in cols:
        lab = label(c, names)
        d = ' dir="rtl" lang="ar" class="ar"' if is_arabic(lab) else ""
        out.append(f"<th{d}>{escape(lab)}</th>")
    out.append("</tr></thead><tbody>")
    for r in rows:
        lab = label(r, names)
        d = ' dir="rtl" lang="ar" class="ar rowh"' if is_arabic(lab) else ' class="rowh"'
        out.append(f"<tr><th{d}>{escape(lab)}</th>")
        for c in cols:
            n = cell[(r, c)]
            alpha = 0.08 + 0.8 * n / peak if n else 0
            style = f' style="background:rgba(78,121,167,{alpha:.2f})' + (
                ';color:#fff"' if alpha > 0.5 else '"') if n else ""
            tip = f' title="{escape(label(r, names))} × {escape(label(c, names))}: {n}"'
            out.append(f'<td class="cell"{style}{tip}>{n if n else ""}</td>')
        out.append("</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def section_syndication(data: dict[str, Any]) -> str:
    s, names = data["syndication"], data["names"]
    if not s or not s["per_day"]:
        return ""
    days = [day_str(d) for d, _, _ in s["per_day"]]
    series = [Series("articles", tuple(a for _, a, _ in s["per_day"]), "#a0cbe8"),
              Series("unique stories", tuple(u for _, _, u in s["per_day"]), "#4e79a7")]
    out = [bar_chart(days, series, title=f"Articles vs unique stories per {s['unit']}",
                     y_label="count", mode="overlay")]
    out.append("<h3>Who carries whose stories</h3>")
    if s["pairs"]:
        out.append("<p>Rows: the outlet that published a story first; columns: the outlets whose "
                   "articles are duplicates of it (exact or near).</p>")
        out.append(matrix(s["pairs"], names, row_title="first published by",
                          col_title="also carried by"))
    else:
        out.append('<p class="empty">No story is carried by more than one article in this '
                   "range.</p>")
    return "".join(out)


def section_events(data: dict[str, Any]) -> str:
    e = data["events"]
    if not e or not e["per_day"]:
        return ""
    unit = e["unit"]
    types = sorted({t for _, t, _, _ in e["per_day"]},
                   key=lambda t: (list(EVENT_COLORS).index(t) if t in EVENT_COLORS else 99, t))
    statuses = sorted({s for _, _, s, _ in e["per_day"]},
                      key=lambda s: (list(STATUS_COLORS).index(s) if s in STATUS_COLORS else 9, s))
    days, by_type = pivot([(d, t, n) for d, t, _, n in e["per_day"]], types)
    _, by_status = pivot([(d, s, n) for d, _, s, n in e["per_day"]], statuses)
    t_series = [Series(t, tuple(by_type[t]), EVENT_COLORS.get(t, color(i)))
                for i, t in enumerate(types)]
    s_series = [Series(s, tuple(by_status[s]), STATUS_COLORS.get(s, color(i + 6)))
                for i, s in enumerate(statuses)]
    out = ['<div class="grid2"><div>',
           bar_chart(days, t_series, title=f"Events per {unit} by type", y_label="events",
                     width=560, height=260),
           "</div><div>",
           bar_chart(days, s_series, title=f"Events per {unit} by status", y_label="events",
                     width=560, height=260), "</div></div>"]
    # type × status table
    ts: dict[tuple[str, str], int] = {(t, s): n for t, s, n in e["type_status"]}
    out.append('<h3>Type × status</h3><div class="scroll"><table><thead><tr><th>Type</th>')
    out += [f'<th class="num">{escape(s)}</th>' for s in statuses]
    out.append('<th class="num">total</th></tr></thead><tbody>')
    for t in types:
        out.append(f"<tr>{td(t)}" + "".join(num(ts.get((t, s), 0)) for s in statuses)
                   + num(sum(ts.get((t, s), 0) for s in statuses)) + "</tr>")
    out.append("</tbody></table></div>")
    out.append("<h3>Most frequent actor pairs</h3>")
    if e["pairs"]:
        out.append('<div class="grid2"><div>')
        out.append(matrix(e["pairs"], {}, row_title="actor", col_title="actor", symmetric=True))
        out.append('</div><div><table><thead><tr><th>Actor</th><th>Actor</th>'
                   '<th class="num">Events</th></tr></thead><tbody>')
        for a, b, n in e["pairs"]:
            out.append(f"<tr>{td(a)}{td(b)}{num(n)}</tr>")
        out.append("</tbody></table></div></div>")
    else:
        out.append('<p class="empty">No event has two named actors in this range.</p>')
    out.append('<h3>Recent events</h3><div class="scroll"><table><thead><tr><th>Reported</th>'
               '<th>Event date</th><th>Type</th><th>Status</th><th>Actor 1</th><th>Actor 2</th>'
               '<th>Location</th><th>Outlet</th><th dir="rtl">Evidence (trigger highlighted)</th>'
               "</tr></thead><tbody>")
    for r in e["recent"]:
        out.append(
            f"<tr>{td(day_str(r['date']), 'd')}"
            f"{td(day_str(r['event_date']) if r['event_date'] else '', 'd')}"
            f"{td(r['event_type'])}{td(r['status'])}{td(r['actor1_name'])}{td(r['actor2_name'])}"
            f"{td(r['location_name'])}{td(label(r['source'], data['names']))}"
            f'<td dir="rtl" lang="ar" class="ar evidence">'
            f"{highlight(r['evidence'], r['trigger'])}</td></tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


SECTIONS = (
    ("articles", "Articles per day", section_articles),
    ("freshness", "Feed freshness", section_freshness),
    ("rejects", "Rejects", section_rejects),
    ("syndication", "Syndication", section_syndication),
    ("events", "Events", section_events),
)


def render(data: dict[str, Any]) -> str:
    """The whole page; sections whose data does not exist are left out."""
    o = data["overview"]
    body = [f'<section id="overview"><h2>Overview</h2>{section_overview(data)}']
    body += [f'<p class="note">{escape(n)}</p>' for n in o["notes"]]
    if not any(o[k] for k in ("articles", "events", "rejects")):
        body.append('<p class="note">This lake is empty: it holds no articles, events or '
                    "rejects in the selected range.</p>")
    elif not o["articles"] and o["rejects"]:
        body.append('<p class="note">This lake holds only rejects: no article has been written '
                    "yet. See the rejects below for why.</p>")
    body.append("</section>")
    nav = ['<a href="#overview">Overview</a>']
    for key, title, fn in SECTIONS:
        html = fn(data)
        if html:
            body.append(f'<section id="{key}"><h2>{escape(title)}</h2>{html}</section>')
            nav.append(f'<a href="#{key}">{escape(title)}</a>')
    since, until = data.get("since"), data.get("until")
    rng = ""
    if since or until:
        rng = f' · range <code>{since or "…"}</code> → <code>{until or "…"}</code>'
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>akhbar lake report · {escape(str(data['lake']))}</title>"
        f"<style>{CSS}</style></head><body>"
        f"<header><h1>akhbar · lake report</h1><div class=\"meta\">Lake "
        f"<code>{escape(str(data['lake']))}</code> · generated "
        f"{escape(fmt_time(data['generated_at']))}{rng}</div></header>"
        f"<nav>{''.join(nav)}</nav><main>{''.join(body)}</main>"
        "<footer>Generated by <code>akhbar report</code>. Self-contained: this file loads "
        "nothing from the network.</footer></body></html>\n"
    )
