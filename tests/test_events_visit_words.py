"""Words that tell a visit: verbs of heading, going and attending, a visit noun's ل-person going
to a place, a delegation headed on a visit.

Attending a gathering abroad told verb first (paraphrased sentences, not corpus text).

A verb of heading («يترأس»، «سيترأس») is a visit when it heads a delegation to a place abroad:
the one who heads it travels (not the delegation); a meeting chaired, the other side of talks
(«مع السعودية») and «على رأس» are no such visit.

Verbs of going as visits (ذهب/يذهب/سيذهب إلى + a place) and «والي» as a governor
(pipeline/events/triggers.py, mentions.py).

Sentences written for these tests (not corpus text).

A visit noun whose ل-person is followed by «إلى» and a place: the ل-person travels there
(«زيارة مرتقبة لوزير الدفاع الأمريكي إلى بغداد»); without «إلى» the ل-person stays the one
visited, and a first visit by a kind of person names no visitor.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.events.extract import _prepare
from tests.support.events import event_rows


def _visits(text, published, home="TUN"):
    return [
        (
            e["event_type"],
            e["status"],
            e["actor1_country"],
            e["actor1_role"],
            e["location_country"],
            str(e["event_date"]),
        )
        for e in extract_events(text, published, home=home)
        if e["event_type"] == "VISIT"
    ]


def test_attending_a_summit_with_the_named_subject_and_the_day_between():
    # VSO: the president's full naming and the day stand between the verb and the summit
    text = "شارك الرئيس التونسي الباجي قائد السبسي أمس الاثنين في أشغال القمة العربية بنواكشوط."
    assert _visits(text, "2016-07-26") == [
        ("VISIT", "reported", "TUN", "head_of_state", "MRT", "2016-07-25")
    ]


def test_attending_a_meeting_today_is_planned():
    text = "يشارك وزير الخارجية التونسي اليوم الثلاثاء في اجتماع وزراء الخارجية العرب بالقاهرة."
    assert _visits(text, "2016-07-26") == [
        ("VISIT", "planned", "TUN", "foreign_minister", "EGY", "2016-07-26")
    ]


def test_attending_no_gathering_is_no_visit():
    # a book fair's opening is no summit, meeting or forum
    text = "شارك الرئيس التونسي أمس في افتتاح معرض الكتاب بالعاصمة الجزائرية."
    assert _visits(text, "2016-07-26") == []


def test_attended_gathering_place_is_counted_from_the_gathering():
    # the gathering's own name stands between the verb and the place it is held in
    text = (
        "أكد الوزير الأول الجزائري خلال مشاركته اليوم الإثنين في افتتاح أشغال المؤتمر "
        "الدولي للاستثمار بتونس دعم بلاده لجارتها."
    )
    assert _visits(text, "2014-09-08", home="DZA") == [
        ("VISIT", "reported", "DZA", "head_of_government", "TUN", "2014-09-08")
    ]


def test_bamako_is_malis_seat():
    text = "وصل رئيس الحكومة التونسي أمس إلى باماكو في زيارة رسمية."
    assert _visits(text, "2017-04-06") == [
        ("VISIT", "reported", "TUN", "head_of_government", "MLI", "2017-04-05")
    ]


def _visits_heads(text: str, published: date, home: str) -> list[tuple]:
    return [
        (e["status"], e["actor1_country"], e["actor1_role"], e["event_date"], e["location_country"])
        for e in extract_events(text, published, home=home)
        if e["event_type"] == "VISIT"
    ]


def test_heads_delegation_to_a_meeting_abroad_verb_first():
    text = (
        "يترأس وزير المالية السعودي وفد المملكة في اجتماعات المجلس الوزاري التي تبدأ غدا في فيينا."
    )
    assert _visits_heads(text, date(2015, 7, 21), "SAU") == [
        ("planned", "SAU", "minister", date(2015, 7, 22), "AUT")
    ]


def test_heads_delegation_subject_named_between_verb_and_delegation():
    text = (
        "يترأس وزير المالية السعودي إبراهيم العساف، وفد المملكة في اجتماعات الصندوق في فيينا غدا."
    )
    assert _visits_heads(text, date(2015, 7, 21), "SAU") == [
        ("planned", "SAU", "minister", date(2015, 7, 22), "AUT")
    ]


def test_head_before_the_verb_travels_not_the_delegation():
    text = (
        "أكد المتحدث أن وزير الدفاع السعودي سيترأس وفد المملكة لحضور حفل افتتاح "
        "قناة السويس الجديدة غدا."
    )
    assert _visits_heads(text, date(2015, 8, 5), "SAU") == [
        ("planned", "SAU", "defense_minister", date(2015, 8, 6), "EGY")
    ]


def test_chairing_a_meeting_is_no_visit():
    text = "ترأس وزير الخارجية التونسي اجتماع اللجنة الوطنية في تونس أمس."
    assert _visits_heads(text, date(2017, 3, 2), "TUN") == []


def test_state_after_with_is_the_other_side_not_the_destination():
    text = "قال وزير الدولة الكويتي الذي يترأس وفد بلاده في مفاوضات مع السعودية إن الخلاف فني."
    assert _visits_heads(text, date(2015, 8, 4), "KWT") == []


def test_at_the_head_of_a_delegation_keeps_the_trip_verb():
    text = "وغادر الرئيس السوداني الخرطوم متوجها إلى نواكشوط على رأس وفد رفيع للمشاركة في القمة."
    assert _visits_heads(text, date(2015, 7, 27), "SAU") == [
        ("reported", "SDN", "head_of_state", None, "MRT")
    ]


def test_head_told_after_the_delegation_is_no_earlier_actor():
    text = (
        "وصل وزير الخارجية الأمريكي إلى الدوحة أمس، ورأس وفد المملكة إلى الاجتماع في جدة "
        "وزير الخارجية السعودي."
    )
    assert _visits_heads(text, date(2015, 8, 4), "SAU") == [
        ("reported", "USA", "foreign_minister", date(2015, 8, 3), "QAT")
    ]


def _visits_going(text: str, published: str = "2020-01-05") -> list[tuple]:
    return [
        (e["event_type"], e["status"], e["actor1_country"], e["actor1_role"], e["location_country"])
        for e in extract_events(text, published=published)
        if e["event_type"] == "VISIT"
    ]


def _actors(text: str, published=date(2020, 1, 5)) -> list[tuple]:
    return [(a.country or a.org, a.role) for s in _prepare(text, published, None) for a in s.actors]


# ------------------------------------------------------------------ verbs of going
def test_went_to_a_capital_is_a_reported_visit():
    text = "ذهب وزير الخارجية الفرنسي إلى موسكو أمس للقاء نظيره الروسي."
    assert _visits_going(text) == [("VISIT", "reported", "FRA", "foreign_minister", "RUS")]


def test_will_go_to_a_state_is_a_planned_visit():
    text = "وسيذهب الرئيس التونسي إلى الجزائر الأسبوع المقبل في زيارة رسمية."
    assert _visits_going(text) == [("VISIT", "planned", "TUN", "head_of_state", "DZA")]


def test_goes_with_the_traveller_before_to():
    text = "يذهب رئيس الوزراء العراقي إلى طهران غدا."
    assert _visits_going(text) == [("VISIT", "planned", "IRQ", "head_of_government", "IRN")]


def test_gold_price_is_no_visit():
    assert _visits_going("أعلن وزير المالية المصري ارتفاع سعر الذهب في مصر.") == []


def test_gold_reserve_before_to_is_no_visit():
    assert _visits_going(
        "قال وزير المالية المصري إن احتياطي ذهب البنك ارتفع إلى مستوى قياسي."
    ) == []


def test_holding_a_view_is_no_visit():
    assert _visits_going("ذهب وزير الخارجية الفرنسي إلى أن روسيا مسؤولة عن الأزمة.") == []


# ------------------------------------------------------------------ «والي», a wilaya's governor
def test_governor_of_a_tunisian_city_is_a_tunisian_official():
    assert _actors("التقى والي صفاقس بالسفير الفرنسي.") == [
        ("TUN", "official"),
        ("FRA", "official"),
    ]


def test_governor_of_an_algerian_city_meets_an_ambassador():
    events = extract_events("استقبل والي وهران أمس السفير الإيطالي.", published="2020-01-05")
    assert {(e["event_type"], e["actor1_country"], e["actor2_country"]) for e in events} == {
        ("MEET", "DZA", "ITA")
    }


def test_and_to_a_place_is_no_governor():
    assert _actors("سافر السفير الفرنسي إلى الجزائر وإلى صفاقس.") == [("FRA", "official")]


def test_and_to_written_without_hamza_is_no_governor():
    assert _actors("توجه الوفد الفرنسي والى صفاقس.") == [("FRA", "delegation")]


def test_second_destination_spelled_with_ya_is_no_governor():
    assert _actors("وصل السفير الفرنسي الى الجزائر والي وهران.") == [("FRA", "official")]


def test_and_to_tunis_names_no_governor():
    text = "وصل وزير الخارجية الفرنسي إلى الجزائر أمس وإلى تونس اليوم."
    assert ("TUN", "official") not in _actors(text)


def _visits_li(text):
    return [e for e in extract_events(text, published="2015-07-25") if e["event_type"] == "VISIT"]


def test_indefinite_visit_li_person_then_destination():
    (e,) = _visits_li(
        "وأعلن الجيش ذلك خلال زيارة مفاجئة لوزير الدفاع الأمريكي آشتون كارتر إلى بغداد أمس."
    )
    assert (e["actor1_country"], e["actor1_role"]) == ("USA", "defense_minister")
    assert e["actor2_country"] is None
    assert e["location_country"] == "IRQ"


def test_definite_visit_li_king_with_patronymic_then_destination():
    (e,) = _visits_li(
        "وقال الوزير إنه سيناقش الزيارة المرتقبة لخادم الحرمين الشريفين الملك سلمان بن عبد"
        " العزيز إلى موسكو في الخريف."
    )
    assert (e["actor1_country"], e["actor1_role"]) == ("SAU", "head_of_state")
    assert e["status"] == "planned"
    assert e["location_country"] == "RUS"


def test_relative_clause_between_visit_and_li_person():
    (e,) = _visits_li("وجاء القرار أثناء زيارة لم يكشف عنها مسبقا لوزير الدفاع الأمريكي إلى بغداد.")
    assert (e["actor1_country"], e["actor1_role"]) == ("USA", "defense_minister")
    assert e["location_country"] == "IRQ"


def test_definite_visit_li_president_then_destination():
    (e,) = _visits_li(
        "وتناول الاجتماع الزيارة المرتقبة للرئيس الروسي فلاديمير بوتين إلى القاهرة الشهر المقبل."
    )
    assert (e["actor1_country"], e["actor1_role"]) == ("RUS", "head_of_state")
    assert e["location_country"] == "EGY"


def test_adjective_after_li_person_before_destination():
    (e,) = _visits_li("وبحث الجانبان زيارة لوزير الخارجية جون كيري مرتقبة إلى القاهرة.")
    assert (e["actor1_country"], e["actor1_role"]) == ("USA", "foreign_minister")
    assert e["location_country"] == "EGY"


def test_near_miss_li_person_without_destination_is_visited():
    # a traveller arrives «في زيارة للملك»: the king is the one visited, not the visitor
    (e,) = _visits_li("وصل وزير الخارجية الأمريكي إلى الرياض في زيارة للملك سلمان.")
    assert e["actor1_country"] == "USA"
    assert (e["actor2_country"], e["actor2_role"]) == ("SAU", "head_of_state")


def test_near_miss_first_visit_by_a_kind_of_person():
    # «أول زيارة لرئيس أوروبي»: a record of the kind, not a named visitor
    for e in _visits_li(
        "وسيؤدي الرئيس النمساوي في سبتمبر أول زيارة لرئيس أوروبي إلى طهران منذ سنوات."
    ):
        assert not (e["actor1_text"] or "").startswith("لرئيس")
    for e in _visits_li("وتعد هذه الزيارة الأولى من نوعها لمستشارة ألمانية في الحكم إلى تونس."):
        assert not (e["actor1_text"] or "").startswith("لمستشارة")


def test_headed_delegation_on_a_visit_is_told_by_the_visit_noun():
    text = "يترأس وزير الخارجية المغربي وفدا حكوميا في زيارة إلى فرنسا تبدأ غدا."
    evs = [e for e in extract_events(text, "2015-08-04", home="SAU") if e["event_type"] == "VISIT"]
    assert [(e["actor1_country"], e["location_country"], e["trigger"]) for e in evs] == [
        ("MAR", "FRA", "زيارة")
    ]


# «حل» is a verb of arrival only with its subject before «بـ» and a place, not the noun «الحل»


@pytest.mark.usefixtures("rules_alone")
def test_the_noun_hall_before_a_place_in_bi_is_no_arrival():
    text = "شدد وزير الخارجية الفرنسي على أن لا حل عسكريا بليبيا وأن الحل بليبيا سياسي."
    assert not any(e[0] == "VISIT" for e in event_rows(text, date(2015, 7, 26), "SAU"))
    text = "حل وزير الخارجية الفرنسي اليوم بتونس في زيارة رسمية."
    rows = event_rows(text, date(2015, 7, 26), "TUN")
    assert ("VISIT", "FRA", "foreign_minister") in [e[:3] for e in rows]


def test_head_named_after_the_delegation_visits_as_the_delegation():
    # «ورأس وفد المملكة إلى الاجتماع X»: the delegation, headed by X, attends it abroad
    text = "ويرأس وفد المملكة إلى الاجتماع المنعقد في الدوحة وزير الخارجية السعودي."
    assert _visits_heads(text, date(2015, 8, 4), "SAU") == [
        ("reported", "SAU", "delegation", None, "QAT")
    ]


def test_head_named_after_the_delegation_at_a_gathering_told_before():
    text = (
        "عقد وزراء خارجية دول الخليج اجتماعا في الكويت أمس لبحث الأوضاع في المنطقة. "
        "ورأس وفد المملكة إلى الاجتماع وزير الخارجية السعودي."
    )
    assert _visits_heads(text, date(2015, 8, 4), "SAU") == [
        ("reported", "SAU", "delegation", date(2015, 8, 3), "KWT")
    ]


def test_head_named_after_the_delegation_at_home_is_no_visit():
    text = (
        "عقد وزراء خارجية دول الخليج اجتماعا في جدة أمس لبحث الأوضاع في المنطقة. "
        "ورأس وفد المملكة إلى الاجتماع وزير الخارجية السعودي."
    )
    assert _visits_heads(text, date(2015, 8, 4), "SAU") == []


def test_attending_told_by_the_verbal_noun_of_presence():
    # «خلال حضوره اجتماعا ... في بروكسل»: his presence at a gathering abroad, as «مشاركته»
    text = (
        "وقال وزير الداخلية الألماني للصحفيين خلال حضوره اجتماعا للاتحاد الأوروبي في بروكسل "
        "أمس إن الاتفاق مهم."
    )
    assert _visits(text, "2017-03-27") == [
        ("VISIT", "reported", "DEU", "minister", "BEL", "2017-03-26")
    ]


def test_presence_at_a_gathering_at_home_is_no_visit():
    text = (
        "وقال وزير الداخلية التونسي خلال حضوره افتتاح المؤتمر الوطني في صفاقس أمس "
        "إن الأمن مستتب."
    )
    assert _visits(text, "2017-03-27") == []


def test_every_noun_of_attending_among_visit_nouns_needs_a_gathering():
    # «مشاركته», «حضوره» are VISIT nouns only as words of attending (grammar.yaml
    # attend_verbs: a gathering within three words); one listed as a VISIT noun alone
    # would make any mention of someone's presence a visit
    from configs import CONFIG_DIR, load_yaml
    from pipeline.events.words import ATTEND_VERBS, fold_spellings
    from pipeline.text.normalize import normalize_arabic

    spec = load_yaml(f"{CONFIG_DIR}/lexicons/events/triggers.yaml")
    nouns = {fold_spellings(normalize_arabic(str(w))) for w in spec["VISIT"]["noun"]}
    attending = {w for w in nouns if w.startswith(("مشارك", "حضور"))}
    assert attending and attending <= ATTEND_VERBS, attending - ATTEND_VERBS


def test_head_named_in_the_delegations_own_mention_at_a_gathering_told_before():
    # «ورأس وفد المملكة وزير الخارجية X»: the delegation's mention takes its head's name (it is
    # named after him); the gathering the sentence before told is where it went
    text = (
        "عقد وزراء خارجية دول الخليج اجتماعا في الكويت أمس لبحث الأوضاع في المنطقة. "
        "ورأس وفد المملكة وزير الخارجية عادل الجبير."
    )
    assert _visits_heads(text, date(2015, 8, 4), "SAU") == [
        ("reported", "SAU", "delegation", date(2015, 8, 3), "KWT")
    ]


def test_head_named_after_the_delegation_takes_the_day_of_the_gathering_told_before():
    # past the lead: the day is the gathering's, told with its place the sentence before
    text = (
        "يلتقي وزير الخارجية الأمريكي اليوم في الرياض نظراءه الخليجيين لبحث الأوضاع. "
        "وقال مسؤول إن اللقاء سيتناول الملف النووي. "
        "وعقد وزراء خارجية دول الخليج أمس لقاء تنسيقيا في الكويت. "
        "ورأس وفد المملكة وزير الخارجية عادل الجبير."
    )
    assert ("reported", "SAU", "delegation", date(2015, 8, 3), "KWT") in \
        _visits_heads(text, date(2015, 8, 4), "SAU")


def test_head_named_in_the_delegations_own_mention_at_home_is_no_visit():
    text = (
        "عقد وزراء خارجية دول الخليج اجتماعا في جدة أمس لبحث الأوضاع في المنطقة. "
        "ورأس وفد المملكة وزير الخارجية عادل الجبير."
    )
    assert _visits_heads(text, date(2015, 8, 4), "SAU") == []
