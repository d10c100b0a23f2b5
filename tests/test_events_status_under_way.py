"""Status of visits begun, under way or intended.

Status of contacts told in the present: a visit under way, a meeting told as held by a
past clause on its noun (pipeline/events/triggers.py `_status`, extract.py `_told_in_the_past`).

Sentences written for these tests (not corpus text).

Status of a visit begun or under way on the writer's day (pipeline/events/triggers.py
`_status`: `_begins_today`, `_activity_after`).

Labelling convention: a contact scheduled for today or later is planned; one told as under
way (a present verb with «حاليا», a relative clause on the visitor, «زيارته الحالية») is
reported. «يبدأ X اليوم زيارة» is under way only when its first steps are told as done.

A contact still to come of a visit told as begun («بدأ ... اليوم زيارة رسمية» then «كما
سيجري خلال الزيارة مباحثات مع ...») has no day of its own: the visit lasts beyond the day it
began, so its month dates the contact (the labels' convention for the programme of a visit of
several days). A visit performed today («يؤدي اليوم زيارة»), a contact already held, and a
contact outside the visit's programme keep their day.

A visit told as intended, named again later by a bare noun (pipeline/events/extract.py
_names_a_coming_visit_again, _coming_day_told).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _visit_begun
from pipeline.text.normalize import normalize_arabic


def _statuses(text: str, published="2017-02-09", home="TUN") -> set:
    return {(ev["event_type"], ev["status"], ev["event_date"])
            for ev in extract_events(text, published, home=home)}


def _status_of(text: str, etype: str, published="2017-02-09", home="TUN") -> set:
    return {(s, d) for t, s, d in _statuses(text, published, home) if t == etype}


def test_visit_under_way_in_a_relative_clause_is_reported():
    # «الزيارة التي يؤديها X إلى Y» with no day and no cue of the future: under way
    got = _status_of("أكد السفير في تصريح على هامش الزيارة التي يؤديها رئيس الجمهورية إلى "
                     "إسبانيا أن الزيارة ستتوج بإمضاء عدة اتفاقيات.", "VISIT")
    assert got and all(s == "reported" for s, _d in got)
    got = _status_of("وتكتسي الزيارة التي يقوم بها وزير الخارجية الإيطالي إلى تونس أهمية "
                     "كبيرة للبلدين.", "VISIT")
    assert got and all(s == "reported" for s, _d in got)


def test_visit_in_a_relative_clause_with_a_day_or_a_plan_stays_planned():
    # near misses: a day in the clause, or a cue of the future in the sentence
    got = _status_of("وتكتسي الزيارة التي يقوم بها وزير الخارجية الإيطالي غدا إلى تونس "
                     "أهمية كبيرة للبلدين.", "VISIT")
    assert got and all(s == "planned" for s, _d in got)
    got = _status_of("ومن المنتظر أن تتوج الزيارة التي يقوم بها وزير الخارجية الإيطالي "
                     "إلى تونس بإمضاء اتفاقيات.", "VISIT")
    assert got and all(s == "planned" for s, _d in got)


def test_a_day_set_off_by_commas_after_the_clause_keeps_it_announced():
    # «التي يقوم بها ... إلى تونس، غدا،»: the day belongs to the clause; without the commas
    # around it the next clause's word is no day of this one
    got = _status_of("وتكتسي الزيارة التي يقوم بها وزير الخارجية الإيطالي إلى تونس، غدا، "
                     "أهمية كبيرة للبلدين.", "VISIT")
    assert got and all(s == "planned" for s, _d in got)
    got = _status_of("وتكتسي الزيارة التي يقوم بها وزير الخارجية الإيطالي إلى تونس، أهمية "
                     "كبيرة للبلدين.", "VISIT")
    assert got and all(s == "reported" for s, _d in got)


def test_meeting_brought_together_is_not_dated_by_a_coming_visit():
    # «على إثر لقاء جمعه بنظيره»: a meeting held; the coming month is the visit's
    text = ("أعلن وزير الخارجية اليوم الاثنين أن العلاقات مع الكويت متميزة. وقال في ندوة "
            "صحفية على إثر لقاء جمعه بنظيره الكويتي إنه يتمنى أن تكون زيارة رئيس الجمهورية "
            "إلى الكويت في شهر ماي المقبل ناجحة.")
    got = _status_of(text, "MEET", published="2016-03-28")
    assert got and all(s == "reported" and (d is None or str(d) == "2016-03-28")
                       for s, d in got)
    # near miss: a meeting the text announces for that month stays planned
    text2 = ("أعلن وزير الخارجية اليوم الاثنين أنه سيعقد لقاء مع نظيره الكويتي في شهر ماي "
             "المقبل.")
    got2 = _status_of(text2, "MEET", published="2016-03-28")
    assert got2 and all(s == "planned" for s, _d in got2)


def test_visit_begun_today_is_reported():
    # «يبدأ X اليوم زيارة» whose first steps are told: the visit is under way (with none
    # told it is scheduled for today: test_visit_beginning_today_with_no_step_told_is_planned)
    got = _status_of("يبدأ رئيس الحكومة اليوم الأربعاء زيارة رسمية إلى ألمانيا رفقة وفد "
                     "حكومي، حيث زار مركزا للبحوث الطبية.", "VISIT", published="2017-02-08")
    assert got == {("reported", date(2017, 2, 8))}


def test_visit_begun_another_day_or_later_stays_planned():
    # near misses: tomorrow, a bare weekday, the subjunctive (a later step), the future
    for text in ("يبدأ رئيس الحكومة غدا الخميس زيارة رسمية إلى ألمانيا.",
                 "يبدأ رئيس الحكومة الخميس زيارة رسمية إلى ألمانيا.",
                 "وتحدث الوزير قبل أن يبدأ رئيس الحكومة زيارة رسمية إلى ألمانيا.",
                 "سيبدأ رئيس الحكومة زيارة رسمية إلى ألمانيا."):
        got = _status_of(text, "VISIT", published="2017-02-08")
        assert got and all(s == "planned" for s, _d in got), text


def test_begun_talks_and_begun_until_are_left_alone():
    # «لحين تبدأ X المفاوضات»: until they begin, still to come; talks that begin are not a
    # visit (the rule is for visits)
    got = _statuses("وحصلت اليونان على تمويل مؤقت من الاتحاد الأوروبي يكفي حتى نهاية يوليو "
                    "الحالي لحين تبدأ اليونان المفاوضات مع دائنيها حول برنامج الإنقاذ.",
                    published="2015-07-22", home=None)
    assert got and all(s == "planned" for t, s, _d in got if t == "NEGOTIATE")


def _visits(text: str, published="2016-02-28", home="TUN") -> set:
    return {(ev["status"], ev["event_date"], ev["location_country"])
            for ev in extract_events(text, published, home=home)
            if ev["event_type"] == "VISIT"}


def test_visit_beginning_today_with_no_step_told_is_planned():
    got = _visits("يبدأ وزير الداخلية الألماني اليوم الأحد زيارة رسمية إلى تونس لبحث "
                  "ملف الهجرة.")
    assert got == {("planned", date(2016, 2, 28), "TUN")}


def test_tour_beginning_today_with_no_stop_told_is_planned():
    got = _visits("يبدأ وزير الداخلية الألماني، اليوم الأحد جولته المغاربية التي تشمل المغرب "
                  "والجزائر وتونس، بهدف تسريع ترحيل المهاجرين.")
    assert got and all(s == "planned" for s, _d, _loc in got)


def test_visit_beginning_today_whose_first_step_is_told_is_reported():
    # near-miss: the same opening with a step of the visit told as done
    got = _visits("يبدأ وزير الداخلية الألماني اليوم الأحد زيارة رسمية إلى تونس، حيث زار "
                  "مركزا لتكوين أعوان الحدود.")
    assert ("reported", date(2016, 2, 28), "TUN") in got
    assert all(s == "reported" for s, _d, _loc in got)


def test_visit_under_way_told_by_grammar_is_reported():
    # a present verb with «حاليا», a relative clause on the visitor, «زيارته الحالية»
    for text in ("وقال رئيس الحكومة الذي يؤدي حاليا زيارة إلى ألمانيا إن التعاون سيتعزز.",
                 "يذكر أن وزير الخارجية البلجيكي يؤدي حاليا زيارة رسمية إلى تونس.",
                 "والتقى الرئيس المصري الرئيس اليمني في إطار زيارته الحالية إلى مصر."):
        got = _visits(text)
        assert got and all(s == "reported" for s, _d, _loc in got), text


def test_visit_to_come_stays_planned():
    # near-misses: tomorrow, the future, a day after today
    for text in ("يبدأ وزير الداخلية الألماني غدا زيارة رسمية إلى تونس.",
                 "وسيؤدي وزير الخارجية البلجيكي زيارة رسمية إلى تونس.",
                 "يؤدي وزير الخارجية البلجيكي يوم الثلاثاء المقبل زيارة رسمية إلى تونس."):
        got = _visits(text)
        assert got and all(s == "planned" for s, _d, _loc in got), text


PUB = "2015-08-11"


def _meets(text):
    return [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "MEET"]


def _one_meet(text):
    meets = _meets(text)
    assert len(meets) == 1, meets
    return meets[0]


BEGUN = "بدأ رئيس الوزراء الماليزي نجيب عبد الرزاق اليوم الثلاثاء زيارة رسمية إلى بروناي."


def test_planned_talks_of_a_begun_visit_take_its_month():
    ev = _one_meet(BEGUN + "\nويلتقي رئيس الوزراء خلال الزيارة سلطان بروناي حسن البلقية.")
    assert (ev["actor1_country"], ev["actor2_country"]) in (("MYS", "BRN"), ("BRN", "MYS"))
    assert ev["status"] == "planned"
    assert (ev["event_date"], ev["date_precision"]) == (date(2015, 8, 1), "month")


def test_future_talks_of_a_begun_visit_take_its_month():
    ev = _one_meet(
        BEGUN + "\nكما سيجري رئيس الوزراء خلال الزيارة مباحثات مع سلطان بروناي "
        "حسن البلقية حول القضايا الإقليمية."
    )
    assert ev["status"] == "planned"
    assert ev["date_precision"] == "month"


def test_visit_performed_today_keeps_the_day_of_its_talks():
    # «يؤدي اليوم زيارة», «يبدأ اليوم زيارة»: a visit of the day, its programme is today's
    ev = _one_meet(
        "يؤدي رئيس الوزراء الماليزي نجيب عبد الرزاق اليوم الثلاثاء زيارة رسمية إلى "
        "بروناي.\nويلتقي رئيس الوزراء خلال الزيارة سلطان بروناي حسن البلقية."
    )
    assert ev["status"] == "planned"
    assert (ev["event_date"], ev["date_precision"]) == (date(2015, 8, 11), "day")


def test_talks_held_during_a_begun_visit_keep_their_day():
    ev = _one_meet(BEGUN + "\nوالتقى رئيس الوزراء خلال الزيارة اليوم سلطان بروناي حسن البلقية.")
    assert ev["status"] == "reported"
    assert (ev["event_date"], ev["date_precision"]) == (date(2015, 8, 11), "day")


def test_visit_begun_needs_a_verb_of_beginning_before_a_visit_noun():
    assert _visit_begun(normalize_arabic(BEGUN).split())
    assert _visit_begun(normalize_arabic("واستهل الوزير جولته الخليجية من الكويت").split())
    # a visit that begins today (present) is the day's, not one under way
    assert not _visit_begun(normalize_arabic("يبدأ الوزير اليوم زيارة رسمية إلى الكويت").split())
    # «بدأ» with no visit after it, or a visit with no beginning
    assert not _visit_begun(normalize_arabic("بدأ الاجتماع الوزاري في الرياض اليوم").split())
    assert not _visit_begun(normalize_arabic("يؤدي الوزير اليوم زيارة رسمية إلى الكويت").split())


PUBLISHED = date(2017, 5, 13)
LEAD = ("قال مسؤول كبير في الخارجية أمس الجمعة 12 ماي 2017 إن البلدين على وشك توقيع اتفاقيات "
        "اقتصادية، وذلك قبل أسبوع من زيارة يعتزم الرئيس الفرنسي إيمانويل ماكرون القيام بها "
        "للجزائر.\n")


def _visits_intended(text: str) -> list[tuple]:
    return [(e["status"], e["location_country"], e["event_date"])
            for e in extract_events(text, published=PUBLISHED) if e["event_type"] == "VISIT"]


def test_intended_visit_is_planned():
    assert _visits_intended(LEAD) == [("planned", "DZA", None)]


def test_bare_noun_names_the_intended_visit_again():
    # the lead's past day is the statement's, not a day of the visit still to come
    text = LEAD + "وقال المسؤول إن هذه الاتفاقيات يجري إعدادها كي تتزامن مع زيارة ماكرون للجزائر."
    assert _visits_intended(text) == [("planned", "DZA", None)]


def test_bare_noun_to_another_country_stays_reported():
    text = LEAD + "وقال المسؤول إن هذه الاتفاقيات تأتي بعد زيارة ماكرون للمغرب."
    assert ("reported", "MAR", date(2017, 5, 12)) in _visits_intended(text)


def test_visit_told_as_made_keeps_the_lead_day():
    text = ("قال مسؤول كبير في الخارجية أمس الجمعة 12 ماي 2017 إن الرئيس الفرنسي إيمانويل "
            "ماكرون زار الجزائر.\nوقال المسؤول إن هذه الاتفاقيات تزامنت مع زيارة ماكرون للجزائر.")
    assert _visits_intended(text) == [("reported", "DZA", date(2017, 5, 12))]


def _statuses_intended(text: str) -> list[str]:
    return [e["status"] for e in extract_events(text, published=PUBLISHED)]


def test_plan_verb_makes_the_visit_planned():
    # the other persons of the verbs of intention (status.yaml planned)
    assert _statuses_intended("وتخطط المستشارة الألمانية أنغيلا ميركل لزيارة تونس.") == ["planned"]
    assert (
        _statuses_intended("ويخطط الرئيس الأمريكي ترامب للقيام بزيارة إلى السعودية.")
        == ["planned"]
    )


def test_plans_noun_or_far_plan_verb_leave_a_visit_made():
    assert _statuses_intended(
        "وزارت المستشارة الألمانية أنغيلا ميركل تونس وبحثت خطط التعاون بين البلدين."
    ) == ["reported"]
    assert _statuses_intended(
        "وقال الرئيس الفرنسي إيمانويل ماكرون الذي زار الجزائر إن الشركات تخطط لمضاعفة استثماراتها."
    ) == ["reported"]


def test_intended_visit_in_a_relative_clause_names_its_visitor():
    # VSO: the verb of intention before the subject, the verbal noun of doing after it
    for doing in ("القيام بها", "أداءها"):
        text = (
            f"وأكد الوزير أن الزيارة التي يعتزم الرئيس الفرنسي إيمانويل ماكرون {doing} إلى "
            "الجزائر ستكون هامة."
        )
        assert _visits_intended(text) == [("planned", "DZA", None)], doing


def test_intended_other_deed_on_a_visit_is_no_visit():
    # «تأجيلها»: the visit is what is put off, not what is to be made
    text = (
        "وأكد الوزير أن الزيارة التي يعتزم الرئيس الفرنسي إيمانويل ماكرون تأجيلها إلى الجزائر هامة."
    )
    assert _visits_intended(text) == []


# a visit told in the present whose written days begin on the day of publication is under way
# (extract._begun_today); scheduled for today by a cue of a plan, or in the future, it stays
# announced; days to come are still planned


def test_present_visit_whose_days_begin_today_is_reported():
    text = "يؤدي وزير الخارجية الجزائري يومي 9 و10 فيفري الجاري زيارة عمل إلى تونس."
    assert _status_of(text, "VISIT") == {("reported", date(2017, 2, 9))}


def test_present_visit_whose_days_begin_tomorrow_stays_planned():
    text = "يؤدي وزير الخارجية الجزائري يومي 10 و11 فيفري الجاري زيارة عمل إلى تونس."
    assert _status_of(text, "VISIT") == {("planned", date(2017, 2, 10))}


def test_visit_scheduled_for_days_beginning_today_stays_planned():
    text = "من المقرر أن يؤدي وزير الخارجية الجزائري يومي 9 و10 فيفري الجاري زيارة عمل إلى تونس."
    assert _status_of(text, "VISIT") == {("planned", date(2017, 2, 9))}


def test_future_visit_for_days_beginning_today_stays_planned():
    text = "سيؤدي وزير الخارجية الجزائري يومي 9 و10 فيفري الجاري زيارة عمل إلى تونس."
    assert _status_of(text, "VISIT") == {("planned", date(2017, 2, 9))}


def test_expected_visit_for_days_beginning_today_stays_planned():
    # a visit noun told by no present verb, «المرتقبة» after it: still announced
    text = "تتناول زيارة وزير الخارجية الجزائري المرتقبة إلى تونس يومي 9 و10 فيفري الجاري التعاون."
    assert _status_of(text, "VISIT") == {("planned", date(2017, 2, 9))}
