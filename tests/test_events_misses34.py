"""A definite meeting noun with the preposition ل before its article («للقاء», «للاجتماع»: ل +
ال, the alef dropped) names again the meeting the sentence told, as «إلى اللقاء» does; a
month of its own or a party named after it keeps it a contact of its own."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 8, 9)
OPENING = "وبدأ الرئيس المصري عبد الفتاح السيسي يومه بلقاء الرئيس الفرنسي فرانسوا هولاند "


def _events(text: str) -> list[tuple]:
    return sorted(
        (e["event_type"], e["status"], e["actor1_country"], e["actor2_country"], e["event_date"])
        for e in extract_events(text, PUBLISHED)
    )


def test_meeting_noun_with_lam_and_article_names_the_meeting_again():
    for noun in ("للقاء", "للاجتماع"):
        events = _events(OPENING + f"قبل التوجه {noun} المقرر.")
        assert events == [("MEET", "reported", "EGY", "FRA", None)], noun


def test_meeting_noun_with_ila_and_article_names_the_meeting_again():
    events = _events(OPENING + "قبل التوجه إلى اللقاء المقرر.")
    assert events == [("MEET", "reported", "EGY", "FRA", None)]


def test_meeting_noun_with_a_month_of_its_own_is_another_meeting():
    text = (
        "وعقد الرئيس المصري عبد الفتاح السيسي مباحثات مع الرئيس الفرنسي فرانسوا هولاند أمس، "
        "واتفق الطرفان على الإعداد للقاء المقبل الشهر المقبل."
    )
    events = _events(text)
    assert ("MEET", "reported", "EGY", "FRA", date(2015, 8, 8)) in events
    assert ("MEET", "planned", "EGY", "FRA", date(2015, 9, 1)) in events


def test_verbal_noun_with_its_object_after_it_is_a_meeting():
    text = (
        "وتوجه الرئيس المصري عبد الفتاح السيسي أمس إلى باريس للقاء الرئيس الفرنسي فرانسوا هولاند."
    )
    events = _events(text)
    assert ("MEET", "reported", "EGY", "FRA", date(2015, 8, 8)) in events
    assert ("VISIT", "reported", "EGY", None, date(2015, 8, 8)) in events
