"""Two attendees of one meeting are no meeting of their own: the actor after an attendance verb
with the meeting's pronoun («في اجتماع إقليمي يحضره أيضا Y») is another attendee of the meeting
the subject is in, not its counterpart."""

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2015, 8, 6)


def _pairs(text):
    return [(e["event_type"], e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, published=PUBLISHED, home="SAU")]


def test_a_speaker_at_a_regional_meeting_does_not_meet_another_attendee():
    # (the other attendee visits the meeting's country: a gathering abroad attended)
    assert _pairs("كان وزير الخارجية الأمريكي جون كيري يتحدث في اجتماع إقليمي بماليزيا "
                  "تحضره أيضا وزيرة خارجية أستراليا.") == [("VISIT", "AUS", None)]


def test_a_meeting_with_the_counterpart_held_before_its_attendees_are_named_still_counts():
    pairs = _pairs("عقد وزير الخارجية الأمريكي جون كيري اجتماعا مع وزير الخارجية الصيني "
                   "وانغ يي يحضره مسؤولون من البلدين.")
    assert ("MEET", "USA", "CHN") in pairs


def test_a_direct_meeting_at_the_same_place_still_counts():
    assert ("MEET", "USA", "CHN") in _pairs(
        "التقى وزير الخارجية الأمريكي جون كيري في ماليزيا وزير الخارجية الصيني وانغ يي.")
