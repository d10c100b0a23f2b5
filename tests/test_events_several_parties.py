"""Contacts with several parties: blocs and joined visitors, group subjects, officials listed by
country, three-sided meetings.

Several visitors in one visit: a bloc, visitors joined by و after a visit noun, a dual
pronoun, a counterpart joined to the visitor (pipeline/events/frames.py `_visit`).

Sentences written for these tests (not corpus text).

A group subject before «مع» or a ب-object: each of its members meets the object
(pipeline/events/frames.py, _past_co_subjects and the light verb's coordinated subjects).

Officials listed by country after a plural or dual title («سفراء السويد والدنمارك»), and the
article's feminine «الرئيسة» as a head of state only with the state attached
(configs/gazetteer/roles.yaml).

A meeting of three or more parties named after a present gather verb on the contact noun
(«اللقاء الثلاثي الذي يجمع اليوم A وB وC»: pipeline/events/frames.py
`between_participants`, and its status in triggers.py `present_relative_at`).
"""

from __future__ import annotations

from datetime import date

from pipeline.events import extract as extract_mod
from pipeline.events import extract_events
from pipeline.events.extract import _prepare


def _visits(text: str, published="2016-05-10", home: str | None = "TUN") -> set:
    """(visitor's country or org, role) of each rule VISIT candidate."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, home):
        if c.etype == "VISIT" and "rule=True" in feats:
            a = c.actor1
            out.add((a.country or a.org, a.role))
    return out


def _countries(visits: set) -> set:
    return {code for code, _role in visits}


def test_a_bloc_visits_as_each_of_its_members():
    text = "زار ممثلو مجموعة 5+1 طهران الأسبوع الماضي لبحث الاتفاق النووي مع إيران."
    assert _countries(_visits(text)) == {"USA", "GBR", "FRA", "RUS", "CHN", "DEU"}


def test_a_bloc_named_after_the_visitor_does_not_visit():
    text = "زار وزير الخارجية الأمريكي طهران بعد محادثات إيران مع مجموعة 5+1."
    assert _countries(_visits(text)) == {"USA"}


def test_visitors_joined_after_a_visit_noun_each_visit():
    text = ("يعقد الاجتماع خلال زيارة وزير الخارجية السعودي عادل الجبير ووزير الخارجية الروسي "
            "سيرغي لافروف إلى قطر اليوم.")
    assert {("SAU", "foreign_minister"), ("RUS", "foreign_minister")} <= _visits(text)


def test_a_second_office_of_the_same_state_is_no_second_visitor():
    text = "نولي اهتماما كبيرا لزيارة ولي ولي العهد ووزير الدفاع محمد بن سلمان لروسيا."
    visits = _visits(text, home="SAU")
    assert _countries(visits) == {"SAU"} and len(visits) == 1


def test_a_dual_pronoun_is_the_visit_of_the_two_joined_before_it():
    text = ("وبعد أشهر من الخلافات التقى رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز "
            "شريف لمدة ساعة أثناء زيارتهما روسيا.")
    assert {("IND", "head_of_government"), ("PAK", "head_of_government")} <= _visits(text)


def test_a_plural_pronoun_is_the_visit_of_each_of_the_list_before_it():
    text = ("وانتقدت المنظمة وزير الخارجية الإسباني، ونظيره "
            "الإيطالي باولو جنتيلوني، ووزير الخارجية النمساوي سيباستيان كورتس بسبب صمتهم "
            "وزيارتهم للعاصمة طهران.")
    assert {("ESP", "foreign_minister"), ("ITA", "foreign_minister"),
            ("AUT", "foreign_minister")} <= _visits(text)


def test_a_plural_pronoun_after_two_joined_names_both():
    text = ("وقال البيان إن وزير الخارجية البلجيكي ديدييه ريندرز ووزير الخارجية الهولندي بيرت "
            "كوندرز أبديا ارتياحهما خلال زيارتهم إلى أنقرة.")
    assert {("BEL", "foreign_minister"), ("NLD", "foreign_minister")} <= _visits(text)


def test_a_plural_pronoun_with_one_named_is_one_visitor():
    text = "وقال وزير الخارجية البلجيكي ديدييه ريندرز إن اللاعبين سعداء بزيارتهم إلى أنقرة."
    assert len(_countries(_visits(text))) <= 1


def test_a_singular_pronoun_is_one_visitor():
    text = "التقى الرئيس الهندي ورئيس الوزراء الباكستاني نواز شريف أثناء زيارته روسيا."
    assert len(_countries(_visits(text))) == 1


def test_a_counterpart_joined_to_the_visitor_visits_in_his_office():
    text = "زار وزير الخارجية الفرنسي ونظيره الألماني تونس يوم الاثنين."
    assert _visits(text) == {("FRA", "foreign_minister"), ("DEU", "foreign_minister")}


def test_a_counterpart_met_during_the_visit_is_no_visitor():
    text = "زار وزير الخارجية الفرنسي تونس يوم الاثنين والتقى نظيره التونسي."
    assert _countries(_visits(text)) == {"FRA"}


def _meet_pairs(text: str, published="2015-08-01", home: str | None = "SAU") -> set:
    """Sorted country pairs of the rule MEET candidates."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, home):
        if c.etype == "MEET" and "rule=True" in feats and c.actor2 is not None:
            out.add(tuple(sorted((c.actor1.country or c.actor1.org,
                                  c.actor2.country or c.actor2.org))))
    return out


