"""Contacts named only as a topic, a process, a demand or a wish: talks as a topic, a state in a
contact's topic, a summit only asked for or wished for.

False pairs and types: contacts the text only refers back to or names as a topic.

Talks with a bloc or between two sides named as a topic or a long process (their course,
stage or outcome, months or years of them) are no contact; a round held or days of talks are
(sentences written for these tests).

A state or government named only in a contact's topic is no party to it: the contact noun
is the subject of a verb of discussion («اللقاء تناول ...») and what follows is talked about
(pipeline/events/extract.py `_topic_counterpart`).

Sentences written for these tests (not corpus text).

A contact only asked for or proposed («طالب بقمة», «دعا إلى عقد اجتماع», «اقترح عقد قمة»)
is no event; a meeting among one state's own sides («اجتماع ليبي ليبي») takes no state from
another contact of the sentence.

Statuses: a contact only wished for («يأمل زيارة», «رغبته في زيارة», «يأمل أن
يلتقي») is no event; a plan («يتطلع إلى لقاء», «سيلتقي») or a told contact hoped to go well
(«يأمل أن يكون اللقاء مثمرا») stays. Invented sentences (paraphrases), with near misses.

A government named in the topic of a meeting told again is no second counterpart.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events

PUB = "2015-07-24"


def _pairs(text: str, etype: str | None = None) -> set[tuple]:
    return {(e["event_type"], frozenset({(e["actor1_country"], e["actor1_role"]),
                                         (e["actor2_country"], e["actor2_role"])}))
            for e in extract_events(text, PUB, home="SAU")
            if etype is None or e["event_type"] == etype}


_BARE = frozenset({("EGY", "official"), ("JOR", "official")})


def test_definite_talks_between_two_states_retell_their_ministers_meeting():
    """«المشاورات الثنائية بين مصر والأردن» after the two foreign ministers' meeting: the same
    contact told again, not talks between the states' officials."""
    text = ("التقى وزير الخارجية المصري سامح شكري أمس نظيره الأردني ناصر جودة في عمان. "
            "وقال المتحدث باسم الخارجية المصرية إن المشاورات الثنائية بين مصر والأردن "
            "تناولت مجمل العلاقات الثنائية والأوضاع في المنطقة.")
    pairs = _pairs(text)
    assert ("MEET", frozenset({("EGY", "foreign_minister"), ("JOR", "foreign_minister")})) in pairs
    assert not any(p == _BARE for _t, p in pairs)


def test_talks_between_two_states_with_no_contact_of_their_people_are_kept():
    """Near miss: the same sentence with no meeting of the two states' people told before
    (here the meeting is with a third state) still gives the talks."""
    text = ("التقى وزير الخارجية المصري سامح شكري أمس نظيره الكويتي في الكويت. "
            "وقال المتحدث باسم الخارجية المصرية إن المشاورات الثنائية بين مصر والأردن "
            "تناولت مجمل العلاقات الثنائية والأوضاع في المنطقة.")
    assert any(p == _BARE for _t, p in _pairs(text))


def _visitors(text: str) -> set[tuple]:
    return {(e["actor1_country"], e["actor1_role"]) for e in extract_events(text, PUB, home="SAU")
            if e["event_type"] == "VISIT"}


def test_a_visit_setting_the_scene_is_the_subjects_not_a_party_met_after_ma():
    """«X سيعقد اجتماعا مع A وB خلال زيارة عمل لقطر»: X travels; A and B are met."""
    text = ("قال المتحدث باسم الخارجية الصينية إن وزير الخارجية الصيني وانغ يي سيعقد اجتماعا "
            "مع نظيريه الهندي سوشما سواراج والباكستاني سرتاج عزيز خلال زيارة عمل لقطر الأسبوع "
            "المقبل.")
    visitors = _visitors(text)
    assert ("CHN", "foreign_minister") in visitors
    assert ("PAK", "foreign_minister") not in visitors


def test_a_visit_after_a_direct_object_stays_the_objects():
    """Near miss: no «مع» before the party met («استقبل X الوزير A خلال زيارة عمل لمصر»):
    the rule leaves the visit to the nearer actor, the guest."""
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي أمس وزير الخارجية الفرنسي لوران فابيوس "
            "خلال زيارة عمل لمصر.")
    visitors = _visitors(text)
    assert ("FRA", "foreign_minister") in visitors
    assert ("EGY", "head_of_state") not in visitors


