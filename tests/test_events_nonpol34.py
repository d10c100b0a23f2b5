"""Contacts outside politics: a call to start or resume talks asks for a contact nobody agreed
to (no event), while a minister's real contact told in economy or tourism news is one; sport
and business senses of the contact words give no event."""

from datetime import date

from pipeline.events import extract_events


def _events(text: str) -> list[dict]:
    return extract_events(text, "2017-03-10", home="TUN")


def test_call_to_start_consultations_is_no_contact():
    text = "دعا ائتلاف من شركات الطيران الحكومة الأمريكية إلى بدء مشاورات مع الدول الخليجية."
    assert _events(text) == []


def test_call_to_resume_consultations_is_no_contact():
    text = "دعت رابطة المصارف الحكومة الأمريكية إلى استئناف المشاورات مع الدول الخليجية."
    assert _events(text) == []


def test_demand_to_start_talks_with_bi_is_no_contact():
    text = "طالبت جمعية المنتجين الحكومة الأمريكية ببدء مشاورات مع الدول الخليجية حول الدعم."
    assert _events(text) == []


def test_call_to_start_talks_with_a_government_is_no_contact():
    text = "دعا تحالف شركات النقل الإدارة الأمريكية إلى بدء محادثات مع الحكومة القطرية."
    assert _events(text) == []


def test_announced_start_of_talks_is_a_contact():
    text = "أعلن وزير الخارجية القطري أمس بدء محادثات مع نظيره الإيراني."
    events = _events(text)
    assert len(events) == 1
    ev = events[0]
    assert ev["event_type"] == "MEET"
    assert ev["status"] == "reported"
    assert ev["event_date"] == date(2017, 3, 9)
    assert {
        (ev["actor1_country"], ev["actor1_role"]),
        (ev["actor2_country"], ev["actor2_role"]),
    } == {
        ("QAT", "foreign_minister"),
        ("IRN", "foreign_minister"),
    }


def test_meeting_after_a_call_to_resume_talks_still_counts():
    text = (
        "دعا وزير الاقتصاد الألماني إلى استئناف المحادثات، والتقى أمس وزير النفط الإيراني في طهران."
    )
    events = _events(text)
    assert len(events) == 1
    ev = events[0]
    assert ev["event_type"] == "MEET"
    assert {ev["actor1_country"], ev["actor2_country"]} == {"DEU", "IRN"}
    assert ev["event_date"] == date(2017, 3, 9)


def test_minister_meeting_at_a_trade_fair_is_a_contact():
    text = "التقى وزير التجارة أمس نظيره الجزائري على هامش معرض الجزائر الدولي."
    events = _events(text)
    assert len(events) == 1
    ev = events[0]
    assert ev["event_type"] == "MEET"
    assert ev["status"] == "reported"
    assert {
        (ev["actor1_country"], ev["actor1_role"]),
        (ev["actor2_country"], ev["actor2_role"]),
    } == {
        ("TUN", "minister"),
        ("DZA", "minister"),
    }


def test_tourism_minister_talks_with_an_ambassador_are_a_contact():
    text = "بحث وزير السياحة أمس مع سفير فرنسا بتونس سبل دعم الحركة السياحية."
    events = _events(text)
    assert len(events) == 1
    assert events[0]["event_type"] == "MEET"
    assert {events[0]["actor1_country"], events[0]["actor2_country"]} == {"TUN", "FRA"}


def test_club_arrival_and_national_team_match_are_no_contact():
    assert _events("وصل فريق الترجي الرياضي أمس إلى القاهرة استعدادا لمواجهة الأهلي المصري.") == []
    assert _events("التقى المنتخب التونسي نظيره الجزائري في مباراة ودية أمس.") == []


def test_chamber_of_commerce_receiving_businessmen_is_no_contact():
    text = "استقبل رئيس غرفة التجارة والصناعة بصفاقس وفدا من رجال الأعمال الفرنسيين."
    assert _events(text) == []
