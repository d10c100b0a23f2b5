"""A contact told as going on is reported, not planned: talks under way since a span of time
(«تتفاوض أثينا مع دائنيها منذ أكثر من أسبوعين», undated: the text names no day they began,
and a day of another clause is not theirs), and a contact «still» held («لا يزال يجري
لقاءاته»: the «لا» of «لا يزال» denies nothing). «للمرة الأولى منذ» (the first since) says
nothing of the contact's own time."""

from datetime import date

from pipeline.events.extract import extract_events

PUB = date(2015, 8, 11)


def _events(text, etype):
    return [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == etype]


def test_talks_under_way_since_weeks_are_reported_and_undated():
    text = ("وتتفاوض اليونان مع الاتحاد الأوروبي منذ أكثر من أسبوعين في أثينا على خطة "
            "يأملون التوصل إليها سريعا وربما خلال اليوم.")
    found = _events(text, "NEGOTIATE")
    assert found
    assert all(e["status"] == "reported" and e["event_date"] is None for e in found)


def test_talks_held_since_a_week_by_a_light_verb_are_undated():
    text = ("ويجري ممثلو صندوق النقد الدولي محادثات مع وزير المالية اليوناني منذ أسبوع في "
            "أثينا على أمل التوصل إلى اتفاق اليوم.")
    found = [e for e in extract_events(text, PUB, home="SAU")
             if e["event_type"] in ("MEET", "NEGOTIATE")]
    assert found
    assert all(e["status"] == "reported" and e["event_date"] is None for e in found)


def test_talks_today_without_since_stay_planned():
    text = "وتتفاوض اليونان مع الاتحاد الأوروبي اليوم بشأن خطة المساعدة."
    found = _events(text, "NEGOTIATE")
    assert found and all(e["status"] == "planned" for e in found)


def test_first_visit_since_years_is_no_visit_under_way():
    text = "يزور الرئيس الفرنسي اليوم الجزائر للمرة الأولى منذ عشر سنوات."
    found = _events(text, "VISIT")
    assert found and all(e["status"] == "planned" for e in found)


def test_visit_since_yesterday_keeps_its_day():
    found = _events("ويزور الرئيس الفرنسي الجزائر منذ يوم أمس.", "VISIT")
    assert [(e["status"], e["event_date"]) for e in found] == [("reported", date(2015, 8, 10))]


def test_envoy_still_holding_meetings_is_reported():
    text = ("قالت مصادر إن المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد لا يزال يجري "
            "لقاءاته في القاهرة مع أطراف يمنية.")
    found = _events(text, "MEET")
    assert found and all(e["status"] == "reported" for e in found)


def test_still_holding_talks_subject_between_is_reported():
    text = ("ولا يزال المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد يجري محادثات في القاهرة "
            "مع الحكومة اليمنية.")
    found = _events(text, "MEET")
    assert found and all(e["status"] == "reported" for e in found)


def test_first_minister_to_visit_since_years_is_no_visit_under_way():
    # an ordinal before the verb: «the first since», said of a visit to come
    text = "وسيكون الوزير أول وزير خارجية ألماني يقوم بزيارة إلى ليبيا منذ سنوات."
    found = _events(text, "VISIT")
    assert found and all(e["status"] == "planned" for e in found)


def test_talks_held_since_a_week_by_a_light_verb_before_its_subject_are_undated():
    # the light verb's subject (a name, a coordinated aide) stands between it and the noun:
    # the verb carries the noun as the status reads it (under way since a week: reported), so
    # the day of the sentence's other clause is not the talks' either
    text = ("ويجري وزير المالية اليوناني يانيس فاروفاكيس ونائبه محادثات مع ممثلي صندوق النقد "
            "الدولي منذ أسبوع في أثينا على أمل التوصل إلى اتفاق اليوم.")
    found = [e for e in extract_events(text, PUB, home="SAU")
             if e["event_type"] in ("MEET", "NEGOTIATE")]
    assert found
    assert all(e["status"] == "reported" and e["event_date"] is None for e in found)


def test_talks_a_light_verb_carries_with_no_since_stay_planned_on_their_day():
    # near miss: no «منذ» and a span: talks announced for the day the sentence names
    text = "ويجري وزير المالية اليوناني محادثات مع ممثلي صندوق النقد الدولي اليوم في أثينا."
    found = [e for e in extract_events(text, PUB, home="SAU")
             if e["event_type"] in ("MEET", "NEGOTIATE")]
    assert found
    assert all(e["status"] == "planned" and e["event_date"] == PUB for e in found)
