"""Two name clashes on Saudi news. A bare first name after a title stands for the one person the
text named in full with it («الأمير محمد» after «الأمير محمد بن سلمان») only when no other name
follows it: «نائب رئيس مجلس النواب محمد الشدادي» is someone else. And «عمان» is both Oman and
Amman: a shadda written on it («عمّان») is the city's spelling, a damma («عُمان») the country's."""

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _prepare

DAY = date(2015, 7, 22)
MBS = "استقبل ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان في الرياض اليوم وزير الخارجية اليمني."


def named(text):
    return [(a.name, a.country, a.role, a.text) for s in _prepare(text, DAY, "SAU")
            for a in s.actors]


def visits(text, home="SAU"):
    return [(e["actor1_country"], e["location_name"], e["location_country"])
            for e in extract_events(text, DAY, home=home) if e["event_type"] == "VISIT"]


def test_first_name_with_another_family_name_is_someone_else():
    text = MBS + " وكان في استقبال الطائرة في عدن نائب رئيس مجلس النواب محمد الشدادي ووزير النقل."
    assert [a for a in named(text) if a[0] == "Mohammed bin Salman"] == [
        ("Mohammed bin Salman", "SAU", "defense_minister",
         "ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان")]


def test_first_name_with_a_fathers_name_is_someone_else():
    text = MBS + " وحضر اللقاء نائب رئيس مجلس النواب محمد سالم الشدادي."
    assert sum(a[0] == "Mohammed bin Salman" for a in named(text)) == 1


def test_bare_first_name_after_a_title_is_still_him():
    text = MBS + " واستقبل الأمير محمد اليوم وزير الخارجية الأمريكي."
    people = [a for a in named(text) if a[0] == "Mohammed bin Salman"]
    assert [a[3] for a in people] == ["ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان",
                                      "الأمير محمد"]
    events = extract_events(text, DAY, home="SAU")
    assert any(e["actor1_name"] == "Mohammed bin Salman" and e["actor2_country"] == "USA"
               for e in events)


def test_first_name_with_his_own_fathers_name_is_him():
    text = MBS + " واستقبل الأمير محمد سلمان اليوم وزير الخارجية الأمريكي."
    assert sum(a[0] == "Mohammed bin Salman" for a in named(text)) == 2


def test_shadda_spells_amman():
    assert visits("وصل وزير الخارجية السعودي إلى عمّان اليوم في زيارة رسمية.") == [
        ("SAU", "Amman", "JOR")]


def test_damma_spells_oman_after_jordan_was_named():
    text = "غادر وزير الخارجية الأردني الأردن أمس، ووصل إلى عُمان اليوم في زيارة رسمية."
    assert [v[1:] for v in visits(text, home="JOR")] == [("Oman", "OMN")]


def test_bare_spelling_keeps_the_context_rule():
    # no mark: Oman, unless the text named Jordan first
    assert visits("وصل وزير الخارجية السعودي إلى عمان اليوم في زيارة رسمية.") == [
        ("SAU", "Oman", "OMN")]


def test_first_name_then_a_comma_is_still_him():
    text = MBS + " وحضر اللقاء الأمير محمد، وأحمد الشدادي."
    assert sum(a[0] == "Mohammed bin Salman" for a in named(text)) == 2
