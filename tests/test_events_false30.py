"""Round-30 precision rules, on invented sentences (with near misses)."""

from datetime import date

from pipeline.events import extract_events


def _events(text, published, home="TUN"):
    return extract_events(text, published, home=home)


def _one(events, etype, country):
    found = [
        e
        for e in events
        if e["event_type"] == etype and country in (e["actor1_country"], e["actor2_country"])
    ]
    assert len(found) == 1, found
    return found[0]


VISIT_THEN_TALKS = (
    "يؤدي وزير الشؤون الخارجية زيارة إلى الكويت يومي 15 و16 أكتوبر الجاري. ومن المنتظر أن "
    "يجري الوزير خلال هذه الزيارة لقاءات مع كبار المسؤولين الكويتيين للتباحث حول مشاركة "
    "كويتية في المؤتمر الدولي لدعم الاستثمار الذي تحتضنه تونس يومي 29 و30 نوفمبر 2016."
)


def test_planned_talks_take_no_day_from_a_conference_they_are_about():
    meet = _one(_events(VISIT_THEN_TALKS, "2016-10-14"), "MEET", "KWT")
    assert meet["status"] == "planned"
    # the conference's days (29-30 November) are not the meetings': they are the visit's
    assert meet["event_date"] != date(2016, 11, 29)
    assert meet["event_date"] == date(2016, 10, 1) and meet["date_precision"] == "month"


def test_the_visit_itself_keeps_its_own_day():
    visit = _one(_events(VISIT_THEN_TALKS, "2016-10-14"), "VISIT", "TUN")
    assert visit["status"] == "planned"
    assert visit["event_date"] == date(2016, 10, 15)


def test_attending_a_summit_keeps_the_summit_day():
    # near miss: the gathering attended is the contact, so its day is the attendance's
    text = (
        "وأوضح السفير أن الرئيس الأمريكي سيشارك في القمة العالمية لريادة الأعمال التي "
        "ستفتتح في 24 يوليو الحالي في نيروبي."
    )
    visit = _one(_events(text, "2015-07-17", home="SAU"), "VISIT", "USA")
    assert visit["status"] == "planned"
    assert visit["event_date"] == date(2015, 7, 24)
