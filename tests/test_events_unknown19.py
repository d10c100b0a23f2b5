"""Actors no title or name of the gazetteer read before: governors, Iran's commanders, and
office holders the 2015-2017 news names (invented sentences, each with its near miss)."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.extract import _prepare, as_date


def _keys(text: str, published: str = "2015-08-01", home: str | None = "SAU") -> set[tuple]:
    return {a.key for s in _prepare(text, as_date(published), home) for a in s.actors}


def _pairs(text: str, published: str = "2015-08-01", home: str | None = "SAU") -> set[tuple]:
    return {(e["event_type"], e["actor1_country"] or e["actor1_org"], e["actor1_role"],
             e["actor2_country"] or e["actor2_org"], e["actor2_role"])
            for e in extract_events(text, published, home=home)}


@pytest.mark.parametrize("text, country", [
    ("استقبل محافظ عدن أمس السفير الإماراتي لدى اليمن.", "YEM"),
    ("التقى محافظ البنك المركزي المصري وفد صندوق النقد الدولي في القاهرة.", "EGY"),
    ("استقبل محافظ البنك المركزي التونسي أمس سفير ألمانيا بتونس.", "TUN"),
])
def test_a_governor_with_his_province_or_bank_is_its_states_official(text, country):
    """«محافظ» before a place or a body of a state: an official of that state."""
    assert (country, "official") in _keys(text)


def test_a_governor_meets_an_ambassador():
    assert ("MEET", "YEM", "official", "ARE", "official") in _pairs(
        "استقبل محافظ عدن أمس السفير الإماراتي لدى اليمن.")


@pytest.mark.parametrize("text", [
    # the adjective «conservative», the governorate (a place), a governor of nothing named
    "وقال زعيم الحزب المحافظ إن الانتخابات ستجري في موعدها.",
    "وصلت المساعدات إلى محافظة عدن أمس.",
    "وقال المحافظ إن الطريق سيفتح الأسبوع المقبل.",
])
def test_no_governor_without_a_place_or_body(text):
    assert not {k for k in _keys(text, home=None) if k[1] == "official"}


@pytest.mark.parametrize("title", ["قائد الحرس الثوري", "قائد فيلق القدس"])
def test_irans_commanders_are_its_officials(title):
    text = f"وزار {title} موسكو الشهر الماضي والتقى مسؤولين روسا."
    assert ("IRN", "official") in _keys(text)


def test_the_word_commander_alone_names_no_state():
    assert not _keys("وزار قائد الفريق موسكو الشهر الماضي.", home=None)


@pytest.mark.parametrize("name, key", [
    ("جان قهوجي", ("LBN", "official")),
    ("سامانثا باور", ("USA", "official")),
    ("حسبو محمد عبدالرحمن", ("SDN", "official")),
    ("عبدالرحمن البنيان", ("SAU", "official")),
])
def test_office_holders_named_bare(name, key):
    """People the news names after a title, named bare: their office in the article's year."""
    assert key in _keys(f"وقال {name} إن المحادثات كانت مثمرة.", "2015-08-01", None)


def test_a_foreign_minister_of_mauritania_in_his_years():
    assert ("MRT", "foreign_minister") in _keys(
        "وقال أحمد ولد تكدي إن المحادثات كانت مثمرة.", "2014-05-01", None)
