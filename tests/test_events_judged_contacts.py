"""A contact noun a verb of judging takes as its object, and a day of publishing: the day of the
judgement or of the text is not the contact's.

A contact noun a verb of judging takes as its object (pipeline/events/extract.py `_judged`):
the day of the judgement, or the lead's, is not the contact's.

Sentences written for these tests (not corpus text).

A judged contact noun dated by its own relative clause beyond the reach of its phrase, and a
visit during which the judging is told. Sentences written for these tests (not corpus text).

A day told right after a verb of publishing or a newspaper's report is the day the text came
out, not the day of the contact it tells (own paraphrases).

A visit a statement marks, or whose results are heard today, takes no day of the statement; a
day after the occasion still dates it.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUBLISHED = "2015-08-05"


def _visits(text: str) -> list[tuple]:
    """(status, date, precision, visitor's country and role, destination) of each visit."""
    return [
        (
            e["status"],
            e["event_date"],
            e["date_precision"],
            e["actor1_country"],
            e["actor1_role"],
            e["location_country"],
        )
        for e in extract_events(text, published=PUBLISHED)
        if e["event_type"] == "VISIT"
    ]


def test_a_visit_criticised_today_is_not_dated_by_the_criticism():
    visits = _visits(
        "انتقدت المعارضة السورية في الخارج اليوم الزيارة التي من المقرر أن يقوم "
        "بها وزير الخارجية الفرنسي إلى دمشق."
    )
    assert visits == [("planned", None, None, "FRA", "foreign_minister", "SYR")]


def test_a_visit_described_takes_no_day_from_the_lead():
    visits = _visits(
        "شن نواب أمس هجوما على الحكومة. ووصف رئيس البرلمان اللبناني زيارة وزير "
        "الخارجية الإيراني إلى بيروت بأنها تدخل في الشؤون الداخلية."
    )
    assert visits == [("reported", None, None, "IRN", "foreign_minister", "LBN")]


def test_near_miss_a_visit_told_after_a_verb_of_saying_keeps_the_lead_day():
    # «قال ... إن زيارة» tells the visit, it does not judge it: the lead's day stays
    visits = _visits(
        "شن نواب أمس هجوما على الحكومة. وقال رئيس البرلمان اللبناني إن زيارة وزير "
        "الخارجية الإيراني إلى بيروت جاءت في وقت حساس."
    )
    assert visits == [("reported", date(2015, 8, 4), "day", "IRN", "foreign_minister", "LBN")]


def test_near_miss_the_relative_clause_of_a_judged_visit_dates_it():
    visits = _visits(
        "ووصف رئيس البرلمان الزيارة التي قام بها وزير الخارجية الفرنسي أمس إلى الجزائر بأنها ناجحة."
    )
    assert visits == [("reported", date(2015, 8, 4), "day", "FRA", "foreign_minister", "DZA")]


def test_near_miss_a_day_in_the_judged_nouns_phrase_dates_it():
    visits = _visits("واعتبر المحلل زيارة وزير الخارجية القطري للرياض أمس خطوة مهمة.")
    assert visits == [("reported", date(2015, 8, 4), "day", "QAT", "foreign_minister", "SAU")]


def test_a_day_of_another_clause_does_not_date_a_judged_visit():
    visits = _visits(
        "انتقدت المعارضة السورية زيارة وزير الخارجية الفرنسي إلى دمشق، وقالت اليوم إنها خطأ."
    )
    assert visits == [("reported", None, None, "FRA", "foreign_minister", "SYR")]


def test_near_miss_a_verb_of_judging_in_another_clause_leaves_the_visit_dated():
    # punctuation and «أن» stand between «انتقد» and the visit
    visits = _visits(
        "انتقد النائب الحكومة بشدة، وأعلن أن وزير الخارجية الفرنسي يزور الجزائر اليوم."
    )
    assert visits == [("planned", date(2015, 8, 5), "day", "FRA", "foreign_minister", "DZA")]


def test_near_miss_an_arrival_noun_clause_is_not_judged():
    visits = _visits("وصل وزير الخارجية الفرنسي اليوم إلى الجزائر في زيارة رسمية.")
    assert visits == [("reported", date(2015, 8, 5), "day", "FRA", "foreign_minister", "DZA")]


def _visits_branch(text: str, published: str) -> dict:
    """location -> (status, visitor's country, date, precision) of each visit."""
    return {
        e["location_name"]: (
            e["status"],
            e["actor1_country"],
            e["event_date"],
            e["date_precision"],
        )
        for e in extract_events(text, published=published)
        if e["event_type"] == "VISIT"
    }


def test_a_judged_visit_is_dated_by_its_relative_clause_beyond_its_phrase():
    # the day stands nine words after the noun: only the relative clause «التي قام بها» dates it
    got = _visits_branch(
        "ووصف رئيس البرلمان الزيارة الرسمية الأولى التي قام بها الوزير الفرنسي إلى الجزائر "
        "أمس بأنها ناجحة.",
        "2015-08-05",
    )
    assert got == {"Algeria": ("reported", "FRA", date(2015, 8, 4), "day")}


def test_a_visit_the_judging_is_told_during_keeps_its_day():
    # «خلال زيارته» is when the minister judged, not what he judged: the sentence's day dates it
    got = _visits_branch(
        "ووصف وزير الخارجية الفرنسي اليوم خلال زيارته إلى الجزائر العلاقات بأنها ممتازة.",
        "2015-08-05",
    )
    assert got == {"Algeria": ("reported", "FRA", date(2015, 8, 5), "day")}


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


def _visits_comma(text: str, published="2015-08-06") -> list[tuple]:
    return [
        (e["actor1_country"], e["location_country"], str(e["event_date"]))
        for e in extract_events(text, published, home="SAU")
        if e["event_type"] == "VISIT"
    ]


def test_a_visit_a_statement_marks_takes_no_day_of_the_statement():
    text = (
        "صدر اليوم بيان مشترك بمناسبة زيارة الأمير محمد بن سلمان ولي ولي العهد إلى الأردن.\n"
        "وقد قام الأمير محمد بن سلمان بزيارة إلى الأردن يوم الثلاثاء الماضي."
    )
    assert ("SAU", "JOR", "2015-08-04") in _visits_comma(text)
    assert not any(v[2] == "2015-08-06" for v in _visits_comma(text))


def test_a_day_after_the_occasion_still_dates_the_visit():
    text = (
        "صدر اليوم بيان مشترك بمناسبة زيارة الأمير محمد بن سلمان ولي ولي العهد إلى الأردن "
        "يوم الثلاثاء الماضي."
    )
    assert _visits_comma(text) == [("SAU", "JOR", "2015-08-04")]


def test_a_contact_of_that_day_before_the_occasion_dates_the_visit():
    # near miss: the press conference «أمس» was held during the visit and dates it
    text = (
        "وأعلن الاتفاق أمس خلال مؤتمر صحفي مشترك بين الرئيس التونسي والمستشارة الألمانية "
        "أنجيلا ميركل بمناسبة زيارة رسمية أدتها إلى تونس."
    )
    assert ("DEU", "TUN", "2015-08-05") in _visits_comma(text)


def test_the_results_of_a_visit_heard_today_are_not_dated_today():
    text = (
        "واستمع مجلس الوزراء اليوم إلى نتائج زيارة صاحب السمو الملكي الأمير محمد بن سلمان "
        "إلى جمهورية مصر العربية."
    )
    assert [v[:2] for v in _visits_comma(text)] == [("SAU", "EGY")]
    assert _visits_comma(text)[0][2] != "2015-08-06"
