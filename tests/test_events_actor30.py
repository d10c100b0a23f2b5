"""Actors and roles: a deputy of an envoy, an assistant named after her title, office holders the
unlabelled news names beside contact words. Sentences are invented paraphrases."""

from __future__ import annotations

from pipeline.events import extract_events


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
