"""Several stops of one tour told in one sentence: each stop is a visit of its own, and a later
stop of the list, which the text gives no day of its own, takes the month of the day the
sentence names (or no date when a week from it runs into the next month), whether a tour noun
or a verb of visiting lists the stops."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2016, 5, 10)


def _visits(text: str, published: date = PUBLISHED) -> dict:
    out = {}
    for e in extract_events(text, published, home="SAU"):
        if e["event_type"] == "VISIT":
            out[e["location_name"]] = (
                e["status"],
                e["actor1_country"],
                e["actor1_role"],
                e["event_date"],
                e["date_precision"],
            )
    return out


def test_verb_lists_stops_later_stop_takes_no_date():
    got = _visits("يزور وزير الخارجية الإيراني محمد جواد ظريف اليوم الكويت وقطر والعراق.")
    assert got["Kuwait"] == ("planned", "IRN", "foreign_minister", date(2016, 5, 10), "day")
    assert got["Qatar"] == ("planned", "IRN", "foreign_minister", None, None)
    assert got["Iraq"] == ("planned", "IRN", "foreign_minister", None, None)


def test_tour_noun_lists_stops_later_stop_takes_no_date():
    got = _visits(
        "يبدأ وزير الخارجية اليمني رياض ياسين غدا جولة أوروبية تشمل بريطانيا وبلجيكا وفرنسا."
    )
    assert got["United Kingdom"][3:] == (date(2016, 5, 11), "day")
    assert got["Belgium"][3:] == (None, None)
    assert got["France"][3:] == (None, None)


def test_later_stop_near_the_months_end_takes_no_date():
    got = _visits(
        "يزور وزير الخارجية الإيراني محمد جواد ظريف اليوم الكويت وقطر.", date(2016, 5, 28)
    )
    assert got["Kuwait"][3:] == (date(2016, 5, 28), "day")
    assert got["Qatar"][3:] == (None, None)


def test_past_visits_told_with_their_day_keep_it():
    got = _visits("زار وزير الخارجية الإيراني محمد جواد ظريف أمس الكويت وقطر.")
    assert got["Kuwait"] == ("reported", "IRN", "foreign_minister", date(2016, 5, 9), "day")
    assert got["Qatar"] == ("reported", "IRN", "foreign_minister", date(2016, 5, 9), "day")


def test_place_left_is_no_stop():
    # «من الرياض إلى جدة»: a place left and a place reached, no list of stops: the place left
    # is never a visit
    got = _visits("توجه وزير الخارجية الأمريكي جون كيري اليوم من الرياض إلى جدة.")
    assert "Riyadh" not in got


def test_countries_discussed_are_no_stops():
    # a list of countries talked about after a meeting is no tour
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير اليوم نظيره الفرنسي وبحثا الأوضاع "
        "في سوريا واليمن والعراق."
    )
    assert _visits(text) == {}


def test_one_day_visit_keeps_its_day():
    got = _visits("يزور وزير الخارجية الإيراني محمد جواد ظريف اليوم الكويت.")
    assert got == {"Kuwait": ("planned", "IRN", "foreign_minister", date(2016, 5, 10), "day")}
