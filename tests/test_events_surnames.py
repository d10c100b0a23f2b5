"""Surnames that are also common words or other people's names: who a bare surname names, and
where it names no one.

Actors named by a word that is also something else, and honorific pronouns.

A definite surname that is also an adjective («العربي» of «نبيل العربي») names the person
alone after the article named him in full, except as an adjective of the noun before it.

A definite surname that is also a common word («العربي» of «نبيل العربي») names the person
alone after a meeting verb that carries و («والتقى العربي»), as it does after the bare verb; the
verb-subject memory of «كما تلقى سموه» keeps its own key for verbs it repeats.

A bare surname two office holders of one year share («بارو»: Gambia's president since 2017,
France's foreign minister since 2024) names the one the text named in full before, or the one
holding the office of the title right before it; with neither, the first listed, as before.

A surname that is also others' given name names the office holder the text named in full.

A surname two office holders share names the French foreign minister alone, the one of the
nationality before it, or the one in office that year.
"""

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.events.extract import _prepare
from pipeline.events.gazetteer import load_gazetteer
from pipeline.events.mentions import _surname_claims
from pipeline.text.normalize import normalize_arabic


def _pairs(text, published="2023-05-01", home=None):
    return [
        {
            (e["actor1_name"], e["actor1_country"], e["actor1_role"]),
            (e["actor2_name"], e["actor2_country"], e["actor2_role"]),
        }
        for e in extract_events(text, published, home=home)
    ]


def test_nationality_list_is_no_surname():
    # «السوداني» after another nationality adjective is Sudan's, not Iraq's prime minister
    text = "اجتمع الرئيسان المصري والسوداني في القاهرة أمس وبحثا تطورات الأوضاع."
    events = extract_events(text, "2023-05-01")
    assert events
    assert all(e["actor2_country"] != "IRQ" and e["actor1_country"] != "IRQ" for e in events)
    assert any(e["actor2_country"] == "SDN" for e in events)


def test_adjective_surname_alone_without_full_name():
    # no full name before: the bare adjective names nobody the gazetteer knows
    text = "بحث الرئيس السيسي مع السوداني الأوضاع في المنطقة خلال لقاء في القاهرة."
    for e in extract_events(text, "2023-05-01"):
        assert "Mohammed Shia al-Sudani" not in (e["actor1_name"], e["actor2_name"])


def test_adjective_surname_after_full_name():
    # after «محمد شياع السوداني», the bare surname names him again
    text = (
        "تتعرض الحكومة لضغوط على رئيس الوزراء العراقي محمد شياع السوداني. وقال مسؤول إن "
        "السوداني خلال لقاء وزير الخارجية الأمريكي أنتوني بلينكن أبدى تقديره."
    )
    for published in (None, "2024-01-10"):
        pairs = _pairs(text, published)
        assert {
            ("Mohammed Shia al-Sudani", "IRQ", "head_of_government"),
            ("Antony Blinken", "USA", "foreign_minister"),
        } in pairs


def test_full_name_then_nationality_list():
    text = (
        "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الأمريكي أنتوني بلينكن "
        "في بغداد. والتقى الرئيسان المصري والسوداني في القاهرة أمس."
    )
    events = extract_events(text, "2023-05-01")
    egypt = [e for e in events if e["actor1_country"] == "EGY"]
    assert egypt and all(e["actor2_country"] == "SDN" and e["actor2_name"] is None for e in egypt)


def test_honorific_pronoun_not_a_prince():
    # «معاليه» is the foreign minister, not the prince (styled «سمو») named after him
    text = (
        "أوضح وزير الخارجية عادل الجبير أن لقاء وزير الخارجية البحريني خالد بن أحمد أمس مع "
        "ولي العهد الأمير محمد بن نايف وزير الداخلية تناول العلاقات. وأشار معاليه خلال "
        "المؤتمر الصحفي الذي عقده اليوم مع نظيره البحريني إلى عمق العلاقات."
    )
    events = extract_events(text, "2015-07-23", home="SAU")
    press = [e for e in events if e["event_type"] == "PRESS_CONFERENCE"]
    assert press
    assert press[0]["actor1_name"] == "Adel al-Jubeir"
    assert press[0]["actor1_role"] == "foreign_minister"
    assert press[0]["actor2_country"] == "BHR"


