"""Actors known only by an office in a named body: a director («مدير», «مديرة») is an official of
the organisation or state attached to the title, of no one alone; «المغرب العربي» is the
Maghreb, not Morocco; a state named bare (or by its seat) after بين with an armed group joined
to it are the two sides of the talks (sentences written for these tests)."""

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


def test_a_state_and_an_armed_group_after_bayna_are_the_two_sides_of_talks():
    text = "وعقدت أمس جولة محادثات السلام بين كابل وطالبان في الدوحة."
    assert _pairs(text, home="SAU") == {frozenset(("AFG", "TALIBAN"))}
    text = "ومن المقرر أن تبدأ الأسبوع المقبل جولة جديدة من المحادثات بين كابول وحركة طالبان."
    assert frozenset(("AFG", "TALIBAN")) in _pairs(text, home="SAU")


def test_fighting_between_a_state_and_a_group_is_no_contact():
    assert _pairs("وتتواصل المعارك بين كابل وطالبان في ولاية هلمند.", home="SAU") == set()
    # two states after بين stay a pair of states
    assert _pairs("وعقدت أمس جولة محادثات بين كابل وإسلام آباد في الدوحة.", home="SAU") == {
        frozenset(("AFG", "PAK"))}
