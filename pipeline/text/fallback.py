"""Run trafilatura's fallback comparison only on the pages where it is meant to act.

In its default mode trafilatura, after its own extractor, calls `compare_extraction` on every
page: readability on the raw page (the costly part), then justext when the result is short or
holds unclean elements. That comparison replaces the own result when (trafilatura's own rules)
the own text is empty or shorter than its minimum (MIN_EXTRACTED_SIZE, 250 characters), when the
own body is structurally deficient (no paragraph text, more tables than paragraphs), when it holds
unclean elements (aside, figure, nav, ...), or when readability finds more than twice the text.

The gate below runs the comparison whenever one of the first three holds and skips it otherwise:
the one case it gives up is readability displacing a long, clean, paragraph-structured result
because it found twice the text. On trafilatura's evaluation pages (bench/extraction_eval.py),
chosen on one half and checked on the other, skipping that case loses no F1 (it gains a little:
readability's longer text there brings boilerplate) and spares the comparison on ~97 % of pages.
Everything else (own extractor in default mode, baseline rescue, recall escalation with its
justext candidate) runs as trafilatura runs it.

Mechanism: trafilatura's core calls `compare_extraction` through its module global; it is
replaced by a pass-through that gates only while `gated_comparison()` is active in the current
context (a ContextVar: other trafilatura callers and other threads see trafilatura unchanged).
If a trafilatura release no longer has that hook, nothing is replaced and extraction is exactly
trafilatura's default (`installed()` says which).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

try:
    import trafilatura.core as _core
    from trafilatura.external import SANITIZED_XPATH
except ImportError:  # pragma: no cover - a trafilatura without these internals: no gate
    _core, SANITIZED_XPATH = None, None

_GATED: ContextVar[bool] = ContextVar("akhbar_gated_comparison", default=False)
# Per process, for benchmarks: comparisons skipped / run under the gate.
counts: Counter[str] = Counter()


def needs_comparison(body, text: str, min_size: int) -> bool:
    """Whether trafilatura's comparison is to run on this own extraction (`body`, its `text`):
    short (justext and readability may replace it), no paragraph text or table-dominated
    (readability may replace it), or unclean elements (justext examines it)."""
    if len(text) < min_size:
        return True
    if not body.xpath(".//p//text()"):
        return True
    if len(body.findall(".//table")) > len(body.findall(".//p")):
        return True
    return bool(body.xpath(SANITIZED_XPATH))


def _gate(original):
    @functools.wraps(original)
    def compare_extraction(cleaned_tree, raw_tree, body, text, options):
        # focus "recall" is the escalation retry: trafilatura's rules there differ, leave them be
        if _GATED.get() and getattr(options, "focus", "balanced") == "balanced":
            if not needs_comparison(body, text, options.min_extracted_size):
                counts["skipped"] += 1
                return body, text
            counts["compared"] += 1
        return original(cleaned_tree, raw_tree, body, text, options)

    compare_extraction.akhbar_gate = True
    return compare_extraction


def _install() -> bool:
    if _core is None or SANITIZED_XPATH is None:
        return False
    current = getattr(_core, "compare_extraction", None)
    if current is None or not hasattr(_core, "_extract_and_compare"):
        return False
    if not getattr(current, "akhbar_gate", False):
        _core.compare_extraction = _gate(current)
    return True


_INSTALLED = _install()


def installed() -> bool:
    """Whether the gate is in place (False: trafilatura's default comparison on every page)."""
    return _INSTALLED


@contextmanager
def gated_comparison(enabled: bool = True) -> Iterator[None]:
    """Within this block (this thread / context only), trafilatura skips its fallback comparison
    on pages where `needs_comparison` is false. `enabled=False` leaves trafilatura as it is."""
    token = _GATED.set(enabled)
    try:
        yield
    finally:
        _GATED.reset(token)
