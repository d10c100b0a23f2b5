"""Office holders the gazetteer missed beside contact words in the 2015-2017 news, and an envoy's
title in the construct state before the office that sends him. Sentences are invented
paraphrases; each has a near miss (another person of the same surname or given name, a title
of another state, a definite envoy that is no construct)."""

from __future__ import annotations

from pipeline.events import extract_events


def _events(text: str, published: str = "2015-07-18", home: str | None = "SAU") -> list[dict]:
    return extract_events(text, published=published, home=home)


def _sides(events: list[dict]) -> list[set[tuple]]:
    """Each event's two actors as (name, country or org, role)."""
    return [
        {
            (e[f"{k}_name"], e[f"{k}_country"] or e[f"{k}_org"], e[f"{k}_role"])
            for k in ("actor1", "actor2")
        }
        for e in events
    ]


def _named(events: list[dict], name: str) -> list[tuple]:
    return [a for sides in _sides(events) for a in sides if a[0] == name]


# ------------------------------------------------------------------------------ office holders


def test_czech_foreign_minister_named_after_his_title():
    events = _events(
        "يجري وزير الخارجية التشيكي لوبومير زاوراليك غدا اتصالا هاتفيا بنظيره الأردني."
    )
    assert [e["event_type"] for e in events] == ["CALL"]
    assert events[0]["status"] == "planned"
    assert _named(events, "Lubomir Zaoralek") == [("Lubomir Zaoralek", "CZE", "foreign_minister")]


def test_czech_foreign_minister_by_his_surname_alone():
    events = _events("التقى زاوراليك أمس وزير الخارجية الأردني في براغ.")
    assert _sides(events) == [
        {("Lubomir Zaoralek", "CZE", "foreign_minister"), (None, "JOR", "foreign_minister")}
    ]


def test_jordans_media_minister_by_name():
    events = _events("استقبل محمد المومني أمس السفير الأمريكي في عمان.")
    assert _sides(events) == [
        {("Mohammed al-Momani", "JOR", "minister"), (None, "USA", "official")}
    ]


def test_another_momani_is_not_the_minister():
    # near miss: the same family name with another given name names someone else
    events = _events("استقبل خالد المومني أمس السفير الأمريكي في عمان.")
    assert _named(events, "Mohammed al-Momani") == []
    assert all("JOR" not in {a[1] for a in sides} for sides in _sides(events))


def test_prince_turki_al_faisal_right_after_a_head_of_state():
    # the prince's title no longer joins the president's mention before it
    events = _events("استقبل الرئيس المصري الأمير تركي الفيصل أمس في القاهرة.")
    assert _sides(events) == [
        {(None, "EGY", "head_of_state"), ("Turki al-Faisal", "SAU", "official")}
    ]


def test_turkish_adjective_is_no_prince():
    # near miss: «التركي» after a minister's title is Turkey's, not the prince
    events = _events("استقبل الرئيس المصري أمس وزير الخارجية التركي في القاهرة.")
    assert _sides(events) == [{(None, "EGY", "head_of_state"), (None, "TUR", "foreign_minister")}]


def test_another_prince_turki_is_not_turki_al_faisal():
    # near miss: «تركي بن فيصل بن تركي» is another prince of the family
    events = _events("استقبل الرئيس المصري أمس الأمير تركي بن فيصل بن تركي في القاهرة.")
    assert _named(events, "Turki al-Faisal") == []
    assert _sides(events) == [{(None, "EGY", "head_of_state"), (None, "SAU", "official")}]


def test_malaysian_foreign_minister_by_name_alone():
    events = _events("التقى حنيفة أمان أمس وزير الخارجية الأردني في عمان.")
    assert _sides(events) == [
        {("Anifah Aman", "MYS", "foreign_minister"), (None, "JOR", "foreign_minister")}
    ]


def test_israeli_foreign_ministry_director_general():
    events = _events(
        "التقى دوري غولد المدير العام لوزارة الخارجية الإسرائيلية أمس نظيره التركي في روما.",
        published="2016-06-18",
    )
    assert [e["event_type"] for e in events] == ["MEET"]
    assert _named(events, "Dore Gold") == [("Dore Gold", "ISR", "official")]


def test_bahraini_foreign_minister_spelt_without_al():
    events = _events("استقبل الملك سلمان أمس الشيخ خالد بن أحمد الخليفة في جدة.")
    assert _named(events, "Khalid bin Ahmed Al Khalifa") == [
        ("Khalid bin Ahmed Al Khalifa", "BHR", "foreign_minister")
    ]


def test_another_khalid_bin_ahmed_is_not_the_bahraini_minister():
    # near miss: «خالد بن أحمد» with another family name
    events = _events("استقبل الرئيس اليمني أمس الشيخ خالد بن أحمد السديري في عدن.")
    assert _named(events, "Khalid bin Ahmed Al Khalifa") == []


# ----------------------------------------------------------------- an envoy sent by an office


def test_envoy_of_a_prime_minister_is_his_states_envoy():
    events = _events("التقى مبعوث رئيس الوزراء العراقي الرئيس التركي في أنقرة أمس.")
    assert _sides(events) == [{(None, "IRQ", "envoy"), (None, "TUR", "head_of_state")}]


def test_envoy_of_a_named_prime_minister_after_a_preposition():
    events = _events("التقى الرئيس السوري أمس بمبعوث رئيس الوزراء العراقي حيدر العبادي في دمشق.")
    assert _sides(events) == [{(None, "SYR", "head_of_state"), (None, "IRQ", "envoy")}]


def test_envoy_of_a_foreign_minister_is_no_foreign_minister():
    events = _events("استقبل الرئيس التركي مبعوث وزير الخارجية الفرنسي في أنقرة أمس.")
    assert _sides(events) == [{(None, "TUR", "head_of_state"), (None, "FRA", "envoy")}]


def test_envoy_of_a_king_named_with_his_state():
    events = _events("استقبل الرئيس التركي مبعوث ملك الأردن في أنقرة أمس.")
    assert _sides(events) == [{(None, "TUR", "head_of_state"), (None, "JOR", "envoy")}]


def test_a_definite_envoy_meets_the_prime_minister_after_him():
    # near miss: «المبعوث» is no construct: the prime minister after it is the one he meets
    events = _events("التقى المبعوث الأممي رئيس الوزراء العراقي في بغداد أمس.")
    assert _sides(events) == [{(None, "UN", "envoy"), (None, "IRQ", "head_of_government")}]
