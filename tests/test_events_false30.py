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


def test_being_in_contact_is_no_call():
    text = (
        "وجاء في البيان أن الوزيرة الكرواتية على اتصال بنظيرها المصري سامح شكري "
        "وستتوجه إلى القاهرة."
    )
    assert not [e for e in _events(text, "2015-08-08", home="SAU") if e["event_type"] == "CALL"]


def test_two_authorities_in_contact_to_arrange_something_is_no_call():
    text = "وقال المسؤول إن السلطات الفلسطينية والإسرائيلية على اتصال لتنظيم نقل الجثمان."
    assert not [e for e in _events(text, "2015-08-08", home="SAU") if e["event_type"] == "CALL"]


def test_a_phone_call_after_ala_is_still_a_call():
    # near miss: «اقتصر على اتصال هاتفي»: a call was made
    text = (
        "وأوضحت الرئاسة أن الأمر اقتصر على اتصال هاتفي صباح يوم الأربعاء بين الرئيس "
        "التونسي والرئيس الليبي."
    )
    call = _one(_events(text, "2015-08-08"), "CALL", "LBY")
    assert call["status"] == "reported"
    assert {call["actor1_country"], call["actor2_country"]} == {"TUN", "LBY"}
    assert call["event_date"] == date(2015, 8, 5)
