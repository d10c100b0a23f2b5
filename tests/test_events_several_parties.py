"""A group subject before «مع» or a ب-object: each of its members meets the object
(pipeline/events/frames.py, _past_co_subjects and the light verb's coordinated subjects).

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


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
