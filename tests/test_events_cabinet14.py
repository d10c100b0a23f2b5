"""The weekly cabinet statement: a minister reports what the king told the council
(pipeline/events/frames.py `_told_head`, `_received_list`).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _pairs(text: str, published="2016-03-15") -> set:
    out = set()
    for ev in extract_events(text, published):
        out.add((ev["event_type"], tuple(sorted((ev["actor1_country"], ev["actor2_country"])))))
    return out


STATEMENT = ("وأوضح وزير الإعلام الأردني محمد المومني في بيانه لوكالة الأنباء عقب الجلسة أن "
             "خادم الحرمين الشريفين أطلع المجلس على الاتصال الهاتفي الذي تلقاه من الرئيس "
             "التركي رجب طيب أردوغان، وفحوى الرسالتين اللتين تلقاهما من الملك محمد السادس "
             "ملك المملكة المغربية والرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية، ثم "
             "استمع المجلس إلى عدد من التقارير.")


def test_reporter_of_a_statement_is_no_party_to_the_call():
    pairs = _pairs(STATEMENT)
    assert ("CALL", ("SAU", "TUR")) in pairs
    assert not any("JOR" in p for _t, p in pairs)


def test_a_letter_received_in_another_clause_is_no_call_and_no_joint_pair():
    pairs = _pairs(STATEMENT)
    assert not any(t == "CALL" and ("MAR" in p or "EGY" in p) for t, p in pairs)


def test_near_miss_no_that_clause_keeps_the_first_actor_as_receiver():
    # no «أن»: the receiver of «تلقاه» is the sentence's own subject
    text = ("وأطلع خادم الحرمين الشريفين المجلس على الاتصال الهاتفي الذي تلقاه من الرئيس "
            "التركي رجب طيب أردوغان.")
    assert ("CALL", ("SAU", "TUR")) in _pairs(text)


def test_near_miss_gathering_verb_still_joins_its_list():
    # «جمع A وB»: the meeting's own participants still meet each other
    text = ("وأكد المتحدث أن اللقاء الذي جمع وزير الخارجية التركي مولود تشاووش أوغلو "
            "ونظيره الفرنسي جان مارك إيرولت تناول الأزمة.")
    assert ("MEET", ("FRA", "TUR")) in _pairs(text)


def test_near_miss_a_meeting_held_with_two_counterparts_joins_them():
    # «لقاء عقده مع A وB»: one meeting of the three, unlike calls received from each
    text = ("وتأتي زيارة الوزير الأردني بعد لقاء عقده مع نظيريه التركي مولود تشاووش أوغلو "
            "والفرنسي جان مارك إيرولت في العاصمة القطرية الدوحة يوم الإثنين الماضي.")
    assert ("MEET", ("FRA", "TUR")) in _pairs(text)
