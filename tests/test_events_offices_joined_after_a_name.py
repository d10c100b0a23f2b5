"""An office joined by «و» right after a named person, which the gazetteer has him hold that
year and with no name after it, is his own further office, not a second party: «الأمير محمد بن
سلمان ولي ولي العهد والنائب الثاني لرئيس مجلس الوزراء ووزير الدفاع» is one man, the defence
minister; «خالد بحاح نائب الرئيس اليمني ورئيس الوزراء» one man, the prime minister. Two
ministries («وزير الداخلية X ووزير التجارة»), an office he does not hold, an office with a name
after it and an adviser's title stay other people.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from tests.support.events import actor_triples, actors_by_sentence, event_rows


def _sides(text: str, year: int = 2015, home: str | None = "SAU") -> list[tuple]:
    return [(c, r) for c, r, _t in actor_triples(text, year, home)]


def test_a_crown_princes_deputy_title_and_ministry_after_his_name_are_his():
    text = ("واستقبل الرئيس المصري في قصر الاتحادية الأمير محمد بن سلمان ولي ولي العهد "
            "والنائب الثاني لرئيس مجلس الوزراء ووزير الدفاع، وبحثا العلاقات الثنائية.")
    assert _sides(text) == [("EGY", "head_of_state"), ("SAU", "defense_minister")]


def test_the_contact_has_one_saudi_side_not_a_second_official():
    text = ("واستقبل الرئيس المصري في قصر الاتحادية الأمير محمد بن سلمان ولي ولي العهد "
            "والنائب الثاني لرئيس مجلس الوزراء ووزير الدفاع، وبحثا العلاقات الثنائية.")
    rows = event_rows(text, date(2015, 7, 30), "SAU")
    assert [r for r in rows if r[0] == "MEET"] == [
        ("MEET", "EGY", "head_of_state", "SAU", "defense_minister")]


def test_a_ministry_after_the_crown_princes_title_is_his():
    text = ("وصل إلى الجزائر الأمير محمد بن نايف ولي العهد ونائب رئيس مجلس الوزراء ووزير "
            "الداخلية في زيارة رسمية.")
    assert _sides(text) == [("SAU", "minister")]


def test_a_premiership_after_a_deputy_presidents_title_is_his():
    text = "وعاد إلى عدن خالد بحاح نائب الرئيس اليمني ورئيس الوزراء بعد جولة خليجية."
    assert _sides(text) == [("YEM", "head_of_government")]


def test_an_office_he_does_not_hold_is_another_person():
    text = ("وحضر اللقاء الأمير محمد بن نايف ولي العهد ونائب رئيس مجلس الوزراء ووزير الخارجية "
            "في جدة.")
    assert _sides(text) == [("SAU", "official"), ("SAU", "foreign_minister")]


def test_an_office_with_a_name_after_it_is_another_person():
    text = ("وحضر اللقاء الأمير محمد بن سلمان ولي ولي العهد والنائب الثاني لرئيس مجلس الوزراء "
            "ووزير الدفاع اللواء سالم العتيبي.")
    assert ("SAU", "defense_minister") in _sides(text)
    assert len(_sides(text)) == 2
    text = "وحضر اللقاء خالد بحاح نائب الرئيس اليمني ورئيس الوزراء الدكتور أحمد صالح في عدن."
    assert _sides(text) == [("YEM", "official"), ("YEM", "head_of_government")]


def test_a_bare_name_later_takes_the_joined_office():
    # the office joined after his name is the one a title named him by: his bare name in a
    # later sentence takes it, not the deputy's title before it
    text = ("وعاد إلى عدن خالد بحاح نائب الرئيس اليمني ورئيس الوزراء بعد جولة خليجية. "
            "والتقى بحاح أمس السفير الأمريكي.")
    last = actors_by_sentence(text, date(2015, 8, 3), "SAU")[-1]
    assert ("Khaled Bahah", "YEM", "head_of_government") in last


def test_an_officials_title_that_is_no_deputy_of_a_head_is_another_person():
    # «ورئيس الديوان الملكي» after the crown prince's deputy: the chief of the royal court
    text = "وحضر اللقاء الأمير محمد بن سلمان ولي ولي العهد ورئيس الديوان الملكي في جدة."
    assert _sides(text) == [("SAU", "official"), ("SAU", "official")]