def test_a_three_sided_meeting_pairs_every_two_of_its_three_parties():
    text = ("عقد وزير الخارجية الروسي سيرغي لافروف اجتماعا ثلاثيا مع نظيريه الأمريكي جون كيري "
            "والسعودي عادل الجبير في الدوحة.")
    assert _meet_pairs(text) == {("RUS", "USA"), ("RUS", "SAU"), ("SAU", "USA")}


def test_a_meeting_with_two_counterparts_pairs_the_subject_with_each_only():
    text = ("عقد وزير الخارجية الروسي سيرغي لافروف اجتماعا مع نظيريه الأمريكي جون كيري "
            "والسعودي عادل الجبير في الدوحة.")
    assert _meet_pairs(text) == {("RUS", "USA"), ("RUS", "SAU")}


def test_a_three_sided_meeting_with_two_parties_named_adds_nothing():
    text = "عقد وزير الخارجية الروسي اجتماعا ثلاثيا مع نظيره الأمريكي جون كيري في الدوحة."
    assert _meet_pairs(text) == {("RUS", "USA")}


def test_a_dual_foreign_ministers_title_names_each_of_the_two_states():
    text = "وصل وزيرا خارجية فرنسا وألمانيا إلى تونس أمس."
    assert _visits(text) == {("FRA", "foreign_minister"), ("DEU", "foreign_minister")}
    text = "التقى وزيرا خارجية مصر والسعودية في القاهرة أمس."
    assert _meet_pairs(text) == {("EGY", "SAU")}


def test_a_dual_title_with_no_state_after_it_names_nobody():
    text = "وصل وزيرا خارجية البلدين إلى القاهرة أمس."
    assert not _visits(text)


def test_a_plural_visit_verb_after_a_joined_subject_list_has_each_visit():
    text = "وزير الخارجية الفرنسي ونظيره الألماني يزوران تونس غدا."
    assert _visits(text) == {("FRA", "foreign_minister"), ("DEU", "foreign_minister")}


def test_a_singular_visit_verb_after_a_list_keeps_its_own_subject():
    text = "التقى الرئيس التونسي بوزير الخارجية الفرنسي ووزير الخارجية الألماني يزور تونس."
    assert _countries(_visits(text)) == {"DEU"}


def _pairs(text: str, published: str = "2016-03-02") -> set:
    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return {
        (e["event_type"], e["status"], frozenset({side(e, "actor1"), side(e, "actor2")}))
        for e in extract_events(text, published=published)
    }


EGY_FM = ("EGY", "foreign_minister")
JOR_FM = ("JOR", "foreign_minister")
USA_FM = ("USA", "foreign_minister")


def test_two_named_subjects_before_with_each_meet_the_object():
    pairs = _pairs(
        "اجتمع وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني ناصر جودة مع وزير "
        "الخارجية الأمريكي جون كيري اليوم في القاهرة."
    )
    assert ("MEET", "reported", frozenset({EGY_FM, USA_FM})) in pairs
    assert ("MEET", "reported", frozenset({JOR_FM, USA_FM})) in pairs
    assert ("MEET", "reported", frozenset({EGY_FM, JOR_FM})) not in pairs