def test_a_contact_a_demand_asks_for_is_no_event():
    """«طالب X Y إلى زيارة عدن», «طالب X ... للاجتماع فورا»: a one-sided call."""
    for text in ("وطالب الرئيس اليمني عبد ربه منصور هادي المبعوث الأممي إسماعيل ولد الشيخ "
                 "أحمد إلى زيارة عدن والوقوف على حجم الدمار.",
                 "وطالب القيادي في حركة حماس الإطار القيادي الذي يضم حركتي حماس والجهاد "
                 "الإسلامي للاجتماع فورا لدراسة الوضع."):
        assert not extract_events(text, PUB, home="SAU"), text


def test_an_invitation_and_a_contact_after_the_demand_are_kept():
    """Near misses: an invitation (دعا) to visit is a planned visit; a contact told before
    the demand's noun («طالب ... خلال لقائه») is no demanded contact."""
    invited = extract_events("دعا الرئيس التونسي الباجي قائد السبسي نظيره المصري عبد الفتاح "
                             "السيسي لزيارة تونس.", PUB, home="TUN")
    assert any(e["event_type"] == "VISIT" and e["actor1_country"] == "EGY" for e in invited)
    met = extract_events("وطالب وزير الخارجية التركي خلال لقائه نظيره الإيراني محمد جواد ظريف "
                         "أمس في أنقرة بوقف القتال.", PUB, home="SAU")
    assert any(e["event_type"] == "MEET" for e in met)


def test_speaking_in_talks_told_just_before_is_no_call():
    """«المباحثات ...، كانت مثمرة، تحدث فيها X مع Y»: «فيها» takes up the talks; the verb
    is what was said in them, not a call."""
    text = ("وقال وزير الخارجية اليمني إن المباحثات المصرية اليمنية كانت مثمرة، تحدث فيها "
            "الرئيس عبد الفتاح السيسي مع الرئيس عبد ربه منصور هادي عن أمن البحر الأحمر.")
    assert not [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "CALL"]


def test_speaking_with_someone_and_no_contact_before_stays_a_call():
    """Near miss: «تحدث X مع Y هاتفيا» with no contact noun before it is a call."""
    text = ("وتحدث الرئيس عبد الفتاح السيسي مع الرئيس عبد ربه منصور هادي هاتفيا أمس عن أمن "
            "البحر الأحمر.")
    assert [e for e in extract_events(text, PUB, home="SAU") if e["event_type"] == "CALL"]


def test_a_ministry_is_never_the_other_party_of_its_own_states_minister():
    """«وكان الوزيران التقيا ...، وقالت الخارجية الروسية»: the dual may be read as the Russian
    minister and the Russian ministry; one state's ministry and official are no contact. The
    meeting of the two ministers of two states is kept (near miss)."""
    text = ("أعلنت وزارة الخارجية الروسية أن الجبير سيلتقي نظيره الروسي سيرغي لافروف. وكان "
            "الوزيران التقيا في قطر، وقالت الخارجية الروسية إن الوزيرين سيواصلان المناقشة.")
    events = extract_events(text, PUB, home="SAU")
    assert not [e for e in events if e["actor1_country"] == e["actor2_country"] == "RUS"]
    assert [e for e in events if {e["actor1_country"], e["actor2_country"]} == {"SAU", "RUS"}
            and e["actor1_role"] == e["actor2_role"] == "foreign_minister"]


P5 = {"USA", "GBR", "FRA", "RUS", "CHN", "DEU"}
PUB_PROCESS = date(2015, 7, 20)


def _negotiations(text):
    return {
        frozenset((e["actor1_country"] or e["actor1_org"], e["actor2_country"] or e["actor2_org"]))
        for e in extract_events(text, PUB_PROCESS, home="SAU")
        if e["event_type"] == "NEGOTIATE"
    }


def test_the_course_of_talks_with_the_p5_is_a_topic():
    text = (
        "يقدم وزير الخارجية الإيراني غدا أمام البرلمان تقريرا عن مسار المباحثات بين إيران "
        "والدول الست الكبرى."
    )
    assert _negotiations(text) == set()


def test_the_state_of_talks_reviewed_by_others_is_a_topic():
    text = "واستعرض الوزراء العرب وضع المفاوضات بين مجموعة 5+1 وإيران خلال اجتماعهم."
    assert not any("IRN" in pair for pair in _negotiations(text))


def test_months_of_talks_closed_by_an_agreement_are_a_process():
    text = "وأنهى الاتفاق ثمانية عشر شهرا من المفاوضات بين إيران ومجموعة 5+1."
    assert _negotiations(text) == set()


