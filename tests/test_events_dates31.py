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


# a visit told as over, with its length, in a sentence that names no day
ICRC_LEAD = (
    "قال رئيس اللجنة الدولية للصليب الأحمر بيتر ماورير اليوم الثلاثاء "
    "إن الوضع الإنساني في اليمن يتدهور بسرعة.\n"
)


def _visits(text: str, pub: str = "2015-08-11") -> list[dict]:
    return [e for e in extract_events(text, pub, home="SAU") if e["event_type"] == "VISIT"]


def test_a_visit_that_lasted_days_takes_the_month_not_the_telling_day():
    text = ICRC_LEAD + "وطالب ماورير في ختام زيارة استمرت ثلاثة أيام لليمن بفتح الموانئ أمام السفن."
    (ev,) = _visits(text)
    assert ev["status"] == "reported"
    assert ev["location_country"] == "YEM"
    assert (ev["event_date"], ev["date_precision"]) == (date(2015, 8, 1), "month")


def test_a_visit_under_way_keeps_the_day_of_the_lead():
    # near miss: the visit is not told as over (no past verb of duration)
    text = ICRC_LEAD + "وطالب ماورير خلال زيارة لليمن تستمر ثلاثة أيام بفتح الموانئ أمام السفن."
    (ev,) = _visits(text)
    assert (ev["event_date"], ev["date_precision"]) == (date(2015, 8, 11), "day")


def test_a_visit_ended_on_a_day_told_is_not_dated_by_it():
    # the sentence names the day the visit ended, not its first (the labels: no day told)
    text = ICRC_LEAD + "واختتم ماورير أمس زيارة استمرت ثلاثة أيام لليمن."
    (ev,) = _visits(text)
    assert (ev["event_date"], ev["date_precision"]) == (None, None)


def test_talks_during_a_visit_that_lasted_days_take_its_month():
    text = (
        "قال البيت الأبيض اليوم الاثنين إن الرئيس الأمريكي باراك أوباما وصل إلى إثيوبيا.\n"
        "وتأتي زيارة أوباما إلى إثيوبيا عقب زيارة استغرقت يومين إلى كينيا "
        "التقى خلالها الرئيس الكيني."
    )
    events = extract_events(text, "2015-08-11", home="SAU")
    (meet,) = [e for e in events if e["event_type"] == "MEET"]
    assert {meet["actor1_country"], meet["actor2_country"]} == {"USA", "KEN"}
    assert (meet["event_date"], meet["date_precision"]) == (date(2015, 8, 1), "month")
    (arrival,) = [e for e in events if e["location_country"] == "ETH"]
    assert (arrival["event_date"], arrival["date_precision"]) == (date(2015, 8, 10), "day")