def test_honorific_pronoun_not_the_counterparts_state():
    # the last one named who takes «معالي» is the guest: the counterpart's state rules him out
    text = (
        "التقى وزير الخارجية عادل الجبير في جدة أمس وزير الخارجية الأردني ناصر جودة. "
        "وأشار معاليه خلال المؤتمر الصحفي المشترك مع نظيره الأردني إلى تطابق المواقف."
    )
    events = extract_events(text, "2015-07-23", home="SAU")
    press = [e for e in events if e["event_type"] == "PRESS_CONFERENCE"]
    assert press
    assert {press[0]["actor1_name"], press[0]["actor2_country"]} == {"Adel al-Jubeir", "JOR"}


def test_assistant_secretary_general_is_no_head():
    # «الأمين العام المساعد»: an official of the organisation, not its secretary-general
    text = (
        "التقى الأمين العام المساعد للجامعة العربية للشؤون السياسية في القاهرة أمس السفير الصيني."
    )
    events = extract_events(text, "2015-07-27", home="EGY")
    assert events
    assert events[0]["actor1_org"] == "ARAB_LEAGUE"
    assert events[0]["actor1_role"] == "official"
    # near-miss: the secretary-general himself is the head
    text = "استقبل الأمين العام لجامعة الدول العربية نبيل العربي في القاهرة أمس السفير الصيني."
    events = extract_events(text, "2015-07-27", home="EGY")
    assert events and events[0]["actor1_role"] == "organization_head"


def _actors(text, year):
    return [(a.name, a.country) for s in _prepare(text, date(year, 6, 1), None) for a in s.actors]


def _names(text, year):
    """The names of the actors found in `text` published in `year`, in order."""
    return [a[0] for a in _actors(text, year)]


def test_surname_alone_before_every_office_names_nobody():
    # «الصفدي» in 2015: Jordan's foreign minister only from 2017, so someone else
    text = "التقى وزير الخارجية السعودي عادل الجبير بالصفدي في عمان أمس."
    assert ("Ayman Safadi", "JOR") not in _actors(text, 2015)
    assert not extract_events(text, "2015-06-01")
    # near-misses: in his years the surname alone names him, and before them after his full name
    assert ("Ayman Safadi", "JOR") in _actors(text, 2018)
    assert {
        ("Adel al-Jubeir", "SAU", "foreign_minister"),
        ("Ayman Safadi", "JOR", "foreign_minister"),
    } in _pairs(text, "2018-06-01")
    named = "تحدث الصحفي أيمن الصفدي عن الزيارة. " + text
    assert ("Ayman Safadi", "JOR") in _actors(named, 2015)[1:]


PUBLISHED = date(2015, 7, 31)
FULL = "أكد الأمين العام لجامعة الدول العربية نبيل العربي أهمية العمل العربي المشترك. "


def _pairs_adj(text: str) -> list[tuple]:
    out = []
    for e in extract_events(text, PUBLISHED):
        sides = tuple(
            sorted(
                (e[f"actor{k}_country"] or e[f"actor{k}_org"] or "", e[f"actor{k}_role"] or "")
                for k in (1, 2)
            )
        )
        out.append((e["event_type"], e["status"], sides, e["event_date"]))
    return out


def _claims(name: str) -> list[str]:
    return _surname_claims(tuple(normalize_arabic(name).split()), load_gazetteer())


