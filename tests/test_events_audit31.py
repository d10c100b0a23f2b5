"""A day told right after a verb of publishing or a newspaper's report is the day the text came
out, not the day of the contact it tells (own paraphrases)."""

from datetime import date

from pipeline.events import extract_events


def _events(text, published, home="TUN"):
    return extract_events(text, published, home=home)


def test_day_an_interview_was_published_does_not_date_the_visit():
    text = (
        "وقال رئيس الحكومة في الحوار الذي أجراه على هامش زيارته إلى روما ونشر اليوم، "
        "إن الشراكة مع إيطاليا ستتعزز."
    )
    visits = [e for e in _events(text, "2017-03-10") if e["event_type"] == "VISIT"]
    assert len(visits) == 1
    assert visits[0]["actor1_country"] == "TUN"
    assert visits[0]["actor1_role"] == "head_of_government"
    assert visits[0]["status"] == "reported"
    assert visits[0]["event_date"] is None


def test_day_an_interview_was_broadcast_does_not_date_the_attendance():
    text = (
        "وقال رئيس الحكومة، في حوار لقناة تلفزية بثته اليوم الخميس، على هامش مشاركته في "
        "قمة الاتحاد الإفريقي بأديس أبابا، إن بلاده تدعم الحل السياسي."
    )
    visits = [e for e in _events(text, "2017-02-02") if e["event_type"] == "VISIT"]
    assert visits and all(e["event_date"] is None for e in visits)
    assert visits[0]["actor1_role"] == "head_of_government"


def test_day_a_newspaper_revealed_a_meeting_is_not_the_meeting_day():
    text = (
        "كشفت صحيفة «لوموند» الفرنسية أمس تفاصيل اللقاء السري الذي جمع وزير الخارجية "
        "الجزائري بنظيره المغربي في العاصمة السويسرية جنيف."
    )
    meets = [e for e in _events(text, "2016-05-12") if e["event_type"] == "MEET"]
    assert len(meets) == 1
    assert {meets[0]["actor1_country"], meets[0]["actor2_country"]} == {"DZA", "MAR"}
    assert meets[0]["event_date"] is None


def test_day_in_the_clause_a_newspaper_reports_still_dates_the_meeting():
    text = "وذكرت صحيفة الشروق أن رئيس الجمهورية استقبل أمس وزير الخارجية الفرنسي بقصر قرطاج."
    meets = [e for e in _events(text, "2016-05-12") if e["event_type"] == "MEET"]
    assert len(meets) == 1
    assert meets[0]["actor2_country"] == "FRA"
    assert meets[0]["event_date"] == date(2016, 5, 11)


def test_day_after_the_ministry_published_photos_of_a_meeting_held_today():
    text = (
        "التقى وزير الشؤون الخارجية اليوم الثلاثاء نظيره الإيطالي بتونس، ونشرت الوزارة "
        "صورا من اللقاء."
    )
    meets = [e for e in _events(text, "2017-03-07") if e["event_type"] == "MEET"]
    assert len(meets) == 1
    assert meets[0]["actor2_country"] == "ITA"
    assert meets[0]["event_date"] == date(2017, 3, 7)
