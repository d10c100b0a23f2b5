"""Roles of actors: titles cut from their holder, leaders of blocs, representatives, deputies
and assistants, secretaries of state, envoys of a body.

Roles of actors: titles cut from their holder, plural leaders of a bloc, a head's
representative (pipeline/events/mentions.py, configs/gazetteer/roles.yaml, orgs.yaml).

Sentences written for these tests (not corpus text).

Actors' roles: plural non-state bodies, a special coordinator, secretaries of state, «لدى»,
speakers, envoys of a fixed office.

Actors and roles: a deputy of an envoy, an assistant named after her title, office holders the
unlabelled news names beside contact words. Sentences are invented paraphrases.

An organisation's or a bloc's envoy is that body's, with role envoy.

The international envoy is the UN's envoy; the adjective elsewhere names no one.

A bare vice president is the home state's only in a republic's paper; an envoy of a named
president is of his state, a message to him makes no envoy of his.

A deputy's word right before a known person's name («نائبه ميخائيل بوغدانوف») is the office the
text names for him: an official, not the envoy the gazetteer knows him as; named bare, he keeps
the gazetteer's office.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare
from tests.support.events import role_pairs


def _actors(text: str, published=date(2015, 8, 6), home: str | None = "SAU") -> list[tuple]:
    """(country or org, role) of each actor of every sentence."""
    return [(a.country or a.org, a.role) for s in _prepare(text, published, home)
            for a in s.actors]


def _pairs(text: str, published="2015-08-06", home: str | None = "SAU") -> set:
    return role_pairs(text, published, home)


# ------------------------------------------------- a time word ends a title's construct

def test_a_time_word_after_the_last_title_leaves_the_state_to_the_verb():
    # «وزير الدفاع اليوم المملكة ...»: nothing comes between a noun and its genitive; the
    # kingdom is what he left, and the title is the prince's
    text = ("غادر الأمير فهد بن خالد ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
            "اليوم المملكة الأردنية الهاشمية بعد زيارة رسمية لها.")
    actors = _actors(text)
    assert ("SAU", "defense_minister") in actors
    assert ("JOR", "defense_minister") not in actors


def test_a_state_right_after_a_construct_title_is_still_its_state():
    # near miss: no time word between, the construct title governs the state's name
    text = "وصل وزير دفاع المملكة الأردنية الهاشمية اليوم إلى الرياض في زيارة رسمية."
    assert ("JOR", "defense_minister") in _actors(text)


# ------------------------------------------------------- leaders of the Gulf states

def test_leaders_of_the_gulf_states_are_the_council_heads():
    text = "استضاف الرئيس الأمريكي في مايو الماضي قمة مع قادة دول الخليج في كامب ديفيد."
    assert ("GCC", "head_of_state") in _actors(text)


def test_the_gulf_region_is_no_council():
    # near miss: «منطقة الخليج» is a region, not the states' council
    text = "وصل وزير الخارجية الأمريكي إلى منطقة الخليج في جولة تشمل عدة دول."
    assert "GCC" not in {c for c, _ in _actors(text)}


def test_leaders_of_the_euro_area_are_the_union_heads():
    text = "توصل زعماء منطقة اليورو إلى اتفاق مع اليونان بعد مفاوضات استمرت 17 ساعة."
    assert ("EU", "head_of_state") in _actors(text)


# --------------------------------------------------------- a head's representative

def test_the_representative_of_a_president_is_his_envoy():
    text = "والتقى وزير الخارجية السوري في طهران أمس ممثل الرئيس الروسي لشؤون الشرق الأوسط."
    assert ("MEET", ("RUS:envoy", "SYR:foreign_minister")) in _pairs(text)
    assert ("RUS", "head_of_state") not in _actors(text)


def test_the_representatives_other_office_and_name_are_his():
    # «ممثل الرئيس الروسي لشؤون الشرق الأوسط نائب وزير الخارجية، X»: one man, the envoy,
    # not an envoy and a deputy minister
    text = ("كما التقى وزير الخارجية السوري في طهران أمس ممثل الرئيس الروسي لشؤون الشرق الأوسط "
            "نائب وزير الخارجية، ميخائيل بوغدانوف.")
    actors = _actors(text)
    assert ("RUS", "envoy") in actors
    assert ("RUS", "official") not in actors


def test_a_representative_and_a_deputy_joined_by_and_are_two():
    # near miss: «و» before the second office names another man
    text = ("كما التقى وزير الخارجية السوري في طهران أمس ممثل الرئيس الروسي ونائب وزير "
            "الخارجية ميخائيل بوغدانوف.")
    actors = _actors(text)
    assert ("RUS", "envoy") in actors and ("RUS", "official") in actors


def test_a_president_met_in_person_stays_the_head():
    # near miss: without «ممثل» the head himself is met
    text = "والتقى وزير الخارجية السوري في موسكو أمس الرئيس الروسي."
    assert ("MEET", ("RUS:head_of_state", "SYR:foreign_minister")) in _pairs(text)


# ------------------------------------------------- an honorific after و opens a new person

def test_an_honorific_after_and_starts_the_second_person():
    # «السيسي وسمو ولي ولي العهد ... وزير الدفاع»: the ministry is the prince's, not the
    # president's
    text = ("وعقد مؤتمرا صحفيا في ختام مباحثات الرئيس المصري عبدالفتاح السيسي وسمو ولي ولي العهد "
            "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير فهد بن خالد.")
    actors = _actors(text)
    assert ("EGY", "head_of_state") in actors
    assert ("EGY", "defense_minister") not in actors
    assert ("SAU", "defense_minister") in actors


def test_an_honorific_title_of_the_same_person_stays_his():
    # near miss: «صاحب السمو» without و heads the same man's names
    text = ("غادر صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع الرياض "
            "متوجها إلى القاهرة في زيارة رسمية.")
    assert ("SAU", "defense_minister") in _actors(text)


# ----------------------------------------------------- the head of a body of an organisation

def test_the_head_of_an_organisations_office_is_its_official():
    # «رئيس مكتب الأمم المتحدة»: he heads the office, not the United Nations
    text = "استقبل وزير الخارجية أمس رئيس مكتب الأمم المتحدة في الرياض."
    actors = _actors(text)
    assert ("UN", "official") in actors
    assert ("UN", "organization_head") not in actors


def test_the_secretary_general_of_an_organisations_body_is_its_official():
    # «الأمين العام لهيئة ... للاتحاد الأوروبي»: the secretary-general of one of its bodies,
    # not the organisation's; near misses: the organisation's own secretary-general
    text = ("والتقى وزير الخارجية في بروكسل الأمين العام لدائرة الشؤون الخارجية للاتحاد "
            "الأوروبي.")
    actors = _actors(text)
    assert ("EU", "official") in actors
    assert ("EU", "organization_head") not in actors
    for text in ("والتقى وزير الخارجية في نيويورك الأمين العام للأمم المتحدة.",
                 "والتقى وزير الخارجية في الرياض الأمين العام لمجلس التعاون لدول الخليج "
                 "العربية."):
        assert any(r == "organization_head" for _c, r in _actors(text)), text


def test_the_head_named_right_before_the_organisation_is_its_head():
    # near misses: no noun between (or only «السابق»), or the council the head presides
    for text in ("استقبل وزير الخارجية أمس رئيس البنك الدولي في الرياض.",
                 "استقبل وزير الخارجية أمس الرئيس السابق للائتلاف الوطني السوري.",
                 "استقبل وزير الخارجية أمس رئيس مجلس الاتحاد الأوروبي في الرياض."):
        assert any(r == "organization_head" for _, r in _actors(text)), text


def _pairs_bodies(text: str, published="2016-05-10", home: str | None = "TUN") -> set:
    return role_pairs(text, published, home)


# ------------------------------------------------------- plural non-state bodies after a title

def test_leaders_of_a_states_parties_or_organisations_are_no_state_actor():
    # the plural title before a plural non-state body and a nationality
    assert _pairs_bodies("التقى الرئيس المصري اليوم قادة الأحزاب التونسية في القاهرة.") == set()
    assert _pairs_bodies(
        "التقى الرئيس المصري اليوم قادة المنظمات الوطنية التونسية في القاهرة."
    ) == set()
    assert _pairs_bodies("التقى الرئيس المصري اليوم قادة الجمعيات التونسية في القاهرة.") == set()


def test_leaders_of_a_bloc_of_states_are_still_its_heads():
    # near-miss: no body word between the plural title and the states
    pairs = _pairs_bodies("التقى الرئيس المصري اليوم قادة دول مجلس التعاون في القاهرة.")
    assert ("MEET", ("EGY:head_of_state", "GCC:head_of_state")) in pairs


# ------------------------------------------------------------- a special coordinator


def test_a_special_coordinator_of_the_un_is_its_official():
    pairs = _pairs_bodies(
        "التقى رئيس مجلس الوزراء اللبناني تمام سلام اليوم المنسقة الخاصة للأمم "
        "المتحدة في لبنان سيغريد كاغ.",
        published="2015-08-11",
        home="SAU",
    )
    assert pairs == {("MEET", ("LBN:head_of_government", "UN:official"))}


def test_the_same_person_named_alone_keeps_her_office_in_the_gazetteer():
    # near-miss: without the coordinator's title her listed office (envoy) stands
    pairs = _pairs_bodies(
        "التقى رئيس مجلس الوزراء اللبناني تمام سلام اليوم سيغريد كاغ.",
        published="2015-08-11",
        home="SAU",
    )
    assert pairs == {("MEET", ("LBN:head_of_government", "UN:envoy"))}


# ------------------------------------------------------------- the Maghreb's secretary of state


def test_a_foreign_secretary_of_state_is_a_minister_of_his_state():
    pairs = _pairs_bodies("التقى وزير الخارجية التونسي اليوم كاتب الدولة الفرنسي للتجارة في تونس.")
    assert pairs == {("MEET", ("FRA:minister", "TUN:foreign_minister"))}


def test_the_home_secretary_of_state_received_at_home_is_no_contact():
    # near-miss: the outlet's own secretary of state before its own head is a domestic meeting
    assert (
        _pairs_bodies("استقبل رئيس الجمهورية اليوم كاتب الدولة للهجرة والتونسيين بالخارج.") == set()
    )


# ------------------------------------------------------- «لدى» between two offices


def test_an_office_attached_to_another_by_lada_is_one_actor():
    # «الوزير لدى رئيس الحكومة»: the minister attached to the head of government, not the head
    pairs = _pairs_bodies(
        "استقبل الوزير لدى رئيس الحكومة المكلف بالعلاقات مع الهيئات الدستورية اليوم "
        "سفير فرنسا بتونس.",
        published="2017-03-14",
    )
    assert pairs == {("MEET", ("FRA:official", "TUN:minister"))}
    pairs = _pairs_bodies(
        "استقبل كاتب الدولة لدى وزير الخارجية اليوم القائم بالأعمال الليبي.", published="2017-03-14"
    )
    assert pairs == {("MEET", ("LBY:official", "TUN:minister"))}
    pairs = _pairs_bodies(
        "استقبل مستشار لدى رئيس الجمهورية اليوم سفير فرنسا بتونس.", published="2017-03-14"
    )
    assert pairs == {("MEET", ("FRA:official", "TUN:official"))}


def test_lada_before_a_state_keeps_the_ambassadors_post():
    # near-miss: «لدى» before a state is where an ambassador serves, not an office
    pairs = _pairs_bodies(
        "التقى سفير تونس لدى ألمانيا اليوم وزير الخارجية الألماني.", published="2017-03-14"
    )
    assert pairs == {("MEET", ("DEU:foreign_minister", "TUN:official"))}


# ------------------------------------------------------- a speaker is no head of state


def test_the_speaker_of_a_parliament_named_by_its_proper_name_is_an_official():
    pairs = _pairs_bodies(
        "التقى رئيس الحكومة يوسف الشاهد اليوم رئيس مجلس الدوما الروسي في تونس.",
        published="2017-03-14",
    )
    assert pairs == {("MEET", ("RUS:official", "TUN:head_of_government"))}


def test_the_head_of_state_of_the_same_country_stays_its_head():
    # near-miss: «الرئيس الروسي» is the head of state
    pairs = _pairs_bodies(
        "التقى رئيس الحكومة يوسف الشاهد اليوم الرئيس الروسي في تونس.", published="2017-03-14"
    )
    assert pairs == {("MEET", ("RUS:head_of_state", "TUN:head_of_government"))}


# ------------------------------------------------------- a head's envoy is not the head


def test_the_envoy_of_the_custodian_of_the_two_holy_mosques_is_a_saudi_envoy():
    pairs = _pairs_bodies(
        "التقى وزير الخارجية الأمريكي اليوم مبعوث خادم الحرمين الشريفين في واشنطن.",
        published="2015-08-04",
        home="SAU",
    )
    assert pairs == {("MEET", ("SAU:envoy", "USA:foreign_minister"))}


def test_a_personal_envoy_of_a_head_is_his_states_envoy():
    pairs = _pairs_bodies(
        "التقى وزير الخارجية الأمريكي اليوم المبعوث الشخصي للرئيس الروسي في واشنطن.",
        published="2015-08-04",
        home="SAU",
    )
    assert pairs == {("MEET", ("RUS:envoy", "USA:foreign_minister"))}


def test_the_custodian_of_the_two_holy_mosques_alone_is_the_king():
    # near-miss: without the envoy's title the fixed office is the head of state
    pairs = _pairs_bodies(
        "التقى وزير الخارجية الأمريكي اليوم خادم الحرمين الشريفين في جدة.",
        published="2015-08-04",
        home="SAU",
    )
    assert pairs == {("MEET", ("SAU:head_of_state", "USA:foreign_minister"))}


def _events(text: str, published: str = "2015-08-02", home: str | None = None) -> list[dict]:
    return extract_events(text, published=published, home=home)


def _other(events: list[dict], country: str) -> dict:
    """The side of the only event whose actor1 is of `country`: its actor2 as a dict."""
    ev = [e for e in events if e["actor1_country"] == country or e["actor2_country"] == country]
    assert len(ev) == 1, events
    e = ev[0]
    k = "actor2" if e["actor1_country"] == country else "actor1"
    return {f: e[f"{k}_{f}"] for f in ("name", "country", "org", "role")} | {
        "type": e["event_type"]
    }


def test_deputy_of_the_secretary_generals_representative_is_an_official():
    text = "التقى الرئيس السيسي أمس نائب الممثل الخاص للأمين العام للأمم المتحدة في ليبيا."
    side = _other(_events(text), "EGY")
    assert side["type"] == "MEET"
    assert side["org"] == "UN"
    assert side["role"] == "official"


def test_deputy_of_a_special_envoy_is_an_official():
    text = (
        "استقبل وزير الخارجية المصري سامح شكري أمس نائب المبعوث الخاص للأمين العام "
        "للأمم المتحدة إلى اليمن."
    )
    side = _other(_events(text), "EGY")
    assert side["org"] == "UN"
    assert side["role"] == "official"


def test_the_representative_himself_stays_an_envoy():
    text = "التقى الرئيس السيسي أمس الممثل الخاص للأمين العام للأمم المتحدة في ليبيا."
    side = _other(_events(text), "EGY")
    assert side["org"] == "UN"
    assert side["role"] == "envoy"


def test_deputy_secretary_general_stays_an_official():
    text = "التقى الرئيس السيسي أمس نائب الأمين العام للأمم المتحدة."
    side = _other(_events(text), "EGY")
    assert side["org"] == "UN"
    assert side["role"] == "official"


def test_named_assistant_after_her_title_is_the_assistant_herself():
    # «مساعدة وزير الخارجية الأمريكي، آن باترسون،»: the name after the title is hers, and her
    # surname alone later in the article names her again
    text = (
        "بحث وزير الخارجية القطري خالد العطية أمس مع مساعدة وزير الخارجية الأمريكي "
        "لشؤون الشرق الأوسط، آن باترسون، العلاقات بين البلدين. "
        "كما التقت باترسون أمس رئيس الوزراء القطري."
    )
    evs = _events(text)
    meet = [e for e in evs if e["event_type"] == "MEET"]
    pairs = {
        (e["actor1_name"], e["actor1_role"], e["actor2_country"], e["actor2_role"]) for e in meet
    }
    pairs |= {
        (e["actor2_name"], e["actor2_role"], e["actor1_country"], e["actor1_role"]) for e in meet
    }
    assert ("Anne Patterson", "official", "QAT", "foreign_minister") in pairs
    assert ("Anne Patterson", "official", "QAT", "head_of_government") in pairs


def test_anne_before_her_title_is_a_name_not_a_conjunction():
    text = "التقى وزير الخارجية القطري خالد العطية أمس مع آن باترسون مساعدة وزير الخارجية الأمريكي."
    side = _other(_events(text), "QAT")
    assert side["name"] == "Anne Patterson"
    assert (side["country"], side["role"]) == ("USA", "official")


def test_an_assistant_before_a_principal_still_serves_him():
    # the aide of a head named after his title is the head's aide, not the head
    text = "استقبل الرئيس السيسي أمس مستشار الرئيس الفلسطيني محمود عباس."
    side = _other(_events(text), "EGY")
    assert side["name"] is None
    assert (side["country"], side["role"]) == ("PSE", "official")


def test_yemeni_interior_minister_named_bare_later():
    text = (
        "استقبل سفير خادم الحرمين الشريفين لدى اليمن أمس وزير الداخلية اليمني اللواء عبده "
        "الحذيفي. والتقى عبده الحذيفي أمس نائب الرئيس اليمني خالد بحاح."
    )
    evs = _events(text, home="SAU")
    later = [e for e in evs if "Khaled Bahah" in (e["actor1_name"], e["actor2_name"])]
    assert later, evs
    e = later[0]
    names = {e["actor1_name"]: e["actor1_role"], e["actor2_name"]: e["actor2_role"]}
    assert names.get("Abdo al-Hudhaifi") == "minister"


def test_tunisian_minister_spelt_with_bal():
    text = "التقى وزير الفلاحة سمير بالطيب اليوم سفير فرنسا بتونس."
    evs = _events(text, published="2017-03-02", home="TUN")
    assert len(evs) == 1, evs
    e = evs[0]
    assert e["event_type"] == "MEET"
    assert (e["actor1_name"], e["actor1_country"], e["actor1_role"]) == (
        "Samir Taieb",
        "TUN",
        "minister",
    )
    assert (e["actor2_country"], e["actor2_role"]) == ("FRA", "official")


def test_known_prince_before_his_office_is_no_head_of_state():
    # a prince the gazetteer knows only by a later office, named with «الأمير» alone years
    # before it: an official of his state, never its head
    text = "التقى الأمير خالد بن سلمان أمس السفير الروسي لدى المملكة."
    side = _other(_events(text, published="2015-07-20", home="SAU"), "RUS")
    assert side["name"] == "Khalid bin Salman"
    assert (side["country"], side["role"]) == ("SAU", "official")


def test_deputy_minister_years_before_his_ministry_is_an_official():
    # the gazetteer's earlier offices: a bare name in 2015 takes the office held then
    text = "والتقى بلينكن أمس وزير الخارجية عادل الجبير في الرياض."
    side = _other(_events(text, published="2015-07-20", home="SAU"), "SAU")
    assert side["name"] == "Antony Blinken"
    assert (side["country"], side["role"]) == ("USA", "official")


def test_reigning_emir_named_as_prince_stays_head_of_state():
    text = "استقبل الأمير تميم بن حمد أمس السفير الروسي."
    side = _other(_events(text, published="2015-07-20"), "RUS")
    assert (side["country"], side["role"]) == ("QAT", "head_of_state")


def _pairs_envoy(text, home="SAU"):
    return {
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in extract_events(text, "2015-07-21", home=home)
    }


def test_quartet_envoy_is_the_blocs_not_split_into_members():
    text = "والتقى الرئيس الفلسطيني اليوم في رام الله مبعوث اللجنة الرباعية للسلام في الشرق الأوسط."
    pairs = _pairs_envoy(text)
    assert ("MEET", "PSE", "head_of_state", "MIDDLE_EAST_QUARTET", "envoy") in pairs
    sides = {p[3] for p in pairs} | {p[1] for p in pairs}
    assert not sides & {"SAU", "USA", "RUS", "EU", "UN"}


def test_quartet_special_envoy_with_clitic():
    text = "والتقى الرئيس الفلسطيني اليوم في رام الله المبعوث الخاص للجنة الرباعية الدولية."
    pairs = _pairs_envoy(text, home="TUN")
    assert ("MEET", "PSE", "head_of_state", "MIDDLE_EAST_QUARTET", "envoy") in pairs
    assert not {p[3] for p in pairs} & {"TUN", "USA", "RUS"}


def test_league_envoy_is_not_its_secretary_general_named_before():
    text = (
        "وكان الأمين العام لجامعة الدول العربية نبيل العربي قد دعا إلى الهدوء. "
        "والتقى وزير الخارجية التركي اليوم في أنقرة مبعوث الجامعة العربية."
    )
    pairs = _pairs_envoy(text)
    assert ("MEET", "TUR", "foreign_minister", "ARAB_LEAGUE", "envoy") in pairs
    assert not any(p[4] == "organization_head" for p in pairs)


# «المبعوث الدولي»: the UN's envoy, read as the UN only right after the envoy title


def _sides(text):
    from pipeline.events import extract_events

    out = []
    for e in extract_events(text, date(2015, 8, 1), home="SAU"):
        sides = [
            (e[f"actor{k}_country"] or e[f"actor{k}_org"], e[f"actor{k}_role"]) for k in (1, 2)
        ]
        out.append((e["event_type"], *sides))
    return out


def test_the_international_envoy_is_the_un_envoy():
    # an invented meeting with the unnamed UN envoy to Syria
    assert _sides("استقبل وزير الخارجية السعودي أمس المبعوث الدولي إلى سوريا في جدة.") == [
        ("MEET", ("SAU", "foreign_minister"), ("UN", "envoy"))
    ]
    # his mandate after «ل» does not make him the state's envoy
    assert _sides("وقال المبعوث الدولي لليمن خلال زيارة للقاهرة إنه بحث نشر مراقبين.") == [
        ("VISIT", ("UN", "envoy"), (None, None))
    ]
    assert _sides("التقى الرئيس اليمني أمس المبعوثة الدولية الخاصة.") == [
        ("MEET", ("YEM", "head_of_state"), ("UN", "envoy"))
    ]


def test_the_adjective_elsewhere_names_no_one():
    assert _sides("التقى الرئيس المصري أمس ممثلي المجتمع الدولي.") == []
    assert _sides("استقبل أمير المنطقة أمس مدير مطار الملك خالد الدولي.") == []
    # the World Bank keeps its own name
    assert _sides("التقى وزير المالية السعودي أمس رئيس البنك الدولي في جدة.") == [
        ("MEET", ("SAU", "minister"), ("WORLD_BANK", "organization_head"))
    ]


# ----------------------------------------------------------------------------- vice-president
# «نائب الرئيس» alone is a republic's office: in a monarchy's paper it is never the outlet's own
# state's (roles.yaml republican_titles, mentions._misfit_home).


def _parties(text: str, home: str) -> list[tuple]:
    return [(e["event_type"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, "2015-08-01", home=home)]


def test_bare_vice_president_is_not_a_monarchys_own():
    assert not any("SAU" in p for p in _parties("وصل نائب الرئيس إلى عدن أمس.", "SAU"))
    assert not any("SAU" in p for p in _parties(
        "وأعرب نائب الرئيس التنفيذي للمنظمة خلال لقائه بالرئيس الأمريكي باراك أوباما عن "
        "قلقه.", "SAU"))


def test_bare_vice_president_in_a_republics_paper_keeps_home():
    # near-miss: a republic's paper may mean its own vice-president
    assert ("MEET", "EGY", "USA") in _parties(
        "التقى نائب الرئيس أمس بالسفير الأمريكي في القاهرة.", "EGY")


def test_named_vice_president_keeps_his_state():
    assert ("VISIT", "USA", None) in _parties(
        "وصل نائب الرئيس الأمريكي جو بايدن إلى الرياض أمس.", "SAU")


# ----------------------------------------------------------------------------- an aide's principal
# «المبعوث الخاص للرئيس X»: the head an aide serves, named after ل, gives the aide his state;
# he is no second party (mentions: the units phase, then _principal).


def test_envoy_of_a_named_president_is_of_his_state():
    parties = _parties("التقى المبعوث الخاص للرئيس باراك أوباما وزير الخارجية العراقي إبراهيم "
                       "الجعفري في بغداد.", "SAU")
    assert ("MEET", "USA", "IRQ") in parties
    assert not any("SAU" in p for p in parties)


def test_message_to_a_named_president_is_not_his_envoy():
    # near-miss: ل with a word between is where the message goes, not whom the envoy serves
    from datetime import date

    from pipeline.events.extract import _prepare
    actors = [(a.country, a.role) for s in _prepare(
        "سلم المبعوث الخاص رسالة للرئيس الروسي فلاديمير بوتين.", date(2015, 8, 1), "SAU")
        for a in s.actors]
    assert ("RUS", "head_of_state") in actors
    assert ("RUS", "envoy") not in actors


# --------------------------------------- a deputy's word before a known name names his office

def test_his_deputy_before_a_known_envoy_is_an_official():
    text = "وصل الوزير إلى الدوحة، فيما وصل نائبه ميخائيل بوغدانوف إلى طهران أمس."
    actors = _actors(text, home=None)
    assert ("RUS", "official") in actors and ("RUS", "envoy") not in actors


def test_the_known_envoy_named_bare_keeps_his_office():
    # near miss: no deputy's word before the name
    text = "وصل ميخائيل بوغدانوف إلى طهران أمس."
    assert ("RUS", "envoy") in _actors(text, home=None)


def test_his_adviser_before_a_known_envoy_is_an_official():
    # an aide's word opens the mention as a deputy's does
    text = "وصل الوزير إلى الدوحة، فيما وصل مستشاره ميخائيل بوغدانوف إلى طهران أمس."
    actors = _actors(text, home=None)
    assert ("RUS", "official") in actors and ("RUS", "envoy") not in actors