def test_months_of_talks_between_two_states_are_a_process():
    text = "وجاء الاتفاق بعد أشهر من المفاوضات بين تركيا والولايات المتحدة."
    assert _negotiations(text) == set()


def test_talks_lasting_years_are_a_process():
    text = "وتوصل الطرفان إلى الاتفاق بعد مفاوضات صعبة استمرت عشرة أعوام بين إيران ومجموعة 5+1."
    assert _negotiations(text) == set()


def test_talks_lasting_days_are_talks_held():
    text = (
        "وأبرمت الدول الست الكبرى وإيران اتفاقا حول البرنامج النووي بعد محادثات استمرت "
        "16 يوما في فيينا."
    )
    assert _negotiations(text) == {frozenset(("IRN", m)) for m in P5}


def test_a_round_of_talks_held_is_a_contact():
    text = "وعقدت أمس في فيينا الجولة الثانية من المفاوضات بين إيران ومجموعة 5+1."
    assert _negotiations(text) == {frozenset(("IRN", m)) for m in P5}


def _pairs_topic(text: str, published: str = "2015-07-23", home: str = "SAU") -> set:
    def side(e: dict, n: str) -> tuple:
        return e[f"{n}_country"] or e[f"{n}_org"], e[f"{n}_role"]

    return {
        (e["event_type"], frozenset({side(e, "actor1"), side(e, "actor2")}))
        for e in extract_events(text, published=published, home=home)
    }


def _countries(text: str) -> set:
    return {c for _, pair in _pairs_topic(text) for c, _role in pair}


def test_government_supporting_after_the_topic_verb_is_no_counterpart():
    text = (
        "وأوضح وزير الخارجية عادل الجبير أن اللقاء تناول كذلك الأوضاع في اليمن، "
        "ودعم حكومة مصر للتحالف الذي تقوده المملكة."
    )
    assert "EGY" not in _countries(text)


def test_topic_after_a_discussion_verb_keeps_the_meeting_told_before():
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير في جدة اليوم نظيره الأردني ناصر جودة. "
        "وأوضح الجبير أن اللقاء ناقش الأوضاع في سوريا، ودعم حكومة تركيا للمعارضة."
    )
    pairs = _pairs_topic(text)
    assert ("MEET", frozenset({("SAU", "foreign_minister"), ("JOR", "foreign_minister")})) in pairs
    assert "TUR" not in _countries(text)


def test_parties_named_before_the_topic_verb_are_kept():
    # near miss: the contact noun's relative clause names its parties before «تناول»
    text = "وأوضح الوزير أن اللقاء الذي جمعه بوزير الخارجية المصري تناول الأوضاع في اليمن."
    assert "EGY" in _countries(text)


def test_verb_before_the_contact_noun_keeps_its_parties():
    # near miss: «تناول اللقاء الذي جمع A بB ...»: the noun's parties follow it
    text = "وتناول اللقاء الذي جمع وزير الخارجية السعودي بنظيره المصري أمس العلاقات الثنائية."
    assert (
        "MEET",
        frozenset({("SAU", "foreign_minister"), ("EGY", "foreign_minister")}),
    ) in _pairs_topic(text)


def test_list_after_bein_following_the_contact_noun_is_kept():
    # near miss: «تناول اللقاء بين A وB ...»: a list of the meeting's parties
    text = "وتناول اللقاء بين وزير الخارجية السعودي ونظيره المصري الأوضاع في اليمن."
    assert (
        "MEET",
        frozenset({("SAU", "foreign_minister"), ("EGY", "foreign_minister")}),
    ) in _pairs_topic(text)


# ------------------------------------------------ a chronicle's greeted is no contact's subject


def test_the_greeted_of_a_chronicle_meets_nobody():
    text = (
        "وفي يوم الاثنين 2 مارس 2015، هنأ رئيس جمهورية بلغاريا بذكرى اليوم الوطني لبلاده، "
        "والتقى الرئيس التركي وعقد معه جلسة مباحثات رسمية."
    )
    assert "BGR" not in _countries(text)


def test_the_greeted_after_the_named_greeter_meets_nobody():
    text = (
        "وفي يوم الأربعاء هنأ الملك سلمان رئيس جمهورية بنغلاديش بذكرى استقلال بلاده، "
        "وعقد جلسة مباحثات مع الرئيس السوداني."
    )
    assert "BGD" not in _countries(text)


