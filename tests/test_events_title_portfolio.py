"""A minister's nationality after a long portfolio («وزيرة التربية القومية والتعليم العالي
والبحث الفرنسية»): pipeline/events/mentions.py `_long_portfolio`, `_minister_portfolio_before`.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare


def _actors(text: str, home: str | None = None) -> list[tuple]:
    """(country or org, role, text) of each actor of the first sentence."""
    sents = _prepare(text, date(2016, 5, 1), home)
    return [(a.country or a.org, a.role, a.text) for a in sents[0].actors]


def _pairs(text: str) -> set:
    return {frozenset((e["actor1_country"], e["actor2_country"])) for e in extract_events(text)}


def test_a_feminine_minister_of_three_ministries_takes_her_nationality():
    text = ("استقبل وزير التربية التونسي أمس وزيرة التربية القومية والتعليم العالي والبحث "
            "الفرنسية في مكتبه.")
    assert _pairs(text) == {frozenset(("TUN", "FRA"))}


def test_ministries_joined_by_and_with_their_adjectives_reach_the_nationality():
    for text, pair in (
            ("استقبل الرئيس التونسي وزير التعليم العالي والبحث العلمي الفرنسي.", ("TUN", "FRA")),
            ("استقبل الرئيس المصري وزير الموارد المائية والري والطاقة الإثيوبي.", ("EGY", "ETH")),
            ("استقبل الرئيس المصري وزير الدولة للشؤون الخارجية والتعاون الدولي الإسباني.",
             ("EGY", "ESP"))):
        assert _pairs(text) == {frozenset(pair)}, text


def test_foreign_trade_in_a_portfolio_is_no_office_of_its_own():
    # «الخارجية» qualifies «التجارة»: not the foreign ministry, not another actor
    text = "استقبل الرئيس الفرنسي وزير الاقتصاد والمالية والتجارة الخارجية المغربي في باريس."
    actors = _actors(text)
    assert ("MAR", "minister", "وزير الاقتصاد والمالية والتجارة الخارجية المغربي") in actors
    assert _pairs(text) == {frozenset(("FRA", "MAR"))}


def test_a_counterpart_after_the_portfolio_keeps_his_nationality():
    # near-miss: «الفرنسي» is the counterpart's, not the first minister's
    for text in ("اجتمع وزير التعليم العالي مع نظيره الفرنسي في باريس.",
                 "اجتمع وزير التعليم العالي والبحث العلمي مع نظيره الفرنسي في باريس.",
                 "اجتمع وزير التربية الوطنية والتعليم العالي والبحث العلمي أمس مع نظيره "
                 "الفرنسي."):
        actors = _actors(text, home="TUN")
        assert [a[0] for a in actors] == ["TUN", "FRA"], text


def test_a_noun_in_li_after_the_portfolio_takes_the_nationality_itself():
    # «للجامعات الفرنسية»: the universities are French, the minister is not said to be
    text = "استقبل الرئيس المصري وزير التعليم العالي والبحث العلمي للجامعات الفرنسية أمس."
    assert not any(a[0] == "FRA" and a[1] == "minister" for a in _actors(text))


def test_an_object_after_the_title_is_no_portfolio():
    text = "بحث وزير الخارجية العلاقات الثنائية والتعاون الاقتصادي الفرنسي مع السفير."
    assert not any(a[0] == "FRA" for a in _actors(text, home="TUN"))


def test_a_nationality_after_a_ministry_is_no_surname():
    # «السوداني» after «وزير المياه» is Sudan's adjective, not a known person's family name
    for text in ("التقى الرئيس المصري وزير المياه السوداني في القاهرة.",
                 "التقى الرئيس المصري وزير الموارد المائية والكهرباء والري السوداني في "
                 "القاهرة."):
        assert _pairs(text) == {frozenset(("EGY", "SDN"))}, text


def test_a_nationality_after_a_definite_noun_is_its_adjective():
    # «الجيش السوداني»: Sudan's army, not Iraq's prime minister named by his family name
    assert _pairs("التقى الرئيس المصري وفد الجيش السوداني في القاهرة.") == {
        frozenset(("EGY", "SDN"))}


def test_a_surname_after_a_nationality_stays_the_person():
    # near-miss: «رئيس الوزراء العراقي السوداني» names him after his state's adjective
    text = "التقى الرئيس المصري رئيس الوزراء العراقي السوداني في القاهرة."
    assert _pairs(text) == {frozenset(("EGY", "IRQ"))}


def _iraq_named(text: str, year: int) -> bool:
    return any(a.country == "IRQ" for s in _prepare(text, date(year, 5, 1), None)
               for a in s.actors)


def test_a_nationality_before_the_namesake_held_office_is_the_adjective():
    # in 2016 «السوداني» alone is Sudan's adjective: Iraq's prime minister took office in 2022
    text = "وقال السوداني في مؤتمر صحفي إن المحادثات كانت مثمرة."
    assert not _iraq_named(text, 2016)
    # in his time, the surname that is also an adjective names him only after his full name
    assert not _iraq_named(text, 2023)
    assert _iraq_named("وصل رئيس الوزراء محمد شياع السوداني إلى القاهرة. " + text, 2023)
