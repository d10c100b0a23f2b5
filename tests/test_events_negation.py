"""Contacts the text says did not, will not or may not happen.

Contacts the text says did not, will not or may not happen are no events: a negation of a
plan or of existence before the contact («لا توجد خطط للقاء», «ليس هناك أي اتصال بين», «نفى
وجود محادثات»), a denied plan or expectation («من غير المرجح أن يلتقي», «لا يعتزم زيارة»),
and a negated verb of taking place after the contact noun («لقاء ثلاثيا ... لن يعقد», «الزيارة
لم تتم»), which also tells that a visit scheduled in the article was called off. Beside each,
the plain held or planned contact still stands, and the constructions already read right
(a postponement, a denial of having met, a refusal, an undated visit) stay so. Sentences are
invented paraphrases.

A contact the text says did not or will not take place is no event: a negation before a verb
of holding it («لم يجر أي اتصال», «لم تجر أي محادثات») negates the contact noun after it, as
«لم يلتق» and «لن يلتقي» do a contact verb. Near misses stay contacts: «لم يكتف بلقاء» (not
content with a meeting: the meeting took place), «لا سيما بعد لقائه» (especially after it).
Sentences are invented paraphrases.

A contact whose date is not set or that is not yet made is planned, not denied (invented
sentences).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUBLISHED = date(2024, 3, 10)
YESTERDAY = date(2024, 3, 9)


def _events(text: str) -> list[dict]:
    return extract_events(text, published=PUBLISHED)


def _pair(event: dict) -> set:
    return {
        (event["actor1_country"], event["actor1_role"]),
        (event["actor2_country"], event["actor2_role"]),
    }


def _only(text: str, etype: str) -> dict:
    events = [e for e in _events(text) if e["event_type"] == etype]
    assert len(events) == 1, events
    return events[0]


# --- a plan or an existence denied before the contact -------------------------------------


def test_no_plans_for_a_meeting():
    text = "وقال المتحدث إنه لا توجد خطط للقاء بين الرئيس الأمريكي والرئيس الإيراني."
    assert _events(text) == []
    text = "وقال المتحدث إنه لا توجد أي نية لعقد لقاء بين الرئيس الأمريكي والرئيس الإيراني."
    assert _events(text) == []


def test_plans_for_a_meeting_still_planned():
    text = "وتوجد خطط للقاء بين الرئيس الأمريكي والرئيس الإيراني الشهر المقبل."
    meet = _only(text, "MEET")
    assert meet["status"] == "planned"
    assert _pair(meet) == {("USA", "head_of_state"), ("IRN", "head_of_state")}


def test_no_intention_held_by_someone_to_visit():
    text = "وأكد أنه ليست هناك نية لدى الرئيس التركي لزيارة إسرائيل."
    assert _events(text) == []


def test_there_is_no_contact():
    text = "وقال المتحدث إنه ليس هناك أي اتصال بين وزير الخارجية الأمريكي ونظيره الإيراني."
    assert _events(text) == []


def test_call_made_still_reported():
    call = _only("أجرى وزير الخارجية الأمريكي اتصالا هاتفيا بنظيره الإيراني أمس.", "CALL")
    assert call["status"] == "reported"
    assert _pair(call) == {("USA", "foreign_minister"), ("IRN", "foreign_minister")}
    assert call["event_date"] == YESTERDAY


def test_denied_existence_of_talks():
    text = "ونفى وزير الخارجية الأمريكي وجود محادثات بينه وبين نظيره الإيراني."
    assert _events(text) == []
    text = "ونفت وزارة الخارجية الأمريكية حصول أي لقاء بين وزير الخارجية الأمريكي ونظيره الإيراني."
    assert _events(text) == []


def test_talks_told_as_held_still_reported():
    text = "وأكدت الرئاسة أن المحادثات بين وزير الخارجية الأمريكي ونظيره الروسي جرت في جنيف أمس."
    meet = _only(text, "MEET")
    assert meet["status"] == "reported"
    assert _pair(meet) == {("USA", "foreign_minister"), ("RUS", "foreign_minister")}
    assert meet["event_date"] == YESTERDAY


# --- a plan or an expectation denied ----------------------------------------------------------


def test_unlikely_meeting():
    text = "ومن غير المرجح أن يلتقي الرئيس الأمريكي نظيره الروسي خلال القمة."
    assert _events(text) == []
    text = "وليس من المقرر أن يلتقي الرئيس الأمريكي نظيره الروسي خلال القمة."
    assert _events(text) == []


def test_likely_meeting_still_planned():
    text = "ومن المرجح أن يلتقي الرئيس الأمريكي نظيره الروسي خلال القمة."
    meet = _only(text, "MEET")
    assert meet["status"] == "planned"
    assert _pair(meet) == {("USA", "head_of_state"), ("RUS", "head_of_state")}


def test_no_intention_to_visit():
    assert _events("وقال إن الرئيس الأمريكي لا يعتزم زيارة روسيا.") == []
    assert _events("وقال إن الرئيس الأمريكي لا ينوي لقاء نظيره الروسي.") == []


def test_intention_to_visit_still_planned():
    visit = _only("وقال إن الرئيس الأمريكي يعتزم زيارة روسيا.", "VISIT")
    assert visit["status"] == "planned"
    assert (visit["actor1_country"], visit["actor1_role"]) == ("USA", "head_of_state")


# --- a negated verb of taking place after the contact noun -----------------------------------


def test_trilateral_that_will_not_be_held():
    text = (
        "وأكد أن لقاء ثلاثيا بين الرئيس المصري والرئيس الفلسطيني ورئيس الوزراء الإسرائيلي لن يعقد."
    )
    assert _events(text) == []


def test_trilateral_to_be_held_still_planned():
    text = (
        "وقال إن لقاء ثلاثيا بين الرئيس المصري والرئيس الفلسطيني ورئيس الوزراء الإسرائيلي "
        "سيعقد الأسبوع المقبل."
    )
    meets = [e for e in _events(text) if e["event_type"] == "MEET"]
    assert len(meets) == 3
    assert {e["status"] for e in meets} == {"planned"}
    assert {frozenset(_pair(e)) for e in meets} == {
        frozenset({("EGY", "head_of_state"), ("PSE", "head_of_state")}),
        frozenset({("EGY", "head_of_state"), ("ISR", "head_of_government")}),
        frozenset({("PSE", "head_of_state"), ("ISR", "head_of_government")}),
    }


def test_meeting_that_will_not_be_held():
    text = "وقال إن اللقاء بين الرئيس الأمريكي والرئيس الروسي لن يعقد."
    assert _events(text) == []
    text = "وأكد أن المحادثات بين وزير الخارجية الأمريكي ونظيره الروسي لن تجري في جنيف."
    assert _events(text) == []


def test_meeting_not_announced_is_still_a_meeting():
    # «لم يتم» before a verbal noun tells something else not done: the meeting took place
    text = "وقال إن اللقاء بين الرئيس الأمريكي والرئيس الروسي لم يتم الإعلان عنه."
    meet = _only(text, "MEET")
    assert _pair(meet) == {("USA", "head_of_state"), ("RUS", "head_of_state")}


def test_visit_that_did_not_take_place():
    assert _events("وقال إن زيارة الرئيس الفرنسي إلى الجزائر لم تتم.") == []


def test_visit_not_taken_place_yet_is_planned():
    visit = _only("وقال إن زيارة الرئيس الفرنسي إلى الجزائر لم تتم بعد.", "VISIT")
    assert visit["status"] == "planned"
    assert (visit["actor1_country"], visit["actor1_role"]) == ("FRA", "head_of_state")
    assert visit["event_date"] is None


def test_visit_not_official_or_fruitless_still_a_visit():
    for text in (
        "وقال إن زيارة الرئيس الفرنسي إلى الجزائر لم تكن رسمية.",
        "وقال إن زيارة الرئيس الفرنسي إلى الجزائر لم تسفر عن نتائج.",
        # a «ب» phrase of how it came about: it did take place
        "وقال إن زيارة الرئيس الفرنسي إلى الجزائر لم تتم بقرار منه.",
    ):
        visit = _only(text, "VISIT")
        assert visit["status"] == "reported"
        assert (visit["actor1_country"], visit["actor1_role"]) == ("FRA", "head_of_state")


def test_scheduled_visit_that_did_not_take_place_is_cancelled():
    text = "كان من المقرر أن يزور الرئيس الفرنسي الجزائر أمس. لكن الزيارة لم تتم."
    visit = _only(text, "VISIT")
    assert visit["status"] == "cancelled"
    assert (visit["actor1_country"], visit["actor1_role"]) == ("FRA", "head_of_state")
    assert visit["event_date"] == YESTERDAY


# --- constructions already read right stay so -------------------------------------------------


def test_postponed_visit_is_cancelled():
    visit = _only("أعلنت الرئاسة تأجيل زيارة الرئيس التركي إلى مصر.", "VISIT")
    assert visit["status"] == "cancelled"
    assert (visit["actor1_country"], visit["actor1_role"]) == ("TUR", "head_of_state")


def test_cancelled_meeting_is_cancelled():
    text = "أعلنت الخارجية إلغاء اللقاء بين وزير الخارجية الأمريكي ونظيره الروسي."
    meet = _only(text, "MEET")
    assert meet["status"] == "cancelled"
    assert _pair(meet) == {("USA", "foreign_minister"), ("RUS", "foreign_minister")}


def test_denied_meeting_and_refused_meeting():
    assert _events("نفى وزير الخارجية المصري أن يكون قد التقى نظيره الإسرائيلي.") == []
    assert _events("رفض الرئيس الفلسطيني لقاء رئيس الوزراء الإسرائيلي.") == []


def test_meeting_held_still_reported():
    meet = _only("التقى وزير الخارجية المصري نظيره الإثيوبي في القاهرة أمس.", "MEET")
    assert meet["status"] == "reported"
    assert _pair(meet) == {("EGY", "foreign_minister"), ("ETH", "foreign_minister")}
    assert meet["event_date"] == YESTERDAY


def test_visit_without_a_set_day_is_planned_and_undated():
    # the labels key a visit whose day is not fixed yet as planned, with no day
    visit = _only("ولم يتحدد موعد زيارة الرئيس الروسي إلى مصر.", "VISIT")
    assert visit["status"] == "planned"
    assert visit["event_date"] is None
    assert (visit["actor1_country"], visit["actor1_role"]) == ("RUS", "head_of_state")


def test_no_call_held():
    text = "قال المتحدث إنه لم يجر أي اتصال بين الرئيس الأمريكي والرئيس الإيراني."
    assert _events(text) == []


def test_no_talks_held():
    text = "وأوضح المصدر أنه لم تجر أي محادثات بين وزير الخارجية الإيراني ونظيره الأمريكي في جنيف."
    assert _events(text) == []


def test_negated_meeting_verbs():
    assert _events("لم يلتق وزير الخارجية المصري نظيره الإثيوبي في القاهرة أمس.") == []
    assert _events("لن يلتقي الرئيس الفرنسي الرئيس الروسي الأسبوع المقبل.") == []


def test_talks_held_without_negation_still_planned():
    text = "وتجري وزيرة الخارجية الألمانية محادثات مع نظيرها الفرنسي في باريس اليوم."
    events = _events(text)
    assert len(events) == 1
    assert events[0]["status"] == "planned"
    assert _pair(events[0]) == {("DEU", "foreign_minister"), ("FRA", "foreign_minister")}


def test_call_made_is_reported():
    events = _events("أجرى الرئيس الأمريكي اتصالا هاتفيا بالرئيس الإيراني أمس.")
    assert [(e["event_type"], e["status"]) for e in events] == [("CALL", "reported")]
    assert _pair(events[0]) == {("USA", "head_of_state"), ("IRN", "head_of_state")}
    assert events[0]["event_date"] == date(2024, 3, 9)


def test_not_content_with_a_meeting_is_a_meeting():
    text = "لم يكتف وزير الخارجية الأمريكي بلقاء نظيره المصري في القاهرة أمس بل زار الأردن."
    meets = [e for e in _events(text) if e["event_type"] == "MEET"]
    assert len(meets) == 1
    assert meets[0]["status"] == "reported"
    assert _pair(meets[0]) == {("USA", "foreign_minister"), ("EGY", "foreign_minister")}


def test_especially_after_meeting_is_a_meeting():
    text = (
        "أشاد وزير الخارجية الأمريكي بالعلاقات مع مصر، لا سيما بعد لقائه نظيره المصري "
        "في القاهرة أمس."
    )
    meets = [e for e in _events(text) if e["event_type"] == "MEET"]
    assert len(meets) == 1
    assert meets[0]["status"] == "reported"
    assert _pair(meets[0]) == {("USA", "foreign_minister"), ("EGY", "foreign_minister")}
    assert meets[0]["event_date"] == date(2024, 3, 9)


def _events_unset(text: str) -> list[tuple]:
    return [
        (e["event_type"], e["status"], e["actor1_country"], e["actor2_country"])
        for e in extract_events(text, date(2016, 3, 1), home="JOR")
    ]


def test_visit_whose_date_is_not_set_is_planned_not_denied():
    # «لم يتم تحديد موعدها»: the date was not set; the visit itself is still to come
    text = "أعلن وزير الخارجية الأردني أن زيارة الرئيس الفرنسي إلى عمان لم يتم تحديد موعدها."
    assert _events_unset(text) == [("VISIT", "planned", "FRA", None)]


def test_summit_whose_date_is_not_set_is_no_denied_summit():
    text = "وقال المتحدث إن القمة بين الرئيس المصري والرئيس السوداني لم يتم تحديد موعدها."
    assert [e[:2] for e in _events_unset(text)] == [("MEET", "planned")]


def test_visit_that_did_not_take_place_is_still_denied():
    text = "كان من المقرر أن يزور الرئيس الفرنسي الجزائر أمس، لكن الزيارة لم تتم."
    assert _events_unset(text) == [("VISIT", "cancelled", "FRA", None)]


def test_visit_not_yet_made_is_planned():
    text = "قال المتحدث إن زيارة الرئيس الفرنسي إلى الجزائر لم تتم بعد."
    assert _events_unset(text) == [("VISIT", "planned", "FRA", None)]


def test_talks_that_will_not_be_held_this_week_are_denied():
    text = "وقال المتحدث إن المحادثات مع وزير الخارجية الإيراني لن تجري خلال هذا الأسبوع."
    assert _events_unset(text) == []


def test_second_sender_after_a_lineage_written_in_two_words_is_no_party():
    text = (
        "واجتمع الملك عبدالله الثاني وولي ولي العهد السعودي أمس، حمل فيه ولي ولي العهد تحيات "
        "خادم الحرمين الشريفين الملك سلمان بن عبد العزيز والأمير محمد بن نايف ولي العهد وزير "
        "الداخلية إلى العاهل الأردني، كما جرت مباحثات ثنائية موسعة."
    )
    pairs = {
        (e["actor1_name"], e["actor2_name"] or e["actor2_country"])
        for e in extract_events(text, "2015-08-07", home="SAU")
    }
    assert pairs == {("King Abdullah II", "SAU")}
