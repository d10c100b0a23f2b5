"""Status and date of events whose pair and type are right (invented sentences)."""

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