def test_bare_surname_after_full_name_is_the_person():
    text = FULL + (
        "والتقى المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد العربي في القاهرة "
        "أمس لبحث الأزمة اليمنية."
    )
    assert (
        "MEET",
        "reported",
        (("ARAB_LEAGUE", "organization_head"), ("UN", "envoy")),
        date(2015, 7, 30),
    ) in _pairs_adj(text)


def test_bare_surname_after_a_preposition():
    text = FULL + (
        "وعقد المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد مؤتمرا صحفيا مشتركا "
        "مع العربي أمس في القاهرة."
    )
    assert (
        "PRESS_CONFERENCE",
        "reported",
        (("ARAB_LEAGUE", "organization_head"), ("UN", "envoy")),
        date(2015, 7, 30),
    ) in _pairs_adj(text)


def test_bare_surname_without_full_name_names_nobody():
    text = (
        "والتقى المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد العربي في القاهرة أمس "
        "لبحث الأزمة اليمنية."
    )
    assert not any("ARAB_LEAGUE" in dict(p[2]) for p in _pairs_adj(text))


def test_adjective_after_a_possessed_noun_is_no_person():
    for tail in (
        "واستقبل الرئيس المصري عبد الفتاح السيسي أمس في القاهرة شباب وطننا العربي.",
        "والتقى الرئيس المصري عبد الفتاح السيسي أمس بممثلي شعبنا العربي في القاهرة.",
    ):
        assert not any("ARAB_LEAGUE" in dict(p[2]) for p in _pairs_adj(FULL + tail))


def test_claims_of_definite_word_surnames():
    assert _claims("نبيل العربي") == [normalize_arabic("العربي")]
    assert _claims("علي محسن الأحمر") == [normalize_arabic("الأحمر")]
    # the end of a compound name, and an ordinal, never stand alone for the person
    assert _claims("متعب بن عبد الله") == []
    assert _claims("حسن نصر الله") == []
    assert _claims("الملكة إليزابيث الثانية") == []


def test_bare_surname_later_in_the_same_sentence():
    text = (
        "تسلم الأمين العام لجامعة الدول العربية نبيل العربي رسالة نقلها المبعوث الأممي "
        "إلى اليمن إسماعيل ولد الشيخ أحمد الذي التقى العربي في القاهرة أمس."
    )
    assert (
        "MEET",
        "reported",
        (("ARAB_LEAGUE", "organization_head"), ("UN", "envoy")),
        date(2015, 7, 30),
    ) in _pairs_adj(text)


def test_adjective_in_the_same_sentence_is_no_second_person():
    text = (
        "أكد الأمين العام لجامعة الدول العربية نبيل العربي خلال لقائه وزير الخارجية "
        "الأردني ناصر جودة أمس أهمية العمل العربي المشترك."
    )
    assert _pairs_adj(text) == [
        (
            "MEET",
            "reported",
            (("ARAB_LEAGUE", "organization_head"), ("JOR", "foreign_minister")),
            date(2015, 7, 30),
        )
    ]


PUBLISHED_WAW = date(2015, 8, 3)
FIRST = "استقبل وزير الخارجية المصري سامح شكري أمس الأمين العام لجامعة الدول العربية نبيل العربي. "


def _pairs_waw(text: str) -> set:
    return {
        (e["event_type"], e["actor1_name"], e["actor2_name"])
        for e in extract_events(text, PUBLISHED_WAW, home="EGY")
    }


def test_surname_after_a_meeting_verb_with_waw_names_the_person():
    got = _pairs_waw(FIRST + "والتقى العربي أمس وزير الخارجية الأردني ناصر جودة.")
    assert ("MEET", "Nabil Elaraby", "Nasser Judeh") in got


def test_surname_after_the_bare_meeting_verb_names_the_person():
    got = _pairs_waw(FIRST + "كما التقى العربي أمس وزير الخارجية الأردني ناصر جودة.")
    assert ("MEET", "Nabil Elaraby", "Nasser Judeh") in got


