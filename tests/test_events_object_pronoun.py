"""Contact verbs with an object pronoun («استقبله», «تستقبله»): the actor after the verb is
its subject only when no preposition governs it; after a relative «X الذي استقبله Y» Y
receives X (pipeline/events/frames.py
_object_pronoun_pair, _governed). Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


def _pairs(text: str, home: str = "TUN") -> set[tuple]:
    return {(e["event_type"], (e["actor1_country"] or e["actor1_org"], e["actor1_role"]),
             (e["actor2_country"] or e["actor2_org"], e["actor2_role"]))
            for e in extract_events(text, "2017-05-01", home=home)}


def _meets(text: str, home: str = "TUN") -> set[tuple]:
    return {p for p in _pairs(text, home) if p[0] == "MEET"}


# -- a governed actor after the verb is no subject: no meeting with the previous topic

@pytest.mark.parametrize("text", [
    # a ب clitic: «بحماس» (with enthusiasm) is no Hamas receiving anyone
    "وانتقد رئيس الوزراء الفرنسي الخطاب المتشدد في المساجد. وتدفع بعض الدروس نحو أفكار "
    "يستقبلها الشباب بحماس واندفاع كبيرين.",
    # مع between the verb and the actor: the actor is a companion, not the receiver
    "ومن المنتظر أن يصل وفد المعارضة السورية إلى أنقرة الأسبوع المقبل. وقالت المصادر إن "
    "الحكومة تستقبله في إطار اتصالاتها مع كل أطراف الأزمة السورية.",
    # a preposition right before the actor (a quantifier aside)
    "وزار وزير الخارجية الإيطالي المعرض أمس. وتضم الأجنحة منتجات يستقبلها الزوار من جميع "
    "الدول العربية.",
])
def test_a_governed_actor_after_an_object_pronoun_verb_is_no_subject(text):
    assert not any("ستقبل" in e["trigger"] for e in extract_events(text, "2017-05-01",
                                                                     home="TUN"))


# -- near misses: the subject after the verb, adverbials and places aside, still receives

@pytest.mark.parametrize("text, pair", [
    ("وصل وزير الخارجية التونسي إلى القاهرة حيث استقبله الرئيس المصري عبد الفتاح السيسي.",
     ("MEET", ("EGY", "head_of_state"), ("TUN", "foreign_minister"))),
    ("وصل وزير الخارجية التونسي إلى القاهرة حيث استقبله اليوم بقصر الاتحادية الرئيس المصري "
     "عبد الفتاح السيسي.",
     ("MEET", ("EGY", "head_of_state"), ("TUN", "foreign_minister"))),
    ("وصل وزير الخارجية التونسي إلى السعودية حيث استقبله في الرياض ولي العهد السعودي.",
     ("MEET", ("SAU", "official"), ("TUN", "foreign_minister"))),
])
def test_an_ungoverned_subject_after_an_object_pronoun_verb_receives_the_one_named_before(
        text, pair):
    assert pair in _meets(text)


# -- a relative clause with its own subject after the verb: the pronoun resumes the
# relative's antecedent, who is the one received (not the previous sentence's topic)

def test_a_relative_clause_with_its_own_subject_receives_the_antecedent():
    text = ("وأكد المسؤولون أن تنظيم داعش يهدد المنطقة. وقال الرئيس الفرنسي السابق نيكولا "
            "ساركوزي الذي استقبله، صباح أمس، الرئيس التونسي الباجي قائد السبسي، إن الزيارة مهمة.")
    meets = _meets(text)
    assert ("MEET", ("TUN", "head_of_state"), ("FRA", "head_of_state")) in meets
    assert not any("ISIS" in (p[1][0], p[2][0]) for p in meets)


def test_a_relative_clause_without_a_subject_after_it_keeps_the_antecedent_as_host():
    # near miss: nothing names the verb's subject after it, so the antecedent receives
    text = ("وأشاد وزير الخارجية التونسي بالرئيس المصري عبد الفتاح السيسي الذي استقبله في قصر "
            "الاتحادية.")
    assert ("MEET", ("EGY", "head_of_state"), ("TUN", "foreign_minister")) in _meets(text)


# -- a relative clause on the object of a verb that names its own subject (no actor): the
# pronoun resumes that subject, so the previous sentence's topic is not the one received

def test_the_pronoun_does_not_cross_a_sentence_that_names_its_own_subject():
    text = ("وأفرج الخاطفون عن الرهينة بعد وساطة من الرئيس اليمني السابق علي عبدالله صالح. "
            "والتقت الشابة (30 عاما)، المبتسمة برغم التعب والسفر سبع ساعات، الرئيس الفرنسي "
            "فرنسوا هولاند الذي استقبلها في قاعدة عسكرية قرب باريس.")
    assert not any(p[0] == "MEET" and "YEM" in (p[1][0], p[2][0]) for p in _pairs(text))


@pytest.mark.parametrize("text", [
    # near misses: the main verb's subject is dropped, so it is the previous sentence's topic
    "وصل وزير الخارجية التونسي إلى باريس أمس. وأشاد بالرئيس الفرنسي فرنسوا هولاند الذي "
    "استقبله في قصر الإليزيه.",
    "وصل وزير الخارجية التونسي إلى باريس أمس. والتقى اليوم الرئيس الفرنسي فرنسوا هولاند الذي "
    "استقبله في قصر الإليزيه.",
])
def test_a_dropped_main_subject_is_still_the_previous_topic(text):
    meets = _meets(text)
    assert any({p[1][0], p[2][0]} == {"FRA", "TUN"} for p in meets)
