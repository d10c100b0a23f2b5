"""A contact after «قبل أن» in a past narrative is what happened next, not a plan."""

from pipeline.events import extract_events


def _visits(text, published="2016-03-10"):
    return [
        (e["status"], e["actor1_country"], e["location_country"])
        for e in extract_events(text, published, home="SAU")
        if e["event_type"] == "VISIT"
    ]


def test_trip_after_past_saying_is_reported():
    text = (
        "وقال الرئيس التركي في مؤتمر صحفي بأنقرة قبل أن يبدأ جولة في الصين والهند إن الحوار مستمر."
    )
    visits = _visits(text)
    assert visits
    assert all(status == "reported" for status, _, _ in visits)
    assert ("reported", "TUR", "CHN") in visits


def test_departure_after_past_narrative_is_reported():
    text = "وأمضى رئيس الوزراء اليمني يومين في عدن قبل أن يغادر إلى الرياض."
    assert ("reported", "YEM", "SAU") in _visits(text)


def test_trip_after_future_clause_stays_planned():
    text = "سيعلن الرئيس الفرنسي اليوم تشكيل الحكومة قبل أن يتوجه إلى ألمانيا."
    assert ("planned", "FRA", "DEU") in _visits(text)


def test_trip_told_for_tomorrow_stays_planned():
    text = "وصل الرئيس المصري اليوم إلى بيروت قبل أن يتوجه غدا إلى الرياض."
    visits = _visits(text)
    assert ("reported", "EGY", "LBN") in visits
    assert ("planned", "EGY", "SAU") in visits


def test_trip_after_future_verb_in_reported_speech_stays_planned():
    text = "قال المتحدث إن وزير الخارجية الأردني سيزور بغداد قبل أن يتوجه إلى طهران."
    visits = _visits(text)
    assert ("planned", "JOR", "IRN") in visits


def test_other_subject_after_past_verb_stays_planned():
    # a subject of its own after «قبل أن» may be what lies ahead of the news
    text = "وتحدث وزير الخارجية المغربي للصحفيين قبل أن يبدأ الرئيس الفرنسي زيارة إلى الجزائر."
    visits = _visits(text)
    assert ("planned", "FRA", "DZA") in visits


def test_visit_after_a_clause_dated_days_ago_is_reported_undated():
    text = (
        "وأوضحت السلطات أن ضبط الشحنة تم يوم الأحد الماضي، أي قبل أن يبدأ وزير الخارجية "
        "الإيراني زيارته إلى الكويت."
    )
    events = [
        e
        for e in extract_events(text, "2016-03-10", home="SAU")
        if e["event_type"] == "VISIT" and e["actor1_country"] == "IRN"
    ]
    assert events
    assert all(e["status"] == "reported" and e["event_date"] is None for e in events)
