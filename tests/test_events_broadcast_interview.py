"""A meeting noun with a broadcast adjective right after it («لقاء تلفزيوني», «حوار إذاعي»,
«مقابلة متلفزة») is an interview given on air, not a contact (the conventions: TV interviews
are no events); a meeting with another adjective stays one."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 8, 6)


def _pairs(text):
    return [(e["event_type"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, published=PUBLISHED, home="SAU")]


def test_a_televised_interview_is_no_meeting():
    pairs = _pairs("وعرض السفير التركي في لبنان المبادرة عبر لقاء تلفزيوني مع إحدى القنوات "
                   "المحلية وحملها رسميا رئيس الوزراء العراقي خلال زيارته لبيروت.")
    assert not any({"TUR", "IRQ"} == {a, b} for _, a, b in pairs), pairs


def test_a_radio_interview_with_a_minister_is_no_meeting():
    pairs = _pairs("وقال السفير التركي في لقاء إذاعي مع وزير الخارجية اللبناني إن بلاده مستعدة.")
    assert not any({"TUR", "LBN"} == {a, b} for _, a, b in pairs), pairs


def test_a_closed_meeting_stays_a_meeting():
    pairs = _pairs("والتقى السفير التركي أمس وزير الخارجية اللبناني في لقاء مغلق.")
    assert any({"TUR", "LBN"} == {a, b} for _, a, b in pairs), pairs
