"""Office holders the gazetteer learnt from the news, named bare or beside a contact word: their
state, office and years.

Office holders the unlabelled news names beside a contact word and the gazetteer missed
(configs/gazetteer/actors.yaml): a name alone gives its holder's state and office, not the
outlet's own state.

Sentences written for these tests (not corpus text).

Office holders of the 2015-2016 news added to the gazetteer (configs/gazetteer/actors.yaml):
named without a title they are still their body's officials, in the years they held office, and
named back by their surname in the same article (sentences written for these tests).

Office holders the gazetteer missed beside contact words in the 2015-2017 news, and an envoy's
title in the construct state before the office that sends him. Sentences are invented
paraphrases; each has a near miss (another person of the same surname or given name, a title
of another state, a definite envoy that is no construct).

Actors no title or name of the gazetteer read before: governors, Iran's commanders, and
office holders the 2015-2017 news names (invented sentences, each with its near miss).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.events.extract import _prepare, as_date
from tests.support.events import sentence_actors


def _pairs(text: str, published: str, home: str, etype: str = "MEET") -> set[tuple]:
    out = set()
    for e in extract_events(text, published=published, home=home):
        if e["event_type"] == etype:
            a = (e["actor1_country"] or e["actor1_org"], e["actor1_role"])
            b = (e["actor2_country"] or e["actor2_org"], e["actor2_role"])
            out.add(tuple(sorted([a, b], key=str)))
    return out


def test_algerian_energy_minister_spelled_saleh_in_a_saudi_paper():
    text = "التقى وزير الطاقة صالح خبري أمس وزير البترول السعودي علي النعيمي في الرياض."
    pairs = _pairs(text, "2015-08-10", "SAU")
    assert (("DZA", "minister"), ("SAU", "minister")) in pairs


def test_us_under_secretary_named_alone_is_a_us_official():
    text = "التقت ويندي شيرمان أمس في فيينا وزير الخارجية الإيراني محمد جواد ظريف."
    pairs = _pairs(text, "2015-07-20", "SAU")
    assert (("IRN", "foreign_minister"), ("USA", "official")) in pairs
    assert not any(("SAU", "official") in p for p in pairs)


def test_us_trade_representative_named_alone_is_a_us_minister():
    text = "عقد مايكل فرومان اليوم محادثات مع وزير التجارة الياباني في طوكيو."
    roles = set()
    for e in extract_events(text, published="2015-07-29", home="SAU"):
        roles.add((e["actor1_country"], e["actor1_role"]))
        roles.add((e["actor2_country"], e["actor2_role"]))
    assert ("USA", "minister") in roles
    assert ("SAU", "minister") not in roles


def test_iraqi_electricity_minister_named_alone_in_a_saudi_paper():
    text = "استقبل الرئيس الإيراني حسن روحاني اليوم في طهران قاسم الفهداوي."
    pairs = _pairs(text, "2015-08-10", "SAU")
    assert (("IRN", "head_of_state"), ("IRQ", "minister")) in pairs


def test_tunisian_minister_named_alone_meets_an_ambassador():
    text = "استقبل سليم خلبوس اليوم سفير ألمانيا بتونس."
    pairs = _pairs(text, "2017-03-01", "TUN")
    assert (("DEU", "official"), ("TUN", "minister")) in pairs


def test_tunisian_health_minister_named_in_a_foreign_paper_keeps_tunisia():
    text = "التقى سعيد العايدي أمس في جنيف المدير العام لمنظمة الصحة العالمية."
    pairs = _pairs(text, "2016-05-24", "SAU")
    assert any(("TUN", "minister") in p for p in pairs)
    assert not any(("SAU", "minister") in p for p in pairs)


def test_tunisian_women_minister_named_alone_in_a_saudi_paper():
    # the women's minister (2016-2020) named without her title: Tunisia's, never the outlet's
    text = "التقت نزيهة العبيدي أمس في الرياض وزيرة الشؤون الاجتماعية الأردنية."
    out = extract_events(text, published="2017-02-10", home="SAU")
    sides = {(e["actor1_country"], e["actor2_country"]) for e in out}
    assert sides and all("TUN" in s for s in sides)


def test_office_held_before_the_later_one_the_gazetteer_knew():
    # the deputy national security adviser (2013-2016) before his later office: the UAE's
    text = "استقبل الرئيس المصري عبد الفتاح السيسي أمس في القاهرة طحنون بن زايد."
    pairs = _pairs(text, "2015-05-12", "SAU")
    assert (("ARE", "official"), ("EGY", "head_of_state")) in pairs


def test_chief_of_staff_before_he_was_defence_minister():
    text = "استقبل ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان أمس في الرياض محمد علي المقدشي."
    out = extract_events(text, published="2016-03-02", home="SAU")
    sides = {
        ((e["actor1_country"], e["actor1_role"]), (e["actor2_country"], e["actor2_role"]))
        for e in out
    }
    assert any(("YEM", "official") in s for s in sides)
    assert not any(("YEM", "defense_minister") in s for s in sides)


def test_chief_negotiator_with_a_nationality_is_an_official_of_the_state():
    text = "التقت كبيرة المفاوضين الأمريكيين أمس في جنيف نائب وزير الخارجية الإيراني."
    pairs = _pairs(text, "2015-07-10", "SAU")
    assert (("IRN", "official"), ("USA", "official")) in pairs


def test_chief_negotiator_of_no_state_is_nobody():
    # «كبير المفاوضين» with no state or body attached names no actor
    text = "التقى كبير المفاوضين أمس في جنيف نائب وزير الخارجية الإيراني."
    out = extract_events(text, published="2015-07-10", home="SAU")
    assert not any(e["event_type"] == "MEET" for e in out)


def test_head_of_intelligence_is_an_official_never_a_head_of_state():
    text = "التقى رئيس جهاز المخابرات المصرية أمس في رام الله وزير الخارجية الفلسطيني."
    pairs = _pairs(text, "2015-07-10", "SAU")
    assert (("EGY", "official"), ("PSE", "foreign_minister")) in pairs
    assert not any(("EGY", "head_of_state") in p for p in pairs)


def test_non_royal_official_is_not_the_prince_styled_after_him():
    # «سموه» after a list naming the intelligence chief is still the prince who travelled
    text = (
        "وصل ولي ولي العهد الأمير محمد بن سلمان إلى القاهرة أمس، ويضم الوفد الرسمي "
        "رئيس الاستخبارات العامة خالد الحميدان. وأجرى سموه مباحثات مع الرئيس المصري."
    )
    out = extract_events(text, published="2015-07-31", home="SAU")
    talks = [e for e in out if e["event_type"] == "MEET"]
    assert talks
    names = {e["actor1_name"] for e in talks} | {e["actor2_name"] for e in talks}
    assert "Mohammed bin Salman" in names
    assert "Khalid al-Humaidan" not in names


def test_head_of_general_intelligence_is_the_outlets_official():
    text = "استقبل رئيس الاستخبارات العامة أمس في الرياض السفير الأمريكي لدى المملكة."
    pairs = _pairs(text, "2015-07-10", "SAU")
    assert (("SAU", "official"), ("USA", "official")) in pairs


def _actors(text, year, home="SAU"):
    return [(a.name, a.country or a.org, a.role) for a in sentence_actors(text, year, home)]


def _sides(events, etype):
    return sorted(tuple(sorted([f"{e['actor1_country'] or e['actor1_org']}/{e['actor1_role']}",
                                f"{e['actor2_country'] or e['actor2_org']}/{e['actor2_role']}"]))
                  for e in events if e["event_type"] == etype)


def test_relief_centre_head_meets_the_un_coordinator_named_without_titles():
    text = ("التقى الدكتور عبدالله الربيعة في مكتبه بالرياض أمس عامر الداوودي، وبحث الجانبان "
            "سبل إيصال المساعدات إلى المحافظات اليمنية.")
    events = extract_events(text, date(2015, 8, 5))
    assert _sides(events, "MEET") == [("SAU/official", "UN/official")]


def test_the_relief_centre_head_was_a_minister_before_2015():
    assert _actors("وقال عبدالله الربيعة إن الوزارة أنهت خطتها", 2012) == [
        ("Abdullah al-Rabeeah", "SAU", "minister")]
    assert _actors("وقال عبدالله الربيعة إن المركز أنهى خطته", 2016) == [
        ("Abdullah al-Rabeeah", "SAU", "official")]


def test_un_humanitarian_coordinator_visits_and_is_named_back_by_surname():
    text = ("دعا روبرت بايبر منسق الشؤون الإنسانية إسرائيل إلى وقف هدم المنازل.\n"
            "وزار بايبر أمس قرية فلسطينية جنوب الخليل برفقة دبلوماسيين.")
    events = extract_events(text, date(2015, 7, 25))
    visits = [e for e in events if e["event_type"] == "VISIT"]
    assert [(e["actor1_org"], e["actor1_role"]) for e in visits] == [("UN", "official")]


def test_creditor_mission_heads_are_their_institutions_officials():
    text = ("التقى وزير المالية اليوناني أمس في أثينا نيكولا جياماريولي ودليا فلكوليسكو لبحث "
            "برنامج الإنقاذ الجديد.")
    events = extract_events(text, date(2015, 8, 2))
    assert _sides(events, "MEET") == [("ESM/official", "GRC/minister"),
                                      ("GRC/minister", "IMF/official")]


def test_arab_human_rights_committee_chair_meets_a_minister():
    text = "التقى الدكتور هادي بن علي اليامي في القاهرة أمس وزير حقوق الإنسان اليمني."
    events = extract_events(text, date(2015, 8, 2))
    assert _sides(events, "MEET") == [("ARAB_LEAGUE/official", "YEM/minister")]


def test_a_common_surname_alone_names_nobody():
    # «اليامي» is a common family name: only with the first name is it the committee's chair
    assert _actors("وقال المواطن صالح اليامي إن الرحلة كانت طويلة", 2015) == []
    assert _actors("وقال الطبيب فهد الربيعة إن المستشفى جاهز", 2015) == []


def test_relief_centre_title_joins_the_court_adviser_title_and_the_name():
    # a long office title between the adviser's title and «د. name»: one Saudi official
    text = ("استقبل المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال "
            "الإنسانية د. عبدالله الربيعة أمس وزيرة الإعلام اليمنية في الرياض.")
    assert _actors(text, 2015) == [("Abdullah al-Rabeeah", "SAU", "official"),
                                   (None, "YEM", "minister")]
    events = extract_events(text, date(2015, 8, 3))
    assert _sides(events, "MEET") == [("SAU/official", "YEM/minister")]
    # the title alone is the centre's head, an official; the centre's name is no king
    assert _actors("وقال المشرف العام على مركز الملك سلمان للإغاثة إن القوافل وصلت", 2015) == [
        (None, "SAU", "official")]


def test_tunisian_minister_named_without_title_meets_an_ambassador():
    text = "التقى أنيس غديرة اليوم بمقر الوزارة سفير اليابان بتونس وبحث معه التعاون في مجال النقل."
    events = extract_events(text, date(2017, 3, 20), home="TUN")
    assert _sides(events, "MEET") == [("JPN/official", "TUN/minister")]


def test_saudi_minister_named_without_title_is_a_minister():
    assert _actors("واستقبل ماجد القصبي أمس في الرياض سفير اليابان", 2016)[0] == (
        "Majid al-Qasabi", "SAU", "minister")


def _events(text: str, published: str = "2015-07-18", home: str | None = "SAU") -> list[dict]:
    return extract_events(text, published=published, home=home)


def _sides_news(events: list[dict]) -> list[set[tuple]]:
    """Each event's two actors as (name, country or org, role)."""
    return [
        {
            (e[f"{k}_name"], e[f"{k}_country"] or e[f"{k}_org"], e[f"{k}_role"])
            for k in ("actor1", "actor2")
        }
        for e in events
    ]