def test_common_word_after_another_definite_word_names_no_one():
    # «العمل العربي المشترك»: the adjective, not the secretary-general
    got = _pairs_waw(FIRST + "وبحث الوزير الأردني ناصر جودة العمل العربي المشترك.")
    assert not any("Nabil Elaraby" in p and "Nasser Judeh" in p for p in got)


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


def _events_post(text, published="2015-08-05"):
    return extract_events(text, published)


def test_bare_surname_after_full_name_is_invitation_host():
    evs = _events_post(
        "وصل الرئيس اليمني عبد ربه منصور هادي إلى الرياض أمس. ويزور الرئيس السوداني عمر "
        "البشير القاهرة بدعوة من هادي."
    )
    visits = [e for e in evs if e["actor1_name"] == "Omar al-Bashir"]
    assert visits and visits[0]["actor2_name"] == "Abdrabbuh Mansur Hadi", evs


def test_bare_surname_after_full_name_is_call_party():
    evs = _events_post(
        "التقى الرئيس الفلسطيني محمود عباس وزير الخارجية الأمريكي جون كيري في عمان. وتلقى "
        "عباس اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند."
    )
    calls = [e for e in evs if e["event_type"] == "CALL"]
    assert calls, evs
    assert {calls[0]["actor1_name"], calls[0]["actor2_name"]} == {
        "Mahmoud Abbas",
        "Francois Hollande",
    }


def test_bare_surname_after_lineage_word_is_a_father():
    evs = _events_post(
        "استقبل الرئيس اليمني عبد ربه منصور هادي السفير الأمريكي في الرياض. وقال علي بن "
        "هادي إن الوفد سيزور القاهرة."
    )
    assert not [
        e
        for e in evs
        if e["actor1_name"] == "Abdrabbuh Mansur Hadi"
        and e["event_type"] == "VISIT"
        and e["location_country"] == "EGY"
    ]


def test_former_holder_surname_that_is_a_given_name_names_nobody_alone():
    evs = _events_post(
        "وقال الرئيس اليمني السابق علي عبد الله صالح إن الحرب طويلة. هل تذكرون لقاء أحمد علي "
        "صالح بالأمير محمد بن سلمان في الرياض قبل بدء العملية."
    )
    assert not [
        e
        for e in evs
        if "Ali Abdullah Saleh" in (e["actor1_name"], e["actor2_name"])
        and e["event_type"] == "MEET"
    ], evs


def _sides_of(text: str, published: str) -> list[tuple]:
    return [
        ((e["actor1_country"], e["actor1_name"]), (e["actor2_country"], e["actor2_name"]))
        for e in extract_events(text, date.fromisoformat(published))
    ]


def test_bare_surname_of_the_french_foreign_minister_names_him():
    sides = _sides_of(
        "اجتمع بارو مع فيصل بن فرحان أمس في الرياض وبحثا التحضير للمؤتمر.", "2025-04-16"
    )
    assert sides == [(("FRA", "Jean-Noel Barrot"), ("SAU", "Faisal bin Farhan"))]


def test_shared_surname_after_a_nationality_is_that_states_person():
    sides = _sides_of(
        "استقبل الرئيس الغامبي بارو اليوم في بانجول وزير الخارجية السنغالي.", "2025-02-10"
    )
    assert len(sides) == 1
    assert sides[0][0] == ("GMB", "Adama Barrow")
    assert sides[0][1][0] == "SEN"


def test_shared_surname_in_a_year_only_one_of_them_held_office():
    sides = _sides_of("استقبل الرئيس السنغالي ماكي سال اليوم في دكار بارو.", "2017-02-10")
    assert sides == [(("SEN", "Macky Sall"), ("GMB", "Adama Barrow"))]


# ------------------- a nationality adjective after a title's given name: the family name


def _nisba_pairs(text):
    from pipeline.events import extract_events
    return [(e["actor1_country"], e["actor2_country"], e["actor2_role"])
            for e in extract_events(text, "2015-08-04", home="SAU")]


