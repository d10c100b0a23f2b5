"""Contacts outside politics: business, sport, local and party news whose contact words make no
diplomatic contact.

False events outside politics: a state's crown prince or a regional governor opposite a
cabinet member of the same state is domestic business (pipeline/events/extract.py
_realm_office, _domestic).

Sentences written for these tests (not corpus text).

Contacts that are not diplomatic ones in non-politics news (business delegations and the
like). Sentences written for these tests (not corpus text).

False events of business and local news: a company's head taken for a state's official, and
a side that only speaks of a meeting whose genitive names who meets.

Contacts outside politics: a call to start or resume talks asks for a contact nobody agreed
to (no event), while a minister's real contact told in economy or tourism news is one; sport
and business senses of the contact words give no event.

Sports federations and their presidents are no party to a diplomatic contact, nor is a
federation president who calls off his visit.
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.extract import _domestic, _realm_office
from pipeline.events.gazetteer import load_gazetteer
from pipeline.events.mentions import Actor
from tests.support.events import event_rows, role_pairs


def _pairs(text: str, published="2015-07-21", home: str | None = "SAU") -> set:
    return role_pairs(text, published, home)


def test_the_crown_prince_attending_his_own_emirs_audience_is_no_counterpart():
    text = ("استقبل الشيخ جابر المبارك أمير دولة الكويت وبحضور الشيخ سالم العلي وليّ عهد دولة "
            "الكويت اليوم بقصر بيان الأمير خالد بن سعود رئيس اللجنة الأولمبية السعودية ووزراء "
            "الشباب بدول مجلس التعاون.")
    pairs = _pairs(text)
    assert not any(p[0].startswith("KWT") and p[-1].startswith("KWT") for _, p in pairs)
    # near miss: the foreign guest of the same audience stays
    assert any("SAU:official" in p for _, p in pairs)


def test_a_foreign_crown_prince_is_still_a_counterpart():
    text = ("وكان الأمير محمد بن نايف وزير الداخلية قد وصل إلى الكويت أمس وكان في استقباله "
            "الشيخ نواف الأحمد ولي عهد دولة الكويت.")
    assert ("MEET", ("KWT:official", "SAU:minister")) in _pairs(text, "2015-08-11")


def test_a_regional_governor_receiving_a_foreign_ambassador_is_a_contact():
    text = "استقبل أمير منطقة الرياض أمس سفير جمهورية البيرو لدى المملكة."
    assert ("MEET", ("PER:official", "SAU:official")) in _pairs(text, "2015-07-27")


def test_realm_offices():
    assert _realm_office(Actor(0, 2, country="KWT", role="official",
                               text="نواف الأحمد وليّ عهد دولة الكويت"))
    assert _realm_office(Actor(0, 2, country="SAU", role="official", text="أمير منطقة عسير"))
    assert _realm_office(Actor(0, 2, country="SAU", role="official", text="ولي العهد"))
    assert not _realm_office(Actor(0, 2, country="SAU", role="official",
                                   text="أمير الكويت"))
    assert not _realm_office(Actor(0, 2, country="SAU", role="official",
                                   text="مدير الأمن العام"))


def test_a_governor_and_his_own_interior_minister_are_domestic():
    minister = Actor(0, 2, country="SAU", role="minister", text="وزير الداخلية")
    governor = Actor(3, 6, country="SAU", role="official", text="أمير منطقة عسير")
    assert _domestic(minister, governor) and _domestic(governor, minister)
    # near misses: another state's governor, or an official who holds no such office
    assert not _domestic(minister, Actor(3, 6, country="KWT", role="official",
                                         text="ولي عهد دولة الكويت"))
    assert not _domestic(minister, Actor(3, 6, country="SAU", role="official",
                                         text="مدير الأمن العام"))


# ----------------------------------------------------------------------------- «المبرمج»

def _statuses(text: str, published="2017-04-02", home="TUN") -> list[tuple]:
    return [(ev["event_type"], ev["status"], ev["trigger"])
            for ev in extract_events(text, published, home=home)]


def test_scheduled_in_tunisian_usage_plans_the_arrival():
    # «من المبرمج أن» is «من المقرر أن»: the arrival in the tour's next capital is to come
    text = ("يتوجه رئيس الحكومة غدا الاثنين إلى نيامي في جولة إفريقية. ومن المبرمج أن يفتتح "
            "رئيس الحكومة فور وصوله إلى واغادوغو المنتدى الاقتصادي.")
    assert ("VISIT", "planned", "وصوله") in _statuses(text)
    # near miss: the same arrival told as done stays reported
    told = ("يتوجه رئيس الحكومة غدا الاثنين إلى نيامي في جولة إفريقية. وافتتح رئيس الحكومة "
            "فور وصوله إلى واغادوغو المنتدى الاقتصادي.")
    assert ("VISIT", "reported", "وصوله") in _statuses(told)


def test_was_scheduled_then_called_off_is_cancelled():
    text = ("وكان من المبرمج أن يؤدي وزير الخارجية الفرنسي زيارة إلى تونس لكن الزيارة "
            "ألغيت.")
    assert [s for t, s, _ in _statuses(text) if t == "VISIT"] == ["cancelled"]


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


# ----------------------------------------------------------------------------- company heads


def test_a_company_head_with_the_companys_nationality_is_no_official():
    # «الرئيس المدير العام» (the Tunisian title of a chief executive): the company is German,
    # its head is no German official
    text = ("استقبل رئيس الحكومة يوسف الشاهد اليوم الرئيس المدير العام لشركة سيمنس الألمانية "
            "بقصر الحكومة بالقصبة.")
    assert event_rows(text, "2017-03-01", "TUN") == []


def test_a_business_groups_head_is_no_official_either():
    text = "استقبل رئيس الحكومة يوسف الشاهد اليوم الرئيس المدير العام لمجموعة توتال الفرنسية."
    assert event_rows(text, "2017-03-01", "TUN") == []


def test_a_head_of_state_received_is_still_a_meeting():
    # near miss: «الرئيس الفرنسي» names no company
    text = "استقبل رئيس الحكومة يوسف الشاهد اليوم الرئيس الفرنسي فرانسوا هولاند بقصر الحكومة."
    assert ("MEET", ("FRA:head_of_state", "TUN:head_of_government")) in role_pairs(
        text, "2017-03-01", "TUN")


def test_an_international_organisations_director_general_is_still_its_head():
    # near miss: «المدير العام لصندوق النقد الدولي» heads an organisation, not a company
    text = "استقبل رئيس الحكومة يوسف الشاهد اليوم المدير العام لصندوق النقد الدولي."
    assert ("MEET", ("IMF:organization_head", "TUN:head_of_government")) in role_pairs(
        text, "2017-03-01", "TUN")


# ----------------------------------------------------------------------------- «اجتماع وزراء»


def test_who_prepares_a_ministers_meeting_is_no_party_to_it():
    # the head of state meets his Algerian counterpart to prepare the foreign ministers'
    # meeting: he is no side of that meeting
    text = ("وتوجه رئيس الجمهورية إلى الجزائر للقاء الرئيس الجزائري عبد العزيز بوتفليقة "
            "استعدادا لاجتماع وزراء خارجية البلدين في تونس.")
    rows = event_rows(text, "2017-02-19", "TUN")
    assert ("MEET", "TUN", "head_of_state", "DZA", "head_of_state") in rows
    assert not any(r[0] == "MEET" and "foreign_minister" in r for r in rows)


def test_who_agrees_on_a_ministers_meeting_is_no_party_to_it():
    text = ("اتفق وزير الخارجية ورئيس الحكومة الليبي على أهمية اجتماع وزراء خارجية دول الجوار "
            "الذي سيعقد في تونس.")
    assert ("MEET", "TUN", "foreign_minister", "LBY", "head_of_government") not in event_rows(
        text, "2017-03-09", "TUN")


def test_a_minister_of_the_genitives_rank_may_be_one_of_them():
    # near miss: the Saudi foreign minister speaks of the foreign ministers' meeting he sat in
    text = ("قال وزير الخارجية عادل الجبير اليوم أن اجتماع وزراء خارجية التعاون الخليجي "
            "و نظيرهم الأمريكي جون كيري كان مثمرا.")
    assert ("MEET", "SAU", "foreign_minister", "USA", "foreign_minister") in event_rows(
        text, "2015-08-03", "SAU")


def test_meeting_the_ministers_names_them_as_the_one_met():
    # near miss: «للقاء وزراء خارجية ...»: «لقاء» takes the ones met as its genitive
    text = ("وصل وزير الخارجية الأمريكي جون كيري أمس إلى الدوحة للقاء وزراء خارجية دول مجلس "
            "التعاون الخليجي.")
    assert ("MEET", ("GCC:foreign_minister", "USA:foreign_minister")) in role_pairs(
        text, "2015-08-03", "SAU")


def _events_calls(text: str) -> list[dict]:
    return extract_events(text, "2017-03-10", home="TUN")


def test_call_to_start_consultations_is_no_contact():
    text = "دعا ائتلاف من شركات الطيران الحكومة الأمريكية إلى بدء مشاورات مع الدول الخليجية."
    assert _events_calls(text) == []


def test_call_to_resume_consultations_is_no_contact():
    text = "دعت رابطة المصارف الحكومة الأمريكية إلى استئناف المشاورات مع الدول الخليجية."
    assert _events_calls(text) == []


def test_demand_to_start_talks_with_bi_is_no_contact():
    text = "طالبت جمعية المنتجين الحكومة الأمريكية ببدء مشاورات مع الدول الخليجية حول الدعم."
    assert _events_calls(text) == []


def test_call_to_start_talks_with_a_government_is_no_contact():
    text = "دعا تحالف شركات النقل الإدارة الأمريكية إلى بدء محادثات مع الحكومة القطرية."
    assert _events_calls(text) == []


def test_announced_start_of_talks_is_a_contact():
    text = "أعلن وزير الخارجية القطري أمس بدء محادثات مع نظيره الإيراني."
    events = _events_calls(text)
    assert len(events) == 1
    ev = events[0]
    assert ev["event_type"] == "MEET"
    assert ev["status"] == "reported"
    assert ev["event_date"] == date(2017, 3, 9)
    assert {
        (ev["actor1_country"], ev["actor1_role"]),
        (ev["actor2_country"], ev["actor2_role"]),
    } == {
        ("QAT", "foreign_minister"),
        ("IRN", "foreign_minister"),
    }


def test_meeting_after_a_call_to_resume_talks_still_counts():
    text = (
        "دعا وزير الاقتصاد الألماني إلى استئناف المحادثات، والتقى أمس وزير النفط الإيراني في طهران."
    )
    events = _events_calls(text)
    assert len(events) == 1
    ev = events[0]
    assert ev["event_type"] == "MEET"
    assert {ev["actor1_country"], ev["actor2_country"]} == {"DEU", "IRN"}
    assert ev["event_date"] == date(2017, 3, 9)


def test_minister_meeting_at_a_trade_fair_is_a_contact():
    text = "التقى وزير التجارة أمس نظيره الجزائري على هامش معرض الجزائر الدولي."
    events = _events_calls(text)
    assert len(events) == 1
    ev = events[0]
    assert ev["event_type"] == "MEET"
    assert ev["status"] == "reported"
    assert {
        (ev["actor1_country"], ev["actor1_role"]),
        (ev["actor2_country"], ev["actor2_role"]),
    } == {
        ("TUN", "minister"),
        ("DZA", "minister"),
    }


def test_tourism_minister_talks_with_an_ambassador_are_a_contact():
    text = "بحث وزير السياحة أمس مع سفير فرنسا بتونس سبل دعم الحركة السياحية."
    events = _events_calls(text)
    assert len(events) == 1
    assert events[0]["event_type"] == "MEET"
    assert {events[0]["actor1_country"], events[0]["actor2_country"]} == {"TUN", "FRA"}


def test_club_arrival_and_national_team_match_are_no_contact():
    assert _events_calls(
        "وصل فريق الترجي الرياضي أمس إلى القاهرة استعدادا لمواجهة الأهلي المصري."
    ) == []
    assert _events_calls("التقى المنتخب التونسي نظيره الجزائري في مباراة ودية أمس.") == []


def test_chamber_of_commerce_receiving_businessmen_is_no_contact():
    text = "استقبل رئيس غرفة التجارة والصناعة بصفاقس وفدا من رجال الأعمال الفرنسيين."
    assert _events_calls(text) == []


PUB = date(2015, 7, 24)


def _events_sport(text, published=PUB, home="SAU"):
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
    assert _events_sport(text) == []


def test_named_federation_president_going_to_meet_a_president_is_no_contact():
    # the president of FIFA named by his surname alone: his trip and his meeting are sport's
    text = (
        "وسيسافر بلاتر إلى موسكو نهاية الأسبوع حيث من المقرر أن يجتمع مع الرئيس الروسي "
        "فلاديمير بوتين على هامش قرعة البطولة."
    )
    assert _events_sport(text) == []


def test_uefa_president_is_not_the_european_union():
    text = "التقى ميشيل بلاتيني أمس الرئيس الفرنسي فرانسوا هولاند في قصر الإليزيه."
    assert _events_sport(text) == []


def test_european_union_official_still_meets():
    # near miss: the European Union itself (no sport word after it) stays a party
    text = "التقى الرئيس الفرنسي فرانسوا هولاند أمس رئيس المفوضية الأوروبية في باريس."
    assert ("MEET", "reported", "FRA", "EU") in _events_sport(text)


def test_federation_president_cancelling_his_visit_lends_it_to_nobody():
    # the subject of «ألغى» is FIFA's president: his visit is his own, not the topic's before
    text = (
        "ومن المقرر أن يلتقي الرئيس الروسي فلاديمير بوتين مع بلاتر على هامش الحفل.\n"
        "وبينما ألغى بلاتر زيارته المقررة إلى كندا، سيحضر القرعة في روسيا."
    )
    assert not any(e[0] == "VISIT" for e in _events_sport(text))
