"""Actors known only by an office in a named body: a director («مدير», «مديرة») is an official of
the organisation or state attached to the title, of no one alone; «المغرب العربي» is the
Maghreb, not Morocco (sentences written for these tests)."""

from datetime import date

from pipeline.events import extract as X


def _actors(text, home="TUN"):
    return [(a.country or a.org, a.role) for s in X._prepare(text, date(2016, 9, 30), home)
            for a in s.actors]


def _pairs(text, home="TUN"):
    return {frozenset((e["actor1_country"] or e["actor1_org"],
                       e["actor2_country"] or e["actor2_org"]))
            for e in X.extract_events(text, "2016-09-30", home=home)}


def test_director_at_an_organisation_is_its_official():
    text = ("استقبل وزير التنمية والاستثمار صباح اليوم بمقر الوزارة مدير إقليم شمال أفريقيا "
            "بمنظمة الصحة العالمية.")
    assert ("WHO", "official") in _actors(text)
    assert frozenset(("TUN", "WHO")) in _pairs(text)


def test_director_of_an_organisations_office_is_its_official():
    text = "التقى وزير الخارجية التونسي أمس مدير مكتب البنك الدولي في تونس."
    assert ("WORLD_BANK", "official") in _actors(text)


def test_director_of_a_national_agency_is_its_states_official():
    text = "استقبل وزير الخارجية التونسي أمس مدير المخابرات المصرية."
    assert ("EGY", "official") in _actors(text)


def test_director_alone_or_of_a_company_is_nobody():
    assert _actors("استقبل وزير الخارجية التونسي أمس مدير المدرسة.") == [
        ("TUN", "foreign_minister")]
    assert _actors("استقبل وزير الخارجية التونسي أمس مدير شركة أرامكو السعودية.") == [
        ("TUN", "foreign_minister")]


def test_the_maghreb_is_not_morocco():
    text = "التقى الوزير اليوم مديرة منطقة المغرب العربي بالمؤسسة."
    assert all(code != "MAR" for code, _ in _actors(text))
    assert frozenset(("TUN", "MAR")) in _pairs("التقى وزير الخارجية التونسي نظيره المغربي أمس.")
