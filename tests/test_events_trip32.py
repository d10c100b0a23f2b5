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
