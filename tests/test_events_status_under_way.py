"""Status of contacts told in the present: a visit under way, a meeting told as held by a
past clause on its noun (pipeline/events/triggers.py `_status`, extract.py `_told_in_the_past`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


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
    # told it is scheduled for today: tests/test_events_ongoing19.py)
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