def test_a_dual_title_of_two_states_before_with_each_meet_the_object():
    pairs = _pairs(
        "بحث وزيرا خارجية مصر والأردن مع وزير الخارجية الأمريكي جون كيري اليوم في القاهرة "
        "تطورات الأوضاع."
    )
    assert ("MEET", "reported", frozenset({EGY_FM, USA_FM})) in pairs
    assert ("MEET", "reported", frozenset({JOR_FM, USA_FM})) in pairs


def test_a_bloc_and_its_secretary_general_before_with_each_meet_the_object():
    pairs = _pairs(
        "اجتمع وزراء خارجية دول مجلس التعاون والأمين العام لمجلس التعاون مع وزير الخارجية "
        "الأمريكي جون كيري اليوم في الدوحة."
    )
    assert ("MEET", "reported", frozenset({("GCC", "organization_head"), USA_FM})) in pairs
    assert ("MEET", "reported", frozenset({("GCC", "foreign_minister"), USA_FM})) in pairs


def test_two_subjects_with_a_prepositional_object_each_meet_it():
    # the object carries its own ب: before, the object was lost and nothing was found
    pairs = _pairs(
        "التقى وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني ناصر جودة بالرئيس "
        "الفلسطيني محمود عباس أمس."
    )
    pse = ("PSE", "head_of_state")
    assert ("MEET", "reported", frozenset({EGY_FM, pse})) in pairs
    assert ("MEET", "reported", frozenset({JOR_FM, pse})) in pairs


def test_planned_group_contact_keeps_its_status_for_every_member():
    pairs = _pairs(
        "يجتمع وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني ناصر جودة غدا مع "
        "وزير الخارجية الأمريكي جون كيري."
    )
    assert ("MEET", "planned", frozenset({JOR_FM, USA_FM})) in pairs
    assert not any(status == "reported" for _t, status, _p in pairs)


def test_light_verb_with_two_subjects_and_with_object():
    pairs = _pairs(
        "عقد وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني ناصر جودة اجتماعا مع "
        "وزير الخارجية الأمريكي جون كيري أمس."
    )
    assert ("MEET", "reported", frozenset({EGY_FM, USA_FM})) in pairs
    assert ("MEET", "reported", frozenset({JOR_FM, USA_FM})) in pairs


def test_subjects_without_with_meet_each_other_only():
    # no «مع» and no ب-object: the list is the subject and its counterpart
    pairs = _pairs("التقى الرئيس المصري ووزير الخارجية الفرنسي اليوم في القاهرة.")
    assert pairs == {
        ("MEET", "reported", frozenset({("EGY", "head_of_state"), ("FRA", "foreign_minister")}))
    }


def test_a_review_with_no_one_stays_no_contact():
    # a noun between the subjects and «مع» makes «مع» the noun's: no contact at all
    pairs = _pairs("استعرض وزير الخارجية المصري ووزير الخارجية الأردني الاتفاق مع دول الجوار أمس.")
    assert not pairs


def test_subjects_before_a_dual_verb_with_with_each_meet_the_object():
    pairs = _pairs(
        "وكان الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني قد التقيا "
        "مع الرئيس الفلسطيني محمود عباس أمس."
    )
    pse = ("PSE", "head_of_state")
    assert ("MEET", "reported", frozenset({("EGY", "head_of_state"), pse})) in pairs
    assert ("MEET", "reported", frozenset({("JOR", "head_of_state"), pse})) in pairs


def test_subjects_before_a_dual_light_verb_each_call_the_object():
    pairs = _pairs(
        "قالت الرئاسة إن المستشارة الألمانية أنجيلا ميركل والرئيس الفرنسي فرنسوا هولاند "
        "أجريا اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين مساء أمس."
    )
    rus = ("RUS", "head_of_state")
    assert ("CALL", "reported", frozenset({("FRA", "head_of_state"), rus})) in pairs
    assert ("CALL", "reported", frozenset({("DEU", "head_of_government"), rus})) in pairs


def test_a_singular_verb_after_two_actors_keeps_its_own_subject():
    # «الذي التقى»: the relative clause's verb is the last actor's, not a dual
    pairs = _pairs(
        "وقال الرئيس الفرنسي فرنسوا هولاند ووزير الخارجية الأمريكي جون كيري الذي التقى "
        "مع الرئيس الروسي فلاديمير بوتين أمس إن الحل سياسي."
    )
    rus = ("RUS", "head_of_state")
    assert ("MEET", "reported", frozenset({USA_FM, rus})) in pairs
    assert ("MEET", "reported", frozenset({("FRA", "head_of_state"), rus})) not in pairs


