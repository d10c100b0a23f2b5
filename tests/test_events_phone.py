"""A phone interview («قال X في اتصال هاتفي، إن ...», «في اتصال هاتفي لـ«الشرق الأوسط»») is a
statement to a paper by phone, no call between X and another side of the sentence."""

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
