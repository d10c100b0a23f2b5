"""A chain of honorifics between a title and the prince it styles («ولي ولي العهد صاحب السمو
الملكي الأمير محمد بن سلمان») joins them as a single «سمو» does: one mention, named, so the
office the document names for him elsewhere is his at it too. Across another state's title the
name stays apart."""

from __future__ import annotations

from datetime import date

from tests.support.events import actors_by_sentence


def _actors(text: str, published=date(2015, 8, 2), home: str | None = "SAU") -> list[list]:
    return actors_by_sentence(text, published, home)


def test_a_chain_of_honorifics_joins_the_title_to_the_princes_name():
    text = ("واستقبل ولي ولي العهد صاحب السمو الملكي الأمير محمد بن سلمان السفير الفرنسي أمس. "
            "وكان وزير الدفاع الأمير محمد بن سلمان قد زار باريس الشهر الماضي.")
    first = _actors(text)[0]
    assert ("Mohammed bin Salman", "SAU", "defense_minister") in first
    assert (None, "SAU", "official") not in first


def test_the_crown_prince_styled_by_the_chain_is_named():
    text = "واستقبل ولي العهد صاحب السمو الملكي الأمير محمد بن نايف السفير الفرنسي أمس."
    names = [a[0] for a in _actors(text)[0]]
    assert "Mohammed bin Nayef" in names
    assert None not in names[:1]


def test_another_states_title_before_the_chain_keeps_the_name_apart():
    # near miss: the Egyptian minister is not the Saudi prince
    text = ("واستقبل وزير الخارجية المصري صاحب السمو الملكي الأمير محمد بن سلمان في القاهرة "
            "أمس.")
    actors = _actors(text)[0]
    assert (None, "EGY", "foreign_minister") in actors
    assert any(a[0] == "Mohammed bin Salman" and a[1] == "SAU" for a in actors)
