"""Groups of actors and the occasions they meet at: a meeting held over a span of days, and
participants listed after the event they took part in (sentences written for these tests)."""

from datetime import date

from pipeline.events import extract_events


def _pairs(events):
    return sorted(tuple(sorted([(e["actor1_country"] or e["actor1_org"]),
                                (e["actor2_country"] or e["actor2_org"] or "")]))
                  for e in events if e["event_type"] == "MEET")


def test_meeting_held_over_a_span_of_days_takes_its_first_day():
    text = ("يجتمع وزراء الخارجية السادة أحمد عطاف و بدر عبد العاطي و محمد النفطي يومي 12 و 13 "
            "مارس المقبل في الجزائر العاصمة.")
    events = [e for e in extract_events(text, date(2025, 2, 20)) if e["event_type"] == "MEET"]
    assert events
    assert all((e["event_date"], e["date_precision"]) == (date(2025, 3, 12), "day")
               for e in events)


OCCASION = ("أشاد الرئيس الفلسطيني محمود عباس بالجهود العربية لدعم القضية.\n"
            "جاء ذلك خلال اجتماع اللجنة الوزارية العربية أمس في عمان، بمشاركة وزير الخارجية "
            "الأردني أيمن الصفدي ووزير الخارجية الفلسطيني رياض المالكي إلى جانب وزير الخارجية "
            "المصري.")


def test_speaker_meets_each_participant_of_the_occasion_named_after_jaa_dhalik():
    events = extract_events(OCCASION, date(2024, 3, 6))
    meets = [e for e in events if e["event_type"] == "MEET"]
    assert _pairs(meets) == [("EGY", "PSE"), ("JOR", "PSE")]
    assert all(e["status"] == "reported" and e["event_date"] == date(2024, 3, 5) for e in meets)
    assert all(e["actor1_role"] == "head_of_state" for e in meets)


def test_occasion_needs_a_speaker_opening_the_sentence_before():
    text = OCCASION.replace("أشاد الرئيس الفلسطيني محمود عباس", "أشادت اللجنة")
    assert not [e for e in extract_events(text, date(2024, 3, 6))
                if e["actor1_country"] == "PSE" or e["actor2_country"] == "PSE"]


TOUR = ("قال المتحدث إن وزير الخارجية الإيراني سيبدأ غدا جولة تشمل الجزائر وموريتانيا وتونس.\n"
        "وأوضح أن الهدف بحث العلاقات بين إيران والدول الثلاث، وأن وزير الخارجية الإيراني "
        "سيلتقي رؤساء البلدان الثلاثة فضلا عن نظرائه فيها.")


def test_titled_group_named_back_by_number_is_one_actor_per_listed_country():
    meets = [e for e in extract_events(TOUR, date(2024, 5, 4)) if e["event_type"] == "MEET"]
    got = sorted((e["actor2_country"], e["actor2_role"]) for e in meets)
    assert got == [("DZA", "foreign_minister"), ("DZA", "head_of_state"),
                   ("MRT", "foreign_minister"), ("MRT", "head_of_state"),
                   ("TUN", "foreign_minister"), ("TUN", "head_of_state")]
    assert all(e["actor1_country"] == "IRN" and e["status"] == "planned" for e in meets)


def test_group_whose_count_matches_no_list_names_nobody():
    text = TOUR.replace("البلدان الثلاثة", "البلدان الأربعة")
    meets = [e for e in extract_events(text, date(2024, 5, 4)) if e["event_type"] == "MEET"]
    assert meets == []


def test_group_members_from_the_same_sentence_list():
    from pipeline.events.extract import _prepare

    text = ("زار الوزير مصر والأردن، وأشاد بمواقف قادة البلدين.")
    [sent] = _prepare(text, date(2024, 5, 4))
    grouped = sorted((a.country, a.role) for a in sent.actors if a.grouped)
    assert grouped == [("EGY", "head_of_state"), ("JOR", "head_of_state")]


def test_group_named_back_as_subject_meets_among_itself():
    text = ("بدأت أمس في عمان مشاورات تضم مصر والأردن والعراق حول الأزمة.\n"
            "واجتمع وزراء خارجية الدول الثلاث اليوم في عمان لبحث التعاون.")
    meets = [e for e in extract_events(text, date(2024, 1, 10)) if e["event_type"] == "MEET"]
    assert _pairs(meets) == [("EGY", "IRQ"), ("EGY", "JOR"), ("IRQ", "JOR")]
    assert all(e["actor1_role"] == e["actor2_role"] == "foreign_minister" for e in meets)


def test_plural_counterparts_in_a_group_named_back():
    text = TOUR.split("\n")[0] + ("\nوأضاف أن وزير الخارجية الإيراني سيلتقي نظرائه في الدول "
                                  "الثلاث لبحث التعاون.")
    meets = [e for e in extract_events(text, date(2024, 5, 4)) if e["event_type"] == "MEET"]
    assert sorted((e["actor2_country"], e["actor2_role"]) for e in meets) == [
        ("DZA", "foreign_minister"), ("MRT", "foreign_minister"), ("TUN", "foreign_minister")]


def test_plural_counterparts_without_a_group_name_nobody():
    text = "التقى وزير الخارجية الإيراني نظرائه في العاصمة لبحث التعاون."
    assert not [e for e in extract_events(text, date(2024, 5, 4)) if e["event_type"] == "MEET"]
