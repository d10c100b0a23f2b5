"""A daily digest's headlines run together (their line breaks lost): the extractor cuts them
apart where a headline's boundary is recognisable (a no-break space left where a line ended, a
kicker before its colon), so that actors, dates and statuses do not cross headlines.

A digest's run-on headlines: a cue of the future in one headline says nothing of another.
"""

import pipeline.events.extract as extract_mod
from pipeline.events import extract_events

LEAD = "أبرز الأخبار والمستجدات المسجلة على الساحة الوطنية اليوم الخميس 9 مارس 2017.\n"


def _events(text):
    return [e if isinstance(e, dict) else e.__dict__
            for e in extract_events(text, "2017-03-09", home="TUN")]


def _pair(e):
    return {(e["actor1_country"], e["actor1_role"]), (e["actor2_country"], e["actor2_role"])}


def test_a_kicker_starts_a_headline_whose_actor_is_not_the_guest_of_the_one_before():
    # a Jawhara FM digest: «بالوثائق :» opens the headline naming the minister; the
    # president's guest is the Iranian foreign minister, not him
    text = ("أبرز الأخبار والمستجدات المسجلة على الساحة الوطنية والدولية اليوم الاثنين 19 جوان "
            "2017.\nقايد السبسي يستقبل وزير الخارجية الإيراني إيقاف سمير الوافي بالوثائق : "
            "آفاق تونس يؤكد تورّط مهدي بن غربية في الفساد رجة أرضية بقوة 3 درجات بولاية بنزرت")
    events = [e if isinstance(e, dict) else e.__dict__
              for e in extract_events(text, "2017-06-19", home="TUN")]
    assert [_pair(e) for e in events if e["event_type"] == "MEET"] == [
        {("TUN", "head_of_state"), ("IRN", "foreign_minister")}]


def test_a_no_break_space_ends_a_headline_and_its_future_words():
    body = ("تواصل الأشغال في ميناء رادس خلال الأشهر القادمة\xa0رئيس الحكومة يستقبل سفير فرنسا "
            "بتونس حجز كميات من السجائر المهربة")
    events = [e for e in _events(LEAD + body) if e["event_type"] == "MEET"]
    assert [e["status"] for e in events] == ["reported"]


def test_digest_headlines_cut_at_kickers_and_no_break_spaces():
    heads = extract_mod._headlines(
        "إيقاف شخصين جندوبة : تعليق الدروس يوم الأحد القادم : انقطاع الكهرباء\xa0وفاة شخص",
        2017, {}, "TUN", None)
    assert heads == ["إيقاف شخصين", "جندوبة : تعليق الدروس", "يوم الأحد القادم : انقطاع الكهرباء",
                     "وفاة شخص"]


def test_a_place_after_a_preposition_before_the_colon_ends_its_headline():
    # «... إلى تونس : مصدر يوضح»: the headline's own destination, then who explains it
    text = "ترحيل تونسيين موقوفين في سوريا إلى تونس : مصدر من وزارة الخارجية يوضح"
    assert extract_mod._headlines(text, 2017, {}, "TUN", None) == [text]


def test_an_article_is_not_cut_at_its_colons():
    text = ("استقبل رئيس الجمهورية وزير الخارجية الجزائري وقال بيان الرئاسة : بحث الجانبان "
            "العلاقات الثنائية.")
    sents = extract_mod._prepare(text, None, "TUN")
    assert len(sents) == 1


def test_a_digest_headline_telling_a_visit_in_the_present_announces_it():
    # «وزير الخارجية يؤدي زيارة رسمية إلى إيطاليا» in a digest: the visit is announced (planned);
    # the reception beside it in the present is the day's news (reported)
    body = ("تراجع أسعار الزيت في الأسواق وزير الخارجية يؤدي زيارة رسمية إلى إيطاليا رئيس الحكومة "
            "يستقبل سفير فرنسا بتونس حجز كميات من السجائر المهربة")
    events = _events(LEAD + body)
    assert sorted((e["event_type"], e["status"]) for e in events) == [
        ("MEET", "reported"), ("VISIT", "planned")]


def test_a_visit_in_the_present_outside_a_digest_is_under_way():
    events = _events("وزير الخارجية يؤدي زيارة رسمية إلى إيطاليا.")
    assert [(e["event_type"], e["status"]) for e in events] == [("VISIT", "reported")]


LEAD_RUNON = "موعد يومي مع أبرز الأحداث والمستجدات على الساحة الوطنية خلال 24 ساعة:\n"


def _meets(text: str) -> list[dict]:
    return [e for e in extract_events(text, "2017-06-16", home="TUN") if e["event_type"] == "MEET"]


def test_future_cue_of_an_earlier_headline_leaves_a_present_reception_reported():
    text = LEAD_RUNON + (
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
    text = LEAD_RUNON + (
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
