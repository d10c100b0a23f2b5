"""Branches of the round's rules that no other test reaches: a judged contact noun dated by its
own relative clause beyond the reach of its phrase, and a later stop of a tour told as done,
whose week before the first stop's day may run into the month before. Sentences written for
these tests (not corpus text)."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _visits(text: str, published: str) -> dict:
    """location -> (status, visitor's country, date, precision) of each visit."""
    return {
        e["location_name"]: (
            e["status"],
            e["actor1_country"],
            e["event_date"],
            e["date_precision"],
        )
        for e in extract_events(text, published=published)
        if e["event_type"] == "VISIT"
    }


def test_a_judged_visit_is_dated_by_its_relative_clause_beyond_its_phrase():
    # the day stands nine words after the noun: only the relative clause «التي قام بها» dates it
    got = _visits(
        "ووصف رئيس البرلمان الزيارة الرسمية الأولى التي قام بها الوزير الفرنسي إلى الجزائر "
        "أمس بأنها ناجحة.",
        "2015-08-05",
    )
    assert got == {"Algeria": ("reported", "FRA", date(2015, 8, 4), "day")}


TOUR_DONE = "أنهى وزير الخارجية اليمني رياض ياسين أمس جولة أوروبية شملت بريطانيا وبلجيكا وفرنسا."


def test_later_stops_of_a_tour_done_early_in_the_month_take_no_date():
    # a tour told as done may be listed in another order than it went: the week before the
    # first stop's day runs into April, so the later stops' month is not known
    got = _visits(TOUR_DONE, "2016-05-03")
    assert got["United Kingdom"] == ("reported", "YEM", date(2016, 5, 2), "day")
    assert got["Belgium"] == ("reported", "YEM", None, None)
    assert got["France"] == ("reported", "YEM", None, None)


def test_near_miss_later_stops_of_a_tour_done_mid_month_take_no_date():
    got = _visits(TOUR_DONE, "2016-05-20")
    assert got["United Kingdom"] == ("reported", "YEM", date(2016, 5, 19), "day")
    assert got["Belgium"] == ("reported", "YEM", None, None)
    assert got["France"] == ("reported", "YEM", None, None)


def _meet_sides(text: str, published: str) -> set:
    """(name, role) of both sides of the only meeting."""
    meets = [
        e
        for e in extract_events(text, published=published, home="SAU")
        if e["event_type"] == "MEET"
    ]
    assert len(meets) == 1, meets
    e = meets[0]
    return {(e["actor1_name"], e["actor1_role"]), (e["actor2_name"], e["actor2_role"])}


def test_mekdad_spelt_without_the_article():
    sides = _meet_sides(
        "التقى وزير الخارجية السوري فيصل مقداد أمس وزير الخارجية الإيراني محمد جواد ظريف.",
        "2021-03-02",
    )
    assert ("Faisal Mekdad", "foreign_minister") in sides


def test_poroshenko_spelt_without_the_yeh_is_named_bare():
    sides = _meet_sides("واستقبل بوروشنكو أمس وزير الخارجية عادل الجبير في كييف.", "2016-03-02")
    assert sides == {("Petro Poroshenko", "head_of_state"), ("Adel al-Jubeir", "foreign_minister")}


def test_a_visit_the_judging_is_told_during_keeps_its_day():
    # «خلال زيارته» is when the minister judged, not what he judged: the sentence's day dates it
    got = _visits(
        "ووصف وزير الخارجية الفرنسي اليوم خلال زيارته إلى الجزائر العلاقات بأنها ممتازة.",
        "2015-08-05",
    )
    assert got == {"Algeria": ("reported", "FRA", date(2015, 8, 5), "day")}
