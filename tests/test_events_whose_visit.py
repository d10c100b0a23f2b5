"""Whose visit or meeting a possessive pronoun names (pipeline/events/whose.py): the nearest
fitting subject's, and when that subject is no actor, nobody's."""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

PUB = "2015-07-24"


def _visits(text: str) -> set[tuple]:
    return {(e["actor1_country"], e["actor1_role"]) for e in extract_events(text, PUB, home="SAU")
            if e["event_type"] == "VISIT"}


@pytest.mark.parametrize("text", [
    # a name the gazetteer does not know, right after the verb: his visit, not the president's
    "استقبل الرئيس الروسي فلاديمير بوتين أمس وزير الخارجية الفرنسي في موسكو. وبينما ألغى "
    "فيلدمان زيارته المقررة إلى كندا، سيحضر حفل الافتتاح في روسيا.",
    # the earlier verb's subject carried to a second verb with no subject of its own
    "وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس. وقال هارتمان للصحفيين إن الوضع "
    "صعب، كما سبق و أعلن خلال زيارته الأسبوع الماضي إلى إسرائيل.",
    # a researcher said it: «يقول الباحث» (a non-state person)
    "التقى الرئيس الأمريكي باراك أوباما أمس الرئيس التركي. ويقول الباحث الأمريكي إنه خلال "
    "زيارته الأولى لتركيا وجد الوضع معقدا.",
])
def test_a_pronoun_whose_subject_is_unknown_lends_no_state_actor(text):
    events = extract_events(text, PUB, home="SAU")
    assert not [e for e in events if e["event_type"] == "VISIT" and e["sentence_index"] == 1]


def test_a_sportsman_named_after_the_head_of_state_owns_the_visit():
    """«... لترامب نجم كرة السلة ..., الذي ... بعد زيارته»: the player's visit."""
    text = ("ومن بين أبرز المؤيدين للرئيس الأمريكي دونالد ترامب نجم كرة السلة السابق جيم "
            "هاردن، الذي لفت الأنظار إليه بعد زيارته إلى كوريا الشمالية.")
    assert ("USA", "head_of_state") not in _visits(text)


def test_a_businessman_owns_his_meeting():
    text = ("وصل وزير الطاقة الروسي إلى الرياض أمس. وقال رجل الأعمال فيكتور دميتروف عقب "
            "لقائه وزير البترول السعودي إن الاستثمارات ستتضاعف.")
    events = extract_events(text, PUB, home="SAU")
    assert not [e for e in events if e["event_type"] == "MEET"]


def test_a_ministers_visit_two_sentences_after_his_name_is_still_his():
    """Near-miss: the pronoun's subject is a title or nobody (the minister named before)."""
    text = ("وصل وزير الخارجية المصري سامح شكري إلى الرياض أمس في زيارة رسمية. وأجرى محادثات "
            "مع نظيره السعودي. وأكد الوزير خلال زيارته إلى المملكة أهمية التنسيق بين البلدين.")
    assert ("EGY", "foreign_minister") in _visits(text)


@pytest.mark.parametrize("text", [
    "وأضاف الوزير المصري سامح شكري خلال زيارته إلى الرياض أن العلاقات متينة.",
    "وقال وزير الخارجية المصري سامح شكري إنه بحث خلال زيارته إلى الرياض تطورات المنطقة.",
    "وقال سامح شكري وزير الخارجية المصري أمس خلال زيارته إلى الرياض إن العلاقات متينة.",
])
def test_an_actor_after_the_verb_keeps_his_visit(text):
    assert ("EGY", "foreign_minister") in _visits(text)


def test_a_fronted_visit_belongs_to_the_subject_after_it():
    """«وقبل زيارته إلى طهران، أكد X»: X's visit, not the topic of the sentence before."""
    text = ("التقى وزير الخارجية الإماراتي أنور قرقاش أمس نظيره البحريني. وقبل زيارته إلى "
            "طهران، أكد وزير الخارجية الألماني فرانك شتاينماير أن الاتفاق تاريخي.")
    visits = _visits(text)
    assert ("ARE", "minister") not in visits and ("ARE", "foreign_minister") not in visits


def test_a_name_before_the_verb_owns_the_visit_it_puts_off():
    """«أعلن ... أن الرئيسة كيم أجلت زيارتها»: SVO, the unknown name is the subject."""
    text = ("التقى نائب رئيس الوزراء السعودي أمس وفدا أمريكيا. وأعلن المتحدث للصحافيين أن "
            "الرئيسة هوانغ أجلت زيارتها المخطط لها الأسبوع الجاري إلى الولايات المتحدة.")
    events = extract_events(text, PUB, home="SAU")
    assert not [e for e in events if e["event_type"] == "VISIT" and e["sentence_index"] == 1]


def test_a_surname_the_sentence_before_gave_an_actor_is_that_actor():
    """Near-miss: «السفير الأمريكي ديفيد هيل ... . وقال هيل بعد لقائه X»: Hill is the
    ambassador named before, the meeting is his."""
    text = ("وصل السفير الأمريكي ديفيد هيل إلى السراي الحكومي أمس. وقال هيل بعد لقائه رئيس "
            "الحكومة اللبنانية تمام سلام إن بلاده ملتزمة بدعم الجيش.")
    events = extract_events(text, PUB, home="SAU")
    assert {("MEET", "USA")} <= {(e["event_type"], e["actor1_country"]) for e in events} | {
        (e["event_type"], e["actor2_country"]) for e in events}


