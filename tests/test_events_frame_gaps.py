"""Recall: contacts the frames did not propose (invented sentences and near misses)."""

from pipeline.events import extract_events

PUB = "2016-03-10"


def _pairs(text: str, etype: str = "MEET") -> set[tuple]:
    return {
        (
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
            e["status"],
        )
        for e in extract_events(text, PUB, home="SAU")
        if e["event_type"] == etype
    }


def _sides(text: str, etype: str = "MEET") -> set[frozenset]:
    return {frozenset((p[0], p[2])) for p in _pairs(text, etype)}


# an adjective of the contact between a possessed contact noun and «مع»


def test_adjective_between_possessed_noun_and_with():
    text = (
        "وأكد الملك عبدالله الثاني خلال لقائه الثنائي مع الرئيس المصري عبدالفتاح السيسي "
        "أمس أهمية التنسيق."
    )
    assert _pairs(text) == {("JOR", "head_of_state", "EGY", "head_of_state", "reported")}


def test_closed_meeting_adjective_feminine_title():
    text = "وبحث العاهل الأردني خلال اجتماعه المغلق مع وزير الخارجية الأمريكي جون كيري الأوضاع."
    assert frozenset(("JOR", "USA")) in _sides(text)


def test_adjective_then_attendance_is_no_counterpart():
    # «بحضور»: the one present is no counterpart of the meeting
    text = (
        "وأكد الملك عبدالله الثاني خلال لقائه الثنائي بحضور الرئيس المصري عبدالفتاح السيسي "
        "أهمية التنسيق."
    )
    assert not _pairs(text)


# «في استقباله» after the sentence's own arrival, however far back the visitor is named


def test_reception_after_long_arrival_clause():
    text = (
        "وكان الرئيس الفرنسي إيمانويل ماكرون قد وصل بعد ظهر أمس إلى العاصمة المغربية الرباط، "
        "في أول زيارة له خارج أوروبا، حيث كان في استقباله العاهل المغربي الملك محمد السادس."
    )
    assert _pairs(text) == {("MAR", "head_of_state", "FRA", "head_of_state", "reported")}
    visits = extract_events(text, PUB, home="SAU")
    assert any(
        e["event_type"] == "VISIT"
        and e["actor1_country"] == "FRA"
        and e["location_country"] == "MAR"
        for e in visits
    )


def test_reception_past_arrival_clause_and_airport():
    text = (
        "وصل رئيس الوزراء التونسي يوسف الشاهد أمس إلى الجزائر العاصمة في زيارة عمل تستغرق "
        "يومين يبحث خلالها ملف الحدود، وكان في استقباله لدى وصوله مطار هواري بومدين الدولي "
        "رئيس الوزراء الجزائري عبدالمالك سلال."
    )
    assert ("DZA", "head_of_government", "TUN", "head_of_government", "reported") in _pairs(text)


def test_reception_by_a_compatriot_is_no_contact():
    text = (
        "وصل وزير الخارجية السعودي عادل الجبير إلى جدة أمس في زيارة تستغرق يومين، "
        "حيث كان في استقباله لدى وصوله وكيل وزارة الخارجية السعودي."
    )
    assert not _pairs(text)


def test_plural_reception_pronoun_is_not_the_one_visitor():
    # «استقبالهم»: guests the pronoun counts as many, not the one visitor told
    text = (
        "وصل الرئيس الفرنسي فرانسوا هولاند أمس إلى الرباط في زيارة رسمية تستغرق يومين، "
        "حيث كان في استقبالهم العاهل المغربي الملك محمد السادس."
    )
    assert not _pairs(text)


# a dual discussion verb after its و-joined subjects, with no counterpart after it


def test_dual_discussion_verb_after_joined_subjects():
    text = "وأضاف البيت الأبيض في بيانه أن الرئيسين الأمريكي والتركي بحثا آلية مشتركة."
    assert _pairs(text) == {("USA", "head_of_state", "TUR", "head_of_state", "reported")}


def test_dual_discussion_verb_after_named_pair():
    text = (
        "وأضاف أن الرئيس المصري عبدالفتاح السيسي ونظيره الفرنسي فرانسوا هولاند "
        "ناقشا العلاقات الثنائية."
    )
    assert _sides(text) == {frozenset(("EGY", "FRA"))}


def test_searching_for_is_no_discussion():
    # «بحثا عن»: searching for, the noun, not the dual verb
    text = "وتوجه الرئيس المصري عبدالفتاح السيسي والرئيس الفرنسي فرانسوا هولاند بحثا عن حل للأزمة."
    assert not _pairs(text)


def test_dual_verb_after_reported_speaker_is_no_pair():
    # «قال A إن B ...»: A reports, B alone is the subject of the clause
    text = "وقال وزير الخارجية الأمريكي جون كيري إن الرئيس التركي ناقشا الأمر."
    assert not _pairs(text)


# an arrival noun in a fronted setting: its owner is the main verb's subject after the comma


def _visits(text: str) -> set[tuple]:
    return {
        (e["actor1_country"], e["actor1_role"], e["location_country"], e["status"])
        for e in extract_events(text, PUB, home="SAU")
        if e["event_type"] == "VISIT"
    }


def test_fronted_arrival_owned_by_main_verb_subject():
    text = (
        "ولدى وصوله إلى مطار القاهرة، أكد وزير الخارجية الأمريكي جون كيري أهمية الحوار الاستراتيجي."
    )
    assert _visits(text) == {("USA", "foreign_minister", "EGY", "reported")}


def test_fronted_arrival_feminine_owner():
    text = (
        "وعند وصولها إلى برلين، قالت وزيرة الخارجية الأسترالية جولي بيشوب إن بلادها تدعم الاتفاق."
    )
    assert _visits(text) == {("AUS", "foreign_minister", "DEU", "reported")}


def test_fronted_arrival_with_unnamed_speaker_gives_no_visit():
    # «أكد مصدر»: the one who speaks is nobody, and the minister named later owns no arrival
    text = (
        "ولدى وصوله إلى مطار القاهرة، أكد مصدر مسؤول أن وزير الخارجية الأمريكي جون كيري "
        "سيلتقي الرئيس المصري."
    )
    assert not _visits(text)
