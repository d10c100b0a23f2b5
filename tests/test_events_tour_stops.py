"""A participle of heading («متوجها إلى X») tells the same trip as the verb of leaving before
it: the visit to X is planned, under way or called off as the leaving is."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 7, 22)


def _visits(text: str) -> dict[str, tuple]:
    return {
        e["location_country"]: (e["status"], str(e["event_date"]), e["actor1_country"])
        for e in extract_events(text, PUBLISHED)
        if e["event_type"] == "VISIT"
    }


def test_scheduled_departure_makes_the_heading_planned():
    visits = _visits("ومن المقرر أن يغادر وزير الدفاع الأمريكي الأردن اليوم متوجها إلى السعودية.")
    assert visits["SAU"] == ("planned", "2015-07-22", "USA")
    assert visits["JOR"][0] == "planned"


def test_past_departure_keeps_the_heading_reported():
    visits = _visits("غادر وزير الخارجية الفرنسي الأردن اليوم متوجها إلى السعودية.")
    assert visits["SAU"] == ("reported", "2015-07-22", "FRA")


def test_future_departure_keeps_the_heading_planned():
    visits = _visits("وسيغادر وزير الخارجية الفرنسي الأردن غدا متوجها إلى السعودية.")
    assert visits["SAU"] == ("planned", "2015-07-23", "FRA")


def test_called_off_departure_calls_off_the_heading():
    visits = _visits(
        "وكان من المفترض أن يغادر وزير الخارجية الفرنسي الرياض اليوم متوجها إلى القاهرة "
        "لكنه أرجأ سفره."
    )
    assert visits["EGY"][0] == "cancelled"


def test_heading_without_a_verb_of_leaving_stays_reported():
    # near miss: «لدى مغادرته» is a noun, no verb whose status the participle could take
    visits = _visits(
        "وقال الرئيس اليمني في تصريح لدى مغادرته الرياض أمس متوجها إلى مصر إن الجيش سينتصر."
    )
    assert visits["EGY"] == ("reported", "2015-07-21", "YEM")


# A verb that ends a visit names its last day, not its first: the visit is left undated unless
# a relative clause on it tells the day it began; a tour being closed has made its stops.


def test_closed_visit_takes_no_day_from_its_closing():
    visits = _visits("اختتم وزير الخارجية القطري أمس زيارته إلى العراق.")
    assert visits["IRQ"] == ("reported", "None", "QAT")


def test_visit_ending_today_takes_no_day():
    visits = _visits("وأشاد الرئيس الأمريكي الذي ينهي اليوم زيارة إلى كينيا بعمل القوة الإفريقية.")
    assert visits["KEN"] == ("reported", "None", "USA")


def test_closed_visit_dated_by_its_arrival_clause():
    visits = _visits(
        "اختتم وزير الخارجية القطري أمس زيارته إلى العراق التي كان قد وصلها أول من أمس."
    )
    assert visits["IRQ"] == ("reported", "2015-07-20", "QAT")


def test_begun_visit_keeps_its_day():
    # near miss: a verb that opens the visit names its first day
    visits = _visits("بدأ وزير الخارجية القطري أمس زيارته إلى العراق.")
    assert visits["IRQ"] == ("reported", "2015-07-21", "QAT")


def test_closing_stop_of_a_tour_keeps_its_day():
    # near miss: the stop a tour is closed on is made on the closing day
    visits = _visits("ويختتم الرئيس الفرنسي غدا جولته في الجزائر.")
    assert visits["DZA"] == ("planned", "2015-07-23", "FRA")


def test_stops_of_a_tour_being_closed_are_made():
    visits = _visits("يختتم الرئيس الفرنسي اليوم جولة تشمل تونس والجزائر.")
    assert visits["TUN"][0] == "reported"
    assert visits["DZA"][0] == "reported"


def test_stops_of_a_tour_going_on_are_still_to_come():
    # near miss: a tour told with a present verb of inclusion and no closing verb
    visits = _visits("يواصل الرئيس الفرنسي جولته الإفريقية التي تشمل تونس والجزائر.")
    assert visits["DZA"][0] == "planned"


# A participle of heading after a noun of leaving, in a sentence that opens on a verb of saying
# with no subject, tells the trip of the speaker the sentence before named.
SPEAKER_LEAD = "أكد الرئيس اليمني عبدربه منصور هادي أن الانتصارات لن تتوقف. "


def test_speaker_leaving_for_a_place_visits_it():
    visits = _visits(
        SPEAKER_LEAD + "وقال، في تصريح لدى مغادرته الرياض، متوجها إلى مصر، إن الجيش سينتصر."
    )
    assert visits["EGY"] == ("reported", "None", "YEM")


def test_speaker_arriving_without_a_participle_gives_no_visit():
    # near miss: an arrival noun with no participle of heading
    visits = _visits(SPEAKER_LEAD + "وقال، في تصريح لدى وصوله إلى الرياض، إن الجيش سينتصر.")
    assert "EGY" not in visits


def test_named_subject_of_the_sentence_is_the_one_leaving():
    # near miss: the sentence names its own speaker
    visits = _visits(
        SPEAKER_LEAD + "وقال وزير الخارجية المصري لدى مغادرته الرياض متوجها إلى عمان إن الحل سياسي."
    )
    assert visits["OMN"] == ("reported", "None", "EGY")


# A visit to come that is only the setting of a contact announced for it («سيلتقي خلال زيارته
# إلى مصر») is the visit another sentence reports as made or under way.


def _visit_rows(text: str) -> list[tuple]:
    return sorted(
        (e["location_country"], e["status"], str(e["event_date"]))
        for e in extract_events(text, date(2015, 8, 6))
        if e["event_type"] == "VISIT"
    )


def test_setting_of_a_visit_under_way_is_that_visit():
    text = (
        SPEAKER_LEAD
        + "وقال، في تصريح لدى مغادرته الرياض، متوجها إلى مصر، إن الجيش سينتصر. "
        + "وقالت مصادر إن الرئيس اليمني سيلتقي خلال زيارته إلى مصر مع الرئيس المصري."
    )
    assert _visit_rows(text) == [("EGY", "reported", "None")]


def test_setting_of_a_visit_alone_stays_planned():
    # near miss: no sentence tells the trip made
    text = "وقالت مصادر إن الرئيس اليمني سيلتقي خلال زيارته إلى مصر مع الرئيس المصري."
    assert _visit_rows(text) == [("EGY", "planned", "None")]


def test_setting_of_a_visit_after_an_old_trip_stays_planned():
    # near miss: the trip reported is months old, another one
    text = (
        "زار الرئيس اليمني مصر في مايو الماضي. "
        "وقالت مصادر إن الرئيس اليمني سيلتقي خلال زيارته المقبلة إلى مصر مع الرئيس المصري."
    )
    assert ("EGY", "planned", "None") in _visit_rows(text)
    assert ("EGY", "reported", "2015-05-01") in _visit_rows(text)
