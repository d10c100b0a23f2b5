"""Actors the mention reader did not know: the World Bank's Maghreb director, named where her
title does not reach the bank (sentences written for these tests)."""

from pipeline.events import extract as X


def _pairs(text, published, home="TUN"):
    return {frozenset((e["actor1_country"] or e["actor1_org"],
                       e["actor2_country"] or e["actor2_org"]))
            for e in X.extract_events(text, published, home=home)}


def test_world_bank_director_named_after_a_region_with_a_state_in_it():
    # «المغرب العربي ومالطا»: Malta's name in the region keeps the title from the bank; her
    # name says whose official she is
    text = ("التقى وزير الخارجية خميس الجهيناوي اليوم مديرة منطقة المغرب العربي ومالطا "
            "بالبنك الدولي ماري نيلي فرانسواز بمقر الوزارة.")
    assert frozenset(("TUN", "WORLD_BANK")) in _pairs(text, "2016-09-30")


def test_world_bank_director_named_alone():
    text = "واستقبل وزير الخارجية خميس الجهيناوي أمس ماري فرانسواز ماري نيلي بمقر الوزارة."
    assert frozenset(("TUN", "WORLD_BANK")) in _pairs(text, "2017-01-10")


def _actors(text, published="2015-08-11", home="SAU"):
    return [a for s in X._prepare(text, X.as_date(published), home) for a in s.actors]


def test_syrian_opposition_is_the_coalition_not_the_state():
    text = "والتقى وزير الخارجية الروسي أمس وفد المعارضة السورية في موسكو."
    bodies = {(a.country or a.org, a.role) for a in _actors(text)}
    assert ("SYRIAN_COALITION", "delegation") in bodies
    assert not any(a.country == "SYR" for a in _actors(text))


def test_syrian_opposition_representatives_are_the_coalitions():
    text = "وقال إن موسكو ستجري محادثات مع ممثلي المعارضة السورية في الأيام المقبلة."
    assert {a.org for a in _actors(text)} >= {"SYRIAN_COALITION"}
    assert not any(a.country == "SYR" for a in _actors(text))
