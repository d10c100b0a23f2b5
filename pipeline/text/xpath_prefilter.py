"""Run trafilatura's regular-expression XPaths with a plain-text prefilter: same elements, less CPU.

trafilatura selects boilerplate, bodies and comments with XPaths whose predicates call EXSLT's
`re:test(@class, 'pattern')`. libxml2 hands every such call back to Python (lxml converts the
attribute, looks the pattern up and runs `re.search`), once per element that reaches the
predicate: on the shared corpus those XPaths were a third of the extraction's CPU.

Every pattern there needs some literal text to match: `(?:post-|entry-)title|headline` cannot
match a value without "title" or "headline" in it. So each `re:test(X, 'P'[, 'F'])` is rewritten
as `((contains(X, 'title') or contains(X, 'headline')) and re:test(X, 'P'[, 'F']))`: libxml2
answers `contains` itself, and the regular expression still decides on the few values that pass.
The literals are read from the pattern's parse (Python's own regex parser): a sequence needs all
its items, so the longest run of plain characters in it is needed; an alternation needs one of
its branches' needs; optional parts, classes, anchors and lookarounds need nothing. Under the
`i` flag the value is folded first (`translate`) with every character Python's case-insensitive
matching equates with an ASCII letter (tests/test_xpath_prefilter.py checks the table against
all of Unicode). A pattern with no needed literal, a literal that cannot be written in XPath, or
a call of another form is left as it is. XPath converts a node-set argument (`@id|@class`) to
the string of its first node for `contains` as lxml does for `re:test`.

The rewritten XPaths are used only inside `prefiltered_xpaths()` (a ContextVar: other
trafilatura callers and other threads see trafilatura's own objects); the result of every
rewritten XPath equals the original's on the corpus pages (tests/test_xpath_prefilter.py). If
trafilatura's internals change shape, whatever is not recognised is left untouched.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from lxml import etree

try:
    from re import _constants as _sre_c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11 (setup.py asks for 3.11+)
    import sre_constants as _sre_c
    import sre_parse as _sre_parse

REGEXP_NS = "http://exslt.org/regular-expressions"
# Characters Python's re (str patterns, IGNORECASE) matches against an ASCII letter, folded to
# that letter's lower case: A-Z, and İ (U+0130) ı (U+0131) ſ (U+017F) K (U+212A).
FOLD_FROM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a"
FOLD_TO = "abcdefghijklmnopqrstuvwxyziisk"
_FOLD = str.maketrans(FOLD_FROM, FOLD_TO)

# re:test(ARG, 'PATTERN') or re:test(ARG, 'PATTERN', 'FLAGS'); ARG without commas or brackets
# (an attribute, a union of attributes)
_CALL = re.compile(r"re:test\(\s*([^,()\[\]'\"]+?)\s*,\s*'([^']*)'\s*(?:,\s*'([^']*)'\s*)?\)")

# a call is prefiltered only with at most this many `contains` tests (measured on the corpus
# pages: 8 spares the most; 16 spares less than 4)
MAX_TESTS = 8
_ACTIVE: ContextVar[bool] = ContextVar("akhbar_prefiltered_xpaths", default=False)
_REPEATS = {_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", None)}


def needed_literals(items) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence `items` contains, or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush():
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _sre_c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        sub = None
        if op is _sre_c.SUBPATTERN:
            _group, add_flags, del_flags, pattern = av
            if not add_flags and not del_flags:
                sub = needed_literals(pattern)
        elif op is _sre_c.BRANCH:
            branches = [needed_literals(b) for b in av[1]]
            if branches and all(branches):
                sub = frozenset().union(*branches)
        elif op in _REPEATS:
            low, _high, pattern = av
            if low >= 1:
                sub = needed_literals(pattern)
        if sub:
            candidates.append(sub)
    flush()
    if not candidates:
        return None
    # the set whose shortest string is longest passes fewest values; then the smaller set
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _xpath_literal(text: str) -> str | None:
    if any(ord(c) < 0x20 and c not in "\t\n\r" for c in text):
        return None  # not an XML character: libxml2's XPath parser refuses it
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    return None


def prefilter(arg: str, pattern: str, flags: str | None) -> str | None:
    """An XPath condition true whenever `re:test(arg, pattern, flags)` is, or None."""
    if flags and set(flags) - {"i", "g"}:
        return None
    try:
        parsed = _sre_parse.parse(pattern, re.IGNORECASE if flags and "i" in flags else 0)
    except re.error:
        return None
    state_flags = parsed.state.flags
    if state_flags & ~(re.IGNORECASE | re.UNICODE):
        return None  # verbose, multiline, dotall...: keep the call as it is
    needed = needed_literals(parsed)
    if not needed:
        return None
    folded = bool(state_flags & re.IGNORECASE)
    if folded:
        if not all(lit.isascii() for lit in needed):
            return None
        needed = frozenset(lit.translate(_FOLD) for lit in needed)
        value = f"translate({arg}, '{FOLD_FROM}', '{FOLD_TO}')"
    else:
        value = arg
    # a value containing "cookiebot" contains "cookie": the shorter one is test enough
    needed = [lit for lit in needed if not any(o != lit and o in lit for o in needed)]
    tests = []
    for lit in sorted(needed):
        quoted = _xpath_literal(lit)
        if quoted is None:
            return None
        tests.append(f"contains({value}, {quoted})")
    return " or ".join(tests)


def _prefiltered_call(match: re.Match) -> str:
    condition = prefilter(match.group(1), match.group(2), match.group(3))
    if condition is None or "translate(" in condition or condition.count(" or ") >= MAX_TESTS:
        # folding, or many tests (each converts the value anew), cost libxml2 more than the
        # regular expression they would spare
        return match.group(0)
    return f"(({condition}) and {match.group(0)})"


class _Call:
    """One `re:test(ARG, PATTERN, FLAGS)` of an XPath, and whether a page's attribute values can
    make it true anywhere."""

    __slots__ = ("fast_text", "names", "regex")

    def __init__(self, match: re.Match):
        self.fast_text = _prefiltered_call(match)
        arg, pattern, flags = match.group(1), match.group(2), match.group(3) or ""
        names = [part.strip() for part in arg.split("|")]
        self.names = self.regex = None
        simple = all(re.fullmatch(r"@[A-Za-z_][\w.-]*", n) for n in names)
        if simple and not set(flags) - {"i", "g"}:
            try:
                regex = re.compile(pattern, re.IGNORECASE if "i" in flags else 0)
            except re.error:
                return
            if regex.search("") is None:  # an element without the attribute tests ""
                self.names, self.regex = tuple(n[1:] for n in names), regex

    def possible(self, values: dict[str, frozenset[str]]) -> bool:
        """False only if no value of its attributes anywhere in the document matches."""
        if self.regex is None:
            return True
        search = self.regex.search
        return any(search(v) for name in self.names for v in values[name])


@cache
def _values_xpath(name: str) -> etree.XPath:
    """The values of attribute `name` anywhere in the document."""
    return etree.XPath(f"//@{name}", smart_strings=False)


class _Either:
    """trafilatura's XPath outside `prefiltered_xpaths()`; inside, the same XPath with each
    `re:test` that no attribute value of the page can make true replaced by `false()` and the
    others behind their literal prefilter (compiled once per combination)."""

    __slots__ = ("original", "calls", "pieces", "names", "compiled")

    def __init__(self, original: etree.XPath, calls: list[_Call], pieces: list[str]):
        self.original, self.calls, self.pieces = original, calls, pieces
        # the attributes whose values can rule a call out, read once per evaluation
        self.names = tuple(sorted({n for call in calls if call.names for n in call.names}))
        self.compiled: dict[tuple[bool, ...], etree.XPath] = {}

    def variant(self, key: tuple[bool, ...]) -> etree.XPath:
        xpath = self.compiled.get(key)
        if xpath is None:
            parts = [self.pieces[0]]
            for call, keep, piece in zip(self.calls, key, self.pieces[1:], strict=True):
                parts.append(call.fast_text if keep else "false()")
                parts.append(piece)
            xpath = etree.XPath("".join(parts), namespaces={"re": REGEXP_NS},
                                smart_strings=False)
            self.compiled[key] = xpath
        return xpath

    def __call__(self, *args, **kwargs):
        if not _ACTIVE.get() or len(args) != 1 or kwargs:
            return self.original(*args, **kwargs)
        tree = args[0]
        values = {name: frozenset(_values_xpath(name)(tree)) for name in self.names}
        return self.variant(tuple(call.possible(values) for call in self.calls))(tree)

    def __getattr__(self, name):
        return getattr(self.original, name)


def _fast(xpath: etree.XPath) -> _Either | None:
    path = xpath.path
    matches = list(_CALL.finditer(path))
    if not matches:
        return None
    pieces, last = [], 0
    for m in matches:
        pieces.append(path[last:m.start()])
        last = m.end()
    pieces.append(path[last:])
    either = _Either(xpath, [_Call(m) for m in matches], pieces)
    try:
        either.variant(tuple(True for _ in matches))
        either.variant(tuple(False for _ in matches))
    except etree.XPathError:
        return None
    return either


def _install() -> int:
    """Wraps the regex XPaths of the loaded trafilatura modules; returns how many."""
    import trafilatura.baseline  # noqa: F401 - loaded before their XPaths are looked up
    import trafilatura.core  # noqa: F401
    import trafilatura.external  # noqa: F401

    wrapped: dict[int, _Either | None] = {}

    def wrap(value):
        if isinstance(value, _Either):
            return None
        if id(value) not in wrapped:
            wrapped[id(value)] = _fast(value)
        return wrapped[id(value)]

    for name, module in list(sys.modules.items()):
        if not (name == "trafilatura" or name.startswith("trafilatura.")) or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, etree.XPath):
                either = wrap(value)
                if either is not None:
                    setattr(module, attr, either)
            elif isinstance(value, list) and value and all(
                    isinstance(v, (etree.XPath, _Either)) for v in value):
                for i, item in enumerate(value):  # lists are shared by the importing modules
                    either = wrap(item) if isinstance(item, etree.XPath) else None
                    if either is not None:
                        value[i] = either
    return sum(1 for v in wrapped.values() if v is not None)


INSTALLED = _install()


@contextmanager
def prefiltered_xpaths(enabled: bool = True) -> Iterator[None]:
    """Within this block (this thread / context only) trafilatura's regex XPaths run with their
    prefilter; `enabled=False` leaves trafilatura's own."""
    token = _ACTIVE.set(enabled)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
