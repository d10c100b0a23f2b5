"""Contacts that are not diplomatic ones in non-politics news (business delegations and the
like). Sentences written for these tests (not corpus text)."""

from __future__ import annotations

from pipeline.events import extract_events


def _events(text: str, home: str = "SAU") -> list[tuple]:
    return [(e["event_type"], e["status"], e["actor1_country"], e["actor1_role"])
            for e in extract_events(text, "2015-07-31", home=home)]


def test_bare_delegation_after_a_business_delegation_is_that_body():
    # «الوفد» alone refers back to the delegation named before; made of businessmen, it is no
    # state's delegation, so its trip to a fair is no visit
    text = ("يبحث وفد يضم عددا من رجال الأعمال السعوديين إقامة شراكة مع نظرائهم الصينيين. "
            "وقال مسؤول بالغرفة التجارية إن الوفد سيشارك في منتدى يعقد في الصين الشهر المقبل.")
    assert _events(text) == []
    text = ("يبحث وفد سعودي يضم عددا من رجال الأعمال إقامة شراكة مع نظرائهم الصينيين. "
            "وقال مسؤول إن الوفد سيشارك في منتدى يعقد في الصين الشهر المقبل.")
    assert _events(text) == []


def test_bare_delegation_after_a_state_delegation_still_visits():
    # near miss: the delegation named before is a state's (officers, a government's)
    text = ("وصل إلى القاهرة وفد عسكري سعودي يضم عددا من الضباط. "
            "وسيلتقي الوفد خلال الزيارة وزير الدفاع المصري.")
    assert ("MEET", "planned", "SAU", "delegation") in _events(text)
    text = ("يبحث وفد حكومي سعودي إقامة شراكة مع نظرائهم الصينيين. "
            "وقال مسؤول إن الوفد سيشارك في منتدى يعقد في الصين الشهر المقبل.")
    assert ("VISIT", "planned", "SAU", "delegation") in _events(text)


def test_palestinian_president_chairing_his_own_party_council_is_no_contact():
    # Fatah is a national party of Palestine (orgs.yaml country: PSE): its own council or
    # committee chaired by the Palestinian president is domestic business
    text = ("وأكد الرئيس الفلسطيني محمود عباس خلال ترؤسه اجتماعا للمجلس الاستشاري لحركة فتح "
            "في رام الله أمس أن القيادة ترحب بالجهود الأوروبية.")
    assert _events(text) == []
    text = ("ثمنت حركة فتح عقب اجتماع للجنتها المركزية برئاسة الرئيس الفلسطيني محمود عباس أمس "
            "الموقف الأوروبي.")
    assert _events(text) == []


def test_fatah_meeting_a_foreign_state_or_another_movement_still_fires():
    # near misses: a Fatah delegation meeting Egypt's foreign minister, or Hamas
    text = "التقى وفد من حركة فتح أمس في القاهرة وزير الخارجية المصري سامح شكري."
    assert [(e["actor1_org"], e["actor2_country"]) for e in
            extract_events(text, "2015-07-25", home="SAU")] == [("FATAH", "EGY")]
    text = "التقى وفد من حركة فتح أمس في القاهرة وفدا من حركة حماس لبحث المصالحة."
    assert [(e["actor1_org"], e["actor2_org"]) for e in
            extract_events(text, "2015-07-25", home="SAU")] == [("FATAH", "HAMAS")]


def test_two_parties_of_the_outlets_own_state_are_no_contact():
    # a Saudi paper: the oil minister with a Saudi delegation; a Tunisian one: the president
    # receiving his parliament's speaker
    text = "والتقى وزير البترول السعودي علي النعيمي أمس في سيول وفدا سعوديا يضم ممثلين عن أرامكو."
    assert _events(text) == []
    text = ("استقبل رئيس الجمهورية الباجي قايد السبسي اليوم بقصر قرطاج رئيس مجلس نواب الشعب "
            "محمد الناصر.")
    assert _events(text, home="TUN") == []