def test_a_group_named_back_before_with_each_meet_the_object():
    # «رئيسا البلدين»: the two heads the sentence before named, each meeting the object
    pairs = _pairs(
        "زار رئيسا مصر والسودان إثيوبيا أمس. واجتمع رئيسا البلدين مع رئيس الوزراء الإثيوبي "
        "هايلي مريام ديسالين في أديس أبابا."
    )
    eth = ("ETH", "head_of_government")
    assert ("MEET", "reported", frozenset({("EGY", "head_of_state"), eth})) in pairs
    assert ("MEET", "reported", frozenset({("SDN", "head_of_state"), eth})) in pairs
    assert (
        "MEET",
        "reported",
        frozenset({("EGY", "head_of_state"), ("SDN", "head_of_state")}),
    ) not in pairs


PUBLISHED = "2015-07-23"


def _actors(text: str, published=date(2015, 7, 23), home: str | None = None) -> list[tuple]:
    """(country or org, role) of each actor of the text, in order."""
    return [(a.country or a.org, a.role) for s in _prepare(text, published, home) for a in s.actors]


def _events(text: str, home: str | None = None) -> list[tuple]:
    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return [
        (e["event_type"], e["status"], frozenset({side(e, "actor1"), side(e, "actor2")}))
        for e in extract_events(text, published=PUBLISHED, home=home)
    ]


# ------------------------------------------------------- ambassadors listed after a plural title


def test_summoned_ambassadors_listed_by_country_are_one_meeting_each():
    evs = _events(
        "استدعت وزارة الخارجية الإيرانية أمس سفراء السويد والدنمارك وسويسرا لديها للاحتجاج."
    )
    others = {c for _, _, pair in evs for c, _ in pair if c != "IRN"}
    assert others == {"SWE", "DNK", "CHE"}
    for etype, status, pair in evs:
        assert etype == "MEET" and status == "reported"
        assert ("IRN", "official") in pair


def test_feminine_deputy_minister_meets_each_listed_ambassador():
    evs = _events(
        "وكانت نائبة وزير الخارجية الإسرائيلية قد التقت أمس مع سفراء بريطانيا وإسبانيا "
        "وهولندا لدى إسرائيل."
    )
    assert {frozenset({("ISR", "official"), (c, "official")}) for c in ("GBR", "ESP", "NLD")} == {
        pair for _, _, pair in evs
    }


def test_two_ambassadors_in_the_dual_are_two_meetings():
    evs = _events("استقبل الرئيس المصري أمس سفيري فرنسا وإيطاليا في قصر الاتحادية.")
    assert {pair for _, _, pair in evs} == {
        frozenset({("EGY", "head_of_state"), ("FRA", "official")}),
        frozenset({("EGY", "head_of_state"), ("ITA", "official")}),
    }


def test_the_homes_own_ambassadors_abroad_are_no_counterpart():
    # «سفراء المملكة لدى الدول»: the outlet's own ambassadors, posted abroad
    evs = _events("التقى وزير الخارجية أمس سفراء المملكة لدى الدول الأوروبية.", home="SAU")
    assert evs == []


def test_plural_ambassadors_with_no_state_are_nobody():
    # «سفراء الحزم»: students honoured as «ambassadors», no state attached
    actors = _actors("استقبل الأمير أمس سفراء الحزم من الطلاب في مقر الإمارة.", home="SAU")
    assert actors == [("SAU", "head_of_state")]
    assert _events("استقبل مدير التعليم أمس سفراء الحزم من الطلاب.", home="SAU") == []


def test_ambassadors_killed_in_a_crash_are_no_contact():
    assert _events("وقتل في تحطم المروحية أمس سفيرا النرويج والفلبين.") == []


def test_countries_listed_as_topics_are_not_ambassadors():
    evs = _events(
        "التقى وزير الخارجية المصري أمس السفير الأمريكي وبحث معه الأوضاع في سوريا واليمن."
    )
    assert {pair for _, _, pair in evs} == {
        frozenset({("EGY", "foreign_minister"), ("USA", "official")})
    }


# ------------------------------------------------------------------- the feminine «الرئيسة»


