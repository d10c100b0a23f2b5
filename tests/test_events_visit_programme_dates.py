"""Dates of contacts held during a visit, told by a briefing, or told before or after the visit.

Status and date of events whose pair and type are right (invented sentences).

Dates of contacts told by a briefing (invented sentences).

Status and dates of found contacts (pipeline/events/extract.py, triggers.py).

Sentences written for these tests (not corpus text).

Talks over months or years have no day; talks begun on a day keep it (own paraphrases).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.dates import find_dates
from pipeline.text.normalize import normalize_arabic

PUB = "2015-08-02"  # a Sunday


def _dates(text: str, published: date = date(2015, 8, 2)):
    return find_dates(normalize_arabic(text).split(), published)


def _events(text: str, published: str = PUB) -> list[tuple]:
    return [(e["event_type"], e["status"], e["event_date"], e["date_precision"],
             e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, published)]


# --- two relative days joined by و: the days of one occasion (a span) ---

def test_today_and_tomorrow_is_a_span():
    (m,) = _dates("يزور الوزير قطر اليوم وغدا")
    assert (m.date, m.precision) == (date(2015, 8, 2), "span")


def test_today_with_its_weekday_is_one_day():
    (m,) = _dates("يزور الوزير قطر اليوم الأحد")
    assert (m.date, m.precision) == (date(2015, 8, 2), "day")


def _reception(days: str) -> str:
    return (f"يصل وزير الخارجية الروسي سيرغي لافروف إلى الدوحة {days} في زيارة رسمية إلى قطر. "
            "وقالت الخارجية الروسية إن أمير دولة قطر الشيخ تميم بن حمد آل ثاني سوف يستقبل "
            "لافروف.")


def test_meeting_during_a_visit_of_two_days_takes_the_month():
    evs = _events(_reception("اليوم وغداً"))
    assert ("VISIT", "planned", date(2015, 8, 2), "day", "RUS", None) in evs
    assert ("MEET", "planned", date(2015, 8, 1), "month", "QAT", "RUS") in evs


def test_meeting_during_a_visit_of_one_day_takes_the_day():
    evs = _events(_reception("اليوم"))
    assert ("MEET", "planned", date(2015, 8, 2), "day", "QAT", "RUS") in evs


# --- a future meeting whose sentence's only date is another clause's past day ---

_ARRIVAL = ("وصل الرئيس التونسي الباجي قايد السبسي صباح اليوم الاربعاء الى روما في زيارة رسمية "
            "الى ايطاليا. ")
_TWO_DAYS = ("وقال وزير الخارجية إن هذه الزيارة التي تتواصل على مدى يومين تهدف الى دعم العلاقات "
             "بين البلدين. ")
_MEETINGS = ("وأفاد بأنه سيتم خلال الزيارة توقيع اتفاقيات كما ستكون لرئيس الجمهورية لقاءات مع "
             "الرئيس الإيطالي الذي كان أدى زيارة رسمية إلى تونس يوم 18 ماي 2015.")


def _tn(text: str) -> list[tuple]:
    return [(e["event_type"], e["status"], e["event_date"], e["date_precision"],
             e["actor1_country"], e["actor2_country"])
            for e in extract_events(text, "2017-02-08", home="TUN")]


def test_future_meeting_beside_a_past_day_takes_the_leads_day():
    evs = _tn(_ARRIVAL + _MEETINGS)
    assert ("MEET", "planned", date(2017, 2, 8), "day", "TUN", "ITA") in evs
    # the recalled visit keeps its own day
    assert ("VISIT", "reported", date(2015, 5, 18), "day", "ITA", None) in evs


def test_future_meeting_during_a_visit_of_two_days_takes_the_month():
    evs = _tn(_ARRIVAL + _TWO_DAYS + _MEETINGS)
    assert ("MEET", "planned", date(2017, 2, 1), "month", "TUN", "ITA") in evs


def test_visit_to_come_beside_a_past_day_stays_undated():
    text = ("يصل وزير الخارجية السعودي عادل الجبير إلى موسكو اليوم. وتأتي زيارة الوزير في سياق "
            "التحضير للزيارة المرتقبة التي سيقوم بها خادم الحرمين الشريفين الملك سلمان بن عبد "
            "العزيز لموسكو تلبية لدعوة وجهها الرئيس الروسي فلاديمير بوتين خلال مكالمة هاتفية "
            "في أبريل الماضي.")
    evs = _events(text, "2017-02-08")
    assert ("VISIT", "planned", None, None, "SAU", "RUS") in evs


# --- a meeting announced for a visit the lead tells as made on a recent past day ---

_FABIUS = ("قالت وكالة الأنباء الرسمية إن وزير الخارجية الفرنسي لوران فابيوس وصل يوم الاربعاء "
           "الى طهران في زيارة رسمية. ")


def test_meeting_announced_for_a_visit_made_takes_the_visits_day_and_stays_planned():
    text = _FABIUS + ("وذكرت الوكالة انه من المقرر ان يلتقي فابيوس ايضا مع نظيره الايراني محمد "
                      "جواد ظريف.")
    evs = _events(text, "2015-07-31")
    assert ("VISIT", "reported", date(2015, 7, 29), "day", "FRA", None) in evs
    assert ("MEET", "planned", date(2015, 7, 29), "day", "FRA", "IRN") in evs


def test_meeting_to_come_without_the_visitor_takes_no_day_of_the_visit():
    text = _FABIUS + ("وذكرت الوكالة انه من المقرر ان يلتقي الرئيس الايراني حسن روحاني مع الرئيس "
                      "التركي رجب طيب أردوغان.")
    evs = _events(text, "2015-07-31")
    assert ("MEET", "planned", None, None, "IRN", "TUR") in evs


# --- a visit to come told by a verb of travel («سيسافر إلى») ---

def test_travel_verb_to_come_is_a_planned_visit():
    text = "وقال المتحدث إن الرئيس النيجيري محمد بخاري سيسافر بعد غد إلى واشنطن."
    evs = _events(text, "2015-07-21")
    assert ("VISIT", "planned", date(2015, 7, 23), "day", "NGA", None) in evs


def test_blatant_is_no_travel():
    text = "واعتبر وزير الخارجية البحريني التصريحات الإيرانية تدخلا سافرا في شؤون البحرين."
    assert not [e for e in _events(text) if e[0] == "VISIT"]


# --- a contact told before / after / on the margin of the lead's occasion, named again ---

_COMMITTEE = ("شدد الرئيس الفلسطيني محمود عباس في اجتماع لجنة المتابعة العربية الذي عقد أمس في "
              "القاهرة على ضرورة التحرك. وكان وزير الخارجية الأردني ناصر جودة قد عقد مباحثات مع "
              "الرئيس الفلسطيني محمود عباس قبيل ")


def test_talks_just_before_the_leads_meeting_take_its_day():
    evs = _events(_COMMITTEE + "الاجتماع، حيث شدد على ضرورة الحماية.", "2015-08-06")
    assert ("MEET", "reported", date(2015, 8, 5), "day", "JOR", "PSE") in evs


def test_talks_before_another_named_meeting_stay_undated():
    evs = _events(_COMMITTEE + "الاجتماع الوزاري الخليجي، حيث شدد على ضرورة الحماية.",
                  "2015-08-06")
    assert ("MEET", "reported", None, None, "JOR", "PSE") in evs


PUB_BRIEFING = "2015-07-21"
LEAD = (
    "عقد مجلس الوزراء جلسته أمس برئاسة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض.\n"
)


def _meets(text: str) -> list[dict]:
    return [e for e in extract_events(text, PUB_BRIEFING, home="SAU") if e["event_type"] == "MEET"]


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


def _visits_due(text: str, published: str = "2017-05-04") -> list[tuple]:
    return [
        (e["status"], e["event_date"])
        for e in extract_events(text, published)
        if e["event_type"] == "VISIT"
    ]


def test_statement_day_does_not_date_a_coming_visit():
    # the day stands between the speech verb and «إن»: it is the statement's
    text = "قال مسؤول في وزارة الخارجية اليوم الخميس إن الرئيس الفرنسي سيزور الجزائر."
    assert _visits_due(text) == [("planned", None)]


def test_own_day_of_a_coming_visit_still_dates_it():
    # near miss: the day stands in the reported clause, after the visit
    text = "قال مسؤول في وزارة الخارجية إن الرئيس الفرنسي سيزور الجزائر اليوم."
    assert _visits_due(text) == [("planned", date(2017, 5, 4))]


def test_statement_day_still_dates_a_reported_visit():
    # near miss: a past contact in the reported clause keeps the telling's day
    text = "قال مسؤول في وزارة الخارجية اليوم الخميس إن الرئيس الفرنسي زار الجزائر."
    assert _visits_due(text) == [("reported", date(2017, 5, 4))]


def test_news_some_months_before_a_visit_tells_a_coming_visit():
    text = "ويأتي القرار قبل ثلاثة أشهر من زيارة الرئيس الصيني إلى بريطانيا."
    assert _visits_due(text, "2015-07-31") == [("planned", None)]


def test_news_days_before_a_visit_tells_a_coming_visit():
    text = "وجاء الاتصال قبل أيام قليلة من زيارة وزير الخارجية الفرنسي إلى طهران."
    assert _visits_due(text, "2015-07-31") == [("planned", None)]


def test_news_after_a_visit_tells_a_visit_made():
    # near miss: «بعد ... من» puts the visit before the news
    text = "وجاء القرار بعد ثلاثة أشهر من زيارة الرئيس الصيني إلى بريطانيا."
    assert _visits_due(text, "2015-07-31") == [("reported", None)]


def test_day_a_visit_is_put_off_to_is_not_its_day():
    text = "أرجأ الرئيس الفرنسي زيارته إلى الجزائر إلى الشهر المقبل."
    assert _visits_due(text) == [("cancelled", None)]


def test_day_a_postponement_is_announced_is_not_the_visits():
    text = "أعلنت الخارجية الثلاثاء إرجاء زيارة وزير الخارجية الإيراني إلى تركيا."
    assert _visits_due(text) == [("cancelled", None)]


def test_day_a_called_off_visit_was_due_still_dates_it():
    # near miss: the day the visit was due, told after the announcement's
    text = (
        "أعلنت الخارجية الثلاثاء إرجاء زيارة وزير الخارجية الإيراني إلى تركيا "
        "التي كانت مقررة اليوم."
    )
    assert _visits_due(text) == [("cancelled", date(2017, 5, 4))]


def _one(text: str, published: str) -> dict:
    events = extract_events(text, published)
    assert len(events) == 1, events
    return events[0]


def test_talks_over_months_have_no_day():
    # named officers: months of talks between two states named bare are a process, no event
    e = _one(
        "أعلنت الحكومة أمس الاتفاق الذي جاء بعد أشهر من المفاوضات بين وزير الخارجية التركي "
        "ونظيره الأمريكي.",
        "2015-07-25",
    )
    assert e["event_type"] == "NEGOTIATE"
    assert {e["actor1_country"], e["actor2_country"]} == {"TUR", "USA"}
    assert e["event_date"] is None


def test_talks_over_years_with_a_count_have_no_day():
    e = _one(
        "وتوج الاتفاق عامين من المفاوضات المكثفة بين وزير الخارجية الإيراني ونظيره الأمريكي.",
        "2015-07-25",
    )
    assert e["event_type"] == "NEGOTIATE"
    assert {e["actor1_country"], e["actor2_country"]} == {"IRN", "USA"}
    assert e["event_date"] is None


def test_talks_begun_on_a_day_keep_it():
    e = _one("بدأت أمس المفاوضات بين أنقرة وواشنطن حول القاعدة الجوية.", "2015-07-25")
    assert e["event_type"] == "NEGOTIATE"
    assert e["event_date"] == date(2015, 7, 24)
