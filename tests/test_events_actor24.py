"""Office holders the unlabelled news names beside a contact word and the gazetteer missed
(configs/gazetteer/actors.yaml): a name alone gives its holder's state and office, not the
outlet's own state.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


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