def test_feminine_president_with_a_nationality_is_that_states_head():
    evs = _events("استقبل الرئيس الأمريكي أمس الرئيسة البرازيلية في البيت الأبيض.")
    assert evs == [
        ("MEET", "reported", frozenset({("USA", "head_of_state"), ("BRA", "head_of_state")}))
    ]


def test_feminine_president_postponing_her_visit_is_a_cancelled_visit():
    evs = _events("أجلت الرئيسة الكورية زيارتها المقررة الأسبوع الجاري للولايات المتحدة.")
    assert evs and evs[0][0] == "VISIT" and evs[0][1] == "cancelled"
    assert ("KOR", "head_of_state") in evs[0][2]


def test_main_roads_are_no_president():
    # «الشوارع الرئيسة»: the adjective «main», in a Saudi city
    text = "وتابع أمير المنطقة أمس انسيابية الحركة في الشوارع الرئيسة بمكة المكرمة."
    assert all(role != "head_of_state" for _, role in _actors(text))
    assert _events(text, home="SAU") == []


def test_a_companys_chief_executive_is_no_head_of_state():
    evs = _events("التقى وزير الخارجية الأمريكي أمس الرئيسة التنفيذية لشركة ياهو.")
    assert all(("USA", "head_of_state") not in pair for _, _, pair in evs)
    assert evs == []


def test_feminine_chancellor_and_a_legal_adviser():
    evs = _events("استقبلت المستشارة الألمانية أمس الرئيس الفرنسي في برلين.")
    assert {pair for _, _, pair in evs} == {
        frozenset({("DEU", "head_of_government"), ("FRA", "head_of_state")})
    }
    # «المستشارة القانونية»: an adviser, no chancellor
    assert _events("استقبل الأمير أمس المستشارة القانونية للشركة.", home="SAU") == []


