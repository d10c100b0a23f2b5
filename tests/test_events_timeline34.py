"""Dated lines of one pair (a chronicle) and the stops of a tour (invented sentences)."""

from datetime import date

from pipeline.events import extract_events

PUB = "2015-08-01"


def _events(text: str, kind: str) -> list[dict]:
    return [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == kind]


def _pair(e: dict) -> tuple:
    return (e["actor1_country"], e["actor2_country"])


def test_one_pair_met_on_two_dates_written_out_is_two_meetings():
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في 12 مايو في الرياض. "
        "وفي 3 يونيو اجتمع الجبير مع كيري في باريس."
    )
    meets = _events(text, "MEET")
    assert sorted(e["event_date"] for e in meets) == [date(2015, 5, 12), date(2015, 6, 3)]
    assert all(_pair(e) == ("SAU", "USA") and e["status"] == "reported" for e in meets)


def test_a_chronicle_receiving_one_guest_twice_keeps_both_receptions():
    text = (
        "استقبل الملك سلمان الرئيس المصري عبد الفتاح السيسي في 1 مارس 2015. "
        "واستقبل الملك سلمان الرئيس السيسي مرة ثانية في 2 مايو 2015."
    )
    meets = _events(text, "MEET")
    assert sorted(e["event_date"] for e in meets) == [date(2015, 3, 1), date(2015, 5, 2)]
    assert all(_pair(e) == ("SAU", "EGY") for e in meets)


def test_a_meeting_told_again_with_its_date_stays_one():
    # the lead's «أمس» and the recount's written date are the same day
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري أمس الجمعة 31 يوليو "
        "في الرياض. وبحث الجبير مع كيري في لقائهما الجمعة 31 يوليو الأزمة السورية."
    )
    meets = _events(text, "MEET")
    assert len(meets) == 1
    assert meets[0]["event_date"] == date(2015, 7, 31)


def test_a_recalled_meeting_dated_by_yesterday_and_a_written_date_stays_one():
    # only one of the two is dated by a date written out: no chronicle, one contact
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري أمس في الرياض. "
        "وكان الجبير قد التقى كيري في 31 يوليو في الرياض."
    )
    meets = _events(text, "MEET")
    assert len(meets) == 1
    assert meets[0]["event_date"] == date(2015, 7, 31)


def test_the_next_dated_line_of_a_chronicle_keeps_the_host_as_subject():
    text = (
        "وفي يوم الخميس 5 مارس الملك سلمان استقبل وزير الخارجية الأميركي، "
        "وفي يوم الأحد 8 مارس استقبل وزير الاقتصاد الألماني."
    )
    meets = sorted(_events(text, "MEET"), key=lambda e: e["event_date"])
    assert [e["event_date"] for e in meets] == [date(2015, 3, 5), date(2015, 3, 8)]
    assert [_pair(e) for e in meets] == [("SAU", "USA"), ("SAU", "DEU")]
    assert meets[1]["actor1_role"] == "head_of_state"
    assert meets[1]["actor2_role"] == "minister"


def test_a_chronicle_line_without_a_subject_of_its_own_names_no_host():
    # the first line leaves its host out: its guest is no host of the next line
    text = (
        "وفي يوم الاثنين استقبل وزير الخارجية الأميركي، "
        "وفي يوم الأحد 8 مارس استقبل وزير الاقتصاد الألماني."
    )
    assert not any(_pair(e) == ("USA", "DEU") for e in _events(text, "MEET"))


def test_later_stops_of_a_tour_to_come_take_no_date():
    text = "يبدأ وزير الخارجية اليمني رياض ياسين غدا جولة أوروبية تشمل بريطانيا وبلجيكا وفرنسا."
    visits = {e["location_country"]: e for e in _events(text, "VISIT")}
    assert set(visits) == {"GBR", "BEL", "FRA"}
    assert all(v["status"] == "planned" and v["actor1_country"] == "YEM" for v in visits.values())
    assert visits["BEL"]["event_date"] is None and visits["BEL"]["date_precision"] is None
    assert visits["FRA"]["event_date"] is None


def test_a_stop_with_a_day_of_its_own_keeps_it():
    text = (
        "غادر وزير الخارجية الأمريكي جون كيري واشنطن في جولة يستهلها في مصر. "
        "وسيزور كيري ماليزيا من 4 إلى 6 أغسطس."
    )
    visits = {e["location_country"]: e for e in _events(text, "VISIT")}
    assert visits["MYS"]["event_date"] == date(2015, 8, 4)
    assert visits["MYS"]["status"] == "planned"
