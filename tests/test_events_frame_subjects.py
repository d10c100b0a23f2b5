"""Subjects and counterparts the rule frames read.

Subjects and counterparts the rule frames read (frames.py).

1. «حيث» after a visit leg opening a light verb and its contact noun («قام X بزيارة إلى عمّان
   حيث أجرى مباحثات مع Y», «حيث عقد سلسلة لقاءات مع Y»): the traveller meets Y, as when «حيث»
   opens a meeting verb; a clause that names its own subject keeps it.
2. A «بين» list after a place («اللقاء الذي جمع في العاصمة القطرية بين A وB», «مباحثات
   الرياض بين A وB») and a list member joined by و through an honorific or a rank («وفخامة
   الرئيس B», «والمشير B»): the two listed meet each other.
"""

from __future__ import annotations

import pytest

from tests.support.events import event_rows, role_pairs

PUB = "2015-08-05"


@pytest.mark.parametrize(
    "text, pair",
    [
        # the traveller more than eight words before the noun
        (
            "قام وزير الخارجية الفرنسي لوران فابيوس بزيارة رسمية إلى المملكة الأردنية الهاشمية يوم "
            "الثلاثاء الماضي حيث أجرى مباحثات مع الملك عبدالله الثاني تناولت الأوضاع في المنطقة.",
            ("FRA:foreign_minister", "JOR:head_of_state"),
        ),
        (
            "وكان الرئيس التركي قد غادر تونس متوجها إلى العاصمة الجزائرية برا من الحدود "
            "الشرقية حيث عقد سلسلة لقاءات مع رئيس الوزراء الجزائري.",
            ("DZA:head_of_government", "TUR:head_of_state"),
        ),
    ],
)
def test_where_after_a_visit_opens_the_travellers_light_verb(text, pair):
    assert ("MEET", pair) in role_pairs(text, PUB, "SAU")


def test_where_clause_with_its_own_subject_keeps_it():
    # near miss: «حيث أجرى X مباحثات»: X, named in the clause, is the meeting's subject
    pairs = role_pairs(
        "وصل وزير الخارجية الفرنسي إلى القاهرة أمس حيث أجرى الرئيس المصري "
        "مباحثات مع وزير الخارجية الأردني.",
        PUB,
        "SAU",
    )
    assert ("MEET", ("EGY:head_of_state", "JOR:foreign_minister")) in pairs
    assert ("MEET", ("FRA:foreign_minister", "JOR:foreign_minister")) not in pairs


def test_between_after_the_place_of_the_gathering_verb():
    rows = event_rows(
        "ووصف المتحدث اللقاء الذي جمع في العاصمة القطرية الدوحة بين وزير "
        "الخارجية الأمريكي جون كيري، والمشير عبد الفتاح السيسي بالمثمر.",
        PUB,
        "SAU",
    )
    assert [(r[0], sorted([r[1], r[3]])) for r in rows] == [("MEET", ["EGY", "USA"])]


def test_between_list_joined_through_an_honorific():
    pairs = role_pairs(
        "وأكد أن مباحثات الرياض بين صاحب السمو الملكي الأمير محمد بن نايف ولي "
        "العهد وفخامة الرئيس الفرنسي فرانسوا هولاند تناولت التعاون.",
        PUB,
        "SAU",
    )
    assert ("MEET", ("FRA:head_of_state", "SAU:official")) in pairs


def test_between_list_without_the_joining_wa_is_no_pair():
    # near miss: no و joins the second name to the first, so «بين» lists no two parties
    pairs = role_pairs(
        "وأكد أن مباحثات الرياض بين صاحب السمو الملكي الأمير محمد بن نايف ولي "
        "العهد، فخامة الرئيس الفرنسي فرانسوا هولاند تناولت التعاون.",
        PUB,
        "SAU",
    )
    assert not any(
        "FRA:head_of_state" in pair and any(p.startswith("SAU") for p in pair)
        for _etype, pair in pairs
    )


def test_a_scheduled_participle_between_the_noun_and_its_counterpart():
    # 3. «لقاءه المقرر مع Y»: the participle of scheduling keeps Y the noun's counterpart
    pairs = role_pairs(
        "من جهته، أكد وزير الخارجية الروسي لقاءه المرتقب في جنيف مع وزير الخارجية الأمريكي.",
        PUB,
        "SAU",
    )
    assert ("MEET", ("RUS:foreign_minister", "USA:foreign_minister")) in pairs


def test_the_opening_speaker_owns_the_pronoun_of_a_reported_contact():
    # 4. «وأضاف X أن ... اجتماعه المقرر مع Y»: X's meeting, not the last sentence's topic's
    text = (
        "وصل الرئيس الأمريكي باراك أوباما إلى نيروبي أمس. وأضاف الرئيس الكيني أوهورو "
        "كينياتا أن التعاون الأمني والحرب على الإرهاب ستكون في صلب اجتماعه المقرر مع "
        "أوباما."
    )
    assert ("MEET", ("KEN:head_of_state", "USA:head_of_state")) in role_pairs(text, PUB, "SAU")


