"""Contacts recalled from before now, later legs of a trip, and visits called off, told late
in an article whose lead names a day (invented sentences)."""

from datetime import date

from pipeline.events import extract_events

PUB = "2016-05-15"  # a Sunday
LEAD = (
    "التقى وزير الخارجية السعودي عادل الجبير اليوم الأحد في الرياض نظيره الأمريكي جون كيري. "
    "وبحث الجانبان العلاقات الثنائية. "
)


def _late(sentence: str) -> list[dict]:
    """The events of the sentence told after the lead (its third)."""
    return [e for e in extract_events(LEAD + sentence, PUB) if e["sentence_index"] == 2]


def _one(events: list[dict], etype: str, *countries: str) -> dict:
    found = [
        e
        for e in events
        if e["event_type"] == etype and {e["actor1_country"], e["actor2_country"]} >= set(countries)
    ]
    assert len(found) == 1, events
    return found[0]


def test_talks_during_their_last_meeting_take_no_lead_day():
    ev = _one(
        _late("وناقش كيري مع الملك سلمان خلال لقائهما الأخير الأزمة السورية."),
        "MEET",
        "USA",
        "SAU",
    )
    assert ev["status"] == "reported"
    assert ev["event_date"] is None


def test_meeting_during_his_previous_visit_takes_no_lead_day():
    events = _late("والتقى كيري الملك سلمان خلال زيارته السابقة إلى جدة.")
    ev = _one(events, "MEET", "USA", "SAU")
    assert ev["event_date"] is None
    visit = _one(events, "VISIT", "USA")
    assert visit["event_date"] is None


def test_the_last_visit_noun_takes_no_lead_day():
    ev = _one(
        _late("وأوضح الجبير أن الزيارة الأخيرة التي قام بها كيري إلى جدة كانت مثمرة."),
        "VISIT",
        "USA",
    )
    assert ev["status"] == "reported"
    assert ev["event_date"] is None


def test_contact_after_sabaqa_an_takes_no_lead_day():
    ev = _one(
        _late(
            "وتناول الجانبان ما سبق أن طرحه الرئيس الروسي فلاديمير بوتين خلال لقائه مع "
            "وزير الخارجية السوري وليد المعلم."
        ),
        "MEET",
        "RUS",
        "SYR",
    )
    assert ev["event_date"] is None


def test_near_miss_last_meeting_with_its_own_day_keeps_it():
    ev = _one(
        _late("وناقش كيري مع الملك سلمان خلال لقائهما الأخير يوم الخميس الماضي الأزمة السورية."),
        "MEET",
        "USA",
        "SAU",
    )
    assert ev["event_date"] == date(2016, 5, 12)


def test_near_miss_the_latters_visit_keeps_the_lead_day():
    # «زيارة الأخير» is the latter's visit (the masculine adjective on a feminine noun), the
    # one the lead tells: not a visit before now
    ev = _one(
        _late("وناقش الجبير مع كيري أثناء زيارة الأخير إلى الرياض الأزمة السورية."),
        "VISIT",
        "USA",
    )
    assert ev["event_date"] == date(2016, 5, 15)


def test_near_miss_meeting_during_his_visit_keeps_the_lead_day():
    ev = _one(
        _late("والتقى كيري الملك سلمان خلال زيارته إلى الرياض."),
        "MEET",
        "USA",
        "SAU",
    )
    assert ev["event_date"] == date(2016, 5, 15)


def test_later_leg_takes_no_lead_day():
    ev = _one(_late("وسيزور كيري لاحقا قطر."), "VISIT", "USA")
    assert ev["status"] == "planned"
    assert ev["event_date"] is None
    assert ev["location_country"] == "QAT"


def test_later_leg_after_this_tour_takes_no_lead_day():
    text = (
        "وصل وزير الخارجية الأمريكي جون كيري اليوم السبت إلى القاهرة في مستهل جولة. "
        "وتعد مصر المحطة الأولى في هذه الجولة لوزير الخارجية الأمريكي، الذي سيزور لاحقا "
        "الكويت لبحث الاتفاق النووي."
    )
    events = extract_events(text, "2016-05-14")
    leg = [e for e in events if e["event_type"] == "VISIT" and e["location_country"] == "KWT"]
    assert len(leg) == 1, events
    assert leg[0]["status"] == "planned"
    assert leg[0]["event_date"] is None
    first = [e for e in events if e["event_type"] == "VISIT" and e["location_country"] == "EGY"]
    assert first and first[0]["event_date"] == date(2016, 5, 14)


def test_near_miss_next_leg_with_its_own_day_keeps_it():
    ev = _one(_late("ثم يتوجه كيري يوم الثلاثاء المقبل إلى الدوحة."), "VISIT", "USA")
    assert ev["status"] == "planned"
    assert ev["event_date"] == date(2016, 5, 17)


def test_visit_postponed_after_the_noun_is_cancelled():
    events = extract_events(
        "قال مصدر دبلوماسي اليوم الأحد إن زيارة وزير الخارجية الإيراني محمد جواد ظريف لتركيا أجلت.",
        PUB,
    )
    ev = _one(events, "VISIT", "IRN")
    assert ev["status"] == "cancelled"


def test_scheduled_visit_called_off_is_cancelled():
    events = extract_events(
        "أعلنت الخارجية التركية اليوم الأحد أن الزيارة التي كانت مقررة لوزير الخارجية "
        "الإيراني محمد جواد ظريف إلى أنقرة ألغيت.",
        PUB,
    )
    ev = _one(events, "VISIT", "IRN")
    assert ev["status"] == "cancelled"


def test_present_next_leg_after_then_is_planned_with_no_lead_day():
    ev = _one(_late("ويتوجه كيري بعد ذلك إلى الدوحة."), "VISIT", "USA")
    assert ev["status"] == "planned"
    assert ev["event_date"] is None
    assert ev["location_country"] == "QAT"
