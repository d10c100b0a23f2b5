"""A sentence that opens on a contact verb with no subject of its own («كما التقى أيضا Z»,
«وكان قد التقى Z», «كما كانت التقت Z») goes on with the subject of the contact the sentence
before told, when the verb agrees with it in gender; the ones after the verb are its objects,
never a pair of their own. Sentences are invented paraphrases."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

HOST = "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض اليوم نظيره الفرنسي. "
HOSTESS = "التقت وزيرة الخارجية الألمانية أنالينا بيربوك في برلين اليوم وزير الخارجية المصري. "


def _events(text: str, published: str = "2024-03-10", home: str | None = "SAU") -> list[dict]:
    return extract_events(text, published=published, home=home)


def _pairs(events: list[dict]) -> set[tuple]:
    return {
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in events
    }


def _with(events: list[dict], country: str) -> dict:
    found = [e for e in events if country in (e["actor1_country"], e["actor2_country"])]
    assert len(found) == 1, events
    return found[0]


def test_kama_iltaqa_carries_the_host():
    ev = _events(HOST + "كما التقى وزير الدفاع الألماني.")
    assert ("MEET", "SAU", "foreign_minister", "DEU", "defense_minister") in _pairs(ev)


def test_kama_istaqbala_carries_the_host():
    ev = _events(HOST + "كما استقبل رئيس الوزراء الإيطالي.")
    meet = _with(ev, "ITA")
    assert (meet["actor1_country"], meet["actor1_role"]) == ("SAU", "foreign_minister")
    assert meet["actor2_role"] == "head_of_government"
    assert meet["status"] == "reported"


def test_wa_iltaqa_aydan_carries_the_host():
    ev = _events(HOST + "والتقى أيضا وزير الدفاع الألماني.")
    assert ("MEET", "SAU", "foreign_minister", "DEU", "defense_minister") in _pairs(ev)


def test_wa_kana_qad_iltaqa_keeps_its_own_day():
    ev = _events(HOST + "وكان قد التقى وزير الدفاع الألماني أمس.")
    meet = _with(ev, "DEU")
    assert meet["actor1_country"] == "SAU"
    assert meet["event_date"] == date(2024, 3, 9)


def test_kama_bahatha_maa_carries_the_host():
    ev = _events(HOST + "كما بحث مع وزير الدفاع الألماني العلاقات الثنائية.")
    assert ("MEET", "SAU", "foreign_minister", "DEU", "defense_minister") in _pairs(ev)


def test_feminine_verb_carries_a_woman_and_objects_are_no_pair():
    ev = _events(HOSTESS + "كما التقت سفراء السويد والدنمارك.")
    pairs = _pairs(ev)
    assert ("MEET", "DEU", "foreign_minister", "SWE", "official") in pairs
    assert ("MEET", "DEU", "foreign_minister", "DNK", "official") in pairs
    assert not any({"SWE", "DNK"} == {p[1], p[3]} for p in pairs)


def test_kama_kanat_iltaqat_carries_a_woman():
    ev = _events(HOSTESS + "كما كانت التقت وزير الخارجية الأردني.")
    meet = _with(ev, "JOR")
    assert (meet["actor1_country"], meet["actor1_role"]) == ("DEU", "foreign_minister")


def test_subject_named_after_the_verb_is_its_own():
    ev = _events(HOSTESS + "كما التقى وزير الخارجية الأردني نظيره العراقي.")
    assert ("MEET", "JOR", "foreign_minister", "IRQ", "foreign_minister") in _pairs(ev)
    assert not any("DEU" in (p[1], p[3]) and "JOR" in (p[1], p[3]) for p in _pairs(ev))


def test_subject_named_before_a_with_object_is_its_own():
    ev = _events(HOST + "كما التقى وزير الدفاع الألماني مع نظيره الفرنسي.")
    pairs = _pairs(ev)
    assert ("MEET", "DEU", "defense_minister", "FRA", "defense_minister") in pairs
    assert not any(p[1] == "SAU" and p[3] == "DEU" for p in pairs)


def test_feminine_verb_does_not_carry_a_man():
    ev = _events(HOST + "كما التقت وزير الدفاع الألماني.")
    assert not any("DEU" in (e["actor1_country"], e["actor2_country"]) for e in ev)


def test_sentence_before_without_a_contact_carries_nothing():
    ev = _events(
        "قال وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم إن العلاقات جيدة. "
        "كما التقى وزير الدفاع الألماني."
    )
    assert ev == []


def test_carried_contact_keeps_the_day_of_the_sentence_before():
    ev = _events(
        "وفي يوم الخميس 5 مارس استقبل وزير الخارجية السعودي سفير المملكة في عمان. "
        "واستقبل رئيس وزراء اليابان في الرياض.",
        published="2015-07-21",
    )
    meet = _with(ev, "JPN")
    assert (meet["actor1_country"], meet["actor1_role"]) == ("SAU", "foreign_minister")
    assert meet["event_date"] == date(2015, 3, 5)
