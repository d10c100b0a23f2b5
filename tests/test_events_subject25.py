"""The subject of a clause whose verb names none: «على أن يلتقي» (provided that he meets), a
chronicle's deed after a verb of congratulation, and a meeting of one told in a reported
clause («قال A إن B أكد خلال لقائه»). Sentences are our own paraphrases."""

from datetime import date

from pipeline.events import extract_events

DAY = date(2016, 5, 3)


def _pairs(text):
    return {
        (
            e["event_type"],
            e["status"],
            e["actor1_name"] or e["actor1_country"],
            e["actor2_name"] or e["actor2_country"],
        )
        for e in extract_events(text, DAY)
    }


def test_proviso_meeting_is_the_travellers():
    text = (
        "أعلنت الخارجية الفرنسية أن وزير الخارجية الفرنسي لوران فابيوس وصل في ساعة متأخرة "
        "من مساء أمس إلى القاهرة للقاء الرئيس المصري عبد الفتاح السيسي، على أن يلتقي لاحقا "
        "بنظيره المصري سامح شكري."
    )
    pairs = _pairs(text)
    assert ("MEET", "planned", "Laurent Fabius", "Sameh Shoukry") in pairs
    assert not any(p[2] == "Abdel Fattah al-Sisi" for p in pairs)


def test_proviso_gathering_with_a_title():
    text = (
        "وصل وزير الخارجية المصري سامح شكري إلى عمان للقاء العاهل الأردني الملك عبدالله "
        "الثاني، على أن يجتمع غدا مع رئيس الوزراء الأردني."
    )
    pairs = _pairs(text)
    assert ("MEET", "planned", "Sameh Shoukry", "JOR") in pairs
    assert not any(p[2] == "King Abdullah II" for p in pairs)


def test_proviso_in_sport_names_no_contact():
    text = "وسيغيب المهاجم عن الملاعب أسبوعين، على أن يزور طبيبه في لندن خلال الأيام المقبلة."
    assert extract_events(text, DAY) == []


def test_congratulating_verb_keeps_its_subject_for_the_next_deed():
    text = (
        "هنأ الرئيس التونسي الباجي قائد السبسي الرئيس الفرنسي إيمانويل ماكرون بفوزه في "
        "الانتخابات، وعقد جلسة مباحثات مع رئيس الحكومة الجزائري."
    )
    pairs = _pairs(text)
    assert ("MEET", "reported", "Beji Caid Essebsi", "DZA") in pairs
    assert not any("Emmanuel Macron" in p for p in pairs)


def test_reported_clause_meeting_is_its_own_subjects():
    text = (
        "وقال وزير الخارجية السعودي عادل الجبير إن الرئيس الروسي فلاديمير بوتين أكد خلال "
        "لقائه مع الرئيس المصري عبد الفتاح السيسي ضرورة الحل السياسي."
    )
    pairs = _pairs(text)
    assert ("MEET", "reported", "Vladimir Putin", "Abdel Fattah al-Sisi") in pairs
    assert not any(p[2] == "Adel al-Jubeir" for p in pairs)


def test_reported_clause_subject_and_speaker_are_no_pair():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن الرئيس الروسي فلاديمير بوتين أكد خلال "
        "لقائه أمس ضرورة الحل السياسي."
    )
    assert not any({"John Kerry", "Vladimir Putin"} <= set(p) for p in _pairs(text))


def test_speaker_meeting_after_his_own_clause_stays():
    text = (
        "أعلن وزير الخارجية التركي مولود جاويش أوغلو أن بلاده ستبدأ قريبا محاربة التنظيم، "
        "خلال لقائه نظيره الأمريكي جون كيري."
    )
    assert any(p[0] == "MEET" and p[2:] == ("Mevlut Cavusoglu", "John Kerry") for p in _pairs(text))
