"""A contact named again: back-references to talks, dual pronouns, a definite meeting noun after
«ل».

A back-reference to talks («خلال المحادثات», «خلال المباحثات») gives way when the clause
before it names the pair itself: two parties joined by و, or the speaker's pronoun and a party
as the subject of a dual verb («إنه وY أكدا») (pipeline/events/triggers.py).

Sentences written for these tests (not corpus text).

A contact noun with a dual pronoun («لقائهما», «مباحثاتهما») is the contact of the two
parties its sentence names with it (pipeline/events/frames.py `_dual_owners`).

A definite meeting noun with the preposition ل before its article («للقاء», «للاجتماع»: ل +
ال, the alef dropped) names again the meeting the sentence told, as «إلى اللقاء» does; a
month of its own or a party named after it keeps it a contact of its own.

A definite contact noun after خلال/في ختام keeps its own parties after its adjectives
(«خلال الزيارة الرسمية لـX إلى Y», «خلال اللقاء الثنائي مع Y»): a contact of its own, not a
back-reference (pipeline/events/triggers.py `_after_adjectives`); so the dated telling of a visit
is found and a later retelling without its day joins it.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events

PUB = "2015-07-23"


def _events(text: str) -> list[tuple]:
    def side(e: dict, n: str) -> str:
        return e[f"{n}_country"] or e[f"{n}_org"]

    return sorted(
        (e["event_type"], e["status"], frozenset({side(e, "actor1"), side(e, "actor2")}))
        for e in extract_events(text, published=PUB)
    )


def test_speaker_and_party_with_a_dual_verb_meet():
    text = (
        "وقال وزير الدفاع الأمريكي آشتون كارتر: إنه والملك سلمان أكدا خلال المحادثات دعمهما للاتفاق"
    )
    assert _events(text) == [("MEET", "reported", frozenset({"USA", "SAU"}))]


def test_speaker_pair_with_a_lineage_after_the_name():
    text = (
        "وقال وزير الدفاع الأمريكي آشتون كارتر إن إيران تمثل تهديدا. "
        "وأوضح كارتر أنه والملك سلمان بن عبد العزيز أكدا خلال المحادثات دعمهما للاتفاق"
    )
    assert _events(text) == [("MEET", "reported", frozenset({"USA", "SAU"}))]


def test_speaker_pair_with_talks_noun():
    text = "وذكر وزير الخارجية الفرنسي أنه والرئيس التونسي بحثا خلال المباحثات الوضع في ليبيا"
    assert _events(text) == [("MEET", "reported", frozenset({"FRA", "TUN"}))]


def test_two_named_parties_before_the_cue():
    text = "وأكد الرئيس المصري والعاهل الأردني خلال المباحثات ضرورة وقف إطلاق النار"
    assert _events(text) == [("MEET", "reported", frozenset({"EGY", "JOR"}))]


def test_one_party_still_refers_back():
    text = "وأكد الرئيس المصري خلال المباحثات ضرورة وقف إطلاق النار"
    assert _events(text) == []


def test_dual_noun_still_refers_back():
    text = "وأكد الجانبان خلال المباحثات ضرورة وقف إطلاق النار"
    assert _events(text) == []


def test_speaker_alone_with_a_singular_verb_refers_back():
    text = "وقال وزير الخارجية الفرنسي إنه أكد خلال المحادثات دعم بلاده للاتفاق"
    assert _events(text) == []


def test_a_meeting_told_before_is_not_repeated():
    text = (
        "التقى وزير الخارجية الفرنسي الرئيس التونسي في قرطاج يوم الاثنين. "
        "وقال الوزير إنه والرئيس التونسي بحثا خلال المباحثات الوضع في ليبيا"
    )
    assert _events(text) == [("MEET", "reported", frozenset({"FRA", "TUN"}))]


def _pairs(text: str, etype: str = "MEET") -> set[tuple]:
    return {
        frozenset(
            {
                (e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
                (e["actor2_country"] or e["actor2_org"], e["actor2_role"]),
            }
        )
        for e in extract_events(text, published="2016-03-10")
        if e["event_type"] == etype and e["actor2_role"]
    }


def test_fronted_dual_meeting_pairs_the_speakers_after_it():
    text = "وخلال لقائهما أمس في عمان، أكد وزير الخارجية المصري ونظيره الأردني أهمية التنسيق."
    evs = [e for e in extract_events(text, published="2016-03-10") if e["event_type"] == "MEET"]
    assert len(evs) == 1
    assert {evs[0]["actor1_country"], evs[0]["actor2_country"]} == {"EGY", "JOR"}
    assert evs[0]["actor2_role"] == "foreign_minister"
    assert evs[0]["status"] == "reported"
    assert evs[0]["event_date"] == date(2016, 3, 9)


def test_dual_talks_noun_after_coordinated_subjects():
    text = "وشدد الرئيس المصري والعاهل الأردني خلال مباحثاتهما أمس على أهمية التنسيق."
    assert _pairs(text) == {frozenset({("EGY", "head_of_state"), ("JOR", "head_of_state")})}


def test_dual_meeting_after_a_statement_to_the_other_party():
    text = (
        "وأكد وزير الخارجية الصيني لنظيره الأمريكي أن بلاده أوقفت أنشطتها في البحر، "
        "بعد لقائهما أمس على هامش الاجتماع."
    )
    assert _pairs(text) == {frozenset({("CHN", "foreign_minister"), ("USA", "foreign_minister")})}


def test_dual_meeting_to_come_is_planned():
    text = "وأكد وزير الخارجية الفرنسي لنظيره الألماني أن الملف سيطرح خلال لقائهما غدا في باريس."
    evs = [e for e in extract_events(text, published="2016-03-10") if e["event_type"] == "MEET"]
    assert [e["status"] for e in evs] == ["planned"]


def test_dual_noun_after_a_third_side_pairs_no_one():
    # a third state named before the pronoun: which two held the talks is not told
    text = (
        "أكد الرئيس المصري لنظيره الأردني، بحضور الرئيس التركي، أن البلدين متفقان على "
        "كل الملفات التي طرحت خلال مباحثاتهما."
    )
    assert _pairs(text) == set()


def test_dual_noun_opening_a_sentence_with_one_party_after_it_pairs_no_one():
    text = "وخلال لقائهما أمس، أكد وزير الخارجية المصري أهمية التنسيق مع الجميع."
    assert _pairs(text) == set()


def test_repeated_meetings_of_two_are_no_contact():
    # «لقاءاتهما المتكررة»: their meetings over time, not one contact
    text = (
        "وأكد المتحدث أن اللقاء يعكس التوجيهات الصادرة عن الرئيسين المصري والأوغندي "
        "خلال لقاءاتهما المتكررة في الفترة الأخيرة."
    )
    assert _pairs(text) == set()


PUBLISHED = date(2015, 8, 9)
OPENING = "وبدأ الرئيس المصري عبد الفتاح السيسي يومه بلقاء الرئيس الفرنسي فرانسوا هولاند "


def _events_lam(text: str) -> list[tuple]:
    return sorted(
        (e["event_type"], e["status"], e["actor1_country"], e["actor2_country"], e["event_date"])
        for e in extract_events(text, PUBLISHED)
    )


def test_meeting_noun_with_lam_and_article_names_the_meeting_again():
    for noun in ("للقاء", "للاجتماع"):
        events = _events_lam(OPENING + f"قبل التوجه {noun} المقرر.")
        assert events == [("MEET", "reported", "EGY", "FRA", None)], noun


def test_meeting_noun_with_ila_and_article_names_the_meeting_again():
    events = _events_lam(OPENING + "قبل التوجه إلى اللقاء المقرر.")
    assert events == [("MEET", "reported", "EGY", "FRA", None)]


def test_meeting_noun_with_a_month_of_its_own_is_another_meeting():
    text = (
        "وعقد الرئيس المصري عبد الفتاح السيسي مباحثات مع الرئيس الفرنسي فرانسوا هولاند أمس، "
        "واتفق الطرفان على الإعداد للقاء المقبل الشهر المقبل."
    )
    events = _events_lam(text)
    assert ("MEET", "reported", "EGY", "FRA", date(2015, 8, 8)) in events
    assert ("MEET", "planned", "EGY", "FRA", date(2015, 9, 1)) in events


def test_verbal_noun_with_its_object_after_it_is_a_meeting():
    text = (
        "وتوجه الرئيس المصري عبد الفتاح السيسي أمس إلى باريس للقاء الرئيس الفرنسي فرانسوا هولاند."
    )
    events = _events_lam(text)
    assert ("MEET", "reported", "EGY", "FRA", date(2015, 8, 8)) in events
    assert ("VISIT", "reported", "EGY", None, date(2015, 8, 8)) in events


def _dated(text: str) -> list[tuple]:
    def side(e: dict, n: str) -> str:
        return e[f"{n}_country"] or e[f"{n}_org"]

    return sorted(
        (e["event_type"], e["status"], frozenset({side(e, "actor1"), side(e, "actor2")}),
         e["event_date"], e["date_precision"])
        for e in extract_events(text, published=PUB)
    )


def test_definite_visit_noun_with_adjective_names_its_own_visitor():
    # «خلال الزيارة الرسمية لـX إلى Y»: the adjective does not make the noun a back-reference;
    # the visitor after ل is its own, and the month after the place dates it
    text = ("وأشاد السفير بالاتفاقيات الموقعة خلال الزيارة الرسمية لوزير الخارجية المصري "
            "إلى فرنسا في يونيو.")
    assert _dated(text) == [("VISIT", "reported", frozenset({"EGY", None}),
                             date(2015, 6, 1), "month")]


def test_visit_retold_without_its_day_joins_the_dated_telling():
    # the visit told with its month, then named again with no day of its own: one visit, dated
    text = ("وقال السفير إن المشاريع الموقعة خلال الزيارة التاريخية لوزير الخارجية المصري إلى "
            "فرنسا في يونيو تسير بشكل جيد. وأضاف أن زيارة وزير الخارجية المصري لباريس فتحت "
            "آفاقا جديدة.")
    assert _dated(text) == [("VISIT", "reported", frozenset({"EGY", None}),
                             date(2015, 6, 1), "month")]


def test_definite_meeting_noun_with_adjective_and_counterpart_is_a_contact():
    text = "وأكد وزير الخارجية القطري خلال اللقاء الثنائي مع نظيره الأمريكي أهمية التعاون."
    assert ("MEET", "reported", frozenset({"QAT", "USA"})) in _events(text)
    # with no party of its own the adjective changes nothing: a back-reference
    text = "وفي ختام الاجتماع الوزاري طلب العاهل الأردني نقل تحياته إلى خادم الحرمين الشريفين."
    assert _events(text) == []