def test_the_greeter_keeps_his_later_meeting():
    # near miss: the one greeted is named after the greeter, who receives the minister
    text = "هنأ الرئيس التونسي نظيره الفرنسي بفوزه في الانتخابات، ثم استقبل وزير الخارجية الإيطالي."
    assert (
        "MEET",
        frozenset({("TUN", "head_of_state"), ("ITA", "foreign_minister")}),
    ) in _pairs_topic(text, home="TUN")


def test_a_bare_win_after_the_greeter_keeps_his_meeting():
    # near miss: «بفوز المنتخب» names what is congratulated, not the greeted's own occasion
    text = "هنأ الرئيس التونسي بفوز المنتخب ثم استقبل وزير الخارجية الفرنسي."
    assert (
        "MEET",
        frozenset({("TUN", "head_of_state"), ("FRA", "foreign_minister")}),
    ) in _pairs_topic(text, home="TUN")


PUB_DEMAND = "2020-03-06"


def test_a_demanded_or_proposed_summit_is_no_event():
    for text in ("طالب الرئيس الفرنسي بقمة مع رئيس الوزراء البريطاني لبحث أزمة المهاجرين.",
                 "طالب الرئيس الفرنسي رئيس الوزراء البريطاني بعقد قمة ثنائية لبحث الأزمة.",
                 "طالب الرئيس الفرنسي رئيس الوزراء البريطاني بلقاء ثنائي لبحث الأزمة.",
                 "دعا الرئيس التونسي إلى عقد اجتماع مع الرئيس الجزائري لبحث الوضع.",
                 "دعا الرئيس التونسي نظيره الجزائري إلى عقد قمة ثنائية لبحث الوضع.",
                 "اقترح الرئيس الفرنسي على المستشارة الألمانية عقد قمة ثنائية الشهر المقبل."):
        assert not extract_events(text, PUB_DEMAND), text


def test_an_invitation_and_a_held_summit_are_kept():
    """Near misses: دعا X لزيارة is an invitation (a planned visit); a summit held after
    the demand's clause is a contact."""
    invited = extract_events("دعا الرئيس التونسي نظيره المصري لزيارة تونس.", PUB_DEMAND)
    assert any(e["event_type"] == "VISIT" for e in invited)
    held = extract_events("وطالب الرئيس الفرنسي بوقف القتال، بعد أن عقد قمة مع رئيس الوزراء "
                          "البريطاني أمس في لندن.", PUB_DEMAND)
    assert any(e["event_type"] == "MEET" for e in held)


def test_a_past_meeting_keeps_its_day_beside_an_intra_state_one_to_come():
    text = ("أفضى اجتماع تونسي ليبي اليوم الجمعة إلى اتفاق على فتح المعبر، في انتظار اجتماع "
            "ليبي ليبي يوم غد السبت.")
    [met] = extract_events(text, PUB_DEMAND)
    assert (met["status"], str(met["event_date"])) == ("reported", "2020-03-06")
    assert {met["actor1_country"], met["actor2_country"]} == {"TUN", "LBY"}


def test_a_meeting_of_two_states_is_kept():
    """Near miss: two different nationality adjectives are two sides."""
    [met] = extract_events("انعقد اليوم الجمعة اجتماع تونسي جزائري في تونس.", PUB_DEMAND)
    assert {met["actor1_country"], met["actor2_country"]} == {"TUN", "DZA"}


def test_each_meeting_keeps_its_own_day_when_the_noun_comes_twice():
    """«انعقد اليوم اجتماع X Y، على أن ينعقد اجتماع X Z غدا»: the same noun twice; each
    meeting keeps its own clause's day and status (the later one is another event)."""
    text = ("انعقد اليوم الجمعة اجتماع تونسي ليبي في تونس، على أن ينعقد اجتماع تونسي جزائري "
            "يوم غد السبت.")
    got = {(frozenset((e["actor1_country"], e["actor2_country"])), e["status"],
            str(e["event_date"])) for e in extract_events(text, PUB_DEMAND)}
    assert (frozenset(("TUN", "LBY")), "reported", "2020-03-06") in got
    assert (frozenset(("TUN", "DZA")), "planned", "2020-03-07") in got
    text = ("انعقد اليوم الجمعة اجتماع تونسي ليبي في تونس، في انتظار اجتماع تونسي جزائري يوم "
            "غد السبت.")
    got = {(frozenset((e["actor1_country"], e["actor2_country"])), e["status"],
            str(e["event_date"])) for e in extract_events(text, PUB_DEMAND)}
    assert (frozenset(("TUN", "LBY")), "reported", "2020-03-06") in got