def test_a_company_groups_chief_executive_is_no_head_of_state():
    """«الرئيس التنفيذي لمجموعة الغاز البريطانية»: a company group's head (roles.yaml
    non_state_bodies: مجموعة with any clitic), not Britain's head of state."""
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي أمس جون هارت الرئيس التنفيذي لمجموعة "
            "الغاز البريطانية، بحضور وزير البترول.")
    assert extract_events(text, PUB, home="SAU") == []


def test_a_british_head_of_government_received_is_still_one():
    text = "استقبل الرئيس المصري عبد الفتاح السيسي أمس رئيس الوزراء البريطاني ديفيد كاميرون."
    assert ("MEET", "GBR") in {(e["event_type"], e["actor2_country"])
                               for e in extract_events(text, PUB, home="SAU")}


def test_the_subject_before_the_verb_owns_the_visit_in_its_setting():
    """«أن سيرغي لافروف، سيعقد خلال زيارته لقطر لقاء ...»: Lavrov's visit (SVO), not that of
    the topic of the sentence before."""
    text = ("استقبل الشيخ محمد بن زايد ولي عهد أبوظبي أمس وزير الخارجية السعودي. على صعيد آخر، "
            "أعلنت وزارة الخارجية الروسية أن سيرغي لافروف، سيعقد خلال زيارته لقطر لقاء ثلاثيا "
            "مع وزير الخارجية الأميركي جون كيري.")
    assert _visits(text) == {("RUS", "foreign_minister")}


# ---------------- the feminine of a VSO verb whose past ends in «ى» («ألغت», «أنهت», «نفت»)

_TOPIC = "التقى الرئيس الروسي فلاديمير بوتين أمس وزير الخارجية الفرنسي في موسكو. "


@pytest.mark.parametrize("verb", ["وألغت", "وأنهت"])
def test_a_woman_after_a_feminine_verb_owns_the_visit_it_cancels_or_ends(verb):
    """«وألغت المستشارة الألمانية أمس زيارتها»: hers, not the Russian president's of the
    sentence before (the feminine of «ألغى» is «ألغت», not «ألغيت»)."""
    visits = _visits(_TOPIC + verb + " المستشارة الألمانية أمس زيارتها إلى الصين.")
    assert ("DEU", "head_of_government") in visits
    assert ("RUS", "head_of_state") not in visits


def test_an_unknown_name_after_a_feminine_verb_owns_her_visit():
    """«وبينما ألغت فيلدمان زيارتها»: an unknown woman's visit lends no state actor."""
    text = (_TOPIC + "وبينما ألغت فيلدمان زيارتها المقررة إلى كندا، ستحضر حفل الافتتاح في "
            "روسيا.")
    events = extract_events(text, PUB, home="SAU")
    assert not [e for e in events if e["event_type"] == "VISIT" and e["sentence_index"] == 1]


@pytest.mark.parametrize("verb", ["نفت", "رأت"])
def test_a_fronted_visit_belongs_to_the_woman_after_a_feminine_verb(verb):
    """«وخلال زيارتها إلى طهران، نفت وزيرة الخارجية الألمانية ...»: her visit."""
    text = ("التقى وزير الخارجية الإماراتي أنور قرقاش أمس نظيره البحريني. وخلال زيارتها إلى "
            "طهران، " + verb + " وزيرة الخارجية الألمانية أن الاتفاق قد فشل.")
    visits = _visits(text)
    assert ("DEU", "foreign_minister") in visits
    assert ("ARE", "foreign_minister") not in visits


def test_feminine_past_of_the_verbs_whose_subject_follows():
    from pipeline.events.whose import SUBJECT_VERBS
    from pipeline.events.words import feminine_past
    assert [feminine_past(v) for v in ("قال", "نفى", "ألغى", "دعا", "أرجأ", "جاء", "بات")] == [
        "قالت", "نفت", "ألغت", "دعت", "أرجأت", "جاءت", "باتت"]
    # no first-person «رأيتُ», «نفيتُ», «ألغيتُ» for the feminine
    assert {"ونفت", "رات", "الغت", "انهت", "روت"} <= SUBJECT_VERBS
    assert not {"رايت", "نفيت", "الغيت", "انهيت", "رويت"} & SUBJECT_VERBS


@pytest.mark.parametrize("clause", [
    "وخلال زيارته إلى طهران، دعا وزير الخارجية الألماني إلى تعزيز الحوار.",
    "وخلال زيارتها إلى طهران، دعت وزيرة الخارجية الألمانية إلى تعزيز الحوار.",
    "وخلال زيارته إلى طهران، أبدى وزير الخارجية الألماني ارتياحه للاتفاق.",
])
def test_a_fronted_visit_belongs_to_the_subject_of_a_call_or_an_expressed_view(clause):
    """«وخلال زيارته ...، دعا/أبدى X»: X's visit, as after «أكد»."""
    visits = _visits("التقى وزير الخارجية الإماراتي أنور قرقاش أمس نظيره البحريني. " + clause)
    assert ("DEU", "foreign_minister") in visits
    assert ("ARE", "foreign_minister") not in visits
