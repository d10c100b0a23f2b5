"""«سموه» styles a prince or a ruling family's sheikh, never a Gulf minister from outside it
(styled «معالي»): named after the prince, such a minister is not its referent (roles.yaml
honorific_pronouns, `not_people`)."""

from __future__ import annotations

from datetime import date

from configs import load_yaml
from pipeline.events.gazetteer import GAZETTEER_DIR
from tests.support.events import actors_by_sentence


def _actors(text: str, published=date(2015, 8, 1), home: str | None = None) -> list[list]:
    """Per sentence: (name, country or org, role) of each actor."""
    return actors_by_sentence(text, published, home)


def test_samuwwuhu_skips_a_commoner_minister_named_after_the_prince():
    text = ("غادر صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع القاهرة "
            "يرافقه وزير الخارجية عادل الجبير. "
            "وبعث سموه برقية شكر للرئيس المصري بعد انتهاء زيارة سموه لمصر.")
    third = _actors(text)[1]
    assert ("Mohammed bin Salman", "SAU", "defense_minister") in third
    assert all(a[0] != "Adel al-Jubeir" for a in third)


def test_samuwwuhu_still_names_a_prince_who_is_a_minister():
    # near miss: a prince who holds a ministry is «سموه» (Saud al-Faisal, foreign minister)
    text = ("وصل وزير الخارجية الأمير سعود الفيصل إلى القاهرة. "
            "والتقى سموه بالرئيس المصري.")
    assert ("Saud al-Faisal", "SAU", "foreign_minister") in _actors(text)[1]


def test_the_commoners_listed_are_gulf_people_of_the_gazetteer():
    roles = load_yaml(GAZETTEER_DIR / "roles.yaml")
    actors = load_yaml(GAZETTEER_DIR / "actors.yaml")
    country = {a["en"]: a.get("country") for a in actors}
    spec = roles["honorific_pronouns"]["سموه"]
    for name in spec["not_people"]:
        assert country.get(name) in spec["countries"], name
