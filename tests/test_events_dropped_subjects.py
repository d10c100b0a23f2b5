"""Parties the text leaves implicit: a verb with no subject of its own goes on with the subject
told before.

Parties the text leaves implicit: a verb with no subject of its own that goes on with the
subject told before, and the «مع» object of one contact that is no subject of the next
(pipeline/events/frames.py).

Sentences written for these tests (not corpus text).

A sentence that opens on a contact verb with no subject of its own («كما التقى أيضا Z»,
«وكان قد التقى Z», «كما كانت التقت Z») goes on with the subject of the contact the sentence
before told, when the verb agrees with it in gender; the ones after the verb are its objects,
never a pair of their own. Sentences are invented paraphrases.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events

PUB = "2021-03-16"  # a Tuesday


def _events(text: str, published: str = PUB) -> set:
    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return {
        (
            e["event_type"],
            e["status"],
            e["event_date"] and str(e["event_date"]),
            frozenset({side(e, "actor1"), side(e, "actor2")}),
        )
        for e in extract_events(text, published=published)
    }


RUS_FM = ("RUS", "foreign_minister")
MAR_FM = ("MAR", "foreign_minister")
DZA_HOS = ("DZA", "head_of_state")
ARRIVAL = "وصل وزير الخارجية الروسي سيرغي لافروف اليوم الثلاثاء إلى الجزائر في زيارة رسمية. "


# ------------------------------------------------ a dropped subject across time and place words


def test_dropped_subject_across_a_day_and_a_place_before_with():
    events = _events(ARRIVAL + "والتقى أمس في الرباط مع نظيره المغربي ناصر بوريطة.")
    assert ("MEET", "reported", "2021-03-15", frozenset({RUS_FM, MAR_FM})) in events


def test_dropped_subject_of_a_pluperfect_across_a_day_and_a_place():
    events = _events(ARRIVAL + "وكان قد التقى أمس في الرباط مع نظيره المغربي ناصر بوريطة.")
    assert any(t == "MEET" and pair == frozenset({RUS_FM, MAR_FM}) for t, _s, _d, pair in events)


def test_dropped_subject_of_a_scheduled_meeting_across_a_weekday_and_a_palace():
    events = _events(
        ARRIVAL + "ومن المقرر أن يلتقي غدا الأربعاء في قصر المرادية مع الرئيس "
        "الجزائري عبد المجيد تبون."
    )
    assert ("MEET", "planned", "2021-03-17", frozenset({RUS_FM, DZA_HOS})) in events


def test_an_unnamed_subject_between_the_verb_and_with_takes_nobody_from_before():
    # «رئيس البلدية» is no time or place word: the verb has a subject of its own, unnamed
    events = _events(
        ARRIVAL + "والتقى أمس رئيس البلدية في العاصمة مع الرئيس الجزائري عبد المجيد تبون."
    )
    assert not any(pair == frozenset({RUS_FM, DZA_HOS}) for _t, _s, _d, pair in events)


# ------------------------------------------ the «مع» object of a contact is no later subject


def test_with_object_of_a_met_verb_is_not_the_subject_of_the_next_meeting():
    events = _events(
        "التقى وزير الخارجية الروسي سيرغي لافروف اليوم الثلاثاء مع نظيره المغربي "
        "في الرباط، ومن المقرر أن يلتقي غدا مع الرئيس الجزائري عبد المجيد تبون."
    )
    pairs = {pair for _t, _s, _d, pair in events}
    assert frozenset({RUS_FM, MAR_FM}) in pairs
    assert ("MEET", "planned", "2021-03-17", frozenset({RUS_FM, DZA_HOS})) in events
    assert not any(MAR_FM in pair and DZA_HOS in pair for pair in pairs)
    assert not any(("MAR", "head_of_state") in pair for pair in pairs)


def test_with_object_of_a_possessed_meeting_noun_leaves_the_next_to_the_topic():
    events = _events(
        ARRIVAL + "وبعد لقائه أمس مع نظيره المغربي في الرباط، سيلتقي اليوم الرئيس "
        "الجزائري عبد المجيد تبون."
    )
    assert ("MEET", "planned", "2021-03-16", frozenset({RUS_FM, DZA_HOS})) in events
    assert not any(MAR_FM in pair and DZA_HOS in pair for _t, _s, _d, pair in events)


def test_with_object_of_a_meeting_that_gathered_him_leaves_the_next_to_the_topic():
    events = _events(
        ARRIVAL + "وبعد لقاء جمعه أمس مع نظيره المغربي في الرباط، من المقرر أن "
        "يلتقي اليوم مع الرئيس الجزائري عبد المجيد تبون."
    )
    assert ("MEET", "reported", "2021-03-15", frozenset({RUS_FM, MAR_FM})) in events
    assert ("MEET", "planned", "2021-03-16", frozenset({RUS_FM, DZA_HOS})) in events


def test_a_second_call_with_with_keeps_the_first_subject():
    events = _events(
        "تحدث الرئيس التونسي قيس سعيد هاتفيا مع نظيره الفرنسي، كما تحدث مع الرئيس الجزائري."
    )
    pairs = {pair for _t, _s, _d, pair in events}
    assert frozenset({("TUN", "head_of_state"), ("FRA", "head_of_state")}) in pairs
    assert frozenset({("TUN", "head_of_state"), DZA_HOS}) in pairs
    assert frozenset({("FRA", "head_of_state"), DZA_HOS}) not in pairs


# ------------------------------------------------------ an inviter named sentences later


FRA_FM = ("FRA", "foreign_minister")
TUN_FM = ("TUN", "foreign_minister")
PLANNED = (
    "أعلن وزير الخارجية الفرنسي جان إيف لودريان اليوم الثلاثاء أنه سيتوجه إلى تونس الأسبوع "
    "المقبل. وقال لودريان للصحفيين إن المحادثات ستتناول الملف الليبي. "
)


def _visits(text: str, published: str = PUB) -> set:
    return {pair for t, s, _d, pair in _events(text, published) if t == "VISIT" and s == "planned"}


def test_the_visitors_own_words_name_his_inviter_two_sentences_later():
    visits = _visits(PLANNED + "وأضاف لودريان: «لقد دعاني نظيري التونسي عثمان الجرندي».")
    assert frozenset({FRA_FM, TUN_FM}) in visits
    assert frozenset({FRA_FM, (None, None)}) not in visits


def test_the_visit_at_the_invitation_of_a_host_named_two_sentences_later():
    visits = _visits(PLANNED + "وتأتي الزيارة بدعوة من وزير الخارجية التونسي عثمان الجرندي.")
    assert frozenset({FRA_FM, TUN_FM}) in visits


def test_an_inviter_of_another_state_is_no_host():
    visits = _visits(PLANNED + "وأضاف لودريان: «لقد دعاني نظيري المغربي ناصر بوريطة».")
    assert frozenset({FRA_FM, (None, None)}) in visits
    assert not any(("MAR", "foreign_minister") in pair for pair in visits)


def test_someone_else_invited_is_no_host_of_the_visit():
    visits = _visits(
        PLANNED + "وقال وزير الداخلية الفرنسي: «لقد دعاني نظيري التونسي الأسبوع الماضي»."
    )
    assert frozenset({FRA_FM, (None, None)}) in visits


def test_another_story_ends_the_search_for_the_inviter():
    visits = _visits(PLANNED + "من جهة أخرى، قال لودريان: «لقد دعاني نظيري التونسي عثمان الجرندي».")
    assert frozenset({FRA_FM, TUN_FM}) not in visits


# ---------------------------------------- contacts named back as including another contact

EGY_HOS = ("EGY", "head_of_state")
FRA_HOS = ("FRA", "head_of_state")
LEAD = "عقد الرئيس المصري عبد الفتاح السيسي اليوم الثلاثاء عدة لقاءات ثنائية على هامش الحفل. "


def test_those_meetings_included_a_meeting_with_y_are_the_topics():
    text = LEAD + (
        "وصرح المتحدث باسم الرئاسة المصرية بأن تلك اللقاءات شملت اجتماعا مع الرئيس الفرنسي "
        "إيمانويل ماكرون."
    )
    pairs = {pair for t, _s, _d, pair in _events(text) if t == "MEET"}
    assert frozenset({EGY_HOS, FRA_HOS}) in pairs


def test_this_tour_included_a_meeting_with_y_is_the_topics():
    text = (
        "أجرى وزير الخارجية الروسي سيرغي لافروف اليوم الثلاثاء جولة في المنطقة. وشملت هذه "
        "الجولة لقاء مع الرئيس الجزائري عبد المجيد تبون."
    )
    pairs = {pair for t, _s, _d, pair in _events(text) if t == "MEET"}
    assert frozenset({RUS_FM, DZA_HOS}) in pairs


def test_meetings_of_someone_named_between_are_not_the_topics():
    text = LEAD + (
        "وقال المتحدث إن اللقاءات التي عقدها رئيس الوزراء المصري شملت اجتماعا مع الرئيس "
        "الفرنسي إيمانويل ماكرون."
    )
    pairs = {pair for t, _s, _d, pair in _events(text) if t == "MEET"}
    assert frozenset({EGY_HOS, FRA_HOS}) not in pairs


# ------------------------------------------- a dual title before «البلدين» names both states

TUN_DZA = "تشهد العلاقات بين تونس والجزائر تطورا ملحوظا في الفترة الأخيرة. "


def test_the_foreign_ministers_of_the_two_countries_named_before_meet():
    events = _events(TUN_DZA + "واجتمع وزيرا خارجية البلدين اليوم الثلاثاء في العاصمة.")
    assert ("MEET", "reported", "2021-03-16", frozenset({TUN_FM, ("DZA", "foreign_minister")})) in (
        events
    )


def test_the_oblique_dual_title_names_both_states_too():
    from pipeline.events.extract import _prepare

    sents = _prepare(TUN_DZA + "والتقى وزيري خارجية البلدين أمس.", None)
    keys = {(a.country, a.role) for s in sents for a in s.actors}
    assert {TUN_FM, ("DZA", "foreign_minister")} <= keys


def test_a_dual_title_named_right_after_keeps_the_names():
    text = (
        "تشهد العلاقات بين السودان ومصر تطورا ملحوظا. وجاء ذلك في لقاء عقده رئيسا الدولتين، "
        "عمر البشير، وعبدالفتاح السيسي، على هامش الاحتفال."
    )
    events = extract_events(text, published="2015-08-08")
    names = {e["actor1_name"] for e in events} | {e["actor2_name"] for e in events}
    assert "Omar al-Bashir" in names


def test_a_group_named_back_as_a_light_verbs_subject_meets_among_itself():
    events = _events(TUN_DZA + "وعقد وزيرا خارجية البلدين اليوم الثلاثاء اجتماعا في العاصمة.")
    assert ("MEET", "reported", "2021-03-16", frozenset({TUN_FM, ("DZA", "foreign_minister")})) in (
        events
    )


def test_a_group_named_back_discussing_without_with_meets_among_itself():
    events = _events(TUN_DZA + "وبحث وزيرا خارجية البلدين اليوم الثلاثاء سبل التعاون.")
    pairs = {pair for t, _s, _d, pair in events if t == "MEET"}
    assert frozenset({TUN_FM, ("DZA", "foreign_minister")}) in pairs


def test_one_minister_reviewing_alone_is_no_meeting():
    events = _events(TUN_DZA + "واستعرض وزير الخارجية التونسي اليوم سبل التعاون.")
    assert not events


HOST = "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض اليوم نظيره الفرنسي. "
HOSTESS = "التقت وزيرة الخارجية الألمانية أنالينا بيربوك في برلين اليوم وزير الخارجية المصري. "


def _events_carried(
    text: str,
    published: str = "2024-03-10",
    home: str | None = "SAU",
) -> list[dict]:
    return extract_events(text, published=published, home=home)


def _pairs(events: list[dict]) -> set[tuple]:
    return {
        (
            e["event_type"],
            e["actor1_country"] or e["actor1_org"],
            e["actor1_role"],
            e["actor2_country"] or e["actor2_org"],
            e["actor2_role"],
        )
        for e in events
    }


def _with(events: list[dict], country: str) -> dict:
    found = [e for e in events if country in (e["actor1_country"], e["actor2_country"])]
    assert len(found) == 1, events
    return found[0]


def test_kama_iltaqa_carries_the_host():
    ev = _events_carried(HOST + "كما التقى وزير الدفاع الألماني.")
    assert ("MEET", "SAU", "foreign_minister", "DEU", "defense_minister") in _pairs(ev)


def test_kama_istaqbala_carries_the_host():
    ev = _events_carried(HOST + "كما استقبل رئيس الوزراء الإيطالي.")
    meet = _with(ev, "ITA")
    assert (meet["actor1_country"], meet["actor1_role"]) == ("SAU", "foreign_minister")
    assert meet["actor2_role"] == "head_of_government"
    assert meet["status"] == "reported"


def test_wa_iltaqa_aydan_carries_the_host():
    ev = _events_carried(HOST + "والتقى أيضا وزير الدفاع الألماني.")
    assert ("MEET", "SAU", "foreign_minister", "DEU", "defense_minister") in _pairs(ev)


def test_wa_kana_qad_iltaqa_keeps_its_own_day():
    ev = _events_carried(HOST + "وكان قد التقى وزير الدفاع الألماني أمس.")
    meet = _with(ev, "DEU")
    assert meet["actor1_country"] == "SAU"
    assert meet["event_date"] == date(2024, 3, 9)


def test_kama_bahatha_maa_carries_the_host():
    ev = _events_carried(HOST + "كما بحث مع وزير الدفاع الألماني العلاقات الثنائية.")
    assert ("MEET", "SAU", "foreign_minister", "DEU", "defense_minister") in _pairs(ev)


def test_feminine_verb_carries_a_woman_and_objects_are_no_pair():
    ev = _events_carried(HOSTESS + "كما التقت سفراء السويد والدنمارك.")
    pairs = _pairs(ev)
    assert ("MEET", "DEU", "foreign_minister", "SWE", "official") in pairs
    assert ("MEET", "DEU", "foreign_minister", "DNK", "official") in pairs
    assert not any({"SWE", "DNK"} == {p[1], p[3]} for p in pairs)


def test_kama_kanat_iltaqat_carries_a_woman():
    ev = _events_carried(HOSTESS + "كما كانت التقت وزير الخارجية الأردني.")
    meet = _with(ev, "JOR")
    assert (meet["actor1_country"], meet["actor1_role"]) == ("DEU", "foreign_minister")


def test_subject_named_after_the_verb_is_its_own():
    ev = _events_carried(HOSTESS + "كما التقى وزير الخارجية الأردني نظيره العراقي.")
    assert ("MEET", "JOR", "foreign_minister", "IRQ", "foreign_minister") in _pairs(ev)
    assert not any("DEU" in (p[1], p[3]) and "JOR" in (p[1], p[3]) for p in _pairs(ev))


def test_subject_named_before_a_with_object_is_its_own():
    ev = _events_carried(HOST + "كما التقى وزير الدفاع الألماني مع نظيره الفرنسي.")
    pairs = _pairs(ev)
    assert ("MEET", "DEU", "defense_minister", "FRA", "defense_minister") in pairs
    assert not any(p[1] == "SAU" and p[3] == "DEU" for p in pairs)


def test_feminine_verb_does_not_carry_a_man():
    ev = _events_carried(HOST + "كما التقت وزير الدفاع الألماني.")
    assert not any("DEU" in (e["actor1_country"], e["actor2_country"]) for e in ev)


def test_sentence_before_without_a_contact_carries_nothing():
    ev = _events_carried(
        "قال وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم إن العلاقات جيدة. "
        "كما التقى وزير الدفاع الألماني."
    )
    assert ev == []


def test_carried_contact_keeps_the_day_of_the_sentence_before():
    ev = _events_carried(
        "وفي يوم الخميس 5 مارس استقبل وزير الخارجية السعودي سفير المملكة في عمان. "
        "واستقبل رئيس وزراء اليابان في الرياض.",
        published="2015-07-21",
    )
    meet = _with(ev, "JPN")
    assert (meet["actor1_country"], meet["actor1_role"]) == ("SAU", "foreign_minister")
    assert meet["event_date"] == date(2015, 3, 5)


def test_carried_verb_takes_its_object_after_a_time_phrase():
    # «كما كانت التقت، في الأسبوع الماضي، Y»: the time phrase between the verb and the one
    # met makes him no subject of his own
    ev = _events_carried(HOSTESS + "كما كانت التقت، في الأسبوع الماضي، وزير الخارجية الأردني.")
    meet = _with(ev, "JOR")
    assert (meet["actor1_country"], meet["actor1_role"]) == ("DEU", "foreign_minister")


def test_carried_verb_after_a_day_word_takes_the_host():
    ev = _events_carried(HOST + "والتقى أمس وزير الدفاع الألماني.")
    assert ("MEET", "SAU", "foreign_minister", "DEU", "defense_minister") in _pairs(ev)


def test_objects_listed_by_then_are_all_met_and_no_pair():
    ev = _events_carried(HOSTESS + "كما التقت وزير الخارجية الأردني ومن ثم وزير الخارجية العراقي.")
    pairs = _pairs(ev)
    assert ("MEET", "DEU", "foreign_minister", "JOR", "foreign_minister") in pairs
    assert ("MEET", "DEU", "foreign_minister", "IRQ", "foreign_minister") in pairs
    assert not any({"JOR", "IRQ"} == {p[1], p[3]} for p in pairs)


def test_subject_before_qad_and_the_verb_is_carried():
    # «وكانت X قد التقت Y. كما التقت Z»: X, the pluperfect's subject before «قد», meets Z too
    ev = _events_carried(
        "وكانت وزيرة الخارجية الألمانية أنالينا بيربوك قد التقت في برلين وزير الخارجية المصري. "
        "كما التقت وزير الخارجية الأردني.")
    meet = _with(ev, "JOR")
    assert (meet["actor1_country"], meet["actor1_role"]) == ("DEU", "foreign_minister")


@pytest.mark.parametrize("then", ["ثم", "وكذلك"])
def test_objects_listed_by_a_single_word_are_all_met_and_no_pair(then):
    # «كما التقت A ثم B»: one word between the two mentions lists them; it is no VSO pair
    ev = _events_carried(HOSTESS + f"كما التقت وزير الخارجية الأردني {then} وزير الخارجية العراقي.")
    pairs = _pairs(ev)
    assert ("MEET", "DEU", "foreign_minister", "JOR", "foreign_minister") in pairs
    assert ("MEET", "DEU", "foreign_minister", "IRQ", "foreign_minister") in pairs
    assert not any({"JOR", "IRQ"} == {p[1], p[3]} for p in pairs)


@pytest.mark.parametrize("gap", ["", "أمس "])
def test_a_mention_before_a_vague_group_met_is_the_subject_not_carried(gap):
    # «والتقى (أمس) X عددا من رجال الأعمال»: X names the verb's own subject, the ones met are
    # a vague group; the subject of the sentence before meets nobody here
    ev = _events_carried(HOST + f"والتقى {gap}الرئيس المصري عبد الفتاح السيسي عددا من رجال "
                         "الأعمال في القاهرة.")
    assert not any("EGY" in (p[1], p[3]) for p in _pairs(ev))
