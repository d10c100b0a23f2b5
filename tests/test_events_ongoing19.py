"""Status of a visit begun or under way on the writer's day (pipeline/events/triggers.py
`_status`: `_begins_today`, `_activity_after`).

Labelling convention: a contact scheduled for today or later is planned; one told as under
way (a present verb with «حاليا», a relative clause on the visitor, «زيارته الحالية») is
reported. «يبدأ X اليوم زيارة» is under way only when its first steps are told as done.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


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
