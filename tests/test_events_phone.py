"""Phone talks and phone interviews: which is a call between two sides and which a statement to
a paper.

A phone interview («قال X في اتصال هاتفي، إن ...», «في اتصال هاتفي لـ«الشرق الأوسط»») is a
statement to a paper by phone, no call between X and another side of the sentence.

Talks held by phone: a talks noun with a phone adjective is a call, not a meeting.

Precision: a phone interview with a paper types no talks as a call. Sentences are invented
paraphrases.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events


def _calls(text):
    return [e for e in extract_events(text, "2015-07-27", home="SAU") if e["event_type"] == "CALL"]


def test_interview_then_that_is_no_call():
    text = ("وقال وزير حقوق الإنسان اليمني عز الدين الأصبحي في اتصال هاتفي، إنه تلقى ترحيبا من "
            "الأمين العام لمجلس التعاون الخليجي عبد اللطيف الزياني على عودة السفراء.")
    assert _calls(text) == []


def test_interview_to_a_paper_is_no_call():
    text = ("وأوضح وزير الخارجية اليمني رياض ياسين في اتصال هاتفي لـ«الشرق الأوسط» أمس، إنه تلقى "
            "ترحيبا من الأمين العام لمجلس التعاون الخليجي عبد اللطيف الزياني.")
    assert _calls(text) == []


def test_call_with_a_counterpart_stays():
    # near miss: «في اتصال هاتفي مع» the other side, then what was said
    text = ("وقال وزير الخارجية اليمني رياض ياسين في اتصال هاتفي مع الأمين العام لمجلس التعاون "
            "الخليجي عبد اللطيف الزياني إن عودة السفراء قريبة.")
    assert len(_calls(text)) == 1


def test_two_speakers_in_a_call_stay():
    # near miss: two sides say it together in the call
    text = ("وأكد الرئيس الأمريكي باراك أوباما والرئيس التركي رجب طيب أردوغان في اتصال هاتفي "
            "أن التعاون ضروري.")
    assert len(_calls(text)) == 1


def test_interview_before_a_quote_is_no_call():
    text = ("وذكر وزير حقوق الإنسان اليمني عز الدين الأصبحي في اتصال هاتفي: «الأمين العام لمجلس "
            "التعاون الخليجي عبد اللطيف الزياني رحب بعودة السفراء».")
    assert _calls(text) == []


def test_interview_with_a_programme_is_no_call():
    text = ("وأكد وزير الخارجية اليمني رياض ياسين في اتصال هاتفي مع برنامج «المشهد» أنه تلقى "
            "ترحيبا من الأمين العام لمجلس التعاون الخليجي عبد اللطيف الزياني.")
    assert _calls(text) == []


def test_interview_the_paper_held_is_no_call():
    text = ("وأوضح وزير الخارجية اليمني رياض ياسين في اتصال هاتفي أجرته معه «الشرق الأوسط»، أنه "
            "تلقى ترحيبا من الأمين العام لمجلس التعاون الخليجي عبد اللطيف الزياني.")
    assert _calls(text) == []


def test_call_told_with_a_quote_stays():
    # near miss: the other side named right after «مع», then the quote
    text = ("وقال وزير الخارجية اليمني رياض ياسين في اتصال هاتفي مع الأمين العام لمجلس التعاون "
            "الخليجي عبد اللطيف الزياني: «عودة السفراء قريبة».")
    assert len(_calls(text)) == 1


def test_call_by_paper_named_partner_stays():
    # near miss: «أجراه» with the other side after ب, no «معه»
    text = ("وقال وزير الخارجية اليمني رياض ياسين خلال اتصال هاتفي أجراه أمس بالأمين العام "
            "لمجلس التعاون الخليجي عبد اللطيف الزياني إن عودة السفراء قريبة.")
    assert len(_calls(text)) == 1


def test_statement_by_phone_to_a_radio_is_no_call():
    text = ("وأكد وزير الخارجية التونسي خميس الجهيناوي في تصريح هاتفي للجوهرة أف أم اليوم أنه "
            "تلقى دعوة من وزير الخارجية الفرنسي جان إيف لودريان.")
    assert _calls(text) == []
    from pipeline.events.mentions import Sentence, tokenize
    from pipeline.events.triggers import find_triggers
    for s in (text, text.replace("تصريح هاتفي للجوهرة أف أم", "اتصال هاتفي للجوهرة أف أم")):
        sent = Sentence(s, 0, tokenize(s))
        assert not [t for t in find_triggers(sent)[0] if t.etype == "CALL"]


def test_call_for_a_purpose_stays():
    # near miss: ل + a purpose, not a medium
    s = ("وأجرى وزير الخارجية التونسي خميس الجهيناوي اتصالا هاتفيا لبحث الأزمة مع وزير الخارجية "
         "الفرنسي جان إيف لودريان.")
    from pipeline.events.mentions import Sentence, tokenize
    from pipeline.events.triggers import find_triggers
    sent = Sentence(s, 0, tokenize(s))
    assert [t for t in find_triggers(sent)[0] if t.etype == "CALL"]


PUB = "2016-03-10"


def _one(text):
    events = extract_events(text, published=PUB)
    assert len(events) == 1, events
    return events[0]


def test_phone_talks_plural_is_call():
    e = _one(
        "وأجرى الرئيس التركي رجب طيب أردوغان مباحثات هاتفية مع الرئيس الأمريكي باراك أوباما أمس."
    )
    assert e["event_type"] == "CALL"
    assert {e["actor1_country"], e["actor2_country"]} == {"TUR", "USA"}
    assert str(e["event_date"]) == "2016-03-09"


def test_phone_consultations_is_call():
    e = _one(
        "أجرى وزير الخارجية السعودي عادل الجبير مشاورات هاتفية مع نظيره الأمريكي جون كيري أمس."
    )
    assert e["event_type"] == "CALL"
    assert e["actor2_role"] == "foreign_minister"


def test_definite_phone_talks_between_is_call():
    e = _one(
        "وتناولت المحادثات الهاتفية بين الرئيس التركي رجب طيب أردوغان "
        "والرئيس الأمريكي باراك أوباما الأزمة السورية."
    )
    assert e["event_type"] == "CALL"
    assert {e["actor1_role"], e["actor2_role"]} == {"head_of_state"}


def test_talks_without_phone_stay_meeting():
    e = _one(
        "وأجرى الرئيس التركي رجب طيب أردوغان مباحثات مع الرئيس الأمريكي باراك أوباما في أنقرة أمس."
    )
    assert e["event_type"] == "MEET"


def _events(text: str, published: str = "2015-08-07", home: str | None = None) -> list[dict]:
    return extract_events(text, published=published, home=home)


def _types(text: str) -> list[tuple]:
    return [
        (e["event_type"], e["status"], e["actor1_country"], e["actor2_country"])
        for e in _events(text)
    ]


def test_phone_interview_with_a_quoted_paper_leaves_talks_a_meeting():
    text = (
        "وأوضح المتحدث في اتصال هاتفي مع «عكاظ» أن الرئيس هادي بحث مع الرئيس عبدالفتاح "
        "السيسي آلية تدريب الجيش أمس."
    )
    assert _types(text) == [("MEET", "reported", "YEM", "EGY")]


def test_phone_statement_to_the_radio_leaves_talks_a_meeting():
    text = (
        "وقال مصدر في تصريح هاتفي للجوهرة أف أم إن الرئيس هادي بحث مع الرئيس عبدالفتاح "
        "السيسي آلية تدريب الجيش."
    )
    assert _types(text) == [("MEET", "reported", "YEM", "EGY")]


def test_phone_statements_plural_leave_talks_a_meeting():
    text = (
        "وقال مسؤول في تصريحات هاتفية إن وزير الخارجية الأردني ناقش مع نظيره المصري سامح "
        "شكري الأوضاع في ليبيا."
    )
    assert _types(text) == [("MEET", "reported", "JOR", "EGY")]


def test_talks_held_by_phone_stay_a_call():
    # near miss: the phone noun is the talks' own medium, not an interview
    text = "بحث الرئيس هادي مع الرئيس عبدالفتاح السيسي في اتصال هاتفي آلية تدريب الجيش."
    assert _types(text) == [("CALL", "reported", "YEM", "EGY")]


def test_phone_call_told_in_the_next_sentence_still_types_the_talks():
    # near miss: the call is named right after the talks, with no paper
    text = (
        "وبحث وزير الخارجية الأردني مع نظيره المصري سامح شكري الأوضاع في ليبيا. "
        "وجرى ذلك خلال اتصال هاتفي مساء أمس."
    )
    assert ("CALL", "reported", "JOR", "EGY") in _types(text)


def _pairs(text: str) -> list[tuple]:
    return [
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in _events(text)
    ]


def test_a_blocs_ministers_meeting_its_leaders_is_no_contact():
    text = "وكان وزراء خارجية مجلس التعاون قد عقدوا اجتماعا مع قادة مجلس التعاون في الرياض أمس."
    assert _pairs(text) == []


def test_a_blocs_officer_with_its_member_ministers_is_no_contact():
    text = (
        "وستجري فيديريكا موغيريني، منسقة السياسة الخارجية في الاتحاد الأوروبي، محادثات مع "
        "وزراء خارجية دول الاتحاد الأوروبي غدا في بروكسل."
    )
    assert _pairs(text) == []


def test_a_blocs_ministers_with_a_foreign_minister_stay_a_contact():
    # near miss: the other side is a state outside the bloc
    text = "اجتمع وزراء خارجية دول مجلس التعاون مع وزير الخارجية الأمريكي جون كيري في الدوحة أمس."
    assert _pairs(text) == [("MEET", "GCC", "foreign_minister", "USA", "foreign_minister")]


def test_two_officers_of_one_organisation_stay_a_contact():
    # near miss: an envoy meeting the Secretary-General holds no state's office
    text = (
        "التقى المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد الأمين العام للأمم المتحدة "
        "بان كي مون أمس."
    )
    assert _pairs(text) == [("MEET", "UN", "envoy", "UN", "organization_head")]


# being in contact («على اتصال ب») is no call; «اقتصر على اتصال هاتفي» still is


def _contact_events(text, published, home="TUN"):
    return extract_events(text, published, home=home)


def _one_call(events, etype, country):
    found = [
        e
        for e in events
        if e["event_type"] == etype and country in (e["actor1_country"], e["actor2_country"])
    ]
    assert len(found) == 1, found
    return found[0]


def test_being_in_contact_is_no_call():
    text = (
        "وجاء في البيان أن الوزيرة الكرواتية على اتصال بنظيرها المصري سامح شكري "
        "وستتوجه إلى القاهرة."
    )
    assert not [
        e for e in _contact_events(text, "2015-08-08", home="SAU") if e["event_type"] == "CALL"
    ]


def test_two_authorities_in_contact_to_arrange_something_is_no_call():
    text = "وقال المسؤول إن السلطات الفلسطينية والإسرائيلية على اتصال لتنظيم نقل الجثمان."
    assert not [
        e for e in _contact_events(text, "2015-08-08", home="SAU") if e["event_type"] == "CALL"
    ]


def test_a_phone_call_after_ala_is_still_a_call():
    # near miss: «اقتصر على اتصال هاتفي»: a call was made
    text = (
        "وأوضحت الرئاسة أن الأمر اقتصر على اتصال هاتفي صباح يوم الأربعاء بين الرئيس "
        "التونسي والرئيس الليبي."
    )
    call = _one_call(_contact_events(text, "2015-08-08"), "CALL", "LBY")
    assert call["status"] == "reported"
    assert {call["actor1_country"], call["actor2_country"]} == {"TUN", "LBY"}
    assert call["event_date"] == date(2015, 8, 5)
