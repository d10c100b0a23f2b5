"""A name the gazetteer does not know, given in apposition between commas after a title or
its portfolio («مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأوسط، آن باترسون، التي ...»):
its surname names that titled actor again later in the text (mentions.py,
_name_after_title / _apposition_start)."""

from __future__ import annotations

import pytest

from tests.support.events import event_rows

PUB = "2015-08-03"


@pytest.mark.parametrize("first", [
    # the title, its portfolio in ل, then the name between commas
    "بحث وزير الخارجية القطري خالد العطية مع مساعد وزير الخارجية الأمريكي لشؤون الشرق "
    "الأوسط، توم شانون، الذي وصل الدوحة أمس، العلاقات الثنائية.",
    # the title, then the name between commas
    "بحث وزير الخارجية القطري خالد العطية مع مساعد وزير الخارجية الأمريكي، توم شانون، "
    "العلاقات الثنائية.",
])
def test_a_surname_given_in_apposition_names_the_titled_actor_again(first):
    text = first + " كما التقى شانون رئيس الوزراء القطري الشيخ عبدالله بن خليفة آل ثاني."
    assert ("MEET", "USA", "official", "QAT", "head_of_government") in event_rows(
        text, PUB, "QAT")


@pytest.mark.parametrize("first", [
    # a time word between commas is no name
    "بحث وزير الخارجية القطري خالد العطية مع مساعد وزير الخارجية الأمريكي، أمس، العلاقات "
    "الثنائية.",
    # a portfolio with no comma closing it: the words after it are no apposition
    "بحث وزير الخارجية القطري خالد العطية مع مساعد وزير الخارجية الأمريكي لشؤون الشرق "
    "الأوسط توم شانون العلاقات الثنائية.",
])
def test_no_apposition_without_a_name_after_a_comma(first):
    text = first + " كما التقى شانون رئيس الوزراء القطري الشيخ عبدالله بن خليفة آل ثاني."
    assert not [r for r in event_rows(text, PUB, "QAT") if "head_of_government" in r]