def _named(events: list[dict], name: str) -> list[tuple]:
    return [a for sides in _sides_news(events) for a in sides if a[0] == name]


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
    assert _sides_news(events) == [
        {("Lubomir Zaoralek", "CZE", "foreign_minister"), (None, "JOR", "foreign_minister")}
    ]


def test_jordans_media_minister_by_name():
    events = _events("استقبل محمد المومني أمس السفير الأمريكي في عمان.")
    assert _sides_news(events) == [
        {("Mohammed al-Momani", "JOR", "minister"), (None, "USA", "official")}
    ]


def test_another_momani_is_not_the_minister():
    # near miss: the same family name with another given name names someone else
    events = _events("استقبل خالد المومني أمس السفير الأمريكي في عمان.")
    assert _named(events, "Mohammed al-Momani") == []
    assert all("JOR" not in {a[1] for a in sides} for sides in _sides_news(events))


def test_prince_turki_al_faisal_right_after_a_head_of_state():
    # the prince's title no longer joins the president's mention before it
    events = _events("استقبل الرئيس المصري الأمير تركي الفيصل أمس في القاهرة.")
    assert _sides_news(events) == [
        {(None, "EGY", "head_of_state"), ("Turki al-Faisal", "SAU", "official")}
    ]


def test_turkish_adjective_is_no_prince():
    # near miss: «التركي» after a minister's title is Turkey's, not the prince
    events = _events("استقبل الرئيس المصري أمس وزير الخارجية التركي في القاهرة.")
    assert (
        _sides_news(events)
        == [{(None, "EGY", "head_of_state"), (None, "TUR", "foreign_minister")}]
    )


