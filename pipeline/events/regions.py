"""A region or continent a visit goes to (grammar.yaml `visit_regions`): «زيارة الرئيس إلى
أفريقيا», «جولته في آسيا», «زيارة قصيرة للشرق الأوسط», a tour's adjective «جولة خليجية».

A region names no state: a visit to it has the region as its place and no country. The words
that name one are read here for the rules that choose a visit's place (frames._visit, when the
only state a sentence names comes before the trigger, and extract_events, for a visit that
names no state or city) and for find_mentions (a region named after a state, «أمريكا
اللاتينية», is not that state). Pure functions.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.events import words
from pipeline.events.words import (
    LI_PRONOUNS,
    VISIT_ADJECTIVES,
    VISIT_REGION_ADJECTIVES,
    VISIT_REGIONS,
)

if TYPE_CHECKING:
    from pipeline.events.mentions import Actor, Sentence
    from pipeline.events.triggers import Trigger

REGION_WORDS = max((len(n.split()) for n in VISIT_REGIONS), default=1)
_REGION_PREPOSITIONS = words.REGION_PREPOSITIONS
_QUOTES = frozenset({"«", '"', "“", "'"})


# the first words of the regions' names: no region starts at any other word
_REGION_FIRSTS = frozenset(name.split(" ")[0] for name in VISIT_REGIONS)


def region_at(norms: list[str], k: int, clitics: str = "") -> tuple[int, str] | None:
    """The region of grammar.yaml `visit_regions` that the words from k name (longest first),
    its first word bare or less one of the one-letter `clitics` («لأفريقيا», «بالشرق الأوسط»),
    as (how many words name it, its English name)."""
    if k >= len(norms) or not _may_start_region(norms[k], clitics):
        return None  # (most words: no region's first word, bare or less a clitic)
    for n in range(min(REGION_WORDS, len(norms) - k), 0, -1):
        words = norms[k:k + n]
        for first in (words[0],) + ((words[0][1:],) if words[0][:1] in clitics else ()):
            en = VISIT_REGIONS.get(" ".join([first] + words[1:]))
            if en is None and first.startswith("ل") and words[0][:1] in clitics:
                en = VISIT_REGIONS.get(" ".join(["ا" + first] + words[1:]))  # «للشرق»
            if en is not None:
                return n, en
    return None


def _may_start_region(word: str, clitics: str) -> bool:
    """Whether a region's first word may be `word`, bare or less one of the `clitics`, or
    either with an alif before it («للشرق» -> «الشرق»): the forms region_at looks up."""
    forms = (word, word[1:]) if word[:1] in clitics else (word,)
    return any(w in _REGION_FIRSTS or "ا" + w in _REGION_FIRSTS for w in forms)


def visit_region(sent: Sentence, trig: Trigger | None,
                 visitor: Actor | None) -> tuple[int, str] | None:
    """The place of a visit that names no state or city: a region or continent right after its
    trigger («زيارة الرئيس باراك أوباما إلى أفريقيا», «خلال جولته في آسيا», «زيارته لأفريقيا»,
    a tour's adjective «جولة أفريقية», a verb's object «ويزور كيري الخليج»), past the visitor
    named in construct or as the verb's subject, «له», a visit adjective and one more word,
    with no punctuation («جولة قصيرة في أفريقيا»); a word with ل or ب that names no region (a
    purpose: «لبحث») ends the search. Not when a state or city follows the trigger («متوجها إلى
    الشرق الأوسط في جولة يستهلها في مصر»: the tour's stops are its visits). The region as
    (the token it starts at, its English name); `visitor`: the visit's subject, skipped when
    named right after the trigger."""
    t = trig
    if t is None or any(p[0] >= t.j for p in sent.places):
        return None  # a state or city after it is the visit's place (or a tour's first stop)
    norms = sent.norms
    k = t.j
    if t.tense == "noun" and k < len(norms) and norms[k] in VISIT_REGION_ADJECTIVES:
        return k, VISIT_REGION_ADJECTIVES[norms[k]]
    a = visitor
    if a is not None and a.i == k:
        k = a.j
    def quoted(m: int) -> bool:  # a title in quotes: the newspaper «الشرق الأوسط»
        return m < len(norms) and sent.text[sent.toks[m].start:sent.toks[m].start + 1] in _QUOTES

    start, skipped = k, 0
    while k < len(norms) and not sent.toks[k - 1].punct:
        w = norms[k]
        if w in _REGION_PREPOSITIONS:
            found = region_at(norms, k + 1)
            return (k + 1, found[1]) if found is not None and not quoted(k + 1) else None
        if quoted(k):
            return None
        if w in LI_PRONOUNS or w in VISIT_ADJECTIVES:
            k += 1
            continue
        found = region_at(norms, k, "لب") if k == start or w[:1] in "لب" else None
        if found is not None:
            return k, found[1]
        if w[:1] in "لب" or any(x.i <= k < x.j for x in sent.actors) or k in sent.trigger_toks \
                or skipped:
            return None  # a purpose («لبحث»), someone met, another contact
        skipped += 1
        k += 1
    return None
