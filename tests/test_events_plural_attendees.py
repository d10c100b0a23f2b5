"""Two or more attendees of a gathering abroad as the subject of one dual or plural verb of
attending («أن كلا من A وB سيشاركون في القمة», «A وB شاركا في القمة», «القادة الليبيون الذين
شاركوا في القمة»): each visits the gathering's place, as the singular verb's subject does.

Leaders listed after a plural subject of an attendance verb («ويشارك في القمة سبعة من القادة
العرب، بينهم A وB») attend, each of them; not those listed among the absent or the excepted
(«فيما يغيب آخرون، بينهم A», «باستثناء سبعة، بينهم A»).

A dual past visit verb after a و-joined list («A وB قد زارا تونس») makes every actor of the
list a traveller, as the plural forms in -وا and -ون do. A place told after another gathering
named as held before or after the one attended («القمة، التي تأتي عقب قمة مماثلة عقدت في
أديس أبابا») is that gathering's, not the venue of the one attended.
The main gathering of the occasion named so, with the article and no clause of its own
(«اجتماع وزراء الخارجية الذي يعقد قبل القمة في الرياض»), is no other gathering: its place is
the attended one's.

Sentences written for these tests (not corpus text).
"""

from __future__ import annotations

from pipeline.events import extract_events


def _visits(text, published="2015-08-11"):
    return sorted(
        (e["status"], e["actor1_country"], e["location_country"])
        for e in extract_events(text, published)
        if e["event_type"] == "VISIT"
    )


def test_each_of_a_list_before_a_future_plural_attendance_verb_visits():
    text = (
        "وأكد المتحدث أن كلا من الرئيس الأوغندي يويري موسيفيني والرئيس الكيني أوهورو كيناتا "
        "سيشاركون في القمة الإقليمية في أديس أبابا غدا."
    )
    assert _visits(text) == [("planned", "KEN", "ETH"), ("planned", "UGA", "ETH")]


def test_each_of_two_subjects_of_a_dual_past_attendance_verb_visits():
    text = (
        "وكان الرئيس الأوغندي يويري موسيفيني والرئيس الكيني أوهورو كيناتا قد شاركا في القمة "
        "الإفريقية في أديس أبابا."
    )
    assert _visits(text) == [("reported", "KEN", "ETH"), ("reported", "UGA", "ETH")]


def test_a_states_leaders_before_a_plural_attendance_verb_visit():
    text = (
        "وقال إن عددا من القادة الليبيين الذين شاركوا في القمة العربية بمنتجع شرم الشيخ "
        "حصلوا على تطمينات."
    )
    assert _visits(text) == [("reported", "LBY", "EGY")]


def test_each_of_two_subjects_of_a_dual_past_visit_verb_travels():
    text = "وكان وزير الخارجية الفرنسي ونظيره الألماني قد زارا تونس أمس."
    assert _visits(text) == [("reported", "DEU", "TUN"), ("reported", "FRA", "TUN")]


def test_place_of_another_gathering_told_as_before_is_no_venue():
    text = (
        "وقال إن الرئيس الكيني أوهورو كيناتا سيشارك في القمة، التي تأتي عقب قمة مماثلة عقدت "
        "في العاصمة الإثيوبية أديس أبابا قبل أيام."
    )
    assert _visits(text) == []



def test_leaders_listed_after_a_plural_subject_of_attendance_each_visit():
    text = (
        "ويشارك في القمة العربية في نواكشوط سبعة من الرؤساء والقادة العرب، بينهم أمير قطر الشيخ "
        "تميم بن حمد آل ثاني والرئيس السوداني عمر البشير."
    )
    assert _visits(text) == [("reported", "QAT", "MRT"), ("reported", "SDN", "MRT")]


def test_the_main_gathering_named_as_after_the_attended_one_shares_its_place():
    # (the summit with the article and no clause of its own: the occasion's, not another one)
    text = ("وسيشارك وزير الخارجية القطري في اجتماع وزراء الخارجية العرب الذي يعقد قبل القمة "
            "في الرياض.")
    assert _visits(text) == [("planned", "QAT", "SAU")]


def test_a_summit_of_another_year_named_as_before_gives_no_place():
    text = ("وقال إن الرئيس الكيني أوهورو كيناتا سيشارك في الاجتماع الذي يأتي بعد القمة "
            "السابقة في أديس أبابا.")
    assert _visits(text) == []


def test_leaders_listed_among_the_absent_make_no_visit():
    text = (
        "ويشارك في القمة العربية في نواكشوط ثلاثة عشر زعيما عربيا، فيما يغيب آخرون، بينهم أمير "
        "قطر الشيخ تميم بن حمد آل ثاني."
    )
    assert _visits(text) == []


def test_leaders_listed_among_the_excepted_make_no_visit():
    text = (
        "ويشارك في القمة العربية في نواكشوط القادة العرب باستثناء سبعة، بينهم أمير قطر الشيخ تميم "
        "بن حمد آل ثاني."
    )
    assert _visits(text) == []
