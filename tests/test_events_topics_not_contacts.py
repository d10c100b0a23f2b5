"""False pairs and types: contacts the text only refers back to or names as a topic."""

from __future__ import annotations

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