def test_another_prince_turki_is_not_turki_al_faisal():
    # near miss: «تركي بن فيصل بن تركي» is another prince of the family
    events = _events("استقبل الرئيس المصري أمس الأمير تركي بن فيصل بن تركي في القاهرة.")
    assert _named(events, "Turki al-Faisal") == []
    assert _sides_news(events) == [{(None, "EGY", "head_of_state"), (None, "SAU", "official")}]


def test_malaysian_foreign_minister_by_name_alone():
    events = _events("التقى حنيفة أمان أمس وزير الخارجية الأردني في عمان.")
    assert _sides_news(events) == [
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
    assert _sides_news(events) == [{(None, "IRQ", "envoy"), (None, "TUR", "head_of_state")}]


def test_envoy_of_a_named_prime_minister_after_a_preposition():
    events = _events("التقى الرئيس السوري أمس بمبعوث رئيس الوزراء العراقي حيدر العبادي في دمشق.")
    assert _sides_news(events) == [{(None, "SYR", "head_of_state"), (None, "IRQ", "envoy")}]


def test_envoy_of_a_foreign_minister_is_no_foreign_minister():
    events = _events("استقبل الرئيس التركي مبعوث وزير الخارجية الفرنسي في أنقرة أمس.")
    assert _sides_news(events) == [{(None, "TUR", "head_of_state"), (None, "FRA", "envoy")}]


def test_envoy_of_a_king_named_with_his_state():
    events = _events("استقبل الرئيس التركي مبعوث ملك الأردن في أنقرة أمس.")
    assert _sides_news(events) == [{(None, "TUR", "head_of_state"), (None, "JOR", "envoy")}]


def test_a_definite_envoy_meets_the_prime_minister_after_him():
    # near miss: «المبعوث» is no construct: the prime minister after it is the one he meets
    events = _events("التقى المبعوث الأممي رئيس الوزراء العراقي في بغداد أمس.")
    assert _sides_news(events) == [{(None, "UN", "envoy"), (None, "IRQ", "head_of_government")}]


def _keys(text: str, published: str = "2015-08-01", home: str | None = "SAU") -> set[tuple]:
    return {a.key for s in _prepare(text, as_date(published), home) for a in s.actors}


def _pairs_unknown(
    text: str, published: str = "2015-08-01", home: str | None = "SAU"
) -> set[tuple]:
    return {
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in extract_events(text, published, home=home)
    }


@pytest.mark.parametrize(
    "text, country",
    [
        ("استقبل محافظ عدن أمس السفير الإماراتي لدى اليمن.", "YEM"),
        ("التقى محافظ البنك المركزي المصري وفد صندوق النقد الدولي في القاهرة.", "EGY"),
        ("استقبل محافظ البنك المركزي التونسي أمس سفير ألمانيا بتونس.", "TUN"),
    ],
)
def test_a_governor_with_his_province_or_bank_is_its_states_official(text, country):
    """«محافظ» before a place or a body of a state: an official of that state."""
    assert (country, "official") in _keys(text)


def test_a_governor_meets_an_ambassador():
    assert ("MEET", "YEM", "official", "ARE", "official") in _pairs_unknown(
        "استقبل محافظ عدن أمس السفير الإماراتي لدى اليمن."
    )


@pytest.mark.parametrize(
    "text",
    [
        # the adjective «conservative», the governorate (a place), a governor of nothing named
        "وقال زعيم الحزب المحافظ إن الانتخابات ستجري في موعدها.",
        "وصلت المساعدات إلى محافظة عدن أمس.",
        "وقال المحافظ إن الطريق سيفتح الأسبوع المقبل.",
    ],
)
def test_no_governor_without_a_place_or_body(text):
    assert not {k for k in _keys(text, home=None) if k[1] == "official"}


@pytest.mark.parametrize("title", ["قائد الحرس الثوري", "قائد فيلق القدس"])
def test_irans_commanders_are_its_officials(title):
    text = f"وزار {title} موسكو الشهر الماضي والتقى مسؤولين روسا."
    assert ("IRN", "official") in _keys(text)


def test_the_word_commander_alone_names_no_state():
    assert not _keys("وزار قائد الفريق موسكو الشهر الماضي.", home=None)


@pytest.mark.parametrize(
    "name, key",
    [
        ("جان قهوجي", ("LBN", "official")),
        ("سامانثا باور", ("USA", "official")),
        ("حسبو محمد عبدالرحمن", ("SDN", "official")),
        ("عبدالرحمن البنيان", ("SAU", "official")),
    ],
)
def test_office_holders_named_bare(name, key):
    """People the news names after a title, named bare: their office in the article's year."""
    assert key in _keys(f"وقال {name} إن المحادثات كانت مثمرة.", "2015-08-01", None)


def test_a_foreign_minister_of_mauritania_in_his_years():
    assert ("MRT", "foreign_minister") in _keys(
        "وقال أحمد ولد تكدي إن المحادثات كانت مثمرة.", "2014-05-01", None
    )


@pytest.mark.parametrize(
    "text, key",
    [
        ("استقبل وزير الخارجية المصري قنصل تونس في القاهرة.", ("TUN", "official")),
        ("التقى وزير الخارجية الأردني عمدة لندن أمس.", ("GBR", "official")),
        ("التقى وزير الخارجية الأردني حاكم الشارقة أمس.", ("ARE", "official")),
        ("التقى وزير الخارجية الأردني حاكم مصرف لبنان أمس.", ("LBN", "official")),
        ("التقى وزير الخارجية الأردني الممثل المقيم للأمم المتحدة أمس.", ("UN", "official")),
    ],
)
def test_consuls_mayors_rulers_and_resident_representatives(text, key):
    """Titles of an office in a place or a body, attached to it: its state's (its body's)
    official."""
    assert key in _keys(text, home=None)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الحزب الحاكم في تركيا إنه سيجتمع مع المعارضة.",
        "والتقى حاكم الدويش المدير التنفيذي للشركة في الرياض.",
        "وقال عمدة إن المدينة ستستقبل الزوار.",
    ],
)
def test_ruler_and_mayor_without_a_place_name_nobody(text):
    assert not _keys(text, home=None)


