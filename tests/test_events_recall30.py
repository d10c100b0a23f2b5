"""A verb of heading («يترأس»، «سيترأس») is a visit when it heads a delegation to a place abroad:
the one who heads it travels (not the delegation); a meeting chaired, the other side of talks
(«مع السعودية») and «على رأس» are no such visit."""

from datetime import date

from pipeline.events import extract_events


def _visits(text: str, published: date, home: str) -> list[tuple]:
    return [
        (e["status"], e["actor1_country"], e["actor1_role"], e["event_date"], e["location_country"])
        for e in extract_events(text, published, home=home)
        if e["event_type"] == "VISIT"
    ]


def test_heads_delegation_to_a_meeting_abroad_verb_first():
    text = (
        "يترأس وزير المالية السعودي وفد المملكة في اجتماعات المجلس الوزاري التي تبدأ غدا في فيينا."
    )
    assert _visits(text, date(2015, 7, 21), "SAU") == [
        ("planned", "SAU", "minister", date(2015, 7, 22), "AUT")
    ]


def test_heads_delegation_subject_named_between_verb_and_delegation():
    text = (
        "يترأس وزير المالية السعودي إبراهيم العساف، وفد المملكة في اجتماعات الصندوق في فيينا غدا."
    )
    assert _visits(text, date(2015, 7, 21), "SAU") == [
        ("planned", "SAU", "minister", date(2015, 7, 22), "AUT")
    ]


def test_head_before_the_verb_travels_not_the_delegation():
    text = (
        "أكد المتحدث أن وزير الدفاع السعودي سيترأس وفد المملكة لحضور حفل افتتاح "
        "قناة السويس الجديدة غدا."
    )
    assert _visits(text, date(2015, 8, 5), "SAU") == [
        ("planned", "SAU", "defense_minister", date(2015, 8, 6), "EGY")
    ]


def test_chairing_a_meeting_is_no_visit():
    text = "ترأس وزير الخارجية التونسي اجتماع اللجنة الوطنية في تونس أمس."
    assert _visits(text, date(2017, 3, 2), "TUN") == []


def test_state_after_with_is_the_other_side_not_the_destination():
    text = "قال وزير الدولة الكويتي الذي يترأس وفد بلاده في مفاوضات مع السعودية إن الخلاف فني."
    assert _visits(text, date(2015, 8, 4), "KWT") == []


def test_at_the_head_of_a_delegation_keeps_the_trip_verb():
    text = "وغادر الرئيس السوداني الخرطوم متوجها إلى نواكشوط على رأس وفد رفيع للمشاركة في القمة."
    assert _visits(text, date(2015, 7, 27), "SAU") == [
        ("reported", "SDN", "head_of_state", None, "MRT")
    ]


def test_head_told_after_the_delegation_is_no_earlier_actor():
    text = (
        "وصل وزير الخارجية الأمريكي إلى الدوحة أمس، ورأس وفد المملكة إلى الاجتماع في جدة "
        "وزير الخارجية السعودي."
    )
    assert _visits(text, date(2015, 8, 4), "SAU") == [
        ("reported", "USA", "foreign_minister", date(2015, 8, 3), "QAT")
    ]