PUB_WISH = "2015-08-06"


def _events(text, etype=None):
    evs = extract_events(text, PUB_WISH, home="SAU")
    return [e for e in evs if etype is None or e["event_type"] == etype]


@pytest.mark.parametrize(
    "text",
    [
        # a wish right before an indefinite visit noun
        "وأكد الرئيس الإيراني حسن روحاني لوزير الخارجية الإيطالي أنه يأمل زيارة إيطاليا قريبا.",
        # «في» between the wish and the noun
        "وقال الرئيس الإيراني حسن روحاني إنه يأمل في زيارة إيطاليا.",
        # a wish right before a present contact verb, «أن» between
        "وقال الرئيس التركي إنه يأمل أن يلتقي الرئيس الروسي فلاديمير بوتين.",
        "وقال الرئيس التركي إنه يتمنى أن يلتقي الرئيس الروسي فلاديمير بوتين.",
    ],
)
def test_a_contact_only_wished_for_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an obligation said of a visit: a recommendation, no visit
        "وأصدر زعيم المعارضة توصية للبرلمانيين الأستراليين بوجوب زيارة أراضي فلسطين.",
        # a need said of a visit
        "وشدد الوزير التونسي على ضرورة زيارة وزير الخارجية الليبي إلى تونس.",
        # «يجب أن» before a contact verb
        "وقال الرئيس التركي إنه يجب أن يلتقي الرئيس الروسي فلاديمير بوتين.",
    ],
)
def test_a_contact_only_called_necessary_is_no_event(text):
    assert _events(text) == []


def test_a_need_said_after_a_told_meeting_leaves_it():
    text = "التقى الرئيس التركي أمس الرئيس الروسي فلاديمير بوتين وأكدا على ضرورة التنسيق."
    assert len(_events(text, "MEET")) == 1


def test_a_coming_meeting_without_the_wish_is_planned():
    evs = _events("وقال الرئيس التركي إنه سيلتقي الرئيس الروسي فلاديمير بوتين.", "MEET")
    assert len(evs) == 1 and evs[0]["status"] == "planned"
    assert {evs[0]["actor1_country"], evs[0]["actor2_country"]} == {"TUR", "RUS"}


def test_looking_forward_to_a_meeting_is_a_plan():
    text = "وقال الرئيس الأمريكي إنه يتطلع إلى لقاء الملك سلمان في سبتمبر المقبل."
    evs = _events(text, "MEET")
    assert len(evs) == 1 and evs[0]["status"] == "planned"
    assert evs[0]["event_date"].isoformat() == "2015-09-01"
    assert evs[0]["date_precision"] == "month"


@pytest.mark.parametrize(
    "text,etype",
    [
        # a definite contact the text tells, hoped to go well: «يكون» between
        ("وقال الوزير إنه يأمل أن يكون اللقاء مع نظيره الروسي مثمرا.", "MEET"),
        (
            "وقال وزير الخارجية الكويتي إنه يتمنى أن تكون زيارة الرئيس التونسي إلى الكويت ناجحة.",
            "VISIT",
        ),
        # the wish governs the ordinal, not the visit («أول رئيس يزور»)
        ("وقال إن الرئيس الأمريكي يأمل أن يكون أول رئيس أمريكي يزور إثيوبيا.", "VISIT"),
    ],
)
def test_a_told_contact_hoped_to_go_well_stays(text, etype):
    evs = _events(text, etype)
    assert len(evs) == 1 and evs[0]["status"] == "planned"


def _events_post(text, published="2015-08-05"):
    return extract_events(text, published)


def test_government_in_retold_meeting_topic_is_no_second_counterpart():
    evs = _events_post(
        "وأشار وزير الخارجية السعودي عادل الجبير إلى أنه بحث خلال لقائه بوزير الخارجية المصري "
        "سامح شكري أمس تعزيز العلاقات. وأوضح الجبير أن اللقاء تناول أيضا الأوضاع في اليمن "
        "ودعم حكومة مصر للتحالف، مقدما التهاني لحكومة مصر بافتتاح المشروع."
    )
    meets = [e for e in evs if e["event_type"] == "MEET"]
    assert any(
        e["actor2_name"] == "Sameh Shoukry" or e["actor1_name"] == "Sameh Shoukry" for e in meets
    ), evs
    assert not [e for e in meets if "حكومة" in (e["actor2_text"] or "") + (e["actor1_text"] or "")]
