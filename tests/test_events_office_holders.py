"""Actors no title or name of the gazetteer read before: governors, Iran's commanders, and
office holders the 2015-2017 news names (invented sentences, each with its near miss)."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.extract import _prepare, as_date


def _keys(text: str, published: str = "2015-08-01", home: str | None = "SAU") -> set[tuple]:
    return {a.key for s in _prepare(text, as_date(published), home) for a in s.actors}


def _pairs(text: str, published: str = "2015-08-01", home: str | None = "SAU") -> set[tuple]:
    return {(e["event_type"], e["actor1_country"] or e["actor1_org"], e["actor1_role"],
             e["actor2_country"] or e["actor2_org"], e["actor2_role"])
            for e in extract_events(text, published, home=home)}


@pytest.mark.parametrize("text, country", [
    ("استقبل محافظ عدن أمس السفير الإماراتي لدى اليمن.", "YEM"),
    ("التقى محافظ البنك المركزي المصري وفد صندوق النقد الدولي في القاهرة.", "EGY"),
    ("استقبل محافظ البنك المركزي التونسي أمس سفير ألمانيا بتونس.", "TUN"),
])
def test_a_governor_with_his_province_or_bank_is_its_states_official(text, country):
    """«محافظ» before a place or a body of a state: an official of that state."""
    assert (country, "official") in _keys(text)


def test_a_governor_meets_an_ambassador():
    assert ("MEET", "YEM", "official", "ARE", "official") in _pairs(
        "استقبل محافظ عدن أمس السفير الإماراتي لدى اليمن.")


@pytest.mark.parametrize("text", [
    # the adjective «conservative», the governorate (a place), a governor of nothing named
    "وقال زعيم الحزب المحافظ إن الانتخابات ستجري في موعدها.",
    "وصلت المساعدات إلى محافظة عدن أمس.",
    "وقال المحافظ إن الطريق سيفتح الأسبوع المقبل.",
])
def test_no_governor_without_a_place_or_body(text):
    assert not {k for k in _keys(text, home=None) if k[1] == "official"}


@pytest.mark.parametrize("title", ["قائد الحرس الثوري", "قائد فيلق القدس"])
def test_irans_commanders_are_its_officials(title):
    text = f"وزار {title} موسكو الشهر الماضي والتقى مسؤولين روسا."
    assert ("IRN", "official") in _keys(text)


def test_the_word_commander_alone_names_no_state():
    assert not _keys("وزار قائد الفريق موسكو الشهر الماضي.", home=None)


@pytest.mark.parametrize("name, key", [
    ("جان قهوجي", ("LBN", "official")),
    ("سامانثا باور", ("USA", "official")),
    ("حسبو محمد عبدالرحمن", ("SDN", "official")),
    ("عبدالرحمن البنيان", ("SAU", "official")),
])
def test_office_holders_named_bare(name, key):
    """People the news names after a title, named bare: their office in the article's year."""
    assert key in _keys(f"وقال {name} إن المحادثات كانت مثمرة.", "2015-08-01", None)


def test_a_foreign_minister_of_mauritania_in_his_years():
    assert ("MRT", "foreign_minister") in _keys(
        "وقال أحمد ولد تكدي إن المحادثات كانت مثمرة.", "2014-05-01", None)


@pytest.mark.parametrize("text, key", [
    ("استقبل وزير الخارجية المصري قنصل تونس في القاهرة.", ("TUN", "official")),
    ("التقى وزير الخارجية الأردني عمدة لندن أمس.", ("GBR", "official")),
    ("التقى وزير الخارجية الأردني حاكم الشارقة أمس.", ("ARE", "official")),
    ("التقى وزير الخارجية الأردني حاكم مصرف لبنان أمس.", ("LBN", "official")),
    ("التقى وزير الخارجية الأردني الممثل المقيم للأمم المتحدة أمس.", ("UN", "official")),
])
def test_consuls_mayors_rulers_and_resident_representatives(text, key):
    """Titles of an office in a place or a body, attached to it: its state's (its body's)
    official."""
    assert key in _keys(text, home=None)


@pytest.mark.parametrize("text", [
    "وقال الحزب الحاكم في تركيا إنه سيجتمع مع المعارضة.",
    "والتقى حاكم الدويش المدير التنفيذي للشركة في الرياض.",
    "وقال عمدة إن المدينة ستستقبل الزوار.",
])
def test_ruler_and_mayor_without_a_place_name_nobody(text):
    assert not _keys(text, home=None)


def test_a_senior_adviser_to_a_president_is_an_official_not_the_president():
    keys = _keys("التقى وزير الخارجية الأردني كبير مستشاري الرئيس الإيراني أمس.", home=None)
    assert ("IRN", "official") in keys and ("IRN", "head_of_state") not in keys


@pytest.mark.parametrize("text, host", [
    ("وكان في استقباله الملحق العسكري لدى المغرب العقيد نبيل العلي.", "MAR"),
    ("وكان في استقباله السفير لدى الأردن الدكتور سامي العلي.", "JOR"),
    ("وكان في استقباله المندوب الدائم لدى الأمم المتحدة.", "UN"),
])
def test_the_state_a_diplomat_serves_in_is_not_his(text, host):
    """«لدى» after a diplomat's title names where he is accredited, not his state."""
    assert not {k for k in _keys(text, home=None) if k[0] == host}


@pytest.mark.parametrize("text, key", [
    ("والتقى الوزير سفير خادم الحرمين الشريفين لدى المملكة المغربية.", ("SAU", "official")),
    ("والتقى الوزير سفير الاتحاد الأوروبي لدى المغرب.", ("EU", "official")),
    ("والتقى الوزير مندوب السعودية لدى الأمم المتحدة.", ("SAU", "official")),
])
def test_a_diplomats_own_state_before_his_post_is_kept(text, key):
    keys = _keys(text, home=None)
    assert key in keys and not {k for k in keys if k[0] in ("MAR", "UN")}


@pytest.mark.parametrize("name, key", [
    ("مسعود برزاني", ("IRQ", "official")),
    ("رمضان قديروف", ("RUS", "official")),
    ("ريكس تيليرسون", ("USA", "foreign_minister")),
])
def test_spelling_variants_of_known_people(name, key):
    """Spellings the unlabelled news uses for people the gazetteer lists under another."""
    assert key in _keys(f"وقال {name} إن المحادثات كانت مثمرة.", "2017-05-01", None)


@pytest.mark.parametrize("adjective, code", [
    ("السينغالي", "SEN"), ("السنيغالي", "SEN"), ("البولوني", "POL"), ("الكامروني", "CMR"),
])
def test_spelling_variants_of_nationality_adjectives(adjective, code):
    assert (code, "foreign_minister") in _keys(
        f"التقى وزير الخارجية {adjective} نظيره التونسي أمس.", "2016-07-17", None)


@pytest.mark.parametrize("country, code", [
    ("بنجلاديش", "BGD"), ("الكامرون", "CMR"), ("الدنمرك", "DNK"), ("الجابون", "GAB"),
    ("نيوزلندا", "NZL"),
])
def test_spelling_variants_of_country_names(country, code):
    assert (code, "foreign_minister") in _keys(
        f"التقى وزير خارجية {country} نظيره التونسي أمس.", "2016-07-17", None)


def test_the_chemical_weapons_watchdog_is_an_organisation():
    assert ("MEET", "OPCW", "delegation", "SYR", "official") in _pairs(
        "وأجرى وفد منظمة حظر الأسلحة الكيميائية محادثات مع الحكومة السورية في دمشق أمس.",
        "2015-08-01", None)
