"""Precision: sports federations and their presidents are no party to a diplomatic contact,
and a visit noun whose pronoun is the object of a verb of VSO order belongs to that verb's
subject, not to the topic of the sentence before."""

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.events.gazetteer import load_gazetteer

PUB = date(2015, 7, 24)


def _events(text, published=PUB, home="SAU"):
    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"] or e["actor1_org"],
            e["actor2_country"] or e["actor2_org"],
        )
        for e in extract_events(text, published, home=home)
    ]


def test_sports_federations_are_marked_in_the_gazetteer():
    gaz = load_gazetteer()
    assert {"FIFA", "UEFA", "IOC"} <= gaz.non_state_orgs
    assert "EU" not in gaz.non_state_orgs and "UN" not in gaz.non_state_orgs


def test_football_federation_president_meeting_a_head_of_state_is_no_contact():
    text = "اجتمع رئيس الاتحاد الدولي لكرة القدم أمس مع الرئيس الروسي فلاديمير بوتين في موسكو."
    assert _events(text) == []


def test_named_federation_president_going_to_meet_a_president_is_no_contact():
    # the president of FIFA named by his surname alone: his trip and his meeting are sport's
    text = (
        "وسيسافر بلاتر إلى موسكو نهاية الأسبوع حيث من المقرر أن يجتمع مع الرئيس الروسي "
        "فلاديمير بوتين على هامش قرعة البطولة."
    )
    assert _events(text) == []


def test_uefa_president_is_not_the_european_union():
    text = "التقى ميشيل بلاتيني أمس الرئيس الفرنسي فرانسوا هولاند في قصر الإليزيه."
    assert _events(text) == []


def test_european_union_official_still_meets():
    # near miss: the European Union itself (no sport word after it) stays a party
    text = "التقى الرئيس الفرنسي فرانسوا هولاند أمس رئيس المفوضية الأوروبية في باريس."
    assert ("MEET", "reported", "FRA", "EU") in _events(text)


def test_cancelled_visit_belongs_to_the_cancelling_verbs_subject():
    text = (
        "التقى الرئيس الروسي فلاديمير بوتين المستشارة الألمانية أمس في موسكو.\n"
        "وألغى الرئيس الفرنسي فرانسوا هولاند زيارته المقررة إلى كندا."
    )
    events = _events(text)
    assert ("VISIT", "cancelled", "FRA", None) in events
    assert ("VISIT", "cancelled", "RUS", None) not in events


def test_ended_visit_with_a_time_word_belongs_to_the_verbs_subject():
    text = (
        "قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع أوروبا جيدة.\n"
        "واختتم الرئيس الفرنسي أمس زيارته إلى كندا."
    )
    events = _events(text)
    assert ("VISIT", "reported", "FRA", None) in events
    assert not any(e[2] == "RUS" and e[0] == "VISIT" for e in events)


def test_federation_president_cancelling_his_visit_lends_it_to_nobody():
    # the subject of «ألغى» is FIFA's president: his visit is his own, not the topic's before
    text = (
        "ومن المقرر أن يلتقي الرئيس الروسي فلاديمير بوتين مع بلاتر على هامش الحفل.\n"
        "وبينما ألغى بلاتر زيارته المقررة إلى كندا، سيحضر القرعة في روسيا."
    )
    assert not any(e[0] == "VISIT" for e in _events(text))


def _dated(text, published=date(2015, 8, 10)):
    return [
        (e["event_type"], e["status"], str(e["event_date"]))
        for e in extract_events(text, published, home="SAU")
    ]


def test_summits_day_in_a_relative_clause_after_the_meeting_is_not_the_meetings():
    # the day follows the summit's own name inside a relative clause on another noun: it
    # dates the summit the agreed fields were announced at, not the meeting in Doha
    text = (
        "ورحب المجلس بالبيان الصادر عقب اجتماع وزراء خارجية دول مجلس التعاون مع وزير "
        "الخارجية الأمريكي في الدوحة لبحث مجالات التعاون التي أعلن عنها في قمة كامب "
        "ديفيد في 14 مايو 2015."
    )
    events = _dated(text)
    assert events and all(e[0] == "MEET" for e in events)
    assert all(e[2] != "2015-05-14" for e in events)


def test_conference_day_after_its_name_in_a_relative_clause_is_not_the_meetings():
    text = (
        "وبحث وزير الخارجية التونسي مع نظيره الكويتي التعاون في المجالات التي تناولها "
        "مؤتمر الاستثمار الدولي في 29 نوفمبر 2014."
    )
    events = _dated(text, date(2015, 3, 2))
    assert ("MEET", "reported", "2014-11-29") not in events


def test_meeting_at_a_summits_margin_keeps_the_summits_day():
    # near miss: the relative clause is on the summit the meeting was held at
    text = "التقى وزير الخارجية الأمريكي نظيره الروسي على هامش القمة التي عقدت في 14 مايو 2015."
    assert ("MEET", "reported", "2015-05-14") in _dated(text)


def test_chronicles_letter_and_congratulations_are_no_meeting():
    # «استقبل X، وهنأ Y ...، وبعث رسالة لـZ»: only X is received; Y and Z get no meeting
    text = (
        "وفي يوم الثلاثاء استقبل الملك سلمان رئيس الوزراء الباكستاني، وهنأ رئيس سريلانكا "
        "بذكرى اليوم الوطني لبلاده، وبعث رسالة لأمير دولة الكويت."
    )
    events = _events(text)
    assert ("MEET", "reported", "SAU", "PAK") in events
    assert not any({"LKA", "KWT"} & {e[2], e[3]} for e in events)


def test_condolence_cable_after_a_call_is_no_call():
    text = (
        "وتلقى الملك سلمان اتصالا هاتفيا من ملك البحرين، وبعث برقية عزاء لملك الأردن، "
        "وتلقى اتصالا هاتفيا من أمير دولة قطر."
    )
    events = _events(text)
    assert ("CALL", "reported", "SAU", "BHR") in events or (
        "CALL",
        "reported",
        "BHR",
        "SAU",
    ) in events
    assert not any("JOR" in (e[2], e[3]) for e in events)


def test_two_guests_received_are_still_two_meetings():
    # near miss: a plain list of guests joined by و goes on
    text = "استقبل الرئيس التونسي أمس وزير الخارجية الفرنسي ووزير الخارجية الإيطالي."
    events = _events(text, home="TUN")
    assert ("MEET", "reported", "TUN", "FRA") in events
    assert ("MEET", "reported", "TUN", "ITA") in events