def test_nationality_adjective_after_a_given_name_is_a_family_name():
    # «أحمد التركي»: a minister named Ahmed al-Turki, not Turkey's minister
    assert ("EGY", "TUR", "minister") not in _nisba_pairs(
        "استقبل الرئيس السيسي أمس وزير الصحة أحمد التركي.")
    assert not _nisba_pairs("التقى ولي العهد السعودي أمس السفير محمد العراقي.")


def test_nationality_adjective_after_the_title_is_the_state():
    # near misses: the adjective right after the title or its portfolio names the state
    assert _nisba_pairs("استقبل الرئيس السيسي أمس وزير المياه السوداني.") == [
        ("EGY", "SDN", "minister")]
    assert _nisba_pairs("استقبل الرئيس السيسي أمس وزير الصحة التركي أحمد دمير.") == [
        ("EGY", "TUR", "minister")]


def test_indefinite_nationality_after_an_indefinite_adjective_is_the_state():
    # near miss: «وفد برلماني فرنسي»: an adjective, then the delegation's nationality
    from pipeline.events import extract_events
    got = [(e["event_type"], e["actor1_country"], e["actor1_role"])
           for e in extract_events("وزار وفد برلماني فرنسي سوريا أمس.", "2015-08-04", home="SAU")]
    assert got == [("VISIT", "FRA", "delegation")]


def test_surname_that_is_no_common_word_names_him_after_a_verb_ending_in_a_pronoun():
    # «العبادي» is no adjective: after a verb ending in «ه» or with an object pronoun it is
    # still the prime minister named in full before
    text = (
        "أعلن رئيس الوزراء العراقي حيدر العبادي أمس حزمة إصلاحات جديدة. "
        "وسيواجه العبادي صعوبات كبيرة. ومن القرارات التي أعلنها العبادي دمج الوزارات."
    )
    actors = _actors(text, 2015)
    assert actors.count(("Haider al-Abadi", "IRQ")) == 3, actors


def test_common_word_surname_after_a_possessed_noun_still_names_no_one():
    # near-miss: «العربي» is an adjective after «وطننا», as before
    text = FULL + "وسيواجه وطننا العربي صعوبات كبيرة."
    assert [a for a in _actors(text, 2015) if a[0] == "Nabil Elaraby"] == [
        ("Nabil Elaraby", None)
    ]


def test_common_word_surname_after_a_noun_ending_in_ta_marbuta_names_him():
    # «سياسة العربي» is his policy: «ة» is no possessive pronoun, though it is written «ه»
    # once normalised; «سياسته العربي» stays an adjective of a possessed noun
    count = [a for a in _actors(FULL + "وأشاد الوزراء أمس بسياسة العربي.", 2015)
             if a[0] == "Nabil Elaraby"]
    assert len(count) == 2, count
    count = [a for a in _actors(FULL + "وأشاد الوزراء أمس بسياسته العربي.", 2015)
             if a[0] == "Nabil Elaraby"]
    assert len(count) == 1, count


def test_shared_surname_names_the_one_named_in_full_though_out_of_office():
    # in 2016 Raul held the office, but the text named Fidel in full: a bare «كاسترو» is Fidel
    text = (
        "نعى الرئيس الفنزويلي الزعيم الكوبي فيدل كاسترو. وكان الرئيس الفنزويلي قد التقى "
        "كاسترو في هافانا قبل سنوات."
    )
    names = _names(text, 2016)
    assert names.count("Fidel Castro") == 2 and "Raul Castro" not in names, names
    # near-misses: with no full name the holder of that year; named in full, Raul
    assert "Raul Castro" in _names("التقى الرئيس الفنزويلي كاسترو.", 2016)
    raul = "استقبل الرئيس الكوبي راؤول كاسترو الوفد. وقال كاسترو إن اللقاء مثمر."
    assert _names(raul, 2016).count("Raul Castro") == 2