def test_foreign_rivals_of_one_state_and_foreign_guests_still_meet():
    # near misses: the same Saudi paper reporting the king receiving a foreign minister, and
    # two rival Libyan leaders meeting (the outlet's own state is not theirs)
    text = "استقبل خادم الحرمين الشريفين الملك سلمان أمس وزير الخارجية المصري سامح شكري."
    assert ("MEET", "reported", "SAU", "head_of_state") in _events(text)
    pairs = {(e["actor1_country"], e["actor2_country"]) for e in extract_events(
        "التقى رئيس المجلس الرئاسي الليبي فائز السراج أمس في أبوظبي المشير خليفة حفتر.",
        "2017-05-03", home="SAU")}
    pairs_tun = {(e["actor1_country"], e["actor2_country"]) for e in extract_events(
        "التقى رئيس المجلس الرئاسي الليبي فائز السراج أمس في أبوظبي المشير خليفة حفتر.",
        "2017-05-03", home="TUN")}
    assert pairs == pairs_tun


def test_a_trip_to_perform_the_umrah_is_no_visit():
    # a pilgrim's trip (the labels hold it doubtful at most: «not an official visit»)
    text = "وصل رئيس جمهورية الشيشان رمضان قاديروف إلى جدة صباح أمس لأداء مناسك العمرة."
    assert _events(text) == []
    text = "غادر جدة أمس رئيس وزراء باكستان محمد نواز شريف بعد زيارته لأداء مناسك العمرة."
    assert _events(text) == []
    text = "وقال الوزير إن زيارة وفد من حركة حماس للمملكة كانت لتأدية العمرة."
    assert _events(text) == []


def test_a_state_visit_and_a_meeting_during_a_pilgrimage_still_fire():
    # near misses: an official visit (no rite named), and a meeting told by its own trigger
    text = "وصل رئيس وزراء باكستان محمد نواز شريف إلى جدة أمس في زيارة رسمية للمملكة."
    assert _events(text) == [("VISIT", "reported", "PAK", "head_of_government")]
    text = ("وصل رئيس جمهورية الشيشان رمضان قاديروف إلى جدة صباح أمس لأداء مناسك العمرة. "
            "والتقى ولي ولي العهد الأمير محمد بن سلمان في جدة أمس الرئيس قاديروف.")
    assert [e[0] for e in _events(text)] == ["MEET"]
    # «أداء» of something else (an oath) is no pilgrimage
    text = "وصل رئيس وزراء باكستان محمد نواز شريف إلى جدة أمس في زيارة رسمية بعد أداء اليمين."
    assert [e[0] for e in _events(text)] == ["VISIT"]


def test_a_delegation_of_a_nationality_given_only_to_a_company_is_the_companys():
    # «الوفد الكوري» in a text that gave «الكورية» only to companies, and named no Korean
    # state actor: the company's delegation, no contact
    text = ("تبحث الشركة السعودية للكهرباء فرص التعاون مع الشركات الكورية المتخصصة. "
            "واستقبل وزير المياه والكهرباء السعودي أمس الوفد الكوري.")
    assert _events(text) == []
    text = ("اجتمع رئيس مجلس إدارة الشركة مع رئيس مجلس إدارة شركة هيونداي الكورية للصناعات "
            "الثقيلة. واستقبل وزير المياه والكهرباء السعودي أمس الوفد الكوري.")
    assert _events(text) == []


def test_a_delegation_of_a_state_named_as_such_still_meets():
    # near misses: no company named, or a Korean minister named before
    assert _events("استقبل وزير المياه والكهرباء السعودي أمس الوفد الكوري.") == [
        ("MEET", "reported", "SAU", "minister")]
    text = ("وصل وزير الخارجية الكوري إلى الرياض، وتبحث الشركات الكورية فرص التعاون. "
            "واستقبل وزير المياه والكهرباء السعودي أمس الوفد الكوري.")
    assert ("MEET", "reported", "SAU", "minister") in _events(text)