def test_a_senior_adviser_to_a_president_is_an_official_not_the_president():
    keys = _keys("التقى وزير الخارجية الأردني كبير مستشاري الرئيس الإيراني أمس.", home=None)
    assert ("IRN", "official") in keys and ("IRN", "head_of_state") not in keys


@pytest.mark.parametrize(
    "text, host",
    [
        ("وكان في استقباله الملحق العسكري لدى المغرب العقيد نبيل العلي.", "MAR"),
        ("وكان في استقباله السفير لدى الأردن الدكتور سامي العلي.", "JOR"),
        ("وكان في استقباله المندوب الدائم لدى الأمم المتحدة.", "UN"),
    ],
)
def test_the_state_a_diplomat_serves_in_is_not_his(text, host):
    """«لدى» after a diplomat's title names where he is accredited, not his state."""
    assert not {k for k in _keys(text, home=None) if k[0] == host}


@pytest.mark.parametrize(
    "text, key",
    [
        ("والتقى الوزير سفير خادم الحرمين الشريفين لدى المملكة المغربية.", ("SAU", "official")),
        ("والتقى الوزير سفير الاتحاد الأوروبي لدى المغرب.", ("EU", "official")),
        ("والتقى الوزير مندوب السعودية لدى الأمم المتحدة.", ("SAU", "official")),
    ],
)
def test_a_diplomats_own_state_before_his_post_is_kept(text, key):
    keys = _keys(text, home=None)
    assert key in keys and not {k for k in keys if k[0] in ("MAR", "UN")}


