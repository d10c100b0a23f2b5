"""A title joins the name beside it through any office the person held in the article's year,
not only the office he is keyed by when named alone: Falih al-Fayyadh headed the Popular
Mobilisation Forces and was Iraq's national security adviser at once, so «مستشار الأمن الوطني
العراقي فالح الفياض» is one man, Iraq's official, while «رئيس هيئة الحشد الشعبي فالح الفياض»
and the bare name stay the PMF's. An office he did not hold that year joins nothing."""

import pytest

from pipeline.events import extract_events


def _others(text: str, published: str) -> list[tuple]:
    """(name, country, org, role) of the second party of every event."""
    return [(e["actor2_name"], e["actor2_country"], e["actor2_org"], e["actor2_role"])
            for e in extract_events(text, published=published)]


FAYYADH = "Falih al-Fayyadh"


@pytest.mark.parametrize("text", [
    "استقبل وزير الخارجية الإيراني محمد جواد ظريف أمس في طهران مستشار الأمن الوطني العراقي"
    " فالح الفياض.",
    "استقبل وزير الخارجية الإيراني محمد جواد ظريف أمس في طهران فالح الفياض مستشار الأمن"
    " الوطني العراقي.",
])
def test_title_of_his_other_office_joins_the_name(text):
    assert _others(text, "2017-05-02") == [(FAYYADH, "IRQ", None, "official")]


def test_title_of_his_default_office_still_joins():
    text = ("بحث وزير الخارجية الإيراني محمد جواد ظريف أمس في طهران مع رئيس هيئة الحشد الشعبي"
            " فالح الفياض الأوضاع في العراق.")
    assert _others(text, "2017-05-02") == [(FAYYADH, None, "PMF", "group")]


def test_bare_name_keeps_the_default_office():
    text = "استقبل وزير الخارجية الإيراني محمد جواد ظريف أمس في طهران فالح الفياض."
    assert _others(text, "2017-05-02") == [(FAYYADH, None, "PMF", "group")]


def test_office_not_held_that_year_does_not_join():
    # out of the adviser's office after 2020: the title is someone else's, not his
    text = ("استقبل وزير الخارجية الإيراني محمد جواد ظريف أمس في طهران مستشار الأمن الوطني"
            " العراقي فالح الفياض.")
    assert (FAYYADH, "IRQ", None, "official") not in _others(text, "2021-03-01")


@pytest.mark.parametrize("text", [
    "استقبل الرئيس الفرنسي إيمانويل ماكرون أمس في باريس وزير الخارجية البحريني عبداللطيف"
    " الزياني.",
    "استقبل الرئيس الفرنسي إيمانويل ماكرون أمس في باريس عبداللطيف الزياني وزير الخارجية"
    " البحريني.",
])
def test_year_of_two_offices_of_two_bodies(text):
    # 2020: the GCC's secretary-general until the spring, Bahrain's foreign minister after
    assert _others(text, "2020-12-01") == [
        ("Abdullatif bin Rashid Al Zayani", "BHR", None, "foreign_minister")]