def _meets(text: str, published="2025-03-02", home: str | None = "SAU") -> set:
    """(sorted country pair, status) of the rule MEET candidates."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, home):
        if c.etype == "MEET" and "rule=True" in feats and c.actor2 is not None:
            pair = tuple(sorted((c.actor1.country or c.actor1.org,
                                 c.actor2.country or c.actor2.org)))
            out.add((pair, c.status))
    return out


def test_a_present_gather_verb_past_a_place_and_a_day_names_the_three_parties():
    text = ("وأكد المصدر أن اللقاء الثلاثي الذي يجمع في العاصمة العمانية مسقط، اليوم، وزراء "
            "خارجية مصر والأردن والعراق سيبحث الأزمة.")
    assert _meets(text) == {(("EGY", "JOR"), "planned"), (("EGY", "IRQ"), "planned"),
                            (("IRQ", "JOR"), "planned")}


def test_a_past_gather_verb_keeps_the_meeting_reported():
    text = ("وأكد المصدر أن اللقاء الذي جمع في العاصمة العمانية مسقط، أمس، وزراء خارجية مصر "
            "والأردن والعراق بحث الأزمة.")
    meets = _meets(text)
    assert (("EGY", "JOR"), "reported") in meets
    assert all(status == "reported" for _pair, status in meets)


def test_the_relations_that_bring_two_states_together_are_no_meeting_of_theirs():
    text = "وتناول اللقاء العلاقات التاريخية التي تجمع مصر والأردن."
    assert _meets(text) == set()


def test_a_relative_clause_on_a_topic_noun_does_not_make_the_meeting_planned():
    text = "وبحث الوزير مع نظيره المصري في لقاء العلاقات التي تجمع البلدين."
    assert {status for _pair, status in _meets(text)} == {"reported"}


def _meet_roles(text: str, published="2025-06-07") -> set:
    """(country, role, country, role) of the rule MEET candidates, sorted by country."""
    out = set()
    for c, feats in extract_mod.candidates(text, published, "SAU"):
        if c.etype == "MEET" and "rule=True" in feats and c.actor2 is not None:
            a, b = sorted((c.actor1, c.actor2), key=lambda x: x.country or x.org or "")
            out.add((a.country, a.role, b.country, b.role))
    return out


_BEFORE = ("أعلنت الوزارة اليوم السبت أن وزير الخارجية المصري سيزور عمان الثلاثاء لمناقشة "
           "الأزمة مع نظيره الأردني. ")


def test_the_two_of_the_sentence_before_meet_each_other_at_a_three_sided_meeting():
    text = _BEFORE + "وكان الوزيران التقيا في القاهرة في مايو خلال اجتماع ثلاثي مع نظيرهما العراقي."
    meets = _meet_roles(text)
    assert ("EGY", "foreign_minister", "JOR", "foreign_minister") in meets
    # the counterpart among the two holds the first one's office with the third party too
    assert ("IRQ", "foreign_minister", "JOR", "foreign_minister") in meets


def test_the_two_meeting_a_third_party_without_a_size_are_not_paired():
    text = _BEFORE + "وكان الوزيران التقيا في القاهرة في مايو مع نظيرهما العراقي."
    assert not any({a, b} == {"EGY", "JOR"} for a, _ra, b, _rb in _meet_roles(text))


def test_a_deputy_named_after_the_counterpart_by_her_pronoun_is_a_second_counterpart():
    # «ونائبها»: the deputy of the UN official named right before, a party to the meeting
    # (one event per counterpart, also of one body and role)
    events = [
        e for e in extract_events(
            "التقى رئيس الوزراء اللبناني تمام سلام في بيروت اليوم المنسقة الخاصة للأمم المتحدة "
            "في لبنان سيغريد كاغ ونائبها جون سميث.", published="2015-08-11")
        if e["event_type"] == "MEET"
    ]
    others = sorted((e["actor2_org"], e["actor2_role"], e["actor2_text"]) for e in events)
    assert [o[:2] for o in others] == [("UN", "official"), ("UN", "official")]
    assert any("ونائبها" in o[2] for o in others)



def test_a_deputy_joined_to_a_states_official_is_that_states_official():
    events = extract_events(
        "التقى وزير الخارجية السعودي عادل الجبير في برلين اليوم المستشارة الألمانية أنغيلا "
        "ميركل ونائبها جون سميث.", published="2015-08-11")
    deu = [e for e in events if "DEU" in (e["actor1_country"], e["actor2_country"])]
    assert len(deu) == 2
    assert any("ونائبها" in (e["actor1_text"] + e["actor2_text"]) for e in deu)


def test_a_possessive_deputy_not_joined_right_after_a_person_is_nobody():
    # «ونائبها» after other words than the person: whose deputy, the text does not say here
    events = extract_events(
        "التقى رئيس الوزراء اللبناني تمام سلام اليوم المنسقة الخاصة للأمم المتحدة في لبنان "
        "سيغريد كاغ في السراي الحكومي ونائبها جون سميث.", published="2015-08-11")
    assert not any("نائبها" in (e["actor1_text"] + e["actor2_text"]) for e in events)


def test_each_minister_of_a_dual_title_with_both_names_meets_the_object():
    # a dual subject gives each member's pair (one event per counterpart), the second named
    # after «و» (Greece's economy minister of 2015, in the gazetteer)
    events = [
        e for e in extract_events(
            "واجتمع وزيرا المالية والاقتصاد اليونانيان إقليدس تساكالوتوس وجورج ستاثاكيس مع "
            "مديرة صندوق النقد الدولي في أثينا أمس.", published="2015-08-11")
        if e["event_type"] == "MEET"
    ]
    greeks = sorted(e["actor1_name"] if e["actor1_country"] == "GRC" else e["actor2_name"]
                    for e in events)
    assert greeks == ["Euclid Tsakalotos", "Giorgos Stathakis"]


def test_a_subject_before_the_verb_meets_each_object_listed_after_it():
    # «أن X استقبل A، وB»: both governors are received (one event per counterpart), also
    # when they hold one office of one state
    events = [
        e for e in extract_events(
            "وأوضح المتحدث أن وزير الداخلية السعودي استقبل اليوم كلا من محافظ صنعاء عبدالقوي "
            "شريف، ومحافظ تعز فضل الجعدي.", published="2015-07-27")
        if e["event_type"] == "MEET"
    ]
    assert sorted(e["actor2_text"] for e in events) == ["محافظ صنعاء", "ومحافظ تعز"]
    assert all((e["actor1_country"], e["actor2_country"]) == ("SAU", "YEM") for e in events)


def test_a_governor_of_a_yemeni_governorate_is_yemens_official():
    events = extract_events("استقبل وزير الداخلية السعودي اليوم محافظ الضالع فضل الجعدي.",
                            published="2015-07-27")
    assert [(e["actor2_country"], e["actor2_role"]) for e in events] == [("YEM", "official")]