@pytest.mark.parametrize(
    "name, key",
    [
        ("مسعود برزاني", ("IRQ", "official")),
        ("رمضان قديروف", ("RUS", "official")),
        ("ريكس تيليرسون", ("USA", "foreign_minister")),
    ],
)
def test_spelling_variants_of_known_people(name, key):
    """Spellings the unlabelled news uses for people the gazetteer lists under another."""
    assert key in _keys(f"وقال {name} إن المحادثات كانت مثمرة.", "2017-05-01", None)


@pytest.mark.parametrize(
    "adjective, code",
    [
        ("السينغالي", "SEN"),
        ("السنيغالي", "SEN"),
        ("البولوني", "POL"),
        ("الكامروني", "CMR"),
    ],
)
def test_spelling_variants_of_nationality_adjectives(adjective, code):
    assert (code, "foreign_minister") in _keys(
        f"التقى وزير الخارجية {adjective} نظيره التونسي أمس.", "2016-07-17", None
    )


@pytest.mark.parametrize(
    "country, code",
    [
        ("بنجلاديش", "BGD"),
        ("الكامرون", "CMR"),
        ("الدنمرك", "DNK"),
        ("الجابون", "GAB"),
        ("نيوزلندا", "NZL"),
    ],
)
def test_spelling_variants_of_country_names(country, code):
    assert (code, "foreign_minister") in _keys(
        f"التقى وزير خارجية {country} نظيره التونسي أمس.", "2016-07-17", None
    )


def test_the_chemical_weapons_watchdog_is_an_organisation():
    assert ("MEET", "OPCW", "delegation", "SYR", "official") in _pairs_unknown(
        "وأجرى وفد منظمة حظر الأسلحة الكيميائية محادثات مع الحكومة السورية في دمشق أمس.",
        "2015-08-01",
        None,
    )
