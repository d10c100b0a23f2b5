"""The reader of a region named after a visit word (regions.py), read directly, and the visit
frame asking it before it takes a place an earlier clause named.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.extract import _prepare, candidates
from pipeline.events.mentions import _region_named, tokenize
from pipeline.events.regions import region_at, visit_region
from pipeline.events.triggers import find_triggers

PUB = date(2015, 8, 1)


def _region(text: str, with_visitor: bool = True):
    """visit_region for the sentence's first visit trigger, its visitor the actor named right
    after it (or none)."""
    sent = _prepare(text, PUB, "SAU")[0]
    trig = next(t for t in find_triggers(sent)[0] if t.etype == "VISIT")
    visitor = next((a for a in sent.actors if a.i == trig.j), None) if with_visitor else None
    region = visit_region(sent, trig, visitor)
    return (sent.norms[region[0]], region[1]) if region is not None else None


def _norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


def test_region_at_reads_the_longest_name_with_a_clitic_only_where_allowed():
    assert region_at(_norms("الشرق الأوسط غدا"), 0) == (2, "Middle East")
    # «للشرق الأوسط»: the ل taken off and the article's alif put back, only when asked
    assert region_at(_norms("للشرق الأوسط"), 0, "لب") == (2, "Middle East")
    assert region_at(_norms("للشرق الأوسط"), 0) is None
    assert region_at(_norms("زار أفريقيا"), 1) == (1, "Africa")
    assert region_at(_norms("زار كينيا"), 1) is None


def test_find_mentions_reads_a_region_of_two_words_or_more_through_region_at():
    # «أمريكا اللاتينية» (less the و find_mentions took off) is a region of two words, longer
    # than the state it begins with; a one-word region counts as none there
    assert _region_named(_norms("وأمريكا اللاتينية"), 0, "و") == 2
    assert _region_named(_norms("أفريقيا"), 0, "") == 0
    assert _region_named(_norms("أمريكا غدا"), 0, "") == 0


@pytest.mark.parametrize("text, region", [
    # a verb's object after its subject (the visitor skipped)
    ("ويزور وزير الخارجية الأمريكي جون كيري الخليج الأسبوع المقبل.", ("الخليج", "Gulf")),
    # a visit adjective, then a region with ل: the token where the region starts
    ("وأجرى وزير الخارجية الألماني زيارة قصيرة للشرق الأوسط.", ("للشرق", "Middle East")),
    # a tour's adjective right after the noun
    ("ويبدأ وزير الخارجية الأمريكي جون كيري غدا جولة خليجية لطمأنة الحلفاء.",
     ("خليجيه", "Gulf")),
])
def test_visit_region_names_the_region_and_where_it_starts(text, region):
    assert _region(text) == region


@pytest.mark.parametrize("text", [
    # a state after the trigger: the tour's stop is the visit's place
    "غادر وزير الخارجية الألماني متوجها إلى الشرق الأوسط في جولة يستهلها في مصر.",
    # a newspaper's title in quotes
    "وأجرى وزير الخارجية الألماني زيارة لصحيفة «الشرق الأوسط».",
    # a purpose with ل ends the search
    "وأجرى وزير الخارجية الألماني زيارة لبحث التعاون مع أفريقيا.",
])
def test_visit_region_finds_none(text):
    assert _region(text) is None


def test_someone_named_after_the_verb_who_is_not_the_visitor_ends_the_search():
    # near miss: without the visitor given, the actor after the verb is someone met
    assert _region("ويزور وزير الخارجية الأمريكي جون كيري الخليج الأسبوع المقبل.",
                   with_visitor=False) is None


TOUR = ("وصل الرئيس الأمريكي باراك أوباما اليوم إلى كينيا في جولته الإفريقية، ويزور وزير "
        "الخارجية الأمريكي جون كيري {} الأسبوع المقبل.")


def _kerry_places(place: str) -> list:
    return [c.location for c, _feats in candidates(TOUR.format(place), "2015-07-24", None, False)
            if c.etype == "VISIT" and c.actor1 is not None and c.actor1.name == "John Kerry"]


def test_the_visit_frame_takes_its_own_clauses_region_before_an_earlier_place():
    # the frame itself proposes the Gulf (no later correction): Kenya is Obama's stop
    assert _kerry_places("الخليج") == [("Gulf", None)]
    # near miss: a city after the verb is the visit's place
    assert _kerry_places("نيروبي") == [("Nairobi", "KEN")]
    # and with no region in its clause the earlier clause's place is still taken
    assert _kerry_places("قريبا") == [("Kenya", "KEN")]
