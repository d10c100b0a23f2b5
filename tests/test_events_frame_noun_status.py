"""A contact noun after «في» that names again the contact of the verb before it, with only the
verb's subject and objects (and courtesy words before their names) between («يلتقي X Y وZ في
اجتماع ثلاثي»), takes the verb's status: the pair the noun alone gives (Y-Z of a trilateral)
is planned as the verb's pairs are."""

from datetime import date

from pipeline.events.extract import extract_events

PUB = date(2016, 10, 3)


def _meets(text):
    return {(e["actor1_country"], e["actor2_country"]): e["status"]
            for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "MEET"}


def test_trilateral_pair_of_a_coming_meeting_is_planned():
    text = ("تتجه الأنظار اليوم إلى العاصمة العمانية، حيث يلتقي معالي الأستاذ عادل الجبير السيد "
            "جون كيري وسيرغي لافروف في اجتماع ثلاثي لبحث أوضاع المنطقة.")
    found = _meets(text)
    assert len(found) == 3 and set(found.values()) == {"planned"}


def test_trilateral_pair_of_a_past_meeting_stays_reported():
    text = "التقى وزير الخارجية عادل الجبير أمس جون كيري وسيرغي لافروف في اجتماع ثلاثي في مسقط."
    found = _meets(text)
    assert len(found) == 3 and set(found.values()) == {"reported"}
