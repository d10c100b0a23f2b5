"""A bare surname two office holders of one year share («بارو»: Gambia's president since 2017,
France's foreign minister since 2024) names the one the text named in full before, or the one
holding the office of the title right before it; with neither, the first listed, as before."""

from datetime import date

from pipeline.events import extract_events


def _events(text: str, published: str) -> list[tuple]:
    return [
        (
            e["event_type"],
            (e["actor1_country"], e["actor1_name"], e["actor1_role"]),
            (e["actor2_country"], e["actor2_name"], e["actor2_role"]),
        )
        for e in extract_events(text, date.fromisoformat(published))
    ]


GAMBIA = ("GMB", "Adama Barrow", "head_of_state")
FRANCE = ("FRA", "Jean-Noel Barrot", "foreign_minister")
SENEGAL_HEAD = ("SEN", None, "head_of_state")


def test_surname_after_the_full_name_in_the_same_sentence_is_that_person():
    events = _events(
        "استقبل رئيس غامبيا أداما بارو اليوم في بانجول الرئيس السنغالي، وقال بارو إن "
        "المحادثات كانت مثمرة.",
        "2025-02-10",
    )
    assert events == [("MEET", GAMBIA, SENEGAL_HEAD)]


def test_surname_in_a_later_sentence_is_the_person_named_in_full():
    gambia = _events(
        "وصل رئيس غامبيا أداما بارو أمس إلى العاصمة السنغالية دكار. "
        "واجتمع بارو خلال الزيارة مع الرئيس السنغالي.",
        "2025-02-10",
    )
    assert ("MEET", GAMBIA, SENEGAL_HEAD) in gambia
    france = _events(
        "وصل وزير الخارجية الفرنسي جان نويل بارو أمس إلى العاصمة السنغالية دكار. "
        "واجتمع بارو خلال الزيارة مع الرئيس السنغالي.",
        "2025-02-10",
    )
    assert ("MEET", FRANCE, SENEGAL_HEAD) in france


def test_surname_after_a_title_is_the_holder_of_its_office():
    assert _events("التقى الرئيس السنغالي أمس في دكار الرئيس بارو.", "2025-02-10") == [
        ("MEET", SENEGAL_HEAD, GAMBIA)
    ]
    assert _events(
        "التقى وزير الخارجية السعودي أمس في الرياض الوزير الفرنسي بارو.", "2025-02-10"
    ) == [("MEET", ("SAU", None, "foreign_minister"), FRANCE)]


def test_bare_surname_with_no_title_or_full_name_stays_the_first_listed():
    assert _events("التقى الرئيس السنغالي أمس في دكار بارو.", "2025-02-10") == [
        ("MEET", SENEGAL_HEAD, FRANCE)
    ]


def test_surname_in_years_only_one_or_neither_held_office():
    assert _events("التقى الرئيس السنغالي أمس في دكار بارو.", "2019-02-10") == [
        ("MEET", SENEGAL_HEAD, GAMBIA)
    ]
    assert _events("التقى الرئيس السنغالي أمس في دكار بارو.", "2015-02-10") == []
    # in 2015 a title and nationality name Gambia's head of state then, not Barrow
    assert _events("التقى الرئيس السنغالي أمس في دكار الرئيس الغامبي بارو.", "2015-02-10") == [
        ("MEET", SENEGAL_HEAD, ("GMB", None, "head_of_state"))
    ]
