"""Draw the report's charts as inline SVG strings (bars with axes, ticks, legends, tooltips).

Arabic labels are SVG <text direction="rtl"> shaped by the browser; no data access, no HTML page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from pipeline.text.clean import is_arabic

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#86bcb6", "#d37295", "#a0cbe8")
OTHER_COLOR = "#bab0ac"
CHAR_W = 6.6  # average advance of a 12px glyph, for layout estimates only
AXIS_COLOR = "#6b7280"
GRID_COLOR = "#e5e7eb"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: str


def color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def text(x: float, y: float, s: str, align: str = "left", cls: str = "", extra: str = "") -> str:
    """An SVG <text> whose visual alignment ("left", "right", "middle") holds in either direction.

    Arabic text gets direction="rtl" (so the browser shapes and orders it) and the anchor is
    flipped, because text-anchor="start" of right-to-left text is its right edge.
    """
    rtl = is_arabic(s)
    anchor = {"middle": "middle", "left": "end" if rtl else "start",
              "right": "start" if rtl else "end"}[align]
    attrs = f'x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"'
    if rtl:
        attrs += ' direction="rtl" unicode-bidi="embed" xml:lang="ar" class="ar'
        attrs += f' {cls}"' if cls else '"'
    elif cls:
        attrs += f' class="{cls}"'
    return f"<text {attrs}{(' ' + extra) if extra else ''}>{escape(s)}</text>"


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """0..≥top in steps of 1, 2 or 5 × 10^k, about `count` of them."""
    if top <= 0:
        return [0, 1]
    raw = top / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    step = max(step, 1)
    n = math.ceil(top / step)
    return [i * step for i in range(n + 1)]


def fmt(v: float) -> str:
    if v >= 1_000_000:
        return f"{v / 1_000_000:g}M"
    if v >= 10_000:
        return f"{v / 1000:g}k"
    return f"{v:g}"


def text_width(s: str) -> float:
    return len(s) * CHAR_W


def legend(series: list[Series], x0: float, y0: float, width: float) -> tuple[str, float]:
    """Legend items laid out in rows from the left; returns (svg, height used)."""
    out, x, y = [], x0, y0
    for s in series:
        w = 14 + text_width(s.name) + 18
        if x > x0 and x + w > x0 + width:
            x, y = x0, y + 18
        out.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="10" height="10" rx="2" '
                   f'fill="{s.color}"/>')
        out.append(text(x + 14, y, s.name, "left", "legend"))
        x += w
    return "".join(out), (y - y0) + 18


def bar_chart(categories: list[str], series: list[Series], *, title: str, y_label: str,
              mode: str = "stack", width: int = 960, height: int = 300,
              label: str = "") -> str:
    """Vertical bars per category: mode "stack" (series stacked) or "overlay" (drawn over).

    `categories` are x labels (dates); they are thinned to stay readable.
    """
    n = max(len(categories), 1)
    leg_svg, leg_h = legend(series, 56, 0, width - 72)
    top, left, right, bottom = 28, 56, 16, 34
    plot_h = height - top - bottom
    plot_w = width - left - right
    if mode == "stack":
        totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    else:
        totals = [max((s.values[i] for s in series), default=0) for i in range(len(categories))]
    ticks = nice_ticks(max(totals, default=0))
    ymax = ticks[-1]
    slot = plot_w / n
    bar_w = max(min(slot * 0.78, 48), 1)
    def y(v):
        return top + plot_h - (v / ymax) * plot_h
    parts = [f'<text x="{left}" y="16" class="chart-title">{escape(title)}</text>']
    for t in ticks:
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(t):.1f}" y2="{y(t):.1f}" '
                     f'stroke="{GRID_COLOR}"/>')
        parts.append(text(left - 6, y(t) + 4, fmt(t), "right", "tick"))
    parts.append(f'<text transform="translate(14 {top + plot_h / 2:.0f}) rotate(-90)" '
                 f'text-anchor="middle" class="axis-label">{escape(y_label)}</text>')
    every = max(1, math.ceil(n * 64 / plot_w))
    for i, cat in enumerate(categories):
        cx = left + slot * (i + 0.5)
        base = 0.0
        for s in series:
            v = s.values[i]
            if not v:
                continue
            y0, y1 = (base, base + v) if mode == "stack" else (0, v)
            parts.append(
                f'<rect x="{cx - bar_w / 2:.1f}" y="{y(y1):.1f}" width="{bar_w:.1f}" '
                f'height="{max(y(y0) - y(y1), 0.5):.1f}" fill="{s.color}">'
                f'<title>{escape(cat)} · {escape(s.name)}: {fmt(v)}</title></rect>')
            if mode == "stack":
                base += v
        if i % every == 0:
            parts.append(text(cx, top + plot_h + 16, cat, "middle", "tick"))
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" '
                 f'y2="{top + plot_h}" stroke="{AXIS_COLOR}"/>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" '
                 f'stroke="{AXIS_COLOR}"/>')
    total_h = height + leg_h + 8
    parts.append(f'<g transform="translate(0 {height + 8})">{leg_svg}</g>')
    return _svg(width, total_h, "".join(parts), label or title)


def hbar_chart(categories: list[str], series: list[Series], *, title: str, x_label: str,
               width: int = 960, row_h: int = 22, label: str = "") -> str:
    """Horizontal stacked bars, one row per category (labels may be Arabic)."""
    label_w = min(max((text_width(c) for c in categories), default=40) + 12, 240)
    left, right, top = label_w + 8, 24, 28
    plot_w = width - left - right
    plot_h = row_h * max(len(categories), 1)
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    ticks = nice_ticks(max(totals, default=0))
    xmax = ticks[-1]
    def x(v):
        return left + (v / xmax) * plot_w
    parts = [f'<text x="{left}" y="16" class="chart-title">{escape(title)}</text>']
    for t in ticks:
        parts.append(f'<line x1="{x(t):.1f}" x2="{x(t):.1f}" y1="{top}" y2="{top + plot_h}" '
                     f'stroke="{GRID_COLOR}"/>')
        parts.append(text(x(t), top + plot_h + 14, fmt(t), "middle", "tick"))
    parts.append(text(left + plot_w / 2, top + plot_h + 30, x_label, "middle", "axis-label"))
    for i, cat in enumerate(categories):
        cy = top + row_h * i
        parts.append(text(left - 8, cy + row_h / 2 + 4, cat, "right", "cat"))
        base = 0.0
        for s in series:
            v = s.values[i]
            if not v:
                continue
            parts.append(
                f'<rect x="{x(base):.1f}" y="{cy + 3:.1f}" '
                f'width="{max(x(base + v) - x(base), 0.5):.1f}" '
                f'height="{row_h - 6}" fill="{s.color}"><title>{escape(cat)} · {escape(s.name)}: '
                f'{fmt(v)}</title></rect>')
            base += v
    parts.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" '
                 f'stroke="{AXIS_COLOR}"/>')
    leg_svg, leg_h = legend(series, left, 0, plot_w)
    h = top + plot_h + 44
    parts.append(f'<g transform="translate(0 {h})">{leg_svg}</g>')
    return _svg(width, h + leg_h, "".join(parts), label or title)


def _svg(width: float, height: float, body: str, label: str) -> str:
    return (f'<svg viewBox="0 0 {width:.0f} {height:.0f}" '
            f'width="100%" role="img" aria-label="{escape(label)}" class="chart">{body}</svg>')
