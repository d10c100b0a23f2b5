"""Headlines run into one another or into their lede: a cue of one says nothing of another.

A digest's run-on headlines: a cue of the future in one headline says nothing of another.

Rules of the twentieth round that the labelled and unlabelled news never reach, pinned by
their own constructions so that a later tidy does not take them for dead code.
"""

from pipeline.events import extract_events

LEAD = "موعد يومي مع أبرز الأحداث والمستجدات على الساحة الوطنية خلال 24 ساعة:\n"


def _meets(text: str) -> list[dict]:
    return [e for e in extract_events(text, "2017-06-16", home="TUN") if e["event_type"] == "MEET"]


def test_future_cue_of_an_earlier_headline_leaves_a_present_reception_reported():
    text = LEAD + (
        "عودة الإنتاج في الحقول خلال الأسابيع القادمة قرارات جديدة تخص الموانئ التجارية "
        "وفاة عامل في حادث بالجنوب الباجي قائد السبسي يستقبل وزير الخارجية القطري "
        "نتائج الامتحانات الوطنية"
    )
    meets = _meets(text)
    assert len(meets) == 1
    assert meets[0]["status"] == "reported"
    assert meets[0]["actor2_country"] == "QAT"
    assert meets[0]["actor2_role"] == "foreign_minister"


def test_cue_in_the_same_headline_keeps_the_reception_planned():
    text = LEAD + (
        "وفاة عامل في حادث بالجنوب الباجي قائد السبسي يستقبل غدا وزير الخارجية القطري "
        "نتائج الامتحانات الوطنية"
    )
    meets = _meets(text)
    assert len(meets) == 1
    assert meets[0]["status"] == "planned"
    assert meets[0]["actor2_country"] == "QAT"


def test_future_cue_before_a_present_meeting_outside_a_digest_still_counts():
    text = (
        "قال المتحدث إن عودة الإنتاج ستكون خلال الأسابيع القادمة بعد أن أعلنت الحكومة خطتها "
        "الجديدة لدعم الجهات ويلتقي وزير الخارجية التونسي نظيره المصري في القاهرة."
    )
    meets = _meets(text)
    assert meets and all(e["status"] == "planned" for e in meets)


def test_relative_day_of_what_talks_came_after_is_not_theirs():
    # a relative day («أمس») in the clause of the agreement the talks followed: not explicit,
    # so only the rule for a thing the contact came after leaves the talks undated
    text = (
        "وبعد الاتفاق الذي وقع أمس، بدأت مفاوضات في أثينا بين اليونان ودائنيها في أجواء من "
        "التوتر السياسي."
    )
    evs = [
        e for e in extract_events(text, "2015-08-04", home="SAU") if e["event_type"] == "NEGOTIATE"
    ]
    assert evs
    assert all(e["status"] == "reported" and e["event_date"] is None for e in evs)


def test_headed_delegation_on_a_visit_is_told_by_the_visit_noun():
    text = "يترأس وزير الخارجية المغربي وفدا حكوميا في زيارة إلى فرنسا تبدأ غدا."
    evs = [e for e in extract_events(text, "2015-08-04", home="SAU") if e["event_type"] == "VISIT"]
    assert [(e["actor1_country"], e["location_country"], e["trigger"]) for e in evs] == [
        ("MAR", "FRA", "زيارة")
    ]
