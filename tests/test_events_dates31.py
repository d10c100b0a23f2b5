"""Dates of contacts told by a briefing (invented sentences)."""

from datetime import date

from pipeline.events import extract_events

PUB = "2015-07-21"
LEAD = (
    "عقد مجلس الوزراء جلسته أمس برئاسة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض.\n"
)


def _meets(text: str) -> list[dict]:
    return [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "MEET"]


def test_talks_a_king_briefs_the_cabinet_on_take_no_day_of_the_session():
    text = (
        LEAD
        + "وأطلع خادم الحرمين الشريفين المجلس بعد ذلك على مباحثاته "
        + "مع الرئيس المصري عبد الفتاح السيسي."
    )
    (ev,) = _meets(text)
    assert ev["status"] == "reported"
    assert {ev["actor1_country"], ev["actor2_country"]} == {"SAU", "EGY"}
    assert ev["event_date"] is None


def test_meetings_the_cabinet_takes_note_of_take_no_day_of_the_session():
    text = LEAD + "واطلع المجلس على لقاءات ولي العهد مع وزير الخارجية الأمريكي جون كيري."
    (ev,) = _meets(text)
    assert {ev["actor1_country"], ev["actor2_country"]} == {"SAU", "USA"}
    assert ev["event_date"] is None


def test_talks_held_after_the_session_keep_its_day():
    # near miss: no briefing verb, the talks are told as held after the session
    text = LEAD + "وعقد خادم الحرمين الشريفين بعد ذلك مباحثات مع الرئيس المصري عبد الفتاح السيسي."
    (ev,) = _meets(text)
    assert ev["status"] == "reported"
    assert ev["event_date"] == date(2015, 7, 20)