_RABIAH = ("وصل وزير الصحة السعودي توفيق الربيعة أمس إلى جدة.", "الربيعة")
_ATTIYAH = ("استقبل وزير الدفاع القطري خالد العطية أمس وفدا عسكريا.", "العطية")


@pytest.mark.parametrize("full,before,name,year", [
    (_RABIAH, "الدكتور", "Tawfiq al-Rabiah", 2016),  # an honorific (grammar.yaml)
    (_ATTIYAH, "اللواء", "Khalid al-Attiyah", 2017),  # a rank: a word of the lexicons
    (_ATTIYAH, "الفريق", "Khalid al-Attiyah", 2017),
    (_ATTIYAH, "العميد", "Khalid al-Attiyah", 2017),
])
def test_surname_after_a_name_honorific_or_rank_names_the_person(full, before, name, year):
    full, surname = full
    # «الدكتور الربيعة», «اللواء العطية»: an honorific or a rank before the surname of a
    # person named in full is no noun the surname would qualify
    assert _names(f"{full} وأكد {before} {surname} أهمية التعاون.", year).count(name) == 2
    # near-miss: after a definite noun of no lexicon the word is still its adjective
    assert _names(f"{full} وأكد الطبيب {surname} ذلك.", year).count(name) == 1


def test_surname_that_opens_other_peoples_names_names_the_one_named_in_full():
    # «ياسين» opens other people's names the gazetteer knows; after «رياض ياسين» the bare
    # word is the foreign minister, with no title of his listed by it
    text = (
        "وصل وزير الخارجية اليمني رياض ياسين أمس إلى الرياض. والتقى ياسين نظيره السعودي "
        "عادل الجبير."
    )
    assert ("Riad Yassin", "YEM") in _actors(text, 2015)[1:], _actors(text, 2015)
    assert {
        ("Riad Yassin", "YEM", "foreign_minister"),
        ("Adel al-Jubeir", "SAU", "foreign_minister"),
    } in _pairs(text, "2015-07-01")


def test_very_common_given_name_ending_a_full_name_names_no_one_alone():
    # near-miss: «أحمد» opens too many names to stand for «إسماعيل ولد الشيخ أحمد»
    text = (
        "وصل المبعوث الأممي إسماعيل ولد الشيخ أحمد أمس إلى الرياض. والتقى أحمد سالم "
        "وزير الخارجية السعودي عادل الجبير."
    )
    assert [a for a in _actors(text, 2015) if a[0] == "Ismail Ould Cheikh Ahmed"] == [
        ("Ismail Ould Cheikh Ahmed", None)
    ]


def test_claimed_surname_after_another_given_name_is_a_namesake():
    # «مريم شريف» after «نواز شريف»: his daughter, not him; «والتقى شريف» is him
    text = (
        "وصل رئيس الوزراء الباكستاني نواز شريف أمس إلى كابول. وكانت مريم شريف في السيارة. "
        "والتقى شريف الرئيس الأفغاني."
    )
    names = _names(text, 2015)
    assert names.count("Nawaz Sharif") == 2, names


def test_a_fixed_phrase_of_a_preposition_and_the_surname_names_no_one():
    # «لصالح» ("in favour of"), «بسلام» ("in peace"): a preposition glued to a word that is
    # also a surname named in full before («عقيلة صالح», «تمام سلام») is no mention of him
    text = "استقبل رئيس مجلس النواب الليبي عقيلة صالح أمس وفدا. وصوت المجلس لصالح الحكومة."
    assert _names(text, 2016).count("Aguila Saleh") == 1
    text = "التقى رئيس الوزراء اللبناني تمام سلام أمس وفدا. وانتهت الجلسة بسلام."
    assert _names(text, 2015).count("Tammam Salam") == 1
    # near-miss: the bare surname is still him
    text = "استقبل رئيس مجلس النواب الليبي عقيلة صالح أمس وفدا. وقال صالح إن اللقاء مثمر."
    assert _names(text, 2016).count("Aguila Saleh") == 2