def test_a_pronoun_noun_after_another_actor_is_not_the_speakers():
    # near miss: an actor between the speaker and the noun may own the pronoun
    text = (
        "وصل الرئيس الأمريكي باراك أوباما إلى نيروبي أمس. وأضاف الرئيس الكيني أوهورو "
        "كينياتا أن وزير الخارجية الأمريكي أشاد باجتماعه مع الرئيس الصيني."
    )
    assert ("MEET", ("CHN:head_of_state", "KEN:head_of_state")) not in role_pairs(text, PUB, "SAU")


def test_a_relative_verb_of_inclusion_lists_the_genitives_counterparts():
    # 5. «محادثات X التي شملت A وB»: X met A and B
    rows = event_rows(
        "وكانت لقاءات وزير الخارجية اللبناني التي شملت نظيره الفرنسي وسفير "
        "فرنسا لدى لبنان قد تناولت الأوضاع في المنطقة.",
        PUB,
        "SAU",
    )
    pairs = {(r[0], r[1], r[2], r[3], r[4]) for r in rows}
    assert ("MEET", "LBN", "foreign_minister", "FRA", "foreign_minister") in pairs
    assert ("MEET", "LBN", "foreign_minister", "FRA", "official") in pairs


def test_a_relative_verb_of_another_sense_lists_no_counterpart():
    # near miss: a relative verb that is no inclusion («التي أغضبت Y») names no party
    rows = event_rows(
        "وانتقدت الصحف محادثات وزير الخارجية اللبناني التي أغضبت سفير فرنسا لدى لبنان.", PUB, "SAU"
    )
    assert not [r for r in rows if r[0] == "MEET"]


def test_a_list_of_counterparts_goes_on_past_a_relative_clause():
    # 6. «مع الرئيس الإيطالي الذي كان زار تونس في 2015 ورئيس حكومته»: both are met
    pairs = role_pairs(
        "وستكون لرئيس الجمهورية لقاءات مع كل من الرئيس الإيطالي الذي كان أدى "
        "زيارة إلى تونس سنة 2015 ورئيس الوزراء الإيطالي.",
        "2017-02-01",
        "TUN",
    )
    assert ("MEET", ("ITA:head_of_state", "TUN:head_of_state")) in pairs
    assert ("MEET", ("ITA:head_of_government", "TUN:head_of_state")) in pairs


def test_a_body_in_the_relative_clauses_own_list_is_not_met():
    # near miss: «... الذي كان مرفوقا بوفد من مجلس الشيوخ والبرلمان الأوروبي»: the clause's list
    pairs = role_pairs(
        "التقى رئيس الجمهورية اليوم الرئيس الفرنسي السابق الذي كان مرفوقا بوفد "
        "من أعضاء مجلس الشيوخ والجمعية الوطنية والبرلمان الأوروبي.",
        "2015-07-20",
        "TUN",
    )
    assert not any(any(p.startswith("EU") for p in pair) for _etype, pair in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "تحادث وزير الشؤون الخارجية التونسي اليوم بمقر الوزارة مع نظيره الجزائري.",
        "وفي برلين يتحادث وزير الشؤون الخارجية التونسي مع نظيره الجزائري.",
    ],
)
def test_tahadatha_with_a_counterpart_is_a_meeting(text):
    # 7. «تحادث X مع Y»: held talks (the Maghreb's word for تباحث)
    pairs = role_pairs(text, "2017-02-10", "TUN")
    assert ("MEET", ("DZA:foreign_minister", "TUN:foreign_minister")) in pairs


def test_tahadatha_without_a_counterpart_is_no_event():
    # near miss: no one after مع, and no co-subject: talk about something, with no one
    assert not role_pairs(
        "تحادث وزير الشؤون الخارجية التونسي مطولا عن الأزمة في ليبيا.", "2017-02-10", "TUN"
    )


def test_each_of_a_list_taking_part_in_a_summit_meets_the_others():
    # 8. «أن كلا من A وB وC سيشاركون في القمة»: every two of them meet
    pairs = role_pairs(
        "وأكد السفير أن كلا من الرئيس الكيني والرئيس الأوغندي ورئيس الوزراء "
        "الإثيوبي سيشاركون في القمة.",
        "2015-08-10",
        "SAU",
    )
    assert {
        ("MEET", ("KEN:head_of_state", "UGA:head_of_state")),
        ("MEET", ("ETH:head_of_government", "UGA:head_of_state")),
        ("MEET", ("ETH:head_of_government", "KEN:head_of_state")),
    } <= pairs


def test_a_list_taking_part_without_each_of_keeps_its_last_pair():
    # near miss: without «كل من» the rule leaves the list to the frames before it
    pairs = role_pairs(
        "وأكد السفير أن الرئيس الكيني والرئيس الأوغندي ورئيس الوزراء الإثيوبي سيشاركون في القمة.",
        "2015-08-10",
        "SAU",
    )
    assert ("MEET", ("KEN:head_of_state", "UGA:head_of_state")) not in pairs
